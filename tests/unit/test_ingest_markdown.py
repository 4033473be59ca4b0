"""Markdown articles: headings stay headings, lists and links read as text, front matter is metadata."""

from __future__ import annotations

import json

import pytest

from evkb.cli import main
from evkb.kb.extract import split_passages
from evkb.kb.ingest import read_document
from evkb.model import BODY, HEADING

ARTICLE = """\
---
title: "Sodium-ion cells reach the depot"
author: Lena Fischer
site_name: Fleet Weekly
url: https://fleet.example/sodium-depot
date: 2025-05-09
tags: [batteries, vans]
---

# Sodium-ion cells reach the depot

Our **fleet** added 12 vans with [sodium-ion packs](https://example.org/packs) in *March*.
Each pack stores 60 kWh.

## Range in winter

The vans lost about 20% of their range in January:

- 250 km on paper
- 190 km in the cold
  1. with the heater on
- 140 km needed for the longest route

> "We will add 8 more in 2026," the depot manager said.

![A van at a charger](van.jpg)

<script>alert("$9 billion")</script>

| Month | Range |
| --- | --- |
| May | 245 km |
"""


def test_markdown_reads_as_its_text():
    document = read_document("depot.md", ARTICLE.encode())
    assert document.format == "markdown"
    assert document.metadata == {
        "title": "Sodium-ion cells reach the depot",
        "author": "Lena Fischer",
        "publisher": "Fleet Weekly",
        "url": "https://fleet.example/sodium-depot",
        "published": "2025-05-09",
    }
    assert document.text.split("\n\n") == [
        "Our fleet added 12 vans with sodium-ion packs in March. Each pack stores 60 kWh.",
        "## Range in winter",
        "The vans lost about 20% of their range in January:",
        "- 250 km on paper",
        "- 190 km in the cold",
        "1. with the heater on",
        "- 140 km needed for the longest route",
        "\u201cWe will add 8 more in 2026,\u201d the depot manager said.".replace(
            "\u201c", '"'
        ).replace("\u201d", '"'),
        "Month | Range",
        "May | 245 km\n",
    ]
    assert document.original == ARTICLE.encode() and document.original_suffix == ".md"


def test_markdown_headings_become_heading_passages():
    text = read_document("depot.md", ARTICLE.encode()).text
    kinds = {p.text: p.kind for p in split_passages("depot", text)}
    assert kinds["Range in winter"] == HEADING
    assert kinds["- 250 km on paper"] == BODY
    assert (
        kinds["Our fleet added 12 vans with sodium-ion packs in March. Each pack stores 60 kWh."]
        == BODY
    )


def test_a_heading_keeps_its_level_and_a_title_in_front_matter_is_not_repeated():
    text = (
        "---\ntitle: Packs get cheaper\n---\n\n# Packs get cheaper\n\n"
        "Pack prices fell 12% in 2025, the survey found.\n\n"
        "### Where the cheapest packs are made and who buys them from the makers\n\n"
        "Most of them come from two plants.\n"
    )
    document = read_document("x.md", text.encode())
    assert document.text.split("\n\n")[1] == (
        "### Where the cheapest packs are made and who buys them from the makers"
    )
    kinds = [p.kind for p in split_passages("x", document.text)]
    assert kinds == [BODY, HEADING, BODY]


def test_an_opening_title_is_the_title_without_front_matter():
    document = read_document(
        "x.md", b"# Packs get cheaper\n\nPack prices fell 12% in 2025, the survey found.\n"
    )
    assert document.metadata == {"title": "Packs get cheaper"}
    assert document.text == "Pack prices fell 12% in 2025, the survey found.\n"


@pytest.mark.parametrize("data", [b"", b"---\ntitle: Only a title\n---\n", b"# \n"])
def test_an_empty_markdown_file_is_refused(data):
    with pytest.raises(ValueError, match="empty"):
        read_document("x.md", data)


def test_add_a_markdown_file(tmp_path, capsys):
    kb = tmp_path / "kb"
    (kb / "sources").mkdir(parents=True)
    (kb / "curated").mkdir()
    path = tmp_path / "Depot Notes.md"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["add", "--kb", str(kb), str(path)]) == 0
    assert (kb / "sources" / "originals" / "depot-notes.md").read_text(encoding="utf-8") == ARTICLE
    assert main(["export", "--kb", str(kb)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sources"][0]["title"] == "Sodium-ion cells reach the depot"
    assert data["sources"][0]["published"] == "2025-05-09"
    units = {q["unit"] for c in data["claims"] for q in c["quantities"]}
    assert {"kWh", "km"} <= units  # 60 kWh: a pack's energy, in kWh as written
    assert not any("9 billion" in c["text"] for c in data["claims"])
