"""Companies named by the part they play beside a product or a company: whom a battery or
its cells come from ("a battery from TKRV", "cells supplied by TKRV"), and a unit named
between a determiner and a unit noun ("Quorant's Zerova unit", "through the Zerova unit");
and where a plant stands ("a cell plant at Vasadi") is a place, whatever verb it takes later."""

from __future__ import annotations

from test_company_rules import _extract, _names


def test_whom_a_battery_or_its_cells_come_from_is_a_company():
    names = _names(
        "The cheaper Standard has a 64 kWh battery from TKRV and a range of 430 km.\n\n"
        "The roadster now runs on the RR-45 pack from Tovrik Skellan, a conversion firm.\n\n"
        "The buses will carry packs built from cells supplied by BRNC.\n"
    )
    assert {"TKRV", "Tovrik Skellan", "BRNC"} <= names


def test_one_word_or_a_place_a_battery_comes_from_is_no_company():
    names = _names(
        "The pack from Drevin reached the port in May.\n\n"
        "The test car carried a battery from South Korea.\n\n"
        "The van uses cells supplied by Marrish, the fleet said.\n"
    )
    assert not names & {"Drevin", "South Korea", "Marrish"}


def test_a_spec_row_naming_its_cells_supplier_stays_the_product_s():
    text = (
        "OUR FLEET | REPORT 3\n"
        "Pemberline Ellith EV Long Range: 6,200 km in and the heat has come\n"
        "The log\n"
        "Car: Pemberline Motors Ellith EV Long Range (2026)\n"
        "Price as tested: EUR 52,400\n"
        "Battery: 82 kWh (usable), lithium nickel manganese cobalt cells supplied by TKRV\n"
        "Rated range: 560 km (348 miles), WLTP\n"
        "Pemberline Motors, which assembles the Ellith at its plant near the coast, was the "
        "third-largest electric car brand last year.\n"
    )
    extracted = _extract(text)
    assert {"TKRV", "Pemberline Motors"} <= {c.name for c in extracted.companies}
    (battery,) = extracted.batteries
    assert battery.maker == "pemberline-motors"
    assert [f.value for f in battery.values("energy")] == [82.0]
    assert 560.0 in [f.value for f in battery.values("range")]


def test_a_unit_named_before_its_unit_noun_is_a_company():
    names = _names(
        "Quorant's Zerova unit supplied 24.1% of the country's power batteries in October.\n\n"
        "Ulvasen, which makes its cells through the Korvasta unit, was second with 23.9%.\n"
    )
    assert {"Zerova", "Korvasta"} <= names


def test_a_unit_where_things_are_made_or_a_unit_s_sales_name_no_company():
    names = _names(
        "Brannoch imports cylindrical cells and assembles the packs at its Drevin unit.\n\n"
        "The Ellith unit sales rose 12% in the quarter, the dealer group said.\n"
    )
    assert not names & {"Drevin", "Ellith"}


def test_where_a_plant_stands_is_a_place_not_a_company():
    names = _names(
        "Quorant will spend $136 million on a cell plant at Vasadi, with 3 GWh of capacity.\n\n"
        "Vasadi will make LFP cells for the group's own packs.\n\n"
        "Tovrik Skellan, a pack maker, is to build a factory at Kelby in Ostrevan.\n\n"
        "Kelby will also build a bus pack.\n"
    )
    assert not names & {"Vasadi", "Kelby"}
    assert "Tovrik Skellan" in names


def test_a_company_people_work_at_stays_a_company():
    names = _names(
        "She works at Zerova, which makes cathode material in Ostrevan.\n\n"
        "Zerova will build a second line next year.\n"
    )
    assert "Zerova" in names


def test_whom_cells_are_made_for_is_a_company_whatever_else_stands_by_its_name():
    names = _names(
        "Its main customer will be Brannoch, which builds batteries at Kelby for Drevin. "
        "More than 90 per cent of its cells go into Drevin cars.\n\n"
        "Tovrik Skellan, which makes cylindrical cells for Marrish in Ostrevan, will not make "
        "the new cells.\n\n"
        '"Marrish showed the format works," the chief executive said.\n'
    )
    assert {"Drevin", "Marrish"} <= names


def test_whom_a_product_is_named_for_is_no_buyer_of_cells():
    names = _names(
        "The pack maker makes batteries for Class 8 trucks at its Kelby plant.\n\n"
        "The Ellith cars sell well.\n"
    )
    assert not names & {"Class", "Ellith"}


def test_a_source_named_with_its_article_or_its_country_is_a_company():
    names = _names(
        "Sales of electric vans fell 12% in the quarter, according to Statistics Austria.\n\n"
        "Quorant made 31 per cent of the cells produced in the country last year, according "
        "to the Brannoch Research Centre.\n"
    )
    assert {"Statistics Austria", "Brannoch Research Centre"} <= names


def test_a_document_or_a_person_a_figure_is_given_to_is_no_company():
    names = _names(
        "Quorant holds a 9% share of the market, according to the Placement Prospectus.\n\n"
        "Prices fell 8% last year, according to the Battery Outlook.\n\n"
        "Output rose 4% in May, according to Tovrik Skellan.\n"
    )
    assert not names & {"Placement Prospectus", "Battery Outlook", "Tovrik Skellan"}


def test_whom_cells_come_from_or_a_second_from_in_a_list_is_a_company():
    # The clause says whom the cells come from ("will come from", "are mostly from"), or a
    # second "from" goes on from a first supplier: one word is enough there.
    names = _names(
        "Cells will come from Zelmora, which signed a supply deal in May.\n\n"
        "The modules are mostly from Pirnau, the operator said.\n\n"
        "Its packs use cells from Kavrin Cells and, since March, from Oskvar.\n\n"
        "The batteries now come from Velmark after the switch.\n"
    )
    assert {"Zelmora", "Pirnau", "Kavrin Cells", "Oskvar", "Velmark"} <= names


def test_a_country_a_month_or_a_bare_one_word_source_of_cells_is_no_company():
    names = _names(
        "Cells will come from Portugal until the plant opens.\n\n"
        "The packs come from Drevin; the plant in Drevin opened in 2021.\n\n"
        "The cells are from March production, and cells from Kelso arrive later.\n"
    )
    assert not names & {"Portugal", "Drevin", "March", "Kelso"}


def test_the_owner_of_a_unit_or_a_joint_venture_is_a_company():
    # The possessive before a unit or a joint venture, named or not, with words between.
    names = _names(
        "Vostrand's Kelmor unit supplied 24.1% of the country's power batteries.\n\n"
        "Halvik's joint venture with a local utility will build the plant.\n\n"
        "The plant belongs to Tornquist's new cathode subsidiary, the filing said.\n\n"
        "Partners: Ambrel's storage arm, the port authority and two banks.\n"
    )
    assert {"Vostrand", "Kelmor", "Halvik", "Tornquist", "Ambrel"} <= names


def test_a_country_s_arm_a_defined_term_or_unit_sales_name_no_owner():
    names = _names(
        "China's state arm will lend the money for the line.\n\n"
        "The Registrant's subsidiary will process the scrap from the line.\n\n"
        "Kelso's unit sales rose 4% in the quarter.\n"
    )
    assert not names & {"China", "Registrant", "Kelso"}
