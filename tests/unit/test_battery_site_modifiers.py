"""A name before a product's noun that only modifies the head of a firm or a site after it
("the Tarvenholm pack assembler", "a Morlavik battery-pack maker", "its Quissac cell line")
says where the firm or the line is, and names no product; a product's name before the noun
alone, or before a noun of what the product is used for, stays one. Nor is a sum's currency
mark and figure before its scale ("Rs40 billion") a product's name, nor the name of an industrial
zone or park, written before its head noun or after it in quotes."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

from evkb.kb.records.battery_name_checks import (
    _HEADED_BY_BUSINESS,
    _PLACE_AFTER,
    _SCALED,
)


@pytest.fixture(scope="module")
def lex():
    return lexicon()


@pytest.mark.parametrize(
    "after",
    [
        " pack assembler",
        " battery-pack maker",
        " cell line",
        " battery cell plant",
        " module assembly plant",
        " pack manufacturers",
        " cells factory",
    ],
)
def test_heads_of_a_firm_or_a_site(after) -> None:
    assert _HEADED_BY_BUSINESS.match("Quissac" + after, len("Quissac"))


@pytest.mark.parametrize(
    "after",
    [" pack for buses", " cell, an LFP design", " battery", " pack line-up", " cell lineup"],
)
def test_a_products_own_noun(after) -> None:
    assert not _HEADED_BY_BUSINESS.match("Quissac" + after, len("Quissac"))


def test_a_place_before_a_pack_line_is_no_product(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Pack maker gets a grant\nBy the Business Desk | 3 March 2026\n"
        "The agency granted EUR 3.5 million to Brisna Batteries for its Tarvenholm pack line.\n"
        "Brisna Batteries said its BC-300 pack stores 300 kWh and gives a bus 400 km of range.\n",
    )
    assert not any(k.endswith("/Tarvenholm") for k in got)
    assert "brisna-batteries/BC-300" in got


def test_a_place_before_a_firms_noun_is_no_product(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Packs from the border\nBy the Business Desk | 3 March 2026\n"
        "Quorran Packs, the Morlavik battery-pack maker, supplied 19.2% of the packs fitted to "
        "e-rickshaws in the third quarter.\n"
        "Its QP-48 pack stores 4.8 kWh and is rated for 2,000 cycles.\n",
    )
    assert not any(k.endswith("/Morlavik") for k in got)
    assert "quorran-packs/QP-48" in got


@pytest.mark.parametrize(
    "text",
    ["Rs28 billion", "Rs28bn", "N$4 million", "Rp 12 trillion", "Rs 2,500 crore"],
)
def test_a_sums_mark_and_figure_before_its_scale(text) -> None:
    name = text.rsplit(" ", 1)[0] if " " in text else text[:-2]
    assert _SCALED.match(text, len(name))


@pytest.mark.parametrize("text", ["RX28 pack", "Rs28 cell, a million cycles", "QX-7 mini"])
def test_no_scale_after_a_products_name(text) -> None:
    assert not _SCALED.match(text, len(text.split()[0]))


def test_a_sum_invested_is_no_product(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Tarvenholm firm to build Rs40bn battery pack plant\nBy Staff Reporter | 3 March 2026\n"
        "TARVENHOLM: Quorran Cells Limited will invest Rs40 billion (about $140 million) in a "
        "lithium-ion battery pack plant, the company said on Tuesday.\n"
        "Its first phase, with an annual capacity of 1.5 gigawatt-hours, is due to start "
        "production in 2027.\n",
    )
    assert not any(k.endswith("/Rs40") for k in got)


@pytest.mark.parametrize(
    "after",
    [" special economic zone", " industrial park", " free zone", " business park", " estate"],
)
def test_a_zones_or_a_parks_name_before_its_head(after) -> None:
    assert _PLACE_AFTER.match("Faldene Cross" + after, len("Faldene Cross"))


@pytest.mark.parametrize("after", [" pack for the zone", " cell, parked", " battery"])
def test_no_zone_after_a_products_name(after) -> None:
    assert not _PLACE_AFTER.match("Faldene Cross" + after, len("Faldene Cross"))


def test_a_parks_name_in_quotes_is_no_product_and_leaves_the_plant_to_the_cell(
    tmp_path, lex
) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Park plant\nBy the Business Desk | 3 March 2026\n"
        "The ministry approved the agreement for Nessit Cells, which will build a cell plant in "
        'the Industrial Park "Faldene Cross". The plant will have a capacity of 4 GWh a year and '
        "start production in 2028.\n"
        "The plant's only product will be the NC-105, a prismatic LFP cell rated for 6,000 "
        "cycles.\n",
    )
    assert not any(k.endswith("/Faldene Cross") for k in got)
    assert got["nessit-cells/NC-105"]["launch"] == [2028]
