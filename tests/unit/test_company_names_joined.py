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
