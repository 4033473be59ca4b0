"""An issuer's letterhead at a document's head (its name, its unit, the document's kind) over
the page's own furniture is furniture; a headline over a dateline, a name over a byline or
over the headline, a name under the headline and a title the first paragraph opens on stay."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.extract.furniture_letterheads import is_letterhead_line, letterheads
from evkb.model import BODY, BOILERPLATE, FURNITURE_KINDS, HEADING

PARAGRAPH = (
    "The plant at Kelvale will make 2 GWh of cells a year from 2028 and employ 350 people, "
    "the company said on Wednesday. Construction starts in the spring."
)
SECOND = "A regional lender will provide 40 million euros of the 120 million euro cost."
HEADLINE = "Cell plant for Kelvale gets its go-ahead"


def _kinds(text: str) -> dict[str, str]:
    return {p.text: p.kind for p in split_passages("doc", text)}


def _page(*head: str, named: tuple[str, ...] = ()) -> str:
    """A page under `head` whose body names each company of `named` in full again."""
    again = [f"{name} said it would hire 350 people at Kelvale." for name in named]
    return "\n\n".join([*head, HEADLINE, PARAGRAPH, *again, SECOND]) + "\n"


@pytest.mark.parametrize(
    ("letterhead", "below"),
    [
        (["Quillmere Batteries GmbH"], "Kelvale, 3 December 2026"),
        (
            ["Ostvald Storage Company Limited | Investor relations"],
            "Annual Report 2026 | Letter to shareholders | 12",
        ),
        (["Ministry of Water and Roads", "Procurement Division"], "Notice No. 7/2026 | Kelvale"),
        (["NOTICE OF GENERAL MEETING"], "03.12.2026"),
        (["MEDIA RELEASE", "Quillmere Batteries Pty Ltd."], "Home > Media > Releases 2026"),
        (["State Energy Board of Ostvald - Press Office"], "Kelvale, 3 December 2026"),
    ],
)
def test_a_letterhead_over_the_page_s_furniture_is_furniture(letterhead: list[str], below: str):
    named = tuple(line.split(" | ")[0] for line in letterhead)
    kinds = _kinds(_page(*letterhead, below, named=named))
    for line in letterhead:
        assert kinds[line] in FURNITURE_KINDS, line
    assert kinds[HEADLINE] not in FURNITURE_KINDS


def test_a_letterhead_under_other_furniture_is_furniture():
    head = ("Listen to this article", "Quillmere Batteries AG", "3 December 2026")
    text = _page(*head, named=("Quillmere Batteries AG",))
    assert _kinds(text)["Quillmere Batteries AG"] in FURNITURE_KINDS


@pytest.mark.parametrize(
    "first",
    [
        "Quillmere Batteries Opens Second Line in Ostvald",  # a headline in Title Case
        "Ministry Backs 2 GWh Plant",  # a figure
        "Quillmere batteries to build a plant",  # lower-case words: a headline
    ],
)
def test_a_headline_over_a_dateline_stays(first: str):
    text = "\n\n".join([first, "3 December 2026", PARAGRAPH, SECOND]) + "\n"
    assert _kinds(text)[first] not in FURNITURE_KINDS


def test_a_name_over_a_byline_stays():
    text = "\n\n".join(["Quillmere Batteries GmbH", "By Ada Kelvale", PARAGRAPH, SECOND])
    assert _kinds(text + "\n")["Quillmere Batteries GmbH"] not in FURNITURE_KINDS


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        # over the headline: the masthead rules weigh it, not this one
        (["Quillmere Batteries GmbH", HEADLINE, "3 December 2026"], [HEADING, BODY, BOILERPLATE]),
        # under the headline: a name there is the writer's or the article's
        ([HEADLINE, "Quillmere Batteries GmbH", "3 December 2026"], [BODY, HEADING, BOILERPLATE]),
    ],
)
def test_a_name_without_furniture_right_under_it_or_under_the_headline_is_no_letterhead(
    lines: list[str], kinds: list[str]
):
    assert letterheads([*lines, PARAGRAPH], [*kinds, BODY]) == set()


def test_a_title_the_first_paragraph_opens_on_stays():
    lead = "Ostvald Storage Company is a maker of home batteries founded in 2019 in Kelvale."
    text = "\n\n".join(["Ostvald Storage Company", "3 December 2026", lead, SECOND])
    assert _kinds(text + "\n")["Ostvald Storage Company"] not in FURNITURE_KINDS


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Quillmere Batteries S.p.A.", True),
        ("Department of Industry | Statistics unit", True),
        ("OFFICIAL JOURNAL OF THE REGION", True),
        ("Quillmere Batteries GmbH | Annual Report | 2026 | 4", False),  # a running head
        ("Quillmere to open its plant", False),
        ("Quillmere Batteries", False),  # no legal form, no institution: a headline's form
        ("From: Procurement Department, Quillmere Batteries AG", False),  # a memo's field
        ("ADDS 4 GWH", False),
    ],
)
def test_the_forms_of_a_letterhead_line(line: str, expected: bool):
    assert is_letterhead_line(line) is expected


def test_a_company_s_letterhead_the_body_never_names_in_full_stays_for_the_records():
    # "our plant" is the letterhead's company's: the records read its name there.
    ours = "Our plant at Kelvale made 2 GWh of cells in 2026, up from 1.4 GWh a year earlier."
    text = "\n\n".join(
        [
            "Quillmere Batteries GmbH",
            "Annual Report 2026 | Letter to shareholders | 4",
            ours,
            SECOND,
        ]
    )
    assert _kinds(text + "\n")["Quillmere Batteries GmbH"] not in FURNITURE_KINDS


@pytest.mark.parametrize(
    "first",
    [
        "Quillmere Securities | Equity Research | Batteries",
        "OSTVALD CAPITAL MARKETS - Asia Autos",
        "QUILLMERE PARTNERS LLC        Equity Research",
        # forms no corpus has: a desk alone after a dash, a bank's research arm, two desks
        "Kelvale Investments \u2013 Credit Research",
        "Ostvald Bank | Sector Note | Storage",
    ],
)
def test_a_firm_and_its_desk_as_the_first_line_is_furniture(first: str):
    text = "\n\n".join([first, HEADLINE, PARAGRAPH, SECOND]) + "\n"
    assert _kinds(text)[first] in FURNITURE_KINDS


@pytest.mark.parametrize(
    ("lines", "index"),
    [
        (["Markets | Batteries", HEADLINE], 0),  # a section's label names no firm
        (["Quillmere Capital | Annual Report 2026", HEADLINE], 0),  # a title with its year
        (["Quillmere Securities | Morning note | 3.12.2026", "Equity Research \u2013 Storage"], 1),
    ],
)
def test_a_section_a_titled_report_or_a_desk_under_the_first_line_is_no_firm_s_head(
    lines: list[str], index: int
):
    kinds = [HEADING] * len(lines)
    assert index not in letterheads([*lines, PARAGRAPH], [*kinds, BODY])
