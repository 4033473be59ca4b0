"""Figures written with continental marks: a document's own decimal habit decides what a stop or
a space between digits is ("5.000 cycles", "2 300 people"), English copy keeping its own."""

from __future__ import annotations

import pytest

from evkb.kb.extract.numbers import english_marks, writes_continental
from evkb.kb.extract.quantities import extract_quantities


def _read(text: str, continental: bool = False) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in extract_quantities(text, 0, continental)]


def test_a_continental_document_is_one_that_writes_decimal_commas():
    assert writes_continental("It held 41,7 % after 38,4 %, and 5.000 cycles.")
    # one English aside ("1.25 billion") leaves the copy continental
    assert writes_continental("Shares of 54,8 % and 49,1 % (about 1.25 billion euros).")
    assert not writes_continental("It held 41.7% after 38.4%, or 1,250 tonnes.")
    assert not writes_continental("It sold 1,250 tonnes and 5,000 cells.")
    # a comma before three digits counts for neither habit
    assert not writes_continental("The plant makes 1,250 packs.")


def test_english_marks_keep_every_offset():
    text = "rated for 5.000 cycles, 1.234,5 tonnes, 9 000 cycles and 22,5 %; 1,100 jobs"
    marked = english_marks(text)
    assert len(marked) == len(text)
    assert marked == "rated for 5,000 cycles, 1,234.5 tonnes, 9,000 cycles and 22.5 %; 1,100 jobs"


@pytest.mark.parametrize(
    "text",
    [
        "Call +49 40 555 0199 for the office.",  # a telephone number
        "It opens in 2028 100 days late.",  # a space after a figure of its own
        "Dated 17.11.2026 in the afternoon.",  # a date
        "Version v2.000 of the firmware.",  # inside a word
    ],
)
def test_english_marks_leave_what_is_no_grouped_figure(text):
    assert english_marks(text) == text


def test_a_continental_document_reads_stops_and_spaces_as_thousands():
    assert (5000.0, "count") in _read("The pack is rated for 5.000 cycles.", continental=True)
    assert (2300.0, "count") in _read("The plant will employ 2 300 people.", continental=True)
    assert (1.75, "GWh") in _read("It ordered 1.750 MWh of storage.", continental=True)
    quantities = extract_quantities("It is rated for 12.000 cycles.", 0, True)
    assert [q.text for q in quantities] == ["12.000 cycles"]  # the text as written


def test_english_copy_keeps_its_own_marks():
    assert (2.5, "GWh") in _read("It will make 2.5 GWh a year.")
    assert (1250.0, "count") in _read("It will employ 1,250 people.")
    assert (5.0, "count") in _read("The pack is rated for 5.000 cycles.")  # no habit known
    # in a continental document a comma before three digits is still a thousands mark
    assert (1100.0, "count") in _read("The plant will create 1,100 jobs.", continental=True)


def test_a_space_or_an_apostrophe_between_thousands_reads_whole_in_any_copy():
    assert (9000.0, "count") in _read("The cells last 9 000 cycles.")
    assert (8000.0, "count") in _read("The cells last 8'000 cycles.")
    quantities = extract_quantities("It is rated for 6’000 cycles.", 0)
    assert [(q.value, q.text) for q in quantities] == [(6000.0, "6’000 cycles")]
    # a figure after a figure of its own stays two figures
    assert (2028.0, "year") in _read("It opens in 2028 100 days late.")
    assert all(value < 10000 for value, _ in _read("In 2028 120 people will join."))
