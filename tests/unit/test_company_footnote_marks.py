"""A footnote's mark after a name in a table or a sentence ("SK On¹") is the note's, not the
company's: the company is found under its own name, once."""

from __future__ import annotations

import re

from test_company_rules import _extract

from evkb.kb.records.company_names import _token


def test_a_footnote_mark_after_a_name_is_no_part_of_it():
    extracted = _extract(
        "Cell league\n\n"
        "The table ranks the region's cell makers by installations.\n\n"
        "Maker | Share 2026\n"
        "Brenquil¹ | 21.9%\n"
        "Kestrix | 16.1%\n\n"
        "¹ Includes its joint venture with a carmaker.\n\n"
        "Brenquil², the Korean cell maker, builds its cells in two plants.\n"
    )
    names = {c.name for c in extracted.companies}
    assert "Brenquil" in names
    assert not any(name.endswith(("¹", "²")) for name in names)
    assert {s.label for s in extracted.shares if s.percent == 21.9} == {"Brenquil"}
    # A word's own digits stay; only the mark after them goes.
    assert _token_of("Volt3¹") == "Volt3" and _token_of("Volt3") == "Volt3"


def _token_of(word: str) -> str:
    return _token(re.match(r"\S+", word))[2]
