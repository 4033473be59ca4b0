"""A verb of giving that names both ends: "X will lend Y $150 million", "X has granted it
9 million euros", "X is lending us C$40 million": the object after the verb receives."""

from __future__ import annotations

from test_investment_direction import _sum


def test_the_name_after_the_verb_of_lending_receives_and_a_giver_not_named_as_company_gives_none():
    by, to = _sum(
        "Tavrin Cells AG will build a cell plant in Kameoka.\n\n"
        "The regional infrastructure facility will lend Tavrin Cells US$150 million for the "
        "port works.\n",
        150e6,
    )
    assert to == ("tavrin-cells",) and "tavrin-cells" not in by


def test_a_name_granted_a_sum_is_its_receiver_whatever_the_subject():
    by, to = _sum(
        "Selvik Power will build a charging depot in Orsvik.\n\n"
        "The Dunmere research programme has granted Selvik Power 4 million kroner for a study.\n",
        4e6,
    )
    assert to == ("selvik-power",) and by == ()


def test_us_after_the_verb_is_the_speaker_and_the_subject_gives():
    by, to = _sum(
        "Tavrin Cells AG is building a module plant in Kameoka.\n\n"
        "Q: Who is funding it?\n\n"
        "A: We are investing C$210 million there, and Brisko Bank is lending us C$40 million.\n",
        40e6,
    )
    assert by == ("brisko-bank",) and to == ("tavrin-cells",)


def test_it_after_the_verb_is_the_company_and_not_the_giver():
    by, to = _sum(
        "Tavrin Cells AG will invest 75 million euros in a plant in Kameoka.\n\n"
        "The regional agency, Istrane Agency, has granted it 9 million euros.\n",
        9e6,
    )
    assert by == ("istrane-agency",) and to == ("tavrin-cells",)


def test_a_passive_names_no_receiver_after_the_verb():
    # "was granted 9 million euros": the subject receives; nothing after the verb does
    _, to = _sum(
        "Tavrin Cells AG was granted 9 million euros by Istrane Agency for its plant.\n", 9e6
    )
    assert to == ("tavrin-cells",)


def test_a_verb_of_giving_with_no_sum_after_its_object_is_not_read():
    # "offered Brisko Bank shares": no sum follows the object
    by, _ = _sum(
        "Tavrin Cells AG offered Brisko Bank shares last year, and will invest EUR 40 million "
        "in a plant in Kameoka.\n",
        40e6,
    )
    assert by == ("tavrin-cells",)


def test_a_sum_from_a_name_under_a_verb_of_receiving_is_that_names_to_give():
    # "funded partly by a £20m loan from X": X gives; the receiver is the company spending
    by, to = _sum(
        "To meet demand, Tavrin Cells will spend £36m expanding its plant in Kameoka.\n\n"
        "The work will be funded partly by a £20m loan from Kellgate Trust UK.\n",
        20e6,
    )
    assert by == ("kellgate-trust-uk",) and to == ("tavrin-cells",)


def test_a_giver_named_by_the_verb_of_receiving_stays_the_giver():
    # "co-funded by ... from the Fund administered by the Agency": the verb's "by" names it
    by, _ = _sum(
        "The purchase is co-funded by a NZ$21 million grant from the Orsvik Fund administered "
        "by the Istrane Agency.\n",
        21e6,
    )
    assert by == ("istrane-agency",)


def test_a_place_inside_a_lenders_name_is_no_plant_place():
    # "UK" of "Kellgate Trust UK" is not the place of a plant named "in the UK" before
    _, to = _sum(
        "Tavrin Cells gains ground on Selvik Power in the UK market.\n\n"
        "To meet demand, Tavrin Cells will spend £36m expanding its plant.\n\n"
        "The work will be funded by a £20m loan from Kellgate Trust UK.\n",
        20e6,
    )
    assert to != ("selvik-power",)


def test_a_grant_from_a_name_after_part_funded_by_is_that_names_to_give():
    by, to = _sum(
        "Tavrin Cells AG has opened a pack line in Kameoka.\n\n"
        "The development was part-funded by an £18.5 million grant from the Kellgate Propulsion "
        "Centre (KPC), which Tavrin Cells matched with its own money.\n",
        18.5e6,
    )
    assert by == ("kellgate-propulsion-centre",) and to == ("tavrin-cells",)


def test_a_round_or_funding_for_a_name_is_invested_in_that_name():
    by, to = _sum(
        "Kellgate Capital leads $180 mln funding for solid-state battery start-up Tavrin Cells\n\n"
        "Kellgate Capital said on Thursday it had led the raise.\n",
        180e6,
    )
    assert by == ("kellgate-capital",) and to == ("tavrin-cells",)
    _, to = _sum(
        "Kellgate Capital led a CHF 60 million funding round for Tavrin Cells, a cathode "
        "recycler in Kameoka.\n",
        60e6,
    )
    assert to == ("tavrin-cells",)


def test_funding_for_a_thing_names_no_receiver():
    # "funding for the plant", "funding for research": no company is invested in
    by, to = _sum("Kellgate Capital will provide $50 million of funding for research.\n", 50e6)
    assert by == ("kellgate-capital",) and to == ()
