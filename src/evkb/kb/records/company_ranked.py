"""The companies a ranking places a share's holder behind or ahead of.

"Its share of cell installations was 7.8%, ranking it fourth behind A, B's C and D": the names
after "behind" (or "ahead of", "trailing", "second only to") are the holder's rivals in the
market the share is of, so they are makers of that market's kind as the holder is. The rivals
are the names the text lists right after the ranking word: "A, B and C", a possessor's name
("B's C") giving its company, not itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.sentences import Sentence

# The word that ranks the holder against the names after it.
_RANKED_AGAINST = re.compile(
    r"\b(?:behind|ahead\s+of|trailing|trails|second\s+only\s+to|after)\s+(?:the\s+)?"
)
# "after" ranks only in a sentence that places: "third after A", never "after A said".
_PLACED = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|ranked|ranking|place)\b"
)
_POSSESSOR = re.compile(r"['’]s\s+")
# What stands before a listed name: "A, B and C", each perhaps a possessor's ("Braska's C").
_OWNER = r"(?:[A-Z][\w&.-]*['’]s\s+)?"
_FIRST = re.compile(_OWNER)
_JOINT = re.compile(rf"(?:,\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?){_OWNER}")


def rivals(sentence: Sentence) -> list[str]:
    """The ids of the companies `sentence` ranks its subject behind or ahead of, in order."""
    text = sentence.text
    found: list[str] = []
    for ranked in _RANKED_AGAINST.finditer(text):
        if ranked.group(0).startswith("after") and not _PLACED.search(text, 0, ranked.start()):
            continue
        at = ranked.end()
        listed: list[str] = []
        for ident, start, end in sentence.mentions:
            if start < at:
                continue
            gap = text[at:start]
            if listed and _POSSESSOR.fullmatch(gap):
                listed[-1] = ident  # "B's C": C, the company the possessor owns
            elif not (_JOINT if listed else _FIRST).fullmatch(gap):
                break
            else:
                listed.append(ident)
            at = end
        found += [ident for ident in listed if ident not in found]
    return found


def ranked_sentences(sentences: Sequence[Sentence], at: int) -> list[Sentence]:
    """The sentence at index `at` and, in the same passage, the one after it ("... was 7.8%.
    That puts it fourth behind A and B.")."""
    out = [sentences[at]]
    if at + 1 < len(sentences) and sentences[at + 1].passage.id == sentences[at].passage.id:
        out.append(sentences[at + 1])
    return out
