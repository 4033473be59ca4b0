"""A name written as a name (initials in capitals, a capital inside a word) that holds a share
figure is a company even where no word about shares is near; an ordinary word, a common
abbreviation, a figure that is no share or a name with another between it and the figure is not."""

from __future__ import annotations

from test_company_rules import _names

from evkb.kb.records.company_held import written_as_name


def test_initials_ranked_with_their_figure_name_a_company():
    names = _names(
        "Among the pack suppliers this half, QZX is the clear No. 2 with 21.4% of the capacity "
        "fitted in new vans.\n"
    )
    assert "QZX" in names


def test_a_bulleted_row_with_a_country_aside_names_a_company():
    names = _names(
        "Who fitted the cells in the buses sold last year:\n\n"
        "* JVKT (Norway) – 18.3% of installations, up from 15.0%.\n"
    )
    assert "JVKT" in names


def test_a_capital_inside_a_word_holding_a_figure_names_a_company():
    names = _names("By capacity fitted in vans over the half, VoltQo took 12.5%, its best yet.\n")
    assert "VoltQo" in names


def test_a_name_after_a_colon_and_its_figure_names_a_company():
    names = _names("Second in the half: QZX: 9.6% of the cells fitted in buses.\n")
    assert "QZX" in names


def test_the_next_holder_of_a_gapped_verb_names_a_company():
    names = _names("Drennvik held 7.9 per cent of the cells fitted, and QZX 2.6 per cent.\n")
    assert "QZX" in names


def test_a_holder_leading_a_named_market_and_one_after_and_name_companies():
    names = _names(
        "QZX still leads the regional BESS market by some way, with 29.4%.\n\n"
        "Over the year Drennvik cells took 31,7 % of the buses registered and JVKT 11,5 %.\n"
    )
    assert {"QZX", "JVKT"} <= names


def test_ordinary_words_and_common_abbreviations_hold_no_share():
    names = _names(
        "Exports took 14.2% of the cells made in the half.\n\n"
        "EV buyers took 31.5% of the cells fitted this year.\n"
    )
    assert not names & {"Exports", "EV"}


def test_initials_with_a_change_or_another_name_before_the_figure_are_not_taken():
    names = _names(
        "QZX output grew 14% in the half.\n\nAcross the JVKT region, Drennvik had 22.5% of the cells fitted.\n"
    )
    assert "QZX" not in names
    assert "JVKT" not in names


def test_initials_that_do_not_open_their_clause_hold_no_share():
    names = _names(
        "Drennvik said it made 14% of the region's QZX output in the half, up from 9% a year "
        "before.\n\n"
        "Mellow Gate installed 15% of the packs listed with the JVKT register in 2025.\n\n"
        "Drennvik, Mellow Gate and QZX together had 3.4% of the cells fitted in the half.\n\n"
        "In our tests the Q10 returned 91% of the energy fed into it.\n"
    )
    assert not names & {"QZX", "JVKT", "Q10"}


def test_the_shapes_of_a_written_name():
    assert written_as_name("QZX")
    assert written_as_name("QZX On")
    assert written_as_name("VoltQo")
    assert not written_as_name("EV")
    assert not written_as_name("H10")
    assert not written_as_name("Growth")
    assert not written_as_name("Drennvik")
