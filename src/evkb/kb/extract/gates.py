"""Cheap tests that tell a pattern cannot match a text, and a faster way to run case-blind ones.

Most sentences state no period, no plant and no chemistry, yet a case-blind pattern of many
words tries every word at every character of every sentence. Whatever such a pattern matches
holds one of its words, so "none of the words is in the text" (a few substring tests) rules
it out; where a word is there, the pattern runs as before and decides.

A case-blind pattern is also slow where it does run: `re` compares each of its letters through
a case table and cannot skip an alternative by its first letter, so `\\b(?:launch|debut|...)`
tries every word of the alternation at every word of the text. Written in lower case and run
heeding case over the folded text (`Folded`), the same pattern finds the same places three to
five times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, cast

from evkb.kb.extract.literals import required_words

# What a case-blind pattern reads as an ASCII letter that `str.lower` keeps apart (the long s,
# the dotless i, the dotted capital I, the kelvin sign): folded first, no match is missed.
_FOLD = str.maketrans({"ſ": "s", "ı": "i", "İ": "i", "K": "k"})
# The characters of _FOLD that `str.lower` alone would fold otherwise.
_FOLDED = tuple(chr(c) for c, to in _FOLD.items() if chr(c).lower() != to)


def fold(text: str) -> str:
    """The text in lower case as a case-blind pattern compares it."""
    low = text.lower()
    if low.isascii() or not any(map(text.__contains__, _FOLDED)):
        return low  # `translate` reads the text a character at a time: only where it changes it
    return text.translate(_FOLD).lower()


@lru_cache(maxsize=4096)
def folded(text: str) -> str:
    """`fold` kept: one copy a sentence, as several patterns test the same sentence."""
    return fold(text)


def minimal_words(words: Iterable[str]) -> tuple[str, ...]:
    """The words, in their order, without repeats and those that hold another of them
    ("carmaker" holds "maker"): a text holds one of the words exactly when it holds one of
    these, tested in fewer steps."""
    unique = tuple(dict.fromkeys(words))
    return tuple(w for w in unique if not any(v != w and v in w for v in unique))


def holds(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of `words` is in the text as written (for a pattern that heeds case)."""
    # A loop of `in` tests, not any(map(text.__contains__, ...)): the gates run a thousand
    # times a document, and calling the method through map costs more than the search.
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


def finder(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern whose `search` answers `holds(text, words)` in one scan of the text: `re` skips
    from one of the words' first characters to the next, where `holds` reads the whole text
    once for each word (two to five times faster on sentences for ten to forty words)."""
    return re.compile("|".join(map(re.escape, words)))


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of `words` (lower case) is in the text, case aside."""
    low = folded(text)
    for word in words:  # noqa: SIM110 (`holds` inline: asked some 300 times a document)
        if word in low:
            return True
    return False


def search_from(pattern: re.Pattern[str], lead: str, text: str) -> re.Match[str] | None:
    """`pattern.search(text)` for a pattern whose every match starts with `lead` as written.

    A pattern that opens with `\\b` is tried at every character of the text, where one that
    opens with a plain word jumps from one place of the word to the next: on a whole article,
    finding the word first and matching there is some fifty times faster. (`match` at a
    position still reads the character before it for `\\b`.)"""
    at = text.find(lead)
    while at >= 0:
        found = pattern.match(text, at)
        if found is not None:
            return found
        at = text.find(lead, at + 1)
    return None


class Gated:
    """A compiled pattern that runs only on a text holding a word of each group (lower case,
    tested case aside, so a pattern's case-blind and case-heeding parts alike are kept).

    Made where the pattern is defined (`Gated(re.compile(...), "cell pack")`), it stands
    for the pattern everywhere it is used; a text without the words gets what the pattern
    would have given it: no match. `tests/unit/test_gates.py` holds every one of them to the
    matches of its pattern on the fixtures."""

    __slots__ = ("_scan", "compiled", "groups", "plain")

    def __init__(self, compiled: re.Pattern[str], *groups: str | tuple[str, ...]):
        self.compiled = compiled
        # One place (`match`, `fullmatch`) is tried by the pattern itself, also when it is
        # given as a `Folded` copy.
        self.plain = compiled.compiled if isinstance(compiled, Folded) else compiled
        self._scan: re.Pattern[str] | Folded | None = None  # `scanner()`, once asked
        # "cell pack" stands for ("cell", "pack"): a long list of words stays one line.
        self.groups = tuple(minimal_words(g.split() if isinstance(g, str) else g) for g in groups)

    def could_match(self, text: str) -> bool:
        low = folded(text)
        for words in self.groups:  # loops, not all() and any() (see `holds`)
            for word in words:
                if word in low:
                    break
            else:
                return False
        return True

    def scanner(self) -> re.Pattern[str] | Folded:
        """What searches a text that passed the gate: a case-blind pattern would try each of
        its characters, so it runs as its lower-case copy over the folded text (`Folded`)
        where one can be written. Made at the first search, not when the module is imported
        (most of a process's patterns never search)."""
        scan = self._scan
        if scan is None:
            scan = self.compiled
            if isinstance(scan, re.Pattern) and scan.flags & re.I:
                copy = Folded(scan)
                if copy.lower is not None:
                    scan = copy
            self._scan = scan
        return scan

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        if not self.could_match(text):
            return None
        return (self._scan or self.scanner()).search(text, *span)

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        return self.plain.match(text, *span) if self.could_match(text) else None

    def fullmatch(self, text: str, *span: int) -> re.Match[str] | None:
        return self.plain.fullmatch(text, *span) if self.could_match(text) else None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        if not self.could_match(text):
            return iter(())
        return (self._scan or self.scanner()).finditer(text, *span)

    def findall(self, text: str, *span: int) -> list[Any]:
        if not self.could_match(text):
            return []
        return (self._scan or self.scanner()).findall(text, *span)

    def __getattr__(self, name: str) -> Any:  # .pattern, .flags, .groupindex ...
        if name in Gated.__slots__:  # not set yet (a copy being made)
            raise AttributeError(name)
        return getattr(self.compiled, name)


def gated(compiled: re.Pattern[str], *groups: str | tuple[str, ...]) -> re.Pattern[str]:
    """The pattern behind a gate of words (see `Gated`), given its name where it is defined
    (`_NAME = gated(_NAME, "cell pack")`) so that every use of it is gated: it serves
    as the pattern wherever search, match, fullmatch, finditer and findall are called."""
    return cast(re.Pattern[str], Gated(compiled, *groups))


def finditer_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` gives, for a pattern whose every match starts at one of
    `starts` (in order, more places do no harm) and is never empty: each next match is the
    first place at or after the last one's end where the pattern matches.

    A pattern that opens with an alternation or a look-behind is tried by `re` at every
    character; one cheap scan for the places a match can start at all spares that."""
    if isinstance(pattern, Gated):
        if not pattern.could_match(text):
            return
        pattern = pattern.plain
    end = 0
    for start in starts:
        if start >= end and (found := pattern.match(text, start)) is not None:
            yield found
            end = found.end()


def word_starts(text: str, words: tuple[str, ...]) -> list[int]:
    """The places, in order, where one of `words` (lower case) is in the text, case aside: where
    a case-blind pattern whose every match opens with one of them can start (see
    `finditer_at`), found by a few substring scans instead of the pattern tried at every
    character."""
    return places_of(folded(text), words)


def places_of(text: str, words: tuple[str, ...]) -> list[int]:
    """The places, in order, where one of `words` stands in the text as written."""
    places = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            places.append(at)
            at = text.find(word, at + 1)
    places.sort()
    return places


class Folded:
    """A case-blind compiled pattern run as its lower-case copy over the folded text.

    `fold` keeps every character's place and reads each letter as a case-blind pattern does
    (and `\\w`, `\\s`, `\\d` alike: `tests/unit/test_folded.py` checks every code point), so
    the copy matches at the same places; the match returned is the pattern's own at that place
    (the text as written in its groups). A pattern `lower_copy` cannot copy exactly (a part
    that heeds case, a cased character beyond ASCII, a back reference) runs as it is."""

    __slots__ = ("compiled", "lower", "words")

    def __init__(self, compiled: re.Pattern[str]):
        self.compiled = compiled
        self.lower = lower_copy(compiled)
        # Words one of which each match holds (`literals`): most sentences hold none of them,
        # and a few substring tests say so before the pattern is tried at every character.
        self.words = required_words(self.lower) if self.lower is not None else None

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        if self.lower is None:
            return self.compiled.search(text, *span)
        low = folded(text)
        if self.words is not None and not holds(low, self.words):
            return None
        found = self.lower.search(low, *span)
        if found is None:
            return None
        own = self.compiled.match(text, found.start(), *span[1:])
        if own is not None and own.end() == found.end():
            return own
        return self.compiled.search(text, *span)  # never seen; the pattern itself then answers

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled.match(text, *span)  # one place: nothing to skip

    def fullmatch(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, *span)

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        if self.lower is None:
            return self.compiled.finditer(text, *span)
        low = folded(text)
        if self.words is not None and not holds(low, self.words):
            return iter(())
        found = []
        match = self.compiled.match
        for place in self.lower.finditer(low, *span):
            own = match(text, place.start(), *span[1:])
            if own is None or own.end() != place.end():
                return self.compiled.finditer(text, *span)
            found.append(own)
        return iter(found)

    def findall(self, text: str, *span: int) -> list[Any]:
        if self.lower is None:
            return self.compiled.findall(text, *span)
        groups = self.compiled.groups
        return [
            m.group() if groups == 0 else m.group(1) or "" if groups == 1 else m.groups("")
            for m in self.finditer(text, *span)
        ]

    def __getattr__(self, name: str) -> Any:  # .pattern, .flags, .groupindex, .sub ...
        if name == "compiled":  # not set yet (a copy being made)
            raise AttributeError(name)
        return getattr(self.compiled, name)


def folded_pattern(compiled: re.Pattern[str]) -> re.Pattern[str]:
    """A case-blind pattern run over the folded text (see `Folded`), given its name where it
    is defined (`_WORDS = folded_pattern(re.compile(..., re.I))`)."""
    return cast(re.Pattern[str], Folded(compiled))


# In a pattern's source: an escape, a group's name, an inline flag, a back reference by name or
# a condition on a group, or a set of characters (whose escapes `lower_copy` reads in turn).
_SOURCE_PART = re.compile(
    r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|.)|\(\?P[<=][^>)]*[>)]|"
    r"\(\?[aiLmsux-]+[:)]|\(\?\(|\[\^?\]?(?:\\.|[^\]\\])*\]",
    re.S,
)
_ESCAPE = re.compile(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|.)", re.S)
# A range in a set: "A-Z" in lower case is "a-z", but "A-z" would become another set.
_RANGE = re.compile(r"([^\\])-([^\\\]])")


def lower_copy(compiled: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-blind pattern written in lower case and heeding case, to run over folded
    text; None where such a copy could match elsewhere than the pattern does."""
    source, flags = compiled.pattern, compiled.flags
    if not isinstance(source, str) or flags & (re.VERBOSE | re.ASCII | re.LOCALE):
        return None
    if source.startswith("(?i)"):
        source = source[4:]
    if not flags & re.I:
        return None
    out = []
    at = 0
    for part in _SOURCE_PART.finditer(source):
        out.append(source[at : part.start()].lower())
        at = part.end()
        text = part.group()
        if text.startswith("(?P<"):
            out.append(text)  # a group's name is kept as written
        elif text == "(?i:":
            out.append("(?:")  # case-blind inside a case-blind pattern: nothing more
        elif text.startswith("("):
            return None  # another inline flag, or a back reference by name
        elif text.startswith("\\"):
            if not _plain_escape(text):
                return None
            out.append(text)
        else:  # a set: its letters in lower case, its escapes as written
            pieces = []
            inner = 0
            for escape in _ESCAPE.finditer(text):
                if not _plain_escape(escape.group()):
                    return None
                pieces += [text[inner : escape.start()], escape.group()]
                inner = escape.end()
            pieces.append(text[inner:])
            plain = pieces[::2]
            if (
                any(
                    a.isalpha() != b.isalpha() or a.isupper() != b.isupper()
                    for piece in plain
                    for a, b in _RANGE.findall(piece)
                )
                or any(  # a range between an escape and a letter
                    (n and piece[:1] == "-" and piece[1:2].isalpha())
                    or (n < len(plain) - 1 and piece[-1:] == "-" and piece[-2:-1].isalpha())
                    for n, piece in enumerate(plain)
                )
            ):
                return None
            out.append("".join(p if n % 2 else p.lower() for n, p in enumerate(pieces)))
    out.append(source[at:].lower())
    copy = "".join(out)
    if any(not c.isascii() and (c.lower() != c or c.upper() != c) for c in copy):
        return None  # a cased letter beyond ASCII may fold otherwise than `re` reads it
    return re.compile(copy, flags & ~re.I)


def _plain_escape(escape: str) -> bool:
    """Whether an escape keeps its meaning in a pattern that heeds case: a class ("\\w",
    "\\S"), an assertion or a character that is no letter; not a back reference ("\\1")
    or a letter written by its code ("\\x41", "\\N{...}")."""
    kind = escape[1]
    if kind in "xuU":
        return not chr(int(escape[2:], 16)).isalpha()
    return not kind.isdigit() and kind != "N"


def is_word_char(char: str) -> bool:
    """`\\w` as `re` reads it."""
    return char.isalnum() or char == "_"


def word_edge(text: str, at: int) -> bool:
    """Whether `\\b` holds at `at`: a word character on one side of it and not on the other."""
    before = at > 0 and is_word_char(text[at - 1])
    return before != (at < len(text) and is_word_char(text[at]))


def phrase_spans(text: str, phrase: str) -> Iterator[tuple[int, int]]:
    """Where `re.finditer(rf"\\b{re.escape(phrase)}\\b", text)` matches, without a pattern.

    Rules test a document's own names (a product, a town, a company's shorter name) against
    its sentences; a pattern made for each name is compiled again once `re`'s cache of 512
    patterns is full, which a document of many names makes every time, so `str.find` looks.
    """
    if not phrase:
        return
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if word_edge(text, at) and word_edge(text, end):
            yield at, end
            at = text.find(phrase, end)
        else:
            at = text.find(phrase, at + 1)


def has_phrase(text: str, phrase: str) -> bool:
    """Whether `phrase` stands in the text as whole words (`phrase_spans` finds it)."""
    return next(phrase_spans(text, phrase), None) is not None


def opens_with(text: str, phrase: str) -> bool:
    """Whether `re.match(rf"{re.escape(phrase)}\\b", text)` would match."""
    return text.startswith(phrase) and word_edge(text, len(phrase))
