"""The source a share figure is given to: a name of two words after "according to" that closes
the sentence, or a clause that goes on about no person, is a research firm ("Acme held 31% of
the market, according to Halvane Quenlow."); the same words after a count that is no share,
or going on with a person's role, are no company."""

from __future__ import annotations

from test_company_rules import _extract, _names


def _kinds(text: str) -> dict[str, str]:
    return {c.name: c.kind for c in _extract(text).companies}


def test_the_source_closing_a_share_sentence_is_a_research_firm():
    kinds = _kinds("Tarrisk held 31% of the market in the quarter, according to Halvane Quenlow.\n")
    assert kinds.get("Halvane Quenlow") == "research firm"


def test_the_source_of_a_share_stated_in_other_words():
    # "per cent" written out, a figure in brackets and the period between, a clause after it
    kinds = _kinds(
        "Ebbfield Cells held 14.2 per cent of the storage market (up from 9.8 per cent) in the "
        "nine months, according to Pellgate Vintry, which counts every installation.\n"
    )
    assert kinds.get("Pellgate Vintry") == "research firm"
    # the share of a whole stated in a relative clause, the source after a semicolon
    kinds = _kinds(
        "Tarrisk, which accounted for 8.1% of electric car sales, was fifth, according to "
        "Halvane Quenlow; the rest went to imports.\n"
    )
    assert kinds.get("Halvane Quenlow") == "research firm"


def test_a_count_that_is_no_share_or_a_persons_role_names_no_source():
    names = _names(
        "Output rose 4% in May, according to Halvane Quenlow.\n\n"
        "Tarrisk held 12% of the market, according to Pellgate Vintry, an analyst at a bank.\n\n"
        "Tarrisk held 12% of the market, according to Pellgate Vintry, who follows the sector.\n"
    )
    assert not names & {"Halvane Quenlow", "Pellgate Vintry"}


def test_a_name_of_one_or_three_words_keeps_its_other_readings():
    names = _names("Tarrisk held 12% of the market, according to Jan Pellgate Vintry.\n")
    assert "Jan Pellgate Vintry" not in names
