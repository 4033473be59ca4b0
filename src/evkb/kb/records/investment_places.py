"""Where and when a plant or a sum is, and in which dollar: the place a sentence names, the
year a plant starts, and what a bare "$" stands for in the copy of a country with its own."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from evkb.kb.extract.gates import (
    finditer_at,
    folded,
    folded_pattern,
    holds,
    holds_any,
    places_of,
)
from evkb.kb.records.company_cues import SITED, TITLES
from evkb.kb.records.context import CALENDAR_WORDS, Sentence, country_of
from evkb.kb.units import CURRENCY_CODES

# A word of a plant or of building one ("gigafactory", "production line", "broke ground").
_PLANT_WORD = (
    r"\b(?:plant|plants|factory|factories|gigafactory|gigafactories|facility|facilities|works|site|"
    r"refinery|refineries|smelter|mill|complex|(?:production|assembly|manufacturing|pilot)\s+(?:lines?|bases?)|"
    # "a second cell line", "a new separator line": a line named by what it makes
    r"(?:cell|pack|module|separator|cathode|anode|electrode|coating|film|foil|precursor)\s+lines?|"
    r"(?:battery|cell|industrial)\s+bases?|"
    r"the\s+line|broke\s+ground|break(?:s|ing)?\s+ground|ground-?breaking)\b"
)
# "Its capacity in Hungary (40 GWh, start 2027)": a maker's capacity in a named place.
_CAPACITY_IN = r"\bcapacity\s+in\s+(?-i:(?=[A-Z]))"
PLANT = re.compile(f"{_PLANT_WORD}|{_CAPACITY_IN}", re.I)
# PLANT in two: the words run folded (see `gates.Folded`; the part that heeds case keeps the
# whole from it), the capacity only where the sentence says "capacity". No match of one starts
# with the other's first word, so the first of the two is PLANT's.
_PLANT_WORD_FOLDED = folded_pattern(re.compile(_PLANT_WORD, re.I))
_CAPACITY_IN_PLACE = re.compile(_CAPACITY_IN, re.I)
# What every match of PLANT holds, in lower case: most sentences name no plant.
PLANT_WORDS = (
    *("plant", "factor", "facilit", "works", "site", "refiner", "smelter", "mill", "complex"),
    *("line", "base", "ground", "capacity"),
)


# "a new A$250 million debt facility", "a revolving credit facility": a loan, not a plant.
_CREDIT_BEFORE = re.compile(
    r"\b(?:debt|loan|credit|revolving|term|syndicated|financing|bridge|liquidity)\s+$", re.I
)


@lru_cache(maxsize=1024)  # asked of a sentence by the investments stage several times
def plant_in(text: str) -> re.Match[str] | None:
    """The first word of a plant or of building one in the text, if any (PLANT's match)."""
    if not holds_any(text, PLANT_WORDS):
        return None
    word = next(
        (
            m
            for m in _PLANT_WORD_FOLDED.finditer(text)
            if not _CREDIT_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ),
        None,
    )
    if "capacity" in folded(text):
        capacity = _CAPACITY_IN_PLACE.search(text)
        if capacity is not None and (word is None or capacity.start() < word.start()):
            return capacity
    return word


# "in the Tarapacá free-trade zone", "the Morvale industrial park": a zone named by its
# place, the kind of zone in lower case; the zone is the place.
_ZONE = (
    r"(?:industrial|free[-\s]trade|free|(?:special\s+)?economic|business|science|technology|"
    r"hi-tech|high-tech|logistics|export\s+processing)\s+(?:zone|park|estate|area|cluster)\b"
)
_PARTICLE = r"\s+(?:de(?:\s+la)?|del|dos?|das?|di|du|des|della|nad|pod|an\s+der|am|im|sur|upon)\s+"
_PLACE = re.compile(
    r"\b(?:in|at|near|outside)\s+(?:the\s+(?:city|town|village|municipality|county|district|"
    r"province|prefecture|region|state|(?:industrial|business|technology|science)\s+"
    r"(?:estate|park|zone))\s+of\s+|"
    # "in the Qinzhou Economic Development Zone": a named zone or park takes "the"
    r"the\s+(?=(?:[A-Z][\w'’-]+\s+){1,4}(?:(?:Zone|Park|District|Estate|Valley|Area)\b|"
    rf"{_ZONE}))|"
    # "in the Brackenfold area", "in the Halvorby zone": a place's area, the place named
    rf"the\s+(?=[A-Z][\w'’-]+\s+(?:zone|area)\b))?(?P<place>[A-Z][\w.'’-]+(?:(?:\s+|,\s+|"
    # "in Villa del Serrano", "in Horná Lúka nad Váhom": a particle in lower case inside the name
    rf"{_PARTICLE})[A-Z][\w.'’-]+){{0,3}}(?:\s+{_ZONE})?)"
)
# A row of a table written as text: "Acme Cells SA, Defesebo (Spain): €1.2bn, 20 GWh, ...".
ROW_PLACE = re.compile(
    r"(?:\s+(?:SA|AG|SE|NV|AB|AS|Oy|GmbH|Inc|Ltd|Corp|Co|SpA|SAS)\.?)?(?:,\s+"
    r"(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s*(?:\([^)]{1,30}\))?\s*:|"
    # "Acme AS | Fernmoor (NO) | cathode | €210m": a row whose cells pipes or tabs part
    r"\s*[|\t]\s*(?P<cell>[A-Z][^|\t()\d]{1,40}?)\s*(?:\([^)]{1,30}\))?\s*[|\t])"
)
# "Acme County": the county "in the county" means, the last named.
COUNTY = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+County\b")
IN_THE_COUNTY = re.compile(r"\b(?:in|near)\s+the\s+(?:same\s+)?county\b", re.I)
# "its Kagoshima works", "the new Lucca plant": a plant called by its place.
_NAMED_PLANT = re.compile(
    # ("The Brackenfold plant will cost", "our Brackenfold plant", "its planned Brackenfold
    # plant": a sentence's first word, the speaker's own, a word of its stage between)
    r"\b(?:[Ii]ts|[Tt]heir|[Tt]he|[Oo]ur|a|new)\s+(?:(?:planned|proposed|existing|future|"
    r"flagship|current|first|second|third|new)\s+)?"
    r"(?P<place>[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)\s+"
    # "the Brackenfold cell plant", "its Brackenfold lithium hydroxide refinery", "its Brackenfold
    # campus": what the plant makes may stand between.
    r"(?:(?:cell|battery|cathode|anode|precursor|pack|module|recycling|lithium|hydroxide)"
    r"\s+){0,2}(?:plant|factory|gigafactory|works|facility|site|refinery|campus|base|complex)\b"
    # "at its Himeji Plant": a Japanese release capitalises the plant's name whole.
    r"|\b(?:[Ii]ts|[Tt]heir|[Tt]he|[Oo]ur)\s+(?P<named>[A-Z][a-z][\w-]*)\s+(?:Plant|Factory|Works)\b"
)
# A continent's or a side's adjective names no plant's place ("its first European plant").
_REGIONS = frozenset(
    (
        *("European", "Asian", "African", "American", "Nordic", "Scandinavian", "Baltic"),
        *("Western", "Eastern", "Northern", "Southern", "Central", "Overseas", "Global"),
    )
)
_SEAT_BEFORE = re.compile(r"\b(?:based|headquartered|registered|listed)\s+$", re.I)
_OTHERS_BEFORE = re.compile(
    r"\b(?:partners?|customers?|clients?|buyers?|makers|carmakers|automakers|investors?|users?|"
    r"markets?)\s+$",
    re.I,
)
# "trucks sold in the Varnholt region", "which distributes storage systems in West Lisk":
# where the goods go, not where they are made (unless a word of making comes between:
# "exports packs assembled in X")
_SOLD_BEFORE = re.compile(
    r"\b(?:sold|sells?|selling|distribut(?:e|es|ed|ing|ors?)|export(?:s|ed|ing)?|"
    r"market(?:s|ed|ing))\b(?:\s+(?!(?:built|made|assembled|produced|manufactured)\b)"
    r"[\w'’-]+){0,4}\s+$",
    re.I,
)
_HAS_TITLE = re.compile(rf"\b{TITLES}\b", re.I)
_SPOKEN_BEFORE = re.compile(
    r"\b(?:announced|said|told\s+(?:reporters|journalists|analysts|investors)|spoke|"
    r"presented|unveiled\s+the\s+plans?)(?:\s+on\s+\w+|\s+at\s+a\s+[\w\s]{1,25}?)?\s*$",
    re.I,
)
# What a bare "$" is in the copy of a country with its own dollar: the dollar written out
# ("A$", "Canadian dollars") or a dateline's province or state ("HALIFAX, N.S. -", "PERTH, WA").
# A "$" the copy marks as American ("US$") stays USD.
_CA_PROVINCE = r",\s+(?:Ont|Que|B\.C|Alta|Man|Sask|N\.S|N\.B|Nfld|P\.E\.I)\."
_AU_STATE = r",\s+(?:NSW|Vic|Qld|WA|SA|Tas|NT|ACT)\b"
_HOME_DOLLAR = (
    (
        "CAD",
        re.compile(
            r"\bC(?:A)?\$\d|\bCanadian\s+dollars?\b|"
            rf"^[A-Z\u00c0-\u00dd.' -]+{_CA_PROVINCE}",
            re.M,
        ),
    ),
    (
        "AUD",
        re.compile(
            r"\bAU?\$\d|\bAustralian\s+dollars?\b|"
            rf"^[A-Z.' -]+{_AU_STATE}",
            re.M,
        ),
    ),
)
# What a match of each holds (gates.py): its words, else the province after a comma (a pattern
# that starts with a comma is quick to rule out, and most copy says neither).
_HOME_GATES = (
    (("C$", "CA$", "Canadian"), re.compile(_CA_PROVINCE)),
    (("A$", "AU$", "Australian"), re.compile(_AU_STATE)),
)


# The countries with a dollar of their own, by name and adjective (the first word gates).
_DOLLAR_COUNTRIES = (
    ("NZD", ("New", "Kiwi"), re.compile(r"\bNew\s+Zealand(?:ers?)?\b|\bKiwi\b")),
    # a country's own provinces or states name it too (a province, a state)
    (
        "AUD",
        ("Australia", "Queensland", "New", "Tasmania"),
        re.compile(r"\bAustralia(?:n|ns)?\b|\bQueensland\b|\bNew\s+South\s+Wales\b|\bTasmania\b"),
    ),
    (
        "CAD",
        ("Canad", "Qu", "Ontario", "British", "Alberta", "Manitoba", "Saskatchewan", "Nova"),
        re.compile(
            r"\bCanad(?:a|ian|ians)\b|\bQu[ée]bec\b|\bOntario\b|\bBritish\s+Columbia\b|"
            r"\bAlberta\b|\bManitoba\b|\bSaskatchewan\b|\bNova\s+Scotia\b"
        ),
    ),
    ("SGD", ("Singapore",), re.compile(r"\bSingapore(?:an|ans)?\b")),
    ("HKD", ("Hong",), re.compile(r"\bHong\s+Kong\b")),
    ("TWD", ("Taiwan",), re.compile(r"\bTaiwan(?:ese)?\b")),
)
# The United States named ("North America", "Latin America" are continents, not it).
_AMERICA = re.compile(
    r"\bU\.S\.(?!\$)|\bUS\b(?!\$)|\bUnited\s+States\b|"
    r"(?<!North )(?<!South )(?<!Latin )(?<!Central )\bAmerica(?:n|ns)?\b|\bUSD\b"
)


def home_dollar(sentences: Sequence[Sentence]) -> str:
    """The currency a bare "$" stands for in this document: CAD or AUD where the copy says
    so, a dollar country's own where the copy is about it alone, else "" (the US dollar)."""
    text = "\n".join(s.text for s in sentences[:40])
    if "$" not in text and "dollar" not in text:
        return ""
    homes = [
        code
        for (code, signs), (words, province) in zip(_HOME_DOLLAR, _HOME_GATES)
        if (holds(text, words) or province.search(text)) and signs.search(text)
    ]
    if homes:
        return homes[0] if len(homes) == 1 else ""
    # Copy about one country with a dollar of its own, naming it twice or more and the United
    # States never, or a third as often, writes its own dollar as "$" ("Timaru ... New
    # Zealand ... $38 million"; "the plants of Ontario and the United States" in a
    # provincial daily that names its province seven times is a neighbour; "... will spend
    # $38 million on a plant in the United States" in New Zealand copy naming it twice is
    # American money).
    named = [
        (code, times)
        for code, words, rx in _DOLLAR_COUNTRIES
        if holds(text, words) and (times := count_opening(rx, words, text)) >= 2
    ]
    if len(named) == 1 and 3 * len(_AMERICA.findall(text)) <= named[0][1]:
        return named[0][0]
    return ""


def count_opening(pattern: re.Pattern[str], words: tuple[str, ...], text: str) -> int:
    """How many times a pattern every match of which opens with one of `words` as written (a
    country's names in _DOLLAR_COUNTRIES) matches in the text, as `findall` counts: tried
    only where a word stands, not at every character of the document's first 40 sentences."""
    return sum(1 for _ in finditer_at(pattern, text, places_of(text, words)))


def place_of(sentence: Sentence, is_name: Callable[[str], bool]) -> str:
    """The place a plant or investment is in: the plant's own name ("its Kagoshima works"),
    else after the plant word when there is one."""
    named = _NAMED_PLANT.search(sentence.text)
    group = ("place" if named.group("place") else "named") if named else ""
    if (
        named
        and not is_name(named.group(group))
        and not country_of(named.group(group))
        and named.group(group).split()[0] not in _REGIONS  # "its first European plant"
        and not any(s <= named.start(group) < e for _, s, e in sentence.mentions)
    ):
        return named.group(group)
    plant = plant_in(sentence.text)
    matches = list(_PLACE.finditer(sentence.text))
    # After the plant word ("a plant in X"), else after the sum ("8 billion yuan into a venture
    # in Bengbu"), before any place that only sets the scene ("In China, ...").
    money = next((q for q in sentence.quantities if q.unit in CURRENCY_CODES), None)
    pivot = plant.start() if plant else sentence.local(money)[0] if money else -1
    if pivot >= 0:
        matches = [m for m in matches if m.start() > pivot] + [
            m for m in matches if m.start() <= pivot
        ]
    for match in matches:
        place = match.group("place").rstrip(",.")
        words = place.replace(",", " ").split()
        if (
            is_name(place)
            or words[0].lower() in CALENDAR_WORDS
            or words[0][0].isdigit()
            or SITED.search(words[-1])  # "a stake in Nevada-based X": where X sits
        ):
            continue
        if any(s <= match.start("place") < e for _, s, e in sentence.mentions):
            continue
        if any(
            sentence.local(q)[0] <= match.start("place") < sentence.local(q)[1]
            for q in sentence.quantities
        ):
            continue  # "estimated at PLN 2.4 billion": a currency's code, not a place
        if _SEAT_BEFORE.search(sentence.text, max(0, match.start() - 20), match.start()):
            continue  # "which is based in Dayton": where it sits, not where it builds
        if _OTHERS_BEFORE.search(sentence.text, max(0, match.start() - 20), match.start()):
            continue  # "a partner in Panama", "for cathode makers in Asia": where others are
        if _SOLD_BEFORE.search(sentence.text, max(0, match.start() - 60), match.start()):
            continue  # "light trucks sold in the Varnholt region": where the goods go
        if _SPOKEN_BEFORE.search(sentence.text, max(0, match.start() - 40), match.start()):
            continue  # "announced on Monday in Erfurt": where it was said, not built
        # "at Port Pirie, Energy Minister Jane Lowe said": the place ends where a title starts.
        parts = place.split(", ")
        cut = next((n for n, p in enumerate(parts) if _HAS_TITLE.search(p)), len(parts))
        if cut == 0:
            continue
        return ", ".join(parts[:cut]) + (
            _zone_town(sentence, match.end("place"), is_name) if cut == len(parts) else ""
        )
    return ""


# "in the Varnholt industrial estate in Lisk Harbour", "at the Quenby Free Trade Zone near
# Tamsworth": a zone, park or estate and the town it lies in, which the copy names right after.
_ZONE_END = re.compile(r"\b(?:Zone|Park|Estate|zone|park|estate)$")
_ZONE_TOWN = re.compile(
    r"\s+(?:in|near|outside)\s+(?P<town>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\b"
)


def _zone_town(sentence: Sentence, end: int, is_name: Callable[[str], bool]) -> str:
    """ ", Town" when the place ending at `end` is a zone the sentence places in a town."""
    if not _ZONE_END.search(sentence.text, 0, end):
        return ""
    town = _ZONE_TOWN.match(sentence.text, end)
    if town is None or is_name(town.group("town")):
        return ""
    if any(s <= town.start("town") < e for _, s, e in sentence.mentions):
        return ""
    return f", {town.group('town')}"


# "founded in 2019", "since 2021": a year of the company's past, not of the plant.
_PAST_YEAR = re.compile(
    r"\b(?:founded|established|set\s+up|created|incorporated|listed|since)\s+(?:in\s+)?$", re.I
)
# "production is expected to start in 2027", "when it opens in 2028": the plant's year
# ("with the first cars due in 2028", "due to open in 2028")
# ("Commercial operation is expected in the fourth quarter of 2028", "to be in service in
# 2027", "commissioning is planned for 2029")
_START_YEAR = re.compile(
    r"\b(?:start\w*|begin\w*|began|open\w*|operational|online|output|produc\w*|complet\w*|"
    r"running|operating|operation|service|commission\w*|roll(?:s|ed|ing)?\s+off|"
    r"ready|from|due)\b[^.;]{0,40}$",
    re.I,
)
# "Construction starts in the first quarter of 2027, and the first phase is to be in production
# in 2028": the year building starts is not the plant's when the sentence states another.
_BUILDING_YEAR = re.compile(
    r"\b(?:construction|groundbreaking|ground-breaking|(?:building|site|civil)\s+works?)\b"
    r"[^.;,]{0,40}$",
    re.I,
)
# "raising capacity to 40 GWh by 2027", "to 7,500 tonnes by the end of 2027", "which will add
# 8 GWh and 900 jobs in 2027": the year the output or staff a sum pays for is reached.
_TARGET_YEAR = re.compile(
    r"\b(?:GWh|gigawatt-hours|tonnes|tons|jobs)(?:\s+(?:a|per)\s+year)?\s+(?:by|in)\s+"
    r"(?:(?:the\s+)?(?:end|middle|start)\s+of\s+|mid-|early\s+|late\s+)?$",
    re.I,
)


def year_of(sentence: Sentence, near: int) -> str:
    """The year stated closest to the figure (within a clause's reach), else the year a
    plant starts, or ""."""
    text, offset = sentence.text, sentence.start
    years = [
        q
        for q in sentence.quantities
        if q.unit == "year"
        and not _PAST_YEAR.search(text, max(0, q.start - offset - 30), q.start - offset)
    ]
    built = [
        q
        for q in years
        if _BUILDING_YEAR.search(text, max(0, q.start - offset - 60), q.start - offset)
    ]
    if built and len(built) < len(years):
        years = [q for q in years if q not in built]
    close = [q for q in years if abs(q.start - near) <= 80]
    if close:
        return str(int(min(close, key=lambda q: abs(q.start - near)).value))
    starting = [
        q
        for q in years
        if _START_YEAR.search(text, max(0, q.start - offset - 60), q.start - offset)
        or _TARGET_YEAR.search(text, max(0, q.start - offset - 40), q.start - offset)
    ]
    return str(int(starting[0].value)) if starting else ""
