"""The Batteries pane: a spec card per battery generation, every value with its source."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content

from evkb.model import KnowledgeBase
from evkb.tui.literal import literal
from evkb.tui.widgets.cited import CitedList, Entry, copy_text, origin_mark
from evkb.tui.widgets.pane import FilteredPane, ItemList, NamedRow
from evkb.views.battery import BatteryCard, battery_card, maker_name
from evkb.views.common import origin_of

CONFLICT_MARK = "⚠ "


def card_rows(kb: KnowledgeBase, card: BatteryCard) -> list[Entry | Content]:
    """The card: name and maker, the stated values with their quotes, then what no source states.

    Where the knowledge base found a conflict on an attribute, every value is shown, marked,
    with the conflict's message under them.
    """
    battery = card.battery
    rows: list[Entry | Content] = [
        origin_mark(card.origin) + literal(battery.name, "bold"),
        literal(f"by {card.maker or 'a maker not stated'}", "$text-muted"),
    ]
    if card.also_called:
        rows.append(literal(card.also_called, "$text-muted"))
    if battery.notes:
        rows.append(literal(battery.notes, "italic $text-muted"))
    for index, line in enumerate(card.lines):
        prompt = literal(CONFLICT_MARK, "bold $text-warning") if line.conflict else Content("")
        prompt += literal(line.title + ": ", "bold") + literal(line.value)
        if line.stated:
            prompt += literal(f"  “{line.stated}”", "$text-muted")
        prompt += literal(f"  · {line.fact.cite.source}", "$text-muted")
        text = f"{battery.name}: {line.title}: {line.value}"
        rows.append(Entry(prompt, (line.fact.cite,), copy_text(kb, text, line.fact.cite)))
        last_of_attribute = (
            index + 1 == len(card.lines) or card.lines[index + 1].attribute != line.attribute
        )
        if last_of_attribute:
            rows += [literal(f"   {message}", "$text-warning") for message in line.conflict]
    if card.unstated:
        rows.append(literal("Not stated: " + ", ".join(card.unstated), "italic $text-muted"))
    return rows


class BatteryList(ItemList):
    """The Batteries list."""


class BatteriesPane(FilteredPane):
    """Filter as you type (`f`) by name, other names, maker or chemistry; read the spec card."""

    def __init__(self, kb: KnowledgeBase, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.kb = kb

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield from self.side("battery", BatteryList(id="battery-list", classes="master"))
            yield CitedList(id="battery-card", classes="detail")

    def items(self) -> list[tuple[str, NamedRow]]:
        return [
            (b.id, NamedRow(b.name, maker_name(self.kb, b), origin_mark(origin_of(b))))
            for b in self.kb.batteries
        ]

    def names(self, item: str) -> Sequence[str]:
        battery = self.kb.battery(item)
        chemistry = [str(f.value) for f in battery.values("chemistry")]
        return [*battery.names, maker_name(self.kb, battery), *chemistry]

    def note(self, count: str) -> str:
        return f"{count} generations"

    REVIEWS = True

    def review_target(self) -> str | None:
        """The generation the list is on, when extraction proposed it."""
        battery = self.listing.current
        if battery and origin_of(self.kb.battery(battery)) == "extracted":
            return battery
        return None

    def show(self, battery_id: str | None) -> None:
        card = self.query_one("#battery-card", CitedList)
        if battery_id is None:
            card.set_entries([])
            return
        card.set_entries(card_rows(self.kb, battery_card(self.kb, self.kb.battery(battery_id))))
        card.scroll_home(animate=False)
