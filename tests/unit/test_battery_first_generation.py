"""A product's proper name after the first generation's mark: the line's first product, named
as written ("the first-generation Lumbrik") and also by the line's own name ("Lumbrik"), which
its successors extend ("Lumbrik II"). A later generation, or a line named by its number only,
gets no such name."""

from __future__ import annotations

from pathlib import Path

import pytest
from records_scoring import extract, lexicon

from evkb.model import Battery

LEDE = (
    "Cell maker shows a new cell\nBy the Business Desk | 3 March 2026\n"
    "Quorvane Cells on Tuesday released its second-generation sodium-ion cell, the Lumbrik II, "
    "rated at 170 Wh/kg.\n"
)


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def extracted(tmp_path: Path, lex, text: str) -> dict[str, Battery]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return {b.name: b for b in extract(path, lex)[0].batteries}


@pytest.mark.parametrize(
    "sentence",
    [
        # a comparison, the noun after the name
        "That is up from 150 Wh/kg for the first-generation Lumbrik cell launched in 2024.\n",
        # the name opens the sentence, a clause between it and its figure
        "The first-generation Lumbrik cell, which the company still sells, stores 150 Wh/kg.\n",
        # another way to write the number, a possessive before it
        "Its 1st generation Lumbrik cell managed 150 Wh/kg and 3,000 cycles.\n",
    ],
)
def test_the_first_generation_is_also_called_by_the_lines_name(tmp_path, lex, sentence) -> None:
    got = extracted(tmp_path, lex, LEDE + sentence)
    (first,) = [b for b in got.values() if "Lumbrik" in b.names and b.name != "Lumbrik II"]
    assert "Lumbrik" in first.names
    assert "Lumbrik" not in got["Lumbrik II"].names  # the successor keeps its own


def test_a_model_code_after_the_first_generation(tmp_path, lex) -> None:
    got = extracted(
        tmp_path,
        lex,
        "Cell maker shows a new cell\nBy the Business Desk | 3 March 2026\n"
        "10:29 - Here is the headline product: the Vendle ZX-72 Pro, a 46-series cylindrical "
        "NMC cell from Vendle Energy. It reaches 300 Wh/kg.\n"
        "10:33 - For comparison, the first-generation ZX-72, launched last year, manages "
        "270 Wh/kg.\n",
    )
    older = [b for b in got.values() if "ZX-72" in b.names]
    assert older
    assert all("ZX-72" in b.names for b in got.values() if "generation" in b.name)


def test_a_later_generation_is_not_called_by_the_lines_name(tmp_path, lex) -> None:
    got = extracted(
        tmp_path,
        lex,
        "Cell maker shows a new cell\nBy the Business Desk | 3 March 2026\n"
        "Quorvane Cells on Tuesday released its second-generation Lumbrik cell, rated at "
        "170 Wh/kg.\n",
    )
    assert "Lumbrik" not in got["second-generation Lumbrik"].names


def test_a_first_generation_named_by_its_number_only_gets_no_other_name(tmp_path, lex) -> None:
    got = extracted(
        tmp_path,
        lex,
        "Cell maker shows a new cell\nBy the Business Desk | 3 March 2026\n"
        "Quorvane Cells said its first-generation LFP cells, launched in 2024, reach 160 Wh/kg.\n",
    )
    assert all(len(b.names) == 1 for b in got.values())
