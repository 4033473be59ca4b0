"""A sentence's subject that the next sentence takes up as "the company" or "the Danish group"
is an organisation (`company_taken_up.py`), and holds the share that description holds."""

from __future__ import annotations

from test_company_rules import _extract, _names


def test_a_subject_the_next_sentence_calls_a_group_is_a_company():
    names = _names(
        "Vorlund still leads the regional market for storage cells.\n\n"
        "The Danish group held 28 percent of installations in 2026, according to analysts.\n\n"
        "Rivals expect to overtake Vorlund within two years.\n"
    )
    assert "Vorlund" in names


def test_a_word_seen_only_where_sentences_start_is_not_taken_up():
    names = _names(
        "Turnover rose by a fifth in the third quarter.\n\n"
        "The company also opened a second line.\n\n"
        "Neighbours of Kelby have asked the council to stop the project.\n\n"
        "The port authority said the study would be ready in the spring.\n"
    )
    assert "Turnover" not in names and "Neighbours of Kelby" not in names


def test_a_place_before_its_people_is_not_taken_up():
    names = _names(
        "TELLMOOR — Kelby County commissioners voted to grant a tax abatement to Wexbury "
        "Cells Co. on Tuesday.\n\n"
        "The company plans a plant on 600 acres, the largest in Kelby County.\n"
    )
    assert "Kelby County" not in names and "Wexbury Cells" in names


def test_the_description_may_open_the_same_paragraphs_next_sentence():
    names = _names(
        "Quenmark remained the region's best-selling maker of electric buses in 2026. "
        "The Polish company had a market share of 15 percent.\n"
    )
    assert "Quenmark" in names


def test_a_subject_after_a_dateline_is_taken_up_too():
    names = _names(
        "TELLMOOR — Brastov still supplies more of the cells fitted to local vans than anyone.\n\n"
        "The Czech firm held 31.2 percent of the market in the first half of 2026.\n"
    )
    assert "Brastov" in names


def test_the_share_the_description_holds_is_the_subjects():
    shares = _extract(
        "Brastov still supplies more of the cells fitted to local vans than anyone.\n\n"
        "The Czech firm held 31.2 percent of the van battery market in 2026.\n"
    ).shares
    assert [(s.label, s.percent) for s in shares] == [("Brastov", 31.2)]


def test_no_subject_a_preposition_or_another_name_stands_for():
    names = _names(
        "In Wexbury the picture is brighter for battery makers.\n\n"
        "The company supplied 11 percent of the cells fitted there.\n\n"
        "Halvik and his partner left a university laboratory in 2019.\n\n"
        "The company raised 40 million euros in a second round.\n"
    )
    assert "Wexbury" not in names and "Halvik" not in names


def test_a_description_with_a_name_of_its_own_takes_up_no_one():
    names = _names(
        "Vorlund quotes a range of 420 km for the van.\n\n"
        "The Danish carmaker Tellmoor Motors rates its own van at 390 km.\n"
    )
    assert "Vorlund" not in names
