"""The older product a sentence names alone right after "replaces the" ("It replaces the
TE-Bus 2, a 350 kWh pack launched in 2023") takes the figures written after its name: they are
its own, not the product in view's; figures before its name, or a sentence naming it without
a word of replacing, give it none by this rule."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

from evkb.kb.records.battery_predecessors import replaced_own

_HEAD = (
    "Bus packs\nBy the Business Desk | 3 March 2026\n"
    "Tobrek Energy has launched the TE-Bus 3 pack, with 450 kWh and a charge from 10% to 80% "
    "in 30 minutes. It is rated for 5,000 cycles. "
)


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def test_the_replaced_pack_takes_its_apposed_figures(tmp_path, lex) -> None:
    got = batteries(
        tmp_path, lex, _HEAD + "It replaces the TE-Bus 2, a 350 kWh pack launched in 2023.\n"
    )
    assert got["tobrek-energy/TE-Bus 2"]["energy"] == [350.0]
    assert got["tobrek-energy/TE-Bus 2"]["launch"] == [2023]
    assert got["tobrek-energy/TE-Bus 3"]["energy"] == [450.0]


@pytest.mark.parametrize(
    "tail",
    [
        # a noun phrase for the subject, a relative clause after the name
        "The new pack replaces the TE-Bus 2, which stored 350 kWh.",
        # another verb, the figures in brackets
        "It succeeds the TE-Bus 2 (350 kWh, 2023).",
        # "its" before the name, a participle after the figure
        "It supersedes its TE-Bus 2, a 350 kWh pack made since 2023.",
    ],
)
def test_other_forms_of_replacing(tmp_path, lex, tail) -> None:
    got = batteries(tmp_path, lex, _HEAD + tail + "\n")
    assert got["tobrek-energy/TE-Bus 2"]["energy"] == [350.0]
    assert got["tobrek-energy/TE-Bus 3"]["energy"] == [450.0]


def test_a_figure_before_the_replaced_name_is_not_its(tmp_path, lex) -> None:
    got = batteries(tmp_path, lex, _HEAD + "With 450 kWh, it replaces the TE-Bus 2.\n")
    assert "energy" not in got["tobrek-energy/TE-Bus 2"]


def test_only_after_a_word_of_replacing() -> None:
    older: list = [(30, "a figure")]
    assert replaced_own("It is compared with the TE-Bus 2, a 350 kWh pack.", 24, older) == []
    assert replaced_own("It replaces the TE-Bus 2, a 350 kWh pack.", 16, older) == older
    assert replaced_own("It replaces the TE-Bus 2, a 350 kWh pack.", 16, []) == []
