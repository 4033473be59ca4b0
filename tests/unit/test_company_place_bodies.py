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
