"""A battery generation's card: what the sources state first, what none states on one line."""

from __future__ import annotations

from dataclasses import dataclass

from evkb.model import BATTERY_ATTRIBUTES, Battery, Fact, KnowledgeBase
from evkb.views.common import fact_value, origin_of


@dataclass(frozen=True, slots=True)
class CardLine:
    """One stated value; `conflict` holds the messages of conflicts found on its attribute."""

    attribute: str
    title: str
    value: str
    fact: Fact
    conflict: tuple[str, ...] = ()

    @property
    def stated(self) -> str:
        """The value as the quote writes it, where that differs from the formatted value."""
        text = self.fact.text
        return text if text and text != self.value else ""


@dataclass(frozen=True, slots=True)
class BatteryCard:
    battery: Battery
    maker: str  # the maker's company name, never an article's nickname for it
    lines: tuple[CardLine, ...]
    unstated: tuple[str, ...]  # titles of attributes no source states
    origin: str = "curated"

    @property
    def also_called(self) -> str:
        """The other names the sources give the generation, as one line; "" when none."""
        aliases = self.battery.aliases
        return "also called " + ", ".join(aliases) if aliases else ""


def attribute_title(attribute: str) -> str:
    return attribute.replace("_", " ")


def maker_name(kb: KnowledgeBase, battery: Battery) -> str:
    """The maker by its company name; "" when no maker is known."""
    if not battery.maker:
        return ""
    try:
        return kb.company(battery.maker).name
    except KeyError:
        return battery.maker


def battery_card(kb: KnowledgeBase, battery: Battery) -> BatteryCard:
    """Stated attributes in the usual order (then any others), each value with its quote.

    The maker is not a line of its own: the card's heading names it by company name, so an
    article's nickname for it ("the Nippon car group") never stands in for the name.
    """
    conflicts = [c for c in kb.conflicts if c.subject == battery.id]
    extra = [
        a for a in dict.fromkeys(f.attribute for f in battery.facts) if a not in BATTERY_ATTRIBUTES
    ]
    lines: list[CardLine] = []
    unstated: list[str] = []
    for attribute in (*BATTERY_ATTRIBUTES, *extra):
        if attribute == "maker":
            continue
        facts = battery.values(attribute)
        if not facts:
            unstated.append(attribute_title(attribute))
            continue
        clash = tuple(c.message for c in conflicts if c.attribute == attribute)
        seen: set[tuple[str, str]] = set()
        for fact in facts:
            value = fact_value(fact)
            if (value, fact.cite.quote) in seen:  # the same quote curated twice
                continue
            seen.add((value, fact.cite.quote))
            lines.append(CardLine(attribute, attribute_title(attribute), value, fact, clash))
    return BatteryCard(
        battery, maker_name(kb, battery), tuple(lines), tuple(unstated), origin_of(battery)
    )
