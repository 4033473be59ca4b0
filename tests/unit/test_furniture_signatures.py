"""A signature block after the article: a closing formula alone on its line and the short
lines under it are page furniture; a formula with more after it, a sentence under it, a
letter's own close and a formula before the article's first paragraph stay."""

from __future__ import annotations

import pytest
from furniture_cases import PARAGRAPH, SECOND
from furniture_cases import kinds as _kinds

from evkb.model import FURNITURE_KINDS


def _page(*tail: str) -> str:
    return "\n\n".join([PARAGRAPH, SECOND, "\n".join(tail)])


@pytest.mark.parametrize(
    "block",
    [
        # a filing's: the formula, the issuer, the signer, the title, the place and date
        (
            "By order of the Board",
            "Tervane Cells Holdings Limited",
            "Wenlow Osgood",
            "Chairman",
            "Harnby, 30 November 2026",
        ),
        # an annual report's, the formula ending on a comma
        ("On behalf of the Board of Directors,", "Chief Executive Officer"),
        # another formula, the body signed for named in it
        ("For and on behalf of Tervane Cells Limited", "Marrick Tolland", "Company Secretary"),
        # a notice's: a blank left for the hand, then the office, the body and its address
        (
            "Signed: ____________________",
            "Director, Procurement Unit",
            "For: Chief Executive, Harnby Transit Authority",
            "PO Box 412, Harnby | tenders@harnby-transit.example",
        ),
        # "Signed" alone, the colon left out
        ("Signed", "Corvel Ysolde", "Registrar"),
        # a gazette's date, the place named in it, then the signer on one line
        ("Dated at Harnby this 3rd day of May 2027", "C. Ysolde, Registrar of Companies"),
        ("Dated this 21st day of January, 2027.", "W. Osgood, Chief Executive Officer"),
    ],
)
def test_a_closing_formula_and_the_lines_under_it_are_furniture(block: tuple[str, ...]):
    kinds = _kinds(_page(*block))
    for line in block:
        assert kinds[line] in FURNITURE_KINDS, line
    assert kinds[PARAGRAPH] not in FURNITURE_KINDS


def test_the_block_ends_at_a_sentence():
    note = (
        "As at the date of this announcement, the board comprises four executive directors "
        "and three independent non-executive directors."
    )
    kinds = _kinds(_page("By order of the Board", "Wenlow Osgood", "Chairman", note))
    assert kinds["Wenlow Osgood"] in FURNITURE_KINDS
    assert kinds[note] not in FURNITURE_KINDS
    short = "The board meets again in March."
    kinds = _kinds(_page("On behalf of the Board,", short, "Chairman"))
    assert kinds[short] not in FURNITURE_KINDS
    assert kinds["Chairman"] not in FURNITURE_KINDS  # under the sentence, no longer the block's


def test_a_letters_close_stays_and_its_signature_goes():
    kinds = _kinds(_page("Yours faithfully,", "Marrick Tolland and Corvel Ysolde", "Partners"))
    assert kinds["Yours faithfully,"] not in FURNITURE_KINDS
    assert kinds["Marrick Tolland and Corvel Ysolde"] in FURNITURE_KINDS
    assert kinds["Partners"] in FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    [
        "Signed: the Chair | the Company Secretary",  # minutes' record of who signed
        "Signed: 14 contracts worth 2 billion euros in the quarter",
        "By order of the court, the line was stopped for two weeks in March.",
        "Sincerely yours, the plant manager wrote, we will reopen in May.",
        "Dated this morning, the letter reached the ministry on Friday.",
    ],
)
def test_a_formula_with_more_after_it_stays(line: str):
    kinds = _kinds(_page(line, "Chairman"))
    assert kinds[line] not in FURNITURE_KINDS


def test_a_formula_before_the_first_paragraph_stays():
    text = "\n\n".join(["Signed", "Wenlow Osgood", PARAGRAPH, SECOND])
    kinds = _kinds(text)
    assert kinds["Signed"] not in FURNITURE_KINDS
