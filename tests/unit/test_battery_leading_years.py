"""A sentence that opens on "Next year" or "This year" and says in its first words what a maker
will do then ("Next year Tessick will launch the VT-60", "Next year Morlen plans an 18 kWh
version, the ZK-18") dates the product it names; an opening year with no plan of the maker's,
or a year later in a sentence with no launch word before it, dates nothing."""

from __future__ import annotations

import re

import pytest
from battery_cases import batteries, lexicon

from evkb.kb.records.battery_launches import leads_with_year, relative_launches
from evkb.kb.records.periods import Dateline

WRITTEN = Dateline("2026-03", True)
NO_LAUNCH_WORDS = re.compile(r"(?!x)x")
HEAD = "Our van, one year on\nPosted by Ana | 3 March 2026\n"


@pytest.fixture(scope="module")
def lex():
    return lexicon()


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Next year Tessick will launch the VT-60, with 60 kWh.", 2027),
        ("Next year Morlen plans an 18 kWh version, the ZK-18.", 2027),
        ("This year, the company is to bring out the VT-50.", 2026),
        ("Next year Tessick Power intends to sell the VT-60 abroad.", 2027),
    ],
)
def test_an_opening_year_with_the_makers_plan_is_a_start(text: str, year: int) -> None:
    assert leads_with_year(text)
    assert [y for _, y, _ in relative_launches(text, WRITTEN, NO_LAUNCH_WORDS)] == [year]


@pytest.mark.parametrize(
    "text",
    [
        "Next year was hard on the company, which lost 12 per cent of its sales.",
        "Prices of the VT-60 fell next year, and the year after.",
        "Last year Tessick will be remembered for its first pack.",  # only this or next year
        "We hope next year Tessick will launch a bigger pack.",  # the year does not open it
    ],
)
def test_no_opening_year_with_a_plan_dates_nothing(text: str) -> None:
    assert relative_launches(text, WRITTEN, NO_LAUNCH_WORDS) == []


def test_a_blog_dates_the_next_pack_by_its_opening_year(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        HEAD + "We fitted the VT-40 pack from Tessick Power last spring. It stores 40 kWh.\n\n"
        "Next year Tessick will launch the VT-60, with 60 kWh in the same box thanks to "
        "denser cells.\n",
    )
    assert got["tessick-power/VT-60"]["launch"] == [2027]
    assert "launch" not in got["tessick-power/VT-40"]


def test_a_version_the_maker_plans_next_year(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        HEAD + "I bought the ZK-9 kit from Morlen Batteries. It is a 12 kWh pack.\n\n"
        "Next year Morlen plans an 18 kWh version, the ZK-18, which should give about 160 km.\n",
    )
    assert got["morlen-batteries/ZK-18"]["launch"] == [2027]
    assert "launch" not in got["morlen-batteries/ZK-9"]
