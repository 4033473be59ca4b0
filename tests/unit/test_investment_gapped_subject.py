"""A name that only gives money in a verbless clause ("..., and Y a loan of $120 million") is
not the company the document is about: neither the receiver of a grant whose giver the text
does not name as a company, nor the maker "the start-up" stands for."""

from __future__ import annotations

import pytest
from test_company_rules import _extract

from evkb.kb.records.company_money import gives_in_gap


def test_a_gapped_giver_named_twice_is_not_what_the_document_is_about():
    found = _extract(
        "The start-up will make LFP cells for vans from 2029. The Region and Osric are in "
        "the financing.\n\n"
        "Wendmoor Cells SA will build its first cell plant at Brantsea for €900 million.\n\n"
        "The Region will contribute a grant of 40 M€, and Osric a loan of 110 M€, said the "
        "chief executive. The plant will make the WC-1 prismatic cell, with 6 000 cycles.\n"
    )
    parties = {(i.amounts[0].value, i.by, i.to) for i in found.investments if i.amounts}
    assert (110e6, ("osric",), ("wendmoor-cells",)) in parties
    assert not any(value == 40e6 and "osric" in to for value, _, to in parties)
    cell = next(b for b in found.batteries if b.name == "WC-1")
    assert [f.value for f in cell.values("chemistry")] == ["LFP"]


@pytest.mark.parametrize(
    ("text", "name", "gives"),
    [
        ("X is giving us a A$15 million grant and QDF another A$10 million.", "QDF", True),
        ("X will contribute a grant of 40 M€, and Osric a loan of 110 M€.", "Osric", True),
        ("X lent €90m, and Osric Bank (OB) a further €20m.", "Osric Bank", True),
        # a verb of spending, not of giving
        ("X will invest £300 million in Tolwick and Brantsea £100 million.", "Brantsea", False),
        # a clause with its own verb
        ("X gave £15 million and Osric will lend £20 million.", "Osric", False),
        # no sum right after the name
        ("X is giving us a £15 million grant and Osric said so.", "Osric", False),
    ],
)
def test_who_opens_a_verbless_clause_of_giving(text, name, gives):
    start = text.index(name)
    assert gives_in_gap(text, start, start + len(name)) is gives
