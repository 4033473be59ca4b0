"""Breadcrumb trails, legal notices, contact lines, a release's source line, translation and
editing notes, cookie banners, mailing-list footers and sponsor lines are page furniture by
their form; sentences that only mention a contact, a sponsor or a disclosure stay body."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.extract.furniture_notices import notice_kind
from evkb.model import BODY, BOILERPLATE, CAPTION, FURNITURE_KINDS, HEADING


def _kind(line: str, before: str = "", after: str = "") -> str | None:
    lines = [x for x in (before, line, after) if x]
    kinds = [BODY] * len(lines)
    return notice_kind(lines, kinds, lines.index(line))


@pytest.mark.parametrize(
    "line",
    [
        "Home > Markets > Storage > Zorvex Q4",
        "Forum index \u00bb Vehicles \u00bb Charging",
        "Disclaimer: This note is for reference only and does not constitute investment advice.",
        "Past performance does not predict future returns. This is a marketing communication.",
        "Quillmar Realty is a member of a trade body. Information is believed accurate but is "
        "not guaranteed.",
        "This note does not express the position of the Government. Reproduction is authorised "
        "with attribution.",
        "This release contains forward-looking statements that involve risks and uncertainties.",
        "For professional investors only",
        "Media contact: Lise Talvoro, press@brenhaven.example, +1 555 0100",
        "press@brenhaven.example",
        "For further information, please contact: Investor Relations, +44 20 5550 0100",
        "SOURCE Brenhaven Cells Ltd.",
        "Translated from the Portuguese by our desk.",
        "Unofficial English translation",
        "This interview has been edited for length and clarity.",
        "We use cookies to improve your experience. Accept | Settings",
        "You are receiving this email because you signed up at our site. Unsubscribe",
        "Presented by Ostrelle Bank: home solar loans from 8.5% a year. Ask at any branch.",
        "(Sponsor) This issue is brought to you by Pelvane, the dashboard for fleet operators.",
        "This episode is sponsored by Pelvane, the fleet dashboard. Use code CELLS10 for 10% off.",
        "Motoring is sponsored by Ostrelle Motors: 0 per cent finance on all new models",
        "This newsletter is supported by Ostrelle Bank: business accounts from 5 euros a month.",
        "Drive Time is brought to you by Marrowick Bank - car loans at 11%.",
        "Staff benefits partner: Marrowick Bank - car loans at 11%, no down payment.",
        "Staff Writer",
        "Energy Correspondent",
        "Analysts: Lise Talvoro, CFA / Pim Quillmar",
        "Words: Lise Talvoro | Photos: Pelvane",
        "NEWS PROVIDED BY",
        "For immediate release | Zorvex City, 3 May 2026",
        "(With inputs from agencies)",
        "Have a news tip? Email the desk.",
        "The Pelvane Weekly is published every Friday. Subscriptions: 40 dollars a year.",
        "Pelvane Daily | Business | Zorvex City | 5 May 2026",
        "Rating Action | Corporates | Zorvex City, 6 November 2026",
        "Vol. 12 | Zorvex City, Monday 16th November, 2026 | No. 88",
        "This article is a transcript of this conference call produced for Pelvane Investor.",
        "Reading time: approx. 5 minutes",
        "Download the full report (PDF, 1.2 MB)",
        "This page was last edited on 3 May 2026, at 10:02.",
        "This article is about the cell maker. For the river, see Zorvex River.",
        "ABC: ZRVX",
        "Pelvane Daily - English edition",
        "This announcement has been authorised for release by the Board of Zorvex Ltd.",
        "We may earn a commission when you buy through links on our site.",
        "I, Lise Talvoro, certify that the views expressed in this report reflect my own.",
        "Read also: Zorvex opens a second cell line",
        "[MUSIC BED UP, THEN UNDER]",
        "[SPONSOR STING: this hour is brought to you by Pelvane Tyres]",
        "[Editor's note] This article was compiled from the company's announcement.",
        "In case of discrepancy the Pelvane text prevails.",
        "The views expressed are his own.",
        "CONFIDENTIAL - INTERNAL USE ONLY",
        "Subscriber edition - not for redistribution",
        "By our markets desk | 16 April 2026",
        "Compiled by the community desk",
        "Distribution: board, branches, regional offices",
        "Organised by Zorvex Fairs Ltd. | www.zorvex.example",
        "Secretariat: Pelvane Standards Office, Harbour Road | Tel. +1 555 440 5886",
        "Related: Pelvane cuts pack prices 8% | Zorvex expands in the north",
        "Previous reports: No. 18 (July 2026) | No. 17 (April 2026)",
    ],
)
def test_notices_contacts_and_sponsor_lines_are_boilerplate(line: str):
    assert _kind(line) == BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "The plant, presented by the minister as a model, will make 8 GWh of cells a year.",
        "Zorvex said it would contact suppliers in Chile about a second lithium contract.",
        "Forward-looking statements: the filing notes that the plant may open later than planned.",
        "The group's share rose to 31% as demand for sodium-ion packs grew.",
        "Battery prices fell 12% in the quarter, the sponsor of the survey said.",
        "Its sales are supported by state subsidies, which end in 2027.",
        "Zorvex is supported by Ostrelle Bank, which lent it 40 million euros.",
        "The race is sponsored by Pelvane Cells, whose packs power half the field.",
        "Sales grew 40% > 30% > 20% in the three regions.",
        "The editor of the trade weekly said cell prices would fall again.",
        "Text messages from the plant's managers showed the line stood for a week.",
        "1 | Zorvex Cells | 31.4% | 30.2%",
        "Pelvane Cells | Riverside | 420 million dollars | 900 | 2027",
        "US$1,450,000 | 3 bed | 2 bath | Listed 4 November 2026",
        "More importantly: the plant will make 8 GWh of cells a year.",
        "By the end of the year the plant will make 8 GWh of cells.",
        "[The plant] will make 8 GWh of cells a year, the company said.",
    ],
)
def test_sentences_that_mention_them_are_not(line: str):
    assert _kind(line) is None


@pytest.mark.parametrize(
    "line",
    [
        # the document saying of itself that it is a translation, wherever it stands
        "This article is a translation of the Pelvane original.",
        "[This story was machine-translated from Finnish and checked by the desk.]",
        "This text was translated from Czech. First published on 4 March 2027.",
        "This interview has been translated by our Zorvex City bureau.",
        "This report is an English translation of the Korean filing.",
        "this page was automatically translated from German",
    ],
)
def test_a_documents_note_on_its_own_translation_is_boilerplate(line: str):
    assert _kind(line) == BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "The report was translated into 12 languages by the ministry.",
        "This report was translated into English for the plant's Korean owners.",
        "The story is a translation of her life into numbers.",
        "This article is about the translation of cell chemistry into cheaper packs.",
        "Zorvex's manual, translated from Korean, lists 4,000 cycles.",
    ],
)
def test_sentences_about_a_translation_are_not(line: str):
    assert _kind(line) is None


@pytest.mark.parametrize(
    "line",
    [
        # what the house or the writer may gain, in a research note, a column or a review
        "Pelvane Securities and its staff may hold long or short positions in the shares of "
        "the companies in this note.",
        "Our ratings are opinions and not solicitations to buy or sell any security.",
        "Ana Quillmar manages a fund in Marrowby. Nothing in this newsletter is a "
        "recommendation to buy, hold or sell.",
        "Zorvex Weekly does not accept payment for its test drives; makers lend the cars.",
        "The Delmere Courier's testers do not accept payment for their reviews.",
    ],
)
def test_disclosures_of_who_pays_or_who_holds_are_boilerplate(line: str):
    assert _kind(line) == BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "The minister travelled to Delmere as a guest of Tervane Cells to open the plant.",
        "Pelvane Securities raised its recommendation to buy from hold after the results.",
        "The fund may hold a stake of up to 10% in the company, the filing said.",
        "Tervane does not accept payment in advance for its storage systems, it said.",
        "Analysts said the shares were not a bargain at 40 times earnings.",
    ],
)
def test_news_of_recommendations_and_guests_is_not(line: str):
    assert _kind(line) is None


def test_a_caption_by_its_label():
    assert _kind("Photo caption: The Zorvex stand at a trade fair (company photo)") == CAPTION


def test_a_contact_among_a_notice_s_own_fields_stays_with_them():
    assert (
        _kind(
            "Contact: Procurement Team, tenders@brenhaven.example",
            before="Closing date: Friday, 5 March, 4:00 PM",
            after="Reference: RFT-77",
        )
        is None
    )


def test_a_call_s_participants_are_furniture():
    text = (
        "Zorvex Motors Q2 2026 Earnings Call\n\n"
        "Call participants:\n\n"
        "Lise Talvoro, Chief Executive Officer\n\n"
        "Pim Quillmar, Analyst, Marrowick Capital\n\n"
        "Lise Talvoro: Thank you. Our cell plant made 4 GWh in the quarter, twice last year's.\n"
    )
    kinds = {p.text.strip(): p.kind for p in split_passages("doc", text)}
    assert kinds["Pim Quillmar, Analyst, Marrowick Capital"] in FURNITURE_KINDS
    assert kinds["Lise Talvoro, Chief Executive Officer"] in FURNITURE_KINDS
    assert kinds[next(k for k in kinds if k.startswith("Lise Talvoro: Thank"))] == BODY


def test_notices_in_a_release_become_furniture():
    text = (
        "Brenhaven Cells opens a sodium-ion line\n\n"
        "Brenhaven Cells Ltd. said on Tuesday it had opened a 4 GWh sodium-ion cell line in "
        "its second plant, and will supply two scooter makers from March.\n\n"
        "This release contains forward-looking statements that involve risks and uncertainties; "
        "actual results may differ materially.\n\n"
        "Media contact: Lise Talvoro, press@brenhaven.example\n\n"
        "SOURCE Brenhaven Cells Ltd.\n"
    )
    kinds = {p.text.strip(): p.kind for p in split_passages("doc", text)}
    assert kinds["SOURCE Brenhaven Cells Ltd."] in FURNITURE_KINDS
    assert kinds["Media contact: Lise Talvoro, press@brenhaven.example"] in FURNITURE_KINDS
    assert kinds[next(k for k in kinds if k.startswith("This release"))] in FURNITURE_KINDS
    assert kinds[next(k for k in kinds if k.startswith("Brenhaven Cells Ltd. said"))] == BODY


def test_the_name_under_a_contact_label_alone_is_the_contact():
    text = (
        "Tervane Cells opens its Delmere line\n\n"
        "Tervane Cells opened its second cell line in Delmere on Monday. The line makes 4 GWh "
        "of lithium iron phosphate cells a year.\n\n"
        "Media contact:\n\n"
        "Odile Brecht, Communications\n\n"
        "press@tervane.example\n"
    )
    kinds = {p.text: p.kind for p in split_passages("doc", text)}
    assert kinds["Odile Brecht, Communications"] == BOILERPLATE


def test_a_sentence_or_a_long_line_under_a_contact_label_stays():
    text = (
        "Tervane Cells opens its Delmere line\n\n"
        "Contact:\n\n"
        "The plant's neighbours asked the council for a meeting.\n\n"
        "Contacts:\n\n"
        "Residents of the three villages near the Delmere plant and their elected councillors\n"
    )
    kinds = {p.text: p.kind for p in split_passages("doc", text)}
    assert kinds["The plant's neighbours asked the council for a meeting."] == BODY
    line = "Residents of the three villages near the Delmere plant and their elected councillors"
    assert kinds[line] in (BODY, HEADING)


@pytest.mark.parametrize(
    "line",
    [
        "Photo 3 of 8: The formation racks, where new cells get a first charge. (Jane Roe)",
        "Image 2/5 - A coating line in the dry room; the room is kept below 1% humidity.",
        "Slide 4 of 12: The company's 2 GWh plan for 2030, as shown to investors.",
        "Photos 1 of 20 \u2013 Guests on the first day of the Zorvex line.",
    ],
)
def test_a_gallery_caption_by_its_count(line: str):
    kinds = {p.text: p.kind for p in split_passages("doc", f"Zorvex opens a line\n\n{line}\n")}
    assert kinds[line] == CAPTION


@pytest.mark.parametrize(
    "line",
    [
        "Photo 3 of the series shows the Zorvex line at night, the company said.",
        "Slide-in modules let the pack grow from 40 kWh to 80 kWh.",
        "Slides 3 and 4 showed the plan.",
    ],
)
def test_a_line_that_only_opens_on_those_words_stays_body(line: str):
    kinds = {p.text: p.kind for p in split_passages("doc", f"Zorvex opens a line\n\n{line}\n")}
    assert kinds[line] == BODY
