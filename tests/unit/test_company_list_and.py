"""The last members of a list of names: "and" parts them even where each side's words alone
would not say it ("Varnholt On" ends in a word of English, "Pemric Energy" in a head noun)."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

from evkb.kb.records.company_and import closes_list
from evkb.kb.records.company_names import plain_words, runs


def _names(text: str, known: tuple[str, ...] = ()) -> list[str]:
    sentence: Any = SimpleNamespace(text=text)
    spans = [(name, text.index(name), text.index(name) + len(name)) for name in known]
    return [name for _, _, name in runs(sentence, spans, plain_words([sentence]))]


def test_a_list_after_a_known_company_parts_its_last_two_names():
    names = _names(
        "Korvessa, Varnholt On and Pemric Cells together held 16.8 percent of the market.",
        known=("Korvessa",),
    )
    assert "Varnholt On" in names and "Pemric Cells" in names


def test_a_list_of_several_names_parts_its_last_two_names():
    names = _names("It ranked sixth, behind Ostkel, Zoltra, Tindle Hi-Tech and Pemric Energy.")
    assert "Tindle Hi-Tech" in names and "Pemric Energy" in names
    assert not any(" and " in name for name in names)


def test_a_place_before_the_comma_is_no_list():
    # "In Quillane," is where, not a list's member: the run keeps its own reading.
    names = _names("In Quillane, Varnholt On and Pemric Cells said on Monday they would merge.")
    assert "Varnholt On and Pemric Cells" in names


def test_names_holding_and_stay_whole_in_a_list():
    # "trade" is written in lower case: a word of English, no name of its own
    names = _names(
        "Lenders on trade terms were Korvessa, Trade and Development Bank and Marrowby.",
        known=("Korvessa",),
    )
    assert "Trade and Development Bank" in names
    names = _names(
        "Korvessa, Ministry of Trade and Industry officials signed.", known=("Korvessa",)
    )
    assert "Ministry of Trade and Industry" in names


def test_the_same_name_on_both_sides_is_not_a_list_of_two():
    text = "Korvessa, Marrowby and Marrowby agreed."
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+", text)]
    assert not closes_list(text, tokens[1:2], tokens[3:], [("k", 0, 8)], set())
    assert closes_list(
        "Korvessa, Marrowby and Tindle agreed.",
        tokens[1:2],
        [(23, 29, "Tindle")],
        [("k", 0, 8)],
        set(),
    )


def test_a_body_of_two_remits_stays_whole_after_a_known_company():
    names = _names(
        "Korvessa, Department of Energy and Climate Change officials met on Monday.",
        known=("Korvessa",),
    )
    assert "Department of Energy and Climate Change" in names


def test_a_list_of_names_each_after_its_country_s_possessive_is_one_list():
    from test_company_rules import _names

    names = _names(
        "Korea's SK On, China's CATL and Japan's Panasonic Energy lead the market.\n"
        "Germany's Zentara Cells and France's Kaldrin, two newcomers, follow.\n"
    )
    assert {"SK On", "CATL", "Panasonic Energy"} <= names
    assert not {"Korea", "China", "Japan"} & names
    # a possessive of a name that is no place joins no list
    names = _names("Zentara's SK On and Kaldrin said nothing.\n")
    assert "Kaldrin" not in names
