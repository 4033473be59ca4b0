"""Page furniture in any form never becomes a claim, a figure or a candidate; the body stays body.

The corpus under `tests/fixtures/furniture/` holds articles in several outlets' styles, each
with a truth file naming its furniture lines; `tests/bench/bench_furniture.py` measures them.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

from evkb.cli import main
from evkb.kb.extract import split_passages
from evkb.kb.extract.furniture import find_furniture
from evkb.kb.extract.furniture_forms import form_kind
from evkb.kb.extract.relatedness import coherence, relatedness, vocabulary
from evkb.model import (
    BODY,
    BOILERPLATE,
    CAPTION,
    CLAIM_KINDS,
    COMMENT,
    FURNITURE_KINDS,
    HEADING,
    UNRELATED,
    KnowledgeBase,
    Passage,
)

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fixtures" / "furniture"


def _bench():
    spec = importlib.util.spec_from_file_location(
        "bench_furniture", ROOT / "tests" / "bench" / "bench_furniture.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def figures():
    return _bench().measure_corpus(CORPUS)


def test_the_corpus_has_the_forms_and_negatives_it_promises(figures):
    with_furniture = [f for f in figures if f.furniture]
    negatives = [f for f in figures if not f.furniture]
    assert sum(len(f.forms) for f in with_furniture) >= 15
    assert len(negatives) >= 5


def test_every_furniture_line_is_caught(figures):
    missed = {f.article: f.missed for f in figures if f.missed}
    assert missed == {}
    print(
        "\nfurniture lines caught:",
        sum(f.caught for f in figures),
        "of",
        sum(f.furniture for f in figures),
    )


def test_no_body_passage_is_dropped_and_no_figure_lost(figures):
    dropped = {f.article: f.dropped for f in figures if f.dropped}
    assert dropped == {}
    assert sum(f.figures_lost for f in figures) == 0
    assert sum(f.body_figures for f in figures) > 100  # the negatives carry many figures


def test_nothing_from_furniture_is_a_claim_a_name_or_a_candidate(figures):
    assert {f.article: f.furniture_claims for f in figures if f.furniture_claims} == {}
    assert {f.article: f.furniture_names for f in figures if f.furniture_names} == {}
    assert {f.article: f.furniture_candidates for f in figures if f.furniture_candidates} == {}


def kinds_of(name: str) -> dict[str, str]:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    return {p.text: p.kind for p in split_passages(name, text)}


def test_each_form_gets_the_kind_that_says_what_it_is():
    kinds = kinds_of("comments-with-header")
    assert kinds["Anna Pritchard 2 hours ago"] == COMMENT
    assert (
        kinds["310 km is fine for 95% of my driving. The real issue is public chargers."] == COMMENT
    )
    kinds = kinds_of("sentence-case-tail")
    assert kinds["Harrowgate Biscuits agrees $210 million sale of its snack brand"] == UNRELATED
    assert kinds["By Priya Raman"] == BOILERPLATE
    kinds = kinds_of("sponsor-and-credits")
    assert kinds["Image credit: Pellion Energy"] == CAPTION
    assert kinds["Sponsored by Voltra Charging"] == BOILERPLATE
    kinds = kinds_of("link-lists")
    assert kinds["→ Pipeline operator settles spill lawsuit for $45 million"] == UNRELATED


@pytest.mark.parametrize(
    "line",
    [
        "Supported by government subsidies, the company will build a second plant in Ohio by 2027.",
        "Source of the funds remains unclear, analysts said.",
        "By 2030 the plant will make 40 GWh of cells a year.",
        "In partnership with two carmakers, the start-up will test its cells in 2026.",
        "Panasonic could sign up more customers for its new cells next year.",
        "Solid-State Batteries Today",
        "Shares Up 4.50 Percent After Battery Deal",
        "Toyota Unveils Battery on 3 March 2026 in Nagoya and Tokyo Plant Visit",
        "Range: 480 km (WLTP)",
        "2027/2028 roadmap",
        "Toyota/Panasonic Joint Venture Expands",
        "Sales by region 2024/2025",
        "Price per kWh/year",
        "By the numbers",
        "Next-generation cells arrive in 2027",
        "Reporting season starts with a loss",
        '"We will be making cells here by 2027," said Jane Smith, chief executive.',
        "Its subsidiary will subscribe for a 40% stake in the cell maker for S$180 million.",
        "Existing shareholders may subscribe to the rights issue until 30 May.",
    ],
)
def test_article_sentences_that_look_a_little_like_furniture_are_not(line):
    assert form_kind(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Photograph: Jonas Weber/Reuters", CAPTION),
        ("STR/AFP via Getty Images", CAPTION),
        ("Workers assemble modules in Sunderland. Photograph: Owen Humphreys/PA", CAPTION),
        ("Listen to this article", BOILERPLATE),
        ("MNTC (NYSE) $38.42 \u25b2 2.31 (6.40%)", BOILERPLATE),
        ("\u2190 Previous post: Why I stopped worrying about cobalt", BOILERPLATE),
        ("(Reporting by Min-ji Seo in Seoul; Editing by Louise Hart)", BOILERPLATE),
        ("FRANKFURT | 22.05.2025 | Reading time: 4 minutes", BOILERPLATE),
        ("Jasper Holloway Industry editor", BOILERPLATE),
        ("Scan the QR code to follow us on WeChat", BOILERPLATE),
        ("Share this article", BOILERPLATE),
        ("Facebook | X | WhatsApp | Copy link", BOILERPLATE),
        ("Paid content", BOILERPLATE),
        ("Jane Holt, Motoring Correspondent", BOILERPLATE),
        ("Mar 3, 2025 10:14 am EST", BOILERPLATE),
        ("Sign up for the Battery Brief, our weekly look at the EV supply chain.", BOILERPLATE),
        ("Editor's picks", BOILERPLATE),
        ("Subscribe for free to get the weekly battery briefing.", BOILERPLATE),
        ("Subscribe to our newsletter for the latest on cell supply.", BOILERPLATE),
    ],
)
def test_furniture_lines_told_by_their_form(line, kind):
    assert form_kind(line) == kind


def test_relatedness_measures_shared_words_names_and_figures():
    body = vocabulary(
        ["Corvane Energy will build a 20 GWh battery plant in Ohio that opens in 2027."]
    )
    assert relatedness("Corvane battery plant opens in 2027", body) == 1.0
    assert (
        relatedness("Harrowgate Biscuits agrees $210 million sale of its snack brand", body) == 0.0
    )
    assert coherence(["Plant in Ohio: 20 GWh", "Plant in Georgia: 12 GWh"]) > 0.5
    assert coherence(["Oil prices slip", "Teachers vote to strike"]) == 0.0


def test_a_list_in_the_middle_needs_the_body_around_it():
    lines = [
        "Cell maker Ardent said on Monday it would build a 10 GWh plant in Texas by 2027, costing $1.2 billion.",
        "The plant will make lithium iron phosphate cells for storage and employ 900 people.",
        "Bakery chain to close 40 stores in the north",
        "Film studio reports record box office weekend",
        "City council approves new cycle lanes",
        "Ardent said the Texas plant would be its third, after two sites in Arizona.",
    ]
    kinds = [BODY] * 2 + [HEADING] * 3 + [BODY]
    assert find_furniture(lines, kinds) == {2: UNRELATED, 3: UNRELATED, 4: UNRELATED}
    # The same three lines as an article's whole text: nothing to measure them against.
    assert find_furniture(lines[2:5], [HEADING] * 3) == {}


def test_a_short_article_made_mostly_of_its_own_list_stays_body():
    # One sentence, then a list longer than everything else: the list is the article.
    lines = [
        "Our fleet added 12 vans with sodium-ion packs in March.",
        "Range in winter",
        "The vans lost about 20% of their range in January:",
        "- 250 km on paper",
        "- 190 km in the cold",
        "1. with the heater on",
        "- 140 km needed for the longest route",
        '"We will add 8 more in 2026," the depot manager said.',
        "Month | Range",
        "May | 245 km",
    ]
    kinds = [BODY, HEADING] + [BODY] * 6 + [HEADING] * 2
    assert find_furniture(lines, kinds) == {}


def test_a_table_written_as_text_stays_the_articles_own():
    text = (
        "Cell maker Velmora introduced three cell formats on Tuesday for its 2026 models.\n\n"
        "The formats will enter mass production in 2026 at its plants in Korea and Hungary.\n\n"
        "| Format | Chemistry | Energy density | Cycle life |\n\n"
        "| V46 cylindrical | NCM | 290 Wh/kg | 1,500 cycles |\n\n"
        "| V-Prism | LFP | 190 Wh/kg | 4,000 cycles |\n\n"
        "| V-Pouch | NCMA | 300 Wh/kg | 1,200 cycles |\n\n"
        "Velmora said carmakers had asked for a choice of chemistries.\n"
    )
    kinds = [p.kind for p in split_passages("t", text)]
    assert kinds == [BODY] * 7


def test_a_short_question_alone_on_its_line_is_a_subheading_and_others_are_prose():
    text = (
        "Marlin Batteries will supply 12 GWh a year from a plant in Ohio, it said on Monday.\n\n"
        "Who makes the cells?\n\n"
        "Marlin makes them. Why does it matter? Because the pack decides the range.\n\n"
        "What would you pay for 500 km of range, and would you wait two years for it?\n"
    )
    kinds = [p.kind for p in split_passages("q", text)]
    assert kinds == [BODY, HEADING, BODY, BODY]  # a long question closing the text is prose


def test_built_furniture_is_searchable_with_all_and_exported_with_its_kind(tmp_path, capsys):
    folder = tmp_path / "kb"
    (folder / "sources").mkdir(parents=True)
    (folder / "curated").mkdir()
    for name in ("comments-with-header", "sentence-case-tail"):
        shutil.copy2(CORPUS / f"{name}.txt", folder / "sources" / f"{name}.txt")
    assert main(["build", "--kb", str(folder)]) == 0
    capsys.readouterr()
    assert main(["export", "--kb", str(folder)]) == 0
    data = json.loads(capsys.readouterr().out)
    kinds = {p["id"]: p["kind"] for p in data["passages"]}
    assert Counter(kinds.values())[COMMENT] == 9
    assert all(kinds[c["passage"]] in CLAIM_KINDS for c in data["claims"])
    figures = {q["text"] for c in data["claims"] for q in c["quantities"]}
    assert "$2.4 billion" in figures and "$210 million" not in figures and "£25,500" not in figures

    assert main(["search", "--kb", str(folder), "--json", "public chargers"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert all(hit["kind"] not in FURNITURE_KINDS for hit in plain)
    assert main(["search", "--kb", str(folder), "--json", "--all", "public chargers"]) == 0
    every = json.loads(capsys.readouterr().out)
    assert any(hit["kind"] == COMMENT and "public chargers" in hit["text"] for hit in every)


def test_every_furniture_kind_is_shown_dimmed_in_the_sources_pane():
    from evkb.tui.widgets.passages import passage_content

    for kind in FURNITURE_KINDS:
        passage = Passage(f"a:{kind}", "a", 0, kind, 0, 12, "Reply · 3 likes", "")
        content = passage_content(KnowledgeBase(), passage, None)
        assert [str(s.style) for s in content.spans] == ["$text-muted"], kind


def test_a_ranked_list_of_names_and_percents_is_the_articles_own():
    # No "market share" in the prose, only a ranking: the list is still the article's figures,
    # not a list of other stories.
    text = (
        "Cell makers ranked\nBy Jane Roe\n\n"
        "Korean cell makers lost ground last year, according to Volta Metrics.\n\n"
        "No. 1 Tianlu Power, 36.1%\nNo. 2 Hanbit Energy, 14.2%\nNo. 3 Qiantang Cell, 9.8%\n\n"
        "The rest was split among smaller makers, the ranking shows.\n"
    )
    kinds = [p.kind for p in split_passages("doc", text) if "%" in p.text]
    assert kinds == ["body", "body", "body"]
