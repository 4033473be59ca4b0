"""A name the next sentence takes up as "the company": whether a sentence's subject is an
organisation because the sentence after it goes on about "the company", "the firm" or "the
Danish group" without naming one.

"Vorlund still leads the regional market. The Danish group held 28 percent ..." says what
Vorlund is as plainly as "Vorlund, the Danish group," would: a definite description that opens
the next sentence (of the same paragraph, or of the next one: news copy often gives each
sentence a paragraph), with no name of its own after it, takes up the subject of the sentence
before. Only a name that opens its sentence (or follows a dateline) and
is followed by its verb is taken: "In Europe the picture is brighter. The company ..." has no
such subject, and "Halvik and his partner left ... The company ..." joins a person to another.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from evkb.kb.records.anaphora import ANAPHOR
from evkb.kb.records.company_names import ordinary
from evkb.kb.records.context import PLACE_WORDS, country_of
from evkb.kb.records.sentences import Sentence

# Where a subject may stand: at the sentence's start, after a bullet or a quote's opening, or
# after a dateline ("OSLO — ", "BERGEN, Norway — ").
_OPENS = re.compile(
    r"(?:[-–•*]\s+)?[\"“‘(\[]*"  # a bullet, a quote's opening
    r"|[A-Z][A-Z .'-]*(?:,\s+[A-Z][\w .]*)?\s+[—–-]+\s+"  # a dateline
)
# The subject's verb after it: a word in lower case, an adverb allowed ("still leads"), not a
# word that joins another subject to it ("and", "or") or a possessive ("Vorlund's plant").
_VERB_AFTER = re.compile(r"\s+(?!(?:and|or|nor|of|de|van|von|der)\b)[a-z]{2,}\b")


def taken_up(sentences: Sequence[Sentence]) -> frozenset[int]:
    """The sentences (by index) whose next body sentence opens with a definite description
    of an organisation ("The company ...", "The Korean firm ...")."""
    out = set()
    for here, after in pairwise(sentences):
        text = after.text
        if not text.startswith("The "):
            continue
        match = ANAPHOR.match(text)
        # "The company's samples reach ...": what it has, said as well of a product's maker
        if match is not None and text[match.end() : match.end() + 1] not in ("'", "’"):
            out.add(here.index)
    return frozenset(out)


def subject_taken_up(text: str, start: int, end: int, plain: set[str]) -> bool:
    """Whether the name at `start:end` of a sentence the next one takes up is its subject:
    it opens the sentence, its verb follows it, its first word is no word the text writes in
    lower case elsewhere ("Revenue rose 12%. The company ...", "Construction begins ...") and
    it names no place ("Kelby County commissioners voted ... The company ...": the company is
    another the sentence names)."""
    words = text[start:end].split()
    return (
        _OPENS.fullmatch(text, 0, start) is not None
        and _VERB_AFTER.match(text, end) is not None
        and not ordinary(words[0], plain)
        and not country_of(words[-1])
        and not country_of(" ".join(words))
        and words[-1].casefold() not in PLACE_WORDS
    )
