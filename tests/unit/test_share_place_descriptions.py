"""A holder written as a description naming a place ("The Brenmouth firm's share was 9.3%") is
the one company the text before ties to that place, or the one its first use goes back to;
several, or a country's adjective, leave it to the resolver."""

from __future__ import annotations

from share_cases import held_shares

from evkb.kb.records.context import Resolver
from evkb.kb.records.share_described import place_described


def test_the_company_the_text_ties_to_the_place_holds_it():
    text = (
        "Varsen Cells, a Brenmouth maker of pouch cells for buses, took 5.4% of the cell market "
        "in 2025, and Halvenor Power took 12.9%.\n\n"
        "The Brenmouth firm's share of cells for hybrid buses alone was 9.3%."
    )
    assert ("Varsen Cells", 9.3) in held_shares(text)


def test_a_place_before_the_name_ties_it_too():
    text = (
        "Brenmouth-based Varsen Cells took 5.4% of the cell market in 2025, and Halvenor Power "
        "took 12.9%.\n\nThe Brenmouth company's share of cells for buses was 9.3%."
    )
    assert ("Varsen Cells", 9.3) in held_shares(text)


def test_two_companies_of_the_place_leave_it_unknown():
    text = (
        "Cell output rose at Varsen Cells, a Brenmouth maker of pouch cells, and at Halvenor "
        "Power, a Brenmouth maker of prismatic cells, in 2025.\n\n"
        "The Brenmouth firm's share of cells for buses was 9.3%."
    )
    holders = [name for name, percent in held_shares(text) if percent == 9.3]
    assert "Varsen Cells" not in holders and "Halvenor Power" not in holders


def test_a_place_named_only_in_descriptions_is_the_company_its_first_use_goes_back_to():
    text = (
        "Torvane Energy reported an 18% rise in third-quarter revenue on Tuesday.\n\n"
        "Net profit rose 11%, the Kalvik firm said in a filing.\n\n"
        "The Kalvik firm held 3.9% of global battery installations in 2025, up from 3.1% a year "
        "earlier, and Halvenor Power held 2.2%."
    )
    shares = held_shares(text)
    assert ("Torvane Energy", 3.9) in shares and ("Torvane Energy", 3.1) in shares


def test_a_description_refers_back_not_forward():
    # the place is tied to a company only after the description: no one it goes back to
    text = (
        "Halvenor Power and Dunmere Cells led the cell market in 2025.\n\n"
        "The Kalvik firm held 3.9% of the cell market in 2025.\n\n"
        "Torvane Energy, a Kalvik maker of cells, opened a plant."
    )
    assert all(name != "Torvane Energy" for name, _ in held_shares(text))


def test_a_country_adjective_is_left_to_the_resolver():
    assert place_described("The Korean firm", 0, Resolver([], {})) == ""
    assert place_described("The company", 0, Resolver([], {})) == ""
