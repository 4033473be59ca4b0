"""A place's public body named by the place itself ("Nevada County", "Province of Quebec"):
an organisation where it gives or supports, with the verb after it or as the giver of a
passive; the same words where things only are name a place."""

from __future__ import annotations

from test_company_rules import _extract, _names


def test_a_place_s_body_named_by_places_alone_that_gives_is_an_organisation():
    extracted = _extract(
        "The plant will employ 600 people. The Province of Quebec will grant C$22 million; a "
        "federal application is being examined.\n\n"
        "The state gave a grant, and Nevada County agreed to a 15-year property tax abatement "
        "for the plant.\n\n"
        "Ohio County, for its part, has also approved a road for the site.\n"
    )
    kinds = {c.name: c.kind for c in extracted.companies}
    for name in ("Province of Quebec", "Nevada County", "Ohio County"):
        assert kinds.get(name) == "government", (name, kinds)
    assert "Quebec" not in kinds and "Province" not in kinds


def test_the_giver_after_by_of_a_passive_is_a_place_s_body():
    names = _names(
        "A grant of €14 million was awarded on Monday to Tarvio Motors by the Province of "
        "Ontario, the largest the province has given.\n\n"
        "The land was offered to the builder last year by Texas County at no cost.\n"
    )
    assert {"Province of Ontario", "Texas County"} <= names


def test_a_place_s_body_named_where_things_are_or_agreeing_to_no_aid_is_a_place():
    names = _names(
        "The plant stands in the Province of Quebec, near the river.\n\n"
        "Nevada County is home to 400 of the plant's workers.\n\n"
        "Ohio County agreed to a new name for the road.\n\n"
        "A grant was awarded to the firm, which is based in Texas County.\n"
    )
    assert not names & {"Province of Quebec", "Nevada County", "Ohio County", "Texas County"}


def test_a_state_s_initials_or_new_and_its_place_open_its_body_s_name():
    names = _names(
        "Officials at the N.D. Department of Revenue confirmed the rebate to Kestry Cells on "
        "Friday.\n\n"
        "Grants came from the B.C. Ministry of Mines, the Orlet Fund and a regional bank.\n\n"
        "The New Varrow Economic Development Office, which opened in 2024, awarded Brindle "
        "Cells a $2 million grant.\n\n"
        "According to the New Tamsford Department of Roads, the road to the plant opens in May.\n"
    )
    assert {
        "N.D. Department of Revenue",
        "B.C. Ministry of Mines",
        "New Varrow Economic Development Office",
    } <= names, names
    assert not names & {
        "Department of Revenue",
        "Ministry of Mines",
        "Varrow Economic Development Office",
        "Tamsford Department of Roads",
    }, names


def test_new_before_a_body_s_own_word_or_a_company_and_initials_ending_a_place_stay_apart():
    names = _names(
        "New Energy Office rules were approved by Kestry Cells last week.\n\n"
        "New Brindle Cells packs will reach buyers in May, Brindle Cells said.\n\n"
        "The plant is near Fargo, N.D. Kestry Cells will hire 300 people there.\n"
    )
    assert "New Energy Office" not in names, names
    assert "New Brindle Cells" not in names, names
    assert not any(name.startswith("N.D.") for name in names), names


def test_a_body_named_by_its_place_and_remit_in_lower_case_is_a_public_body():
    extracted = _extract(
        "Pelmark Cells signed an agreement with the Halvane Economic and Technological "
        "Development Zone management committee on Tuesday to build a base.\n\n"
        "The state adds R$ 40 million in infrastructure support through the Marrish port "
        "authority.\n\n"
        "4/6 Tallmoor govt is giving a ₹310 cr capital subsidy to the line.\n\n"
        "Approval from the Corrix transit commission came last week, and the Skelda water "
        "authority agreed to supply the plant.\n"
    )
    kinds = {c.name: c.kind for c in extracted.companies}
    for name in (
        "Halvane Economic and Technological Development Zone management committee",
        "Marrish port authority",
        "Tallmoor govt",
        "Corrix transit commission",
        "Skelda water authority",
    ):
        assert kinds.get(name) == "government", (name, kinds)
    assert not {"Halvane Economic", "Technological Development Zone", "Marrish"} & set(kinds)


def test_a_site_or_a_company_before_a_lower_case_word_is_no_such_body():
    names = _names(
        "The Halvane Economic and Technological Development Zone will host the plant.\n\n"
        "Pelmark Cells said its research committee had approved the line.\n\n"
        "The Marrish port handled 1.9 million tonnes in 2025.\n"
    )
    assert not any("Zone" in n or "committee" in n or "Marrish" in n for n in names)
