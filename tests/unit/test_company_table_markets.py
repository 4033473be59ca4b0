"""A league table's rows take the market its caption or header names ("Global EV battery
installations, share by company": cell makers; "New car registrations": carmakers; a storage
market: neither); a company a sentence says makes "its own cars" is an automaker whatever
market its share is of."""

from __future__ import annotations

from evkb.kb.extract import split_passages
from evkb.kb.records import Lexicon, extract_records


def kinds(text: str) -> dict[str, str]:
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    return {c.name: c.kind for c in extracted.companies}


def league(caption: str) -> str:
    return (
        "The research firm published its league table on Monday.\n\n"
        f"{caption}\n\n"
        "Rank | Company | Jan-Oct 2026 | Jan-Oct 2025\n"
        "1 | Skerrin | 38.9% | 37.4%\n"
        "2 | Tallowmere | 16.2% | 16.9%\n"
        "3 | Quellbrook | 9.1% | 10.6%\n"
    )


def test_a_tables_caption_names_the_market_of_its_rows():
    found = kinds(league("Global EV battery installations, share by company"))
    assert found["Skerrin"] == found["Tallowmere"] == found["Quellbrook"] == "cell maker"
    cars = kinds(league("New electric car registrations, share by brand"))
    assert cars["Skerrin"] == "automaker"


def test_a_caption_naming_no_makers_market_gives_no_kind():
    assert kinds(league("Home storage systems installed, share by company"))["Skerrin"] == "other"
    assert kinds(league("Share of readers, by outlet"))["Tallowmere"] == "other"


def test_a_company_making_its_own_cars_is_an_automaker_in_a_league_of_cells():
    found = kinds(
        league("Global EV battery installations, share by company")
        + "\nTallowmere kept second place, helped by exports of its own cars to Europe.\n"
    )
    assert found["Tallowmere"] == "automaker"
    assert found["Skerrin"] == "cell maker"
    said = kinds(
        "Dunmarrow, the Chinese group, held 9.7 percent of EV battery installations.\n\n"
        "It owed much of the gain to strong sales of its own cars.\n"
    )
    assert said["Dunmarrow"] == "automaker"


def test_their_own_cars_and_a_stated_kind_stand():
    found = kinds(
        "Ferriby Cells, the cell maker, held 12.1 percent of EV battery installations.\n\n"
        "Ferriby Cells supplies carmakers that sell their own cars in Europe.\n"
    )
    assert found["Ferriby Cells"] == "cell maker"
