"""The words read off a pattern never rule out a text the pattern matches."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from test_gates import TEXTS  # every line and sentence of the article fixtures

import evkb.kb.extract
import evkb.kb.records
from evkb.kb.extract.gates import Folded, folded
from evkb.kb.extract.literals import required_words


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\b(?:launch|debut)\s+of\b", ("debut", "launch")),
        (r"(?:launch(?:es|ed)?|debut)", ("debut", "launch")),
        (r"a?bcd", ("bcd",)),
        (r"(?:abc)*xyz", ("xyz",)),
        (r"(?:plant|plants)\s+in", ("plant",)),  # "plants" holds "plant"
        (r"(?<=sale)\s+\d", ("sale",)),  # what a look-behind sees is in the text too
        (r"(?:x|y)z", None),  # too short to tell
        (r"foo|\d+", None),  # a branch that needs no word
        (r"(?:abc)?\d", None),  # an optional word is no requirement
        (r"(?!abc)\w+", None),  # nor is a word that must not be there
        (r"(?i)launch", None),  # a case-blind pattern's words would need folding first
        (r"(?:a|b|c|d|e|f|g|h|i|j|k|l|m)xyz", ("xyz",)),  # the telling part of a sequence
        ("|".join(c * 3 for c in "abcdefghijklm"), None),  # too many words to test
        ("|".join(f"word{n:02d}" for n in range(13)), ("word",)),  # their common start
    ],
)
def test_required_words(pattern, words) -> None:
    assert required_words(re.compile(pattern)) == words


def _folded_patterns() -> list[tuple[str, Folded]]:
    """Every pattern of extraction's modules that runs as its lower-case copy."""
    found = []
    for package in (evkb.kb.extract, evkb.kb.records):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            found += [
                (f"{info.name}.{name}", value)
                for name, value in vars(module).items()
                if isinstance(value, Folded)
            ]
    return found


FOLDED = _folded_patterns()


def test_folded_patterns_have_words() -> None:
    assert sum(pattern.words is not None for _, pattern in FOLDED) >= 10


@pytest.mark.parametrize(("name", "pattern"), FOLDED, ids=[name for name, _ in FOLDED])
def test_folded_pattern_words_keep_every_match(name, pattern) -> None:
    for text in TEXTS:
        # a pattern without words to gate on must still find what its compiled form finds
        if pattern.words is not None and pattern.compiled.search(text) is not None:
            low = folded(text)
            assert any(word in low for word in pattern.words), text
        ours = pattern.search(text)
        found = pattern.compiled.search(text)
        assert (ours and ours.span()) == (found and found.span())
