"""A public body named by the list of its remits and its country or head ("Innovation, Trade
and Industry Canada") is one name across its commas; a list of places or of things is not.
Who administers or runs a fund is an organisation."""

from __future__ import annotations

from test_company_rules import _names

from evkb.kb.records.company_cuts import remits_end


def test_a_body_named_by_its_remits_is_one_name_across_its_commas():
    names = _names(
        "Innovation, Trade and Industry Canada will contribute $120 million to the plant.\n\n"
        "A grant from Ports, Transport and Works Canada, which oversees the ports, paid for "
        "the quay.\n\n"
        "Energy, Mines and Resources Ministry officials said it lent $5 million for energy "
        "storage.\n"
    )
    assert "Innovation, Trade and Industry Canada" in names
    assert "Ports, Transport and Works Canada" in names
    assert not names & {"Trade and Industry Canada", "Innovation", "Transport and Works Canada"}


def test_a_list_of_places_or_of_things_is_no_body():
    text = "Germany, France and Italy held 40%. Sodium, Lithium and Potassium Cells were named."
    assert remits_end(text, 0, 7, set()) == 0  # "Germany": no noun of English
    at = text.index("Sodium")
    assert remits_end(text, at, at + 6, {"sodium"}) == 0  # no country or body's head at its end
    # a word of English opens it only where the text writes it in lower case
    text = "Energy, Mines and Resources Canada lent it money."
    assert remits_end(text, 0, 6, set()) == 0
    assert text[: remits_end(text, 0, 6, {"energy"})] == "Energy, Mines and Resources Canada"


def test_who_administers_or_runs_a_fund_is_an_organisation():
    names = _names(
        "Tarvio Motors drew $110 million from the Dorrance Fund, which is administered by "
        "Innovation, Trade and Industry Canada.\n\n"
        "A further loan came through a scheme run by the Quistrand Development Board.\n\n"
        "The fund's money, the minister said, is managed by Brenhal Capital Partners.\n"
    )
    assert "Innovation, Trade and Industry Canada" in names
    assert "Quistrand Development Board" in names
    assert "Brenhal Capital Partners" in names
