"""What the whole document says about the names `discover` found, one sentence at a time: a
name used as a place elsewhere, a person's name, initials and aliases of a longer name, and a
first word that stands for the one name it starts are settled here, once every sentence is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from evkb.kb.records import company_cues as cue
from evkb.kb.records.company_names import LEGAL_FORMS, NATIONALITIES, initials_owners, name_key
from evkb.kb.records.company_places import SITE_AT
from evkb.kb.records.company_shapes import ACRONYM, MIXED_ACRONYM
from evkb.kb.records.context import PLACE_WORDS, Sentence, country_of


@dataclass(slots=True)
class Found:
    """What the document says about one organisation-like name."""

    name: str
    strong: list[tuple[str, float, int]] = field(
        default_factory=list
    )  # (rule, confidence, sentence)
    weak: list[tuple[str, float, int]] = field(default_factory=list)
    vetoes: set[str] = field(default_factory=set)
    kinds: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    inside: bool = False  # seen somewhere other than at a sentence's start
    parent: bool = False  # named as a longer name's parent: a company of its own
    bare: bool = False  # seen once at least with no article or possessive word before it

    def seen(self, name: str, at_start: bool, last: str, after: str) -> None:
        """One more mention of the name, `last` the word before it (case folded) and `after`
        the text after it: "the Acme LX-40" is the model's article, Acme stands bare."""
        self.variants.append(name)
        self.inside = self.inside or not at_start
        self.bare = (
            self.bare
            or _HEAD_AFTER.match(after) is not None
            or not (last in _THING_BEFORE or last.endswith(("'s", "’s")))
        )


# A capitalised word or a code after a name: the name qualifies what follows.
_HEAD_AFTER = re.compile(r"\s+[A-Z0-9]")
# Words before a thing's name rather than a company's: "the Ondrel's display", "each Marlune",
# "its Travik".
_THING_BEFORE = frozenset("the each every this that its their our his her my your".split())


# A capitalised word after another word: the capital leads, so the pattern is tried only at
# capitals (a pattern that opens with the look behind is tried at every character).
# A bullet's mark ("- Recycled nickel ...: 20%") opens a line as a stop opens a sentence.
_INSIDE = re.compile(r"[A-Z](?<=[^\s.!?\"“]\s[A-Z])(?<!^[-–•*]\s[A-Z])[\w&-]*", re.M)


def legal_name(name: str) -> bool:
    """Whether a name ends with a legal form or corporate suffix ("Acme Co.", "Acme AB")."""
    words = name.split()
    return len(words) > 1 and (
        words[-1] in cue.LEGAL_WORDS or words[-1].rstrip(".,").casefold() in LEGAL_FORMS
    )


def settle(found: dict[str, Found], sentences: Sequence[Sentence], persons: set[str]) -> None:
    """Drops, vetoes and merges the found names by what the document says elsewhere."""
    # Proper names are capitalised mid-sentence too, also inside a longer name
    # ("the Vapag Allegro").
    # (`findall` gives the words without a Python step for each match.)
    inside = {word for s in sentences for word in _INSIDE.findall(s.text)}
    # A word the text uses as a place elsewhere ("near Vasadi", "Vasadi-based", "the city of
    # Vasadi") is no company on a verb alone ("Vasadi will host the plant"); one of the two groups
    # matches.
    placed = {near or based for s in sentences for near, based in cue.PLACED.findall(s.text)}
    # "in Lanxiu, Jiangxi": the province or state after a town is a place as well.
    placed |= {word for s in sentences for word in cue.TOWN_REGION.findall(s.text)}
    placed |= {word for s in sentences for word in SITE_AT.findall(s.text)}  # "a plant at Vasadi"
    for entry in found.values():
        entry.inside = entry.inside or entry.name in inside
        if entry.name in placed:
            entry.vetoes.add("place")
    # A person's name never names a company, nor does either half of it; but a name the text
    # also calls "a Michigan-based startup" was a company "saying" something, not a person.
    # ("Petra Marlow-Tanaka", then "Marlow-Tanaka said": a key parts its hyphens)
    persons = {part for word in persons for part in word.split("-")}
    for key in list(found):
        if (
            set(key.split()) <= persons
            and not any(rule == "descriptor" for rule, _, _ in found[key].strong)
            # "Moorfield Cell Co. built ...", then "Moorfield Cell says": a legal form somewhere
            # makes the name a company's, whatever it says later
            and not any(legal_name(v) for v in found[key].variants)
        ):
            del found[key]
    # "The GAO" after "the Government Accountability Office": the longer name's alias.
    for initials, longer in initials_owners([e.name for e in found.values()]).items():
        if initials not in found[name_key(longer)].aliases:
            found[name_key(longer)].aliases.append(initials)
    # An alias seen as its own name ("... (DOE)" then "the DOE") is the same company.
    # ('Acme Cells, Inc. ("Acme Cells")': an alias whose key is the name's own is no other name)
    for key, entry in list(found.items()):
        for alias in entry.aliases:
            if name_key(alias) == key:
                continue
            other = found.pop(name_key(alias), None)
            if other is not None and other is not entry:
                entry.strong += other.strong
                entry.weak += other.weak
                entry.kinds += other.kinds
                entry.countries += other.countries
    _merge_first_words(found)
    _model_names(found)
    _things(found)


def _things(found: dict[str, Found]) -> None:
    """A one-word name the text only ever writes after an article or a possessive ("the
    Ondrel's display", "the start-up's Ondrel") is a thing the text speaks of, a model or a
    vessel: a company's coined name stands alone. Only where no strong cue names an
    organisation and the name is never seen to act (a verb after it), and never initials."""
    for entry in found.values():
        if (
            not entry.bare
            and not entry.strong
            and not any(rule == "corporate verb" for rule, _, _ in entry.weak)
            and " " not in entry.name
            and not ACRONYM.match(entry.name)
            and not MIXED_ACRONYM.match(entry.name)
        ):
            entry.vetoes.add("product")


def _model_names(found: dict[str, Found]) -> None:
    """A word seen after a maker's name ("the Paxley Dart", then "the Dart will be built")
    is the maker's model: without a description of its own it names no company."""
    makers = {
        name_key(name)
        for entry in found.values()
        if entry.strong
        for name in (entry.name, *entry.aliases)
    }
    for entry in found.values():
        words = entry.name.split()
        if (
            len(words) != 2
            or entry.strong
            or entry.vetoes - {"product"}
            or name_key(words[0]) not in makers
        ):
            continue
        model = found.get(name_key(words[1]))
        if model is not None and model is not entry and not model.strong:
            model.vetoes.add("product")


def _merge_first_words(found: dict[str, Found]) -> None:
    """A name's first word used alone ("Tianli signed" after '"Tianli Energy"', "Shiomi rose"
    after "Shiomi Battery") is that company, when only one name starts with it and it is no
    place's name."""
    firsts: dict[str, set[str]] = {}
    for key, entry in found.items():
        if entry.vetoes or not entry.strong:
            continue  # "Nubanir Guletu" is a product; "Nubanir" is not it
        for name in (entry.name, *entry.aliases):
            words = name.split()
            if len(words) > 1 and len(words[0]) >= 4 and words[1][:1].isupper():
                firsts.setdefault(words[0], set()).add(key)
    for key in list(found):
        entry = found[key]
        owners = firsts.get(entry.name, set()) - {key}
        if " " in entry.name or "place" in entry.vetoes or entry.parent or len(owners) != 1:
            continue  # ("Its parent, Skarnes," is a company of its own)
        first = entry.name.casefold()
        if first in PLACE_WORDS or country_of(first) or first in NATIONALITIES:
            continue
        owner = found[next(iter(owners))]
        owner.strong += entry.strong
        owner.weak += entry.weak
        owner.aliases.append(entry.name)
        del found[key]
