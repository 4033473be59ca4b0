"""A ranking's leaders counted as one holder ("the top five held 74.1%"), and the counts that
place another holder against them ("outside the top ten", "one of the top five")."""

from __future__ import annotations

from share_cases import dated_shares as _shares

from evkb.kb.records.share_top_groups import top_group

HEAD = "Cell suppliers\nPublished 3 December 2026\n"


def _top(text: str) -> str:
    return top_group(text, 0, text.index("%") - 4)


def test_the_counted_leaders_hold_their_sum():
    text = HEAD + (
        "Quillmere Cells led with 31.2% of installations in January-September. "
        "The top five held 74.1% of installations in the period.\n"
    )
    assert ("top five", 74.1, "2026-09") in _shares(text)


def test_other_orders_numbers_and_a_clause_between():
    # digits, a noun after the count, "together", the period first
    text = HEAD + "In 2025 the top 3 brands together commanded 48 per cent of sales.\n"
    assert ("top 3 brands", 48, "2025") in _shares(text)
    # an apposition between the leaders and the verb
    text = HEAD + (
        "The leading ten suppliers, which include two Korean makers, accounted for 88.4% of "
        "cells fitted in January-October.\n"
    )
    assert ("leading ten suppliers", 88.4, "2026-10") in _shares(text)
    # a possessive share of theirs
    text = HEAD + (
        "Tamberlin Storage kept first place with 21.4% of installations in January-October. "
        "The top three's combined share of the market fell to 59.5%.\n"
    )
    assert ("top three", 59.5, "2026-10") in _shares(text)


def test_a_count_that_places_another_holder_is_no_holder():
    assert _top("Makers outside the top ten together held less than 8.0% of it") == ""
    assert _top("Dovra, one of the top five, held 12.0% of the market") == ""
    assert _top("It ranks among the top three with 14.0% of sales") == ""
    assert _top("The top two widen the gap with 57.0% between them") == ""
    assert _top("the top two suppliers now hold 57.0% of the market") == "top two suppliers"
    text = HEAD + (
        "Quillmere Cells, one of the top five, held 12.0% of the market in January-October.\n"
    )
    assert _shares(text) == [("Quillmere Cells", 12.0, "2026-10")]
