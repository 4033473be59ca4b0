"""Who "we" and "our" are in an interview or a results call: the company its opening names
(a kicker "The Interview" over the title, a call's title with an exchange's ticker and a legal
form); not when "us" is only what another is measured against ("ahead of us"); an aim is no
share held; a date opening a later clause ("and for the full year FY26 it was") is that
clause's figure's."""

from __future__ import annotations

from share_cases import dated_shares as shares

INTERVIEW = (
    "Business Weekly\nThe Interview\n"
    'Sara Lind, Tornvik Cells: "Homes will not wait"\n'
    "The chief executive of the home-battery maker on prices and rivals\n"
    "1 December 2026\n\n"
    "Tornvik Cells, the home-battery maker, has grown from a garage to a factory in six "
    "years. Its chief executive receives us at its offices.\n\n"
    "Where do the cells come from?\n\n"
    "We buy them from Kastrup Energy, and we make the packs ourselves.\n\n"
    "How big is Tornvik today?\n\n"
)


def test_an_interview_kicker_makes_we_the_company_its_title_names() -> None:
    found = shares(
        INTERVIEW + "We sold 20,000 systems. Our share of the home-storage market was 12.4% "
        "in the first ten months, up from 9.1% in the whole of last year.\n"
    )
    assert ("Tornvik Cells", 12.4, "2026-10") in found
    assert ("Tornvik Cells", 9.1, "2025") in found


def test_other_orders_and_number_styles_in_an_interview_answer() -> None:
    found = shares(
        INTERVIEW + "In the first ten months of this year we had, by our count, 12,4 % of "
        "the home-storage market.\n\n"
        "Is that growing?\n\nYes. Of every hundred home batteries sold, 9 per cent are now "
        "ours, our share having been 7.5 per cent last year.\n"
    )
    assert ("Tornvik Cells", 12.4, "2026-10") in found
    assert ("Tornvik Cells", 7.5, "2025") in found


def test_us_measured_against_another_is_not_the_holder() -> None:
    found = shares(
        INTERVIEW + "Our share was 12.4% in the first ten months. Brellan Power is still "
        "ahead of us, with roughly a quarter of the market.\n\n"
        "Who else?\n\nKastrup Energy, bigger than us with 15%, and a few importers.\n"
    )
    assert ("Tornvik Cells", 12.4, "2026-10") in found
    assert not [s for s in found if s[0] == "Tornvik Cells" and s[1] in (25.0, 15.0)]


def test_us_as_the_one_given_a_share_is_still_the_speaker() -> None:
    found = shares(
        INTERVIEW + "The new plant gives us 12.4% of the home-storage market this year.\n"
    )
    assert ("Tornvik Cells", 12.4, "2026") in found


def test_a_piece_that_never_says_it_is_an_interview_makes_no_one_we() -> None:
    found = shares(
        "Business Weekly\nSara Lind on homes\n1 December 2026\n\n"
        "Tornvik Cells and Brellan Power sell home batteries. Our share of the home-storage "
        "market was 12.4% in the first ten months, the writer's firm said.\n"
    )
    assert not [s for s in found if s[1] == 12.4 and s[0] == "Tornvik Cells"]


CALL = (
    "Markets Wire | Transcripts\n"
    "Tornvik Cells Ltd (NSE: TORNVIKC) Q2 FY27 Earnings Conference Call Transcript\n"
    "Call date: 28 November 2026 | Published 1 December 2026\n\n"
    "Operator: Good day and welcome to the Q2 FY27 earnings call of Tornvik Cells Limited.\n\n"
    "Sara Lind: Thank you. Revenue rose 41% year on year to Rs 1,186 crore.\n\n"
)


def test_a_call_title_with_an_exchanges_ticker_and_a_legal_form_names_who_we_are() -> None:
    found = shares(
        CALL + "In the electric two-wheeler pack market, our share was 17.8% in Q2 FY27, "
        "compared with 14.9% in Q2 FY26. For 1H FY27 our share was 17.1%, and for the full "
        "year FY26 it was 15.3%. We remain second after Kastrup Energy. Our aim is 20% by FY28.\n"
    )
    assert ("Tornvik Cells", 17.8, "2026-09") in found
    assert ("Tornvik Cells", 14.9, "2025-09") in found
    assert ("Tornvik Cells", 17.1, "2026-09") in found
    assert ("Tornvik Cells", 15.3, "2026-03") in found
    assert not [s for s in found if s[1] == 20.0]  # an aim, not a share held


def test_other_ticker_and_legal_forms_in_a_call_title() -> None:
    found = shares(
        "Brellan Power Inc. (NASDAQ: BRLP) Q3 2026 Earnings Call Transcript\n\n"
        "Operator: Welcome to the call. Kastrup Energy analysts are on the line.\n\n"
        "Chief Executive Officer: Our share of the US storage market was 9.2% in the quarter.\n"
    )
    assert ("Brellan Power", 9.2, "2026-09") in found


def test_a_date_opening_a_later_clause_with_what_kind_of_year_it_is() -> None:
    found = shares(
        "Storage league\nPublished 1 December 2026\n\n"
        "Tornvik Cells held 11.2% of the market in the first half, while in fiscal 2025 it "
        "had 10.1%, and Brellan Power took 8.0% in the first half but for the whole year 2025 "
        "only 6.9%.\n"
    )
    assert ("Tornvik Cells", 10.1, "2025") in found
    assert ("Brellan Power", 6.9, "2025") in found


def test_other_aims_are_no_shares_held() -> None:
    found = shares(
        "Storage league\nPublished 1 December 2026\n\n"
        "Tornvik Cells held 11.2% of the home-storage market in the first half. Its target "
        "remains 15%, and the ambition, its chief said, is 18 percent; its goal was 9 per cent "
        "when it started.\n"
    )
    assert ("Tornvik Cells", 11.2, "2026-06") in found
    assert not [s for s in found if s[1] in (15.0, 9.0)]
