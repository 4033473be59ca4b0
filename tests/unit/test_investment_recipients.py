"""A list of the recipients of a grant scheme: each item's sum goes from the list's giver to the
company the item opens with, at the place the item names; the items are not the receivers' own
spending."""

from __future__ import annotations

from test_company_rules import _extract

_GIVER = "The Kestrow Development Agency has approved grants totalling €14 million for three projects.\n\n"


def _records(text: str) -> dict[float, tuple]:
    """value -> (kind, by, to, places) of each record with a sum."""
    out = {}
    for i in _extract(text).investments:
        if i.amounts:
            places = tuple(f.value for f in i.facts if f.attribute == "place")
            out[i.amounts[0].value] = (i.kind, i.by, i.to, places)
    return out


def test_items_after_the_name_a_colon_and_a_place_after_in():
    found = _records(
        _GIVER + "The grants are:\n\n"
        "- Pelmora Cells GmbH: €4.2 million for a coating line in Ostervik.\n\n"
        "- Tannick Anodes NV: €6.5 million for an anode plant in Dalsted.\n"
    )
    assert found[4.2e6] == (
        "subsidy",
        ("kestrow-development-agency",),
        ("pelmora-cells",),
        ("Ostervik",),
    )
    assert found[6.5e6][1:3] == (("kestrow-development-agency",), ("tannick-anodes",))


def test_a_numbered_list_with_the_place_after_the_name_and_a_dash():
    found = _records(
        _GIVER + "The beneficiaries selected this year are:\n\n"
        "1. Pelmora Cells GmbH, Ostervik – €4.2 million for a coating line (60 jobs)\n\n"
        "2. Voskar Recycling BV, Quenby – €3.1 million for a black-mass plant (40 jobs)\n"
    )
    assert found[4.2e6] == (
        "subsidy",
        ("kestrow-development-agency",),
        ("pelmora-cells",),
        ("Ostervik",),
    )
    assert found[3.1e6][2:] == (("voskar-recycling",), ("Quenby",))


def test_a_giver_that_leads_into_its_list_and_a_list_of_loans():
    found = _records(
        "Brenmark Investment Bank awarded loans to the following companies:\n\n"
        "• Pelmora Cells GmbH — €4.2m for a cell line in Ostervik\n\n"
        "• Tannick Anodes NV — €6.5m for an anode plant in Dalsted\n"
    )
    assert found[4.2e6][:3] == ("loan", ("brenmark-investment-bank",), ("pelmora-cells",))
    assert found[6.5e6][:3] == ("loan", ("brenmark-investment-bank",), ("tannick-anodes",))


def test_the_body_that_pays_the_aid_out_gives_it_and_an_unnamed_one_leaves_no_giver():
    paid_out = (
        "The support is paid out by the Lindqvale Enterprise Office, which runs the scheme.\n\n"
    )
    items = (
        "The grants are:\n\n- Pelmora Cells GmbH: €4.2 million for a coating line in Ostervik.\n"
    )
    found = _records(
        _GIVER + "The Lindqvale Enterprise Office (LEO) was set up in 2019.\n\n" + paid_out + items
    )
    assert found[4.2e6][1:3] == (("lindqvale-enterprise-office",), ("pelmora-cells",))
    unnamed = "The support is paid out by the regional agency on behalf of the Agency.\n\n"
    found = _records(_GIVER + unnamed + items)
    assert found[4.2e6][1:3] == ((), ("pelmora-cells",))


def test_an_item_whose_receiver_is_unknown_neither_ends_the_list_nor_gives_a_record():
    found = _records(
        _GIVER + "The grants are:\n\n"
        "- a university consortium: €2.0 million for a test centre in Quenby.\n\n"
        "- Pelmora Cells GmbH: €4.2 million for a coating line in Ostervik.\n"
    )
    assert found[4.2e6][2] == ("pelmora-cells",)


def test_a_list_with_no_lead_in_of_recipients_is_the_companies_own_spending():
    found = _records(
        "Key projects this year:\n\n"
        "- Pelmora Cells GmbH: €420 million for a cell plant in Ostervik.\n\n"
        "- Tannick Anodes NV: €65 million for an anode plant in Dalsted.\n"
    )
    assert found[420e6][1:3] == (("pelmora-cells",), ())
    assert found[65e6][1:3] == (("tannick-anodes",), ())


def _listed(text: str) -> list[str]:
    """The receivers of the records read as items of a recipients list."""
    return [r for i in _extract(text).investments if "recipients list" in i.rule for r in i.to]


def test_an_item_that_opens_with_its_sum_or_a_paragraph_after_the_list_is_no_item():
    assert not _listed(
        "Pelmora Cells GmbH will build a cell plant in Ostervik.\n\n"
        "The grants are:\n\n"
        "- €4.2 million grant from the Kestrow Development Agency\n"
    )
    assert _listed(
        _GIVER + "The grants are:\n\n"
        "- Pelmora Cells GmbH: €4.2 million for a coating line in Ostervik.\n\n"
        "Tannick Anodes NV: €65 million will go on its own anode plant in Dalsted.\n"
    ) == ["pelmora-cells"]
