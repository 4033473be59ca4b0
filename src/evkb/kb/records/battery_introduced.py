"""A line a maker was just said to make, named in the next sentence by the cell's own name:
"Kelvra Cells will start mass production of a sodium-ion cell in 2028. The cell, called the
Tesvik, ...". The named product is that line: it is the introducing maker's, and the line's
record (its chemistry, its start) joins it, whatever other products the maker has."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.battery_store import add_facts
from evkb.kb.records.context import Sentence
from evkb.model import Battery, Fact

# "The cell, called the Tesvik,", "The new battery, named Dunmere": the name of the cell the
# text just spoke of, given right after the words that refer to it.
_CALLED = re.compile(
    r"\s*(?:The|This)\s+(?:new\s+)?(?:cell|battery|pack),?\s+"
    r"(?:called|named|dubbed|code-named|codenamed|christened|branded)\s+(?:the\s+)?"
)

Prior = tuple[int, str, list[Fact]]  # a sentence's index, a maker and the figures it gave


def introducer(sentence: Sentence, at: int, introduced: Prior) -> str:
    """The maker of the line introduced one or two sentences before, when the sentence names
    that line at `at` ("The cell, called the Tesvik"); else ""."""
    index, maker, _ = introduced
    if not maker or not sentence.index - 2 <= index < sentence.index:
        return ""
    return maker if _CALLED.fullmatch(sentence.text, 0, at) else ""


def join_introduced(
    batteries: dict[str, Battery],
    ident: str,
    introduced: Prior,
    sentences: Sequence[Sentence],
    source: str,
    stated: set[str],
) -> None:
    """The record made for the introduced line (the same maker's, cited at its sentence)
    joins the product `ident` that names it: its figures of what neither the product nor the
    naming sentence (`stated`, its figures' attributes) gives ("a solid-state cell" before
    "The cell, called the Tesvik, uses a sulfide solid electrolyte": the nearer chemistry)."""
    index, maker, _ = introduced
    cite = sentences[index].cite(source)
    for line in [
        b
        for b in batteries.values()
        if b.id != ident
        and b.maker == maker
        and b.rule == "battery: made product"
        and any(f.attribute == "chemistry" and f.cite == cite for f in b.facts)
    ]:
        have = {f.attribute for f in batteries[ident].facts} | stated
        del batteries[line.id]
        add_facts(
            batteries,
            ident,
            [f for f in line.facts if f.attribute not in have and f.attribute != "maker"],
        )
