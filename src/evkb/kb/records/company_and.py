"""Whether "and" inside a capitalised run parts two names or joins the words of one.

"Tata Motors and SVOLT" is two names, "Competition and Markets Authority" one body: a side
that is a word of English, a body's remit before its head noun or one country's name keeps the
run whole. The last members of a list ("KnownCo, Varnholt On and Pemric Cells") are two names
whatever their words, unless a side cannot stand alone.
"""

from __future__ import annotations

import re

from evkb.kb.records import company_cues as cue
from evkb.kb.records.company_shapes import ACRONYM
from evkb.kb.records.context import country_of


def ordinary(word: str, plain: set[str]) -> bool:
    """A word of English rather than a name: the document writes it in lower case, or it ends
    like an abstract noun ("Innovation", "Competition", "Development")."""
    lowered = word.casefold()
    return lowered in plain or (lowered.endswith(cue.NOUN_ENDINGS) and len(lowered) > 6)


# What a utility supplies, two of them joined by "and" in its name ("Power and Light", "Gas and
# Electric", "Electricity and Water").
_SUPPLIES = frozenset("power light gas electric electricity water energy heat heating".split())


# The endings of English adjectives ("Industrial", "Agricultural", "Scientific", "Cooperative").
_ADJECTIVE = re.compile(r"[a-z](?:al|ic|ive|ary)$")


# A list's member before a comma: up to four capitalised words ("CALB, ", "Acme Cells, ").
_ITEM_BEFORE = re.compile(r"([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}),\s+$")


def _sides_stand_alone(
    left: list[tuple[int, int, str]], rest: list[tuple[int, int, str]], plain: set[str]
) -> bool:
    """Whether the words before "and" and those after it (to the next "and") can each be a
    name: capitalised throughout, not one word of English, not the same words twice, and not a
    body's remit before its head ("Energy and Climate Change Authority")."""
    right = [t[2] for t in rest[: next((k for k, t in enumerate(rest) if t[2] == "and"), None)]]
    words = [t[2] for t in left]
    if not right or any(not w[:1].isupper() for w in words + right):
        return False
    if words == right or any(
        len(side) == 1 and ordinary(side[0], plain) for side in (words, right)
    ):
        return False
    return right[-1].casefold() not in cue.INSTITUTION_HEADS


def closes_list(
    text: str,
    left: list[tuple[int, int, str]],
    rest: list[tuple[int, int, str]],
    known: list[tuple[str, int, int]],
    plain: set[str],
) -> bool:
    """Whether "and" closes a list of names: "KnownCo, Varnholt On and Pemric Cells" or "Ostkel,
    Zoltra, Varnholt On and Pemric" list three or four, the run after the last comma being two
    of them. A list is only such after a known company or after two commas, never "In Quillane,
    Varnholt and Pemric" (a place before the comma). A side that cannot stand alone keeps the
    run whole ("KnownCo, Ministry of Trade and Industry"): a lower-case word in it, one word
    of English, or the same word on both sides."""
    if not _sides_stand_alone(left, rest, plain):
        return False
    item = _ITEM_BEFORE.search(text, 0, left[0][0])
    if item is None:
        return False
    if any(end == item.end(1) for _, _, end in known):
        return True
    return _ITEM_BEFORE.search(text, 0, item.start()) is not None


# "the Czech manufacturers A and B", "cell makers, including A and B", "its customers include A
# and B": a plural of companies, bare or with the word that opens its examples, lists the names
# after it, so "and" among them parts two members.
_PLURAL_BEFORE = re.compile(
    r"\b(?:(?:car|auto|cell|battery|pack|bus|truck|EV)[\s-]?makers|makers|manufacturers|producers|"
    r"suppliers|customers|clients|partners|rivals|competitors|peers|buyers|lenders|investors|"
    r"backers|shareholders|brands|OEMs|companies|firms)"
    r",?\s+(?:(?:such\s+as|including|like|include|included|among\s+them)\s+)?"
    r"(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3},\s+){0,4}$",
    re.I,
)


def after_plural(
    text: str,
    left: list[tuple[int, int, str]],
    rest: list[tuple[int, int, str]],
    plain: set[str],
) -> bool:
    """Whether "and" parts two members of a list a plural of companies opens ("the Czech
    manufacturers Ostkel Bus and Pemric Trucks", "customers include Zoltra Bikes and Tavisk"):
    the run opens right after the plural, and each side can stand alone (no lower-case word,
    not one word of English, not the same words twice, not a body's remit before its head:
    "partners such as Energy and Climate Authority" stays one)."""
    if not _sides_stand_alone(left, rest, plain):
        return False
    return _PLURAL_BEFORE.search(text, max(0, left[0][0] - 60), left[0][0]) is not None


def two_names(
    left: list[tuple[int, int, str]], rest: list[tuple[int, int, str]], plain: set[str]
) -> bool:
    """Whether "and" between `left` and the words after it parts two names.

    "Tata Motors and SVOLT", "Li Auto and EVE Energy" are two; "Competition and Markets
    Authority", "UK Research and Innovation" are one, a side being an ordinary word of English;
    "Department for Business and Trade and HM Treasury" parts where a new name starts with an
    acronym or an organisation's head word after a complete "Department for ..." name.
    """
    right = []
    for token in rest:
        if token[2] == "and":
            break
        right.append(token[2])
    words = [t[2] for t in left]
    if not right:
        return False
    if (
        len(words) >= 3
        and words[0].casefold() in cue.ORG_HEADS
        and words[1] in ("of", "for")
        and (ACRONYM.match(right[0]) or right[0].casefold() in cue.ORG_HEADS)
    ):
        return True
    if len(right) == 1 and ordinary(right[0], plain) and right[0].casefold() not in cue.ORG_WORDS:
        return False  # "... Research and Innovation"
    if len(right) == 1 and {words[-1].casefold(), right[0].casefold()} <= _SUPPLIES:
        return False  # "Acme Power and Light": a utility named for the two things it supplies
    if " and " in country_of(words[-1]) and country_of(words[-1]) == country_of(right[0]):
        return False  # "Trinidad and Tobago Stock Exchange": one country's name holds "and"
    if len(words) == 1:
        # "Competition and Markets Authority", "Energy and Petroleum Regulatory Authority": one
        # word before "and" and a body's head word at the end name one body.
        if right[-1].casefold() in cue.INSTITUTION_HEADS and len(right) > 1:
            return False
        # "Industrial and Commercial Bank of China": two adjectives share a body's head noun
        if _ADJECTIVE.search(words[0]) and _ADJECTIVE.search(right[0]) and cue.national_body(right):
            return False
        return not ordinary(words[0], plain)
    if len(right) > 1 and _ADJECTIVE.search(words[-1]) and _ADJECTIVE.search(right[0]):
        # "Halvane Economic and Technological Development Zone": two adjectives share the
        # noun after them
        return False
    if words[0].casefold() in cue.CHAMBERS and right[-1].casefold() in cue.INSTITUTION_HEADS:
        return False  # "House Energy and Commerce Committee": one committee of a chamber
    if "of" in words or "for" in words or "on" in words:
        return False  # "Institute for Systems and Innovation Research": its complement goes on
    if (
        len(right) >= 2
        and not any(w.casefold() in cue.ORG_WORDS for w in right)
        and not any(
            ordinary(w, plain) or w.casefold() in cue.ORG_WORDS or w in ("of", "for") for w in words
        )
    ):
        # "Sekiya Shoji and Yarrabee Rail & Port": a proper name on each side, and no head noun
        # the left could share ("House Ways and Means Committee" is one).
        return True
    return bool(ACRONYM.match(words[-1]) or words[-1].casefold() in cue.ORG_WORDS)
