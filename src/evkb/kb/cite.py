"""Citations against their sources: find a quote in a document, and the cited value in a quote.

Quotes are exact words from the document, but copying text loses details nobody sees: a curly
apostrophe becomes a straight one, a line break becomes a space, an accent typed as one
character is stored as a letter and a combining mark (NFC against NFD). Those may differ;
nothing else. Offsets always refer to the document as stored.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence

from evkb.kb.numberwords import SMALL_NUMBERS
from evkb.model import Fact, Passage, Quantity

# Typographic characters and the ASCII a curator types for them.
_EQUIVALENTS = {
    "'": "'\u2018\u2019\u201a\u201b\u2032\u02bc",
    '"': '"\u201c\u201d\u201e\u201f\u2033',
    "-": "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212",
}
_CLASS_OF = {
    char: "[" + re.escape(chars) + "]" for chars in _EQUIVALENTS.values() for char in chars
}
_ASCII = {char: ascii_form for ascii_form, chars in _EQUIVALENTS.items() for char in chars}
_WHITESPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=512)
def _quote_pattern(quote: str) -> re.Pattern[str]:
    parts = []
    for token in re.split(r"(\s+|\.\.\.|\u2026)", quote.strip()):
        if not token:
            continue
        if token.isspace():
            parts.append(r"\s+")
        elif token in ("...", "\u2026"):
            parts.append(r"(?:\.\.\.|\u2026)")
        else:
            parts.append("".join(_CLASS_OF.get(c) or re.escape(c) for c in token))
    return re.compile("".join(parts))


def locate_quote(quote: str, text: str) -> tuple[int, int] | None:
    """(start, end) of `quote` in `text`, allowing whitespace runs and typographic quotes,
    apostrophes and dashes to differ from their ASCII forms; offsets are into `text` itself."""
    if not quote.strip():
        return None
    span = _locate(quote, text)
    if span is not None or (
        unicodedata.is_normalized("NFC", text) and unicodedata.is_normalized("NFC", quote)
    ):
        return span
    composed, offsets = nfc_with_offsets(text)
    span = _locate(unicodedata.normalize("NFC", quote), composed)
    return (offsets[span[0]], offsets[span[1]]) if span else None


def _locate(quote: str, text: str) -> tuple[int, int] | None:
    start = text.find(quote)
    if start >= 0:
        return start, start + len(quote)
    match = _quote_pattern(quote).search(text)
    return (match.start(), match.end()) if match else None


def nfc_with_offsets(text: str) -> tuple[str, list[int]]:
    """`text` in NFC, and for each of its characters (and its end) the offset in `text` where
    that character's source begins: a span found in the NFC form maps back to `text`."""
    composed: list[str] = []
    offsets: list[int] = []
    start = 0
    for i in range(1, len(text) + 1):
        # A segment is a starter and the combining marks after it: NFC never crosses one.
        if i < len(text) and unicodedata.combining(text[i]):
            continue
        segment = unicodedata.normalize("NFC", text[start:i])
        composed.append(segment)
        offsets.extend([start] * len(segment))
        start = i
    offsets.append(len(text))
    return "".join(composed), offsets


def fold(text: str) -> str:
    """Text for a loose comparison: case, whitespace runs and typographic marks ignored."""
    text = "".join(_ASCII.get(c, c) for c in text)
    return _WHITESPACE.sub(" ", text).strip().casefold()


def _comparable(text: str) -> str:
    # Same length as `text`, so a match in it is a match at the same offsets in `text`.
    return re.sub(r"[^\w]", " ", text.lower()) if len(text.lower()) == len(text) else text


def closest_passage(quote: str, passages: Sequence[Passage]) -> Passage | None:
    """The passage most like `quote`, for a "did you mean" when the quote is not found."""
    from rapidfuzz import fuzz, process

    if not passages or not quote.strip():
        return None
    best = process.extractOne(
        _comparable(quote), [_comparable(p.text) for p in passages], scorer=fuzz.partial_ratio
    )
    return passages[best[2]] if best else None


def closest_excerpt(quote: str, passage: Passage, width: int = 160) -> str:
    """The part of `passage` that looks most like `quote`, cut at word boundaries."""
    from rapidfuzz import fuzz

    text = passage.text
    if len(text) <= max(width, len(quote) + 40):
        return text
    span = fuzz.partial_ratio_alignment(_comparable(quote), _comparable(text))
    start, end = (span.dest_start, span.dest_end) if span else (0, 0)
    room = max(width - (end - start), 0) // 2
    start, end = max(start - room, 0), min(end + room, len(text))
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return (
        ("..." if start > 0 else "") + text[start:end].strip() + ("..." if end < len(text) else "")
    )


# Numbers written as words, for counts the extractor may leave alone ("three plants").
_NUMBER_WORDS = {word: n for word, n in SMALL_NUMBERS.items() if n <= 12}
_WRITTEN_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+")
# Units whose value is just a number in the text: a year, a month's year, a count.
_PLAIN_UNITS = ("year", "month", "count", "")


def _written_numbers(quote: str) -> list[float]:
    numbers = []
    for token in _WRITTEN_NUMBER.findall(quote):
        if token[0].isdigit():
            numbers.append(float(token.replace(",", "")))
        elif token.lower() in _NUMBER_WORDS:
            numbers.append(float(_NUMBER_WORDS[token.lower()]))
    return numbers


def _same_magnitude(value: float, unit: str, other: float, other_unit: str) -> bool:
    from evkb.kb.units import convert, unit_kind

    value, other = abs(value), abs(other)
    if unit == other_unit:
        return math.isclose(value, other, rel_tol=1e-9, abs_tol=1e-9)
    if unit_kind(unit) == "distance" and unit_kind(other_unit) == "distance":
        # A curator may cite "965 km" from "600 miles (965 kilometers)": rounding differs.
        return math.isclose(convert(other, other_unit, unit), value, rel_tol=0.01)
    return False


def compatible(unit: str, other_unit: str) -> bool:
    """Whether a figure in `other_unit` can state a value in `unit` (same unit, or km/mi)."""
    from evkb.kb.units import unit_kind

    return unit == other_unit or (unit_kind(unit) == unit_kind(other_unit) == "distance")


def quote_quantities(quote: str) -> list[Quantity]:
    """The figures the extractor reads from a quote."""
    from evkb.kb.extract import extract_quantities

    return list(extract_quantities(quote))


def _magnitudes(fact: Fact, quantities: Sequence[Quantity]) -> list[tuple[float, str]]:
    found = []
    for q in quantities:
        if compatible(fact.unit, q.unit):
            found.append((q.value, q.unit))
            if q.value_to is not None:
                found.append((q.value_to, q.unit))
    return found


def _states(target: float, fact: Fact, magnitudes: list[tuple[float, str]], quote: str) -> bool:
    if any(_same_magnitude(target, fact.unit, v, u) for v, u in magnitudes):
        return True
    if fact.unit in _PLAIN_UNITS:
        return any(math.isclose(abs(target), n, abs_tol=1e-9) for n in _written_numbers(quote))
    return False


def value_in_quote(
    fact: Fact,
    quote: str,
    names: Mapping[str, Sequence[str]] | None = None,
    quantities: Sequence[Quantity] | None = None,
) -> bool:
    """Whether `quote` states the fact's value.

    A number must be among the quote's figures in a compatible unit, by magnitude (a decrease
    is cited as a negative number from "20% lower"); years, months and counts may also be the
    number as written. When the quote has no figure of that kind, the fact's `text` written in
    it counts ("more than half"). A string must occur in the quote, case-insensitively, or one
    of its equivalent `names` (folded name -> names: a company id -> its names, a term -> its
    aliases). `quantities` are the quote's figures if the caller has them already.
    """
    value = fact.value
    if isinstance(value, str):
        if not value.strip():
            return True
        if fact.unit == "month" and re.fullmatch(r"\d{4}-\d{2}", value):
            quantities = quote_quantities(quote) if quantities is None else quantities
            if any(q.unit == "month" and q.iso.startswith(value) for q in quantities):
                return True
        folded = fold(quote)
        candidates = [value, *(names or {}).get(fold(value), ())]
        return any(fold(c) and fold(c) in folded for c in candidates)
    quantities = quote_quantities(quote) if quantities is None else quantities
    magnitudes = _magnitudes(fact, quantities)
    if _states(value, fact, magnitudes, quote) and (
        fact.value_to is None or _states(fact.value_to, fact, magnitudes, quote)
    ):
        return True
    if not magnitudes and fact.text:
        return locate_quote(fact.text, quote) is not None or fold(fact.text) in fold(quote)
    return False
