"""How long a page takes to read or to hear, alone on its line and labelled so in any of the
languages a page keeps it in, is page furniture, and a few of the page's controls one under
another are no table of the article's; a length with another label stays the article's."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.extract.furniture_forms import form_kind
from evkb.model import BOILERPLATE, FURNITURE_KINDS

PARAGRAPH = (
    "Quillmere will build a 2 GWh cell plant at Kelvale from 2027, the company said on "
    "Wednesday, and employ 350 people there. Construction starts in the spring."
)
SECOND = "A regional lender will provide 40 million euros of the 120 million euro cost."


@pytest.mark.parametrize(
    "line",
    [
        "Reading time: 5 min",
        "Listen 7 min",
        "Lesezeit: 3 Min.",
        "Tempo di lettura: 4 minuti",
        # forms no corpus has: another language, no colon, the full word, a label of two words
        "Tiempo de lectura: 6 minutos",
        "Temps de lecture 2 min",
        "Estimated reading time: 12 minutes",
        "Leestijd: 3 minuten",
    ],
)
def test_a_reading_or_listening_time_alone_is_furniture(line: str):
    assert form_kind(line) == BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Charging time: 22 min",  # another label: the article's figure
        "10-80%: 18 min",
        "Reading time: 5 min, the app says, for the whole manual.",  # a sentence
        "Read 7 reviews",  # no length
    ],
)
def test_a_length_with_another_label_stays(line: str):
    assert form_kind(line) is None


def test_the_page_s_controls_one_under_another_are_no_table_of_the_article():
    controls = ["Gift this article", "Listen 7 min", "Comment 112"]
    head = ["Kelvale plant gets its go-ahead", "By Ada Ostvald", "3 December 2026"]
    text = "\n\n".join([*head, *controls, PARAGRAPH, SECOND]) + "\n"
    kinds = {p.text: p.kind for p in split_passages("doc", text)}
    assert kinds["Gift this article"] in FURNITURE_KINDS
    assert kinds["Listen 7 min"] in FURNITURE_KINDS
    assert kinds[PARAGRAPH] not in FURNITURE_KINDS
