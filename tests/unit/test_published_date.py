"""The date of writing sources.toml states reaches extraction: periods named against it ("last
year's 12 per cent") are dated by it, and editing it makes that document's product again."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers.folders import built_files

# No dateline and no date in the body: only sources.toml says when it was written.
UNDATED = (
    "Cell makers in Europe\n\n"
    "Korsan Energy's share of the European electric-car battery market rose to 15 per cent, "
    "up from last year's 12 per cent, according to Ardent Mobility.\n"
)
OTHER = "Cell news\n\nHalden Cells said its plant will reach 60 GWh by 2030.\n"


def _manifest(folder: Path, published: str) -> Path:
    path = folder / "sources" / "sources.toml"
    path.write_text(f"[source.korsan]\npublished = {published}\n", encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    kb = tmp_path / "kb"
    (kb / "sources").mkdir(parents=True)
    (kb / "curated").mkdir()
    (kb / "sources" / "korsan.txt").write_text(UNDATED, encoding="utf-8")
    (kb / "sources" / "other.txt").write_text(OTHER, encoding="utf-8")
    return kb


def _shares(cli, folder: Path) -> list[tuple[float, str]]:
    code, out, err = cli("export", "--kb", str(folder))
    assert code == 0, err
    return sorted((s["percent"], s["as_of"]) for s in json.loads(out)["market_share"])


def test_a_published_date_dates_last_years_figure(cli, folder):
    assert cli("build", "--kb", str(folder))[0] == 0
    assert _shares(cli, folder) == [(12, ""), (15, "")]  # the text alone cannot say when
    _manifest(folder, "2025-03-10")
    assert cli("build", "--kb", str(folder))[0] == 0
    assert _shares(cli, folder) == [(12, "2024"), (15, "")]


def test_editing_published_makes_that_product_again_and_only_it(cli, folder, extracted, tmp_path):
    _manifest(folder, "2025-03-10")
    assert cli("build", "--kb", str(folder))[0] == 0
    other = (folder / "built" / "other.toml").read_bytes()
    extracted.clear()
    _manifest(folder, "2026-01-20")
    code, _, err = cli("build", "--kb", str(folder))
    assert code == 0, err
    assert extracted == ["korsan"]
    assert (folder / "built" / "other.toml").read_bytes() == other
    assert _shares(cli, folder) == [(12, "2025"), (15, "")]
    # The same bytes as a build from nothing.
    scratch = tmp_path / "scratch"
    shutil.copytree(folder, scratch, ignore=shutil.ignore_patterns(".evkb-cache", ".evkb.lock"))
    shutil.rmtree(scratch / "built")
    (scratch / "kb.toml").unlink()
    assert cli("build", "--kb", str(scratch))[0] == 0
    assert built_files(scratch) == built_files(folder)


def test_an_invalid_published_date_is_one_located_line(cli, folder):
    manifest = _manifest(folder, '"spring 2025"')
    code, _, err = cli("build", "--kb", str(folder))
    assert code == 1 and "Traceback" not in err
    assert err == (
        f"{manifest}:2:1: source 'korsan': 'published' must be an ISO date "
        '("2024", "2024-07" or "2024-07-15"), not \'spring 2025\'\n'
    )


WIRE = (
    "Cells gain ground\n\n"
    "BRANTSEA, Dec. 2 (Droskel) -- Korsan Energy held 9.4 percent of the European electric-car "
    "battery market from January to October, data showed.\n"
)


def test_add_records_the_day_and_a_yearless_dateline_is_read_against_it(cli, folder, tmp_path):
    import datetime as dt

    wire = tmp_path / "wire.txt"
    wire.write_text(WIRE, encoding="utf-8")
    code, _, err = cli("add", "--kb", str(folder), str(wire))
    assert code == 0, err
    today = dt.date.today()
    added = (folder / "sources" / "added.toml").read_text(encoding="utf-8")
    assert f'wire = "{today.isoformat()}"' in added
    _, out, _ = cli("export", "--kb", str(folder))
    data = json.loads(out)
    year = today.year if (today.month, today.day) >= (12, 2) else today.year - 1
    assert [s["as_of"] for s in data["market_share"] if s["percent"] == 9.4] == [f"{year}-10"]


def test_editing_added_makes_that_product_again(cli, folder):
    (folder / "sources" / "wire.txt").write_text(WIRE, encoding="utf-8")
    manifest = folder / "sources" / "added.toml"
    manifest.write_text("wire = 2026-12-05\n", encoding="utf-8")
    assert cli("build", "--kb", str(folder))[0] == 0
    _, out, _ = cli("export", "--kb", str(folder))
    assert [s["as_of"] for s in json.loads(out)["market_share"] if s["percent"] == 9.4] == [
        "2026-10"
    ]
    manifest.write_text('wire = "2026-11-20"\n', encoding="utf-8")
    assert cli("build", "--kb", str(folder))[0] == 0
    _, out, _ = cli("export", "--kb", str(folder))
    assert [s["as_of"] for s in json.loads(out)["market_share"] if s["percent"] == 9.4] == [
        "2025-10"
    ]


@pytest.mark.parametrize("damage", ["link", "syntax"])
def test_an_added_note_evkb_cannot_read_stops_the_add_in_one_line(cli, folder, tmp_path, damage):
    wire = tmp_path / "wire.txt"
    wire.write_text(WIRE, encoding="utf-8")
    note = folder / "sources" / "added.toml"
    if damage == "link":
        outside = tmp_path / "elsewhere.toml"
        outside.write_text('korsan = "2026-01-02"\n', encoding="utf-8")
        note.symlink_to(outside)
    else:
        note.write_text("korsan = [\n", encoding="utf-8")
    before = sorted(p.name for p in (folder / "sources").iterdir())
    code, _, err = cli("add", "--kb", str(folder), str(wire))
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert str(note) in err
    assert sorted(p.name for p in (folder / "sources").iterdir()) == before
