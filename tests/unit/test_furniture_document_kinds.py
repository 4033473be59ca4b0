"""The document's kind alone on a line at its head ("PRESS RELEASE", "Media release", a
numbered "POLICY BRIEF No. 41/2026") is furniture whatever lies under it, the headline too; a
kind in a heading further down, in a sentence, or a publication's name stays."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.extract.furniture_letterheads import document_kinds
from evkb.model import BODY, FURNITURE_KINDS, HEADING

HEADLINE = "Tarnvik Storage to build 2 GWh cell line at Yarrowby"
PARAGRAPH = (
    "Tarnvik Storage said on Tuesday it would build a 2 GWh cell line at Yarrowby, its "
    "second, and hire 300 people there by 2028. Construction starts in the spring."
)


def _kinds(*head: str) -> dict[str, str]:
    text = "\n\n".join([*head, HEADLINE, PARAGRAPH, "The line will make LFP cells."]) + "\n"
    return {p.text: p.kind for p in split_passages("doc", text)}


@pytest.mark.parametrize(
    "head",
    [
        ("MEDIA RELEASE",),
        ("JOINT STATEMENT",),
        ("Press release",),
        ("Media advisory No. 12/2027",),
        ("Tarnvik Storage AB", "STOCK EXCHANGE ANNOUNCEMENT"),
        ("MEMBERS' CIRCULAR No. 3 of 2027",),
        ("INVESTOR NOTICE No. 88",),
    ],
)
def test_the_documents_kind_at_its_head_is_furniture(head: tuple[str, ...]):
    kinds = _kinds(*head)
    assert kinds[head[-1]] in FURNITURE_KINDS
    assert kinds[HEADLINE] not in FURNITURE_KINDS
    assert kinds[PARAGRAPH] == BODY


@pytest.mark.parametrize(
    "line",
    [
        "THE YARROWBY BRIEF",  # a publication's name: a brief, a bulletin only with its number
        "PUBLIC NOTICE",
        "Chairman's statement",  # a statement's title, not in capitals
        "RELEASE DATES FOR THE NEW CELLS",
        "Press release issued by the council on Monday.",
    ],
)
def test_a_title_or_a_sentence_is_no_kind(line: str):
    assert not document_kinds([line, HEADLINE, PARAGRAPH], [HEADING, HEADING, BODY])


def test_a_kind_below_the_first_paragraph_is_the_articles_own():
    lines = [HEADLINE, PARAGRAPH, "PRESS RELEASE", "The line will make LFP cells."]
    assert not document_kinds(lines, [HEADING, BODY, HEADING, BODY])
    assert document_kinds(lines[2:], [HEADING, BODY]) == {0}
