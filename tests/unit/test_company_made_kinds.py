"""A company's kind from what the text says it builds, makes or launches, where no kind's noun
describes it: the plant its clause builds, what the company an apposition describes does, a
product it launches named before its noun, the vehicles an aside says it built."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.records import Lexicon, extract_records


def _kinds(text: str) -> dict[str, str]:
    passages = split_passages("doc", text + "\n")
    return {c.name: c.kind for c in extract_records("doc", passages, Lexicon([])).companies}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Ardmore Group on Tuesday broke ground on its $2.1 billion LFP cell factory.",
            "cell maker",
        ),
        (
            "Ardmore Group, the Tarnholt start-up that promised the region's first sodium-ion "
            "cell plant, has put it on hold.",
            "cell maker",
        ),
        (
            "In a filing, Ardmore Group said it would pause construction of its 8 GWh cell plant "
            "until 2029.",
            "cell maker",
        ),
        ("Ardmore Group will spend 1.1 billion euros on a cathode plant in Tarnholt.", "supplier"),
        ("Ardmore Group plans to open its first gigafactory in 2028.", "cell maker"),
        (
            "Plans this week: Ardmore Group is building a 4 GWh cell plant; Zandovia Group has "
            "no plans.",
            "cell maker",
        ),
        # a plant that is another's, or one for packs, which carmakers build too
        ("The bank lent 40 million euros to Ardmore Group for its cell plant.", "other"),
        ("Zandovia Cells and Ardmore Group will build a cell plant in Tarnholt.", "other"),
        (
            "Ardmore Group, the parent of Zandovia Cells, said the unit will build a cell plant.",
            "other",
        ),
        ("Ardmore Group will build a battery pack plant in Tarnholt.", "other"),
        ("Zandovia Group wins Ardmore Group order and will build a cell plant.", "other"),
    ],
)
def test_the_plant_a_company_builds_in_its_own_clause_gives_its_kind(sentence: str, kind: str):
    assert _kinds(sentence).get("Ardmore Group", "other") == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Ardmore Group, a Tarnholt start-up that makes sodium-ion cells, said it grew.",
            "cell maker",
        ),
        (
            "Ardmore Group, a small firm in Brenmouth that sells home batteries through "
            "installers, said it grew.",
            "supplier",
        ),
        (
            "Ardmore Group, the family company which rebuilds old packs with new cells, grew.",
            "supplier",
        ),
        ("Ardmore Group, a three-person outfit that assembles storage systems, grew.", "supplier"),
        # what it buys, or makes that is no battery's part
        ("Ardmore Group, a Tarnholt company that buys cells from rivals, grew.", "other"),
        ("Ardmore Group, a start-up that sells software to carmakers, grew.", "other"),
    ],
)
def test_what_the_company_an_apposition_describes_does_gives_its_kind(sentence: str, kind: str):
    assert _kinds(sentence)["Ardmore Group"] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Ardmore Group unveiled the AG-7 cell for ferries on Monday.", "cell maker"),
        (
            "Ardmore Group, a start-up founded in 2019, released its QV-2 cell with 140 Wh/kg.",
            "cell maker",
        ),
        (
            "Ardmore Group began pilot production of the Corvale solid-state cell in May.",
            "cell maker",
        ),
        ("Ardmore Group has launched its new AG-9 cathode for LFP cells.", "supplier"),
        # a pack (a carmaker shows its own) or a launch of nothing said to be a cell
        ("Ardmore Group unveiled the Corvale 5 pack for its vans.", "other"),
        ("Ardmore Group unveiled the AG-7 to the press on Monday.", "other"),
    ],
)
def test_a_product_launched_and_named_before_its_noun_gives_its_kind(sentence: str, kind: str):
    assert _kinds(sentence).get("Ardmore Group", "other") == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The buses, built by the Tarnholt maker Ardmore Group, run on LFP packs.", "automaker"),
        ("Forty trucks, made by Ardmore Group, joined the fleet in May.", "automaker"),
        (
            "Twelve electric buses, built by Ardmore Group in Tarnholt, entered service.",
            "automaker",
        ),
        # what an aside says was built is no vehicle
        ("The depot, built by Ardmore Group, opened in May.", "other"),
    ],
)
def test_the_vehicles_an_aside_says_a_company_built_give_its_kind(sentence: str, kind: str):
    assert _kinds(sentence).get("Ardmore Group", "other") == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Its LFP cells come from Ardmore Group, a Tarnholt firm.", "cell maker"),
        ("The modules hold prismatic cells bought from Ardmore Group in Tarnholt.", "cell maker"),
        ("We take cells from Zandovia Cells and from Ardmore Group.", "cell maker"),
        (
            "The packs use sodium-ion cells from Zandovia Cells and, since the spring, from "
            "Ardmore Group.",
            "cell maker",
        ),
        # what comes from it is no cell, or the cells go to it
        ("The packs come from Ardmore Group, a Tarnholt firm.", "other"),
        ("The cells go to Ardmore Group and from there to the plant.", "other"),
    ],
)
def test_where_cells_come_from_gives_their_makers_kind(sentence: str, kind: str):
    assert _kinds(sentence).get("Ardmore Group", "other") == kind


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # what the maker's noun is of says the kind the noun alone would not
        (
            "Pack assembler Ardmore Group will open a second line in May.",
            "Ardmore Group",
            "supplier",
        ),
        (
            "Ardmore Group, a Tarnholt-area battery assembler, has begun trials with two bus "
            "fleets.",
            "Ardmore Group",
            "supplier",
        ),
        (
            "Among the bidders were Zandovia Cells and Ardmore Group, a module assembler from "
            "Tarnholt.",
            "Ardmore Group",
            "supplier",
        ),
        ("Ardmore Group is a pack assembler based in Tarnholt.", "Ardmore Group", "supplier"),
        (
            "Ardmore Group, the largest supplier of pouch cells in Tarnholt, held 31% of "
            "deliveries.",
            "Ardmore Group",
            "cell maker",
        ),
        (
            "Shares of the cathode-material producer Ardmore Group fell 4% on Friday.",
            "Ardmore Group",
            "supplier",
        ),
        ("Separator maker Ardmore Group has cut 200 jobs.", "Ardmore Group", "supplier"),
        # and where it must not
        ("Vehicle assembler Ardmore Group will open a second line.", "Ardmore Group", "automaker"),
        ("The assembler Ardmore Group will open a second line.", "Ardmore Group", "automaker"),
        ("Tarnholt bus maker Ardmore Group has cut 200 jobs.", "Ardmore Group", "automaker"),
        # a plain pack maker is as often the cell maker its name says it is
        (
            "Zandovia Cells, a Tarnholt pack maker, has cut 200 jobs.",
            "Zandovia Cells",
            "cell maker",
        ),
        (
            "Ardmore Group, the largest supplier of replacement batteries in Tarnholt, said "
            "prices would rise.",
            "Ardmore Group",
            "supplier",
        ),
    ],
)
def test_what_a_makers_noun_is_of_gives_the_kind(sentence: str, name: str, kind: str):
    assert _kinds(sentence).get(name, "other") == kind
