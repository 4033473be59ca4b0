"""A storage product named by the noun a storage system is sold as ("unit", "system",
"container", "cabinet") rather than a battery's: "Penlow Marine's PM-Tide system, a 2.2 MWh
LFP system", "its Corrib S12 unit ...; the unit stores 11.4 kWh", "Each Corrib holds 4 MWh".
The noun alone names a business as often ("its Dutch unit", "the billing system"), so the
sentence must give the thing an energy in kWh or MWh after the name: a unit that stores
nothing is no battery."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.battery_name_checks import _name_ok
from evkb.kb.records.context import Sentence

# A name of one to three words, each opening with a capital, a figure or a sign (a name may
# open with a mark such as "∞"), right before a storage noun: "its Corrib S12 unit".
_NAME = r"(?P<name>[A-Z\u2200-\u22ff][\w+.-]*(?:\s+[A-Z0-9][\w+.-]*){0,2})"
_BEFORE_NOUN = re.compile(
    rf"(?:\b(?:its|their|the|each|Each|The|Its)\s+|['’]s\s+|\b\d[\d,]*\s+){_NAME}\**\s+"
    r"(?P<noun>units?|systems?|containers?|cabinets?)\b"
)
# "Each Corrib holds 4 MWh": the name the subject of a verb of holding energy.
_EACH_HOLDS = re.compile(
    rf"\b(?:Each|each|One|one|Every|every)\s+{_NAME}\s+(?:(?:units?|systems?|containers?|"
    r"cabinets?)\s+)?(?:stores|holds|packs|offers|provides)\b"
)
_STORAGE_UNITS = frozenset(["kWh", "MWh"])
_GATE = ("unit", "system", "container", "cabinet", "holds", "stores")


def storage_units(sentence: Sentence) -> list[tuple[str, int, int, str]]:
    """(name, start, end, "named") of the storage products a sentence names by a storage noun
    or as the subject of holding energy, each given an energy after its name."""
    text = sentence.text
    if not any(w in text for w in _GATE):
        return []
    if "Wh" not in text:
        return []
    energies = [sentence.local(q)[0] for q in sentence.quantities if q.unit in _STORAGE_UNITS] or [
        m.start() for m in _WRITTEN_ENERGY.finditer(text)
    ]
    if not energies:
        return []
    found = []
    for match in (*_BEFORE_NOUN.finditer(text), *_EACH_HOLDS.finditer(text)):
        name = match.group("name").replace("*", "")
        start, end = match.start("name"), match.start("name") + len(name)
        if not any(at >= match.end() for at in energies):
            continue
        if name.lower() in _NOT_STORAGE or not _name_ok(name, sentence):
            continue
        found.append((name, start, end, "named"))
    return sorted(set(found), key=lambda f: f[1])


# Energies the quantity reader may not take: "4,75 MWh" written with a decimal comma.
_WRITTEN_ENERGY = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:kWh|MWh)\b")
# Capitalised words a storage noun follows that are no product: a sentence's opening words.
_NOT_STORAGE = frozenset(
    ["the", "each", "every", "one", "this", "that", "these", "those", "our", "its", "new"]
)


# "... will come from the Chinese supplier Penlow Energy.": the company a sentence says the
# things it speaks of come from, written last in it.
_COME_FROM = re.compile(
    r"\b(?:comes?|came|coming|supplied|delivered|sourced|provided|made|built)\s+(?:from|by)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)


def supplied_before(sentence: Sentence, sentences: Sequence[Sentence]) -> str:
    """The company the sentence just before says the things it speaks of come from ("The
    containers will come from the Chinese supplier Penlow Energy. Each Corrib unit stores
    4.6 MWh"), for a product named in a sentence naming no company; else ""."""
    if sentence.mentions or sentence.index == 0:
        return ""
    before = sentences[sentence.index - 1]
    if not before.mentions:
        return ""
    ident, start, end = before.mentions[-1]
    if before.text[end:].strip(" .") or not _COME_FROM.search(
        before.text, max(0, start - 60), start
    ):
        return ""
    return ident
