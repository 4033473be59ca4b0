"""A page's tags or its sections under their label are furniture in the page's language and
with the emphasis a Markdown export puts on the label ("*Tags:* ...", "Posted in: ...",
"Etiquetas: ..."); a line of the article's own that opens on such a word stays."""

from __future__ import annotations

import pytest

from evkb.kb.extract.furniture_forms import form_kind
from evkb.model import BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "*Tags:* storage, Kelvale, home batteries",
        "Posted in: Storage, Suppliers, Kelvale",
        "Etiquetas: Almacenamiento · Baterías · Kelvale",
        # forms no corpus has: other languages, bold labels, a bar after the label
        "Schlagwörter: Batterien, Kelvale, Speicher",
        "**Mots-clés :** batteries, Kelvale",
        "__Keywords__: cells | Kelvale",
        "Trefwoorden | batterijen, Kelvale",
    ],
)
def test_a_page_s_tags_under_their_label_are_furniture(line: str):
    assert form_kind(line) == BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Tagged cells from Kelvale reached the plant in May.",  # a sentence on another word
        "Posted increases in every quarter, Quillmere said it would hire 300 people.",
        "Topical coatings cut the cell's losses by 4%.",
    ],
)
def test_the_article_s_own_lines_opening_on_such_a_word_stay(line: str):
    assert form_kind(line) is None
