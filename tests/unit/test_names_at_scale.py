"""A document of many names, or one long run of words, costs time in proportion to its size:
the tests that replace patterns made for each name find what those patterns found."""

from __future__ import annotations

import random
import re

import pytest

from evkb.kb.extract import names as names_module
from evkb.kb.extract.gates import has_phrase, opens_with, phrase_spans
from evkb.kb.extract.names import NameMatcher
from evkb.kb.extract.passages import split_passages
from evkb.kb.records.sentences import LONGEST_SENTENCE, body_sentences

_WORDS = [
    "Acme",
    "ACME",
    "acme",
    "Holding",
    "HOLDING",
    "Power",
    "S.A.,",
    "Co.",
    "Bank",
    "MV",
    "Société",
    "des",
    "Light",
    "East",
    "İzmir",
    "Straße",
    "and",
    "of",
    "-Tec",
    "Acme-Power",
]
_SPACES = [" ", " ", " ", "  ", "\n", "\t", "\u00a0"]


def _names(rng: random.Random) -> dict[str, str]:
    made = {}
    for n in range(120):
        words = [rng.choice(_WORDS[:3])] + [rng.choice(_WORDS) for _ in range(rng.randint(0, 3))]
        made[" ".join(words)] = f"c{n}"
    return made


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_WORDS) + rng.choice(_SPACES) for _ in range(400))


@pytest.mark.parametrize("seed", range(12))
def test_narrowed_places_find_what_every_name_finds(seed, monkeypatch):
    rng = random.Random(seed)
    names, texts = _names(rng), [_text(rng) for _ in range(5)]
    narrowed = NameMatcher(names)
    monkeypatch.setattr(names_module, "_MANY", 10**9)
    every = NameMatcher(names)
    assert narrowed._narrowed and not every._narrowed
    for text in texts:
        assert narrowed.find(text) == every.find(text)


def test_a_place_tries_only_names_that_could_stand_there():
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    names = {f"Acme {letters[n % 26]}{n} Group": f"c{n}" for n in range(260)}
    matcher = NameMatcher(names)
    tried = matcher._narrowed["acme"].tried("Acme K10 Group said", 0)
    assert {entry[2] for entry in tried} == {f"c{n}" for n in range(10, 260, 26)}
    assert matcher.find("Acme K10 Group said") == [("c10", 0, 14)]


@pytest.mark.parametrize("seed", range(8))
def test_phrase_tests_agree_with_the_patterns_they_replace(seed):
    rng = random.Random(seed)
    pieces = ["Tern", "Tern R2", "R2", "Co.", "S.A.,", "_x", "é", "-", " ", ",", "(", ")", "2"]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        phrase = "".join(rng.choice(pieces[:-4]) for _ in range(rng.randint(1, 2)))
        pattern = re.compile(rf"\b{re.escape(phrase)}\b")
        assert list(phrase_spans(text, phrase)) == [m.span() for m in pattern.finditer(text)]
        assert has_phrase(text, phrase) == bool(pattern.search(text))
        assert opens_with(text, phrase) == bool(re.match(rf"{re.escape(phrase)}\b", text))


def test_a_run_of_words_with_no_stop_makes_no_sentence_for_the_record_rules():
    prose = "Acme Cells said on Monday it would build a plant. "
    soup = "Acme Holding Power and Light of East Bank " * 60  # 2,520 characters, no stop
    passages = split_passages("doc", prose + soup + ".\n\n" + prose)
    texts = [s.text for s in body_sentences(passages)]
    assert texts == [prose.strip(), prose.strip()]
    assert LONGEST_SENTENCE > 600  # news copy's longest sentences are kept


def test_a_document_of_thousands_of_names_keeps_the_first_named(monkeypatch):
    from evkb.kb import records
    from evkb.kb.records.company_found import Found

    found = {
        "late": Found("Late", strong=[("kind noun", 0.9, 7)]),
        "bare": Found("Bare"),
        "early": Found("Early", weak=[("suffix", 0.5, 1)]),
        "middle": Found("Middle", strong=[("kind noun", 0.9, 4)]),
    }
    assert records._first_named(found) is found  # a document of a few names: all of them
    monkeypatch.setattr(records, "MOST_NAMES", 2)
    assert list(records._first_named(found)) == ["early", "middle"]
    monkeypatch.setattr(records, "MOST_NAMES", 3)
    assert list(records._first_named(found)) == [
        "late",
        "early",
        "middle",
    ]  # names unsupported last
