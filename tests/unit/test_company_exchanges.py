"""The exchange a company's shares move or trade on is an organisation: initials or one coined
word after "on (the)" and a word of trading; a day, a place, a word of English or a name that
only qualifies the cause of the move is not."""

from __future__ import annotations

import pytest
from test_company_rules import _names

from evkb.kb.records.company_exchanges import traded_on


@pytest.mark.parametrize(
    "text, exchange",
    [
        ("Tarsvik shares fell 9.3% on the Bolsenta.\n", "Bolsenta"),
        ("Quellmoor shares rose 4.2 per cent on Nordvex by mid-morning.\n", "Nordvex"),
        # a clause between the move and the venue, another number style
        (
            "The stock, which had doubled since March, closed 2,5 % lower on the Nordvex.\n",
            "Nordvex",
        ),
        # listed rather than moved, and the venue closing a list of facts
        ("Harbrook Cells is listed on Bolsenta, and it employs 300 people.\n", "Bolsenta"),
        # initials with no "the" before them
        ("Ostrelle stock slid 11 percent on QXE after the warning.\n", "QXE"),
    ],
)
def test_the_venue_a_share_moves_or_trades_on_is_an_organisation(text, exchange):
    assert exchange in _names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tarsvik shares fell 9.3% on Monday.\n", "Monday"),
        ("Quellmoor shares jumped on Bolsenta battery news.\n", "Bolsenta"),  # the cause
        ("Quellmoor shares jumped 3% on Harbrook's warning.\n", "Harbrook"),
        ("Ostrelle stock rose 5% on Germany.\n", "Germany"),
    ],
)
def test_a_day_a_place_or_the_cause_of_a_move_is_no_exchange(text, name):
    assert name not in _names(text)


def test_the_exchange_needs_a_word_of_trading_before_it_and_is_one_word():
    assert traded_on("Bolsenta", "Its shares are traded on ", ".", set())
    assert not traded_on("Bolsenta", "The fair opened on ", ".", set())
    assert not traded_on("Nordvex", "The talks began on the ", ".", set())
    assert not traded_on("Nordvex Prime", "Shares rose 3% on the ", ".", set())
    assert not traded_on("Bolsenta", "Shares rose 3% on ", ".", {"bolsenta"})  # a word of English
