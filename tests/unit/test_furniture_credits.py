"""A show's or a publication's credits after its text, two or more of them on a line and
nothing else, are furniture ("Recorded 12 November 2026. The Weekly Cell is produced by Kelvale
Audio."); one statement of that form alone, or credits beside the article's own sentence,
stay."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.model import FURNITURE_KINDS

TITLE = "Episode 12: sodium cells at home"
TURNS = [
    "HOST: Ada, how much storage did Quillmere sell this year?",
    "ADA MOSS: About 2 GWh, up from 1.4 GWh last year, mostly sodium-ion home batteries for "
    "houses with rooftop solar. The cells come from our own line at Kelvale, and the packs are "
    "assembled next door, so a battery leaves the site about a week after its cells are made.",
    "HOST: And next year?",
    "ADA MOSS: We expect 3 GWh once the Kelvale line is running at full speed.",
]


def _kinds(*tail: str) -> dict[str, str]:
    text = "\n\n".join([TITLE, *TURNS, *tail]) + "\n"
    return {p.text: p.kind for p in split_passages("doc", text)}


@pytest.mark.parametrize(
    "line",
    [
        "Recorded 3 December 2026. The Weekly Cell is produced by Kelvale Audio.",
        "The Weekly Cell is produced by Kelvale Audio in Ostvald. Executive producer: Ada Moss. "
        'Music: "Slow Harbour" by Quillmere.',
        # forms no corpus has: another order, other roles, "The editor is ..."
        "Music by Ostvald Sound. Hosted by Ada Moss. The editor is Kit Brand.",
        "Producers: Ada Moss and Kit Brand. Sound: Ostvald Audio.",
    ],
)
def test_a_show_s_credits_after_its_text_are_furniture(line: str):
    assert _kinds(line, "Subscribe wherever you get your podcasts.")[line] in FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    [
        "The cell is made by Quillmere at its Kelvale plant.",  # one credit's form alone
        "The pack is produced by Quillmere in Kelvale. It stores 12 kWh and costs 4,000 euros.",
    ],
)
def test_the_article_s_own_last_statements_stay(line: str):
    assert _kinds(line)[line] not in FURNITURE_KINDS
