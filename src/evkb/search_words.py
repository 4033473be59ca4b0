"""The one normaliser of search: the words of a text in their searchable form, with offsets.

Both the index and the query go through `words`: case and accents folded, British spellings
turned American by general suffix rules (-ise/-ize, -isation/-ization, -yse/-yze, -tre/-ter,
-our/-or), thousands separators dropped ("1,000" is "1000"), hyphens split ("solid-state" is
"solid state"), numbers written as words read as digits. Offsets refer to the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import tantivy

from evkb.kb.numberwords import SMALL_NUMBERS

# A number ("1,000", "1.7", "2028") or a run of letters; digits and letters are split apart so
# "620-mile", "9GWh" and "bZ4X" read the same as their spaced forms. Currency and percent signs
# are words too, so "%" can stand for "percent".
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[^\W\d_]+|[$€£¥₹₩%]")
# Text not in NFC (an accent stored as a combining mark): the marks belong to their word, so
# "Socie\u0301te\u0301" is one word and folds like "Société". Slower, so only for such text.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_TOKEN_WITH_MARKS = re.compile(
    rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[^\W\d_](?:[^\W\d_]|[{_MARKS}])*|[$€£¥₹₩%]"
)
_POSSESSIVE = re.compile(r"['’]s\b")

# British -> American spelling, as suffix rules (never a list of the documents' words). The
# minimum stem length keeps short words ("rise", "four", "hour") out of the rules' reach.
_SPELLING = (
    (re.compile(r"^(\w{3,})is(ation|ations|e|ed|es|ing|er|ers)$"), r"\1iz\2"),
    (re.compile(r"^(\w{2,})ys(e|ed|es|ing)$"), r"\1yz\2"),
    (re.compile(r"^(\w{2,})tre(s?)$"), r"\1ter\2"),
    (re.compile(r"^(\w{3,})our(s|ed|ing|ite|ites|able)?$"), r"\1or\2"),
)

# Numbers written as words read as digits ("ten minutes" is "10 minutes"); "one" stays a word.
_NUMBER_WORDS = {word: str(n) for word, n in SMALL_NUMBERS.items() if 2 <= n <= 12}

# Function words carry little: they count for less in ranking and are never matched fuzzily.
_MINOR = frozenset(
    "a an and are as at be by for from has have in into is it its of on or that the their this "
    "to was were will with".split()
)

_STEMMER = (
    tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace())
    .filter(tantivy.Filter.stemmer("english"))
    .build()
)
_ANALYZER = "evkb_stem"


@lru_cache(maxsize=1 << 17)
def normalise_word(word: str) -> str:
    """One token in its searchable form: folded case and accents, American spelling."""
    word = word.casefold()
    if not word.isascii():
        word = "".join(
            c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
        )
    if word[0].isdigit():
        return word.replace(",", "")
    if not word.isalpha():
        return word
    number = _NUMBER_WORDS.get(word)
    if number:
        return number
    for pattern, replacement in _SPELLING:
        changed = pattern.sub(replacement, word)
        if changed != word:
            return changed
    return word


@lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    if not word.isalpha():
        return word
    stems = _STEMMER.analyze(word)
    return stems[0] if stems else word


def words(text: str) -> list[tuple[str, int, int]]:
    """The normalised words of `text` with their character offsets into `text`."""
    out = []
    token = (
        _TOKEN if text.isascii() or unicodedata.is_normalized("NFC", text) else _TOKEN_WITH_MARKS
    )
    for match in token.finditer(
        _POSSESSIVE.sub("  ", text) if "'" in text or "’" in text else text
    ):
        out.append((normalise_word(match.group()), match.start(), match.end()))
    return out


def _allowed_distance(word: str) -> int:
    if word[0].isdigit() or word in _MINOR or len(word) < 4:
        return 0
    return 1 if len(word) < 8 else 2
