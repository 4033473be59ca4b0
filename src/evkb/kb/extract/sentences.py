"""Splitting text into sentences without breaking at abbreviations, initials or numbers."""

from __future__ import annotations

import re
from functools import lru_cache

from evkb.kb.extract.gates import finditer_at

# A sentence ends at . ! ? or … (with closing quotes/brackets), followed by space and a
# character that can open a sentence. Abbreviations are ruled out afterwards.
# A reference mark copied from a wiki page may stand between the stop and the space ("only the
# T3.[3] The plant").
_SENTENCE_END = re.compile(
    r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?:\[(?:\d{1,3}|[a-z])\])*(?:\s+)"
    r"(?=[\"'\u201c\u2018(\[]?[A-Z0-9$\u20ac\u00a3\u00a5])"
    r"|\n\s*\n"
)
# Where a match of _SENTENCE_END can start: the pattern opens with a repeat, which `re` tries
# at every character; these few places are found by one scan for a single character.
_END_START = re.compile(r"[.!?\u2026\n]")
_TOKEN_BEFORE = re.compile(r"[\"'\u201c\u2018(\[]*([\w.&'\u2019-]*)\.$")
# Words whose trailing period does not end a sentence, whatever follows.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft gen gov sen rep rev capt col lt sgt vs etc eg ie cf al
    approx est fig figs dept univ assn bros ca""".split()
)
# Words whose period does not end a sentence before a number ("No. 1", "Jul. 2024").
_BEFORE_NUMBER = frozenset(
    """no nos nr vol p pp art sec ch jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]|[A-Z]")
# A number's scale abbreviated with a stop ("1.250 Mio. EUR", "2,5 Mrd. Euro", "3 bn. dollars",
# "Rs 40 cr. rupees"): a sum goes on into its currency, a code, a sign or the currency's name.
_SCALES = frozenset("mio mrd mn mln bn bln cr".split())
_NUMBER_BEFORE = re.compile(r"\d[\d.,'\u2019\u00a0\u202f ]*\s?$")
_CURRENCY_AFTER = re.compile(
    r"(?:[A-Z]{3}(?![\w])|[$\u20ac\u00a3\u00a5\u20a9\u20b9]|(?:Euro|Franken|Dollar|Pfund|Kronen|"
    r"Kronor|Yen|Yuan|Won|Rupien|Reais|Pesos|Zloty|Forint)[a-z]{0,2}(?![\w]))"
)


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of `text` (stripped), shifted by `offset`.

    Decimals ("$1.7 billion") never split because a period must be followed by space;
    initials and dotted abbreviations ("U.S.", "J. Smith"), titles ("Dr.") and labels before a
    number ("No. 1", "Jul. 2024") do not end a sentence either.
    """
    return [(start + offset, end + offset) for start, end in _spans(text)]


@lru_cache(maxsize=1024)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    # The claims and the records stage split the same passages: the second time is looked up.
    offset = 0
    spans: list[tuple[int, int]] = []
    start = 0
    ends = [m.start() for m in _END_START.finditer(text)]
    for match in finditer_at(_SENTENCE_END, text, ends):
        cut = match.start()
        if text[cut] == ".":
            token = _TOKEN_BEFORE.search(text, max(0, cut - 24), cut + 1)
            word = token.group(1) if token else ""
            lower = word.lower().rstrip(".")
            follower = text[match.end()] if match.end() < len(text) else ""
            if (
                lower in _ABBREVIATIONS
                or _INITIALS.fullmatch(word.rstrip("."))
                or (lower in _BEFORE_NUMBER and follower.isdigit())
                or (
                    lower in _SCALES
                    and token is not None
                    and _NUMBER_BEFORE.search(text, max(0, token.start(1) - 24), token.start(1))
                    and _CURRENCY_AFTER.match(text, match.end())
                )
            ):
                continue
        end = match.end()
        _add_span(spans, text, start, end, offset)
        start = end
    _add_span(spans, text, start, len(text), offset)
    return tuple(spans)


def _add_span(spans: list[tuple[int, int]], text: str, start: int, end: int, offset: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        spans.append((offset + start + lead, offset + start + lead + len(stripped)))
