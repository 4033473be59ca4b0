"""A fund or a programme named after its owner's possessive ("Torvane's Blue Harbour Fund") is
the owner's programme, not a company, wherever it stands in the sentence; the owner, who pays
from it, is an organisation. A country's fund may be a body of its own, and a country owns
nothing here; a fund word in lower case or inside another word names no programme."""

from __future__ import annotations

from test_company_rules import _names


def test_the_owner_of_a_named_fund_is_an_organisation_and_the_fund_is_not():
    names = _names(
        # a possessive after "from", in a clause at the sentence's end
        "Hadrow Cells got NZ$2 million from QFA's Clean Freight Fund to build the line.\n\n"
        # the fund among the backers of a raise, with a list after it
        "The raise was led by Carrowby Partners, with Torvane's Blue Harbour Fund and two "
        "family offices among the other investors.\n\n"
        # opening the sentence, as the subject that acts
        "Maxtrel's Green Transport Scheme is also weighing a bid from Quellan Motors.\n\n"
        # a clause between the owner and the verb, and a programme for the fund
        "Ulvesta's Cell Scale-up Program, which opened in May, paid out €1.5 million to "
        "Ilvara Energy.\n"
    )
    assert {"QFA", "Torvane", "Maxtrel", "Ulvesta"} <= names
    assert not names & {
        "Clean Freight Fund",
        "Blue Harbour Fund",
        "Green Transport Scheme",
        "Cell Scale-up Program",
    }


def test_a_countrys_fund_and_a_fund_without_an_owner_stay_bodies():
    names = _names(
        "The round was led by Carrowby Partners, with the UK's Pellorin Wealth Fund also "
        "taking part.\n\n"
        "The Fenmark Growth Fund has agreed to lend $5 million to Hadrow Cells.\n"
    )
    assert "UK" not in names
    assert {"Pellorin Wealth Fund", "Fenmark Growth Fund"} <= names


def test_a_fund_word_in_lower_case_or_inside_another_word_names_no_programme():
    names = _names(
        "Drevik's new funding scheme was cut in half, a spokesman said.\n\n"
        "The Sorrento's Kasmira Fundamentals report came out in May.\n"
    )
    assert not names & {"Drevik", "Sorrento"}
