"""A supplier's line of cells named by its chemistry or by its size ("21700 cells from ...")
where another company's product uses them ("... uses lithium iron phosphate cells supplied by
Vostrel Cells"), taken as the supplier's product only when the supplier itself states a figure
of those cells: in a clause about it ("..., a Chinese supplier, which quotes 160 Wh/kg for the
cells", "..., which Vostrel makes at 250 Wh/kg"), or in a sentence soon after that opens with
it stating one ("Vostrel rates those cells for 3,000 cycles") or cites its own sheet ("Vostrel's
own data sheet for the cell gives 6,000 cycles"). The figures of the product that uses the
cells stay that product's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.gates import holds_any
from evkb.kb.records.battery_makers import maker_fact
from evkb.kb.records.battery_specs import _fact, specs
from evkb.kb.records.battery_store import add_facts, new_product
from evkb.kb.records.battery_words import _CHEMISTRIES, _FORMAT, chemistry_label
from evkb.kb.records.context import Sentence, slug
from evkb.model import Battery, Fact

# A cylindrical cell's size, the name makers give such a line: "21700", "4680", "46-series"
# (diameter and length in millimetres; four figures from 40 on, so no year is read as one).
_SIZE = r"[1-9]\d{4}|[4-9]\d{3}(?:-format)?|\d{2}-series"
# "lithium iron phosphate cells supplied by", "LFP cells from Shenzhen-based", "NMC pouch cells
# bought from the Korean": the words right before the supplier's name.
_SUPPLIED_BY = re.compile(
    rf"\b(?:(?P<chem>{_CHEMISTRIES})|(?P<size>{_SIZE}))\s+(?:{_FORMAT}\s+)?(?i:cells?)\s+"
    r"(?:(?i:supplied|bought|sourced|purchased|made|produced)\s+)?(?i:by|from)\s+"
    r"(?:[A-Z][\w-]*-based\s+)?$",
    re.I,
)
_SUPPLY_WORDS = (
    *("cells supplied by", "cells bought from", "cells sourced from", "cells from"),
    *("cells made by", "cells produced by", "cells purchased from", "cells by"),
    # "the 4680 cell from": one cell of a size, named by it.
    *("cell from", "cell supplied by", "cell made by", "cell produced by"),
)
# After the supplier's name, a clause of its own stating a figure: ", a Chinese supplier, which
# quotes", ", which rates".
_WHICH_STATES = re.compile(
    r",?\s*(?:(?:a|an|the)\s+[^,.;]{0,40},\s*)?which\s+(?:also\s+)?"
    r"(?:quotes?|rates?|gives?|claims?|states?|promises?|specifies|guarantees?|"
    # "..., which Vostrel makes in Veskar at 250 Wh/kg": the supplier making them, and how.
    r"(?P<who>it|they|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+"
    r"(?:makes|produces|builds|manufactures))\b"
)
# A sentence opening with the supplier stating ("Vostrel rates", "Vostrel says"), or its own sheet
# anywhere ("Vostrel's own data sheet", "the Vostrel spec sheet").
_STATES = re.compile(
    r"\s+(?:also\s+)?(?:quotes?|rates?|gives?|claims?|states?|promises?|specifies|guarantees?|"
    r"says?)\b"
)
_OWN_SHEET = re.compile(
    r"(?:['’]s?\s+(?:own\s+)?|\s+)(?:data|spec(?:ification)?s?)\s+sheets?\b", re.I
)
# A cell's own figures; a pack's energy, a vehicle's range and a price are the product's.
_CELL_FIGURES = frozenset(["energy_density", "cycles"])
_NEAR = 2  # how many sentences after the supply the supplier may state the cells' figures


class SuppliedLines:
    """The supplied lines of one article, read sentence by sentence (see the module)."""

    def __init__(self, source: str, sentences: Sequence[Sentence]) -> None:
        self.source = source
        self.sentences = sentences
        # A supplier -> the sentence naming the cells it supplies, their name and chemistry.
        self.pending: dict[str, tuple[int, str, Fact | None]] = {}

    def read(
        self, sentence: Sentence, named: Sequence[object], batteries: dict[str, Battery]
    ) -> None:
        """Notes the cells this sentence says a company supplies, and gives a supplier's line
        the cells' figures the supplier states here; a sentence naming a product is about it."""
        text = sentence.text
        supplied = holds_any(text, _SUPPLY_WORDS)
        if not supplied and not self.pending:
            return
        facts: list[tuple[int, Fact]] | None = None
        starts = {(i, s) for i, s, _ in sentence.mentions}
        for ident, start, end in sentence.mentions if supplied else ():
            found = _SUPPLIED_BY.search(text, max(0, start - 80), start)
            if found is None or ident in self.pending:
                continue
            if found.group("size"):  # "21700 cells from Vostrel": the line of that size
                label, chem = found.group("size"), None
            else:
                label = chemistry_label(found.group("chem"))
                chem = _fact("chemistry", label, sentence, self.source, text=found.group("chem"))
            self.pending[ident] = (sentence.index, f"{label} cells", chem)
            clause = _WHICH_STATES.match(text, end)
            who = clause.start("who") if clause is not None else -1
            if who >= 0 and text[who].isupper() and (ident, who) not in starts:
                clause = None  # "..., which Quellan makes into packs": another company's work
            if clause is not None:
                facts = specs(sentence, self.source) if facts is None else facts
                self._give(ident, [f for at, f in facts if at >= clause.end()], batteries)
        if supplied or named:
            return
        for ident, (at, _, _) in list(self.pending.items()):
            if sentence.index - at > _NEAR:
                del self.pending[ident]
                continue
            spans = [(s, e) for i, s, e in sentence.mentions if i == ident]
            opens = any(s == 0 and _STATES.match(text, e) for s, e in spans)
            if opens or any(_OWN_SHEET.match(text, e) for _, e in spans):
                facts = specs(sentence, self.source) if facts is None else facts
                self._give(ident, [f for _, f in facts], batteries)

    def _give(self, maker: str, facts: list[Fact], batteries: dict[str, Battery]) -> None:
        """Adds the cells' own figures among `facts` to the supplier's line, made if new."""
        at, name, chem = self.pending[maker]
        facts = [f for f in facts if f.attribute in _CELL_FIGURES]
        if not facts:
            return
        ident = f"{slug(maker)}-{slug(name)}"
        if ident not in batteries:
            sentence = self.sentences[at]
            made = maker_fact(maker, sentence, self.sentences, self.source)
            batteries[ident] = new_product(ident, name, maker, made, "supplied", 0.5)
        add_facts(batteries, ident, [chem, *facts] if chem else facts)
