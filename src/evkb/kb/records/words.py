"""Words of English every record rule reads: kinds of organisation, countries, places, calendar.

Knowledge of English only, never of a document: a word here must hold for any news article about
the battery industry.
"""

from __future__ import annotations

import re
from functools import lru_cache

from evkb.kb.extract.gates import folded_pattern, holds_any
from evkb.kb.records.country_words import MORE_COUNTRIES

# --- kinds of organisation -------------------------------------------------------------------

# Nouns a news text uses for an organisation, and the kind each says.
_KIND_NOUNS: dict[str, tuple[str, ...]] = {
    "automaker": (
        "automaker",
        "automakers",
        "carmaker",
        "carmakers",
        "car maker",
        "car makers",
        "car manufacturer",
        "auto maker",
        "auto giant",
        "auto manufacturer",
        "car company",
        "automobile manufacturer",
        "vehicle maker",
        "vehicle manufacturer",
        "ev maker",
        "ev makers",
        "electric vehicle maker",
        "electric-vehicle maker",
        "ev manufacturer",
        "ev start-up",
        "ev startup",
        "truck maker",
        "carmaking giant",
        "auto group",
        "car group",
        "electric car maker",
        "electric carmaker",
        "marque",
        "truckmaker",
        "bus maker",
        "busmaker",
        "bus manufacturer",
        "scooter maker",
        "motorcycle maker",
        "two-wheeler maker",
        "three-wheeler maker",
        "assembler",
        "vehicle assembler",
    ),
    "cell maker": (
        "battery maker",
        "battery makers",
        "battery manufacturer",
        "battery producer",
        "battery giant",
        "battery company",
        "battery supplier",
        "battery firm",
        "battery start-up",
        "battery startup",
        "battery developer",
        "cell maker",
        "cell makers",
        "cell manufacturer",
        "cell giant",
        "cell supplier",
        "cell producer",
        "battery cell maker",
        "battery-maker",
        "cell-maker",
        "battery group",
    ),
    "supplier": (
        "supplier",
        "materials supplier",
        "materials company",
        "materials firm",
        "materials maker",
        "miner",
        "mining company",
        "mining group",
        "lithium producer",
        "lithium miner",
        "lithium company",
        "cathode maker",
        "cathode producer",
        "anode maker",
        "chemical company",
        "chemicals group",
        "chemicals company",
        "refiner",
        "parts maker",
        "component maker",
        "components maker",
        "chipmaker",
        "recycler",
        "recycling company",
    ),
    "government": (
        "government",
        "ministry",
        "regulator",
        "agency",
        "department",
        "authority",
        "transport authority",
        "port authority",
        # a lender or investor the state owns: "the state development bank Acme"
        "state bank",
        "state-owned bank",
        "state development bank",
        "state-owned development bank",
        "state lender",
        "state-owned lender",
        "state investor",
        "public bank",
        "public lender",
        "public investor",
        "regional public investor",
        "promotional bank",
    ),
    "research firm": (
        "market researcher",
        "research firm",
        "research house",
        "consultancy",
        "consulting firm",
        "analytics firm",
        "data provider",
        "market tracker",
        "research company",
        "think tank",
        "market research firm",
        "research group",
        "analyst firm",
        "researcher",
        "tracker",
        "research institute",
        "market research institute",
    ),
    "media": (
        "newspaper",
        "news agency",
        "news outlet",
        "outlet",
        "publication",
        "broadcaster",
        "magazine",
        "business daily",
        "daily",
        "news service",
        "website",
        "trade publication",
    ),
    "association": (
        "association",
        "federation",
        "trade body",
        "industry body",
        "lobby group",
        "trade group",
    ),
    "other": (
        "company",
        "firm",
        "group",
        "conglomerate",
        "trading house",
        "start-up",
        "startup",
        "spin-off",
        "spinoff",
        "spin-out",
        "spinout",
        "scale-up",
        "utility",
        "brand",
        "giant",
        "maker",
        "manufacturer",
        "producer",
        "pension fund",
        "investment fund",
        "wealth fund",
        "sovereign fund",
        "impact fund",
        "venture fund",
        "infrastructure fund",
        "innovation fund",
        "hedge fund",
        "private equity fund",
        "labour fund",
        "labor fund",
        "development fund",
        "state fund",
        "national fund",
        "state enterprise",
        "state company",
        "state-owned company",
        "state-run company",
        "state firm",
        "state-owned firm",
        "state-owned enterprise",
        "trade union",
        "labour union",
        "labor union",
        "stock exchange",
        "law firm",
        "investment company",
        "investment firm",
        "venture capital firm",
        "private equity firm",
        "environmental group",
        "campaign group",
        "pressure group",
        "operator",
        "bus operator",
        "fleet operator",
        "grid operator",
        "network operator",
        "shipyard",
        "shipbuilder",
        "insurer",
        "reinsurer",
        "lender",
        "carrier",
        "airline",
        "distributor",
        "retailer",
        "society",
        "classification society",
        "concessionaire",
        "contractor",
        "engineering firm",
        "construction company",
        "logistics company",
        "shipping company",
        "shipping line",
        "trading company",
        "holding company",
        "leasing company",
        "rental company",
        "energy company",
        "energy group",
        "power company",
        "oil company",
        "oil major",
        "steelmaker",
        "electronics maker",
        "electronics giant",
        "tech giant",
        "technology company",
        "technology group",
        "tech company",
        "cooperative",
        "co-operative",
        "developer",
        "project developer",
        "integrator",
        "asset manager",
        "fund manager",
    ),
}
KIND_OF_NOUN = {noun: kind for kind, nouns in _KIND_NOUNS.items() for noun in nouns}
_NOUNS = sorted(KIND_OF_NOUN, key=len, reverse=True)
KIND_NOUN = r"(?:" + "|".join(re.escape(n).replace(r"\ ", r"[\s-]") for n in _NOUNS) + r")"

# Words a name of these kinds carries ("Ministry of ...", "... Research").
NAME_KIND_WORDS = (
    (
        "government",
        (
            "ministry",
            "department",
            "agency",
            "government",
            "commission",
            "office",
            "administration",
            "commissioners",
            "authority",
            "committee",
            "senate",
            "congress",
            "parliament",
            "legislature",
            "board",
            "municipality",
            "school district",
            "shire",
            "county council",
            "city council",
            "district council",
            "borough council",
            "regional council",
            "region",
            "directorate",
            "customs",
            "tribunal",
            "court",
            "metropolitan city",
            "revenue service",
            "geological survey",
            "statistical institute",
        ),
    ),
    (
        "research firm",
        ("research", "insights", "analytics", "intelligence", "consulting", "ratings"),
    ),
    ("media", ("news", "times", "journal", "post", "press", "media", "herald", "tribune")),
    ("association", ("association", "federation", "council", "alliance", "society")),
    ("cell maker", ("battery", "batteries", "energy solution", "amperex", "cell", "cells")),
    ("automaker", ("motor", "motors", "automotive", "auto", "cars")),
)


def kind_of_noun(noun: str) -> str:
    return KIND_OF_NOUN.get(
        " ".join(noun.lower().replace("-", " ").split()), KIND_OF_NOUN.get(noun.lower(), "other")
    )


# --- countries -----------------------------------------------------------------------------

_COUNTRIES = {
    "China": "chinese china prc",
    "Japan": "japanese japan",
    "South Korea": "korean korea south-korean",
    "United States": "american us u.s. usa america",
    "Germany": "german germany",
    "France": "french france",
    "United Kingdom": "british uk u.k. britain",
    "Sweden": "swedish sweden",
    "Norway": "norwegian norway",
    "Italy": "italian italy",
    "Spain": "spanish spain",
    "India": "indian india",
    "Taiwan": "taiwanese taiwan",
    "Canada": "canadian canada",
    "Australia": "australian australia",
    "Netherlands": "dutch netherlands",
    "Switzerland": "swiss switzerland",
    "Vietnam": "vietnamese vietnam",
    "Indonesia": "indonesian indonesia",
    "Finland": "finnish finland",
    "Poland": "polish poland",
    "Hungary": "hungarian hungary",
    "Belgium": "belgian belgium",
    "Austria": "austrian austria",
    "Chile": "chilean chile",
    "Brazil": "brazilian brazil",
    "Mexico": "mexican mexico",
    "Turkey": "turkish turkey",
    "Israel": "israeli israel",
    "Thailand": "thai thailand",
    "Morocco": "moroccan morocco",
    "Denmark": "danish denmark",
    "Portugal": "portuguese portugal",
    "Czech Republic": "czech",
    "Slovakia": "slovak slovakia",
    "Ireland": "irish ireland",
    "Nigeria": "nigerian nigeria",
    "Kenya": "kenyan kenya",
    "Ghana": "ghanaian ghana",
    "Egypt": "egyptian egypt",
    "Argentina": "argentine argentina argentinian",
    "Malaysia": "malaysian malaysia",
    "Philippines": "filipino philippine philippines",
    "Estonia": "estonian estonia",
    "Romania": "romanian romania",
    "Serbia": "serbian serbia",
}
# Each country's words, its adjective first ("emirati uae"): the rest are its names.
COUNTRY_WORD_LISTS = tuple(_COUNTRIES.values()) + tuple(MORE_COUNTRIES.values())
NATIONALITY_OF_WORD = {w: country for country, words in _COUNTRIES.items() for w in words.split()}
COUNTRY_OF_WORD = NATIONALITY_OF_WORD | {
    w: country for country, words in MORE_COUNTRIES.items() for w in words.split()
}
COUNTRY_WORD = (
    r"(?:South\s+Korean?|North\s+American|"
    + "|".join(
        sorted(
            (re.escape(w.title() if "." not in w else w.upper()) for w in COUNTRY_OF_WORD),
            key=len,
            reverse=True,
        )
    )
    + r")"
)


@lru_cache(maxsize=8192)  # asked of the words of every name run, and of places
def country_of(word: str) -> str:
    word = " ".join(word.lower().split())
    if word.startswith("south korea"):
        return "South Korea"
    return COUNTRY_OF_WORD.get(word, "")


# Places and peoples, lower case: capitalised without being organisations.
PLACE_WORDS = frozenset(COUNTRY_OF_WORD) | frozenset(
    """africa asia europe european asian african oceania americas pacific atlantic arctic middle
    east west north south central eastern western northern southern united states kingdom
    republic emirates arab korea latin nordic scandinavia scandinavian balkan baltic gulf
    california texas nevada michigan ohio kentucky tennessee georgia carolina alabama indiana
    arizona new york washington florida illinois virginia ontario quebec bavaria saxony lower
    upper state province county city region london paris berlin tokyo beijing shanghai shenzhen
    seoul osaka detroit brussels munich stockholm madrid rome milan silicon valley hong kong
    wales scotland england uk eu europe's world""".split()
)
CALENDAR_WORDS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday today yesterday q1 q2 q3 q4 h1 h2""".split()
)


# Words that make a percent nearby a candidate share: of a market, or of everybody's total.
SHARE_TALK = re.compile(
    r"\bshares?\b|\bmarket\b|\baccount(?:s|ed|ing)?\s+for\b|\bof\s+(?:the\s+)?(?:global|worldwide|total|all)\b",
    re.I,
)
SHARE_TALK = folded_pattern(SHARE_TALK)
# A word every match of SHARE_TALK holds, in lower case.
_SHARE_TALK_WORDS = ("share", "market", "account", "global", "worldwide", "total", "all")


@lru_cache(maxsize=1024)  # asked twice of each sentence
def share_talk(text: str) -> bool:
    """Whether SHARE_TALK matches; its words are tested first, being much cheaper (each
    sentence is asked by the companies and the shares stage, and most hold none)."""
    return holds_any(text, _SHARE_TALK_WORDS) and SHARE_TALK.search(text) is not None
