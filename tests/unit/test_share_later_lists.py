"""A list of figures said to be "respectively" some names' without naming them: the list of
names before it in the sentence ("X and Y shared third place, each with 7.4%; a year earlier
their figures were 8.1% and 9.0% respectively"), or in the sentence before ("X and Y each held
5.1 percent. A year earlier the figures were 6.8 percent and 5.5 percent respectively")."""

from __future__ import annotations

from share_cases import dated_shares as shares

HEAD = "Cell makers in Europe\nPublished 12 November 2026\n\n"


def test_the_next_sentence_gives_its_figures_to_the_names_listed_before():
    text = HEAD + (
        "Ostkel Cells and Varnholt Energy each held 5.1 percent of the European market in the "
        "first nine months. A year earlier the figures were 6.8 percent and 5.5 percent "
        "respectively.\n"
    )
    found = shares(text)
    assert ("Ostkel Cells", 6.8, "2025-09") in found
    assert ("Varnholt Energy", 5.5, "2025-09") in found
    assert ("Ostkel Cells", 5.1, "2026-09") in found and len(found) == 4


def test_a_later_list_in_the_sentence_goes_to_the_names_listed_before_it():
    text = HEAD + (
        "Ostkel Cells and Varnholt Energy shared third place in Europe, each with a 7.4% share "
        "in the first nine months; a year earlier their figures were 8.1% and 9.0% "
        "respectively.\n"
    )
    found = shares(text)
    assert ("Ostkel Cells", 8.1, "2025-09") in found
    assert ("Varnholt Energy", 9.0, "2025-09") in found
    assert ("Varnholt Energy", 8.1, "2025-09") not in found


def test_a_list_that_names_its_own_holders_or_follows_no_list_is_not_paired():
    # the names of its own clause come first
    text = HEAD + (
        "Ostkel Cells and Varnholt Energy each held 5.1 percent of the European market in the "
        "first nine months. A year earlier Quillbank Power and Brindlemoor Cells had 6.8 "
        "percent and 5.5 percent respectively.\n"
    )
    found = shares(text)
    assert ("Quillbank Power", 6.8, "2025-09") in found
    assert ("Ostkel Cells", 6.8, "2025-09") not in found
    # a sentence before that names one company is no list of two
    text = HEAD + (
        "Ostkel Cells held 5.1 percent of the European market in the first nine months. A "
        "year earlier the figures were 6.8 percent and 5.5 percent respectively.\n"
    )
    assert [f for f in shares(text) if f[1] in (6.8, 5.5)] == []
    # nor is a list in another paragraph
    text = HEAD + (
        "Ostkel Cells and Varnholt Energy each held 5.1 percent of the European market in the "
        "first nine months.\n\nA year earlier the figures were 6.8 percent and 5.5 percent "
        "respectively.\n"
    )
    assert [f for f in shares(text) if f[1] in (6.8, 5.5)] == []
