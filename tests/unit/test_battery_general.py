"""The general path: a designation in a sentence stating battery specs is a product, with the
figures after it and its maker from the company written before it, the sentence's one company
or the article's subject; nothing when the maker is unclear or the code names something else."""

from __future__ import annotations

from pathlib import Path

import pytest
from battery_cases import batteries, extract, lexicon

from evkb.kb import records
from evkb.kb.records.battery_general import CONFIDENCE, designations


@pytest.fixture(scope="module")
def lex():
    return lexicon()


@pytest.fixture(autouse=True)
def general_path_only(monkeypatch):
    """The particular rules propose nothing: what is found, the general path found."""
    monkeypatch.setattr(records, "extract_batteries", lambda *args, **kwargs: [])


# An article about one company: its subject is named in its first sentences and most often.
PROFILE = (
    "Osmund Batteries: twelve years of packs\n"
    "By the Business Desk\n"
    "Osmund Batteries was founded in 2014 in a rented workshop. The firm now employs 300 "
    "people.\nOsmund Batteries exports half of what it makes. Osmund Batteries sells to "
    "scooter brands.\n"
)


def general(tmp_path: Path, lex, text: str) -> dict[str, tuple[str, float]]:
    """ "maker/name" -> (rule, confidence) of the products the text gives."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    extracted, _ = extract(path, lex)
    return {f"{b.maker}/{b.name}": (b.rule, b.confidence) for b in extracted.batteries}


def test_a_code_after_its_year_takes_the_subject_as_maker(tmp_path, lex):
    text = PROFILE + "Then, in 2021, came the Osmo-R, a 3.1 kWh pack with 150 Wh/kg.\n"
    got = batteries(tmp_path, lex, text)
    assert got["osmund-batteries/Osmo-R"]["energy"] == [3.1]
    assert got["osmund-batteries/Osmo-R"]["energy_density"] == [150.0]
    rule, confidence = general(tmp_path, lex, text)["osmund-batteries/Osmo-R"]
    assert rule == "battery: general product"
    assert confidence == CONFIDENCE


def test_the_rows_after_the_naming_line_are_its_specs(tmp_path, lex):
    # A spec sheet: the line naming the product, then "Label: value" rows.
    got = batteries(
        tmp_path,
        lex,
        PROFILE + "Predecessor: Halcyra 12 (12 kWh, 2022)\n"
        "- Cycle life: 6,000 cycles\n"
        "- Chemistry: LFP\n",
    )
    product = got["osmund-batteries/Halcyra 12"]
    assert product["energy"] == [12.0]
    assert product["cycles"] == [6000.0]


def test_a_sentence_going_on_about_it_gives_its_figures(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        PROFILE + "Its storage unit is called the Quessant 9. It stores 9.6 kWh and it is "
        "rated for 7,000 cycles.\n",
    )
    assert got["osmund-batteries/Quessant 9"]["cycles"] == [7000.0]


def test_the_maker_written_before_a_bare_number(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Truck start-up picks a cylindrical cell\nBy the Industry Desk\n"
        "The start-up compared several cells before it chose Peltrow Power's 4710, which "
        "reaches 291 Wh/kg, over a pouch cell.\n"
        "Peltrow Power makes cells in Brivel.\n",
    )
    assert got["peltrow-power/4710"]["energy_density"] == [291.0]


@pytest.mark.parametrize(
    "sentence",
    [
        # a period, a chemistry, a test cycle, a sum, a road
        "In Q3 its packs averaged 61 kWh and 150 Wh/kg.",
        "Its NMC 811 cells reach 270 Wh/kg.",
        "Under XK10 cycle rules the pack gives 300 km and stores 60 kWh.",
        "It raised R2.3bn for a line of 40 kWh packs.",
        "The plant off the M62 will make 40 kWh packs rated for 3,000 cycles.",
    ],
)
def test_codes_that_name_no_product(tmp_path, lex, sentence):
    got = general(tmp_path, lex, PROFILE + sentence + "\n")
    assert not [k for k, (rule, _) in got.items() if rule == "battery: general product"]


def test_no_maker_when_another_unnamed_name_presents_it(tmp_path, lex):
    # "Drusk has presented the ...": Drusk is no company the text knows; whose is unclear.
    got = general(
        tmp_path,
        lex,
        PROFILE + "Drusk has presented the Fennor 7, a bus with a 330 kWh battery.\n",
    )
    assert not [k for k in got if k.endswith("/Fennor 7")]


def test_no_maker_when_a_described_owner_is_unnamed(tmp_path, lex):
    got = general(
        tmp_path,
        lex,
        PROFILE + "The carmaker's TV-9 SUV carries an 88 kWh pack.\n",
    )
    assert not [k for k in got if k.endswith("/TV-9")]


def test_no_maker_when_two_companies_stand_in_the_sentence(tmp_path, lex):
    got = general(
        tmp_path,
        lex,
        PROFILE + "Travanor Cells and Yarrowmere Motors tested the BX-4, a 75 kWh pack rated for "
        "2,000 cycles, over the winter.\n",
    )
    assert not [k for k in got if k.endswith("/BX-4")]


def test_designations_cut_the_maker_off():
    from evkb.kb.records.context import Sentence
    from evkb.model import Passage

    text = "Acme's QT-7 and the Vantle Cell 12 beat the Gen 2 in March 2026 and Slide 9."
    passage = Passage(
        id="a:p0", source="a", index=0, kind="body", start=0, end=len(text), text=text
    )
    sentence = Sentence(passage, 0, len(text), text, [], 0, True, [("acme", 0, 4)])
    assert [name for _, _, name in designations(sentence)] == ["QT-7", "Vantle Cell 12", "Gen 2"]
