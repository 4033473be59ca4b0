"""A bar of the page's buttons is furniture whatever the language of its words or the marks
around them ("Merken | Teilen | Drucken", "[Font size] [Print] [Share]", "Font: Large Medium
Small"); a line of the article's own words with one of them stays."""

from __future__ import annotations

import pytest

from evkb.kb.extract.furniture_forms import form_kind
from evkb.model import BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Merken | Teilen | Drucken",
        "Artikel teilen",
        "[Font size] [Print] [Share]",
        "Font: Large Medium Small",
        "Facebook Twitter WhatsApp SMS Email",
        # forms no corpus has: French and Spanish buttons, brackets around other words, bars
        "Partager · Imprimer",
        "[Compartir] [Imprimir]",
        "Font size: Small | Medium | Large",
        "Condividi | Stampa | Email",
    ],
)
def test_a_bar_of_buttons_in_any_language_is_furniture(line: str):
    assert form_kind(line) == BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Share of sodium-ion cells in Kelvale's storage market",  # a heading of the article's
        "Large cells, small packs",  # size words without a font control
        "Print edition sales fell 4% in November.",  # a sentence
        "Teilen statt kaufen: Quillmere rents its packs",  # a headline in another language
    ],
)
def test_the_article_s_own_lines_with_such_a_word_stay(line: str):
    assert form_kind(line) is None
