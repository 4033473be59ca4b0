"""World facts the investments and companies rules rest on: currencies, legal forms."""

from __future__ import annotations

from test_company_rules import _extract, _names

from evkb.kb.extract.quantities import extract_quantities


def _money(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in extract_quantities(text)]


def test_the_currencies_of_smaller_economies_are_money():
    assert _money("The mill will cost OMR 40 million.") == [(40e6, "OMR")]
    assert _money("A loan of ETB 2.5 billion was approved.") == [(2.5e9, "ETB")]
    assert _money("The bank will lend GH¢90 million.") == [(90e6, "GHS")]
    assert _money("It costs ISK 12 billion.") == [(12e9, "ISK")]
    assert _money("a grant of 75 billion soum") == [(75e9, "UZS")]
    # a bare shared name is money, read as one of its countries' until the copy's country
    # settles it (`records/investment_money.py`)
    assert _money("a fine of 3 million dinars") == [(3e6, "IQD")]
    assert _money("a fine of 3 million kuwaiti dinars") == [(3e6, "KWD")]

    assert _money("The depot will cost 4.1 billion kwanzas.") == [(4.1e9, "AOA")]
    assert _money("at a cost of BAM 90 million") == [(90e6, "BAM")]
    assert _money("We will spend TT$12 million.") == [(12e6, "TTD")]
    assert _money("a plant worth 300 million quetzales") == [(300e6, "GTQ")]
    assert _money("a loan of 2 billion CFA francs") == [(2e9, "XOF")]
    # "km" is kilometres, never Bosnia's mark
    assert _money("a range of 300 km") == [(300, "km")]


def test_a_loan_in_a_smaller_economys_currency_is_an_investment():
    found = _extract(
        "Tarnovo Cells will build a cell plant near Sumbar for OMR 80 million.\n\n"
        "The Harbour Development Fund will provide a loan of OMR 25 million.\n"
    ).investments
    amounts = {(a.value, a.unit) for i in found for a in i.amounts}
    assert {(80e6, "OMR"), (25e6, "OMR")} <= amounts


def test_gulf_legal_forms_end_the_name_they_follow():
    names = _names(
        "Sabkha Cells W.L.L. is building a cell plant near Ras Qurma.\n\n"
        "Wadi Harrat Power S.A.O.G. said its order book had doubled.\n"
    )
    assert {"Sabkha Cells W.L.L.", "Wadi Harrat Power S.A.O.G."} <= names


def test_a_dollar_mark_and_a_remit_word_stay_out_of_a_body_name():
    names = _names(
        "The Regional Growth Fund gave C$40 million and the Ministry of Northern Affairs "
        "C$25 million.\n\n"
        "The registrations were compiled by the Department of Motor Vehicles.\n"
    )
    assert {"Ministry of Northern Affairs", "Department of Motor Vehicles"} <= names
    assert not any(n.endswith((" C", " Motor")) for n in names)


def test_a_person_named_in_full_then_by_surname_is_no_company():
    names = _names(
        "Managing director Ilse Brandvold-Haugen opened the plant that Fjordcell Energy built.\n\n"
        "Brandvold-Haugen said the company would hire 400 people.\n\n"
        "Tomas Varga, who founded Danubia Akku in 2001, has died.\n\n"
        "In 2015, Varga agreed to sell the business to Fjordcell Energy.\n"
    )
    assert "Fjordcell Energy" in names
    assert not {"Brandvold-Haugen", "Varga", "Tomas Varga"} & names


def test_a_name_in_an_email_address_is_still_a_name_used_alone():
    found = _extract(
        "Halvard Cells investor day: notes\n\n"
        "Chief executive Ola Nyborg said Halvard Cells had doubled its output.\n\n"
        "Halvard says its next plant will be its largest. Halvard says prices will fall.\n\n"
        "The largest customer, Brenner Werke, takes half of our cells. Brenner Werke plans more.\n\n"
        "Brenner Werke sells pickups.\n\n"
        "Our third plant, at Tromsvik, will cost NOK 9 billion.\n\n"
        "Investors can write to ir@halvard.example for the slides of the day.\n"
    ).investments
    assert [i.by for i in found if i.amounts] == [("halvard-cells",)]


def test_a_fund_named_in_a_romance_language_lends():
    found = _extract(
        "Salina Baterias S.A. will build a storage plant near Tacuarí for US$200 million.\n\n"
        "The Fondo Austral de Inversiones will provide a loan of US$45 million.\n"
    )
    assert "Fondo Austral de Inversiones" in {c.name for c in found.companies}
    loans = [(i.by, i.to) for i in found.investments if i.kind == "loan"]
    assert loans == [(("fondo-austral-de-inversiones",), ("salina-baterias",))]


def test_a_hyphenated_speaker_of_an_organisation_is_a_person():
    names = _names('"Margins will hold," said Samir El-Khoury of Cedar Capital.\n')
    assert "Cedar Capital" in names
    assert not any("El-Khoury" in n for n in names)


def test_a_part_of_a_group_is_no_name():
    names = _names(
        "Borel Energy held 9.1% of the market. One of the Swedish makers saw its share fall to "
        "2.2%, the researcher said. Two of the Nordic Suppliers left.\n"
    )
    assert "Borel Energy" in names
    assert not any(n.startswith(("One", "Two")) for n in names)


def test_a_table_row_with_its_country_in_brackets_names_a_holder():
    names = _names(
        "Supply of cathode precursor stays concentrated. Market shares by tonnage:\n\n"
        "Company | 2024 | 2023\n"
        "Qinling Precursor (China) | 28.5% | 30.1%\n"
        "Sarawak Nickel (Malaysia) | 11.2% | 9.7%\n"
    )
    assert {"Qinling Precursor", "Sarawak Nickel"} <= names


def test_an_organisation_for_its_remit_is_one_name():
    names = _names(
        "The National Organisation for Road Safety has published its first crash test of "
        "electric vans.\n"
    )
    assert "National Organisation for Road Safety" in names


def test_an_event_is_not_who_holds_it():
    names = _names(
        "At its annual Partner Day, Morava Motors named two cell suppliers. Kestrel Cells "
        "showed its packs at the Battery Show in Stuttgart.\n"
    )
    assert {"Morava Motors", "Kestrel Cells"} <= names
    assert not any(n.endswith(("Day", "Show")) for n in names)
