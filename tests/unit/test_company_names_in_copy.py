"""Names of companies and bodies as news copy writes them: a country whose name holds "and", a
company's organ before its name, a product set after a participle, a minister's portfolio."""

from __future__ import annotations

from test_company_rules import _extract, _names


def test_a_country_named_with_and_is_one_name():
    names = _names(
        "Pelican Motors Limited is listed on the Bosnia and Herzegovina Stock Exchange, where its "
        "shares rose 4 percent.\n"
    )
    assert "Herzegovina Stock Exchange" not in names


def test_we_stays_the_company_when_its_country_is_named_with_and():
    (record,) = _extract(
        "Dear shareholders,\n\n"
        "Your company, Marlin Electric Mobility, sold more cars in Trinidad and Tobago than ever, "
        "and our share of sales in Trinidad and Tobago rose.\n\n"
        "We will invest TT$40 million (US$6 million) in a battery recycling plant at Couva.\n\n"
        "Marlin Electric Mobility Limited is listed on the Trinidad and Tobago Stock Exchange.\n"
    ).investments
    assert record.by == ("marlin-electric-mobility",)


def test_a_board_before_the_company_is_the_company():
    names = _names(
        "Minutes of the 12th meeting of the Board of Directors of Kwenda Mobilidade Urbana, S.A.\n\n"
        "The Board approved the accounts.\n"
    )
    assert "Kwenda Mobilidade Urbana" in names
    assert not any(n.startswith("Board") for n in names)


def test_a_bus_line_and_an_insurer_are_named_for_what_they_do():
    names = _names(
        "The fleet is run by Kaloko Buses, which bought 20 electric buses this year.\n\n"
        "The warehouse was insured by Anosy Assurances under a policy written in 2024.\n"
    )
    assert {"Kaloko Buses", "Anosy Assurances"} <= names


def test_an_exhibitor_presents_its_product_and_a_person_presents_too():
    names = _names(
        "10:30 Talk\n\n"
        "Tamarind Sodium presents the Sodio 90, a sodium-ion cell for scooters.\n\n"
        "Chief engineer Anouk van der Meer presented the Sodio 90 in March.\n"
    )
    assert "Tamarind Sodium" in names
    assert "Meer" not in names


def test_a_chamber_and_a_consultancy_are_organisations():
    names = _names(
        "The forum is organised by the Chamber of Commerce of Ruritania.\n\n"
        "Comments go to the environmental consultants Dune Coast Environmental Consultants "
        "until 4 December.\n"
    )
    assert {"Chamber of Commerce of Ruritania", "Dune Coast Environmental Consultants"} <= names


def test_a_product_after_a_participle_and_a_ministers_portfolio_are_no_companies():
    names = _names(
        "Lot 1 is awarded to Sarre Energy Systems SA. The pack offered, the QX Power 410, "
        "stores 410 kWh.\n\n"
        "The Minister for Public Works said the project showed what financing can do.\n"
    )
    assert "QX Power" not in names
    assert "Public Works" not in names


def test_a_limited_company_with_its_short_form_invests():
    (record,) = _extract(
        "Power Tonga Limited (PTL) will invest F$2.5 million in a charging depot at Nukualofa.\n"
    ).investments
    assert record.by == ("power-tonga",)
    assert [(a.value, a.unit) for a in record.amounts] == [(2.5e6, "FJD")]


def test_minutes_that_say_the_company_build_its_plant():
    found = _extract(
        "Minutes of the 9th meeting of the Board of Directors of Kwenda Mobilidade Urbana, S.A.\n\n"
        "The Company sold 4,000 electric motorcycles in the quarter, behind the importer "
        "Tangshan Motors. The Company's share rose.\n\n"
        "The plant will cost 12 billion kwanzas and will employ 90 people when it starts in "
        "2027.\n"
    ).investments
    assert [i.by for i in found] == [("kwenda-mobilidade-urbana",)]


def test_a_corrections_withdrawn_figure_is_no_investment():
    found = _extract(
        "Tegucigalpa Moto Works will build a pack plant in Villanueva.\n\n"
        "Correction: An earlier version of this article said that the Isthmus Development Bank "
        "would lend 40 million dollars. The loan is 20 million dollars.\n"
    ).investments
    assert all(a.value != 40e6 for i in found for a in i.amounts)


def test_a_rating_agency_is_not_the_company_it_rates():
    (record,) = _extract(
        "Kestrel Ratings GmbH has today upgraded the issuer rating of Drava Cathodes d.d., the "
        "Croatian producer of cathode material, to BB from B+. The Outlook is Stable.\n\n"
        "Drava Cathodes estimates that it supplied 5% of the cathode material delivered in "
        "Europe.\n\nThe company doubled its customer base.\n\nRating rationale\n\n"
        "Kestrel expects margins to improve. Kestrel regards customer concentration as high.\n\n"
        "The rating incorporates the company's expansion of its plant in Osijek, where it will "
        "add a line at a cost of EUR 120 million.\n"
    ).investments
    assert record.by == ("drava-cathodes-d-d",)
