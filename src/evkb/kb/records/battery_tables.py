"""Tables written as text in news copy: a row's cells split by pipes, tabs or aligned columns,
and the product a row names in its first cell."""

from __future__ import annotations

import re

from evkb.kb.records.battery_name_checks import _name_ok
from evkb.kb.records.battery_names import _SPEC_LABELS, _TRIM_AT_END
from evkb.kb.records.context import Sentence

ROW_UNITS = frozenset(["Wh/kg", "Wh/L", "kWh", "km", "mi", "min", "count", "year", "GWh"])
_TRAILING_LOWER = re.compile(r"(?:\s+[a-z][\w-]*)+$")


def table_cells(text: str) -> list[str]:
    """The cells of a table row written as text ("| T-Facet | LFP | 190 Wh/kg |"), with tabs
    ("Urban<tab>51.2kWh<tab>345km") or in columns aligned by spaces, else []."""
    if text.count("|") >= 3:
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        return cells if len(cells) >= 3 and all(cells) else []
    if "\t" not in text and "   " not in text:
        return []
    cells = [c.strip() for c in _COLUMN_GAP.split(text.strip())]
    # Short cells only: prose with a stray tab or double space is no row.
    return cells if len(cells) >= 3 and all(0 < len(c) <= 30 for c in cells) else []


_COLUMN_GAP = re.compile(r"\s*\t\s*| {3,}")


def table_row(cells: list[str], sentence: Sentence) -> list[tuple[str, int, int, str]]:
    """The product a row under a header names in its first cell: "V46 cylindrical" is V46."""
    name = _TRAILING_LOWER.sub("", cells[0])
    start = sentence.text.find(name)
    # "| Falvik Corra Long Range | 100 kWh | 360 mi |": a car's version, whoever makes it.
    trim = _TRIM_AT_END.search(name)
    if trim and trim.start() > 0:
        return [(trim.group(), start, start + len(name), "version")]
    if not name[:1].isupper() or not _name_ok(name, sentence):
        return []
    return [(name, start, start + len(name), "listed")]


def maker_row(name: tuple[str, int, int, str], cells: list[str], sentence: Sentence) -> bool:
    """Whether a row under a header the body does not hold names a product of its own: a
    model's code in its first cell ("Marrodo R2"), its maker in a cell of its own and a pack's
    energy ("| Marrodo R2 | Wrenfield | LFP, 4.2 kWh | 120 km |")."""
    first = cells[0]
    return (
        any(c.isdigit() for c in name[0])
        and any(q.unit in _ENERGY_UNITS for q in sentence.quantities)
        and any(
            m[1] >= len(first) and sentence.text[m[1] : m[2]] in cells for m in sentence.mentions
        )
        and not any(m[1] < name[2] for m in sentence.mentions)
    )


_ENERGY_UNITS = frozenset(["kWh", "Wh/kg"])


# "Nominal energy: 2.6 kWh", "Charge time (0-100%) | 90 minutes": a row of a spec sheet that
# labels its figure, under the product the sheet is about.
# "Cycle life - 5,000 cycles": a dash between label and value, as broker notes write them.
_LABEL_ROW = re.compile(
    r"^\s*(?:[-•*·]\s*)?(?P<label>[A-Z][\w ()%/.,-]{1,40}?)\s*(?::|\||\s[-–—])\s+\S"
)
_LABEL_WORD = re.compile(r"[a-z]+")


def spec_row(text: str) -> bool:
    """Whether the line is a labelled row of a spec sheet: a short label holding a spec's word,
    a colon or a pipe, then its value."""
    return spec_label_end(text) >= 0


def spec_label_end(text: str) -> int:
    """Where the label of a spec sheet's row ends ("Reference pack: 85 kWh"), else -1."""
    row = _LABEL_ROW.match(text) if len(text) <= 90 else None
    if row is None:
        return -1
    words = _LABEL_WORD.findall(row.group("label").lower())
    return row.end("label") if len(words) <= 5 and any(w in _SPEC_LABELS for w in words) else -1
