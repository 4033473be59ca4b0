"""A company's kind from its name's own words where no text describes it: the head noun (the
word before "of" or "for", else the last word) says it before a kind's word elsewhere in the
name; a chamber of commerce or of industry is an association, a name ending in Data or Metrics
a research firm, one of a cell's materials or of packs a supplier, one of buses, automobiles or
motorcycles (or of batteries in another language) their maker."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.records import Lexicon, extract_records


def _kinds(text: str) -> dict[str, str]:
    passages = split_passages("doc", text + "\n")
    return {c.name: c.kind for c in extract_records("doc", passages, Lexicon([])).companies}


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "The Quillmoor Department for Lithium and Mining said on Tuesday that it backs "
            "the plant.",
            "Quillmoor Department for Lithium and Mining",
            "government",
        ),
        (
            "Approval came last week from the Tarnholt Battery Materials Safety "
            "Administration, which inspected the site twice.",
            "Tarnholt Battery Materials Safety Administration",
            "government",
        ),
        (
            "The Zandovia Lithium Producers Association, which speaks for nine miners, opposed "
            "the levy.",
            "Zandovia Lithium Producers Association",
            "association",
        ),
        (
            "Grants came from two bodies: the Battery Materials Office of Quillmoor and a "
            "regional fund.",
            "Battery Materials Office of Quillmoor",
            "government",
        ),
        # a kind's word elsewhere still says it where the head says none
        (
            "Tarnholt Mining Group said on Tuesday it would close a mine.",
            "Tarnholt Mining Group",
            "supplier",
        ),
        (
            "Quillmoor Battery Materials said on Tuesday it would close a plant.",
            "Quillmoor Battery Materials",
            "supplier",
        ),
    ],
)
def test_a_names_head_noun_says_its_kind_first(sentence: str, name: str, kind: str):
    kinds = _kinds(sentence)
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Quillmoor Chamber of Commerce said on Tuesday that it backs the plant.",
            "Quillmoor Chamber of Commerce",
        ),
        (
            "Members of the Chamber of Industry and Crafts of Tarnholt, which met on Monday, "
            "welcomed the plan.",
            "Chamber of Industry and Crafts of Tarnholt",
        ),
        (
            "- Chamber of Commerce, Trade and Services of Zandovia: 14 exhibitors",
            "Chamber of Commerce, Trade and Services of Zandovia",
        ),
    ],
)
def test_a_chamber_of_commerce_or_industry_is_an_association(sentence: str, name: str):
    kinds = _kinds(sentence)
    assert kinds.get(name) == "association", kinds


def test_a_chamber_that_sits_is_no_association():
    kinds = _kinds("The Chamber of Deputies of Quillmoor voted on Tuesday to back the plant.")
    assert "association" not in kinds.values(), kinds


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Tarnholt Mobility Data said registrations rose 12% in May.",
            "Tarnholt Mobility Data",
            "research firm",
        ),
        (
            "Installations grew 9%, according to figures from Quillmoor Battery Data, which "
            "tracks 40 makers.",
            "Quillmoor Battery Data",
            "research firm",
        ),
        (
            "Zandovia Metrics, the Tarnholt firm, said on Monday the market grew 9% in May.",
            "Zandovia Metrics",
            "research firm",
        ),
        # the head noun says another kind first
        (
            "Ardmore Data Cells said on Tuesday it would build a cell plant.",
            "Ardmore Data Cells",
            "cell maker",
        ),
    ],
)
def test_a_name_ending_in_data_or_metrics_sells_figures(sentence: str, name: str, kind: str):
    kinds = _kinds(sentence)
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Tarnholt Cathodes will invest €200 million in a second line in Quillmoor.",
            "Tarnholt Cathodes",
            "supplier",
        ),
        (
            "Quillmoor Power Packs, which employs 40 people, reported a loss for the year.",
            "Quillmoor Power Packs",
            "supplier",
        ),
        (
            "The grant list:\n- Zandovia Drive Systems BV: €4 million\n- Ardmore Modules NV: €2 "
            "million",
            "Ardmore Modules",
            "supplier",
        ),
        (
            "Shares in Ardmore Cellpack Ltd fell 3% after it cut its outlook.",
            "Ardmore Cellpack",
            "supplier",
        ),
        (
            "Hallbeck Electrolyte will double its output in Tarnholt by 2028.",
            "Hallbeck Electrolyte",
            "supplier",
        ),
        # a word inside another, or a maker's own word, is not read so
        ("Wolfpack Motors said on Tuesday it would close a plant.", "Wolfpack Motors", "automaker"),
        ("Hallbeck Cells said on Tuesday it would close a plant.", "Hallbeck Cells", "cell maker"),
    ],
)
def test_a_name_of_cell_materials_or_packs_is_a_suppliers(sentence: str, name: str, kind: str):
    kinds = _kinds(sentence)
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Quillmoor Automobile Group reported a loss of €4 million for the year.",
            "Quillmoor Automobile Group",
            "automaker",
        ),
        (
            "The order, worth €30 million, went to Tarnholt Bus Works; the chargers come from a "
            "local firm.",
            "Tarnholt Bus Works",
            "automaker",
        ),
        (
            "Zandovia Coachworks, founded in 1962, will fit the packs to 40 coaches.",
            "Zandovia Coachworks",
            "automaker",
        ),
        ("Ardmore Moto reported a loss of €4 million for the year.", "Ardmore Moto", "automaker"),
        ("Hallbeck Buses Ltd will take 40 packs a month from 2027.", "Hallbeck Buses", "automaker"),
        (
            "Hallbeck Baterías S.L. reported a loss of €4 million for the year.",
            "Hallbeck Baterías",
            "cell maker",
        ),
        (
            "Ardmore Batteri AB reported a loss of SEK 40 million for the year.",
            "Ardmore Batteri",
            "cell maker",
        ),
        # the head noun says another kind first
        (
            "The Tarnholt Bus Operators Association said fares would rise.",
            "Tarnholt Bus Operators Association",
            "association",
        ),
    ],
)
def test_a_name_of_vehicles_or_of_batteries_in_another_language_says_its_maker(
    sentence: str, name: str, kind: str
):
    kinds = _kinds(sentence)
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Ardmore Power Systems, Inc. reported a loss of $4 million for the year.",
            "Ardmore Power Systems",
            "supplier",
        ),
        (
            "The buses will carry packs from Tarnholt Energy Systems, which won the tender in May.",
            "Tarnholt Energy Systems",
            "supplier",
        ),
        (
            "Quillmoor Litio S.A. reported a loss of $4 million for the year.",
            "Quillmoor Litio",
            "supplier",
        ),
        (
            "PT Hallbeck Nikel Abadi will build a smelter near the port.",
            "Hallbeck Nikel Abadi",
            "supplier",
        ),
        # the head noun says another kind first
        (
            "The Tarnholt Energy Systems Council said the tender was fair.",
            "Tarnholt Energy Systems Council",
            "association",
        ),
    ],
)
def test_a_name_of_power_systems_or_of_a_metal_is_a_suppliers(sentence: str, name: str, kind: str):
    kinds = _kinds(sentence)
    assert kinds.get(name) == kind, kinds
