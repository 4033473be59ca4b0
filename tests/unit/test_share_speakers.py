"""A "we" inside a quotation is the company its speaker is tied to by name: in the sentence
that says who said it, or where the paragraph brings the speaker in; not another company the
paragraph names."""

from __future__ import annotations

from share_cases import dated_shares as shares

HEAD = "Panel notes\nPublished 2 December 2026\n\n"


def test_a_speaker_brought_in_by_name_of_a_company_speaks_for_it() -> None:
    found = shares(
        HEAD + "Next to him sat Ysolde Quarrie of the storage maker Tornvik Cells, which buys "
        "cells from Kastrup Energy. \u201cWe have about 9% of the home-storage market here, and "
        "we are growing,\u201d Quarrie said.\n"
    )
    assert ("Tornvik Cells", 9.0, "") in found or ("Tornvik Cells", 9.0, "2026") in found
    assert not [s for s in found if s[0] == "Kastrup Energy"]


def test_the_attribution_after_the_quotation_ties_the_speaker_to_the_company() -> None:
    found = shares(
        HEAD + "Tornvik Cells and Kastrup Energy both spoke. \u201cWe are number three with "
        "10 per cent of the storage market,\u201d said Wexley Brand, general manager of "
        "Kastrup's sales arm, disputing the ranking.\n"
    )
    assert [s for s in found if s[1] == 10.0 and s[0] == "Kastrup Energy"]
    assert not [s for s in found if s[0] == "Tornvik Cells"]


def test_other_orders_an_attribution_inside_the_quotation_and_a_possessive_tie() -> None:
    found = shares(
        HEAD + "Kastrup Energy's sales chief, Wexley Brand, spoke after Tornvik Cells. "
        '"On storage," Brand said, "we have 12.5 per cent of the market in the first '
        'ten months."\n\n'
        "Ysolde Quarrie, who runs sales at Tornvik Cells, sat next to Kastrup Energy's "
        'team. "Our share of the storage market was 7,5 % this year," added Ysolde Quarrie.\n'
    )
    assert [s for s in found if s[1] == 12.5 and s[0] == "Kastrup Energy"]
    assert [s for s in found if s[1] == 7.5 and s[0] == "Tornvik Cells"]


def test_a_pronoun_attribution_or_no_tie_leaves_the_paragraphs_rule() -> None:
    found = shares(
        HEAD + "Tornvik Cells and Kastrup Energy both spoke. \u201cWe have about 9% of the "
        "home-storage market,\u201d he said.\n\n"
        "Wexley Brand spoke for Tornvik Cells. \u201cWe hold 6% of the storage market,\u201d "
        "Brand said.\n"
    )
    # two companies and no speaker's tie: no one's; one company in the paragraph: its
    assert not [s for s in found if s[1] == 9.0]
    assert [s for s in found if s[1] == 6.0 and s[0] == "Tornvik Cells"]
