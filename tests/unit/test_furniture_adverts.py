"""The line right under a lone advert label that offers something at a price is the advert's
copy; the article's paragraph under an empty label stays, even with a sum in it."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.extract.furniture_adverts import advert_copy
from evkb.model import BODY, BOILERPLATE, FURNITURE_KINDS

_BEFORE = (
    "Sorrelby Cells will build a 4 GWh line at Gullhaven, the company said on Monday, and hire "
    "300 people to run it."
)
_AFTER = "The line will make lithium iron phosphate cells for buses from 2028."


def _kind(text: str, line: str) -> str:
    return next(p.kind for p in split_passages("doc", text) if p.text == line)


@pytest.mark.parametrize(
    ("label", "copy"),
    [
        ("Sponsored", "Kettlewick Ferries: winter crossings from \u00a319 each way"),
        ("Advertisement", "Home batteries installed from NZ$4,990 \u2013 Gullhaven Motors"),
        ("ADVERTISEMENT:", "Spring service packages from EUR 149 | Book online | Quayside Tyres"),
    ],
)
def test_an_offer_under_an_advert_label_is_furniture(label: str, copy: str):
    text = f"{_BEFORE}\n\n{label}\n{copy}\n\n{_AFTER}\n"
    assert _kind(text, copy) in FURNITURE_KINDS
    assert _kind(text, _AFTER) not in FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    [
        "Its revenue rose from $12 million to $15 million last year, the company said.",
        "The refit cost $6,100, paid by the town.",
        "Crossings from Gullhaven to Kettlewick take an hour.",
    ],
)
def test_the_article_under_an_empty_label_stays(line: str):
    lines = [_BEFORE, "Advertisement", line, _AFTER]
    assert advert_copy(lines, [BODY, BOILERPLATE, BODY, BODY]) == set()


def test_an_offer_without_a_label_above_it_stays():
    line = "Cells from $90 a kWh are what bus makers now ask for."
    lines = [_BEFORE, line, _AFTER]
    assert advert_copy(lines, [BODY, BODY, BODY]) == set()


# -- the label in the languages a page keeps it in ----------------------------------------------


@pytest.mark.parametrize(
    "label", ["Publicidad", "Publicidade", "Reklama", "Werbung", "PUBBLICIT\u00c0", "Annons"]
)
def test_an_advert_label_in_another_language_alone_on_its_line_is_furniture(label: str):
    text = f"{_BEFORE}\n\n{label}\n\n{_AFTER}\n"
    assert _kind(text, label) in FURNITURE_KINDS
    assert _kind(text, _AFTER) not in FURNITURE_KINDS
    # the offer under it goes with it
    copy = "Home batteries installed from EUR 4,990 | Gullhaven Motors"
    assert _kind(f"{_BEFORE}\n\n{label}\n{copy}\n\n{_AFTER}\n", copy) in FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    [
        "Publicidad y ventas de Gullhaven Motors crecieron un 12% en octubre.",
        "Reklama telewizyjna kosztowała firmę 2 mln zł.",
        "Werbung for the new pack ran in 40 papers, the company said.",
    ],
)
def test_a_line_opening_on_the_word_stays(line: str):
    text = f"{_BEFORE}\n\n{line}\n\n{_AFTER}\n"
    assert _kind(text, line) not in FURNITURE_KINDS
