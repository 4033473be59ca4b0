"""Whose product a sentence in the first person names: the company the article speaks for,
never the funder or customer last in view; and a weekday is never a product's name."""

from __future__ import annotations

import pytest
from battery_cases import batteries, extract, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def test_a_product_apposed_to_our_cell_is_the_speaking_makers(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Veltaro Cells annual review\nBy the Communications Team\n"
        "Veltaro Cells, the cell maker, doubled its output in 2025.\n"
        "Our second line was supported by a grant from the Brenmoor Regional Bank.\n"
        "Our third-generation cell, the VX7, entered production in 2025.\n"
        "The VX7 is an NMC pouch cell with 285 Wh/kg, rated for 1,900 cycles.\n"
        "For delivery vans we also make the VL4, an LFP cell with 175 Wh/kg.\n",
    )
    assert not [k for k in got if k.startswith("brenmoor")]
    assert got["veltaro-cells/VX7"]["energy_density"] == [285.0]
    assert got["veltaro-cells/VL4"]["energy_density"] == [175.0]


def test_a_day_before_an_apposed_cell_is_no_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Start-up shows a bus cell\nBy the Industry Desk\n"
        "Korvena Battery presented its second product on Tuesday, an LFP cell for buses "
        "with 185 Wh/kg.\n",
    )
    assert not [k for k in got if k.endswith("/Tuesday")]


def test_a_name_apposed_to_a_cell_may_end_the_sentence(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Provincial bulletin: cell plant opens\nBy the Economy Desk\n"
        "Brasova Energy opened its cell plant in the provincial capital on Monday.\n"
        "The first line makes the company's second-generation LFP cell, Ostra 2.\n"
        "According to the company, the cell reaches 182 watt-hours per kilogram.\n",
    )
    assert got["brasova-energy/Ostra 2"]["energy_density"] == [182.0]


def test_a_bank_last_in_view_is_not_the_cells_maker(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Cell start-up seeks rescue\nBy the Markets Desk\n"
        "Marvelo Cells said it had opened talks with new investors.\n"
        "The regional lender Ostrava Kreditbank granted a loan of EUR 20 million in 2024.\n"
        "The company's only product so far, the MC-4680 HP, is an NMC cell with 265 Wh/kg.\n",
    )
    assert not [k for k in got if k.startswith("ostrava")]
    assert got["marvelo-cells/MC-4680 HP"]["energy_density"] == [265.0]


def test_a_model_opening_a_sentence_that_states_its_chemistry_is_a_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Interview: the cell maker's technology chief\nBy the Technology Desk\n"
        "Sarvik Cells is building its second plant in the north.\n"
        "The SK4, which we start producing in 2026, uses lithium manganese iron phosphate.\n"
        "It reaches about 205 Wh/kg and lasts 4,000 cycles.\n",
    )
    assert got["sarvik-cells/SK4"]["chemistry"] == ["LMFP"]


def test_a_cars_version_keeps_the_name_as_written_with_the_car(tmp_path, lex):
    path = tmp_path / "article.txt"
    path.write_text(
        "Motor show live\nBy the Motoring Desk\n"
        "Over at Dunmore Motors, the Kestrel pickup finally gets its battery numbers.\n"
        "The Kestrel Long Range carries a 118 kWh pack and Dunmore promises 400 miles.\n"
        "The Long Range charges from 10 to 80 per cent in 31 minutes.\n",
        encoding="utf-8",
    )
    extracted, _ = extract(path, lex)
    (version,) = [b for b in extracted.batteries if b.name == "Long Range"]
    assert version.maker == "dunmore-motors"
    assert version.aliases == ("Kestrel Long Range",)


def test_a_paragraphs_next_product_is_the_same_makers(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Prospectus summary\nBy the Markets Desk\n"
        "Products. Jiarong Power sells the Hailan cell, an LMFP cell of 225 Wh/kg. "
        "The Baita storage cell, an LFP cell of 560 Ah, is rated for 10,000 cycles.\n",
    )
    assert got["jiarong-power/Baita"]["cycles"] == [10000.0]


def test_the_cars_own_pack_by_its_possessive_not_its_successors(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Owners sue over fading packs\nBy the Legal Desk\n"
        "Owners of Carrow Motor Company's Pelican electric sedan have filed a class action.\n"
        "The Pelican's 75 kWh pack was rated at 291 miles of range when new.\n"
        "The company is preparing the Pelican's successor, which it says will use a new "
        "88 kWh pack and a range of 320 miles.\n",
    )
    assert got["carrow-motor-company/Pelican"]["energy"] == [75.0]
    assert got["carrow-motor-company/Pelican"]["range"] == [291.0]


def test_we_are_the_company_the_title_opens_with_not_a_partner_named_later(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Velstra Energy Annual Report 2026\nStrategy > Cells\n"
        "Velstra Energy employs 4,000 people in three countries.\n"
        "Our partner Kestova Cells, a cell maker, licenses the cathode process to us.\n"
        "Our new cell, the Tormek, reaches 210 Wh/kg and 6,000 cycles.\n"
        "We will launch the Brynhild, an LFP cell of 180 Wh/kg, in 2027.\n",
    )
    assert not [k for k in got if k.startswith("kestova")]
    assert got["velstra-energy/Tormek"]["energy_density"] == [210.0]
    assert got["velstra-energy/Brynhild"]["energy_density"] == [180.0]
