"""A designation that opens with capitals spells its maker's initials: the product is the one
company the document names whose initials those letters spell or begin, not a lender, a
partner or a rival the sentence named beside it."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

from evkb.kb.records.battery_initials import spelt_maker


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Cell plant news\nBy the Industry Desk\n"


def test_a_joint_venture_s_module_not_its_owner_s(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "The venture, registered as Ostrand Cell Systems GmbH, is 40 per cent owned by "
        "the supplier Corvell Packs and 60 per cent by Kestova Cells.\n"
        '"We are bringing a cell made for trucks," said Corvell chief executive Anna Lind. '
        "The plant will make only the OC-48 module, an LFP module of 48 kWh rated for 8,000 "
        "cycles.\n",
    )
    assert got["ostrand-cell-systems/OC-48"]["cycles"] == [8000.0]
    assert not [k for k in got if k.startswith(("corvell", "kestova"))]


def test_a_partner_named_by_its_kind_licenses_its_own_cell(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Brevano Cells is owned 30% by Pellack Dekko, the Japanese maker of cells for "
        "trucks.\n"
        "Another plant, Corvell Packs' factory in Drummel, was cancelled in March.\n"
        "The Japanese partner will license its 46-series cell, the PD46T, which stores "
        "285 Wh/kg.\n",
    )
    assert got["pellack-dekko/PD46T"]["energy_density"] == [285.0]
    assert not [k for k in got if k.startswith("corvell")]


def test_a_lender_s_sentence_before_a_pack_in_a_list(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Velden Power Systems, Inc., a maker of packs for school buses, will expand its "
        "plant.\n"
        "Highlights:\n"
        "- A $2.5 million grant from Drummel Research Trust\n"
        "- Launch of the VPS-Coach 155, a 155 kWh pack rated for 4,000 cycles\n",
    )
    assert [k for k in got if k.startswith("velden-power-systems/")]
    assert not [k for k in got if k.startswith("drummel")]


def test_what_initials_give_and_withhold():
    names = {
        "ostrand-cell-systems": "Ostrand Cell Systems",
        "otto-cole-shipping": "Otto Cole Shipping",
        "corvell-packs": "Corvell Packs",
        "kestova": "Kestova",
        "velden-modernisation-fund": "Velden Modernisation Fund",
    }
    never = lambda ident: ident.endswith("fund")  # noqa: E731

    def spelt(name: str, maker: str, among: list[str]) -> str:
        return spelt_maker(name, maker, among, names, never)

    assert spelt("OCS-48", "corvell-packs", ["ostrand-cell-systems", "corvell-packs"]) == (
        "ostrand-cell-systems"
    )
    # Two companies spell the letters: neither is sure.
    assert spelt("OCS-48", "", ["ostrand-cell-systems", "otto-cole-shipping"]) == ""
    # The maker read already spells them.
    assert spelt("CP 200", "corvell-packs", ["ostrand-cell-systems", "corvell-packs"]) == ""
    # A fund's programme is no product of the fund's.
    assert spelt("VMF-BAT 2025", "", ["velden-modernisation-fund"]) == ""
    # A name of one word has no initials; a name with no capitals before its number spells none.
    assert spelt("KE-9", "", ["kestova"]) == ""
    assert spelt("Frost 2", "", ["ostrand-cell-systems"]) == ""


def test_a_product_whose_sentence_names_no_maker_is_the_one_its_letters_spell(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Ostrand Energy Systems SE raised its forecast after a strong third quarter.\n"
        "Demand was driven by the OES Home 12, a 12 kWh LFP home battery rated for 8,000 "
        "cycles.\n",
    )
    assert got["ostrand-energy-systems/OES Home 12"]["cycles"] == [8000.0]
