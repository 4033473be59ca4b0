"""A plant's place and year: the plant called by its place ("the Varnholt plant", "its planned
Varnholt battery plant", "our Varnholt base"), and the year it starts when the copy says it
enters operation or service rather than production."""

from __future__ import annotations

import pytest
from test_company_rules import _extract


def _details(text: str) -> list[tuple[float, dict[str, object], str]]:
    """Each investment's first amount, its facts by attribute, and its year."""
    return [
        (
            i.amounts[0].value if i.amounts else 0.0,
            {f.attribute: f.value for f in i.facts},
            i.year,
        )
        for i in _extract(text).investments
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the sentence's first word
        "Corvat Cells makes packs for vans.\n\nThe Varnholt plant will cost 75 million euros "
        "and will employ 220 people when it opens in 2027.\n",
        # a word of the plant's stage between the determiner and the place, a product between
        # the place and the plant
        "Corvat Cells has cut its planned Varnholt battery plant to $900 million.\n",
        # the speaker's own plant
        "Corvat Cells said our Varnholt plant will get a $40 million expansion.\n",
        # a base or a complex is a plant
        "Corvat Cells will make the cell at its Varnholt base, where a 6.8 billion yuan "
        "expansion adds 40 GWh.\n",
        "Corvat Cells will invest SEK 2.1bn in its existing Varnholt complex.\n",
    ],
)
def test_a_plant_called_by_its_place_is_there(text):
    ((_, facts, _),) = _details(text)
    assert facts.get("place") == "Varnholt"


@pytest.mark.parametrize(
    "text",
    [
        "Corvat Cells will spend $300 million on its first European plant.\n",
        "Corvat Cells will spend $300 million on the new Nordic plant.\n",
    ],
)
def test_a_continents_adjective_is_no_place(text):
    ((_, facts, _),) = _details(text)
    assert "place" not in facts


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Corvat Cells will invest $300 million in a new plant in Quenby with 400 jobs.\n\n"
            "Commercial operation is expected in the fourth quarter of 2028.\n",
            "2028",
        ),
        (
            "Corvat Cells will invest $300 million in a new plant in Quenby with 400 jobs.\n\n"
            "The plant is to be in service in 2028.\n",
            "2028",
        ),
        (
            "Corvat Cells will invest $300 million in a storage site in Quenby. It will employ "
            "40 people when it comes into service in 2027.\n",
            "2027",
        ),
        (
            "Corvat Cells will invest $300 million in a storage site in Quenby.\n\n"
            "- Commissioning: 2029\n",
            "2029",
        ),
    ],
)
def test_a_plant_entering_operation_or_service_starts_that_year(text, year):
    ((_, _, found),) = _details(text)
    assert found == year


def test_a_year_the_plant_was_founded_before_is_not_its_start():
    ((_, _, found),) = _details(
        "Corvat Cells, in service to carmakers since 2015, will invest $300 million in a new "
        "plant in Quenby.\n"
    )
    assert found == ""


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Corvat Cells will invest €260 million in a cell line in the Varnholt industrial "
            "estate in Lisk Harbour.\n",
            "Varnholt industrial estate, Lisk Harbour",
        ),
        (
            "Corvat Cells will build a 4 GWh pack plant at the Varnholt Free Trade Zone near "
            "Tamsworth, at a cost of $120 million.\n",
            "Varnholt Free Trade Zone, Tamsworth",
        ),
        # the zone named after the sum, the plant between
        (
            "For ¥9bn, Corvat Cells will put up a separator factory in the Varnholt Science "
            "Park outside Tamsworth.\n",
            "Varnholt Science Park, Tamsworth",
        ),
    ],
)
def test_a_zone_and_the_town_it_lies_in_are_the_place(text, place):
    ((_, facts, _),) = _details(text)
    assert facts.get("place") == place


def test_a_town_named_after_a_zone_only_as_another_companys_is_not_added():
    ((_, facts, _),) = _details(
        "Corvat Cells will invest €260 million in a cell line in the Varnholt industrial "
        "estate, near Halvik Motors.\n"
    )
    assert facts.get("place") == "Varnholt industrial estate"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Corvat Cells will invest $46 million in a plant in Quenby, which will assemble "
            "packs for light trucks sold in the Varnholt Uplands.\n",
            "Quenby",
        ),
        (
            "Corvat Cells, which distributes storage systems in West Lisk, will invest "
            "$46 million in a plant.\n",
            None,
        ),
        (
            "Corvat Cells will invest $46 million in a pack line whose output it exports to "
            "Tamsworth and sells in West Lisk.\n",
            None,
        ),
        # a word of making between: where the goods are made is the plant's place
        (
            "Corvat Cells will invest $46 million to export packs assembled in Quenby.\n",
            "Quenby",
        ),
    ],
)
def test_where_the_goods_are_sold_is_not_where_the_plant_is(text, place):
    ((_, facts, _),) = _details(text)
    assert facts.get("place") == place


def _records(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], dict[str, object]]]:
    """Each investment's givers or spenders, receivers and facts."""
    return [
        (i.by, i.to, {f.attribute: f.value for f in i.facts}) for i in _extract(text).investments
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a ministry's money for a plant, then the plant's staff
        "The Varnholt Ministry of Industry is giving Corvat Cells C$4.5 million from its "
        "clean industry programme for a cathode pilot plant in Quenby.\n\n"
        "The plant will employ 45 people.\n",
        # "It" read as the lender named last
        "Corvat Cells will build a refinery in Quenby, the first of its kind.\n\n"
        "The Druvel Development Bank has agreed to lend the company £90 million for the "
        "refinery.\n\n"
        "It will employ 190 people when it opens in 2028.\n",
        # a fund's loan told first, then the plant's output and staff, "it" the fund's
        "Lisk Capital Fund is lending EUR 30m to Corvat Cells for a pack plant in Quenby.\n\n"
        "It will make 2 GWh of packs a year and hire 300 workers.\n",
    ],
)
def test_a_funders_money_for_a_plant_leaves_the_staff_to_the_plants_company(text):
    records = _records(text)
    staffed = [r for r in records if "jobs" in r[2]]
    assert staffed, records
    for by, to, _ in staffed:
        owner = to or by
        assert "corvat-cells" in (*by, *to), records
        assert not any(p in ("druvel-development-bank", "lisk-capital-fund") for p in owner)


def test_a_funder_with_no_plant_told_before_is_left_as_it_was():
    # no plant before: nothing to give the staff to
    records = _records("The Druvel Development Bank will employ 190 people in Quenby.\n")
    assert all("corvat-cells" not in (*by, *to) for by, to, _ in records)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Corvat Cells will invest $300 million in a new plant in Quenby with 400 jobs.\n\n"
            "Construction starts in the first quarter of 2026, and the plant is to be in "
            "production in 2028.\n",
            "2028",
        ),
        (
            "Corvat Cells will invest $300 million in a new plant in Quenby with 400 jobs.\n\n"
            "Site works begin in 2026; output is due in 2027.\n",
            "2027",
        ),
        # the only year stated is the builders': it stays
        (
            "Corvat Cells will invest $300 million in a new plant in Quenby with 400 jobs.\n\n"
            "Construction starts in 2026.\n",
            "2026",
        ),
    ],
)
def test_the_year_building_starts_gives_way_to_the_plants_own(text, year):
    ((_, _, found),) = _details(text)
    assert found == year
