"""A company's kind from what the text says it makes, where no kind's own noun describes it.

"Ardmore Group, which assembles battery packs for buses," or "Ardmore Group, a Tarnholt pack
maker," or "the Tarnholt developer of dry-electrode cathodes": the head noun of what the company
makes, assembles or develops says its kind; so does the product it launches ("unveiled the AG-1,
a sodium-ion cell"), the cells or vehicles the text says come from it ("cells imported from
Ardmore Group"), and the plant it builds for them ("will build a cell factory"). Packs, modules
and the materials cells are made of are a supplier's; cells and batteries a cell maker's; cars,
buses and scooters an automaker's. A buyer of cells is an automaker where the text says its
vehicles take them ("cells for Ardmore's American cars"). Only a kind the text left "other" is
read so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from evkb.kb.records.sentences import Sentence
from evkb.model import Company

OTHER = "other"

# The head nouns of what is made, each with the kind of its maker.
_MADE_KINDS = (
    (
        r"packs?|modules?|cathodes?|anodes?|separators?|electrolytes?|(?:cathode|anode)?\s*"
        r"materials?|hydroxide|carbonate|precursors?|chargers?",
        "supplier",
    ),
    (r"cells?|batter(?:y|ies)", "cell maker"),
    (
        r"cars?|vans?|buses|bus|trucks?|scooters?|vehicles?|motorcycles?|(?:two|three)-wheelers?",
        "automaker",
    ),
)
_HEAD = "|".join(words for words, _ in _MADE_KINDS)
_HEAD_KINDS = [(re.compile(words), kind) for words, kind in _MADE_KINDS]
# What a maker is called by what it makes: "pack maker", "developer of ... cathodes".
_MAKER = r"(?:makers?|producers?|assemblers?|developers?|manufacturers?|suppliers?|specialists?)"
_MAKES = (
    r"(?:makes|assembles|builds|produces|supplies|develops|manufactures|designs|sells|"
    r"started\s+selling|started\s+making)"
)
# The end of what is made: a clause's or phrase's start, not another noun ("battery packs").
_ENDS = (
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:for|to|in|at|and|or|that|which|with|from|since|on|under|near|"
    r"a|an|each|every|per|used)\b)"
)
# After the name: ", which assembles battery packs", ", a Tarnholt pack maker",
# ", the Tarnholt developer of dry-electrode cathodes".
_AFTER = re.compile(
    r"(?:\s+\([^()]{1,12}\))?,\s+(?:"
    rf"(?:which|that)\s+(?:also\s+|now\s+)?{_MAKES}\s+(?:[\w'’-]+\s+){{0,3}}?(?P<h1>{_HEAD}){_ENDS}|"
    rf"(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:(?P<h2>{_HEAD})\s+{_MAKER}|"
    rf"{_MAKER}\s+of\s+(?:[\w'’-]+\s+){{0,3}}?(?P<h3>{_HEAD}){_ENDS})"
    r")\b(?![\w-])"
)
# A launch the name makes, of a product it names and then says what it is: "Ardmore Group
# unveiled the AG-1, a sodium-ion cell", "has taken the wraps off Verdanta, a family of LMFP
# cells", "started mass production of Verdanta-2, a sodium-ion cell".
_LAUNCHED = re.compile(
    r"\s+(?:has\s+|have\s+)?(?:unveil(?:s|ed)|present(?:s|ed)|show(?:s|ed)|launch(?:es|ed)|"
    r"introduc(?:es|ed)|debut(?:s|ed)|taken\s+the\s+wraps\s+off|"
    r"start(?:s|ed)\s+(?:mass\s+)?production\s+of)\s+(?:the\s+|its\s+)?"
    r"[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,2},\s+(?:a|an)\s+(?:[\w'’()-]+\s+){0,8}?"
    rf"(?P<h1>{_HEAD}){_ENDS}"
)
# A plant the name builds for what it makes: "Ardmore Group will build a 16 GWh cell factory",
# "plans a cathode plant". (Not a battery or pack plant: carmakers build those too.)
_BUILDS = re.compile(
    r"\s+(?:will\s+|plans\s+to\s+|is\s+to\s+)?(?:build|builds|is\s+building|open|opens|plans)\s+"
    r"(?:a|an|its)\s+(?:first\s+|new\s+|second\s+)?(?:[\d.,]+\s*GWh\s+)?(?:[\w-]+-)?"
    r"(?P<h1>cells?|cathodes?|anodes?|precursors?|separators?|electrolytes?)\s+"
    r"(?:plant|factory|gigafactory|facility)\b"
)
# Before the name: "pack maker Ardmore Group", "the cathode producer Ardmore Group"; and where
# cells or vehicles come from: "cells imported from China's Ardmore Group", "batteries made by
# the Tarnholt manufacturer Ardmore Group" (a pack "from" a maker is often its cells' maker).
_BEFORE = re.compile(
    rf"\b(?:(?P<h1>{_HEAD})\s+{_MAKER}\s+|"
    r"(?P<h2>cells?|batter(?:y|ies)|cars?|buses|trucks?|scooters?|vehicles?)\s+"
    r"(?:made\s+by|built\s+by|supplied\s+by|imported\s+from|from)\s+"
    rf"(?:the\s+(?:[\w-]+\s+){{0,2}}?{_MAKER}\s+)?(?:[A-Z][\w.-]*['’]s\s+)?)$"
)


# What a buyer of cells puts them in, said after its name: "cells for Acme's American cars",
# "cells go into Acme cars", "Acme, which will take the output for commercial vans": the
# vehicles are the buyer's own, so it makes them. Read only of a company the text names as
# a buyer of cells ("cells for Acme", "a supply deal with Acme"): a fleet's or an operator's
# buses are bought, not made.
_VEHICLES = r"(?:cars|vans|buses|trucks|vehicles|scooters|motorcycles|evs|models)"
_BUYERS_VEHICLES = re.compile(
    rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?P<h1>{_VEHICLES})\b|"
    rf",\s+which\s+[^.;]{{0,60}}?\bfor\s+(?:[\w-]+\s+){{0,2}}?(?P<h2>{_VEHICLES})\b",
    re.I,
)
_BUYER = "buyer of cells"


def _kind(match: re.Match[str] | None) -> str:
    """The maker's kind of the head noun a match found, "" for none."""
    head = next((h for h in match.groups() if h), "") if match else ""
    return next((kind for pattern, kind in _HEAD_KINDS if pattern.fullmatch(head.casefold())), "")


def kinds_by_products(companies: Sequence[Company], sentences: Sequence[Sentence]) -> list[Company]:
    """`companies` with an "other" kind replaced by the one kind what the text says each makes
    gives (two that disagree give none)."""
    unknown = {c.id for c in companies if c.kind == OTHER}
    if not unknown:
        return list(companies)
    buyers = {c.id for c in companies if c.kind == OTHER and c.rule == _BUYER}
    made: dict[str, set[str]] = {}
    for sentence in sentences:
        text = sentence.text
        for ident, start, end in sentence.mentions:
            if ident not in unknown:
                continue
            before = text[max(0, start - 80) : start]
            after = (_AFTER.match(text, end), _LAUNCHED.match(text, end), _BUILDS.match(text, end))
            found: tuple[re.Match[str] | None, ...] = (*after, _BEFORE.search(before))
            if ident in buyers:
                found = (*found, _BUYERS_VEHICLES.match(text, end))
            for kind in map(_kind, found):
                if kind:
                    made.setdefault(ident, set()).add(kind)
    out = []
    for company in companies:
        kinds = made.get(company.id, set())
        out.append(replace(company, kind=kinds.pop()) if len(kinds) == 1 else company)
    return out
