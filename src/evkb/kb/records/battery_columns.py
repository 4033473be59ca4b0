"""A spec table laid out with its products across the header and its specs down the first
column, as trade copy compares cells side by side:

                        Corvel 5      Brix 2
    Maker               Ostrand       Vessa Cells
    Chemistry           LFP           NMC 811
    Energy density      190 Wh/kg     260 Wh/kg

Each column's figures are the product heading it. Its maker is the company whose name opens
the heading ("Ostrand Corvel 5"), else the cell of a row labelled "Maker" (or "Manufacturer",
"Supplier", "Brand"), else the maker the text already gave the product, else the one company
the text names beside the product's name. A header may leave the corner over the labels empty
("| | Corvel 5 | Brix 2 |") and a Markdown rule may follow it. The rows are read wherever the
page's layout put them (a table set apart from the text is often taken for page furniture), so
every passage is looked at, each once; a row's label is no product, whatever a sentence rule
made of it."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from evkb.kb.extract.quantities import extract_quantities
from evkb.kb.extract.tables import Cell, read_row
from evkb.kb.records.battery_specs import specs
from evkb.kb.records.battery_store import joined_aliases, new_product
from evkb.kb.records.battery_words import spelling_key
from evkb.kb.records.context import Sentence, slug
from evkb.model import Battery, Citation, Fact, Passage

__all__ = ["column_products"]

# A row's label naming a spec a product's column holds a value of.
_SPEC_LABEL = re.compile(
    r"(?i:.*\b(?:chemistry|cathode|anode|density|capacity|pack|energy|range|charg\w*|cycles?|"
    r"cycle\s+life|launch|production|SOP|available|format|weight|voltage|power)\b.*)"
)
_MAKER_LABEL = re.compile(r"(?i:(?:cell\s+)?(?:maker|manufacturer|supplier|producer|brand)s?)")
# A unit the label gives in brackets: "Energy density (Wh/kg)", "10-80% charge (min)".
_LABEL_UNIT = re.compile(r"\s*\((?P<unit>Wh/kg|Wh/L|kWh|km|mi|miles|min|minutes)\)\s*")
_BARE_NUMBER = re.compile(r"[\d.,]+")
_CYCLES = re.compile(r"(?i:\bcycle)")
# A product's name heading a column, its short form in brackets: "Corvel 3 (C3)".
_PRODUCT = re.compile(
    r"(?P<name>[A-Z0-9][\w.+-]*(?:\s+[A-Za-z0-9][\w.+-]*){0,5})(?:\s+\((?P<short>[\w.+-]+)\))?"
)
# A period heading a column, no product: "2026", "Q3 2026", "FY 2025", "9M 2026", "Jan-Oct 2026".
_YEAR = re.compile(
    r"(?i:(?:Q[1-4]|H[12]|[12]H|FY|CY|\d{1,2}M|YTD|[a-z]{3,9}(?:\s*[-\u2013]\s*[a-z]{3,9})?)\s+)?"
    r"(?:19|20)\d\d"
)
_FORMS = ("spaces", "tabs", "pipes")
_LEAST_SPEC_ROWS = 2


def column_products(
    batteries: list[Battery],
    source: str,
    passages: Sequence[Passage],
    names: dict[str, str],
) -> list[Battery]:
    """`batteries` with the figures of every products-across spec table added to the product
    heading each column (a product the text named, or a new one when a "Maker" row names its
    maker); `names` maps a company's id to its name."""
    out = {b.id: b for b in batteries}
    for header, rows in _tables(passages):
        products = _products(header, rows)
        if not products:
            continue
        leads = [_lead(name, names) for name, _ in products]
        makers: list[tuple[str, str]] = list(leads)
        columns: list[list[Fact]] = [[] for _ in products]
        for passage, cells in rows:
            label = cells[0].text
            values = cells[len(cells) - len(products) :]
            if _MAKER_LABEL.fullmatch(label):
                given = [
                    _opening(v.text, name, names) or _maker(v.text, names)
                    for v, (name, _) in zip(values, products, strict=True)
                ]
                makers = [lead if lead[0] else g for lead, g in zip(leads, given, strict=True)]
                continue
            for column, value in enumerate(values):
                columns[column].extend(_facts(label, value.text, passage, source))
        labels = {spelling_key(cells[0].text) for _, cells in rows}
        for ident, battery in list(out.items()):
            if spelling_key(battery.name) in labels:
                del out[ident]  # "Series production from (year)": a row's label, no product
        row_ids = {passage.id for passage, _ in rows}
        beside = _named_beside(
            [name for (name, _), maker in zip(products, makers, strict=True) if not maker[0]],
            [p for p in passages if p.id not in row_ids],
            names,
        )
        makers = [
            m if m[0] else beside.get(n, m) for (n, _), m in zip(products, makers, strict=True)
        ]
        # The rows are read down each column here: a figure another reading took from a row
        # (the row's figures all given to the product in view) is none of its own.
        spans = [(passage.start, passage.end) for passage, _ in rows]
        for ident, battery in list(out.items()):
            kept = tuple(f for f in battery.facts if f.attribute == "maker" or not _in(f, spans))
            if kept != battery.facts:
                out[ident] = dataclasses.replace(battery, facts=kept)
        for (name, short), maker, facts in zip(products, makers, columns, strict=True):
            _place(out, name, short, maker, facts)
    return list(out.values())


def _in(fact: Fact, spans: list[tuple[int, int]]) -> bool:
    return any(start <= fact.cite.start < end for start, end in spans)


def _tables(passages: Sequence[Passage]) -> list[tuple[tuple[Cell, ...], list]]:
    """Runs of at least three consecutive passages read as rows of one form: the first the
    header, each later one (its passage, its cells)."""
    found: list[tuple[tuple[Cell, ...], list]] = []
    run: list[tuple[Passage, tuple[Cell, ...]]] = []
    form = ""
    for passage in passages:
        read = read_row(passage.text, passage.start)
        if read and read[0] in _FORMS and read[0] == form:
            run.append((passage, read[1]))
            continue
        if len(run) >= 3:
            found.append((run[0][1], [row for row in run[1:] if row[1]]))
        run, form = ([(passage, read[1])], read[0]) if read and read[0] in _FORMS else ([], "")
    if len(run) >= 3:
        found.append((run[0][1], [row for row in run[1:] if row[1]]))
    return found  # a Markdown rule under the header is no row


def _products(header: tuple[Cell, ...], rows: list) -> list[tuple[str, str]]:
    """The products heading a table's columns, when its rows are specs down the side: each
    row's first cell a spec's label and as many cells after it as the header has products."""
    width = max(len(cells) for _, cells in rows)
    heads = list(header[1:] if len(header) == width else header)
    if len(heads) < 2 or len(heads) != width - 1:
        return []
    labelled = [c for _, c in rows if len(c) == width and _SPEC_LABEL.fullmatch(c[0].text)]
    if len(labelled) < _LEAST_SPEC_ROWS or any(len(c) != width for _, c in rows):
        return []
    products = []
    for head in heads:
        named = _PRODUCT.fullmatch(head.text)
        if (
            not named
            or not re.search(r"[A-Za-z]", named.group("name"))
            or _YEAR.fullmatch(named.group("name"))
            or (_SPEC_LABEL.fullmatch(head.text) and not re.search(r"\d", head.text))
        ):  # "Energy density" heads specs across; "Vela 5 Long Range" is a product's trim
            return []
        products.append((named.group("name"), named.group("short") or ""))
    return products


def _facts(label: str, value: str, passage: Passage, source: str) -> list[Fact]:
    """The specs one cell gives, read as "label: value" with the unit the label brackets; each
    cites its row."""
    unit = _LABEL_UNIT.search(label)
    words = _LABEL_UNIT.sub(" ", label).strip()
    if _BARE_NUMBER.fullmatch(value):
        if unit:
            value = f"{value} {unit.group('unit')}"
        elif _CYCLES.search(label):
            value = f"{value} cycles"
    text = f"{words}: {value}"
    sentence = Sentence(passage, 0, len(text), text, extract_quantities(text, 0), -1, True)
    cite = Citation(source, passage.text, passage.id, passage.start, passage.end)
    return [dataclasses.replace(f, cite=cite) for _, f in specs(sentence, source, words)]


def _maker(text: str, names: dict[str, str]) -> tuple[str, str]:
    """The company a "Maker" cell names, its id and name: in full, or by its first word
    ("Ostrand Cel." for Ostrand Cells) when one company's name starts so; else the cell's own
    words."""
    first = text.split()[0].casefold() if text.split() else ""
    full = [i for i, n in names.items() if n.casefold() == text.casefold()]
    if len(full) == 1:
        return full[0], names[full[0]]
    starting = {i for i, n in names.items() if n.split() and n.split()[0].casefold() == first}
    if len(starting) == 1:
        ident = starting.pop()
        return ident, names[ident]
    return (slug(text), text) if text[:1].isupper() else ("", "")


def _lead(name: str, names: dict[str, str]) -> tuple[str, str]:
    """The company whose name opens a column's heading ("Ostrand Corvel 5"), its id and name;
    a name with another in brackets ("Ostrand (Ostrand Cells)") opens it by its first part."""
    folded = name.casefold()
    found = [
        (len(short), i, n)
        for i, n in names.items()
        if (short := n.split(" (")[0].strip()) and folded.startswith(short.casefold() + " ")
    ]
    return max(found)[1:] if found else ("", "")


def _opening(cell: str, heading: str, names: dict[str, str]) -> tuple[str, str] | None:
    """The maker a cell with a name in brackets gives by the name opening its column's
    heading: "Ostrand (Ostrand Cells)" under "Ostrand Corvel 5" names Ostrand, not its unit."""
    short = cell.split(" (")[0].strip()
    if short == cell or not heading.startswith(short + " "):
        return None
    same = [i for i, n in names.items() if n.casefold() == short.casefold()]
    return (same[0], names[same[0]]) if len(same) == 1 else (slug(short), short)


def _named_beside(
    products: list[str], passages: Sequence[Passage], names: dict[str, str]
) -> dict[str, tuple[str, str]]:
    """Each product's maker by the text: the one company named (in full, or by a first word
    no other company's name starts with) in the passages that name the product."""
    if not products or not names:
        return {}
    pattern = re.compile("|".join(rf"\b{re.escape(p)}\b" for p in sorted(products, key=len)[::-1]))
    firsts: dict[str, list[str]] = {}
    for ident, name in names.items():
        if name.split():
            firsts.setdefault(name.split()[0], []).append(ident)
    beside: dict[str, set[str]] = {}
    for passage in passages:
        named = set(pattern.findall(passage.text))
        if not named:
            continue
        words = set(re.findall(r"[\w.&'-]+", passage.text))
        here = {i for i, n in names.items() if n in passage.text}
        here |= {ids[0] for w, ids in firsts.items() if len(ids) == 1 and w in words}
        for product in named:
            beside.setdefault(product, set()).update(here)
    return {p: (next(iter(i)), names[next(iter(i))]) for p, i in beside.items() if len(i) == 1}


def _place(
    batteries: dict[str, Battery],
    name: str,
    short: str,
    maker: tuple[str, str],
    facts: list[Fact],
) -> None:
    """Adds a column's figures to the product it names (by its name, or as the end of a longer
    name the text gave it, "X2" of "Corvel X2"), each value once; a product the text did not
    name is new when its maker is known."""
    key = spelling_key(name)
    ident, maker_name = maker
    same = [
        b
        for b in batteries.values()
        if (not ident or b.maker == ident)
        and any(spelling_key(n) == key or n.endswith(" " + name) for n in b.names)
    ]
    if len(same) > 1:
        return
    if not same:
        if not ident or not facts:
            return
        own = f"{ident}-{slug(name)}"
        maker_fact = dataclasses.replace(
            facts[0], attribute="maker", value=maker_name, unit="", text="", value_to=None
        )
        battery = new_product(own, name, ident, (maker_fact,), "table column", 0.7)
        batteries[own] = battery
        same = [battery]
    battery = same[0]
    have = {(f.attribute, str(f.value)) for f in battery.facts}
    new = tuple(f for f in facts if (f.attribute, str(f.value)) not in have)
    aliases = joined_aliases(battery.name, battery.aliases, [short] if short else [])
    batteries[battery.id] = dataclasses.replace(battery, facts=battery.facts + new, aliases=aliases)
