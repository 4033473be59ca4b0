"""Case-blind patterns run in lower case over the folded text find exactly what they found."""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
import sys
from pathlib import Path

import pytest

import evkb.kb.extract
import evkb.kb.records
from evkb.kb.extract.gates import Folded, Gated, fold, folded_pattern, lower_copy

# Every line and sentence of the article fixtures, and the characters before each figure.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_gates import TEXTS


def _folded_patterns() -> list[tuple[str, Folded]]:
    """Every pattern of extraction's modules that `folded_pattern` wraps, gated or not, and
    the folded copies gated case-blind patterns search with."""
    found: dict[int, tuple[str, Folded]] = {}  # a pattern imported elsewhere is tested once
    for package in (evkb.kb.extract, evkb.kb.records):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in vars(module).items():
                inner = value.scanner() if isinstance(value, Gated) else value
                if isinstance(inner, Folded):
                    found.setdefault(id(inner), (f"{info.name}.{name}", inner))
    return list(found.values())


FOLDED = _folded_patterns()


def test_fold_reads_every_character_as_a_case_blind_pattern_does() -> None:
    # Each code point: folded to an ASCII letter exactly when a case-blind pattern reads it as
    # that letter; a word character, a space or a digit exactly when it was one; no other
    # ASCII character but itself; one character for one.
    letters = {c: re.compile(c, re.I) for c in string.ascii_lowercase}
    any_letter = re.compile("[a-z]", re.I)
    classes = [re.compile(r"\w"), re.compile(r"\s"), re.compile(r"\d")]
    wrong = []
    for code in range(0x110000):
        char = chr(code)
        low = fold(char)
        if len(low) != 1:
            wrong.append((hex(code), low))
            continue
        if any_letter.fullmatch(char):
            read = [c for c, pattern in letters.items() if pattern.fullmatch(char)]
            if read != [low]:
                wrong.append((hex(code), low, read))
        elif low.isascii() and low != char:
            wrong.append((hex(code), low))
        if any(bool(c.fullmatch(char)) != bool(c.fullmatch(low)) for c in classes):
            wrong.append((hex(code), "class"))
    assert wrong == []


@pytest.mark.parametrize(
    "source",
    [
        r"\bcell(?-i:[A-Z])",  # a part that heeds case
        r"(?s:cell.)",
        r"(?P<w>\w+)\s+(?P=w)",  # back references
        r"(\w+)\s+\1",
        r"(?P<A>x)?(?(A)y|z)",  # a condition on a group
        r"\x41cme",  # a letter by its code
        r"\N{LATIN SMALL LETTER A}",
        r"[\x20-Z]",  # ranges whose lower case is another set
        r"[A-z]",
        r"caf\u00c9",
        "Zürich",  # a cased letter beyond ASCII
    ],
)
def test_lower_copy_refuses_what_it_cannot_copy_exactly(source) -> None:
    assert lower_copy(re.compile(source, re.I)) is None


def test_lower_copy_writes_letters_in_lower_case_and_keeps_the_rest() -> None:
    copy = lower_copy(re.compile(r"(?P<Name>[A-Z]{1,3}\$|\bRs\.?)\S\W\u2013[^A-Z\d]", re.I))
    assert copy is not None
    assert copy.pattern == r"(?P<Name>[a-z]{1,3}\$|\brs\.?)\S\W\u2013[^a-z\d]"
    assert not copy.flags & re.I
    assert lower_copy(re.compile(r"(?i)\bcell\b")).pattern == r"\bcell\b"  # type: ignore[union-attr]
    assert lower_copy(re.compile(r"(?i:Cell)s", re.I)).pattern == r"(?:cell)s"  # type: ignore[union-attr]
    assert lower_copy(re.compile(r"Cell")) is None  # heeds case: nothing to gain


def test_folded_answers_as_the_pattern_does() -> None:
    pattern = re.compile(r"\b(?P<word>İt|ſun|cell)s?\b|(x)", re.I)
    ours = folded_pattern(pattern)
    for text in ["IT suns", "ıt ſun CELLS x", "", "the Cell. x", "\u212aelvin it"]:
        for pos in range(len(text) + 1):
            assert (m := ours.search(text, pos)) is None or m.re is pattern
            found = [m.span() for m in pattern.finditer(text, pos)]
            assert [m.span() for m in ours.finditer(text, pos)] == found
            assert ours.findall(text, pos) == pattern.findall(text, pos)
            end = max(pos, len(text) - 1)
            ours_found, found_ = ours.search(text, pos, end), pattern.search(text, pos, end)
            assert (ours_found and ours_found.span()) == (found_ and found_.span())


def test_patterns_are_folded() -> None:
    assert len(FOLDED) >= 20
    # A pattern edited into one `lower_copy` cannot copy would silently lose the speed.
    assert [name for name, pattern in FOLDED if pattern.lower is None] == []


@pytest.mark.parametrize(("name", "pattern"), FOLDED, ids=[name for name, _ in FOLDED])
def test_folded_pattern_matches_as_the_pattern_does(name, pattern) -> None:
    compiled = pattern.compiled
    for text in TEXTS:
        theirs = [(m.span(), m.groups()) for m in compiled.finditer(text)]
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == theirs, text
        found = pattern.search(text)
        assert (found and found.span()) == (theirs[0][0] if theirs else None)
    assert pattern.pattern == compiled.pattern
