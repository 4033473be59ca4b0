"""A message's sender among its header fields is furniture: "From:" with an address, or beside
"To:", "Date:" or "Subject:". A line opening on "From:" with neither (a reader's letter
signed so, a quoted source) stays the article's own."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.model import FURNITURE_KINDS

TEXT = (
    "Tervane Cells will add a second line at its Delmere plant, with 4 GWh of capacity by 2028 "
    "and 300 jobs, the company said."
)


SECOND = "Its first line makes 2 GWh of cells a year for two bus makers in the region."


def _kinds(head: str) -> dict[str, str]:
    text = f"{head}\n\n{TEXT}\n\n{SECOND}\n"
    return {p.text: p.kind for p in split_passages("doc", text)}


@pytest.mark.parametrize(
    "head, sender",
    [
        (
            "From: Kelvale Cell Weekly <news@kelvale.example>\n"
            "Subject: Battery week: a Delmere line, a bus pack",
            "From: Kelvale Cell Weekly <news@kelvale.example>",
        ),
        (
            "To: Head of Purchasing\nFrom: Cell Sourcing Team, Tervane Cells\nDate: 3 May 2026\n"
            "Subject: Review of cell supply and approval of the Delmere line",
            "From: Cell Sourcing Team, Tervane Cells",
        ),
        # forms no corpus has: the address bare, the sender over its subject, a "Sent:" field
        ("From: Delmere desk, desk@delmere.example", None),
        (
            "From: Ostvald Purchasing\nSubject: Cells for the bus line",
            "From: Ostvald Purchasing",
        ),
        ("Sent: Monday 4 May 2026 09:12\nFrom: Quillmere Office", "From: Quillmere Office"),
    ],
)
def test_a_sender_among_header_fields_is_furniture(head: str, sender: str | None):
    sender = sender or head
    assert _kinds(head)[sender] in FURNITURE_KINDS
    assert _kinds(head)[TEXT] not in FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    [
        "From: a reader in Delmere",
        "From: Tervane's annual report, page 12.",
        "From Kelvale to Delmere, the line runs 40 km",
    ],
)
def test_a_from_line_without_header_fields_stays(line: str):
    assert _kinds(f"Tervane adds a line\n\n{line}")[line] not in FURNITURE_KINDS


# -- an email's subject line --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "subject"),
    [
        (
            "From: Kelvale Cell Weekly <news@kelvale.example>\n"
            "Subject: Battery week: a Delmere line, a bus pack",
            "Subject: Battery week: a Delmere line, a bus pack",
        ),
        # forms no corpus has: the subject over the sender, a date between, the address bare
        (
            "Subject: Orlan storage league, a Harnby bus pack\n"
            "Date: Tue, 1 Dec 2026 06:30 +0100\n"
            "From: Orlan Grid Letter, letter@orlan.example",
            "Subject: Orlan storage league, a Harnby bus pack",
        ),
        (
            "To: readers@kelvale.example\n"
            "From: Kelvale desk <desk@kelvale.example>\n"
            "Subject: 4 GWh more at Delmere: what it means for buses.",
            "Subject: 4 GWh more at Delmere: what it means for buses.",
        ),
    ],
)
def test_an_emails_subject_beside_a_sender_with_an_address_is_furniture(head: str, subject: str):
    assert _kinds(head)[subject] in FURNITURE_KINDS


@pytest.mark.parametrize(
    "head",
    [
        # a memo's subject is its title: the sender is a department, no address
        "To: Head of Purchasing\nFrom: Cell Sourcing Team, Tervane Cells\nDate: 3 May 2026\n"
        "Subject: Review of cell supply and approval of the Delmere line",
        # a subject with no sender near it
        "Subject: Review of cell supply and approval of the Delmere line",
    ],
)
def test_a_subject_without_a_mail_sender_stays(head: str):
    subject = head.splitlines()[-1]
    assert _kinds(head)[subject] not in FURNITURE_KINDS
