"""An article's own bulleted lists under its own headings are body; lists of other stories,
bulleted or not, under a list label or under no heading, are still furniture."""

from __future__ import annotations

from evkb.kb.extract import split_passages
from evkb.model import BODY, FURNITURE_KINDS, HEADING

_LEAD = (
    "Harrowgate Cycles will sell two electric scooters from March, the maker said on Monday.\n\n"
    "Both scooters use a removable pack that riders can charge at home or swap at a kiosk.\n\n"
)
_OWN = (
    "Pick a model\n\n"
    "Harrowgate H1 (commuter)\n\n"
    "- Pack: 2.1 kWh sodium-ion, removable\n\n"
    "- Reach: up to 70 km on one charge\n\n"
    "- Price: 1,900 euros with one pack\n\n"
    "Harrowgate H2 (delivery)\n\n"
    "- Pack: 3.4 kWh lithium iron phosphate\n\n"
    "- Reach: up to 120 km\n\n"
    "- Kiosk swap in under a minute\n\n"
    "Where to buy\n\n"
    "The scooters will be sold online and through three showrooms, the company said.\n"
)
_PERKS = (
    "What we offer\n\n"
    "- Paid leave of six weeks a year\n\n"
    "- A bicycle for every employee\n\n"
    "- Lunch at the works canteen\n\n"
    "Vacancies\n\n"
    "- Line Supervisor, Final Assembly - 3 openings\n\n"
    "- Buyer, Electronics - 1 opening\n\n"
    "How to apply\n\n"
    "Write to the works office with a letter and a reference before the end of the month.\n"
)


def _kinds(text: str) -> dict[str, str]:
    return {p.text: p.kind for p in split_passages("doc", text)}


def test_bulleted_items_under_the_article_s_own_headings_stay_body():
    kinds = _kinds(_LEAD + _OWN)
    assert kinds["- Pack: 2.1 kWh sodium-ion, removable"] == BODY
    assert kinds["- Kiosk swap in under a minute"] == BODY
    assert kinds["Harrowgate H2 (delivery)"] in (BODY, HEADING)
    assert kinds["Where to buy"] in (BODY, HEADING)


def test_a_page_of_perks_and_vacancies_keeps_its_lists():
    kinds = _kinds(_LEAD + _PERKS)
    for line in ("- A bicycle for every employee", "- Buyer, Electronics - 1 opening"):
        assert kinds[line] == BODY
    assert kinds["Vacancies"] in (BODY, HEADING)


def test_a_bulleted_list_of_other_stories_under_a_label_still_goes():
    text = _LEAD + (
        "Most Popular\n\n"
        "- Ferry Operator Orders Two Hybrid Ships\n\n"
        "- Regional Airline Cancels Winter Routes\n\n"
        "- City Council Approves New Stadium\n"
    )
    kinds = _kinds(text)
    assert kinds["- Regional Airline Cancels Winter Routes"] in FURNITURE_KINDS


def test_unbulleted_headlines_between_headings_still_go():
    text = _LEAD + (
        "Trending\n\n"
        "Ferry Operator Orders Two Hybrid Ships\n\n"
        "Regional Airline Cancels Winter Routes\n\n"
        "City Council Approves New Stadium\n\n"
        "Baker Wins Regional Bread Prize\n"
    )
    kinds = _kinds(text)
    assert kinds["City Council Approves New Stadium"] in FURNITURE_KINDS
