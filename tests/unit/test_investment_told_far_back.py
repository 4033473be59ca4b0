"""A long read names its company once, far back, and goes on with "the company" and "it": a
sum "it" commits with no company named in the sentences before is that company's, and not when
those sentences name companies "it" could be."""

from __future__ import annotations

from test_company_rules import _extract


def _spenders(text: str) -> dict[float, tuple[str, ...]]:
    """Each investment's first amount -> its givers and receivers."""
    return {i.amounts[0].value: (*i.by, *i.to) for i in _extract(text).investments if i.amounts}


_LONG_READ = (
    "The quiet cell maker of the plains\n\n"
    "The wind is hard enough to rattle the trailers. This is the future home of Ostrevia "
    "Cells Inc., and for now it is mostly dirt.\n\n"
    "The people in the trailers would rather talk about their own plans. Founded in a garage "
    "by two surveyors, the firm makes large cells for grid storage. Its first line opened in "
    "2023 and runs around the clock. Everyone here says the hard part is still to come.\n\n"
    "{sentence} Production is due to start in 2028.\n"
)


def test_the_company_a_long_read_named_far_back_spends():
    text = _LONG_READ.format(
        sentence="The company will spend $1.4 billion on a factory with 12 GWh of capacity."
    )
    assert _spenders(text).get(1.4e9) == ("ostrevia-cells",)


def test_it_after_an_opening_word_is_the_same_company():
    text = _LONG_READ.format(sentence="Now it is spending $900 million on a second factory.")
    assert _spenders(text).get(9e8) == ("ostrevia-cells",)


def test_it_after_sentences_naming_two_companies_is_left_unknown():
    """ "It" could be either company the sentence before names: not the document's company."""
    text = (
        "Ostrevia Cells Inc. runs a plant in Tellisford. Quennel Packs Ltd is a pack maker "
        "founded in 2018.\n\n"
        "Ostrevia Cells and Quennel Packs both grew their shares last year.\n\n"
        "It will spend $1.9 billion on converting two lines at the Tellisford plant.\n"
    )
    assert "ostrevia-cells" not in _spenders(text).get(1.9e9, ())


def test_a_sum_that_is_no_commitment_is_nobodys():
    text = _LONG_READ.format(sentence="It has revenue of $90 million a year.")
    assert 9e7 not in _spenders(text)
