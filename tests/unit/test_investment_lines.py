"""A production line is a plant: a line named by what it makes ("a second cell line", "a new
separator line") takes the output, staff and start year the next sentences give it, and a lede
that restates its headline's sum with the line keeps the story going on about that line."""

from __future__ import annotations

from test_company_rules import _extract


def _records(text: str) -> list[tuple[float, str, tuple[str, ...], dict[str, object]]]:
    """Each investment's first amount, kind, spender and details (with its year), in order."""
    out = []
    for i in _extract(text).investments:
        facts: dict[str, object] = {f.attribute: f.value for f in i.facts}
        facts["year"] = i.year
        out.append((i.amounts[0].value if i.amounts else 0.0, i.kind, i.by, facts))
    return out


def _details(text: str, value: float) -> dict[str, object]:
    found = [facts for v, _, _, facts in _records(text) if v == value]
    assert found, _records(text)
    return found[0]


def test_a_cell_line_told_then_sized_in_the_next_sentence():
    facts = _details(
        "Corvat Cells will spend 9.6 billion baht ($282 million) on a second cell line in "
        "Quenby. The line will have 6 GWh of capacity, employ 800 people and start in 2028.\n",
        9.6e9,
    )
    assert facts["capacity"] == 6.0 and facts["jobs"] == 800.0 and facts["year"] == "2028"


def test_a_separator_line_in_another_word_order_and_number_style():
    facts = _details(
        "In Quenby, Corvat Cells will build a separator line for ¥4.8bn.\n\n"
        "From 2029 the line is to run at 2,5 GWh a year and add 1.100 jobs.\n",
        4.8e9,
    )
    assert facts["capacity"] == 2.5 and facts["jobs"] == 1100.0


def test_a_pack_line_in_a_list_of_points():
    facts = _details(
        "Highlights:\n\n"
        "- Corvat Cells invests €40 million in a new pack line at Quenby\n"
        "- The line will employ 150 people from 2027\n",
        40e6,
    )
    assert facts["jobs"] == 150.0


def test_a_credit_line_or_a_product_line_is_no_plant():
    records = _records(
        "Corvat Cells has drawn $50 million on its credit line with Halvik Bank.\n\n"
        "The line will employ 150 people from 2027.\n"
    )
    assert not any(facts.get("jobs") == 150.0 for value, _, _, facts in records if value == 50e6)


def test_a_lede_restating_its_headline_with_the_line_gets_the_lines_figures():
    facts = _details(
        "For immediate release\n\n"
        "Corvat Cells unveils its V2 pack for electric buses, invests EUR 85 million in Quenby "
        "line\n\n"
        "Quenby, 26 November 2026 - Corvat Cells GmbH today presented the V2, its new pack.\n\n"
        "To build it, Corvat Cells is investing EUR 85 million in a new production line at its "
        "Quenby works. The line, with a capacity of 1.5 GWh a year, will create 240 new jobs.\n",
        85e6,
    )
    assert facts["capacity"] == 1.5 and facts["jobs"] == 240.0


def test_a_highlight_restated_by_the_story_with_its_factory():
    facts = _details(
        "Highlights\n\n"
        "- Corvat Cells commits ¥48bn to Quenby expansion\n"
        "- New V2 pack on sale from May\n\n"
        "Corvat Cells said on Monday it would commit ¥48bn to a new cell factory in Quenby. "
        "The factory will employ 600 people from 2028.\n",
        48e9,
    )
    assert facts["jobs"] == 600.0 and facts["year"] == "2028"


def test_a_takeaway_restated_by_the_story_with_its_plant():
    facts = _details(
        "KEY TAKEAWAYS\n\n"
        "• Corvat Cells will put $120 million into Quenby\n"
        "• Halvik Energy names a new chief\n\n"
        "Corvat Cells will put $120 million into a recycling plant at Quenby, the company said. "
        "Production starts in 2028 and 260 jobs will be created.\n",
        120e6,
    )
    assert facts["jobs"] == 260.0 and facts["year"] == "2028"


def test_a_lede_without_a_plant_leaves_another_makers_plant_alone():
    records = _records(
        "Corvat Cells commits ¥48bn to Quenby expansion\n\n"
        "Corvat Cells said on Monday it would commit ¥48bn to its growth in Quenby.\n\n"
        "Halvik Energy's plant in Quenby employs 900 people.\n"
    )
    assert not any(facts.get("jobs") == 900.0 for value, _, _, facts in records if value == 48e9)


def test_a_product_line_marketed_is_no_plant_and_takes_no_plant_figures():
    records = _records(
        "Corvat Cells will spend $30 million to market its new product line across Europe, "
        "the company said.\n\n"
        "Its Quenby cell plant, built in 2019, has 3 GWh of capacity.\n"
    )
    assert not any(facts.get("capacity") == 3.0 for value, _, _, facts in records if value == 30e6)
