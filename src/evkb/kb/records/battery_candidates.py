"""Battery products read by their evidence rather than by the frame that names them: a name
shaped like a model's ("RZ3", "QS-Na", "MW-21700X", "VaultCell 320", "Denvar P1") beside a
battery noun, in a paragraph that states a battery's figures, is a product whatever the words
around it; a name that extends a product named before ("Saltreve 2" after "Saltreve 1", "TZ-58 Evo"
after "TZ-58") is a generation of the same line. What a name may not be (a company, a place, a
chemistry's grade, the car or aircraft that uses the battery) is checked as everywhere else."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache

from evkb.kb.extract.gates import has_phrase, holds_any
from evkb.kb.records.battery_called import named_after
from evkb.kb.records.battery_name_checks import _COMPARED, _NOT_NAMES, _name_ok, vehicle
from evkb.kb.records.battery_names import BUSINESS_NOUNS, _products
from evkb.kb.records.battery_specs import specs
from evkb.kb.records.battery_storage_units import storage_units
from evkb.kb.records.battery_store import named_before
from evkb.kb.records.battery_words import _CHEMISTRY, _GRADE
from evkb.kb.records.context import CALENDAR_WORDS, PLACE_WORDS, Sentence, country_of
from evkb.model import Battery, Fact

# A model's shape: letters run into figures ("RZ3", "K2-Facet"), a short code and a word
# ("QS-Na", "TL-Na1"), letters and figures hyphened ("TZ-58", "MW-21700X"), a word with a capital
# inside it ("VaultCell", "SkyStack"), or a capitalised word and a small number ("Saltreve 2").
_CODE = (
    r"[A-Z][A-Za-z]{0,5}\d[\w-]*"
    r"|[A-Z]{1,4}-[A-Z][a-z]+\w*"
    r"|[A-Z][A-Za-z]{0,5}-\d[\w-]*"
    r"|[A-Z][a-z]{2,}[A-Z][a-z]+\w*"
)
# A variant written after the model: a number, a grade word, or the short forms of high
# power or capacity, long, standard or extended range ("the FQ-21700 HP").
_SUFFIX = (
    r"(?:\s+(?:\d{1,3}[A-Za-z]?|Evo|Plus|Pro|Max|Ultra|Lite|Neo|Prime|"
    r"HP|HC|HE|HD|HV|LR|SR|ER|XL|XR)(?![\w-]))?"
)
_MODEL = re.compile(
    rf"(?<![\w.-])(?P<name>(?:(?P<lead>[A-Z][A-Za-z]+)\s+)?(?:{_CODE}){_SUFFIX}(?![.,]\d)"
    rf"|(?:(?P<wlead>[A-Z][A-Za-z]+)\s+)?(?P<word>[A-Z][a-z]{{2,}})\s+(?:\d{{1,3}}|\d\.\d)"
    rf"(?!\d|[.,]\d|\s*(?:%|GWh|kWh|Wh|km|per|percent)))(?![\w-])"
)
# A battery's nouns, and how near one must sit to the name (in characters, either side).
_BATTERY_NOUN = re.compile(
    r"\b(?:cells?|batter(?:y|ies)|packs?|modules?|chemistry|platform|prismatic|pouch|"
    r"cylindrical|generation)\b",
    re.I,
)
_NEAR = 45
# The figures that say a paragraph is about a battery's specs.
_SPEC_UNITS = frozenset(["Wh/kg", "Wh/L", "kWh", "MWh", "km", "mi", "min", "GWh"])
_CYCLES = re.compile(r"\d[\d,]*\s+(?:(?:charge|full|charging)\s+)?cycles\b")
# Words a model-shaped name is never: a quarter, a fiscal year, a standard, a series of a list.
_NOT_MODELS = frozenset(
    """Q1 Q2 Q3 Q4 H1 H2 FY CY COVID-19 CO2 Model Series Phase Line Plant Unit Tier Level Scope
    Stage Round Class Euro Article Section Issue Episode Chapter Figure Table Grade Type
    Category Zone Area Route Highway Building Hall Block Lot Page Vol No Number Top Group Day
    Week Year Part Item Lane Road Street Channel Studio Gate Terminal Station Camp Fund""".split()
)
_LONGER_NAME = re.compile(r"\s+(?:of\s+|de\s+)?[A-Z][a-z]")
_GENERATION_BEFORE = re.compile(
    r"\b(?i:first|second|third|fourth|fifth|next|new)[- ]generation\s+$"
)
# A business or its site, and also a project, farm or line: "the RZ3 line" names no product.
_BUSINESS_AFTER = re.compile(rf"\s+(?:{BUSINESS_NOUNS}|sites?|projects?|farms?|lines?)\b", re.I)
# "the Pelvo 2 cells", "the Pelvo 2.5, the pack that ...": the noun after the name or heading
# its apposition.
_NOUN_AFTER = re.compile(
    rf"\s+(?:[\w-]+\s+)?{_BATTERY_NOUN.pattern}|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_BATTERY_NOUN.pattern}",
    re.I,
)
# "the home battery, the Pelvo Home 9", "the pack offered, the Pelvo Power 50", "the battery
# system is the Pelvo 2": the noun, a word of its own, then a comma or a copula.
_APPOSED_TO_NOUN = re.compile(
    rf"{_BATTERY_NOUN.pattern}(?:\s+[a-z]+)?(?:\s*[,:–—-]|\s+(?:is|was))\s*(?:the\s+)?$", re.I
)
_FISCAL = re.compile(r"^(?:FY|CY|Q|H)\d", re.I)
# The name of what uses the battery: "the batteries for its PW-19", "the PW-19's pack", "the
# Vazamenem electric pickup".
_USER_BEFORE = re.compile(
    r"\b(?:for|in|into|powers?|powering|fitted\s+to|fit\s+to|on)\s+(?:the|its|their|a|an)?\s*"
    r"(?:[\w-]+\s+){0,2}$"
)
_USER_AFTER = re.compile(
    r"^(?:['’]s\b|\s+(?:will\s+)?(?:fly|flies|drive|drives|seats?|carr(?:y|ies)\s+(?:a|an|\d))|"
    r"\s+(?:electric\s+)?(?:car|saloon|sedan|SUV|pickup|truck|van|bus|aircraft|plane|jet|"
    r"scooter|motorbike|motorcycle|hatchback|coupé|coupe|crossover|model|tractor|boat|drone)s?\b)"
)
_VEHICLE_BEFORE = re.compile(
    r"\b(?:car|saloon|sedan|SUV|pickup|truck|van|bus|aircraft|plane|scooter|motorbike|"
    r"hatchback|coupé|crossover|model|drone|e-bike)s?\s*,?\s*(?:the\s+)?$",
    re.I,
)


# What every name _MODEL reads holds, tested first as it is much cheaper.
_ROUGH_MODEL = re.compile(
    r"[A-Z](?:[A-Za-z]{0,5}-?\d|-[A-Z]|[a-z]+[A-Z]|[a-z]{2,}\s+\d{1,3}(?!\d))"
)
_NOUN_WORDS = (
    "cell",
    "batter",
    "pack",
    "module",
    "chemistr",
    "platform",
    "prismatic",
    "pouch",
    "cylindrical",
    "generation",
)
_SHAPED = re.compile(rf"(?:[A-Z][A-Za-z]+\s+)?(?:{_CODE}){_SUFFIX}|[A-Z][a-z]{{2,}}\s+\d{{1,2}}")
# "We call it the Millpond R2. It's a lithium iron phosphate prismatic cell": the next
# sentence of the paragraph says what the name is.
_DESCRIBED_NEXT = re.compile(
    r"^(?:It|It['’]s|This|They|The\s+new\s+\w+)\b[^.;]{0,60}?\b(?:cells?|batter(?:y|ies)|packs?|modules?)\b"
)


# A model's name as the subject the sentence opens with: "The K2, which ...", "K2 uses ...".
_OPENING_MODEL = re.compile(rf"(?:The\s+)?(?P<name>(?:{_CODE}){_SUFFIX})(?=,|\s+(?:is|uses|has)\b)")


def name_unfit(name: str) -> bool:
    """Whether a model-shaped name is a quarter, a fiscal year, a standard or a place's."""
    first = name.split()[0]
    return (
        first in _NOT_NAMES
        or first in _NOT_MODELS
        or bool(_FISCAL.match(first))
        or first.lower() in CALENDAR_WORDS
        or bool(_GRADE.fullmatch(name) or _CHEMISTRY.fullmatch(name))
    )


def model_shaped(name: str) -> bool:
    """Whether a name is shaped like a model's ("P7", "QX-3", "VaultCell 320", "Saltreve 1"), not
    a word's."""
    return _SHAPED.fullmatch(name) is not None


def _spec_paragraph(sentence: Sentence, following: Sequence[Sentence]) -> bool:
    """Whether the sentence, or one of the next two, states a battery's figure or chemistry
    ("the same battery: the TZ-58, built by ... The pack stores 58 kWh")."""
    near = (sentence, *following[:2])
    # The figures' units first: no pattern is run where one of them says it.
    if any(q.unit in _SPEC_UNITS for s in near for q in s.quantities):
        return True
    return any(
        ("cycles" in s.text and _CYCLES.search(s.text)) or _CHEMISTRY.search(s.text) for s in near
    )


def _model_ok(
    name: str, start: int, match: re.Match[str], sentence: Sentence, described: bool
) -> bool:
    words = name.split()
    if name_unfit(name):
        return False
    if any(w.lower() in PLACE_WORDS or country_of(w) for w in words):
        return False
    text = sentence.text
    end = match.end("name")
    if _USER_AFTER.match(text[end:]) or _VEHICLE_BEFORE.search(text[max(0, start - 30) : start]):
        return False
    if _LONGER_NAME.match(text, end):
        return False  # "CellCon Europe": a longer proper name, an event's or a firm's
    if _COMPARED.search(text, max(0, start - 30), start):
        # "15 percent more than the S2 cell we make today": the measure the product is
        # compared with, not one the sentence presents.
        return False
    # "the battery plant off Interstate 95": a noun that names a business is not the product's.
    nouns = [
        m
        for m in _BATTERY_NOUN.finditer(text, max(0, start - _NEAR), end + _NEAR)
        if not _BUSINESS_AFTER.match(text, m.end())
    ]
    if not nouns:
        return described and not match.group("word")
    if match.group("word") and not (
        _NOUN_AFTER.match(text, end)
        or _APPOSED_TO_NOUN.search(text, max(0, start - 40), start)
        or _BATTERY_NOUN.fullmatch(match.group("word"))  # "the Pelvo Pack 40"
    ):
        # "Saltreve 1" names a product as "Saltreve 1 cells" or "the first generation, Saltreve 1"
        return False
    # "the batteries for its PW-19": the battery noun before the name, and a word that makes
    # the name what the battery goes into.
    before = all(m.end() <= start for m in nouns)
    return not (before and _USER_BEFORE.search(text[nouns[-1].end() : start]))


def _subject_model(sentence: Sentence) -> list[tuple[str, int, int, str]]:
    """ "The K2, which we start producing in 2026, uses lithium manganese iron phosphate": a
    model's name that opens a sentence stating its chemistry is a battery's, though the
    sentence writes no battery noun."""
    subject = _OPENING_MODEL.match(sentence.text)  # anchored: most sentences fail at once
    if subject is None or not _CHEMISTRY.search(sentence.text, subject.end("name")):
        return []
    name = subject.group("name")
    if not _name_ok(name, sentence) or name_unfit(name):
        return []
    if any(w.lower() in PLACE_WORDS or country_of(w) for w in name.split()):
        return []
    return [(name, subject.start("name"), subject.end("name"), "candidate")]


def model_named(
    sentence: Sentence, following: Sequence[Sentence]
) -> list[tuple[str, int, int, str]]:
    """(name, start, end, "candidate") of the model-shaped names beside a battery noun in a
    sentence whose paragraph states a battery's figures; a company's name and a model code
    ("Denvar P1") is one product's name."""
    text = sentence.text
    noun = holds_any(text, _NOUN_WORDS)
    # Without a battery noun of its own, the sentence's name is one the next describes.
    described = not noun and bool(
        following
        and following[0].passage is sentence.passage
        and _DESCRIBED_NEXT.match(following[0].text)
    )
    if not (noun or described):
        return _subject_model(sentence)
    if not _ROUGH_MODEL.search(text):
        return []  # no capital run into a figure or a capital
    found: list[tuple[str, int, int, str]] = []
    for match in _MODEL.finditer(text):
        name = match.group("name")
        start, end = match.start("name"), match.end("name")
        lead = match.group("lead") or match.group("wlead")
        if lead and (lead in _NOT_NAMES or lead in _NOT_MODELS or lead.lower() in CALENDAR_WORDS):
            # "The QX-3 platform": a word that opens the sentence is not the name's.
            name, start = name[len(lead) :].lstrip(), match.start("lead") + len(lead) + 1
            lead = ""
        owned = [m for m in sentence.mentions if m[1] < end and start < m[2]]
        if owned:
            # "Denvar P1": the maker's name and a model code; a company's name alone is no product.
            if not lead or owned[0][1] != start or owned[0][2] >= end - 1:
                continue
        elif not _name_ok(name, sentence):
            continue
        if not _model_ok(name, start, match, sentence, described):
            continue
        if name == vehicle(sentence):
            continue
        if generation := _GENERATION_BEFORE.search(text, max(0, start - 25), start):
            # "A second-generation VaultCell": the generation is part of the product's name.
            name, start = f"{generation.group().strip()} {name}", generation.start()
        found.append((name, start, end, "candidate"))
    # The paragraph's figures last: the costliest test, for the few names left.
    return found if found and _spec_paragraph(sentence, following) else []


# "up from 160 Wh/kg for the Diradar 2", "the predecessor Boreal 1": an older generation, which
# the specs' own rules read.
_COMPARED_BEFORE = re.compile(
    r"\b(?:than|from|predecessor|successor|replac\w*|compared|versus|vs\.?|over|unlike)\b"
    r"[^.;]{0,25}$",
    re.I,
)
_FAMILY_SUFFIX = re.compile(
    r"\s+(?:\d{1,3}[A-Za-z]?|Evo|Plus|Pro|Max|Ultra|Lite|Neo|Prime|XL|II|III|IV)(?![\w-])"
)

_ROMAN_SUFFIX = re.compile(r"\s+(?:II|III|IV)(?![\w-])")
_NUMBERED_CODE = re.compile(r"([A-Z]{1,4}-)\d{1,2}")
_CODE_NUMBER = re.compile(r"\d{1,2}(?![\w-]|[.,]\d)")


@lru_cache(maxsize=1024)
def _stem(name: str) -> str:
    """A line's name without its generation's mark: "Saltreve" of "Saltreve 2", "TZ-58" of
    "TZ-58 Evo"."""
    name = name.split("generation ")[-1]
    marks = list(_FAMILY_SUFFIX.finditer(name))
    return name[: marks[-1].start()] if marks and marks[-1].end() == len(name) else name


@lru_cache(maxsize=1024)
def _family(name: str) -> str:
    """The line a product's name numbers its generations in ("Saltreve" of "Saltreve 1", "TZ-58"),
    or "" for a word ("Standard", "LFP battery")."""
    stem = _stem(name)
    if len(stem) < 2 or not stem[0].isupper():
        return ""
    return stem if stem != name or model_shaped(stem) else ""


def extended_names(sentence: Sentence, batteries: dict[str, Battery]) -> list[tuple[str, str]]:
    """(name, maker) of the products a sentence names by extending a product's name named
    before ("Saltreve 2" after "Saltreve 1", "TZ-58 Evo" after "TZ-58"): a generation of the same
    maker's line, however the sentence frames it."""
    text = sentence.text
    found: list[tuple[str, str]] = []
    seen = set()
    for battery in batteries.values():
        stem = _family(battery.name) if battery.maker else ""
        # "the Brook II" after "the Brook": a word's name numbers a generation in Roman numerals
        # only ("Standard 64" is a trim's figure, "Brook II" a second generation).
        marks = _FAMILY_SUFFIX
        if not stem and battery.maker and len(battery.name) > 2 and battery.name[0].isupper():
            stem, marks = battery.name, _ROMAN_SUFFIX
        elif stem and (code := _NUMBERED_CODE.fullmatch(stem)):
            # "SX-2" after "SX-1": a code numbers its generations after its hyphen.
            stem, marks = code.group(1), _CODE_NUMBER
        if not stem or stem in seen:
            continue
        seen.add(stem)
        at = text.find(stem)
        while at >= 0:
            before = text[at - 1 : at] if at else " "
            suffix = marks.match(text, at + len(stem))
            if (
                suffix
                and (marks is not _ROMAN_SUFFIX or text[max(0, at - 4) : at].lower() == "the ")
                and not before.isalnum()
                and before != "-"
                and not _COMPARED_BEFORE.search(text, max(0, at - 30), at)
            ):
                name = text[at : suffix.end()].strip()
                after = text[suffix.end() : suffix.end() + 1]
                # "Brio 3s" after "Brio 3": the product's plural, not its next generation.
                plural = name[-1:] == "s" and name[:-1] == battery.name
                if (
                    name != battery.name
                    and not plural
                    and not after.isalnum()
                    and after not in "%-"
                ):
                    found.append((name, battery.maker))
            at = text.find(stem, at + len(stem))
    return list(dict.fromkeys(found))


def line_maker(name: str, maker: str, batteries: dict[str, Battery]) -> str:
    """The maker of the one line a product's name belongs to ("SkyStack" of "SkyStack 2"),
    when another maker's product of that line is known; else ""."""
    stem = _stem(name)
    if len(stem) < 3:
        return ""
    owners = {
        b.maker for b in batteries.values() if b.maker and b.name != name and _stem(b.name) == stem
    }
    return owners.pop() if len(owners) == 1 and maker not in owners else ""


def chemistry_before(
    sentence: Sentence,
    sentences: Sequence[Sentence],
    maker: str,
    source: str,
    known: Sequence[str] = (),
) -> list[Fact]:
    """The one chemistry of the sentence or two just before a product is first named, when
    they name no other company nor product (`known`: the names of the products found so far):
    "... on the Saltreve family of lithium manganese-rich (LMR) cells. The first generation,
    Saltreve 1, ..." (the cell just introduced is the one); not "A Saltreve 3 is an NMC pack ...
    The previous Saltreve 2 managed 151 Wh/kg" (the chemistry of the product named before)."""
    for earlier in reversed(sentences[max(0, sentence.index - 2) : sentence.index]):
        if any(m[0] != maker for m in earlier.mentions) or _products(earlier):
            return []
        if any(name in earlier.text and has_phrase(earlier.text, name) for name in known):
            return []
        if not earlier.mentions and earlier.passage is not sentence.passage:
            return []  # a paragraph before that names no maker may speak of anyone's cells
        chosen = [f for _, f in specs(earlier, source) if f.attribute == "chemistry"]
        if chosen:
            labels = {f.value for f in chosen}
            return [dataclasses.replace(chosen[0], confidence=0.5)] if len(labels) == 1 else []
    return []


def prose_products(
    sentence: Sentence,
    sentences: Sequence[Sentence],
    batteries: dict[str, Battery],
    lineage: dict[str, str],
) -> list[tuple[str, int, int, str]]:
    """The products a sentence of prose names: by the frames copy names them in
    (`battery_names`), in a sentence of their own ("It's called Saltmarsh."), as a line's next
    generation ("Saltreve 2 follows", whose maker `lineage` learns), else by their evidence."""
    named = _products(sentence)
    if not named and sentence.index:
        named = named_after(sentence, sentences[max(0, sentence.index - 2) : sentence.index])
    if not named and batteries and (extended := extended_names(sentence, batteries)):
        for name, owner in extended:
            at = sentence.text.find(name)
            named.append((name, at, at + len(name), "candidate"))
            lineage[name] = owner
    if not named:
        # "Penlow Marine's PM-Tide system, a 2.2 MWh ...", "Each Corrib holds 4 MWh"
        named = storage_units(sentence)
    if not named:
        # A name read by its evidence (a model's shape, a battery noun, a paragraph of specs);
        # one named before is `named_again`'s, whose maker is known.
        following = sentences[sentence.index + 1 : sentence.index + 3]
        named = [
            n for n in model_named(sentence, following) if not named_before(n[0], "", batteries)
        ]
    return named
