"""A link to a file, named by its format ("Download datasheet (PDF, 1.2 MB)"), alone on its
line or among a bar's parts, is the page's control; a sentence that mentions a download stays
the article's."""

from __future__ import annotations

import pytest

from evkb.kb.extract.furniture_forms import form_kind
from evkb.model import BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Download datasheet (PDF, 1.2 MB)",
        "Download the annual figures (XLSX)",
        "download the PDF (3,4 Mo)",
        "Download CSV",
        "Results | Download the tables (CSV, 40 kB) | Contact",
        "Replay for 30 days | Download the slides (PPTX, 9 MB)",
        "DOWNLOAD THE FACT SHEET (PDF)",
    ],
)
def test_a_link_to_a_file_is_furniture(line: str):
    assert form_kind(line) == BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Customers can download the full report (PDF) from the website.",
        "Download the data (CSV) to check the 12% share.",
        "Download speeds on the Yarrowby network reached 300 Mbit/s (median)",
        "Download times fell by half after the upgrade",
        "Pack downloads | Firmware 2.1 | Tarnvik Lume owners",
    ],
)
def test_a_sentence_or_a_heading_about_downloads_is_not(line: str):
    assert form_kind(line) is None
