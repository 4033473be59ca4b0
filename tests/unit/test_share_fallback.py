"""The general path for a share's holder (share_fallback.py): a figure the particular rules left
without a holder is given the company the evidence points to, or none when it is ambiguous; a
sentence outside share talk is read when a figure is a part of a market's volume."""

from __future__ import annotations

import pytest

import evkb.kb.records as records
from evkb.kb.extract import split_passages
from evkb.kb.records import Lexicon, extract_records
from evkb.kb.records.context import Sentence
from evkb.kb.records.share_fallback import CONFIDENCE, fallback_holder, part_of_volume

HEAD = "Storage cells\nTrade Weekly | 14 October 2026\n"


@pytest.fixture
def read(monkeypatch):
    """The body sentences of a text, with the companies each names, as the share stage gets
    them."""

    def sentences_of(text: str) -> list[Sentence]:
        kept: list[Sentence] = []

        def keep(source, sentences, *args, **kwargs):
            kept.extend(sentences)
            return []

        monkeypatch.setattr(records, "extract_shares", keep)
        extract_records("doc", split_passages("doc", HEAD + text), Lexicon([]))
        monkeypatch.undo()
        return kept

    return sentences_of


def _holder(sentences: list[Sentence], words: str, n: int, before: str = "") -> str:
    sentence = next(s for s in sentences if words in s.text)
    positions = [sentence.local(q) for q in sentence.quantities if q.unit == "percent"]
    return fallback_holder(sentences, sentence, positions, n, before)


def _volume(sentences: list[Sentence], words: str) -> bool:
    sentence = next(s for s in sentences if words in s.text)
    return part_of_volume(
        sentence, [sentence.local(q) for q in sentence.quantities if q.unit == "percent"]
    )


# -- a figure compared with the one before it is that one's holder's --------------------------


def test_a_figure_compared_with_the_one_before_is_its_holders(read):
    sentences = read(
        "Quorvant Cells Ltd builds storage cells in Chile.\n"
        "Its slice of the market was 9.1% in the first half, down from 12.4% a year before.\n"
        "By this tally the market share came to 7 per cent, against 6 per cent in 2025.\n"
        "In shipments the share stood at 31.5 percent; compared with 28 percent before.\n"
    )
    assert _holder(sentences, "down from 12.4%", 1, "quorvant-cells") == "quorvant-cells"
    assert _holder(sentences, "against 6 per cent", 1, "quorvant-cells") == "quorvant-cells"
    assert _holder(sentences, "compared with 28", 1, "quorvant-cells") == "quorvant-cells"


def test_a_figure_not_compared_or_after_no_holder_takes_none(read):
    sentences = read(
        "Quorvant Cells Ltd builds storage cells in Chile.\n"
        "The market share was 9.1% in the first half, and 12.4% went to imports.\n"
        "The market share was 9.1% in the first half, down from 12.4% a year before.\n"
    )
    assert _holder(sentences, "went to imports", 1, "quorvant-cells") == ""
    assert _holder(sentences, "down from 12.4%", 1, "") == ""  # the figure before had no one


# -- a company beside the figure: the particular rules' to read ------------------------------


def test_a_company_beside_the_figure_no_particular_rule_took_leaves_it_unheld(read):
    sentences = read(
        "Brisemark Energy Ltd and Ondrik Batteries Ltd make packs in Peru.\n"
        "In vans, last year's leader Ondrik Batteries fell to third place, with 8.4%.\n"
        "It held 21.5% of the market, ahead of Brisemark Energy.\n"
        "On the market for buses – Brisemark Energy, about 14 per cent.\n"
    )
    assert _holder(sentences, "fell to third", 0) == ""
    assert _holder(sentences, "ahead of Brisemark", 0) == ""
    assert _holder(sentences, "about 14 per cent", 0) == ""


def test_a_source_a_named_object_or_two_names_hold_nothing(read):
    sentences = read(
        "Brisemark Energy Ltd and Ondrik Batteries Ltd make packs in Peru.\n"
        "According to Ondrik Batteries, the market share of imports was 30%.\n"
        "One maker whose name Brisemark Energy withheld took 9% of the market.\n"
        "Imports, mainly from Ondrik Batteries, held a market share of 32%.\n"
        "Brisemark Energy overtook Ondrik Batteries in the market with 12%.\n"
        "Brisemark Energy's margin was 22% last year.\n"
    )
    assert _holder(sentences, "imports was 30%", 0) == ""
    assert _holder(sentences, "took 9%", 0) == ""
    assert _holder(sentences, "share of 32%", 0) == ""
    assert _holder(sentences, "with 12%", 0) == ""  # two names: whose is it?
    assert _holder(sentences, "margin was 22%", 0) == ""  # nothing says it is a share


# -- a word standing for a company: the company the sentences before name ----------------------


def test_a_word_standing_for_a_company_is_the_one_named_just_before(read):
    sentences = read(
        "Ranked first, again: Velmira Power Ltd.\n"
        "It held 37.9% of the market in the nine months.\n"
        "Brisemark Energy Ltd and Ondrik Batteries Ltd lead the Peruvian market.\n"
        "Their paths split this year.\n"
        "The latter is far smaller, but its market share rose to 6.4% in the same period.\n"
        "The former had 18.7% of the packs sold in Peru this year.\n"
    )
    assert _holder(sentences, "It held 37.9%", 0) == "velmira-power"
    assert _holder(sentences, "rose to 6.4%", 0) == "ondrik-batteries"
    assert _holder(sentences, "The former had", 0) == "brisemark-energy"


def test_a_word_standing_for_one_of_two_companies_is_ambiguous(read):
    sentences = read(
        "Brisemark Energy Ltd and Ondrik Batteries Ltd lead the Peruvian market.\n"
        "The Peruvian firm's market share fell to 2.4 per cent this year.\n"
        "One of its customers accounts for 40 per cent of the market.\n"
    )
    assert _holder(sentences, "fell to 2.4", 0) == ""
    assert _holder(sentences, "accounts for 40", 0) == ""  # "its" owns a noun, not the share


# -- a sentence outside share talk read for a part of a market's volume ------------------------


def test_a_part_of_a_markets_volume_is_read_outside_share_talk(read):
    sentences = read(
        "Caskwell Ltd supplied 8,7 % of the storage containers installed in Peru in 2025.\n"
        "Of the battery capacity fitted to new vans this year, 41 per cent came from Caskwell Ltd.\n"
        "They have about 70 per cent of the tractor conversions done in Peru.\n"
    )
    assert _volume(sentences, "storage containers")
    assert _volume(sentences, "Of the battery capacity")
    assert _volume(sentences, "tractor conversions")


def test_a_part_of_something_else_is_not(read):
    sentences = read(
        "Caskwell Ltd recovers 95% of the materials in a pack.\n"
        "Its cells charge to 80 per cent in 18 minutes.\n"
        "Caskwell Ltd pays 30% of its sales in royalties.\n"
    )
    assert not _volume(sentences, "materials")
    assert not _volume(sentences, "charge to 80")
    assert not _volume(sentences, "royalties")


# -- the records of the general path ------------------------------------------------------------


def test_a_record_of_the_general_path_carries_its_rule_and_a_lower_confidence():
    text = HEAD + (
        "Two firms set the pace: Brisemark Energy Ltd, which runs a cell plant in Tellbridge, and "
        "Ondrik Batteries Ltd, a pack maker.\n\n"
        "Their fortunes moved in opposite directions this year.\n\n"
        "The former supplied 18.7% of the battery cells installed in new vans in Peru in "
        "January-September, according to the research firm Caskwell Data, down from 22.3% a "
        "year earlier.\n"
    )
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    found = {(s.holder, s.percent, s.as_of): s for s in extracted.shares}
    share = found[("brisemark-energy", 18.7, "2026-09")]
    assert share.rule == "share: fallback holder"
    assert share.confidence == CONFIDENCE < 0.4
    assert ("brisemark-energy", 22.3, "2025-09") in found
    assert not any(s.holder == "caskwell-data" for s in extracted.shares)  # the source


def test_a_holder_the_general_path_guessed_takes_no_kind_from_its_market():
    text = HEAD + (
        "Two firms set the pace in Peru: Brisemark Energy Ltd, a utility, and "
        "Ondrik Holdings Ltd, a Tellbridge investor.\n\n"
        "Their fortunes moved in opposite directions this year.\n\n"
        "The latter is far smaller, but its share of the Peruvian electric-bus battery market "
        "rose to 6.4% in the same period from 4.0%.\n"
    )
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    assert {(s.holder, s.percent) for s in extracted.shares} == {
        ("ondrik-holdings", 6.4),
        ("ondrik-holdings", 4.0),
    }
    assert {c.name: c.kind for c in extracted.companies}["Ondrik Holdings"] != "cell maker"
