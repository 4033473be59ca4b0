"""Market shares read from tables written as text: a row's holder, a column's period from its
header.

Prose rules read a table row as a sentence and give every figure in it the period of the text
around it; a table says more. Its header names each column's period ("| Q3 2025 | Q3 2024 |",
"Jun qtr 2025", "2025 (%)"), its caption or header may state the unit of bare figures
("Share of installs (per cent)"), a column may give the rank, and a column of changes ("Change
(pp)", "+1.7") holds no share. Tables are read here only where the prose rules cannot: a
header names a period, or the figures are bare numbers whose unit the table states. The rows
read here are not read again as sentences.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from evkb.kb.extract.quantity_words import written_number
from evkb.kb.extract.tables import Cell, Table, read_tables
from evkb.kb.records.column_periods import (
    FORECAST_COLUMN,
    column_period,
    dated_span,
    periods_in,
    yearless_month,
)
from evkb.kb.records.context import SHARE_TALK, Resolver, Sentence, number_id, slug
from evkb.kb.records.periods import Dateline
from evkb.kb.records.relative_periods import (
    EARLIER,
    LEGEND,
    RELATIVE_COLUMN,
    RELATIVE_WORDS,
    SAME_PERIOD_OF,
    same_months_within,
    shifted,
)
from evkb.kb.records.share_subjects import chemistry_label
from evkb.kb.records.share_words import scope_metric
from evkb.model import BODY, HEADING, Citation, Passage, Share

_MAX_ROW_CHARS = 160
_DIGIT = re.compile(r"\d")
# A column that is not a share held: a change, a growth rate, a volume, a rank.
_NOT_SHARE_COLUMN = re.compile(
    r"(?i)\b(?:change|chg|growth|yoy|y/y|y-o-y|diff|difference|delta|pp|pts?|points?|rank|"
    r"gwh|mwh|kwh|units|volume|sales|capacity|price|margin|revenue|installations\s+\()|[±+\u0394]"
)
_VOLUME_WORD = re.compile(r"(?i)\b(?:[GMk]Wh|units|volume|sales|installations)\b|[()]")
_PERCENT_UNIT = re.compile(r"(?i)^(?:%|per\s?cent|percent)$")
_PERCENT_CELL = re.compile(r"(?i)^\(?\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent|percent|pc)\)?$")
_BARE_CELL = re.compile(r"^\(?\d[\d,]*(?:\.\d+)?\)?$")
_RANK_CELL = re.compile(r"^(?:No\.\s?|#|=|T)?(?P<n>\d{1,3})(?:[.)=]|st|nd|rd|th)?$")
# A cell with no value in it ("n/a", a dash): the holder has no share of that column's period.
_MISSING_CELL = re.compile(r"(?i)^(?:n/?a|n\.a\.|[\u2013\u2014-])$")
# Rows that hold no company's share: the rest of the market, a total, a group of leaders.
_NO_HOLDER = re.compile(r"(?i)^(?:other\s+(?!than)\w+|total\b.*|top\s+\w+.*|market|industry|sum)$")
# A row label that is a year or holds one ("2025", "Jan.-Sept. 2026", "H1 2026").
_PERIOD_LABEL = re.compile(r"\b(?:19|20)\d{2}\b")


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
        rows = [(row, _passage_of(row, passages, starts)) for row in table.rows]
        if any(p is None or p.kind != BODY or p.id not in by_passage for _, p in rows):
            continue
        # A heading just above ("EV battery suppliers, Q2 2025 vs Q2 2024") may name the
        # columns' periods when neither a caption nor the lead does.
        title = next((p.text for p in passages[max(0, first - 3) : first] if p.kind == HEADING), "")
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


def _percent_caption(table: Table) -> bool:
    return any(
        _PERCENT_UNIT.match(table.unit(i, len(table.header))) for i in range(len(table.header))
    ) or (table.caption is not None and bool(_PERCENT_UNIT.match(table.unit(-1, 0))))


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


def _share_columns(
    table: Table, frame: str, written: Dateline, lead: str, title: str = ""
) -> dict[int, str]:
    """Column (counted from a row's end, -1 the last) -> period, for the columns of shares the
    prose rules would misread: dated by the header, or bare figures the table calls percent.
    Empty when the table is better left to them."""
    width = max(len(row) for row in table.rows)
    # Columns count from a row's end: an "Others" row without a rank lines up with the rest.
    if any(len(row) != width and not (len(row) == width - 1 and row) for row in table.rows):
        return {}
    caption = table.caption.text if table.caption else ""
    legend = LEGEND.search(lead) or (LEGEND.search(caption) if caption else None)
    titled = column_period(caption, frame, written)
    around = (
        titled or column_period(lead[: legend.start()] if legend else lead, frame, written) or frame
    )
    columns: dict[int, str] = {}
    headed: set[int] = set()
    legend_text = (legend.group("p") or legend.group("q")) if legend else ""
    span = yearless_month(caption or lead)
    # "Share 2026 | Share 2025" under "Jan-Oct 2026": the same months of each year, when a
    # bare-year column is the caption's year
    span_year, year_span = dated_span(caption or lead)
    if not span and span_year and any(h.text.strip().endswith(span_year) for h in table.header):
        span = year_span
    bracketed = legend_periods(legend_text, around, frame, written) if legend else []
    in_brackets = 0  # the bracketed columns met so far
    opened = False  # a bracket opened in an earlier column is not closed yet
    # A caption is a heading, which the prose rules do not read: its period is the table's.
    dated, bare = bool(titled), False
    # "1H26 | 1H25 | FY25": beside columns of calendar parts of a year, "FY25" is that year.
    halves = any(_SHORT_PART_HEADER.search(h.text) for h in table.header)
    for column in range(-width, 0):
        heading = table.heading(width + column, width)
        text = heading.text if heading else ""
        cells = [row[column] for row in table.rows if len(row) >= -column]
        if len(cells) < len(table.rows):
            continue  # the rank column, which an "Others" row lacks
        if not all(c.is_figure for c in cells) or _NOT_SHARE_COLUMN.search(text):
            continue
        cells = [c for c in cells if not _MISSING_CELL.match(c.text)]
        if not cells:
            continue
        at = width + column
        if not any(not c.is_figure for row in table.rows for c in row[:at]):
            continue  # a column before the holder's name: a rank
        if FORECAST_COLUMN.search(text) or any(c.text[:1] in "+-\u2212" for c in cells):
            continue  # estimates, or changes written with their sign
        percent = all(_PERCENT_CELL.match(c.text) for c in cells)
        if not percent:
            unit = table.unit(width + column, width)
            # Bare figures under "(%)", or under "Share" when they add up to no more than all
            said = _PERCENT_UNIT.match(unit) or (
                any(_SHARE_HEADING.search(x) for x in (text, caption, lead))
                and _at_most_whole(cells)
            )
            if not (said and all(_BARE_CELL.match(c.text) for c in cells)):
                continue
            bare = True
        period = column_period(text, frame, written) if text else ""
        if span and re.fullmatch(r"(?:19|20)\d\d", period):
            # "2025 share" under "January-April": the year's first four months
            period = f"{period}-{span:02d}"
        full_year = _FULL_YEAR_HEADER.match(text) if halves and not period else None
        if full_year is not None:
            period = f"20{full_year.group('yy')[-2:]}"
        left = table.heading(at - 1, width) if text and not period and at > 1 else None
        if left is not None and _NOT_SHARE_COLUMN.search(left.text):
            # "| Q3 25 GWh | Share | Q3 24 GWh | Share |": a share column under a bare "Share"
            # is of the period its volume column on the left names
            period = column_period(_VOLUME_WORD.sub("", left.text).strip(), frame, written)
        relative = RELATIVE_COLUMN.match(text) if text and not period else None
        inside = opened or all(c.text.startswith("(") for c in cells)
        opened = inside and not all(c.text.endswith(")") for c in cells)
        if period:
            headed.add(column)
        elif relative is not None:
            # "Year ago" next to "9M25": the main column's period, a year back
            main = next((columns[c] for c in sorted(headed)), titled or around)
            period = shifted(main, relative)
            if period:
                headed.add(column)
        elif bracketed and inside:
            # "(35.1%)" under "(H1 2024 in brackets)"; "(37.2%; 38.0%)" under "in brackets
            # H1 2025, then full-year 2025"
            period = bracketed[in_brackets] if in_brackets < len(bracketed) else ""
            in_brackets += 1
        dated = dated or bool(period)
        columns[column] = period or around
    # "Ranking, first half of 2025 against first half of 2024:" names the columns' periods in
    # their order when the header does not.
    named = periods_in(caption or (lead if lead.rstrip().endswith(":") else ""), frame, written)
    if len(named) != len(columns) and title:
        named = periods_in(title, frame, written)
    if not dated and len(columns) > 1 and len(named) == len(columns) and len(set(named)) > 1:
        columns = dict(zip(sorted(columns), named, strict=True))
        dated = True
    if len(columns) > 1 and len(set(columns.values())) < len(columns):
        # Columns the text does not date apart: read as prose, every figure of a row would
        # take one period. Only the header's dated columns are kept, else the first column
        # with the period around the table; the rest are left out.
        kept = {c: columns[c] for c in headed if columns[c]}
        if not kept and around:
            kept = {min(columns): around}
        return kept
    if not (dated or bare) or not all(columns.values()):
        return {}  # no column the prose rules would misread
    return columns


_SHARE_HEADING = re.compile(r"(?i)\bshares?\b")
_SHORT_PART_HEADER = re.compile(
    r"^(?:[12]H|H[12]|[1-4]Q|Q[1-4]|(?:[2-9]|1[01])M)\s?(?:['’]?\d{2}|(?:19|20)\d{2})$"
)
_FULL_YEAR_HEADER = re.compile(r"^FY\s?['’]?(?P<yy>(?:20)?\d{2})$")
_LEGEND_PARTS = re.compile(r"\s*(?:,\s*(?:then\s+)?|;\s*|/\s*|\s\bthen\s+|\s\band\s+(?:then\s+)?)")


def legend_periods(text: str, main: str, frame: str, written: Dateline) -> list[str]:
    """The periods of bracketed figures in the order a legend names them ("H1 2025, then
    full-year 2025", "the same quarter a year earlier / all of 2024"); a period relative to
    the table's main one is counted from it; "" where a part names none."""
    periods = []
    for part in _LEGEND_PARTS.split(text):
        if not part.strip():
            continue
        same = SAME_PERIOD_OF.match(part)
        named = column_period(same.group("p"), frame, written) if same else ""
        period = same_months_within(main, named) if named else ""
        period = period or column_period(part, frame, written)
        if not period:
            earlier = EARLIER.match(part) or RELATIVE_WORDS.search(part)
            period = shifted(main, earlier) if earlier else ""
        periods.append(period)
    return periods


def _at_most_whole(cells: list[Cell]) -> bool:
    try:
        return sum(float(c.text.strip("()").replace(",", "")) for c in cells) <= 101
    except ValueError:
        return False


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
