"""Company kinds the text gives by a company's part rather than a kind's noun: a council that
names no trade, a rank said of a name, a state-owned name, what a company makes or launches."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.records import Extracted, Lexicon, extract_records


def _extract(text: str) -> Extracted:
    passages = split_passages("doc", text)
    return extract_records("doc", passages, Lexicon([]))


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Quillmoor Council", "government"),
        ("Tarnholt Town Council", "government"),
        ("Council of Ministers", "government"),
        ("Zandovia Standards Council", "government"),
        ("Zandovia Battery Industry Council", "association"),
        ("Quillmoor Motor Dealers Council", "association"),
        ("Tarnholt Energy Storage Council", "association"),
    ],
)
def test_a_council_that_names_no_trade_governs(name: str, kind: str):
    text = f"The {name} said on Tuesday that it backs the new plant.\n"
    kinds = {c.name: c.kind for c in _extract(text).companies}
    assert kinds.get(name) == kind, kinds


def _kinds(text: str) -> dict[str, str]:
    return {c.name: c.kind for c in _extract(text).companies}


def test_a_rank_is_said_of_the_name_it_ranks_not_of_the_company_in_view():
    fund = "The Tarnholt Fund will lend £40m to the plant.\n\n"
    kinds = _kinds(
        fund + "Ardmore Group supplied 12 per cent of the packs fitted to vans last year, "
        "making it the second-largest supplier after Zandovia Group.\n"
    )
    assert kinds["Ardmore Group"] == "supplier"
    assert kinds["Tarnholt Fund"] != "supplier"
    kinds = _kinds(fund + "The largest supplier is still Ardmore Group, with its containers.\n")
    assert kinds["Ardmore Group"] == "supplier"
    assert kinds["Tarnholt Fund"] != "supplier"


def test_the_largest_supplier_of_buses_is_no_supplier():
    kinds = _kinds(
        "The Tarnholt Fund will lend £40m to the plant.\n\n"
        "Ardmore Group has been the largest supplier of electric buses in the region for years.\n"
    )
    assert kinds["Ardmore Group"] != "supplier"
    assert kinds["Tarnholt Fund"] != "supplier"


def test_a_state_owned_name_is_the_states():
    kinds = _kinds(
        "The state-owned Tarnholt Bank will lend £40m to Ardmore Group for its plant.\n\n"
        "Ardmore Group, the cell maker, will build it with the state-run Quillmoor Holdings.\n"
    )
    assert kinds["Tarnholt Bank"] == "government"
    assert kinds["Quillmoor Holdings"] == "government"
    assert kinds["Ardmore Group"] == "cell maker"
    # a kind noun between says what the state owns: it stands
    kinds = _kinds("The state-owned carmaker Zandovia Group will buy the cells.\n")
    assert kinds["Zandovia Group"] == "automaker"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Ardmore Group, which assembles battery packs for buses, said it grew.", "supplier"),
        ("Ardmore Group, a Tarnholt pack maker founded in 2018, said it grew.", "supplier"),
        (
            "Ardmore Group, the Tarnholt developer of dry-electrode cathodes, said it grew.",
            "supplier",
        ),
        ("Ardmore Group, which makes LFP cells, said it grew.", "cell maker"),
        ("Ardmore Group, which builds electric buses, said it grew.", "automaker"),
        ("The cathode producer Ardmore Group said it grew.", "supplier"),
        # what it buys or uses is not what it makes
        ("Ardmore Group, which buys battery packs from rivals, said it grew.", "other"),
        ("Ardmore Group, which builds plants for others, said it grew.", "other"),
    ],
)
def test_what_a_company_makes_gives_its_kind(sentence: str, kind: str):
    assert _kinds(sentence + "\n")["Ardmore Group"] == kind


def test_a_stated_kind_outweighs_what_the_company_makes_and_two_products_give_none():
    kinds = _kinds("Ardmore Group, the Tarnholt carmaker, which also makes battery packs, grew.\n")
    assert kinds["Ardmore Group"] == "automaker"
    kinds = _kinds(
        "Ardmore Group, which makes LFP cells, grew.\n\n"
        "Ardmore Group, which builds electric buses, also grew.\n"
    )
    assert kinds["Ardmore Group"] == "other"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Ardmore Group unveiled the AG-1, a sodium-ion cell with 160 Wh/kg.", "cell maker"),
        (
            "Ardmore Group has taken the wraps off Strata, a family of lithium manganese iron "
            "phosphate (LMFP) cells that it says is cheap.",
            "cell maker",
        ),
        ("Ardmore Group presents the AG Bus 12, a 12-metre electric bus for cities.", "automaker"),
        (
            "The new plant will use prismatic cells imported from Zandovia's Ardmore Group.",
            "cell maker",
        ),
        ("The units were batteries made by the Tarnholt manufacturer Ardmore Group.", "cell maker"),
        # a launch of no product, and what comes from the company that it does not make
        ("Ardmore Group unveiled the AG Plan, a strategy for its plants to 2030.", "other"),
        ("The plant took orders from Ardmore Group last year.", "other"),
    ],
)
def test_what_a_company_launches_or_where_cells_come_from_gives_its_kind(sentence: str, kind: str):
    assert _kinds(sentence + "\n")["Ardmore Group"] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Ardmore Group will build a 16 GWh storage-cell factory in Tarnholt.", "cell maker"),
        ("Ardmore Group plans a cathode plant near the port.", "supplier"),
        # carmakers build battery and pack plants too
        ("Ardmore Group will build a battery plant in Tarnholt.", "other"),
        ("Ardmore Group will build a pack factory in Tarnholt.", "other"),
    ],
)
def test_the_plant_a_company_builds_gives_its_kind(sentence: str, kind: str):
    assert _kinds(sentence + "\n")["Ardmore Group"] == kind
