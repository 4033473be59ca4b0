"""A figure right after a name that "behind", "ahead of", "followed by" or "trailed by"
introduces is that name's, not the subject's: "..., behind South Africa with about 36 percent",
"ahead of second-placed Y with 21 percent"; and a rank the sentence states is then the
subject's."""

from __future__ import annotations

import re

from evkb.kb.extract.gates import holds_any
from evkb.kb.records.context import Sentence
from evkb.kb.records.words import CALENDAR_WORDS, COUNTRY_OF_WORD

# "..., behind South Africa with about 36 percent", "ahead of second-placed Y with 21 percent":
# the figure after a name that "behind" / "ahead of" / "followed by" introduce is that name's,
# not the subject's, whoever the subject is.
_COMPARED_NAME = re.compile(
    r"\b(?:behind|ahead\s+of|followed\s+by|trailed\s+by)\s+(?:the\s+)?(?:(?:second|third|fourth|"
    r"fifth|sixth|next)[- ](?:placed|ranked|largest|biggest)\s+)?(?P<name>[A-Z][\w'’-]*"
    r"(?:\s+(?:[A-Z][\w'’-]*|of|and|de|del))*?)(?:,\s+[^,;%]{1,40},)?\s+(?:with|at|on)\s+"
    r"(?:about\s+|around\s+|roughly\s+|just\s+|some\s+|nearly\s+|almost\s+)?$"
)
_COMPARED_WORDS = ("behind", "ahead of", "followed by", "trailed by")
_COUNTRY_BY_NAME = {c.lower(): c for c in COUNTRY_OF_WORD.values()}


def compared_holder(
    sentence: Sentence, low: int, at: int, names: dict[str, str]
) -> tuple[str, str, str] | None:
    """(company id, label, how) of a figure just after a name `_COMPARED_NAME` introduces: the
    company named there, the country, or no one's ("", "", "") for a name the text does not
    make a company; None when no such name stands before the figure."""
    text = sentence.text
    if not holds_any(text, _COMPARED_WORDS):
        return None
    found = _COMPARED_NAME.search(text, low, at)
    if found is None:
        return None
    start, stop = found.span("name")
    # "behind Indian-owned Y": the name may follow a word that describes it
    for ident, first, _ in reversed(sentence.mentions):
        if start <= first < stop:
            return ident, names.get(ident, ident), "named"
    named = found.group("name")
    country = _COUNTRY_BY_NAME.get(named.lower())
    if country:
        return "", country, "group"
    # "ahead of Halvor with 19 percent": a name the text gives a figure to holds it, under the
    # name as written, though nothing else makes it a company; not "behind Acme's Model Y"
    # (a product), "ahead of September" (a month)
    words = named.split()
    if all(
        len(w) > 1 and w[:1].isupper() and w.isalpha() and w.casefold() not in CALENDAR_WORDS
        for w in words
        if w not in ("of", "and", "de", "del")
    ):
        return "", named, "group"
    return "", "", ""


def behind_name(text: str, low: int, at: int) -> bool:
    """Whether the figure at `at` is that of a name "behind" introduces ("the second-largest
    producer, behind Y with 36 percent"): a rank the sentence states is the subject's, and Y's
    the one above it."""
    if "behind" not in text:
        return False
    found = _COMPARED_NAME.search(text, low, at)
    return found is not None and found.group().startswith("behind")
