"""Which cells of a table name companies: the column its header calls makers.

A league table names its makers bare ("1 | Ostkel | China | 38.4%"): the row gives no cue a
sentence would, but the header does ("Rank | Maker | Country | ..."). A cell under a header
cell that is a kind of company ("Maker", "Supplier", "Brand", "Company") names one, unless it
is a row label every table has ("Others", "Total"). A header that pairs two kinds ("Brand
(importer)") pairs them in its cells too: "Ostkel (Harbour Motor Trading)" names the brand
and, in brackets, its importer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.tables import Table, read_tables
from evkb.kb.records import company_cues as cue
from evkb.model import Passage

# A header cell naming a kind of company: "Maker", "Supplier", "Brand (importer)", "Company".
_KIND = (
    r"(?:(?:battery |cell |car |bus )?(?:makers?|manufacturers?|suppliers?|producers?)|"
    r"compan(?:y|ies)|brands?|carmakers?|automakers?|OEMs?|importers?|distributors?|groups?)"
)
_KIND_HEADER = re.compile(rf"(?i)(?P<kind>{_KIND})(?:\s*\((?P<paired>{_KIND})\))?")
# A cell's name and, in brackets, a second one: "Ostkel (Harbour Motor Trading)".
_PAIRED_CELL = re.compile(r"(?P<name>[^()]+?)\s*\((?P<paired>[A-Z][^()]*)\)\s*$")
# A name opens with a capital or a digit and holds a letter: not "-" or "n/a".
_NAME = re.compile(r"[A-Z0-9][^|\t]*[A-Za-z]")
# A table has rows: short lines holding a cell separator. Most articles have none.
_ROW_MARK = re.compile(r"[|\t]|\S {2,}\S")


def company_cells(passages: Sequence[Passage]) -> frozenset[tuple[int, int]]:
    """The (start, end) offsets of every table cell that a header calls a company's name."""
    if sum(len(p.text) <= 200 and _ROW_MARK.search(p.text) is not None for p in passages) < 2:
        return frozenset()
    # Every passage is read, as `share_tables` reads them: a header may be kept apart from the
    # body, and only body sentences ask for a cell.
    spans: set[tuple[int, int]] = set()
    for table in read_tables([p.text for p in passages], [p.start for p in passages]):
        spans.update(_cells_of(table))
    return frozenset(spans)


def table_titles(passages: Sequence[Passage]) -> list[tuple[int, int, str]]:
    """Each table's span (from its first row to its last) and the words that title it: its
    caption and its header cells ("Global EV battery installations, share by company", "Rank
    | Company | GWh | Share"), which say what every row's figure is a part of."""
    if sum(len(p.text) <= 200 and _ROW_MARK.search(p.text) is not None for p in passages) < 2:
        return []
    out = []
    for table in read_tables([p.text for p in passages], [p.start for p in passages]):
        if not table.rows:
            continue
        words = [table.caption.text] if table.caption is not None else []
        words += [cell.text for cell in table.header]
        if words:
            out.append((table.rows[0][0].start, table.rows[-1][-1].end, " ".join(words)))
    return out


def _cells_of(table: Table) -> list[tuple[int, int]]:
    """The spans of the names in the columns a table's header calls companies."""
    columns: dict[int, bool] = {}  # column index -> whether it pairs a second kind
    for n, head in enumerate(table.header):
        kind = _KIND_HEADER.fullmatch(head.text.strip())
        if kind:
            columns[n] = kind.group("paired") is not None
    if not columns:
        return []
    spans: list[tuple[int, int]] = []
    for row in table.rows:
        # a header narrower than its rows lines up with their last cells (`Table.heading`)
        shift = max(0, len(row) - len(table.header))
        for n, cell in enumerate(row):
            at = n - shift
            if at not in columns or cell.is_figure:
                continue
            text = cell.text.rstrip()
            paired = _PAIRED_CELL.match(text) if columns[at] else None
            parts = (
                [
                    (paired.start("name"), paired.end("name")),
                    (paired.start("paired"), paired.end("paired")),
                ]
                if paired
                else [(0, len(text))]
            )
            for s, e in parts:
                name = text[s:e]
                if _NAME.match(name) and name.casefold() not in cue.ROW_LABELS:
                    spans.append((cell.start + s, cell.start + e))
    return spans
