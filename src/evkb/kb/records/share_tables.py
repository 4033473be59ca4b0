"""Market shares read from tables written as text: a row's holder, a column's period from its
header.

Prose rules read a table row as a sentence and give every figure in it the period of the text
around it; a table says more. Its header names each column's period ("| Q3 2025 | Q3 2024 |",
"Jun qtr 2025", "2025 (%)"), its caption or header may state the unit of bare figures
("Share of installs (per cent)"), a column may give the rank, and a column of changes ("Change
(pp)", "+1.7") holds no share. Tables are read here only where the prose rules cannot: a
header names a period, or the figures are bare numbers whose unit the table states. The rows
read here are not read again as sentences. Which columns hold shares, and their periods, is read
in `share_table_columns.py`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from evkb.kb.extract.quantity_words import written_number
from evkb.kb.extract.tables import Cell, Table, read_tables
from evkb.kb.records.column_periods import (
    column_period,
)
from evkb.kb.records.context import SHARE_TALK, Resolver, Sentence, number_id, slug
from evkb.kb.records.periods import Dateline
from evkb.kb.records.relative_periods import (
    LEGEND,
)
from evkb.kb.records.share_period_cells import without_unit
from evkb.kb.records.share_period_rows import period_rows
from evkb.kb.records.share_subjects import chemistry_label
from evkb.kb.records.share_table_columns import (
    _DIGIT,
    _MISSING_CELL,
    _PERCENT_CELL,
    _percent_caption,
    _share_columns,
)
from evkb.kb.records.share_words import scope_metric
from evkb.model import BODY, HEADING, Citation, Passage, Share

_MAX_ROW_CHARS = 160
_RANK_CELL = re.compile(r"^(?:No\.\s?|#|=|T)?(?P<n>\d{1,3})(?:[.)=]|st|nd|rd|th)?$")
# Rows that hold no company's share: the rest of the market, a total, a group of leaders.
_NO_HOLDER = re.compile(r"(?i)^(?:other\s+(?!than)\w+|total\b.*|top\s+\w+.*|market|industry|sum)$")
# A row label that is a year or holds one ("2025", "Jan.-Sept. 2026", "H1 2026", "FY 2027E").
_PERIOD_LABEL = re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?![\d.,]\d)")

_NUMBERED_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-•*–·▪])\s+\S")


def percent_value(text: str) -> float:
    """The number a percentage cell writes, read as the text's numbers are ("9,8 %" is 9.8,
    never 98; "1,234" is 1234)."""
    digits = re.sub(r"[^\d.,]", "", text)
    return written_number(digits) if digits[:1].isdigit() else float("nan")


def table_shares(
    source: str,
    passages: Sequence[Passage],
    sentences: Sequence[Sentence],
    resolver: Resolver,
    names: dict[str, str],
    frame: str,
    written: Dateline,
) -> tuple[list[Share], set[str]]:
    """The shares of the article's own tables that only a table's header or caption dates or
    makes percentages, and the ids of the passages read for them."""
    # A table has rows: short lines with figures. Most articles have none; spare reading them.
    if (
        sum(len(p.text) <= _MAX_ROW_CHARS and _DIGIT.search(p.text) is not None for p in passages)
        < 2
    ):
        return [], set()
    tables = read_tables([p.text for p in passages], [p.start for p in passages])
    if not tables:
        return [], set()
    starts = [p.start for p in passages]
    by_passage: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        by_passage.setdefault(sentence.passage.id, []).append(sentence)
    shares: list[Share] = []
    read: set[str] = set()
    for table in tables:
        first = table.lines[0]
        lead = passages[first - 1].text if first > 0 else ""
        context = " ".join(
            [lead, table.caption.text if table.caption else "", *(c.text for c in table.header)]
        )
        # The paragraph before a lead ("Gonfalon's ranking of the top five ...:") may say "share".
        before = passages[first - 2].text if first > 1 else ""
        talk = SHARE_TALK.search(context) or SHARE_TALK.search(before)
        if not (
            talk
            or _percent_caption(table)
            or _percent_ranking(table, passages)
            or _legend_ranking(table, lead)
        ):
            continue
        if table.caption is not None and _NUMBERED_ITEM.match(table.caption.text):
            # "1. Acme - 31.2% (2025: 28.4%)" above rows "2. ..." is the list's first item, one
            # its bracket kept from reading as a row: the list is read as prose, item by item
            continue
        rows = [(row, _passage_of(row, passages, starts)) for row in table.rows]
        if any(p is None or p.kind != BODY or p.id not in by_passage for _, p in rows):
            continue
        # A heading just above ("EV battery suppliers, Q2 2025 vs Q2 2024") may name the
        # columns' periods when neither a caption nor the lead does.
        title = next((p.text for p in passages[max(0, first - 3) : first] if p.kind == HEADING), "")
        periods = period_rows(table, frame, written)
        if periods:
            made = _period_row_shares(
                source, table, periods, context, (passages, starts, by_passage), resolver, names
            )
            shares.extend(made)
            read.update(p.id for _, p in rows if p is not None)
            continue
        columns = _share_columns(table, frame, written, lead, title)
        if not columns:
            continue
        scope, metric = scope_metric(context)
        latest = max(columns.values())
        for row, passage in rows:
            assert passage is not None
            # A row pasted one cell a line spans passages: none is read again as prose.
            held = {id(c): _passage_of((c,), passages, starts) or passage for c in row}
            read.update(p.id for p in held.values())
            found = _holder(row, by_passage[passage.id], resolver, names)
            if found is None:
                continue
            holder, label, how, sentence = found
            rank = _rank(row)
            for column, period in columns.items():
                cell = row[column]
                value = percent_value(cell.text)
                if not 0 < value <= 100:
                    continue
                named = slug(holder or label)
                ident = f"{source}-share-{named}-{period or 'undated'}-{number_id(value)}"
                shares.append(
                    Share(
                        holder=holder,
                        label=label,
                        percent=value,
                        bound="=",
                        cite=_row_cite(source, held[id(cell)]),
                        as_of=period,
                        scope=scope,
                        metric=metric,
                        rank=rank if period == latest else 0,
                        text=cell.text,
                        id=ident,
                        origin="extracted",
                        confidence=0.7 if how == "named" else 0.6,
                        rule="share: table row label" if how == "row" else f"share: {how} holder",
                    )
                )
    return shares, read


def _period_row_shares(
    source: str,
    table: Table,
    periods: list[str],
    context: str,
    text: tuple[Sequence[Passage], list[int], dict[str, list[Sentence]]],
    resolver: Resolver,
    names: dict[str, str],
) -> list[Share]:
    """The shares of a table whose rows are periods and whose header names the holders
    ("Period | Acme | Others" over "Q3 2025 | 38.6 | 24.1"): one a cell, of its row's period."""
    passages, starts, by_passage = text
    scope, metric = scope_metric(context)
    width = len(table.rows[0])
    made: list[Share] = []
    for column in range(1, width):
        heading = table.heading(column, width)
        assert heading is not None
        # "Others (%)": the holder, less the unit its cell states
        named = without_unit(heading.text)
        heading = Cell(named, heading.start, heading.start + len(named))
        above = _passage_of((heading,), passages, starts)
        own = by_passage.get(above.id, []) if above is not None else []
        found = _holder((heading,), own, resolver, names) if own else _header_holder(heading, names)
        if found is None:
            continue
        holder, label, how, _ = found
        for row, period in zip(table.rows, periods, strict=True):
            cell = row[column]
            value = percent_value(cell.text)
            if not 0 < value <= 100:
                continue
            passage = _passage_of((cell,), passages, starts)
            if passage is None:
                continue
            named = slug(holder or label)
            made.append(
                Share(
                    holder=holder,
                    label=label,
                    percent=value,
                    bound="=",
                    cite=_row_cite(source, passage),
                    as_of=period,
                    scope=scope,
                    metric=metric,
                    rank=0,
                    text=cell.text,
                    id=f"{source}-share-{named}-{period}-{number_id(value)}",
                    origin="extracted",
                    confidence=0.7 if how == "named" else 0.6,
                    rule="share: table column holder" if how == "named" else f"share: {how} holder",
                )
            )
    return made


def _percent_ranking(table: Table, passages: Sequence[Passage]) -> bool:
    """Columns of percentages under headers that date them, in an article about shares: the
    prose rules would read each row as shares of one period, the header tells them apart."""
    if len(table.header) < 3 or not all(
        _PERCENT_CELL.match(c.text) or _MISSING_CELL.match(c.text)
        for row in table.rows
        for c in row
        if c.is_figure and not _RANK_CELL.match(c.text)
    ):
        return False
    if sum(bool(column_period(c.text)) for c in table.header) < 2:
        return False
    return any(SHARE_TALK.search(p.text) for p in passages if p.kind in (BODY, HEADING))


def _legend_ranking(table: Table, lead: str) -> bool:
    """A ranking of percentages whose lead says what its bracketed figures are ("Top suppliers,
    April-September 2026 (same period of FY26 in brackets):" over "1. X - 21.4% (17.2%)"):
    the legend dates the columns the prose rules would give one period."""
    if LEGEND.search(lead) is None or sum(_rank(row) > 0 for row in table.rows) < 3:
        return False
    return all(
        _PERCENT_CELL.match(c.text)
        for row in table.rows
        for c in row
        if c.is_figure and not _RANK_CELL.match(c.text)
    )


def _row_cite(source: str, passage: Passage) -> Citation:
    """The passage holding a figure, whole: a sentence splitter may cut a row at its
    leader's dots, and a table pasted one cell a line has the figure on a line of its own."""
    return Citation(source, passage.text, passage.id, passage.start, passage.end)


def _passage_of(
    row: tuple[Cell, ...], passages: Sequence[Passage], starts: list[int]
) -> Passage | None:
    if not row:
        return None
    index = bisect.bisect_right(starts, row[0].start) - 1
    return passages[index] if index >= 0 else None


def _holder(
    row: tuple[Cell, ...], sentences: list[Sentence], resolver: Resolver, names: dict[str, str]
) -> tuple[str, str, str, Sentence] | None:
    """(company id, label, how, the row's sentence) for the row's label cell, or None."""
    labels = [_unranked_cell(c) for c in row if not c.is_figure]
    if not labels or _PERIOD_LABEL.search(labels[0].text):
        return None  # "Jan.-Sept. 2026 | 17,0 % | ...": a row of a period is no holder's
    own = [s for s in sentences if s.start <= labels[0].start < s.end]
    if _REST_ROW.match(labels[0].text.strip()):
        return ("", labels[0].text.strip(), "group", own[0]) if own else None
    if _NO_HOLDER.match(labels[0].text.strip()):
        return None
    # "Acme Energy Sol." is the company the text names in full ("Acme Energy Solutions").
    expanded = _expanded(labels[0].text.strip(), names)
    if expanded and own:
        return expanded, names[expanded], "named", own[0]
    # The holder's cell may come after another ("| China | Acme Energy | 36.9% |"). The name
    # heads its cell: "Acme (Korea)" is Acme's row, whatever company "Korea" may call up.
    for label in labels:
        for sentence in sentences:
            if not sentence.start <= label.start < sentence.end:
                continue
            for ident, start, end in sentence.mentions:
                if (
                    sentence.start + start <= label.start + _HEAD
                    and label.start < sentence.start + end
                ):
                    return ident, names.get(ident, ident), "named", sentence
    chemistry = chemistry_label(labels[0].text)
    if chemistry and own:
        return "", chemistry, "group", own[0]
    # A row named by a name the text does not otherwise give ("Acme Chem (Korea)"): the
    # table states its holder, as a label.
    name = _ROW_NAME.match(labels[0].text.strip()) or _GROUP_ROW.match(labels[0].text.strip())
    return ("", name.group("name"), "row", own[0]) if name and own else None


def _header_holder(heading: Cell, names: dict[str, str]) -> tuple[str, str, str, None] | None:
    """(company id, label, how, None) for a header cell the splitter made a heading, which no
    sentence holds ("Period\tAcme Energy\tOthers"): a company the text names, written in
    full; the rest of the market; or a name the table alone gives, as a label."""
    text = heading.text.strip()
    known = [ident for ident, name in names.items() if name == text]
    if len(known) == 1:
        return known[0], text, "named", None
    if _REST_ROW.match(text):
        return "", text, "group", None
    name = _ROW_NAME.match(text)
    return ("", name.group("name"), "row", None) if name and not _NO_HOLDER.match(text) else None


def _expanded(label: str, names: dict[str, str]) -> str:
    """The one company whose name a label shortened with a full stop begins ("Acme Energy
    Sol." -> Acme Energy Solutions), or ""."""
    short = _SHORTENED.match(label)
    if short is None:
        return ""
    stem = short.group("stem")
    found = {
        ident
        for ident, name in names.items()
        if len(name) > len(stem) and name.startswith(stem) and not name.endswith(".")
    }
    return found.pop() if len(found) == 1 else ""


# A name whose last word is cut short: "Acme Energy Sol." (the stem is "Acme Energy Sol").
_SHORTENED = re.compile(r"^(?P<stem>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}\s+[A-Z][a-z]{0,3})\.$")

_HEAD = 3  # a bullet or a quote before the name
# The rest of the market: a holder the table states without a company ("Others", "Other
# suppliers", "All other makers": a plural in lower case after "other").
_REST_ROW = re.compile(
    r"^(?:[Oo]thers?|[Aa]ll\s+others?|(?:[Aa]ll\s+)?[Oo]ther\s+[a-z]+s|"
    r"(?i:rest\s+of\s+(?:the\s+)?(?:market|industry)))$"
)
# A name: capitalised words, perhaps a country in brackets after it.
_ROW_NAME = re.compile(
    r"^(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,4})(?:\s+\([A-Z][\w .-]{1,20}\))?$"
)

# A group in words, a row of a table of shares all the same ("Unbranded imports", "Domestic
# producers", "Imports from third countries"): the table states its holder, as a label.
_GROUP_ROW = re.compile(r"^(?P<name>[A-Z][a-z]+(?:[\s-]+[a-z]+){1,4})$")


# A rank heading a row's first cell when columns are aligned with spaces: "1. Acme Energy".
_RANK_IN_LABEL = re.compile(r"^(?:No\.\s?|#)?(?P<n>\d{1,3})[.)]\s+(?=[^\W\d_])")


def _unranked_cell(cell: Cell) -> Cell:
    """The label cell without a rank before the name (a sentence splitter cuts "1." off)."""
    found = _RANK_IN_LABEL.match(cell.text)
    if found is None:
        return cell
    return Cell(cell.text[found.end() :], cell.start + found.end(), cell.end)


def _rank(row: tuple[Cell, ...]) -> int:
    for cell in row:
        if not cell.is_figure:
            found = _RANK_IN_LABEL.match(cell.text) or _RANK_CELL.match(cell.text)
            if found is not None:
                return int(found.group("n"))  # "3=": a tie for third
            break
        found = _RANK_CELL.match(cell.text)
        if found:
            return int(found.group("n"))
    return 0


def share_sections(
    passages: Sequence[Passage], frame: str, written: Dateline
) -> dict[str, tuple[str, str]]:
    """Body passage id -> (the id of the heading about shares above it, the period that
    heading names) for the passages under such a heading."""
    sections: dict[str, tuple[str, str]] = {}
    current: tuple[str, str] | None = None
    for passage in passages:
        if passage.kind == HEADING:
            talk = SHARE_TALK.search(passage.text) is not None
            current = (passage.id, column_period(passage.text, frame, written)) if talk else None
        elif passage.kind == BODY and current is not None:
            sections[passage.id] = current
    return sections


# A heading over aims: "Targets (fiscal 2030)", "Our goals", "Outlook", "Guidance for 2026".
_AIMS_HEADING = re.compile(
    r"(?i)^(?:[\w'’-]+\s+){0,3}?(?:targets?|goals?|ambitions?|objectives|outlook|guidance|"
    r"forecasts?)\b[^.!?]{0,40}$"
)


def aims_sections(passages: Sequence[Passage]) -> set[str]:
    """Ids of the short lines (a list's items) under a heading of targets or an outlook: their
    figures are aims, not shares held. A paragraph of prose after them ends the list, and so
    does a sentence after items that do not end like one."""
    aims: set[str] = set()
    under = False
    items_end: bool | None = None  # whether the list's first item ends like a sentence
    for passage in passages:
        if passage.kind == HEADING:
            under = _AIMS_HEADING.match(passage.text.strip()) is not None
            items_end = None
        elif passage.kind == BODY and under:
            ends = passage.text.rstrip().endswith((".", "!", "?"))
            items_end = ends if items_end is None else items_end
            under = len(passage.text) <= _MAX_ROW_CHARS and not (ends and not items_end)
            if under:
                aims.add(passage.id)
    return aims
