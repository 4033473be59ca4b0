"""A note on the page's translation is furniture in the language the page was first written in
too, and in brackets after the page's date; the article's own sentence about a translation and
a date with another note stay."""

from __future__ import annotations

import pytest

from evkb.kb.extract.furniture_notices import notice_kind
from evkb.model import BODY, BOILERPLATE


def _kind(line: str) -> str | None:
    return notice_kind([line], [BODY], 0)


@pytest.mark.parametrize(
    "line",
    [
        "Aus dem Deutschen übersetzt von der Redaktion.",
        "Traduit du français. Version originale sur notre site.",
        "November 30, 2026 (Translated from the Japanese edition of November 28)",
        # forms no corpus has: other languages, a date of another style, a translation's label
        "Traducido del inglés por la redacción.",
        "Tradotto dall'inglese dalla redazione.",
        "Übersetzt aus dem Englischen.",
        "3 December 2026 (English translation of the Kelvale edition)",
        "Kelvale, 03.12.2026 (translated from Norwegian)",
    ],
)
def test_a_note_on_the_translation_is_furniture(line: str):
    assert _kind(line) == BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Translations of the contract into French cost Quillmere 40,000 euros.",
        "3 December 2026 (updated with the company's comment)",  # another note
        "Quillmere's manual (translated from Norwegian) runs to 300 pages.",  # no dateline
        "Le texte traduit reste la propriété de Quillmere.",
    ],
)
def test_other_lines_with_a_translation_or_a_bracket_stay(line: str):
    assert _kind(line) is None
