"""The owner a unit's "of" or a venture's "of" and "between" names is a company ("Borel, the
battery arm of Acme", "the venture of Acme, Ostkel and Borel", "a joint venture between Acme and
Borel"); a place, a person or a unit of measure names no owner."""

from __future__ import annotations

from test_company_rules import _extract, _names


def test_the_owner_after_a_units_of_is_a_company():
    names = _names(
        "In Peru, Dravona, the storage arm of Yarnel, supplies most packs for local buses.\n"
    )
    assert {"Dravona", "Yarnel"} <= names


def test_every_owner_a_venture_lists_is_a_company():
    # a list of three after "the venture of", the venture named first in brackets
    names = _names(
        "Pellith Cells (PLC), the venture of Kestrova, Ulmstead and Corvath, had 2.9%, and "
        "Sennavik Power 1.1%.\n"
    )
    assert {"Kestrova", "Ulmstead", "Corvath"} <= names


def test_a_joint_venture_between_two_owners_names_both():
    # another word order: the venture is the sentence's object, its owners after "between"
    names = _names("Regulators cleared a joint venture between Kestrova and Ulmstead on Friday.\n")
    assert {"Kestrova", "Ulmstead"} <= names


def test_a_place_a_person_or_a_measure_names_no_owner():
    names = _names(
        "The grant came from the development arm of Peru, the ministry said.\n\n"
        "The venture of Maria Kestrova's family fell apart, she said.\n\n"
        "Prices are quoted per unit of Energy stored, the operator said.\n\n"
        "Dravona is a subsidiary of the Ulmstead utility group Sennavik Power.\n"
    )
    assert not names & {"Peru", "Maria Kestrova", "Energy", "Ulmstead"}


def test_an_owner_stays_a_company_where_its_models_are_named_too():
    # "Kestrova models" would read the name as a product's; owning a venture outweighs it
    names = _names(
        "Pellith Cells, the venture of Kestrova and Corvath, had 2.9% of the market.\n\n"
        "The firm lost several Kestrova models to rival suppliers this year.\n"
    )
    assert {"Kestrova", "Corvath"} <= names


def test_a_ventures_share_stays_its_own_when_its_owners_are_companies():
    # the short form in brackets before the apposition that lists the owners
    shares = _extract(
        "Chinese suppliers held 61% of the market. Pellith Cells (PLC), the venture of Kestrova, "
        "Ulmstead and Corvath, had 3.4%, and Sennavik Power 1.1%.\n"
    ).shares
    assert [(s.label, s.percent) for s in shares if s.percent == 3.4] == [("Pellith Cells", 3.4)]
