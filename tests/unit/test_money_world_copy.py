"""Money and names as copy from outside the main markets writes them: the world's currencies
(marks glued or spaced, words after the figure), a bare "$" in a dollar country's own copy,
sums that are earned or priced rather than committed, and names joined or titled in other
languages' ways."""

from __future__ import annotations

import pytest
from test_company_rules import _extract, _names, _paid

from evkb.kb.extract.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("signed a VND6 trillion credit agreement", 6e12, "VND"),
        ("a RM3.2 billion cell plant", 3.2e9, "MYR"),
        ("a R$ 2.6 billion refinery", 2.6e9, "BRL"),
        ("a Rp 11 trillion smelter", 11e12, "IDR"),
        ("will spend NZ$58 million", 58e6, "NZD"),
        ("will invest 7,800 million pesos", 7.8e9, "MXN"),
        ("a plant worth 17 billion baht", 17e9, "THB"),
        ("a grant of PLN 800m", 800e6, "PLN"),
        ("a grant of z\u0142 410 mn from the agency", 410e6, "PLN"),
        ("a loan of 600 million z\u0142 to the venture", 600e6, "PLN"),
        ("equity of 1.2 billion z\u0142otych", 1.2e9, "PLN"),
        ("2 billion Mexican pesos", 2e9, "MXN"),
        ("KSh 1.9 billion", 1.9e9, "KES"),
        ("a loan of 4.5 billion Swedish crowns", 4.5e9, "SEK"),
        ("an investment of BGN 96 million", 96e6, "BGN"),
        ("is spending 210 billion tenge on a plant", 210e9, "KZT"),
        ("plans to spend Tk 450 crore", 4.5e9, "BDT"),
        ("a grant of ILS 6 million", 6e6, "ILS"),
        ("will invest Rs28 billion", 28e9, "INR"),
        ("a TL 12 billion cell plant", 12e9, "TRY"),
        ("lent TL3.5 billion to the venture", 3.5e9, "TRY"),
        ("a grant of TL 450 million from the ministry", 450e6, "TRY"),
    ],
)
def test_the_worlds_currencies_are_read(text, value, unit):
    money = [(q.value, q.unit) for q in extract_quantities(text) if q.unit == unit]
    assert money == [(value, unit)]


@pytest.mark.parametrize("text", ["the TL 5 trim", "a TL 300 tail light", "TL 2024 edition"])
def test_the_liras_two_letters_beside_a_small_figure_are_no_money(text):
    assert not [q for q in extract_quantities(text) if q.unit == "TRY"]


def test_the_zlotys_mark_without_a_figure_is_no_money():
    assert not [
        q for q in extract_quantities("The z\u0142oty fell 2% on Monday.") if q.unit == "PLN"
    ]


def test_a_country_adjective_without_a_currency_is_no_money():
    assert not [q for q in extract_quantities("It has 5 Swedish suppliers.") if q.unit == "SEK"]


def test_a_bare_dollar_in_one_dollar_countrys_copy_is_that_countrys():
    text = (
        "A Hastings company that recycles batteries is to triple its plant, as New Zealand's "
        "first electric cars age.\n\n"
        "Tarakihi Recycling Ltd will spend $38 million on a new building, the New Zealand "
        "recycler said.\n"
    )
    units = [a.unit for i in _extract(text).investments for a in i.amounts]
    assert units == ["NZD"]


def test_a_bare_dollar_stays_american_when_the_copy_names_the_united_states():
    text = (
        "New Zealand's Tarakihi Recycling Ltd will spend $38 million on a plant in the "
        "United States, the New Zealand company said.\n"
    )
    units = [a.unit for i in _extract(text).investments for a in i.amounts]
    assert units == ["USD"]


def test_a_climate_summit_is_no_money():
    assert not [q for q in extract_quantities("at the COP 28 summit") if q.unit == "COP"]


@pytest.mark.parametrize(
    ("country", "mark", "unit"),
    [
        ("Colombian", "180,000 million pesos", "COP"),
        ("Philippine", "1.8 billion pesos", "PHP"),
        ("Mexican", "180,000 million pesos", "MXN"),
        ("Pakistani", "Rs28 billion", "PKR"),
        ("Indian", "Rs28 billion", "INR"),
    ],
)
def test_a_shared_peso_or_rupee_is_the_copys_countrys(country, mark, unit):
    text = (
        f"A {country} maker of electric motorcycles is to build a battery plant.\n\n"
        f"Acme Motos Ltd will invest {mark} in the plant, the {country} company said.\n"
    )
    units = [a.unit for i in _extract(text).investments for a in i.amounts]
    assert units == [unit]


def test_sums_earned_or_priced_are_not_investments():
    paid = _paid(
        "Electrolito del Norte will invest 7,800 million pesos in a cell plant in Santa "
        "Catarina.\n\n"
        "Electrolito del Norte expects sales of 12,000 million pesos a year once the plant "
        "runs.\n\n"
        "Battery packs from the plant will cost around US$130 per kWh, Electrolito del Norte "
        "said.\n"
    )
    assert [value for _, _, value in paid] == [7.8e9]


def test_names_joined_by_other_languages_words_and_of_the_stay_whole():
    names = _names(
        "The state lender Cassa Depositi e Prestiti has agreed a loan to Voltessa Materiali "
        "S.p.A. for the plant.\n\n"
        "The environmental group Friends of the Fjords has criticised the plant.\n\n"
        "Power for transport is under 1 percent of demand, according to the Energy and "
        "Petroleum Regulatory Authority.\n"
    )
    assert {
        "Cassa Depositi e Prestiti",
        "Friends of the Fjords",
        "Energy and Petroleum Regulatory Authority",
    } <= names
    assert not {"Prestiti", "Friends", "Petroleum Regulatory Authority"} & names


def test_members_of_a_body_and_a_programme_of_a_bank_give_the_bodys_name():
    names = _names(
        "Members of the Senate Committee on Energy and Natural Resources questioned the "
        "plan.\n\n"
        "Tembea Mobility will get $25 million from the Green Transit Facility of the East "
        "African Infrastructure Bank.\n"
    )
    assert "East African Infrastructure Bank" in names
    assert not any(n.startswith(("Members", "Green Transit")) for n in names)


def test_a_legal_form_of_other_countries_is_no_part_of_the_name():
    names = _names("Electric car maker Sao Mai EV JSC has signed a credit agreement.\n")
    assert "Sao Mai EV" in names and "Sao Mai EV JSC" not in names


def test_a_titles_holder_and_an_honorific_name_a_person():
    names = _names(
        "Brennholt builds the packs in Kassel, said Brennholt's technical director, Karin "
        "Moser.\n\n"
        "Not one stage was lost to a derate, Moser said.\n\n"
        "I will now hand over to the group managing director, Encik Hafiz Rahman.\n"
    )
    assert not {"Moser", "Karin Moser", "Encik Hafiz Rahman", "Hafiz Rahman"} & names


def test_a_body_named_head_first_is_an_organisation():
    names = _names(
        "The loan came from the Banco Nacional de Fomento Industrial, the federal development "
        "bank.\n\n"
        "The grant was announced by the Ministry for the Environment on Tuesday.\n\n"
        "Rules come from the Directorate-General for Environment in Brussels.\n"
    )
    assert {
        "Banco Nacional de Fomento Industrial",
        "Ministry for the Environment",
        "Directorate-General for Environment",
    } <= names


def test_a_countrys_initials_open_its_bodys_name_and_streets_and_greetings_name_none():
    extracted = _extract(
        "Dear Partners,\n\n"
        "Prairie Cell Co. applied for a loan from the U.S. Department of Energy.\n\n"
        "Analysts at Dalal Street brokerage Khandelwal Securities said the plant would help.\n"
    )
    companies = {c.name: c for c in extracted.companies}
    assert "U.S. Department of Energy" in companies
    assert "Department of Energy" in companies["U.S. Department of Energy"].aliases
    assert not {"Dear Partners", "Dalal Street", "Department of Energy"} & set(companies)


def test_a_name_with_a_legal_form_that_later_says_something_stays_a_company():
    names = _names(
        "Prairie Cell Co. built its business on batteries for pickups.\n\n"
        "Prairie Cell says the unit will last 10,000 cycles.\n"
    )
    assert "Prairie Cell" in names
