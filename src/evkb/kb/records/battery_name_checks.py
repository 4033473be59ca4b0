"""What a battery product's name may not be: a company's name, a place, a chemistry or its
grade, a word of the language, the battery it is compared with, or the car that uses it; nor a
name a product's noun only leads on to a firm's or a site's head noun ("the Tarvenholm pack
assembler", "its Quissac cell line"), nor an industrial zone's or park's name ("the Harlund
Gate free zone"), nor a sum's currency mark and figure ("Rs40 billion"). A name its maker's
word only opens, going on to a model's designation ("the Acme Vorna 450"), is a product's, not
a company's."""

from __future__ import annotations

import re

from evkb.kb.records.battery_words import _CHEMISTRY, _GRADE, _NOUN
from evkb.kb.records.context import CALENDAR_WORDS, PLACE_WORDS, Sentence, country_of

_NOT_NAMES = frozenset(
    """EV EVs Li-ion Lithium Battery The A An Its Their New Electric Solid Sodium Nickel It They
    These Those We He She Each Every Both
    Iron Next Our Your This That Chinese Japanese Korean European American
    Company Issuer Group Corporation Board""".split()
)  # (the last: what a filing defines its company as, 'AS Acme (the "Company")')

_COMPARED = re.compile(
    r"\b(?:than|compared\s+(?:to|with)|unlike|versus|vs\.?|replac\w*|over|instead\s+of"
    r"|rather\s+than)\b[^.;]{0,25}$",
    re.I,
)


def _name_ok(name: str, sentence: Sentence) -> bool:
    first = name.split()[0]
    if first in _NOT_NAMES or first.lower() in CALENDAR_WORDS:
        return False  # "presented its product on Tuesday, an LFP cell": a day, not a name
    if _CHEMISTRY.fullmatch(name) or name.isdigit():
        return False
    if _GRADE.fullmatch(name):
        return False  # "the prismatic NMC 811 cell": a chemistry's grade, not a product's name
    if any(w.lower() in PLACE_WORDS or country_of(w) for w in name.split()):
        return False
    # A company's own name before "battery" is its maker, not a product; nor is a name that
    # holds one ("Start-up Vinig Mobility uses NMC cells"). A name the maker's word only opens,
    # going on to a model's designation, is the product's ("the Acme Vorna 450").
    start = sentence.text.find(name)
    end = start + len(name)
    if start >= 0 and _HEADED_BY_BUSINESS.match(sentence.text, end):
        return False  # "the Tarvenholm pack assembler", "its Quissac cell line"
    if start >= 0 and (
        _PLACE_AFTER.match(sentence.text, end) or _PLACE_BEFORE.search(sentence.text, 0, start)
    ):
        return False  # "at the Harlund Gate free zone", 'the Industrial Park "Lumen Hill"'
    if start >= 0 and _SCALED.match(sentence.text, end):
        return False  # "will invest Rs40 billion": a sum, its currency's mark and figure
    return not any(
        s < end and start < e and not (s == start and maker_opens(sentence.text, e, end))
        for _, s, e in sentence.mentions
    )


# A product's noun that only modifies the head of a business or a site after it: "the Tarvenholm
# pack assembler", "a Morlavik battery-pack maker", "its Quissac cell line". The name before it says
# where the firm or the line is, or whose it is, and names no product.
_HEADED_BY_BUSINESS = re.compile(
    r"\s+(?:(?:battery|cell|pack|module)[\s-])?(?:battery|batteries|cell|cells|pack|packs|module|"
    r"modules)\s+(?:(?:assembly|production|manufacturing)\s+)?(?:makers?|manufacturers?|"
    r"assemblers?|producers?|suppliers?|recyclers?|start-ups?|startups?|firms?|companies|company|"
    r"lines?|plants?|factory|factories|gigafactory|facility|site|hub|campus)\b(?!-)"
)


# The name of an industrial zone or park, written before its head noun or after it (in quotes
# or not): a place, where a plant is, not what it makes.
_PLACE_AFTER = re.compile(
    r"\s+(?:(?:special|economic|free|industrial|trade|business|technology|science|logistics|"
    r"export|processing|enterprise|eco-industrial)\s+){0,3}(?:zone|park|estate)s?\b"
)
_PLACE_BEFORE = re.compile(r"\b(?:Park|Zone|Estate)\s+[\"“'‘]?$")


# A scale word right after the name: the name is a sum's currency mark and figure.
_SCALED = re.compile(r"\s*(?:billion|million|trillion|bn|mn|crore|lakh)\b", re.I)


# What follows a maker's word in a product's name: a model's designation holding a figure
# ("Vorna 450", "Fenro-3", "D3", "Pack 60"), never the rest of a company's name.
DESIGNATION = re.compile(r"(?:[A-Z][\w+-]*\s+)?(?=[\w+-]*\d)[A-Z0-9][\w+-]*")
# A vehicle's kind written after its model's name: "the Acme Z9 scooter" is no battery.
_VEHICLE_AFTER = re.compile(
    r"\s+(?:electric\s+)?(?:cars?|hatchbacks?|saloons?|sedans?|SUVs?|pickups?|trucks?|vans?|"
    r"bus|buses|coupés?|coupes?|scooters?|motorbikes?|motorcycles?|mopeds?|e-bikes?|bikes?|"
    r"tractors?|boats?|ferry|ferries|aircraft|planes?|vehicles?|models?)\b"
)


def maker_opens(text: str, mention_end: int, end: int) -> bool:
    """Whether the product name ending at `end` goes on, after its maker's word that ends at
    `mention_end`, with a model's designation ("Vorna 450" of "the Acme Vorna 450"), the name of
    no vehicle ("the Acme Z9 scooter")."""
    rest = text[mention_end:end]
    return (
        rest[:1].isspace()
        and bool(DESIGNATION.fullmatch(rest.strip()))
        and not _VEHICLE_AFTER.match(text, end)
    )


# "Supun's Nupo uses the company's 77 kWh LFP battery": the Nupo is a car, its battery the product.
_USES = re.compile(
    rf"\s+(?:uses|comes\s+with|carries|gets|runs\s+on|is\s+(?:fitted|equipped|powered)\s+"
    rf"(?:with|by)|with\s+(?:one|a|an|its))\s+[^.;]{{0,50}}?\b{_NOUN}\b"
)


_CAR_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:The|A|An|Its|Their|Our|This|That)\s)([A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?)$"
)


def vehicle(sentence: Sentence) -> str:
    """The name of a vehicle the sentence says uses a battery, or ""."""
    text = sentence.text
    for uses in _USES.finditer(text):
        car = _CAR_BEFORE.search(text, max(0, uses.start() - 40), uses.start())
        if car and car.group(1) not in _NOT_NAMES:
            return car.group(1)
    return ""


def without_maker(name: str, start: int, sentence: Sentence) -> str:
    """A product's name written at `start` without the maker's name that opens it ("E4" of
    "Corra E4", "Brick 13" of "Solmyra Brick 13"); the name itself when no company's opens it."""
    end = start + len(name)
    for _, a, b in sentence.mentions:
        if a == start and b < end and sentence.text[b:end].strip():
            return sentence.text[b:end].strip()
    return name
