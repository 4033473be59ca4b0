"""Finding known names and their aliases in text, on word boundaries."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Protocol

from evkb.kb.extract.gates import fold, is_word_char

_NAME_WORD = re.compile(r"\w+")
# Up to this many first words, testing each in the folded text is cheaper than listing the
# text's words.
_FEW_FIRSTS = 64


class NameFinder(Protocol):
    """What the claims and candidates stages need of a matcher: the known names in a text."""

    def find(self, text: str) -> list[tuple[str, int, int]]: ...


class NameMatcher:
    """Finds known names (companies, terms) in text: whole words, longest first, no overlaps.

    Names of four characters or fewer, or with a word in capitals ("BYD", "CATL", "SK On",
    "LG Energy Solution"), match case-sensitively, so ordinary words ("sk on", "byd") are
    not taken for them; other names match in any case ("TOYOTA" in a shouting headline).
    A possessive ("Toyota's") is a mention.
    Names are indexed by their first word, so finding costs the same for ten names or ten
    thousand: each word of the text is looked up once and only names starting with it are
    tried there.
    """

    def __init__(self, names: Mapping[str, str]):
        by_first: dict[str, list[tuple[int, Spelling, str, int]]] = {}
        for name, ident in names.items():
            name = " ".join(name.split())
            first = _NAME_WORD.search(name)
            if first is None:
                continue
            pattern = _name_pattern(name)
            # The first word is found in the text by `\w+`; a name that does not start
            # with a word character ("3M" does, "@Home" does not) starts at that word.
            start = first.start()
            key = first.group().casefold()
            by_first.setdefault(key, []).append((len(name), pattern, ident, start))
        for entries in by_first.values():
            entries.sort(key=lambda entry: -entry[0])
        self._by_first = by_first
        self._narrowed = {
            key: _Narrowed(entries) for key, entries in by_first.items() if len(entries) > _MANY
        }

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def find(self, text: str) -> list[tuple[str, int, int]]:
        found: list[tuple[str, int, int]] = []
        by_first = self._by_first
        # Most texts hold no name's first word: a few substring tests (or, for a long list of
        # names, one pass over the text's words) say so before the loop below.
        if len(by_first) > _FEW_FIRSTS:
            firsts = by_first.keys() & _words(text)
        else:
            low = _casefolded(text)
            firsts = {first for first in by_first if first in low}  # `in`: see gates.holds
        if not firsts:
            return found
        last_end = 0
        narrowed = self._narrowed
        for start, key in _places(text, firsts):
            if start < last_end:
                continue
            entries = by_first[key]
            if key in narrowed:
                entries = narrowed[key].tried(text, start)
            for _, pattern, ident, lead in entries:
                begin = start - lead
                if begin < last_end or (begin > 0 and is_word_char(text[begin - 1])):
                    continue
                end = pattern.end_at(text, begin)
                if end < 0:
                    continue
                if end < len(text) and is_word_char(text[end]):
                    continue
                found.append((ident, begin, end))
                last_end = end
                break
        return found


# Past this many names of one first word, a place of the word tries only the names whose
# first two words could be written there (`_Narrowed`).
_MANY = 8
_SPACE = re.compile(r"\s")
_INK = re.compile(r"\S")

Entry = tuple[int, "Spelling", str, int]  # a name's length, spelling, company and lead


class _Narrowed:
    """The names of one first word, by what a place must hold for each to be written there.

    A text of many names that share a first word ("Acme Holding", "Acme Power", ... a
    directory, or a document made to be slow) would try each of them at every place of the
    word. A name of two words or more is written at a place only if the place's first
    whitespace-free run is its first word (as written, or folded for a name matched case
    aside) and the run after the spaces starts with its second word's first letter; so the
    names are filed under those two, and a place tries the names filed under what it holds,
    with those of one word and those matched by a compiled pattern, in the matcher's order."""

    __slots__ = ("entries", "groups", "leads", "loose")

    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self.loose: list[int] = []
        self.groups: dict[tuple[int, bool, str, str], list[int]] = {}
        leads: set[int] = set()
        for index, (_, spelling, _, lead) in enumerate(entries):
            parts = spelling.parts
            if len(parts) < 2 or spelling.compiled is not None:
                self.loose.append(index)
                continue
            leads.add(lead)
            key = (lead, spelling.exact, parts[0], parts[1][0])
            self.groups.setdefault(key, []).append(index)
        self.leads = sorted(leads)

    def tried(self, text: str, start: int) -> list[Entry]:
        """The names that could be written where the first word stands at `start`."""
        chosen = list(self.loose)
        groups = self.groups
        for lead in self.leads:
            begin = start - lead
            space = _SPACE.search(text, begin) if begin >= 0 else None
            ink = _INK.search(text, space.end()) if space is not None else None
            if space is None or ink is None:
                continue
            run, letter = text[begin : space.start()], text[ink.start()]
            chosen += groups.get((lead, True, run, letter), ())
            chosen += groups.get((lead, False, fold(run), fold(letter)), ())
        chosen.sort()
        return [self.entries[index] for index in chosen]


def _places(text: str, keys: set[str]) -> list[tuple[int, str]]:
    """(start, key) of each word of the text (`\\w+`) whose case fold is one of `keys`, in
    order. Found by `str.find` over the folded text, which keeps every character's place when
    its length is the text's: a Python step for each of the few names' words rather than for
    every word of the passage."""
    low = _casefolded(text)
    # A character that folds to two ("ß") moves the places, and a one-letter word is in most
    # words: then the text is read word by word.
    if len(low) != len(text) or any(len(key) < 2 for key in keys):
        return [
            (word.start(), key)
            for word in _NAME_WORD.finditer(text)
            if (key := word.group().casefold()) in keys
        ]
    places = []
    for key in keys:
        size = len(key)
        at = low.find(key)
        while at >= 0:
            if at == 0 or not is_word_char(text[at - 1]):
                word = _NAME_WORD.match(text, at)
                if word is not None and word.end() == at + size:
                    places.append((at, key))
            at = low.find(key, at + 1)
    places.sort()
    return places


@lru_cache(maxsize=1024)
def _casefolded(text: str) -> str:
    """A passage's case fold, kept: both matchers read the same passages."""
    return text.casefold()


@lru_cache(maxsize=1024)
def _words(text: str) -> frozenset[str]:
    """A text's words, case folded, kept: the curated names' matcher and each document's own
    ask it of the same passages."""
    return frozenset(map(str.casefold, _NAME_WORD.findall(text)))


@lru_cache(maxsize=8192)
def _name_pattern(name: str) -> Spelling:
    """A name's spelling, kept: a collection names the same companies in document after
    document."""
    return Spelling(name)


class Spelling:
    """A name as the pattern `\\s+`.join(its words) matches it: case-sensitively for a short
    name or one with a word in capitals, else case aside.

    Each document's own names get a matcher of their own, and compiling a pattern for each
    new name cost more than all the matching done with it; a name's words are compared as
    literals instead (`str.startswith`, or over `gates.fold`, which reads each character as a
    case-blind pattern does). A case-blind name with a letter beyond ASCII, which `fold` may
    read otherwise than `re`, keeps the compiled pattern."""

    __slots__ = ("compiled", "exact", "name", "parts")

    def __init__(self, name: str):
        self.name = name
        self.parts = tuple(name.split(" "))
        self.exact = len(name) <= 4 or any(len(w) > 1 and w.isupper() for w in self.parts)
        self.compiled: re.Pattern[str] | None = None
        if not self.exact and not name.isascii():
            body = r"\s+".join(re.escape(part) for part in self.parts)
            self.compiled = re.compile(f"(?i:{body})")
        elif not self.exact:
            self.parts = tuple(part.lower() for part in self.parts)

    def end_at(self, text: str, begin: int) -> int:
        """Where the name written at `begin` ends, or -1 when it is not written there."""
        if self.compiled is not None:
            found = self.compiled.match(text, begin)
            return -1 if found is None else found.end()
        at, size = begin, len(text)
        for n, part in enumerate(self.parts):
            if n:
                if at >= size or not text[at].isspace():
                    return -1
                at += 1
                while at < size and text[at].isspace():
                    at += 1
            if self.exact:
                if not text.startswith(part, at):
                    return -1
            elif fold(text[at : at + len(part)]) != part:
                return -1
            at += len(part)
        return at
