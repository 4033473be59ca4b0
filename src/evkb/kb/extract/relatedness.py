"""How much a line of a page is about what the article's body is about: its terms, weighed.

Page furniture shares few words, names and figures with the article's own body; the article's own
lists share many. These measures serve `furniture`, which decides what a page carries around an
article.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

_STOP_WORDS = frozenset(
    """the and for are but not you all any can had her was one our out has have him his how its
    may new now old see two who did get let say she too use that with this from they will would
    there their what about which when were been into more than then them these some could other
    after over such only also just most made make like many much very where while your said says
    says year years last first amid after before under between against during without within
    back down off upon onto per via each both every should might must shall being does done
    those here why yet amp""".split()
)
# A word (letters first) or a figure (digits first): one letter or digit, then what follows
# it as each. Opening with a set of characters, not an alternation, the pattern is tried only
# where a letter or a digit stands.
CONTENT = re.compile(r"[^\W_](?:(?<=\d)[\d,.]*|[\w'\u2019-]*)")


@lru_cache(maxsize=1 << 16)
def term_of(token: str) -> tuple[str, float] | None:
    """A token's term (a crude stem, or a figure's digits) and weight, or None for a stop word.

    Names (capitalised, or a short acronym) and figures weigh double: a name or a figure the
    body never mentions is the surest sign of a line about something else.
    """
    if token[0].isdigit():
        number = token.rstrip(".,").replace(",", "")
        return (number, 2.0) if number else None
    word = token.lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for tail in ("ies", "es", "s", "ing", "ed"):
        if len(word) > len(tail) + 3 and word.endswith(tail):
            word = word[: -len(tail)] + ("y" if tail == "ies" else "")
            break
    if len(word) < 3 or word in _STOP_WORDS:
        return None
    named = (token[0].isupper() and not token.isupper()) or (len(token) <= 5 and token.isupper())
    return word, 2.0 if named else 1.0


def terms_of(line: str) -> list[tuple[str, float]]:
    """Content words and figures of a line, each with its weight (see `term_of`).

    A line's first word is capitalised whatever it is, so it weighs as an ordinary word.
    """
    return list(_terms(line))


@lru_cache(maxsize=4096)
def _terms(line: str) -> tuple[tuple[str, float], ...]:
    # A line of a list is weighed for its coherence and then for its relatedness: read once.
    tokens = CONTENT.findall(line)
    if not tokens:
        return ()
    first = term_of(tokens[0])
    rest = [term for term in map(term_of, tokens[1:]) if term is not None]
    if first is None:
        return tuple(rest)
    return ((first[0], 1.0) if not tokens[0].isupper() else first, *rest)


def vocabulary(lines: Sequence[str]) -> Counter[str]:
    """Every term of the given lines (see `terms_of`), with the number of lines using it."""
    counts: Counter[str] = Counter()
    for line in lines:
        counts.update(_line_terms(line))
    return counts


@lru_cache(maxsize=1 << 14)
def _line_terms(line: str) -> tuple[str, ...]:
    # The stages that weigh furniture ask for the vocabulary of the same lines several times;
    # the terms are those `_terms` read (the same terms in the same order, weights aside).
    return tuple({term for term, _ in _terms(line)})


def relatedness(line: str, body: Counter[str], itself: bool = False) -> float:
    """The weighted share of a line's words, names and figures that the body also uses (0..1).

    With `itself`, the line is one of the body's lines and its own use of a term does not count.
    """
    terms = terms_of(line)
    total = sum(weight for term_of, weight in terms)
    if not total:
        return 0.0
    least = 2 if itself else 1
    return sum(weight for term, weight in terms if body[term] >= least) / total


def _topic(line: str) -> set[str]:
    return {term for term, _weight in terms_of(line) if not term[0].isdigit()}


def coherence(lines: Sequence[str]) -> float:
    """How much consecutive lines share their words: high for a list about one subject."""
    topics = [_topic(line) for line in lines]
    pairs = list(itertools.pairwise(topics))
    if not pairs:
        return 0.0
    return sum(len(a & b) / max(1, min(len(a), len(b))) for a, b in pairs) / len(pairs)
