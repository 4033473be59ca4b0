"""Names matched by string tests find what the patterns they stand for found."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from evkb.kb.extract.names import Spelling
from evkb.kb.records import _alone

# The pattern each name was matched with before.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_starts import _pattern

_NAMES = ("Acme", "Acme Power", "Nordvik Cell Co.", "SK On", "E&M Mobility", "Ostrava  Motors")
_SPACES = (" ", "  ", "\n", "\t", "\u00a0", "\u2003", "")
_OTHERS = ("ſ", "ı", "İ", "K", "ß", "'", "’", ".", "_", "1", "é", "Σ", "x")


def _variants(name: str, rng: random.Random) -> str:
    """The name as a text may write it: case changed, spaces changed, a neighbour before."""
    words = []
    for word in name.split():
        word = "".join(c.upper() if rng.random() < 0.3 else c for c in word)
        if rng.random() < 0.2:
            word = word.replace("s", "ſ").replace("i", "ı").replace("k", "K")
        words.append(word)
    joined = "".join(w + rng.choice(_SPACES) for w in words)
    return rng.choice(_OTHERS) + joined + rng.choice(_OTHERS)


def test_a_spelling_ends_where_its_pattern_ends() -> None:
    rng = random.Random(7)
    for name in (" ".join(n.split()) for n in _NAMES + ("Société Générale", "Acme Co")):
        pattern, spelling = _pattern(name), Spelling(name)
        for _ in range(400):
            text = _variants(name, rng)
            for begin in range(len(text)):
                found = pattern.match(text, begin)
                assert spelling.end_at(text, begin) == (found.end() if found else -1), text


def test_a_word_alone_is_what_its_pattern_finds() -> None:
    rng = random.Random(11)
    word = "Acme"
    for _ in range(3000):
        seconds = set(rng.sample(["Power", "Cell", "'s", "Co", "Pow"], rng.randint(1, 3)))
        text = "".join(
            rng.choice(["Acme", "Acmes", " ", "'", "’", "Power", "Cell", "s", "Co", "_", ","])
            for _ in range(rng.randint(1, 9))
        )
        after = "|".join(map(re.escape, sorted(seconds)))
        pattern = re.compile(rf"\b{re.escape(word)}\b(?!['’]?\s*(?:{after})\b)")
        assert _alone(word, seconds, text) == (pattern.search(text) is not None), (text, seconds)
