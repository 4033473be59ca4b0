"""A roadmap's rows: paragraphs in a run, each opening with a product's name and stating its
figures, one of them a product the other rules found, are generations of that product's maker;
a paragraph opening with a name that extends a found product's is the same line's; a row's
figures are its own product's."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

from evkb.kb.records.battery_roadmaps import row_name


@pytest.fixture(scope="module")
def lex():
    return lexicon()


OPENING = (
    "Pelmora Cells shows three generations\n"
    "By the Business Desk\n"
    "Pelmora Cells, the battery maker, showed investors its plans on Tuesday.\n\n"
)


def test_rows_after_an_apposed_product_are_its_makers_generations(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        OPENING + "Vessa One, a prismatic LFP cell, reaches 185 Wh/kg and is rated for 5,500 "
        "cycles.\n\n"
        "Vessa Two moves to LMFP chemistry and 225 Wh/kg, with 3,800 cycles.\n\n"
        "Vessa Solid, a semi-solid-state cell, targets 340 Wh/kg and 1,200 cycles.\n",
    )
    assert got["pelmora-cells/Vessa Two"]["energy_density"] == [225.0]
    assert got["pelmora-cells/Vessa Solid"]["cycles"] == [1200.0]
    # The first row keeps its own figures only.
    assert got["pelmora-cells/Vessa One"]["energy_density"] == [185.0]


def test_label_rows_in_a_list_with_other_numbering(tmp_path, lex):
    # Another form: a numbered list, each row a label and then the figures.
    got = batteries(
        tmp_path,
        lex,
        OPENING + "1. Kelvo-7. Pelmora's Kelvo-7 cell stores 260 Wh/kg and charges from 10 to "
        "80 per cent in 17 minutes.\n\n"
        "2. Kelvo X. The next cell stores 300 Wh/kg and lasts 2,000 cycles.\n",
    )
    assert got["pelmora-cells/Kelvo X"]["energy_density"] == [300.0]


def test_a_name_extending_a_product_opens_its_own_paragraph(tmp_path, lex):
    # Not in a run: the paragraph before names the product inside its text.
    got = batteries(
        tmp_path,
        lex,
        OPENING + "Its current product is the Vessa, a 210 Wh/kg LFP cell in production since "
        "2024.\n\n"
        "Vessa S replaces the liquid electrolyte with a gel. The cell reaches 290 Wh/kg.\n",
    )
    assert got["pelmora-cells/Vessa S"]["energy_density"] == [290.0]


def test_no_row_opened_by_a_speaker_or_a_plain_word(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        OPENING + "Vessa One, a prismatic LFP cell, reaches 185 Wh/kg.\n\n"
        "Ilsa Ortez says the pack reaches 240 Wh/kg in tests.\n\n"
        "Inside are 40 cells rated for 1,000 cycles.\n",
    )
    assert not any(name.endswith(("/Ilsa Ortez", "/Inside")) for name in got)


def test_no_run_without_a_found_product(tmp_path, lex):
    # Two rows, neither a product found otherwise: no maker to give them.
    got = batteries(
        tmp_path,
        lex,
        OPENING + "Winter ranges fall by a fifth at 240 Wh/kg.\n\n"
        "Summer charging takes 20 minutes at 180 Wh/kg.\n",
    )
    assert not any(name.endswith(("/Winter", "/Summer")) for name in got)


class _Line:
    """What `row_name` reads of a sentence: its text and the companies it names."""

    def __init__(self, text: str, mentions: list[tuple[str, int, int]] | None = None) -> None:
        self.text = text
        self.mentions = mentions or []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vessa 4. Our fourth cell reaches 275 Wh/kg.", "Vessa 4"),
        ("- Vessa Two moves to LMFP.", "Vessa Two"),
        ("Vessa-0.5 reached 410 Wh/kg.", "Vessa-0.5"),
        ("Vessa Solid, our semi-solid-state cell, targets 330 Wh/kg.", "Vessa Solid"),
        ("Ilsa Ortez says the cell reaches 300 Wh/kg.", ""),
        ("Ilsa Ortez, the chief engineer, thinks so.", ""),
        ("Inside are 40 cells.", ""),
        ("The cell reaches 300 Wh/kg.", ""),
        ("Pelmora Cells plans 12 GWh.", ""),
    ],
)
def test_row_names(text, name):
    mentions = [("pelmora-cells", 0, 13)] if text.startswith("Pelmora") else []
    assert row_name(_Line(text, mentions)) == name  # type: ignore[arg-type]
