"""Sums in the currencies of smaller economies, a bare "dinars" or "CFA francs" read by the
copy's country, a fund named by its kind, a venture named before its description, and
financing verbs: the grammar of who pays whom in copy from anywhere."""

from __future__ import annotations

from test_company_rules import _extract, _names, _paid


def _currencies(text: str) -> list[str]:
    return [a.unit for i in _extract(text).investments for a in i.amounts]


def test_a_bare_dinar_or_cfa_franc_is_the_currency_of_the_country_the_copy_names():
    assert "LYD" in _currencies(
        "Libya's grid is short of storage. Helvar Bank will lend Ostrum Cells 90 million "
        "dinars, Libyan officials said.\n"
    )
    assert "XAF" in _currencies(
        "Cameroon wants a refinery. Ostrum Cells will invest 40 billion CFA francs in a "
        "plant near Douala, in Cameroon.\n"
    )
    assert "XOF" in _currencies(
        "Senegal wants a refinery. Ostrum Cells will invest 40 billion CFA francs in a "
        "plant near Thies, in Senegal.\n"
    )


def test_a_bare_kroner_is_the_currency_of_the_country_the_copy_names():
    assert "NOK" in _currencies(
        "Norway's state lender will lend Ostrum Cells 900 million kroner for a plant, "
        "Norwegian officials said.\n"
    )
    assert "DKK" in _currencies(
        "A Danish fund will lend Ostrum Cells 900 million kroner for a plant in Denmark.\n"
    )


def test_codes_and_dollars_of_smaller_economies_are_money():
    assert "GYD" in _currencies("Ostrum Cells will invest G$9 billion in a plant at Linden.\n")
    assert "MVR" in _currencies("Ostrum Cells will invest MVR 300 million in a plant at Male.\n")
    assert "LYD" in _currencies("Ostrum Cells will invest LYD 80 million in a plant.\n")


def test_a_fund_named_by_its_kind_gives_to_the_venture_the_text_describes():
    text = (
        "Corall Foils, a joint venture of the Korean maker Hanul Metals and the local group "
        "Sitra Holding, will invest $90 million in a foil plant.\n\n"
        "Rawafid, the labour fund, will provide a grant of $4 million to train technicians, "
        "who are to fill at least 40 percent of the jobs.\n"
    )
    assert (("rawafid",), ("corall-foils",), 4e6) in _paid(text)
    assert not _extract(text).shares  # a part of the jobs is no market's part


def test_a_body_that_financed_a_plant_is_a_company():
    assert "NESCO" in _names("NESCO financed it with a loan from a state bank.\n")


def test_a_loan_a_company_financed_its_project_with_comes_from_whom_from_names():
    paid = _paid(
        "VETRA financed the plant with a loan of 80 million euros from Nordhavn Credit Bank.\n"
    )
    assert (("nordhavn-credit-bank",), ("vetra",), 80e6) in paid


def test_two_countries_named_once_each_the_first_named_is_the_copys():
    # the market's country is told before a foreign company's nationality, in either order
    lanka = (
        "Quenby Motors led Sri Lanka's market for electric three-wheelers last year, ahead of "
        "the Indian importer Rosvik Autoworks.\n\n"
        "Quenby Motors will spend Rs. 3.5 billion on a pack assembly line in Halbury.\n"
    )
    india = (
        "Quenby Motors led India's market for electric three-wheelers last year, ahead of "
        "the Sri Lankan importer Rosvik Autoworks.\n\n"
        "Quenby Motors will spend Rs 3.5 billion on a pack assembly line in Halbury.\n"
    )
    assert _currencies(lanka) == ["LKR"]
    assert _currencies(india) == ["INR"]
