"""A car's version named by its trim alone is also named with its car ("The Standard model"
of the Ostler Marram: "Marram Standard"); a version whose maker its sentence leaves unclear
is made by the maker of the car's other versions. Two cars in view, or none, leave the trim
as it is."""

from __future__ import annotations

import pytest
from battery_cases import batteries, extract, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def _names(tmp_path, lex, text: str) -> dict[str, dict]:
    return batteries(tmp_path, lex, "Road test\nBy the Motoring Desk\n\n" + text)


def _all_names(tmp_path, lex, text: str) -> set[str]:
    path = tmp_path / "article.txt"
    path.write_text("Road test\nBy the Motoring Desk\n\n" + text, encoding="utf-8")
    extracted, _ = extract(path, lex)
    return {n for b in extracted.batteries for n in b.names}


@pytest.mark.parametrize(
    "text",
    [
        # the car after its maker's name; the trims in two sentences of their own
        "Ostler Motors launched the Ostler Marram last month. The Marram comes with two "
        "batteries. The Standard model has a 47 kWh pack and a range of 212 miles. "
        "The Extended model we drove has a 61 kWh pack.\n",
        # the trims in a list, the car named by its maker before and after it
        "The carmaker Ostler sells the Marram in two versions. The Ostler Marram is built in "
        "Skellig.\n\n"
        "- The Standard model: a 47 kWh pack, 212 miles of range.\n"
        "- The Extended model: a 61 kWh pack, 265 miles.\n",
        # the car written before a trim in another sentence (a price), the pack's figure first
        "Ostler Motors builds its cars in Skellig. A 47 kWh pack powers the Standard model, "
        "which is rated at 212 miles. Prices start at EUR 31,000 for the Marram Standard.\n",
    ],
)
def test_a_bare_trim_is_named_with_the_one_car(tmp_path, lex, text):
    got = _all_names(tmp_path, lex, text)
    assert "Marram Standard" in got, got


def test_two_cars_after_the_maker_leave_the_trim_alone(tmp_path, lex):
    got = _all_names(
        tmp_path,
        lex,
        "Ostler Motors launched the Ostler Marram and the Ostler Drumlin last month. "
        "The Standard model has a 47 kWh pack and a range of 212 miles.\n",
    )
    assert not [n for n in got if n.endswith(" Standard")], got


def test_a_bare_trim_takes_the_car_of_a_versions_name(tmp_path, lex):
    from evkb.kb.records.battery_trims import trims_named_with_car
    from evkb.model import Battery

    found = {
        "a": Battery(id="a", name="Marram EV Long Range", maker="ostler"),
        "b": Battery(id="b", name="Standard Range", maker="ostler"),
    }
    trims_named_with_car(found, [])
    assert "Marram EV Standard Range" in found["b"].names


def test_two_cars_leave_a_bare_trim_alone(tmp_path, lex):
    from evkb.kb.records.battery_trims import trims_named_with_car
    from evkb.model import Battery

    found = {
        "a": Battery(id="a", name="Marram Long Range", maker="ostler"),
        "c": Battery(id="c", name="Drumlin Long Range", maker="ostler"),
        "b": Battery(id="b", name="Standard Range", maker="ostler"),
    }
    trims_named_with_car(found, [])
    assert found["b"].names == ("Standard Range",) or list(found["b"].names) == ["Standard Range"]


@pytest.mark.parametrize(
    "second",
    [
        "The Marram Extended has a 96 kWh NMC pack with cells from Kittiwake Cells.",
        "With cells from Kittiwake Cells, the Marram Extended gets a 96 kWh NMC pack.",
        "The dearer Marram Extended has a 96 kWh NMC battery, built with Kittiwake Cells cells.",
    ],
)
def test_a_version_takes_the_maker_of_the_cars_other_version(tmp_path, lex, second):
    got = _names(
        tmp_path,
        lex,
        "Ostler Motors sells the Marram in two versions. The Ostler Marram Standard uses a "
        f"72 kWh LFP pack. {second}\n",
    )
    assert "ostler-motors/Marram Extended" in got or any(
        k.startswith("ostler-motors/") and "Extended" in k for k in got
    ), got
    assert not [k for k in got if k.startswith("kittiwake") and "Extended" in k], got


def test_a_version_of_a_car_two_makers_sell_takes_no_maker():
    from evkb.kb.records.battery_trims import trims_named_with_car
    from evkb.model import Battery

    found = {
        "a": Battery(id="a", name="Marram Standard", maker="ostler"),
        "b": Battery(id="b", name="Marram Long Range", maker="drumlin"),
        "c": Battery(id="c", name="Marram Extended", maker=""),
    }
    trims_named_with_car(found, [])
    assert found["c"].maker == ""


def test_an_adjective_before_a_trim_word_is_no_car(tmp_path, lex):
    """ "High Performance" beside "high-performance cells": "High" is a word the text writes in
    lower case, so no car, and the "Performance" line is not also named "High Performance"."""
    path = tmp_path / "article.txt"
    path.write_text(
        "Road test\nBy the Motoring Desk\n\n"
        'Ostler Motors will make two lines of cells. Its first "Performance" cells come in '
        '2027 with a range of 400 miles. Its "High Performance" cells follow in 2029 with '
        "a range of 520 miles; the high-performance cells charge in 12 minutes.\n",
        encoding="utf-8",
    )
    extracted, _ = extract(path, lex)
    names = {b.name: set(b.names) for b in extracted.batteries}
    assert "Performance" in names and "High Performance" in names, names
    assert "High Performance" not in names["Performance"], names
