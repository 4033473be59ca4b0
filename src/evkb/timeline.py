"""The timeline: every dated statement of a knowledge base, in year order, each with its source."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from evkb.kb.company_keys import holder_of
from evkb.kb.units import format_bound, format_value
from evkb.model import Battery, Citation, Fact, Investment, KnowledgeBase, Share

DATE_UNITS = ("year", "month")
# "2024", "2024-06", "2024-06-30": a date the curators wrote as a plain ISO string.
_ISO_DATE = re.compile(r"(\d{4})(?:-(0[1-9]|1[0-2])(?:-[0-3]\d)?)?")
_YEAR = re.compile(r"\b(\d{4})\b")
# Kinds of record, in the order entries of the same date are listed.
KIND_ORDER = ("battery", "figure", "investment", "share")
# Within a year, "after 2028" is the latest statement: it comes last.
_LATER = ("after", "following", "later than", "beyond")


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One dated statement.

    `when` is the date as the project formats figures, its qualifier in front ("by 2030",
    "around 2026–2027", "after 2027", "June 2024"); `year` is the first year it names, so a
    range is listed once, under its first year, with `year_to` its last. `what` says what the
    date is about; `stated` is the date as the quote writes it ("around 2026 or 2027"), when
    the curators kept it. `record` is the id of the battery, figure, investment or share;
    `review` is set on what extraction proposed and nobody has reviewed yet.
    """

    year: int
    when: str
    what: str
    cite: Citation
    kind: str  # battery, figure, investment, share
    record: str
    qualifier: str = ""
    year_to: int | None = None
    month: int = 0  # 1-12 when the date names its month, else 0
    stated: str = ""
    review: str = ""  # the id `evkb review` names, when extraction proposed the record

    @property
    def is_range(self) -> bool:
        return self.year_to is not None and self.year_to != self.year


def _names(kb: KnowledgeBase) -> dict[str, str]:
    return {c.id: c.name for c in kb.companies}


def _has_citation(cite: Citation) -> bool:
    return bool(cite.source and cite.quote)


def _month_of(iso: str) -> int:
    match = _ISO_DATE.fullmatch(iso)
    if match and match.group(2) and 1 <= int(match.group(2)) <= 12:
        return int(match.group(2))
    return 0


def _dated_string(text: str) -> tuple[int, int, str] | None:
    """(year, month, when) for a date kept as a string; a vague one is shown as written."""
    text = text.strip()
    match = _ISO_DATE.fullmatch(text)
    if match:
        year, month = int(match.group(1)), _month_of(text)
        unit = "month" if month else "year"
        return year, month, format_value(float(year), unit, iso=text)
    found = _YEAR.search(text)
    if found:
        return int(found.group(1)), 0, text
    return None


def _fact_entry(
    fact: Fact, what: str, kind: str, record: str, iso: str = ""
) -> TimelineEntry | None:
    """The entry for a fact whose value is a date (a year, a month, or a string naming one)."""
    if not _has_citation(fact.cite):
        return None
    if isinstance(fact.value, str):
        dated = _dated_string(fact.value)
        if dated is None:
            return None
        year, month, when = dated
        if fact.qualifier:
            when = f"{fact.qualifier} {when}"
        return TimelineEntry(
            year, when, what, fact.cite, kind, record, fact.qualifier, None, month, fact.text
        )
    if fact.unit not in DATE_UNITS:
        return None
    year = int(fact.value)
    # A month fact carries no ISO date of its own; its record's date gives the month, if it agrees.
    iso = iso if fact.unit == "month" and iso[:4] == str(year) else ""
    year_to = int(fact.value_to) if fact.value_to is not None else None
    when = format_value(
        fact.value, fact.unit, qualifier=fact.qualifier, value_to=fact.value_to, iso=iso
    )
    return TimelineEntry(
        year,
        when,
        what,
        fact.cite,
        kind,
        record,
        fact.qualifier,
        year_to if year_to != year else None,
        _month_of(iso),
        fact.text,
    )


def _figure_text(fact: Fact) -> str:
    if isinstance(fact.value, str):
        return format_value(fact.value, "", qualifier=fact.qualifier)
    return format_value(fact.value, fact.unit, qualifier=fact.qualifier, value_to=fact.value_to)


def _battery_entries(kb: KnowledgeBase, names: dict[str, str]) -> list[TimelineEntry]:
    entries = []
    for battery in kb.batteries:
        maker = names.get(battery.maker, battery.maker)
        for fact in battery.facts:
            # Launch dates, whatever their form, and any other attribute stated as a date.
            if fact.attribute != "launch" and (
                isinstance(fact.value, str) or fact.unit not in DATE_UNITS
            ):
                continue
            title = fact.attribute.replace("_", " ")
            what = f"{battery.name} ({maker}): {title}" if maker else f"{battery.name}: {title}"
            entry = _fact_entry(fact, what, "battery", battery.id)
            if entry is not None:
                entries.append(_reviewable(entry, battery))
    return entries


def _figure_entries(kb: KnowledgeBase, names: dict[str, str]) -> list[TimelineEntry]:
    entries = []
    for figure in kb.figures:
        subject = names.get(figure.subject, figure.subject)
        others = [f for f in figure.facts if isinstance(f.value, str) or f.unit not in DATE_UNITS]
        about = figure.description or "; ".join(
            [figure.kind, *(f"{f.attribute.replace('_', ' ')} {_figure_text(f)}" for f in others)]
        )
        what = f"{subject}: {about}" if subject else about
        dated = [
            entry
            for fact in figure.facts
            if not isinstance(fact.value, str) and fact.unit in DATE_UNITS
            if (entry := _fact_entry(fact, what, "figure", figure.id, figure.year)) is not None
        ]
        if not dated and figure.year and _has_citation(figure.cite):
            # Only the record's own date: the figure's quote is the citation.
            found = _dated_string(figure.year)
            if found is not None:
                year, month, when = found
                dated = [
                    TimelineEntry(year, when, what, figure.cite, "figure", figure.id, month=month)
                ]
        entries += dated
    return entries


def _investment_entries(kb: KnowledgeBase, names: dict[str, str]) -> list[TimelineEntry]:
    entries = []
    for investment in kb.investments:
        found = _dated_string(investment.year) if investment.year else None
        if found is None or not _has_citation(investment.cite):
            continue
        year, month, when = found
        payers = ", ".join(names.get(c, c) for c in investment.by)
        amounts = " (".join(_figure_text(a) for a in investment.amounts[:2])
        amounts += ")" if len(investment.amounts) > 1 else ""
        what = f"{payers}: {investment.kind}" if payers else investment.kind
        if amounts:
            what += f" of {amounts}"
        if investment.to:
            what += " to " + ", ".join(names.get(c, c) for c in investment.to)
        if investment.purpose:
            what += f", {investment.purpose}"
        entry = TimelineEntry(
            year, when, what, investment.cite, "investment", investment.id, month=month
        )
        entries.append(_reviewable(entry, investment))
    return entries


def _share_entries(kb: KnowledgeBase) -> list[TimelineEntry]:
    entries = []
    for _index, share in enumerate(kb.shares):
        found = _dated_string(share.as_of) if share.as_of else None
        if found is None or not _has_citation(share.cite):
            continue
        year, month, when = found
        percent = format_bound(share.percent, share.bound, words=True)
        what = f"{share.label}: {percent} share"
        if share.metric.endswith("share"):
            what = f"{share.label}: {percent} {share.metric}"  # not "share of market share"
        elif share.metric:
            what += f" of {share.metric}"
        if share.scope:
            what += f" ({share.scope})"
        record = holder_of(kb, share) or share.label
        entry = TimelineEntry(year, when, what, share.cite, "share", record, month=month)
        entries.append(_reviewable(entry, share))
    return entries


def _reviewable(entry: TimelineEntry, record: Battery | Investment | Share) -> TimelineEntry:
    """The entry with its record's review id when extraction proposed the record."""
    return replace(entry, review=record.id) if record.origin == "extracted" else entry


def _order(entry: TimelineEntry) -> tuple:
    return (
        entry.year,
        entry.month,
        entry.year_to or entry.year,
        entry.qualifier.casefold().startswith(_LATER),
        KIND_ORDER.index(entry.kind),
        entry.what.casefold(),
        entry.cite.source,
        entry.cite.start,
    )


def timeline_entries(kb: KnowledgeBase) -> list[TimelineEntry]:
    """Every dated statement with a citation, in year order (then month, range end, kind, text)."""
    names = _names(kb)
    entries = [
        *_battery_entries(kb, names),
        *_figure_entries(kb, names),
        *_investment_entries(kb, names),
        *_share_entries(kb),
    ]
    return sorted(entries, key=_order)


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """Entries stating the same thing (same record, subject and attribute, same date): one row,
    every quote kept, the first entry speaking for them."""

    entry: TimelineEntry
    cites: tuple[Citation, ...]


def merge_same(entries: list[TimelineEntry]) -> list[TimelineRow]:
    """One row per statement, in the order of each statement's first entry."""
    groups: dict[tuple, list[TimelineEntry]] = {}
    for entry in entries:
        groups.setdefault((entry.kind, entry.record, entry.what, entry.when), []).append(entry)
    return [
        TimelineRow(items[0], tuple(dict.fromkeys(e.cite for e in items)))
        for items in groups.values()
    ]


def by_year(entries: list[TimelineEntry]) -> list[tuple[int, list[TimelineEntry]]]:
    """Entries grouped under their (first) year, in the order given."""
    groups: dict[int, list[TimelineEntry]] = {}
    for entry in entries:
        groups.setdefault(entry.year, []).append(entry)
    return list(groups.items())
