"""The rest of the market closing a list is an item of its own, held by no name before it:
"Y had 4.4% and others 5.5%", "...; all other suppliers: 12%"; a bracketed twin after it is
its too."""

from __future__ import annotations

from share_cases import dated_shares as shares

from evkb.kb.records.share_lists import rest_item

HEAD = "Cell league\nPublished 12 November 2026\n\n"
LEAD = "Ostkel Cells led the market for cells in January-September with 31.4% of installations. "


def test_the_rest_of_the_market_closing_a_list_is_its_own_item() -> None:
    for sentence, label, percent in [
        ("Behind it came Varnholt Energy with 22.1%, and others with 46.5%.", "others", 46.5),
        ("Varnholt Energy held 22.1%, Brenvik 9.3% and the rest 37.2%.", "the rest", 37.2),
        ("Varnholt Energy: 22.1%; all other suppliers: 46.5%.", "all other suppliers", 46.5),
    ]:
        found = shares(HEAD + LEAD + sentence + "\n")
        assert (label, percent, "2026-09") in found, sentence
        assert not any(h != label and p == percent for h, p, _ in found), sentence


def test_a_twin_in_brackets_after_the_rest_is_the_rests() -> None:
    found = shares(
        HEAD + LEAD + "Varnholt Energy held 22.1% (20.4%) and others 46.5% (49.0%), the "
        "same period of 2025 in brackets.\n"
    )
    assert ("others", 46.5, "2026-09") in found
    assert not any(h == "Varnholt Energy" and p == 49.0 for h, p, _ in found)


def test_what_is_no_item_for_the_rest() -> None:
    text = "Varnholt held 22.1% and others' shares fell 2%, while Brenvik and others took 9%"
    assert rest_item(text, text.index("%") + 1, text.index("2%")) == ""
    assert rest_item(text, text.index("2%") + 2, text.index("9%")) == ""
    assert rest_item("Others held 9%", 0, 12) == ""  # no list before it
