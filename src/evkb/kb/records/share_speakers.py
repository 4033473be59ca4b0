"""The company a quoted speaker speaks for: the sentence of a quotation says who said it ("...,"
Wu said; "...," said Fang Luoyi, general manager of X's sales arm), and the speaker's name, there
or where the paragraph brings the speaker in ("Wu Tianpeng of the Chinese maker X"), is tied to
a company by "of", "at" or "from" after it, or by the company's possessive before it ("X's
technology chief, Stig Fennow, said"). A "we" inside the quotation is that company."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from evkb.kb.records.context import Resolver, Sentence

# The attribution after a quotation's closing mark: ', Wu said', ', said Fang Luoyi', '" added
# Ana Ruiz'; a pronoun ("he said") names no one.
_SAYS = r"(?:said|says|added|adds|told\s+\w+|explained|noted|insisted)"
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_ATTRIBUTION = re.compile(
    rf"[,.!?]?[\"\u201d]\s*,?\s*(?:{_SAYS}\s+(?P<after>{_NAME})|(?P<before>{_NAME})\s+{_SAYS})"
    r"(?=[\s,.;]|$)"
)
# Between a speaker's name and the company: "Wu Tianpeng of the Chinese maker ", "Fang Luoyi,
# general manager of ", "Ana Ruiz, who heads sales at ".
_TIED_AFTER = re.compile(
    r"^,?\s+(?:[^\"\u201c\u201d.;:()]{0,60}?\s)?(?:of|at|from|for)\s+(?:the\s+)?"
)
_GIVEN = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,2}$")
_FAMILY = re.compile(r"(?:\s+[A-Z][\w.'’-]*){1,2}")
_TIED_BEFORE = re.compile(r"^['’]s?\s+[^\"\u201c\u201d.;:(),]{1,40},\s+$")


def speakers_company(
    sentence: Sentence, resolver: Resolver, may_hold: Callable[[str, Resolver], bool]
) -> str:
    """The company the quotation's speaker in `sentence` is tied to by name in the sentence or
    in its paragraph, or ""."""
    said = _ATTRIBUTION.search(sentence.text)
    if said is None:
        return ""
    who = (said.group("after") or said.group("before")).rstrip(".")  # not the full stop
    first = who.split()[0]
    if first in _PRONOUNS:
        return ""
    for other in _paragraph(sentence, resolver.sentences):
        text = other.text
        for place in _places(text, who):
            end = place + len(who)
            # the whole name, where the attribution gives only its last or first word
            given = _GIVEN.search(text, max(0, place - 40), place)
            begin = given.start() if given else place
            full = _FAMILY.match(text, end)
            after = full.end() if full else end
            for ident, start, stop in other.mentions:
                if text[start:stop] == who or not may_hold(ident, resolver):
                    continue
                if after <= start <= after + 90 and _TIED_AFTER.match(text[after:start]):
                    return ident
                if stop <= begin and _TIED_BEFORE.match(text[stop:begin]):
                    return ident
    return ""


def _paragraph(sentence: Sentence, sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences of `sentence`'s paragraph, found from it outwards (never the whole text)."""
    at = sentence.index
    if not 0 <= at < len(sentences) or sentences[at] is not sentence:
        return [sentence]
    passage, low, high = sentence.passage.id, at, at + 1
    while low and sentences[low - 1].passage.id == passage:
        low -= 1
    while high < len(sentences) and sentences[high].passage.id == passage:
        high += 1
    return list(sentences[low:high])


def _places(text: str, who: str) -> list[int]:
    """Where `who` stands in `text` as whole words."""
    found, at = [], text.find(who)
    while at >= 0:
        end = at + len(who)
        if (not at or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            found.append(at)
        at = text.find(who, at + 1)
    return found


_PRONOUNS = frozenset("He She They It We I".split())
