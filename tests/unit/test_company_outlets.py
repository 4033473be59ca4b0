"""Outlets as companies of an article: the wire or news service a dateline names as the one
that carried the story, whatever the dateline's shape."""

from __future__ import annotations

from test_company_rules import _extract, _names


def test_a_wire_named_in_a_dateline_is_a_media_company():
    found = _extract(
        "GENEVA, Dec 2 (Brennock Business Wire) - Pelmark Cells will build a plant.\n\n"
        "RENO, Nev., Dec. 2, 2026 /Oskarvik Newswire/ -- Vastrel Energy, Inc. today said it "
        "will hire 300 people.\n\n"
        "TARNBY, Norway, 3 March 2027 /QuorlNewswire/ -- Drumlow Power AS opened a line.\n\n"
        "LUNMARK, 4 May (Halvane Press Agency) -- Selkirra Storage raised EUR 40 million.\n"
    ).companies
    kinds = {c.name: c.kind for c in found}
    for outlet in (
        "Brennock Business Wire",
        "Oskarvik Newswire",
        "QuorlNewswire",
        "Halvane Press Agency",
    ):
        assert kinds.get(outlet) == "media"
    # the companies the stories are about are read as before
    assert {"Pelmark Cells", "Vastrel Energy", "Drumlow Power", "Selkirra Storage"} <= set(kinds)


def test_initials_or_a_bare_word_in_a_dateline_are_no_outlet_taken():
    names = _names(
        "TARNBY, Dec 1 (BQW) - Pelmark Cells will build a plant.\n\n"
        "LUNMARK, Nov. 4, 2026 /Halvane/ -- Vastrel Energy said it will hire 300 people.\n\n"
        "GENEVA, Dec 2 (Staff reporter) - Drumlow Power AS opened a line.\n"
    )
    assert not names & {"BQW", "Halvane", "Staff reporter"}
    # a wire's name outside a dateline needs the words around it like any other name
    assert "Brennock Business Wire" not in _names(
        "The Brennock Business Wire building on Quay Street was sold.\n"
    )


def test_the_wire_is_never_what_the_story_goes_on_about():
    found = _extract(
        'TARNBY, Dec 1 (Brennock Business Wire) -- Pelmark Cells Inc. ("Pelmark" or "the '
        'Company") said it will build a plant in Tarnby.\n\n'
        "Highlights\n"
        "- A grant from the Halvane Innovation Agency\n\n"
        "The Halvane Innovation Agency has awarded the Company a $2.5 million grant.\n\n"
        "GENEVA, 2 Dec (Oskarvik Newswire) - Vastrel Energy led the market, according to data "
        "from the Drumlow Battery Alliance.\n\n"
        "For January-October the Orlevik-based company held 31.5% of installations.\n"
    )
    grant = next(i for i in found.investments if i.amounts and i.amounts[0].value == 2.5e6)
    assert grant.to == ("pelmark-cells",)
    assert [(s.holder, s.percent) for s in found.shares] == [("vastrel-energy", 31.5)]
