"""A plural of companies opens a list: "the Czech manufacturers A and B", "cell makers, including
A and B", "its customers include A and B" name each member, "and" parting them where each side
can stand alone (a body's remit before its head, one word of English or the same name twice
stays whole), and no list opens without such a plural."""

from __future__ import annotations

import re

from test_company_list_and import _names as _runs
from test_company_rules import _names

from evkb.kb.records.company_and import after_plural


def test_a_plural_kind_before_a_coordination_parts_it():
    names = _runs("The packs go to the Slovak manufacturers Brasquel Motors and DUNVARRE TRUCKS.")
    assert "Brasquel Motors" in names and "DUNVARRE TRUCKS" in names
    assert not any(" and " in name for name in names)


def test_customers_include_parts_a_coordination():
    names = _runs("Its customers include Quorrin Bikes and Yelvast, the company said.")
    assert "Quorrin Bikes" in names and "Yelvast" in names


def test_a_plural_with_its_examples_after_a_comma_parts_a_list_of_three():
    # another word order: the examples open the sentence's second clause, three of them
    names = _runs(
        "Sales fell at the suppliers, such as Tamsedo Cells, Orvenna Power and Keswold Energy."
    )
    assert {"Orvenna Power", "Keswold Energy"} <= set(names)


def test_no_plural_before_the_run_keeps_it_whole():
    names = _runs("In Quillane, Brasquel Power Bikes and Yelvast said they would merge.")
    assert "Brasquel Power Bikes and Yelvast" in names
    names = _runs("The customers said Brasquel Power Bikes and Yelvast would merge.")
    assert "Brasquel Power Bikes and Yelvast" in names


def test_a_bodys_remit_or_one_word_of_english_stays_one_name():
    names = _runs("Its partners include the Energy and Climate Authority, a state body.")
    assert "Energy and Climate Authority" in names
    text = "Its customers include Brasquel Hasko and Brasquel Hasko, a law firm."
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+", text)]
    assert not after_plural(text, tokens[3:5], tokens[6:], set())
    assert after_plural(text, tokens[3:5], tokens[6:7], set())
    # "Hasko and Lighting": a side that is one word of English is no name of its own
    text = "Its customers include Hasko and Lighting, the firm said."
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+", text)]
    assert not after_plural(text, tokens[3:4], tokens[5:], {"lighting"})
    # no plural before the run: "and" is left to the other readings
    text = "Its director include Hasko and Yelvast, the firm said."
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+", text)]
    assert not after_plural(text, tokens[3:4], tokens[5:6], set())


def test_each_member_of_a_plurals_list_is_a_company():
    names = _names(
        "Europe's own cell makers, including Falmira and OVX, together had less than 1%.\n\n"
        "The packs are meant for the Czech manufacturers Brasquel Libova and PRADANE TRUCKS.\n\n"
        "Its biggest customers include Quorrin Bikes and Ostrevo, the company said.\n"
    )
    assert {"Falmira", "OVX", "Brasquel Libova", "PRADANE TRUCKS"} <= names
    assert {"Quorrin Bikes", "Ostrevo"} <= names
    assert not any(" and " in name for name in names)


def test_a_place_after_a_plural_is_no_company():
    names = _names(
        "Cell makers, including those in Keswold and Orvenna, cut prices this year, data showed.\n"
    )
    assert not {"Keswold", "Orvenna"} & names
