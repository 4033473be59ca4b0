"""Tables written as text: the reader's cells and offsets, and a table as the article's own body.

The furniture corpus's `table-*` articles list their tables in their truth files (`[[table]]`:
caption, header, number of rows, first row); the reader must read each whole.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import tomli

from evkb.kb.extract import NameMatcher, find_candidates, read_text, split_passages
from evkb.kb.extract.furniture import find_furniture
from evkb.kb.extract.tables import (
    INLINE,
    LABELLED,
    PIPES,
    SPACES,
    STACKED,
    find_tables,
    read_row,
    read_tables,
)
from evkb.model import BODY, BOILERPLATE, CLAIM_KINDS, HEADING, UNRELATED

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "furniture"
ARTICLES = sorted(CORPUS.glob("table-*.txt"))


def _text(path: Path) -> str:
    return read_text(path.read_bytes())[0]


def _summary(table) -> dict:
    return {
        "caption": table.caption.text if table.caption else "",
        "header": [c.text for c in table.header],
        "rows": len(table.rows),
        "first": [c.text for c in table.rows[0]],
    }


def test_the_corpus_has_six_table_articles_or_more():
    assert len(ARTICLES) >= 6


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_each_table_is_read_whole_with_cells_at_their_offsets(article):
    truth = tomli.loads(article.with_suffix(".toml").read_text(encoding="utf-8"))
    text = _text(article)
    tables = find_tables(text)
    assert [_summary(t) for t in tables] == truth["table"]
    for table in tables:
        cells = [c for row in table.rows for c in row] + list(table.header)
        cells += [table.caption] if table.caption else []
        assert all(text[c.start : c.end] == c.text for c in cells)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_table_rows_are_body_passages_read_alike_from_passages(article):
    text = _text(article)
    passages = split_passages(article.stem, text)
    tables = read_tables([p.text for p in passages], [p.start for p in passages])
    assert [_summary(t) for t in tables] == [_summary(t) for t in find_tables(text)]
    for table in tables:
        kinds = {passages[i].kind for i in table.row_lines}
        assert kinds <= {BODY, HEADING}
        assert all(passages[i].kind == BODY for i in table.row_lines[1 if table.header else 0 :])


def test_the_forms_of_a_row():
    assert read_row("| Arcturo | Polar | 450 Wh/kg |") is not None
    assert read_row("|---|:---:|---|") == (PIPES, ())
    form, cells = read_row("1      Korvane Energy       37.4    38.1")
    assert form == SPACES and [c.text for c in cells] == ["1", "Korvane Energy", "37.4", "38.1"]
    form, cells = read_row("3. Quorra Cells 14.6% 15.2%", start=100)
    assert form == LABELLED and [c.text for c in cells] == ["3", "Quorra Cells", "14.6%", "15.2%"]
    assert (cells[1].start, cells[1].end) == (103, 115)
    for line in ("Tovin Power ---------- 18.7%", "Arden Cells .......... 41.2%", "Others: 5.6%"):
        form, cells = read_row(line)
        assert form == LABELLED and len(cells) == 2 and cells[1].is_figure
    # Prose, headlines of other stories and a ticker are not rows.
    for line in (
        "Sales rose 12% in March, the company said.",
        "1. Oil majors cut 2,000 jobs as profits fall 31%",
        "3. Retail sales up 0.4% in February",
        "NVRX (NASDAQ) $41.20 \u25b2 1.15 (2.87%)",
        "He said so.  Then the market fell by 5% in a week.",
    ):
        assert read_row(line) is None, line


def test_inline_rows_and_a_stated_unit():
    text = "Imports by origin in 2025: Korea 41 per cent; China 36 per cent; Japan 14 per cent."
    (table,) = find_tables(text)
    assert table.form == INLINE and table.caption.text == "Imports by origin in 2025"
    assert [[c.text for c in row] for row in table.rows][-1] == ["Japan", "14 per cent"]
    assert find_tables("He came; he saw; he left.") == []
    for text in ("A: 37.4%; B: 15.8%; C: 13.6%", "In 2025: A 37.4% / B 15.8% / C 13.6%"):
        (table,) = find_tables(text)
        assert [[c.text for c in row] for row in table.rows][1] == ["B", "15.8%"]
    (table,) = find_tables("Rank  Maker  Share (%)\n1  Arden  41.2\n2  Morrow  23.1\n")
    assert table.unit(2) == "%" and table.labelled(table.rows[0])[2][0] == "Share (%)"


def test_a_list_of_other_stories_with_figures_is_no_table():
    lines = [
        "Top stories",
        "1. Oil majors cut 2,000 jobs as profits fall 31%",
        "2. Shipping rates jump 12% on canal closure",
        "3. Retail sales up 0.4% in February",
    ]
    assert read_tables(lines) == []


def test_a_table_about_other_things_stays_furniture_and_the_articles_own_stays_body():
    article = [
        "Korvane Energy has opened its third European cell plant, with 40 GWh a year.",
        "The plant will supply two German carmakers and employ 2,300 people from 2027.",
        "Korvane said it had invested 7.3bn euros in the site, its largest so far.",
    ]
    markets = [
        "FTSE 100       7,612.3    +0.4%",
        "Dow Jones      38,120.5   -0.2%",
        "Brent crude    $81.20     +1.1%",
        "Gold           $2,310     -0.3%",
    ]
    changed = find_furniture(article + markets, [BODY] * 3 + [HEADING] * 4)
    assert {changed.get(i) for i in range(3, 7)} == {UNRELATED}
    own = [
        "Korvane Energy       41.2%    40.1%",
        "Halden Cells         23.1%    22.0%",
        "Ostra Power          18.7%    19.5%",
    ]
    article[1] += " Halden Cells and Ostra Power lost ground to Korvane Energy."
    changed = find_furniture(article + own, [BODY] * 3 + [HEADING] * 3)
    assert all(changed.get(i) == BODY for i in range(3, 6))


def test_rows_of_a_table_are_not_joined_as_hard_wrapped_prose():
    text = (
        "Pack sizes by chemistry:\n\n"
        "sodium-ion  42 kWh  160 Wh/kg\n"
        "lithium iron phosphate  55 kWh  175 Wh/kg\n"
        "nickel manganese cobalt  98 kWh  265 Wh/kg\n\n"
        "The maker said prices would fall and\nsales would rise.\n"
    )
    passages = split_passages("w", text)
    assert [p.text for p in passages][1:4] == text.split("\n")[2:5]
    assert passages[-1].text == "The maker said prices would fall and\nsales would rise."
    assert all(p.kind in CLAIM_KINDS for p in passages)


def test_a_candidate_name_never_spans_two_cells():
    passages = split_passages("c", _text(CORPUS / "table-aligned-ranking.txt"))
    passages = [replace(p, kind=BODY) for p in passages]  # a header row read as body too
    names = {c.name for c in find_candidates("c", passages, NameMatcher({}))}
    assert "Korvane Energy" in names
    assert not any("  " in name or "Rank" in name for name in names)


def test_forms_of_converted_pages_bullets_dashes_and_a_narrower_header():
    rows = {
        "Company | Share\nKorvane Energy | 37.4%\nHalden Cells | 17.2%\n": PIPES,
        "- Korvane Energy: 37.4%\n- Halden Cells: 17.2%\n": LABELLED,
        "Korvane Energy \u2013 37.4%\nHalden Cells \u2013 17.2%\n": LABELLED,
        "1st Korvane Energy 37.4%\n2nd Halden Cells 17.2%\n": LABELLED,
    }
    for text, form in rows.items():
        (table,) = find_tables(text)
        assert table.form == form
        assert [c.text for c in table.rows[1]][-2:] == ["Halden Cells", "17.2%"]
    assert find_tables("By Mirela Voss | 14 February 2026 | 5 min read\n") == []
    (table,) = find_tables(
        "Company         2025 (%)   2024 (%)\n"
        "1   Korvane Energy    37.4    38.1\n"
        "2   Halden Cells      17.2    15.9\n"
    )
    row = table.rows[0]
    assert [name for name, _cell in table.labelled(row)] == ["", "Company", "2025 (%)", "2024 (%)"]
    assert table.unit(2, len(row)) == "%"


def test_a_ranking_of_ten_is_the_articles_own_when_its_text_names_three():
    article = [
        "Arden kept first place in the pickup battery market last year, said Crestline.",
        "Morrow and Tovin gained ground after new plants opened in Georgia.",
        "Crestline counts battery capacity registered in pickups sold in the United States.",
    ]
    names = "Arden|Morrow|Tovin|Kasai|Lumvolt|Pardo|Quill|Rask|Sorel|Tamsin"
    ranking = [f"{i}. {name} {30 - 2 * i}.{i}%" for i, name in enumerate(names.split("|"), 1)]
    changed = find_furniture(article + ranking, [BODY] * 3 + [HEADING] * 10)
    assert all(changed.get(i) == BODY for i in range(3, 13))
    others = [f"{i}. {name} {30 - 2 * i}.{i}%" for i, name in enumerate("Ux|Vy|Wz|Xq".split("|"))]
    changed = find_furniture(article + others, [BODY] * 3 + [HEADING] * 4)
    assert all(changed.get(i) != BODY for i in range(3, 7))


def test_rows_under_a_label_of_other_stories_stay_furniture_even_naming_the_articles_names():
    article = [
        "Korvane Energy cut cell prices for carmakers in Europe, it said on Monday.",
        "Halden Cells said it would match the cut, and Ostra Power declined to comment.",
        "Analysts expect the price war to squeeze margins across the industry this year.",
    ]
    most_read = ["Most read", "Korvane shares rise 4%", "Halden Cells profit falls 12%"]
    kinds = [BODY] * 3 + [BOILERPLATE, HEADING, HEADING]
    changed = find_furniture(article + most_read, kinds)
    assert changed.get(4) == UNRELATED and changed.get(5) == UNRELATED


def test_a_table_pasted_one_cell_a_line():
    text = "Maker\n2025\n2024\nSunmere\n24.6%\n19.9%\nTallis\n21.3%\n25.2%\nBrava\n14.8%\n13.1%\n"
    (table,) = find_tables(text)
    assert table.form == STACKED and [c.text for c in table.header] == ["Maker", "2025", "2024"]
    assert [[c.text for c in row] for row in table.rows][2] == ["Brava", "14.8%", "13.1%"]
    assert all(text[c.start : c.end] == c.text for row in table.rows for c in row)
    # A heading above one figure, twice, is no table; nor a key-figures list of two.
    assert find_tables("Range\n480 km\nCharging\n22 min\n") == []


def test_a_percentage_written_with_a_space_is_a_figure_and_its_table_is_body():
    lines = [
        "Brannow Energie has doubled its share of home storage since 2024.",
        "The company now wants a module plant of its own, its chief executive said.",
        "Home storage, share by supplier",
        "Period | Brannow Energie | Halvik | Others",
        "2024 | 9,8 % | 24,1 % | 66,1 %",
        "2025 | 12,6 % | 23,0 % | 64,4 %",
        "Source: an industry association.",
    ]
    (table,) = read_tables(lines)
    assert table.form == PIPES and [c.text for c in table.header][1] == "Brannow Energie"
    assert [c.is_figure for c in table.rows[0]] == [True] * 4
    changed = find_furniture(lines, [BODY, BODY, HEADING] + [BOILERPLATE] * 3 + [BODY])
    assert all(changed.get(i, BODY) == BODY for i in range(3, 7))
    # A word after the space is no percentage: "9 % DoD" is text.
    assert read_row("Cycle life | 5,000 cycles (80 % DoD)")[1][1].is_figure is False


def test_rows_written_inline_between_pipes_under_a_title():
    lines = [
        "The fund's largest holding remains Brannow Energie; it added to Halvik in May.",
        "Top holdings (% of net assets)",
        "Brannow Energie 7.9 | Halvik 6.2 | Ostermark Cells 5.1 | Quenby (unlisted) 3.1",
        "Sector breakdown",
        "Cells 34% | Materials 29% | Recycling 12%",
    ]
    first, second = read_tables(lines)
    assert first.form == INLINE and first.caption.text == "Top holdings (% of net assets)"
    assert [[c.text for c in row] for row in first.rows][3] == ["Quenby (unlisted)", "3.1"]
    assert second.caption.text == "Sector breakdown" and len(second.rows) == 3
    changed = find_furniture(lines, [BODY, HEADING, BODY, HEADING, BODY])
    assert changed.get(2, BODY) == BODY and changed.get(4, BODY) == BODY


def test_a_masthead_between_pipes_is_no_inline_table():
    # Counts and dates are no measures: "Issue 47", "November 2025".
    assert read_tables(["Newsletter of the Lintberg Workers 118 | Issue 47 | November 2025"]) == []
    assert read_row("Ostermark 41.2 | Halvik 23.1 | Quenby 9.4") is None  # inline, not cells
    assert read_row("Ostermark | 41.2 | 23.1")[0] == PIPES
