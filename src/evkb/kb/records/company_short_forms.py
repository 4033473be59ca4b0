"""Which accepted company names are a shorter form of another one in the same document.

Copy names a company in full once and by a part of its name afterwards: the name's first
words ("Acme" for "Acme Cells"), its distinctive word after a city, a legal form or a generic
word ("Ruvolt" after "Tianbei Ruvolt Power", "PT Acme Nikel" is Acme Nikel), or the common
words it ends with ("the Working Group" after "Brask Valley Working Group"). Each shorter
form becomes an alias of the longer name, not a company of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from evkb.kb.records import company_cues as cue
from evkb.kb.records.words import PLACE_WORDS, country_of


class ShortForms:
    """The accepted names of one document, their words and where each is first mentioned
    (`mentioned`, asked only of the few names a shorter form may belong to)."""

    def __init__(
        self, keys: Iterable[str], mentioned: Callable[[str], int], parents: Iterable[str] = ()
    ) -> None:
        self.words = {k: k.split() for k in keys}
        self.parents = set(parents)  # "its parent, Acme": a name family, never merged
        self._mentioned = mentioned
        self._first: dict[str, int] = {}
        # Longer names by first word, and by the word after a leading legal form.
        self.by_first: dict[str, list[str]] = {}
        for key, words in self.words.items():
            if len(words) < 2:
                continue
            self.by_first.setdefault(words[0], []).append(key)
            if words[0] in cue.LEADING_FORMS:
                self.by_first.setdefault(words[1], []).append(key)
        # Longer names by each of their words after the first, for the inner part of a name.
        self.by_inner: dict[str, list[str]] = {}
        for key, words in self.words.items():
            for word in dict.fromkeys(words[1:]):
                self.by_inner.setdefault(word, []).append(key)

    def longer_name(self, key: str) -> str:
        """The one longer accepted name `key` is a shorter form of, or ""."""
        if key in self.parents:
            return ""
        return self._start_of(key) or self._part_of(key) or self._reordered(key)

    def _reordered(self, key: str) -> str:
        """ "Energy Department" is the "Department of Energy" the text names too (and the
        "U.S. Department of Energy")."""
        words = self.words[key]
        if len(words) < 2 or words[-1] not in cue.ORG_HEADS:
            return ""
        spelled = " ".join([words[-1], "of", *words[:-1]])
        found = [m for m in self.words if m == spelled or m.endswith(" " + spelled)]
        return found[0] if len(found) == 1 else ""

    def _start_of(self, key: str) -> str:
        """A single word may stand for any longer name it starts, a longer one where the rest
        is organisation words, or where that longer name came first and the rest is no place
        ("Acme Cells" after "Acme Cells Assembly FZE", never beside "Acme Cells Europe")."""
        words = self.words[key]
        size = len(words)
        longer = [m for m in self.by_first.get(words[0], ()) if m != key]
        longer = [m for m in longer if self._unprefixed(m)[:size] == words]
        if not longer:
            return ""
        full = max(longer, key=len)
        full_words = self._unprefixed(full)
        if any(full_words[: len(self._unprefixed(m))] != self._unprefixed(m) for m in longer):
            return ""  # "Acme Cells" and "Acme Motors": two companies, the short form is neither
        rest = full_words[size:]
        if size == 1 or all(_generic(w) or w in cue.CONNECTORS for w in rest):
            return full
        if not any(_placed(w) for w in rest) and self._before(full, key):
            return full
        return ""

    def _before(self, first: str, then: str) -> bool:
        """Whether the text mentions `first` no later than `then`."""
        for key in (first, then):
            if key not in self._first:
                self._first[key] = self._mentioned(key)
        return self._first[first] <= self._first[then]

    def _part_of(self, key: str) -> str:
        """A name that stands inside one longer name, never first in it, and is mentioned
        only after it ("Ruvolt" after "Tianbei Ruvolt Power", "Working Group" after "Brask
        Valley Working Group"). Not an acronym, a place or a name whose head stands alone."""
        words = self.words[key]
        generic = all(_generic(w) for w in words)
        if len(words[0]) < 3 or (not generic and any(w in PLACE_WORDS for w in words)):
            return ""
        around = []
        for longer in self.by_inner.get(words[0], ()):
            full = self._unprefixed(longer)
            if longer == key or len(full) <= len(words):
                continue
            for start in range(1, len(full) - len(words) + 1):
                if full[start : start + len(words)] != words:
                    continue
                # A generic name ("Working Group") only as the longer name's end.
                if generic and start + len(words) != len(full):
                    continue
                around.append((longer, full[:start]))
                break
        if len(around) != 1:
            return ""
        longer, head = around[0]
        # "Sumitomo Mitsui ..." beside "Mitsui": the head is a company of its own.
        if " ".join(head) in self.words or not self._before(longer, key):
            return ""
        return longer

    def _unprefixed(self, key: str) -> list[str]:
        words = self.words[key]
        return words[1:] if len(words) > 1 and words[0] in cue.LEADING_FORMS else words


# Regions a subsidiary's name ends with ("Acme Cells Europe", "Acme Americas").
_REGIONS = frozenset(
    """europe european asia asian africa african america americas american oceania pacific
    nordic nordics emea apac latam international global""".split()
)


def _placed(word: str) -> bool:
    """Whether a word of a longer name says where that company is (a subsidiary's name)."""
    return word in _REGIONS or bool(country_of(word))


# Nouns of administration a body's name ends with ("County Council", "State Agency").
_ADMINISTRATIVE = frozenset("county state city province region district municipal".split())


def _generic(word: str) -> bool:
    """A word any organisation's name may have: it tells no company from another."""
    return word in cue.ORG_WORDS or word in cue.SUFFIXES or word in _ADMINISTRATIVE
