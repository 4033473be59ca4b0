"""A company's kind from what the text says it makes, where no kind's own noun describes it.

"Ardmore Group, which assembles battery packs for buses," or "Ardmore Group, a Tarnholt pack
maker," or "the Tarnholt developer of dry-electrode cathodes": the head noun of what the company
makes, assembles or develops says its kind, after an apposition too ("Ardmore Group, a Tarnholt
start-up that sells home batteries"); so does the product it launches ("unveiled the AG-1, a
sodium-ion cell", "unveiled the AG-7 cell"), the cells or vehicles the text says come from it
("cells imported from Ardmore Group", "buses, built by Ardmore Group"), and the plant for cells
or their materials its clause builds, plans or pauses ("has started construction of its second
cell factory", "will spend $2bn on a cathode plant", "its first gigafactory"). Packs, modules
and the materials cells are made of are a supplier's; cells and batteries a cell maker's; cars,
buses and scooters an automaker's. A buyer of cells is an automaker where the text says its
vehicles take them ("cells for Ardmore's American cars"). Only a kind the text left "other" is
read so, except in a descriptor's own noun phrase (`maker_kind`): "a pack assembler", "the
largest supplier of pouch cells" say what the noun alone would not.
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
        # (a home battery or a storage system is the integrator's, made of a cell maker's cells)
        r"home\s+batter(?:y|ies)(?:\s+systems?)?|(?:battery|storage)\s+(?:storage\s+)?systems?|"
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
    r"(?:makes|assembles|builds|produces|supplies|develops|manufactures|designs|sells|rebuilds|"
    r"started\s+selling|started\s+making)"
)
# The end of what is made: a clause's or phrase's start, not another noun ("battery packs").
_ENDS = (
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:for|to|in|at|and|or|that|which|with|from|since|on|under|near|"
    r"through|into|across|by|"
    r"a|an|each|every|per|used)\b)"
)
# After the name: ", which assembles battery packs", ", a Tarnholt pack maker",
# ", the Tarnholt developer of dry-electrode cathodes".
_AFTER = re.compile(
    r"(?:\s+\([^()]{1,12}\))?,\s+(?:"
    rf"(?:which|that)\s+(?:also\s+|now\s+)?{_MAKES}\s+(?:[\w'’-]+\s+){{0,3}}?(?P<h1>{_HEAD}){_ENDS}|"
    # ", a Tarnholt start-up that makes sodium-ion cells", ", a small firm in Brenmouth which
    # sells home batteries": what the company described does, after the words describing it
    rf"(?:a|an|the)\s+(?:[\w'’-]+\s+){{1,5}}?(?:in\s+[A-Z][\w'’-]*\s+)?(?:that|which)\s+"
    rf"(?:also\s+|now\s+)?{_MAKES}\s+(?:[\w'’-]+\s+){{0,3}}?(?P<h4>{_HEAD}){_ENDS}|"
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
# A launch of a product named with the head noun after it, no apposition: "Ardmore Group
# unveiled the AG-7 cell", ", a start-up founded in 2019, released its HS-1 cell", "began
# pilot production of the Corvell solid-state cell". Cells and materials only: a carmaker
# shows its own packs.
_LAUNCHED_NAMED = re.compile(
    r"(?:,[^,.;]{1,60},)?\s+(?:has\s+|have\s+)?(?:also\s+)?(?:unveil(?:s|ed)|present(?:s|ed)|"
    r"show(?:s|ed)|launch(?:es|ed)|releas(?:es|ed)|introduc(?:es|ed)|debut(?:s|ed)|"
    r"(?:start(?:s|ed)|began|begins)\s+(?:pilot\s+|mass\s+|series\s+)?production\s+of)\s+"
    r"(?:the|its|their)\s+(?:new\s+)?(?=[\w.-]*[A-Z0-9])[\w.-]+(?:\s+(?=[\w.-]*[A-Z0-9])[\w.-]+){0,2}"
    r"\s+(?:[a-z][\w-]*\s+){0,2}?"
    rf"(?P<h1>cells?|cathodes?|anodes?|separators?|electrolytes?){_ENDS}"
)
# A plant for cells or cells' materials, or a gigafactory, that the clause of a name before it
# builds, opens, plans, pauses or spends on: "Ardmore Group has started construction of its
# second battery cell factory", "broke ground in May on a $1.4 billion cell factory", ", the
# start-up that promised the country's first lithium cell plant", "will spend 2.2 billion yuan
# on a 6 GWh sodium-ion cell plant". Read where the plant's noun stands, back to the name.
_PLANT = re.compile(
    r"\b(?:(?P<h1>cells?|cathodes?|anodes?|precursors?|separators?|electrolytes?|hydroxide)"
    r"\s+(?:plant|factory|gigafactory|facility|refinery)|(?P<h2>gigafactory))\b",
    re.I,
)
_PLANT_VERB = re.compile(
    r"\b(?:build|builds|building|built|construction\s+of|broke\s+ground|breaks?\s+ground|"
    r"pause[sd]?|spend|spends|spent|invest|invests|invested|open|opens|plans?|planned|promised|"
    r"expand(?:s|ed|ing)?)\b"
)
# What a name is the object of, not the clause's subject: "a loan to Ardmore Group for its
# cell plant", "the battery arm of the conglomerate Ardmore Group, broke ground on ...",
# "backed by the investment company Ardmore Group, will build ...".
_OBJECT_BEFORE = re.compile(
    r"\b(?:(?:to|from|by|for|with|of|than)\s+(?:[\w'’-]+\s+){0,6}|(?:at|in|on)\s+(?:the\s+)?)$",
    re.I,
)
# Where the name's own phrase opens: the sentence's start or the last comma, colon, dash or
# bracket before it.
_PHRASE_OPENS = re.compile(r"[,;:(—–]")
_PLANT_GAP = 140
_BREAK = re.compile(r"[;:!?]|\.(?!\d)")  # (a decimal point is no break: "$1.4 billion")
# Before the name: "pack maker Ardmore Group", "the cathode producer Ardmore Group"; and where
# cells or vehicles come from: "cells imported from China's Ardmore Group", "batteries made by
# the Tarnholt manufacturer Ardmore Group" (a pack "from" a maker is often its cells' maker).
_BEFORE = re.compile(
    rf"\b(?:(?P<h1>{_HEAD})\s+{_MAKER}\s+|"
    r"(?P<h2>cells?|batter(?:y|ies)|cars?|buses|trucks?|scooters?|vehicles?)"
    # ("electric buses, built by the Tarnholt maker Ardmore Group": an aside just as well)
    # ("cells bought from", "the cells come from", "cells from Zandovia and, since May, from")
    r"(?:,?\s+(?:made|built|supplied)\s+by|\s+(?:imported|bought|sourced|purchased)\s+from|"
    r"\s+(?:come|comes|came)\s+from|\s+from)\s+"
    r"(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s+and(?:\s*,[^,;.]{1,40},)?\s+from\s+)?"
    rf"(?:the\s+(?:[\w-]+\s+){{0,2}}?{_MAKER}\s+)?(?:[A-Z][\w.-]*['’]s\s+)?)$"
)


# A descriptor's phrase that ends in what is made and a maker's noun: "a Tarnholt pack
# assembler", "the battery pack maker", "home-battery maker", "a cathode producer"; and what
# follows a maker's noun: "the Tarnholt maker of battery packs for buses".
_MADE_MAKER = re.compile(rf"(?:^|\s)(?P<h1>{_HEAD})\s+{_MAKER}$")
_MAKER_OF = re.compile(rf"\s+of\s+(?:[\w'’-]+\s+){{0,3}}?(?P<h1>{_HEAD}){_ENDS}")


def maker_kind(phrase: str, after: str = "", noun_kind: str = OTHER) -> str:
    """The kind a descriptor says by what its maker's noun is of, "" where the descriptor
    (`phrase`, up to its noun, and the words `after` it) names nothing made. It decides where
    the noun alone says another kind (`noun_kind`: "pack assembler" is a supplier though an
    assembler alone is a carmaker, "the largest supplier of cells" a cell maker), and where the
    noun says none, of materials and vehicles ("separator maker"): a plain "pack maker" or
    "maker of battery modules" is as often the cell maker its own name says it is."""
    said = " ".join(phrase.casefold().replace("-", " ").split())
    if not re.search(rf"\b{_MAKER}$", said):
        return ""
    made = _MADE_MAKER.search(said) or _MAKER_OF.match(after.casefold())
    head = made.group("h1") if made else ""
    if noun_kind == OTHER and _PACKS.fullmatch(head):
        return ""
    if _BATTERIES.fullmatch(head) and said.endswith(("assembler", "assemblers")):
        return "supplier"  # cells are made; batteries assembled of them are packs
    if _BATTERIES.fullmatch(head) and said.endswith(("supplier", "suppliers")):
        return ""  # ("the largest supplier of replacement batteries" may sell anyone's)
    return _kind(made)


_PACKS = re.compile(r"packs?|modules?")
_BATTERIES = re.compile(r"batter(?:y|ies)")


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
    if head.casefold() == "gigafactory":
        return "cell maker"
    return next((kind for pattern, kind in _HEAD_KINDS if pattern.fullmatch(head.casefold())), "")


def _plant_builders(sentence: Sentence, unknown: set[str]) -> list[tuple[str, str]]:
    """(company, kind) for each plant of `_PLANT` and the name whose clause builds it: the
    nearest name before it, no sentence's break between, a verb of building between, and the
    name its phrase's subject: no preposition's object, no name before it in its phrase
    ("Ardmore wins Zandovia order and will build", "Ardmore and Zandovia will build": the
    plant is the first's or a venture's)."""
    text = sentence.text
    out = []
    for plant in _PLANT.finditer(text):
        before = [m for m in sentence.mentions if m[2] <= plant.start()]
        if not before:
            continue
        ident, start, end = max(before, key=lambda m: m[2])
        gap = text[end : plant.start()]
        if ident not in unknown or len(gap) > _PLANT_GAP or _BREAK.search(gap):
            continue
        opens = max((m.end() for m in _PHRASE_OPENS.finditer(text, 0, start)), default=0)
        if (
            _PLANT_VERB.search(gap)
            and not _OBJECT_BEFORE.search(text[opens:start])
            and not any(opens <= m[1] and m[2] <= start for m in before if m[0] != ident)
        ):
            out.append((ident, _kind(plant)))
    return out


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
            after = (
                _AFTER.match(text, end),
                _LAUNCHED.match(text, end),
                _LAUNCHED_NAMED.match(text, end),
            )
            found: tuple[re.Match[str] | None, ...] = (*after, _BEFORE.search(before))
            if ident in buyers:
                found = (*found, _BUYERS_VEHICLES.match(text, end))
            for kind in map(_kind, found):
                if kind:
                    made.setdefault(ident, set()).add(kind)
        if _PLANT.search(text):
            for ident, kind in _plant_builders(sentence, unknown):
                made.setdefault(ident, set()).add(kind)
    out = []
    for company in companies:
        kinds = made.get(company.id, set())
        out.append(replace(company, kind=kinds.pop()) if len(kinds) == 1 else company)
    return out
