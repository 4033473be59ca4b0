"""A share in words ("more than half", "roughly a third") that an exact figure of the same
holder restates is left out; one the text gives only in words, or that says more, stays."""

from __future__ import annotations

from share_cases import held_shares as shares

HEAD = "Cell league\nPublished 12 November 2026\n\n"


def test_a_fraction_restating_the_figure_before_it_is_left_out() -> None:
    text = HEAD + (
        "Chinese makers together took 56.1 per cent of installations in the first nine "
        "months, the first time they have held more than half of the European market.\n"
    )
    assert shares(text) == [("Chinese makers", 56.1)]


def test_a_fraction_in_a_quote_restating_a_companys_figure_is_left_out() -> None:
    text = HEAD + (
        "Ostkel Cells (38.1 per cent) kept the top spot among suppliers in the first half, ahead "
        "of Varnholt Energy (22.4 per cent).\n\n"
        '"We now have more than a third of the region," the chief executive of Ostkel Cells said.\n'
    )
    assert ("Ostkel Cells", 33.33) not in shares(text)
    assert ("Ostkel Cells", 38.1) in shares(text)


def test_a_fraction_the_text_gives_alone_or_that_says_more_stays() -> None:
    alone = HEAD + "Chinese makers held more than half of the European market in the first half.\n"
    assert shares(alone) == [("Chinese makers", 50.0)]
    # "more than a third" of a holder at 52%: not the same figure in other words
    more = HEAD + (
        "Ostkel Cells took 52.0 per cent of installations in the first half, the company said, "
        "and Varnholt Energy more than a third.\n"
    )
    assert ("Varnholt Energy", 33.33) in shares(more)


def test_only_an_agreeing_figure_of_the_same_holder_period_and_scope_restates() -> None:
    from dataclasses import replace

    from evkb.kb.extract import split_passages
    from evkb.kb.records import Lexicon, extract_records
    from evkb.kb.records.share_restated import without_restatements

    text = HEAD + "Ostkel Cells took 52.0 per cent of installations in the first half.\n"
    exact = extract_records("doc", split_passages("doc", text), Lexicon([])).shares[0]
    exact = replace(exact, scope="Europe")
    words = replace(exact, percent=50.0, bound=">", text="more than half", id="w")
    assert without_restatements([exact, words]) == [exact]
    for other in (
        replace(words, percent=33.33, text="more than a third"),  # 52 is far more
        replace(words, as_of="2024"),  # another period
        replace(words, scope="Japan"),  # another market
        replace(words, holder="", label="Chinese makers"),  # another holder
    ):
        assert without_restatements([exact, other]) == [exact, other], other
