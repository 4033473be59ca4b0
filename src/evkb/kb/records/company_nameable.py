"""Whether a capitalised run may name an organisation at all, whatever cue stands beside it:
not a title-cased or shouted headline, a law, a street, a place or a people, a word of English
the document writes in lower case, a pronoun or a trade acronym."""

from __future__ import annotations

from functools import lru_cache

from evkb.kb.records import company_cues as cue
from evkb.kb.records.company_names import PRONOUNS, calendar
from evkb.kb.records.context import PLACE_WORDS, country_of


def is_nameable(name: str, plain: set[str]) -> bool:
    # A document names the same few names again and again: each is judged once, with the one
    # thing the document's own words change (whether it writes the name's word in lower case).
    content = _content(name)
    if len(content) > 1 and name.isupper() and any(_common(w, plain) for w in content):
        return False  # "HOME BATTERY WANTED", "BATTERY PLANT FOR TOWN": a line in capitals
    return _nameable(name, bool(content) and content[0] in plain)


def _common(word: str, plain: set[str]) -> bool:
    """A word the document writes in lower case that says nothing of an organisation."""
    return word in plain and word not in cue.ORG_WORDS and word not in cue.SUFFIXES


@lru_cache(maxsize=8192)
def _content(name: str) -> tuple[str, ...]:
    """The words of a name that say something, case folded ("of", "and" aside)."""
    return tuple(
        w for w in (w.strip(".,").casefold() for w in name.split()) if w not in cue.CONNECTORS
    )


_STREETS = frozenset("street road avenue lane boulevard highway".split())
_COUNTED = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty fifty hundred".split()
)


@lru_cache(maxsize=8192)
def _nameable(name: str, plain_word: bool) -> bool:
    words = [w.strip(".,").casefold() for w in name.split()]
    if len(words) >= 4 and any(w in cue.HEADLINE_WORDS for w in name.split()[2:]):
        return False  # "Treasury Tightens Rules On Batteries": a headline in title case
    if len(words) > 1 and words[-1] == "act":
        return False  # "the Inflation Reduction Act": a law, not the body that passed it
    if len(words) > 1 and words[-1] in _STREETS:
        return False  # "Dalal Street", "Tosib Road": a street, whatever trades there
    if len(words) > 2 and words[0] in _COUNTED:
        return False  # "Eight EV Battery Makers Take ...": a count in a title-cased headline
    if len(words) > 1 and words[-1] in cue.PAGE_NOUNS and words[0] not in cue.ORG_HEADS:
        return False  # "The Quorvale Trust Principles": a page of the site, not its owner
    content = [w for w in words if w not in cue.CONNECTORS]
    if any(
        part.casefold() in PLACE_WORDS or country_of(part)
        for w in name.split()
        if "-" in w and w.rsplit("-", 1)[1][:1].islower()
        for part in w.split("-")
    ):
        return False  # "Chinese-related", "Acme-affiliated" ... describe ("Tri-County" names)
    if words[-1] == "union" and all(w in PLACE_WORDS or country_of(w) for w in content[:-1]):
        return False  # "the European Union": a bloc of countries, where sales are counted
    if not content or all(w in PLACE_WORDS or calendar(w) or country_of(w) for w in content):
        return False
    if len(content) > 1 and all(
        w in PLACE_WORDS or country_of(w) or w.upper().rstrip("S") in cue.COMMON_ACRONYMS
        for w in content
    ):
        return False  # "European EVs", "Chinese OEMs": a class of things from a place
    if len(content) == 1:
        if content[0].endswith("s") and country_of(content[0][:-1]):
            return False  # "Nigerians will ride": a people, not a body
        if name.upper() in cue.COMMON_ACRONYMS or name.upper().rstrip("S") in cue.COMMON_ACRONYMS:
            return False
        if content[0] in PRONOUNS and not name.isupper():
            return False  # "We supplied 8.5 percent": the speaker, whoever that is
        if content[0] in cue.LEGISLATURES and name[:1].isupper():
            return True  # "Congress set aside the money": the one legislature of the country
        if plain_word or content[0] in cue.LEADING or content[0] in cue.ORG_WORDS:
            return False  # "the Government confirmed": a word any organisation may carry
        if content[0] in cue.SUFFIXES:
            return False  # "the Company" of a release's legal notice: whichever it means
    # "I" of a first-person text, or no letters at all
    return not (len(name) < 2 or cue.NO_LETTERS.fullmatch(name))
