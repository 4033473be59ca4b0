"""A company named as the source of a figure ("according to the trade association ...") or as
a partner ("Our technology partner is ...") does not make the product that a sentence naming
no company speaks of next: the company the article is about does."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Cell plant news\nBy the Industry Desk\n"


def test_the_source_of_a_figure_does_not_make_the_next_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Norvelle Cells, the Turin-based maker of traction batteries, will build its "
        "first cell factory in Brevano.\n"
        "The company held 12 per cent of the Italian market for traction batteries in 2024, "
        "according to the trade association Pellova.\n"
        "The new factory will make the Zirra cell, a prismatic LFP cell with an energy density "
        "of 165 Wh/kg.\n",
    )
    assert not [k for k in got if k.startswith("pellova")]
    assert got["norvelle-cells/Zirra"]["energy_density"] == [165.0]


def test_a_partner_does_not_make_the_next_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Norvelle Cells is building a cell gigafactory at Brevano.\n"
        "Our technology partner is Kovra Cells of South Korea, which licenses the cell design "
        "to us.\n"
        "Our first product is the Zirra cell, a prismatic LFP cell with 170 Wh/kg.\n",
    )
    assert not [k for k in got if k.startswith("kovra")]
    assert got["norvelle-cells/Zirra"]["energy_density"] == [170.0]


def test_a_company_named_in_no_such_role_makes_the_next_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Norvelle Cells is building a cell gigafactory at Brevano.\n"
        "Kovra Cells of South Korea opened a cell plant near Busan last year.\n"
        "The plant makes the Zirra cell, a prismatic LFP cell with 170 Wh/kg.\n",
    )
    assert got["kovra-cells/Zirra"]["energy_density"] == [170.0]


def test_a_partner_referred_to_by_its_keeps_its_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Norvelle Cells is building a cell gigafactory at Brevano.\n"
        "Its technology partner is Kovra Cells of South Korea.\n"
        "Its Zirra cell is a prismatic LFP cell with 170 Wh/kg.\n",
    )
    assert not [k for k in got if k.startswith("norvelle") and k.endswith("/Zirra")]


def test_a_lender_named_by_its_role_does_not_make_the_next_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Tarvossa Energy is building its second pack plant, in Sollen.\n"
        "Tarvossa Energy expects the plant to open in 2027.\n"
        "The state development bank Quorvik is lending it EUR 250 million.\n"
        "The plant will make the new TV-Bus 3 pack, with 450 kWh and 165 Wh/kg.\n",
    )
    assert not [k for k in got if k.startswith("quorvik")]
    assert got["tarvossa-energy/TV-Bus 3"]["energy_density"] == [165.0]


def test_a_customer_that_uses_our_cells_does_not_make_the_next_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Tarvossa Energy said its revenue grew 40% in 2024.\n"
        "Tarvossa Energy supplies three carmakers.\n"
        "The largest, Brandel Group, uses our cells in its electric pickups.\n"
        "The chief technology officer presented the Ostrelle cell, a prismatic LMFP cell with "
        "215 Wh/kg.\n",
    )
    assert not [k for k in got if k.startswith("brandel")]
    assert got["tarvossa-energy/Ostrelle"]["energy_density"] == [215.0]


def test_a_company_that_lends_nothing_still_makes_the_next_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Tarvossa Energy is building its second pack plant, in Sollen.\n"
        "Tarvossa Energy expects the plant to open in 2027.\n"
        "Quorvik Cells opened a cell plant near Vorna last year.\n"
        "The plant makes the Ostrelle cell, a prismatic LFP cell with 170 Wh/kg.\n",
    )
    assert got["quorvik-cells/Ostrelle"]["energy_density"] == [170.0]


def test_a_dateline_place_read_as_a_name_makes_no_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Vorna firm to build pack plant for rickshaws\nStaff Reporter\n"
        "VORNA: Tarvossa Energy will invest $99 million in a battery pack plant.\n"
        "Pemblin Securities expects the plant to open in 2027.\n"
        "The state development bank Quorvik is lending it $20 million.\n"
        "The current best-seller is the TV-7, a 7.2 kWh rickshaw pack with a range of 110 km.\n",
    )
    assert not [k for k in got if k.startswith("vorna")]


def test_a_company_backed_by_others_still_makes_the_next_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Tarvossa Energy is building its second pack plant, in Sollen.\n"
        "Quorvik Cells, which is backed by two pension funds, opened a cell plant near Vorna "
        "last year.\n"
        "The plant makes the Ostrelle cell, a prismatic LFP cell with 170 Wh/kg.\n",
    )
    assert got["quorvik-cells/Ostrelle"]["energy_density"] == [170.0]


def test_a_rival_named_last_does_not_make_the_next_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Sorvane Cells will invest $99 million in a battery pack plant near Vorna.\n"
        "Sorvane Cells has secured a loan for the plant from two banks.\n"
        "The company supplied 41% of the rickshaw packs sold in 2025.\n"
        "Vorna-based rival Edrel Energy had 27% of that market.\n"
        "The current best-seller is the SV-7, a 7.2 kWh rickshaw pack with a range of 110 km.\n"
        "The new plant will use prismatic cells imported from China's Paskov Power.\n"
        "Paskov's PK-280, a lithium iron phosphate cell, is rated at 165 Wh/kg.\n",
    )
    assert not [k for k in got if k.startswith("edrel")]
    assert got["sorvane-cells/SV-7"]["energy"] == [7.2]
    assert got["paskov-power/PK-280"]["energy_density"] == [165.0]


def test_a_rival_that_names_its_own_product_keeps_it(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Sorvane Cells will invest $99 million in a battery pack plant near Vorna.\n"
        "Its rival Edrel Energy launched the ED-5, a 5.1 kWh pack, in March.\n",
    )
    assert got["edrel-energy/ED-5"]["energy"] == [5.1]


def test_a_shareholder_does_not_make_the_products_a_page_lists(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Sorvane Cells | Home | About | Careers | Contact\n"
        "Careers at Sorvane Cells\n"
        "Build the region's first cell plant with us\n"
        "Sorvane Cells is building a lithium-ion cell plant near Vorna. The plant will produce "
        "5 GWh of cells a year.\n"
        "Who we are\n"
        "We were founded in 2024 by the industrial group Ravelo Holding and the Chinese cell "
        "maker Edrel Energy, which owns 40% of the company and licenses its cell designs to us.\n"
        "What we will make\n"
        "- SC-280E: a 280 Ah prismatic lithium iron phosphate cell for energy storage, 6,000 "
        "cycles.\n"
        "- SC-135P: a 135 Ah lithium iron phosphate cell for buses and trucks, 175 Wh/kg.\n"
        "Storage is the larger business, and our shareholder Edrel Energy ranks among the top "
        "ten storage cell suppliers.\n"
        "- Training of up to six months at Edrel Energy's plants\n"
        "Sorvane Cells is an equal-opportunity employer.\n",
    )
    assert not [k for k in got if k.startswith("edrel")]
    assert got["sorvane-cells/SC-280E"]["cycles"] == [6000.0]
    assert got["sorvane-cells/SC-135P"]["energy_density"] == [175.0]


def test_a_rival_ranked_by_its_share_does_not_make_the_next_pack(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvell Packs, a maker of battery packs for three-wheelers, will build a cell "
        "plant.\n"
        "The company supplied 14.8 per cent of the packs fitted to rickshaws last year. "
        "Ostrand Power led the segment with 21.5 per cent, the company said, adding that "
        "Corvell had moved up to second place.\n"
        "Its newest pack, the CV-48, stores 7.6 kWh and is rated for 2,500 cycles.\n",
    )
    assert got["corvell-packs/CV-48"]["cycles"] == [2500.0]
    assert not [k for k in got if k.startswith("ostrand")]


def test_a_rival_s_share_in_brackets_then_a_pack_the_text_does_not_own(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvell Packs builds packs for city buses in Brevano.\n"
        "Corvell Packs was second last year, behind Ostrand Power (38.2%), a survey found.\n"
        "The new plant will build the CV-350 pack, which stores 350 kWh.\n",
    )
    assert "corvell-packs/CV-350" in got
    assert not [k for k in got if k.startswith("ostrand")]


def test_a_rival_s_share_in_words_before_the_unit(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Q: Where do you stand?\n"
        "A: Corvell Packs sold 18 percent of the packs last year, which made us second. "
        "Ostrand Power had roughly 40 percent; they were the leader.\n"
        "Q: What will you make?\n"
        "A: Mostly the CV-350, a lithium titanate pack. It stores 350 kWh.\n",
    )
    assert not [k for k in got if k.startswith("ostrand")]


def test_a_company_named_otherwise_too_keeps_the_pack_its_own(tmp_path, lex):
    # Not a rival only ranked: the text speaks of what it does besides its share.
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvell Packs builds packs for city buses in Brevano.\n"
        "Ostrand Power opened a pack plant in Velden in May.\n"
        "Ostrand Power led the segment with 21.5 per cent last year.\n"
        "Its newest pack, the OP-48, stores 48 kWh.\n",
    )
    assert "ostrand-power/OP-48" in got


def test_the_leader_the_article_is_about_keeps_its_pack(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Ostrand Power led the segment with 21.5 per cent last year.\n"
        "Its newest pack, the OP-48, stores 48 kWh.\n",
    )
    assert "ostrand-power/OP-48" in got
