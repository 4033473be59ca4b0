"""Whom a company's standing in a market is owed to ("the leader thanks to X", "helped by X's
... volumes"), in a sentence about shares, or whom money is owed to ("thanks to X for the
$40 million credit line") is a company; an event, a person's doing or a place is not."""

from __future__ import annotations

from test_company_rules import _names


def test_whom_a_share_is_owed_to_is_a_company():
    names = _names(
        "Orsanta Cells, once the leader thanks to Quistrand, is down to sixth place with 3.1% "
        "of the market.\n\n"
        "With 14% of the market, Dunmorrow Energy stays second, helped by Tarvio's Kelso "
        "orders.\n\n"
        "Market shares, nine months: Orsanta Cells 31% (thanks to Brenhal), Dunmorrow Energy "
        "22%.\n"
    )
    assert {"Quistrand", "Tarvio", "Brenhal"} <= names


def test_whom_money_is_owed_to_is_a_company():
    names = _names(
        "None of this happens without partners. Special thanks to Quistrand for the $40 million "
        "credit line, and to our suppliers.\n\n"
        "The pack line opened in May, helped by Tarvio for a 2.1 billion rupee loan.\n"
    )
    assert {"Quistrand", "Tarvio"} <= names


def test_an_event_a_person_s_doing_or_a_place_is_not_credited():
    names = _names(
        "Growth came thanks to Grexit.\n\n"
        "Its share grew to 12% thanks to Smith's work on the line.\n\n"
        "Its market share fell to 9%, helped by Europe's rebates.\n\n"
        "Special thanks to Tarvio for the warm welcome.\n"
    )
    assert not names & {"Grexit", "Smith", "Europe", "Tarvio"}
