"""What every record rule needs, in one import: body sentences, ids, words of English, references.

The pieces live by job in `sentences.py`, `words.py` and `anaphora.py`; periods are in
`periods.py`. Ids of records are made here.
"""

from __future__ import annotations

from evkb.kb.company_keys import slug
from evkb.kb.records.anaphora import ANAPHOR, Known, Resolver, anaphors
from evkb.kb.records.sentences import Sentence, body_sentences, restates
from evkb.kb.records.words import (
    _SHARE_TALK_WORDS,
    CALENDAR_WORDS,
    COUNTRY_OF_WORD,
    COUNTRY_WORD,
    KIND_NOUN,
    KIND_OF_NOUN,
    NAME_KIND_WORDS,
    NATIONALITY_OF_WORD,
    PLACE_WORDS,
    SHARE_TALK,
    country_of,
    kind_of_noun,
    share_talk,
)

__all__ = [
    "ANAPHOR",
    "CALENDAR_WORDS",
    "COUNTRY_OF_WORD",
    "COUNTRY_WORD",
    "KIND_NOUN",
    "KIND_OF_NOUN",
    "NAME_KIND_WORDS",
    "NATIONALITY_OF_WORD",
    "PLACE_WORDS",
    "SHARE_TALK",
    "_SHARE_TALK_WORDS",
    "Known",
    "Resolver",
    "Sentence",
    "anaphors",
    "body_sentences",
    "country_of",
    "kind_of_noun",
    "number_id",
    "restates",
    "share_talk",
    "slug",
]


def number_id(value: float) -> str:
    """A figure as an id piece: "37.6", "3200000000"."""
    return str(int(value)) if float(value).is_integer() else f"{value:.6g}"
