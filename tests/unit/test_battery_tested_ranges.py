"""The range a writer measured with the product in view, in the first person within a sentence
("In real life, with two aboard, we see 200 km"), and the range its maker claims or quotes
("Morlen claim 260 km of range"), are the product's; a first-person sentence with no figure after
its verb, or a claimed share, is none."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

HEAD = "Our van, one year on\nPosted by Ana | 3 March 2026\n"


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def test_what_the_writer_gets_in_summer_and_winter_is_the_packs_range(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        HEAD + "I bought the ZK-9 kit from Morlen Batteries, a small firm that started selling "
        "packs in 2025. It is a 12 kWh lithium iron phosphate pack, and the company claims "
        "110 km (68 miles) of range. In real life, with me and the hills, I get about 85 km "
        "in summer and 70 km in January.\n",
    )
    assert got["morlen-batteries/ZK-9"]["range"] == [110.0, 68.0, 85.0, 70.0]


def test_what_we_see_in_both_units_and_what_the_maker_claims(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        HEAD + "We fitted the VT-40 pack from Tessick Power last spring.\n\n"
        "Tessick claim 260 km of range, which is about 160 miles. In practice, loaded with "
        "two adults, we see 200 km (125 miles) in summer and nearer 170 km (105 miles) when "
        "it's cold.\n",
    )
    assert got["tessick-power/VT-40"]["range"] == [260.0, 160.0, 200.0, 125.0, 170.0, 105.0]


def test_a_maker_quoting_its_range_for_a_van_like_the_writers(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        HEAD + "The pack is a VT-40 from Tessick Power, a small company that converts vans.\n\n"
        "Tessick quotes 240 km of range for a van like mine.\n",
    )
    assert got["tessick-power/VT-40"]["range"] == [240.0]


def test_a_first_person_sentence_with_no_figure_after_its_verb_is_no_range(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        HEAD + "We fitted the VT-40 pack from Tessick Power last spring.\n\n"
        "Later in the trip we saw the old harbour, about 300 km away along the coast.\n",
    )
    assert "range" not in got["tessick-power/VT-40"]


def test_a_claimed_share_is_no_range(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        HEAD + "We fitted the VT-40 pack from Tessick Power last spring.\n\n"
        "Tessick claims 30 percent of conversion sales, about 2,000 vans since 2021, and "
        "a depot 150 km from here.\n",
    )
    assert "range" not in got["tessick-power/VT-40"]
