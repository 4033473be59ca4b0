"""The one chemistry of cells the copy says a maker makes ("Vostrel Energy, the maker of
lithium iron phosphate cells", "the start-up that makes sodium-ion cells", "The company will
make LFP cells"): a product of that maker whose own sentences state no chemistry is of it.

The chemistry is read only as the object of the making (the kind of cells made, not the ones
"to follow" or bought), and only from a maker the copy describes so by one chemistry: one said
to make two kinds tells nothing of any one product."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from evkb.kb.extract.gates import holds_any
from evkb.kb.records.battery_lines import LINE_CHEMISTRIES
from evkb.kb.records.battery_makers import referred_maker
from evkb.kb.records.battery_words import _CHEMISTRIES, _FORMAT, chemistry_label
from evkb.kb.records.context import Resolver, Sentence, anaphors
from evkb.model import Battery, Fact

# The cells made: a chemistry, its abbreviation in brackets, a format, the noun.
_KIND = (
    rf"(?P<chem>{_CHEMISTRIES})(?:\s+\([A-Za-z-]{{2,6}}\))?\s+(?:{_FORMAT}\s+)?"
    r"(?:cells|batteries|battery\s+cells)\b"
)
# Right after a company's name: "..., the Kelvane-based maker of lithium iron phosphate cells",
# "..., a start-up that makes sodium-ion cells".
_DESCRIBED = re.compile(
    r",\s+(?:a|an|the)\s+(?:[^,;()]{0,60}?\s)?(?:(?:maker|manufacturer|producer)s?\s+of|"
    r"(?:that|which)\s+(?:makes|produces|manufactures))\s+" + _KIND,
    re.I,
)
# Right after a company's name or a reference to one: "... will make LFP prismatic cells".
_MAKES = re.compile(
    r"\s+(?:(?:will|would|also|now|already|plans\s+to|is\s+to|is\s+going\s+to)\s+)*"
    r"(?:make|makes|produce|produces|manufacture|manufactures)\s+" + _KIND,
    re.I,
)
_VERBS = ("make", "produc", "manufactur")


def _makers(
    sentence: Sentence, resolver: Resolver, sentences: Sequence[Sentence]
) -> list[tuple[str, str]]:
    """(company, chemistry) for each maker the sentence describes by the cells it makes."""
    text = sentence.text
    if not holds_any(text, LINE_CHEMISTRIES) or not holds_any(text, _VERBS):
        return []
    found = []
    for ident, _, end in sentence.mentions:
        for pattern in (_DESCRIBED, _MAKES):
            if made := pattern.match(text, end):
                found.append((ident, chemistry_label(made.group("chem"))))
    for reference in anaphors(text):
        made = _MAKES.match(text, reference.end())
        if made and (maker := referred_maker(sentence, reference.end(), resolver, sentences)):
            found.append((maker, chemistry_label(made.group("chem"))))
    return found


def maker_chemistry(
    batteries: dict[str, Battery],
    sentences: Sequence[Sentence],
    resolver: Resolver,
    source: str,
) -> None:
    """Gives each product with no chemistry the one chemistry its maker is said to make."""
    if not any(b.maker and not b.values("chemistry") for b in batteries.values()):
        return
    said: dict[str, dict[str, Sentence]] = {}
    for sentence in sentences:
        for maker, label in _makers(sentence, resolver, sentences):
            said.setdefault(maker, {}).setdefault(label, sentence)
    for ident, battery in list(batteries.items()):
        kinds = said.get(battery.maker, {})
        if len(kinds) != 1 or battery.values("chemistry"):
            continue
        label, sentence = next(iter(kinds.items()))
        fact = Fact(
            attribute="chemistry",
            value=label,
            cite=sentence.cite(source),
            text=label,
            origin="extracted",
            confidence=0.5,
            rule="battery chemistry: its maker's cells",
        )
        batteries[ident] = dataclasses.replace(battery, facts=battery.facts + (fact,))
