"""A dateline's time may be written with an hour mark ("07h15", "06:45 h. CET"), and a page's
text-size control is letters A in a row; a sentence that names a duration or a time, or a
capital A, stays the article's own."""

from __future__ import annotations

import pytest

from evkb.kb.extract.furniture_forms import form_kind, is_dateline
from evkb.model import BOILERPLATE


@pytest.mark.parametrize(
    "line", ["10/07/2026 - 07h15", "24/11/2026 - 06:45 h. CET", "5 March 2026, 18h05"]
)
def test_a_date_and_a_time_with_an_hour_mark_are_a_dateline(line: str):
    assert is_dateline(line)
    assert form_kind(line) == BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "The line charges a bus in 2h30 at the Delmere depot.",
        "At 10:30 h the line stopped for an hour.",
        "Tervane Cells runs its Delmere plant 24h a day.",
    ],
)
def test_sentences_with_times_are_no_datelines(line: str):
    assert not is_dateline(line)


@pytest.mark.parametrize(
    "line", ["Text size: A A A", "Reading mode | A- A+", "Print | Text size A A A"]
)
def test_a_text_size_control_is_boilerplate(line: str):
    assert form_kind(line) == BOILERPLATE


@pytest.mark.parametrize(
    "line", ["Grade A cells", "Plan A and plan B", "A new line opens in Delmere."]
)
def test_a_capital_a_in_a_line_is_no_control(line: str):
    assert form_kind(line) is None
