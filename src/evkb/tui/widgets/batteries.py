"""The Batteries pane: a spec card per battery generation, every value with its source."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets.option_list import Option

from evkb.model import BATTERY_ATTRIBUTES, Battery, KnowledgeBase
from evkb.tui.literal import literal
from evkb.tui.widgets.cited import (
    CitedList,
    Entry,
    copy_text,
    fact_value,
)
from evkb.tui.widgets.finder.vim_list import VimOptionList
from evkb.tui.widgets.pane import ListPane

CONFLICT_MARK = "⚠ "


class BatteryList(VimOptionList):
    """The pane's list (its name heads its keys in the help)."""


def battery_rows(kb: KnowledgeBase, battery: Battery) -> list[Entry | Content]:
    """The spec card: each attribute in order, unknown where no source states it.

    Where the knowledge base found a conflict on an attribute, every value is shown, marked,
    with the conflict's message under them.
    """
    maker = {c.id: c.name for c in kb.companies}.get(battery.maker, battery.maker or "unknown")
    conflicts = [c for c in kb.conflicts if c.subject == battery.id]
    rows: list[Entry | Content] = [
        literal(battery.name, "bold"),
        literal(f"by {maker}", "$text-muted"),
    ]
    if battery.notes:
        rows.append(literal(battery.notes, "italic $text-muted"))
    present = [
        a for a in dict.fromkeys(f.attribute for f in battery.facts) if a not in BATTERY_ATTRIBUTES
    ]
    for attribute in (*BATTERY_ATTRIBUTES, *present):
        facts = battery.values(attribute)
        title = attribute.replace("_", " ")
        if not facts:
            if attribute != "maker":
                rows.append(literal(f"{title}: unknown", "$text-disabled"))
            continue
        clash = [c for c in conflicts if c.attribute == attribute]
        for fact in facts:
            value = fact_value(fact)
            text = f"{title}: {value}"
            prompt = Content("")
            if clash:
                prompt = literal(CONFLICT_MARK, "bold $text-warning")
            prompt += literal(title + ": ", "bold") + literal(value)
            if fact.text and fact.text != value:
                prompt += literal(f"  “{fact.text}”", "$text-muted")
            prompt += literal(f"  · {fact.cite.source}", "$text-muted")
            rows.append(
                Entry(
                    prompt,
                    fact.cite,
                    copy_text(kb, f"{battery.name}: {text}", fact.cite),
                )
            )
        for conflict in clash:
            rows.append(literal(f"   {conflict.message}", "$text-warning"))
    return rows


class BatteriesPane(ListPane, Horizontal):
    LIST = "#battery-list"
    DETAIL = "#battery-card"

    def compose(self) -> ComposeResult:
        yield BatteryList(id="battery-list", classes="master")
        yield CitedList(id="battery-card", classes="detail")

    def on_mount(self) -> None:
        kb = self.app.kb
        name = {c.id: c.name for c in kb.companies}.get
        listing = self.query_one("#battery-list", BatteryList)
        listing.set_options(
            Option(
                literal(b.name) + literal(f"  {name(b.maker, b.maker)}", "$text-muted"),
                id=b.id,
            )
            for b in kb.batteries
        )
        if kb.batteries:
            listing.highlighted = 0

    def show(self, battery_id: str | None) -> None:
        card = self.query_one("#battery-card", CitedList)
        if battery_id is None:
            card.set_entries([])
            return
        battery = self.app.kb.battery(battery_id)
        card.set_entries(battery_rows(self.app.kb, battery))
        card.scroll_home(animate=False)
