"""The last resort for a name no particular rule accepts: the subject of a market share's clause
or of a sum committed, and a holder in a league's run beside an accepted company; names that are
no subject, clauses with no share or sum, words of English and runs with no company in them gain
nothing."""

from __future__ import annotations

from test_company_rules import _names


def test_the_subject_of_a_share_clause_is_a_company():
    names = _names(
        "Home batteries sold well in the half year.\n\n"
        "QVRN topped the market for home batteries in the half, with 28.3% of units.\n\n"
        "Kolvany was second in bus packs at 17 per cent, the association reported.\n"
    )
    assert {"QVRN", "Kolvany"} <= names


def test_a_name_in_a_league_run_beside_a_company_is_a_company():
    names = _names(
        "Shares of the storage market in the year (the year before in brackets): "
        "Ustrel Energy 12.4 per cent (10.1), Brisante 6.2 (5.0), Pelby 3.3 (4.1) "
        "and others 2.0 (1.9).\n"
    )
    assert {"Ustrel Energy", "Brisante", "Pelby"} <= names
    assert "others" not in {n.casefold() for n in names}


def test_a_league_in_parentheses_or_a_row_a_line_is_read_too():
    names = _names(
        "Ustrel Energy led with 31%. Brisante (7.7%) and Ustrel Energy (6.2%) followed.\n\n"
        "Storage suppliers by share of the year:\n\n"
        "1. Quellmark Power Systems: 22.1% (19.0%)\n"
        "2. Pelby: 11.5% (12.9%)\n"
    )
    assert {"Brisante", "Pelby"} <= names


def test_the_subject_of_a_sum_committed_is_a_company():
    names = _names(
        "MVNE will invest €1.2bn in a cathode plant on the coast.\n\n"
        "TRVX plans to spend $400m on a second line next year.\n\n"
        "Kolvany will provide a grant of TRY 3.5 billion for the project.\n"
    )
    assert {"MVNE", "TRVX", "Kolvany"} <= names


def test_no_share_no_sum_no_subject_and_no_company_in_the_run_make_none():
    names = _names(
        "Quendrax led the talks with the union for a week.\n\n"
        "Olzetta is a town of 4,000 people.\n\n"
        "Investors in Fenlow will invest $20m of their own.\n\n"
        "Rainfall in the valleys: Yarrow 4.4 (3.1), Vornal 2.1 (0.4) and Pelby 1.9 (2.6).\n"
    )
    assert not names & {"Quendrax", "Olzetta", "Fenlow", "Yarrow", "Vornal", "Pelby"}


def test_a_country_or_a_word_of_english_leading_a_market_is_no_company():
    names = _names(
        "Norway led the market for electric cars with 80 per cent of sales.\n\n"
        "Diesel was second with 12 percent of sales, and diesel cars are getting dearer.\n"
    )
    assert not names & {"Norway", "Diesel"}


def test_a_name_owning_what_only_a_company_owns_is_a_company():
    names = _names(
        "The Japanese supplier's cells go mainly into Corrix's vehicles assembled under "
        "contract in Tallmoor.\n\n"
        "The refit will be carried out by Skelda's repair yard from October 2027.\n\n"
        "Ferrowyn's representative declined to give a figure.\n\n"
        "It supplies Oldane's plant and the DRN plant in Marrish.\n\n"
        "- Where: the former Quarrow factory near the capital\n\n"
        "Assembled at the new VXR works outside Pentreath, the packs go to buses.\n"
    )
    assert {"Corrix", "Skelda", "Ferrowyn", "Oldane", "DRN", "Quarrow", "VXR"} <= names


def test_a_place_a_title_or_a_plant_named_by_its_town_owns_nothing():
    names = _names(
        "Britain's car factories lean on Asian cells, and Europe's electric cars too.\n\n"
        "The LFP cell will be the only product of the Pentreath plant in its first phase.\n\n"
        "A grant covers site work, Governor's office spokesperson Mira Holtby said.\n\n"
        "Sales of Marrish cars rose 4% in the year, the Kelso plant said.\n"
    )
    assert not names & {"Britain", "Europe", "Pentreath", "Governor", "Marrish", "Kelso"}


def test_a_verbs_object_or_a_defined_terms_possessive_owns_nothing():
    names = _names(
        "Two battery makers, two strategies: Marrish's newcomer chases buses.\n\n"
        "The Issuer's subsidiary will process production scrap from the new line.\n"
    )
    assert not names & {"Marrish", "Issuer"}


def test_the_subjects_that_buy_cells_from_an_accepted_company_are_companies():
    names = _names(
        "Zentara and Kaldrin buy cells from Ulmeck Energy, the Korean cell maker.\n\n"
        "Sorvanti also sources its battery packs from Ulmeck Energy.\n"
    )
    assert {"Zentara", "Kaldrin", "Sorvanti"} <= names
    # no company the text accepted as the seller: no role
    names = _names("Zentara and Kaldrin buy cells from China.\n")
    assert "Zentara" not in names
    # a name that is not the clause's subject gains nothing
    names = _names("In Zentara, buyers buy cells from Ulmeck Energy, the Korean cell maker.\n")
    assert "Zentara" not in names


def test_where_a_company_is_built_or_run_is_no_part_of_its_name():
    for lead in ("The Ostrava-built", "Tallinn-made", "The state-run", "Kaldrin-funded"):
        names = _names(f"{lead} Ulmeck Energy said its plant would open in 2027.\n")
        assert "Ulmeck Energy" in names, lead
        assert not any(n.startswith(lead.split()[-1]) for n in names), (lead, names)
