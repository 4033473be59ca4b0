"""Cues read at the end of the text before a name: where `re` would try a pattern anchored
there at every place of the text, these start where a match can start.

A pattern whose every match ends the text and holds a few words at most is searched from
where those last words start; the anchors (`^`, `\\b`) still read the text before that place,
so the match is the one a search of the whole text gives.
"""

from __future__ import annotations

import re

from evkb.kb.records import company_cues as cue
from evkb.kb.records.company_shapes import ACRONYM, MIXED_ACRONYM
from evkb.kb.records.context import KIND_NOUN, PLACE_WORDS, country_of

# "the Swedish battery maker Acme": three words at most, then the longest kind noun.
_DESCRIBED_WORDS = 3 + max(n.count(r"[\s-]") + 1 for n in KIND_NOUN[3:-1].split("|"))
# An opening quote only: after a comma or stop ('... this scale," Acme's chief said') the quote
# closes what someone said and the name opens its attribution.
_QUOTE_MARKS = frozenset("\"“‘'")
_CLOSERS = frozenset(",.!?")


def search_ending(pattern: re.Pattern[str], text: str, words: int) -> re.Match[str] | None:
    """`pattern.search(text)` for a pattern whose every match ends the text and holds at most
    `words` words."""
    head = text.rsplit(None, words)
    return pattern.search(text, len(head[0]) if len(head) > words else 0)


def described_before(before: str) -> re.Match[str] | None:
    """`cue.DESCRIBED_BEFORE.search(before)`: "backed by the carmaker "."""
    return search_ending(cue.DESCRIBED_BEFORE, before, _DESCRIBED_WORDS)


def according(before: str) -> re.Match[str] | None:
    """`cue.ACCORDING.search(before)`: two words at most ("according to ")."""
    return search_ending(cue.ACCORDING, before, 2)


def quote_before(before: str) -> bool:
    """Whether the text ends with an opening quote, spaces aside."""
    rest = before.rstrip()
    return rest[-1:] in _QUOTE_MARKS and rest[-2:-1] not in _CLOSERS


# "according to the Brannoch Research Centre": a source the text names with its article.
_ACCORDING_THE = re.compile(
    r"\b(?:according\s+to|data\s+from|figures\s+from|compiled\s+by|reported\s+by)\s+the\s+$",
    re.I,
)
# The last words of a document's name, not a body's: "according to the Battery Outlook".
_DOCUMENT_HEADS = frozenset(
    "report reports outlook survey study data index review tracker figures estimates database "
    "monitor yearbook bulletin statement statements filing filings memorandum prospectus "
    "accounts minutes".split()
)


# "Acme held 31% of the market, according to Borel Kasta.": a name of two words closing the
# sentence (or a clause that says nothing of a person after it) after "according to".
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+$", re.I)
_SOURCE_CLOSES = re.compile(
    r"^(?:\s*(?:[.;]|$)|,\s+(?!(?:a|an|the|who|whose|his|her|its|their|chief|head|senior)\b))"
)


def source_of_share(name: str, before: str, after: str) -> bool:
    """Whether a name of two words is the source a share figure before it is given to ("BYD
    held 22.4% of sales, according to Vell Kasta."): who counts a market's shares is a research
    firm, where the same words giving a count that is no share ("Output rose 4%, according to
    Tovrik Skellan.") or going on with a role ("according to Jane Roe, an analyst") are a
    person. The caller knows whether the sentence holds a share figure before the name."""
    words = name.split()
    return (
        len(words) == 2
        and all(w[:1].isupper() and w[1:2].islower() for w in words)
        and _ACCORDING_TO.search(before[-20:]) is not None
        and _SOURCE_CLOSES.match(after) is not None
    )


def source_of(name: str, last: str, before: str, org_word: bool) -> str:
    """Whether a name is the source a statement is given to ("according to SNE", "data from
    EVTank"): "strong" for initials or a name of several words a source goes by ("according to
    the Brannoch Research Centre", "according to Statistics Austria": a body named with its
    article or its country, not a person), "weak" for one word or an organisation's word, else
    "". `last` is the word before the name, case folded; the station a speaker "told" is the
    outlet telling the story."""
    words = name.split()
    if words[-1].casefold() in _DOCUMENT_HEADS:
        return ""
    if last in ("to", "told", "by", "from") and according(before):
        if last != "told" and (ACRONYM.match(name) or MIXED_ACRONYM.match(name)):
            return "strong"
        if len(words) > 1 and any(country_of(w) or w.casefold() in PLACE_WORDS for w in words):
            return "strong"
        return "weak" if len(words) == 1 or org_word else ""
    if last == "the" and len(words) > 1 and search_ending(_ACCORDING_THE, before, 3):
        return "strong"
    return ""
