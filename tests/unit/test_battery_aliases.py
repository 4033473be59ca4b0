"""A battery generation's other names: read from the text, merged by, kept, shown and reviewed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import tomli
from records_scoring import extract, lexicon

from evkb.cli import main
from evkb.compare import compare_batteries, to_json, to_rows
from evkb.kb import review
from evkb.kb.build import build
from evkb.kb.records.batteries import joined_aliases
from evkb.kb.store import load_kb
from evkb.model import Battery
from evkb.views.battery import battery_card

ROOT = Path(__file__).resolve().parents[2]
HEAD = "Cell makers show new products\nBy the Business Desk\n"
INTERVIEW = (
    'Q&A: "Our Gen 3 cell changes the price of a car"\nInterview by the Battery Desk\n'
    "Velmora Cell Systems makes prismatic cells for carmakers. We spoke to its chief engineer "
    "about the company's third-generation Aurel cell.\n"
    "A: The Aurel 3 reaches 205 Wh/kg at cell level with LMFP chemistry.\n"
    "A: With a 75 kWh pack, the Gen 3 cell gives about 560 km of range.\n"
)


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def extracted(tmp_path: Path, lex, text: str) -> list[Battery]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return extract(path, lex)[0].batteries


def test_a_generation_named_three_ways_is_one_with_its_other_names(tmp_path, lex):
    (battery,) = extracted(tmp_path, lex, INTERVIEW)
    assert battery.name == "third-generation Aurel"  # the headline's "Gen 3" only numbered it
    assert battery.aliases == ("Gen 3", "Aurel 3")
    assert {f.attribute for f in battery.facts} >= {"energy_density", "range", "chemistry"}


def test_two_makers_gen_2_stay_apart_without_aliases_of_each_other(tmp_path, lex):
    found = extracted(
        tmp_path,
        lex,
        HEAD + "German carmaker Brandt Motor said its second-generation battery pack would reach "
        "customers in 2027.\nThe Gen 2 pack offers up to 600 km of range, Brandt said.\n"
        "French rival Sorel Automobiles said its own Gen 2 battery would charge from 10 to 80 "
        "percent in 15 minutes.\n",
    )
    by_maker = {b.maker: b for b in found}
    assert set(by_maker) == {"brandt-motor", "sorel-automobiles"}
    # Brandt's pack is named two ways; Sorel's Gen 2 is no other name of it.
    brandt = by_maker["brandt-motor"]
    assert {brandt.name, *brandt.aliases} == {"Gen 2", "second-generation battery"}
    assert by_maker["sorel-automobiles"].aliases == ()


def test_names_that_differ_only_by_articles_or_kind_nouns_are_no_aliases():
    assert joined_aliases("Helix 2", ["the Helix 2 cell", "Helix 2 battery", "Gen 2"]) == ("Gen 2",)
    assert joined_aliases("Helix 2", ["the new Helix", "latest Helix"]) == ()


def _kb(tmp_path: Path, articles: dict[str, str]) -> Path:
    folder = tmp_path / "kb"
    (folder / "sources").mkdir(parents=True)
    (folder / "curated").mkdir()
    for name, text in articles.items():
        (folder / "sources" / name).write_text(text, encoding="utf-8")
    build(folder)
    return folder


SECOND = (
    "Velmora ramps up cell output\nBy the Trade Desk\n"
    "Velmora Cell Systems said its Aurel 3 cell charges from 10 to 80 percent in 19 minutes.\n"
)
OTHER_MAKER = (
    "Rival shows its own cell\nBy the Trade Desk\n"
    "Korvalt Energy said its Aurel 3 cell stores 160 Wh/kg.\n"
)


def test_documents_merge_a_generation_by_alias_but_never_across_makers(tmp_path):
    folder = _kb(
        tmp_path, {"a-interview.txt": INTERVIEW, "b-trade.txt": SECOND, "c-rival.txt": OTHER_MAKER}
    )
    kb = load_kb(folder)
    velmora = [b for b in kb.batteries if b.maker == "velmora-cell-systems"]
    assert len(velmora) == 1
    assert {f.attribute for f in velmora[0].facts} >= {"charging", "range"}
    assert "Aurel 3" in velmora[0].aliases
    assert any(b.maker == "korvalt-energy" for b in kb.batteries)


def test_aliases_are_shown_exported_compared_and_accepted_into_curated(tmp_path, capsys):
    folder = _kb(tmp_path, {"a-interview.txt": INTERVIEW})
    kb = load_kb(folder)
    (battery,) = kb.batteries
    assert battery_card(kb, battery).also_called == "also called Gen 3, Aurel 3"
    cmp = compare_batteries(kb, [battery.id])
    assert to_rows(cmp)[0][1] == "third-generation Aurel (also Gen 3, Aurel 3)"
    assert to_json(cmp)["batteries"][0]["aliases"] == ["Gen 3", "Aurel 3"]
    assert main(["compare", "Aurel 3", "--format", "csv", "--kb", str(folder)]) == 0
    assert main(["export", "--kb", str(folder)]) == 0
    assert '"aliases"' in capsys.readouterr().out

    path = review.accept(folder, kb, [battery.id])
    table = tomli.loads(path.read_text(encoding="utf-8"))["battery"][0]
    assert table["aliases"] == ["Gen 3", "Aurel 3"]
    assert main(["check", "--kb", str(folder)]) == 0
    build(folder)
    curated = load_kb(folder).battery(battery.id)
    assert curated.origin == "curated" and curated.aliases == ("Gen 3", "Aurel 3")


def test_a_curated_alias_must_be_a_list_of_strings(tmp_path, capsys):
    folder = tmp_path / "kb"
    shutil.copytree(ROOT / "data" / "curated", folder / "curated")
    shutil.copytree(ROOT / "data" / "sources", folder / "sources")
    with (folder / "curated" / "extra.toml").open("w", encoding="utf-8") as out:
        out.write('[[battery]]\nid = "odd-cell"\nname = "Odd"\naliases = "Odd 2"\n')
    assert main(["check", "--kb", str(folder)]) == 1
    assert "aliases" in capsys.readouterr().err


def test_compare_names_a_maker_the_record_knows_without_a_sentence_of_its_own(bundled_copy):
    # The battery card says "by X" from the record's maker; compare shows the same maker.
    from dataclasses import replace

    kb = load_kb(bundled_copy)
    battery = next(b for b in kb.batteries if any(f.attribute == "maker" for f in b.facts))
    bare = replace(battery, facts=tuple(f for f in battery.facts if f.attribute != "maker"))
    kb.batteries = [bare]
    maker = next(r for r in compare_batteries(kb).rows if r.attribute == "maker")
    cell = maker.cells[0]
    assert not cell.facts and not cell.unknown
    assert cell.text == kb.company(battery.maker).name
