"""A fourth article in another outlet's style: British spelling, £/€, "per cent", bn/mn.

Nothing in the extractor was written for it; it checks that the rules are general.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evkb.kb.extract import (
    NameMatcher,
    extract_claims,
    find_candidates,
    read_text,
    split_passages,
)
from evkb.model import BODY, BOILERPLATE, CAPTION, HEADING, UNRELATED

ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "fourth" / "uk-gigafactory.txt"
SOURCE = "uk-gigafactory"
# Companies a curator would already know from the other articles.
KNOWN = {
    "Toyota": "toyota",
    "CATL": "catl",
    "BYD": "byd",
    "Panasonic": "panasonic",
    "Tesla": "tesla",
}


@pytest.fixture(scope="module")
def text() -> str:
    decoded, warnings = read_text(ARTICLE.read_bytes())
    assert warnings == []
    return decoded


@pytest.fixture(scope="module")
def passages(text):
    return split_passages(SOURCE, text)


@pytest.fixture(scope="module")
def claims(passages):
    return extract_claims(SOURCE, passages, NameMatcher(KNOWN))


def kind_of(passages, start: str) -> str:
    return next(p.kind for p in passages if p.text.startswith(start))


def test_passage_kinds(passages):
    assert kind_of(passages, "Northvale Cell Technologies Wins") == HEADING
    assert kind_of(passages, "By our Energy Correspondent") == BOILERPLATE
    assert kind_of(passages, "Photo: Battery modules") == CAPTION
    assert kind_of(passages, "LONDON, 3 March 2025") == BODY
    assert kind_of(passages, "Related: Why Europe") == BOILERPLATE
    assert kind_of(passages, "Advertisement") == BOILERPLATE
    assert kind_of(passages, "Chinese competition") == HEADING
    assert kind_of(passages, '"This is the vote of confidence') == BODY
    assert kind_of(passages, "Sign up to our newsletter") == BOILERPLATE
    assert kind_of(passages, "More from Electric Week") == BOILERPLATE
    assert kind_of(passages, "© 2025 Electric Week Media Ltd") == BOILERPLATE


def test_the_trailing_headlines_are_unrelated(passages):
    unrelated = [p.text for p in passages if p.kind == UNRELATED]
    assert len(unrelated) == 6
    assert unrelated[0].startswith("Cloudmesh Raises £45mn")
    assert unrelated[-1].startswith("Heatwave Warning")
    # One of them ends with a full stop; it is still part of the list.
    assert any(line.endswith(".") for line in unrelated)
    body = [p for p in passages if p.kind == BODY]
    assert body[-1].text.startswith('"This is the vote')


def test_figures_and_units(claims):
    found = {q.text: q for c in claims for q in c.quantities}
    expected = {
        "£1.2bn": (1.2e9, "GBP"),
        "€350mn": (350e6, "EUR"),
        "£220 million": (220e6, "GBP"),
        "¥56bn": (56e9, "JPY"),
        "12 GWh": (12.0, "GWh"),
        "30GWh": (30.0, "GWh"),
        "20 per cent": (20.0, "percent"),
        "11.8 per cent": (11.8, "percent"),
        "18 minutes": (18.0, "min"),
        "500 kilometres": (500.0, "km"),
        "310 miles": (310.0, "mi"),
        "1,500 people": (1500.0, "count"),
        "4,000 jobs": (4000.0, "count"),
        "905,233 vehicles": (905233.0, "count"),
        "2027": (2027.0, "year"),
        "3 March 2025": (2025.0, "month"),
        "2027-28": (2027.0, "year"),
    }
    for written, (value, unit) in expected.items():
        assert (found[written].value, found[written].unit) == (value, unit), written
    assert found["¥56bn"].qualifier == "about"
    assert found["20 per cent"].qualifier == "roughly"
    assert found["4,000 jobs"].qualifier == "up to"
    assert found["half"].qualifier == "more than" and found["half"].value == 50
    assert found["10 to 80 per cent"].value_to == 80
    assert found["2027-28"].value_to == 2028
    assert found["3 March 2025"].iso == "2025-03"
    km = found["500 kilometres"]
    claim = next(c for c in claims if km in c.quantities)
    assert claim.quantities[km.equivalent] == found["310 miles"]


def test_known_companies_are_entities(claims):
    mentioned = {ident for c in claims for ident in c.entities}
    assert mentioned == {"toyota", "catl", "byd", "panasonic", "tesla"}


def test_nothing_from_the_unrelated_list_or_footer_is_a_claim(passages, claims):
    kinds = {p.id: p.kind for p in passages}
    assert {kinds[c.passage] for c in claims} <= {BODY, HEADING}
    everything = " ".join(c.text for c in claims)
    for stray in (
        "Cloudmesh",
        "£45mn",
        "Orbitbank",
        "€1.4bn",
        "4.5%",
        "$2bn",
        "34C",
        "Electric Week",
    ):
        assert stray not in everything
    values = {(q.value, q.unit) for c in claims for q in c.quantities}
    assert (
        (45e6, "GBP") not in values and (1.4e9, "EUR") not in values and (2e9, "USD") not in values
    )


def test_the_unknown_company_is_a_candidate_and_the_headline_companies_are_not(passages):
    found = find_candidates(SOURCE, passages, NameMatcher(KNOWN))
    names = [c.name for c in found]
    assert "Northvale Cell Technologies" in names
    assert "Marlow Energy Insights" in names
    assert "Department for Business and Trade" in names
    for stray in (
        "Cloudmesh", "Helix Robotics Ltd", "Orbitbank Group", "Lattice Labs",
        "Electric Week Media Ltd", "Panasonic", "CATL", "Toyota",
    ):  # fmt: skip
        assert stray not in names
    northvale = next(c for c in found if c.name == "Northvale Cell Technologies")
    assert northvale.source == SOURCE
    assert next(p for p in passages if p.id == northvale.passage).kind == BODY
