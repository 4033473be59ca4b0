"""Company names as unseen copy joins them to what follows: a dotted legal form after a comma,
"and" before a second name, a possessive before a maker's model."""

from __future__ import annotations

from test_company_rules import _names


def test_a_dotted_legal_form_after_a_comma_ends_the_name_before_it():
    names = _names(
        "The buyer, Celdas Norte, S.L., an installer of home batteries, owes EUR 90,000.\n\n"
        "A loan under which Banca Ribera, S.A. lent the buyer EUR 2 million was repaid.\n\n"
        "Motores Costa Azul, S.A. de C.V., a member since 2021, opened a plant.\n"
    )
    assert {"Celdas Norte", "Banca Ribera", "Motores Costa Azul"} <= names
    assert "S.A." not in names and "S.L." not in names


def test_and_before_a_countrys_possessive_opens_a_second_name():
    text = (
        "The venture of Nordvik Power Holding and Korea's Hanbit Cells will build a plant.\n\n"
        "Nordvik Power Holding will own half of it.\n"
    )
    names = _names(text)
    assert "Nordvik Power Holding" in names
    assert "Hanbit Cells" in names
    assert not any(name.endswith("and Korea") for name in names)


def test_of_a_place_after_a_legal_form_says_where_the_company_is_registered():
    for sentence, name in (
        (
            "The board granted the permit to Harbour Grid Holdings Limited of Trinidad and Tobago.",
            "Harbour Grid Holdings",
        ),
        ("The Volta Lakeside Ltd of Ghana will build the plant.", "Volta Lakeside"),
    ):
        assert _names(sentence + "\n") == {name}


def test_a_currency_code_before_a_figure_is_no_name():
    found = _names(
        "The state bank will lend Minsk Cell Works BYN 300 million, and the region adds "
        "KZT 2 billion.\n"
    )
    assert "BYN" not in found and "KZT" not in found


def test_a_utility_named_for_two_things_it_supplies_is_one_name():
    names = _names(
        "The store is wired to the Rivermouth Power and Light substation.\n\n"
        "Rivermouth Power and Light will buy its output.\n"
    )
    assert "Rivermouth Power and Light" in names
    assert "Light" not in names and "Rivermouth Power" not in names


def test_a_point_of_the_compass_before_bank_is_a_place():
    for sentence in (
        "The depot stands at the Harbour Flats Estate, East Bank Riverside.",
        "The store will strengthen supply to the West Bank during the evening peak.",
    ):
        assert not {name for name in _names(sentence + "\n") if "Bank" in name}


def test_a_ship_named_by_its_prefix_is_no_company():
    for sentence in (
        "The car carrier MV Northern Star of Harbour Feeder Lines berthed on Monday.",
        "The tanker MT Blue Heron of Delta Coastal Shipping sailed at noon.",
    ):
        assert not [name for name in _names(sentence + "\n") if name.startswith(("MV", "MT"))]


def test_a_bodys_descriptive_name_keeps_its_country_and_its_two_adjectives():
    names = _names(
        "The plant got a loan of 9 billion pesos from the National Housing Fund of Chile.\n\n"
        "A loan from the Agricultural and Rural Bank of Ghana paid for the second line.\n"
    )
    assert {"National Housing Fund of Chile", "Agricultural and Rural Bank of Ghana"} <= names
    assert not {"National Housing Fund", "Rural Bank of Ghana"} & names


def test_a_companys_own_name_before_a_country_or_a_second_name_stays_apart():
    names = _names(
        "The cells come from Halvik Batteries of Sweden, the company said.\n\n"
        "Halvik Batteries and Rural Bank of Ghana signed the loan, the companies said.\n"
    )
    assert {"Halvik Batteries", "Rural Bank of Ghana"} <= names
    assert "Halvik Batteries of Sweden" not in names
