"""What a build keeps for the next one: products taken from the last build's cache entries while
their files are untouched, never from an entry evkb did not seal, and a cache entry written by
copying unchanged rows that reads back as the one encoded whole."""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path

import pytest
from helpers.folders import built_files

from evkb.kb.built import load_kb, read_kb
from evkb.kb.check import check_kb
from evkb.kb.columns import Joined, RowSlice, decode_tables, encode_tables, join_rows
from evkb.kb.store import TABLES

ROOT = Path(__file__).resolve().parents[2]
FOURTH = ROOT / "tests" / "fixtures" / "fourth" / "uk-gigafactory.txt"


def _encoded(tables: dict) -> tuple[bytes, dict]:
    data = b"".join(encode_tables(tables, {"origin": "x"}))
    decoded = decode_tables(memoryview(data), {"origin": "x"})
    assert decoded is not None
    return data, decoded


@pytest.mark.parametrize("cut", [0, 1, 250, 499, 500])
def test_copied_rows_encode_as_the_rows_encoded_whole(cut):
    rng = random.Random(cut)
    values = ["p–é", 7, ["n", 1], None, '"quoted"\u2028', 1.5, "plain"]
    rows = [(f"s{i}", rng.choice(values), i, [["x", i]]) for i in range(500)]
    _, old = _encoded({"t": rows})
    columns = old["t"][1]
    new = [(f"new{i}", "ä\x7f", -i, []) for i in range(3)]
    joined = join_rows([RowSlice(columns, 0, cut), list(new), RowSlice(columns, cut, 500)])
    assert isinstance(joined, Joined) and len(joined.pieces) <= 3
    expected = rows[:cut] + new + rows[cut:]
    data, back = _encoded({"t": joined})
    assert data == _encoded({"t": expected})[0]
    as_json = json.loads(json.dumps(expected))
    assert [list(back["t"][1][i]) for i in range(len(expected))] == as_json
    assert [list(joined[i]) for i in range(len(joined))] == as_json


def test_neighbouring_slices_are_copied_as_one():
    _, old = _encoded({"t": [(i, str(i)) for i in range(100)]})
    columns = old["t"][1]
    pieces = [RowSlice(columns, 0, 10), RowSlice(columns, 10, 60), [], RowSlice(columns, 60, 100)]
    joined = join_rows(pieces)
    assert isinstance(joined, Joined) and len(joined.pieces) == 1
    assert join_rows([[(1, "a")], [(2, "b")]]) == [(1, "a"), (2, "b")]


def _second_document(tmp_path: Path) -> Path:
    short = tmp_path / "cell-news.txt"
    short.write_text(
        "Cell News\n\nNorthvolt said its Skelleftea plant will reach 60 GWh by 2030, "
        "up from 16 GWh today.\n",
        encoding="utf-8",
    )
    return short


@pytest.fixture
def product_reads(monkeypatch) -> list[str]:
    """The sources whose product a build reads from its file or its own cache entry."""
    import evkb.kb.build as build_module

    seen: list[str] = []
    real = build_module.reusable

    def spy(kb_dir, source_id, *args, **kwargs):
        seen.append(source_id)
        return real(kb_dir, source_id, *args, **kwargs)

    monkeypatch.setattr(build_module, "reusable", spy)
    return seen


def test_an_add_after_a_build_reads_no_other_product(cli, bundled_copy, tmp_path, product_reads):
    assert cli("add", "--kb", str(bundled_copy), str(FOURTH))[0] == 0
    product_reads.clear()
    code, _, err = cli("add", "--kb", str(bundled_copy), str(_second_document(tmp_path)))
    assert code == 0, err
    assert product_reads == ["cell-news"]  # the others came from the last build's entries
    assert check_kb(bundled_copy) == []
    # The cache entry the add wrote, mostly copied text, reads back as the files do.
    from_files, from_cache = read_kb(bundled_copy / "kb.toml"), load_kb(bundled_copy)
    for attr, _cls in TABLES.values():
        assert list(getattr(from_cache, attr)) == list(getattr(from_files, attr)), attr
    scratch = tmp_path / "scratch"
    shutil.copytree(bundled_copy, scratch, ignore=shutil.ignore_patterns(".evkb-cache"))
    shutil.rmtree(scratch / "built")
    (scratch / "kb.toml").unlink()
    assert cli("build", "--kb", str(scratch))[0] == 0
    assert built_files(scratch) == built_files(bundled_copy)


def test_a_product_touched_since_the_build_is_hashed_not_read(cli, bundled_copy, product_reads):
    assert cli("build", "--kb", str(bundled_copy))[0] == 0
    before = built_files(bundled_copy)
    product = bundled_copy / "built" / "toyota-subsidy.toml"
    info = os.stat(product)
    os.utime(product, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))
    product_reads.clear()
    assert cli("build", "--kb", str(bundled_copy))[0] == 0
    assert product_reads == []  # the same bytes (its sha256) are the same product
    assert built_files(bundled_copy) == before


def test_a_moved_folder_reads_no_other_product_or_source(
    cli, bundled_copy, tmp_path, product_reads, monkeypatch
):
    import evkb.kb.inputs

    monkeypatch.setattr(evkb.kb.inputs, "_RACY_NS", 0)  # files made a moment ago are trusted
    assert cli("add", "--kb", str(bundled_copy), str(FOURTH))[0] == 0
    moved = tmp_path / "moved"
    os.rename(bundled_copy, moved)  # the entries in its own .evkb-cache go with it
    import evkb.kb.load.reading as reading

    sources_read: list[str] = []
    real = reading.read_source_file

    def spy(path, *args, **kwargs):
        sources_read.append(Path(path).stem)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(reading, "read_source_file", spy)
    product_reads.clear()
    code, _, err = cli("add", "--kb", str(moved), str(_second_document(tmp_path)))
    assert code == 0, err
    assert product_reads == ["cell-news"]
    # Only the new document is read, and those curated facts cite (their quotes are checked).
    assert "cell-news" in sources_read and FOURTH.stem not in sources_read
    assert check_kb(moved) == []


def test_a_product_edited_to_the_same_size_is_made_again(cli, bundled_copy, extracted):
    assert cli("build", "--kb", str(bundled_copy))[0] == 0
    product = bundled_copy / "built" / "toyota-subsidy.toml"
    good = product.read_bytes()
    at = good.index(b"Toyota")
    product.write_bytes(good[:at] + b"Tayota" + good[at + 6 :])
    code, _, err = cli("build", "--kb", str(bundled_copy))
    assert code == 0 and f"{product}:1:1: warning: " in err and "made again" in err
    assert extracted == ["toyota-subsidy"]
    assert product.read_bytes() == good


def test_a_planted_build_entry_is_ignored(cli, bundled_copy, tmp_path, product_reads):
    assert cli("build", "--kb", str(bundled_copy))[0] == 0
    before = built_files(bundled_copy)
    entries = list((bundled_copy / ".evkb-cache").glob("build*.json"))
    assert len(entries) == 1
    entries[0].write_bytes(b"0" * 64 + b"\n" + entries[0].read_bytes().split(b"\n", 1)[1])
    product_reads.clear()
    code, _, err = cli("build", "--kb", str(bundled_copy))
    assert code == 0 and "Traceback" not in err, err
    assert sorted(product_reads) == sorted(s.stem for s in (bundled_copy / "built").glob("*.toml"))
    assert built_files(bundled_copy) == before
    assert check_kb(bundled_copy) == []


def test_reading_many_built_files_again_is_said_once(cli, bundled_copy, monkeypatch):
    import evkb.kb.build as build_module

    monkeypatch.setattr(build_module, "READ_AGAIN_NOTICE", 2)  # the three bundled are "many"
    assert cli("build", "--kb", str(bundled_copy))[0] == 0
    code, _, err = cli("build", "--kb", str(bundled_copy))
    assert code == 0 and "reading them again" not in err  # the last build's record is there
    shutil.rmtree(bundled_copy / ".evkb-cache")  # as after an upgrade, or another cache
    code, _, err = cli("build", "--kb", str(bundled_copy))
    assert code == 0, err
    notices = [line for line in err.splitlines() if "reading them again" in line]
    assert notices == [
        f"{bundled_copy / 'built'}:1:1: warning: 3 built files are not in this cache's record of"
        " the last build (an older evkb built them, or another cache directory is in use):"
        " reading them again, once"
    ]


def test_an_add_reads_the_text_of_passed_on_records_only_for_the_parts_it_writes(
    cli, bundled_copy, tmp_path, monkeypatch
):
    """The shares and investments passed on are told apart by their keys (a product's sha256
    and their places): an add that leaves a part as it was neither reads nor hashes its text."""
    import evkb.kb.manifest as manifest_module

    assert cli("add", "--kb", str(bundled_copy), str(FOURTH))[0] == 0
    before = {p.file for p in manifest_module.recorded_parts(bundled_copy)}
    read: list[tuple[str, int, int]] = []
    items = manifest_module.PassedOn._items

    def spy(self, start, stop):
        read.append((self.table, start, stop))
        return items(self, start, stop)

    monkeypatch.setattr(manifest_module.PassedOn, "_items", spy)
    plant = tmp_path / "toyota-plant.txt"
    plant.write_text(
        "Toyota battery plant\n\nToyota said on Tuesday it plans to invest $1 billion (150 "
        "billion yen) in a new battery plant in Japan by 2027.\n",
        encoding="utf-8",
    )
    code, _, err = cli("add", "--kb", str(bundled_copy), str(plant))
    assert code == 0, err
    after = manifest_module.recorded_parts(bundled_copy)
    passed = [p for p in after if p.table in ("share", "investment")]
    new = [p for p in passed if p.file not in before]
    assert new and len(new) < len(passed)  # the plant's part is new, the others kept
    assert all(p.rows_digest for p in passed)  # named by their keys
    assert len(read) == len(new)  # the text read for each part written, for no other
    assert check_kb(bundled_copy) == []
