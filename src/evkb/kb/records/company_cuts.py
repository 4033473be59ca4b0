"""Where a run of capitalised words is cut at its edges: the body named after "of the" in
"Members of the Senate Committee", the next phrase after "and" in "Acme and Swedish investment
company ..." or "Acme Holding and Korea's Aurivale"; and where it goes on past a comma, a body
named by the list of its remits and its country ("Innovation, Trade and Industry Canada")."""

from __future__ import annotations

import re

from evkb.kb.records import company_cues as cue
from evkb.kb.records.company_forms import NOUN_ENDINGS, ORG_HEADS
from evkb.kb.records.context import PLACE_WORDS, country_of


def of_the(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The name in a run joined by "of the": "Members of the Senate Committee on ...", "the
    Green Transit Facility of the Acme Bank" are some of a body or a programme it runs, and the
    body of two words or more after "of the" is the name ("Friends of the Moors" is one)."""
    if len(tokens) < 5:
        return tokens  # no room for "<head> of the <two words>" (most runs are shorter)
    at = next(
        (
            i
            for i in range(1, len(tokens) - 3)
            if tokens[i][2] == "of" and tokens[i + 1][2] == "the"
        ),
        0,
    )
    if not at:
        return tokens
    head = tokens[at - 1][2]
    members = (
        at == 1
        and head[1:].islower()
        and head.endswith("s")
        and not head.endswith("ss")
        and head.casefold() not in cue.ORG_WORDS | cue.ORG_HEADS
    )
    document = at == 1 and head.casefold() in _DOCUMENTS  # "Certificate of the Guild ..."
    return (
        tokens[at + 2 :]
        if members or document or head.casefold() in cue.PROGRAMME_HEADS
        else tokens
    )


# Papers a body issues, named by it: "Certificate of the Guild of Traders", "Decision of the
# Regional Assembly" are the body's, not a body of their own.
_DOCUMENTS = frozenset(
    """certificate report letter decision minutes resolution ruling judgment judgement opinion
    notice statement communique communiqué register""".split()
)


def next_phrase(
    tokens: list[tuple[int, int, str]], text: str, nationalities: frozenset[str]
) -> list[tuple[int, int, str]]:
    """A run without its last "and <word>" when that word opens the next phrase: a nationality
    ("Vuori Metalli and Swedish investment company ...") or a country's possessive ("Acme
    Holding and Korea's Aurivale"), never a second name of its own."""
    if len(tokens) < 3 or tokens[-2][2] != "and":
        return tokens
    last = tokens[-1]
    if last[2].casefold() in nationalities:
        return tokens[:-2]
    if text.startswith(("'s ", "’s "), last[1]) and country_of(last[2]):
        return tokens[:-2]
    return tokens


# Legal forms after which a name is complete: "of <place>" after one says where the company is
# registered ("Acme Holdings Limited of Ghana"), where "Electricity Company of Ghana" goes on.
_CLOSING_FORMS = frozenset("ltd ltd. limited inc inc. plc llc gmbh".split())


def registered_in(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A run without the "of <place>" after its legal form: "Acme Holdings Limited of Trinidad
    and Tobago" is Acme Holdings Limited, a company of that country."""
    if len(tokens) < 4:
        return tokens  # no room for "<name> <form> of <place>" (most runs are shorter)
    at = next(
        (
            i
            for i in range(1, len(tokens) - 2)
            if tokens[i + 1][2] == "of"
            and (tokens[i][2].casefold() in _CLOSING_FORMS or tokens[i][2] in cue.LEGAL_WORDS)
        ),
        0,
    )
    if not at:
        return tokens
    place = [t[2] for t in tokens[at + 2 :]]
    if country_of(" ".join(place)) or all(w == "and" or w.casefold() in PLACE_WORDS for w in place):
        return tokens[: at + 1]
    return tokens


def riverbank(tokens: list[tuple[int, int, str]]) -> bool:
    """Whether a run is a side of a river or a region ("the East Bank", "West Bank Tarlo"):
    a bare point of the compass before "Bank" names a place, never a lender."""
    return len(tokens) > 1 and tokens[1][2] == "Bank" and tokens[0][2] in _COMPASS


_COMPASS = frozenset("East West North South".split())


def vessel_of(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The line in "MV Northern Star of Acme Lines": a ship named by its prefix ("MV", "MS",
    "MT") is no company, the line it is "of" is."""
    if len(tokens) < 4 or tokens[0][2] not in _VESSEL_PREFIXES:
        return tokens
    at = next((i for i in range(2, len(tokens) - 1) if tokens[i][2] == "of"), 0)
    return tokens[at + 1 :] if at else tokens


_VESSEL_PREFIXES = frozenset("MV MS MT M/V".split())


# The rest of a list of remits after its first word: more title-cased words after commas, "and",
# then up to four words more, the last the country's or the body's head.
_REMITS_AFTER = re.compile(
    r"(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+((?:\s+[A-Z][a-z]+){0,4})(?![\w-])"
)


def remits_end(text: str, start: int, end: int, plain: set[str]) -> int:
    """Where a one-word run goes on as a body named by the list of its remits, then its
    country or its head ("Innovation, Trade and Industry Canada", "Energy, Mines and Resources
    Ministry"): the run's word a noun of English (an abstract noun's ending, or the document
    writes it in lower case), every word of the list title case; 0 where it does not
    ("Germany, France and Italy" lists places)."""
    if text[end : end + 1] != ",":
        return 0
    first = text[start:end]
    folded = first.casefold()
    if not (
        first.isalpha()
        and first[1:].islower()
        and (folded.endswith(NOUN_ENDINGS) or folded in plain)
    ):
        return 0
    listed = _REMITS_AFTER.match(text, end)
    if not listed:
        return 0
    tail = [(m.end(), m.group()) for m in re.finditer(r"[A-Z][a-z]+", listed.group(1))]
    ends = [
        listed.start(1) + at
        for at, word in tail
        if country_of(word) or word.casefold() in ORG_HEADS
    ]
    return ends[-1] if ends else 0
