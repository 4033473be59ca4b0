"""Cache entries written in segments: an add writes its new rows and names the rest where they
are; what it reads back is what the built files say; a segment not ours is refused with a
notice; a table spread too thin is written whole again; segments nobody names are removed."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from evkb.kb import cache, segments
from evkb.kb.built import load_kb, read_kb
from evkb.kb.check import check_kb
from evkb.kb.store import TABLES

ROOT = Path(__file__).resolve().parents[2]
FOURTH = ROOT / "tests" / "fixtures" / "fourth" / "uk-gigafactory.txt"


def _article(tmp_path: Path, n: int) -> Path:
    path = tmp_path / f"cells-{n}.txt"
    path.write_text(
        f"Cell News {n}\n\nNorthvolt said its plant number {n} will reach {20 + n} GWh by 2030.\n",
        encoding="utf-8",
    )
    return path


def _segments(kb: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in (kb / ".evkb-cache").glob("segment-*.json")}


def _pieces(kb: Path, entry: str, table: str) -> list[list]:
    """The pieces the folder's entry named `entry...` lists for `table`."""
    (path,) = (kb / ".evkb-cache").glob(f"{entry}*.json")
    header = json.loads(path.read_bytes().split(b"\n")[1])
    return next(pieces for name, _count, pieces in header[cache.SEGMENT] if name == table)


def _same_as_files(kb: Path) -> None:
    from_files, from_cache = read_kb(kb / "kb.toml"), load_kb(kb)
    for attr, _cls in TABLES.values():
        assert list(getattr(from_cache, attr)) == list(getattr(from_files, attr)), attr


def test_an_add_names_the_rows_it_keeps_and_writes_only_new_ones(cli, bundled_copy, tmp_path):
    assert cli("add", "--kb", str(bundled_copy), str(FOURTH))[0] == 0
    before = _segments(bundled_copy)
    passages = {piece[0][:32] for piece in _pieces(bundled_copy, "kb", "passage")}
    assert cli("add", "--kb", str(bundled_copy), str(_article(tmp_path, 1)))[0] == 0
    after = _pieces(bundled_copy, "kb", "passage")
    assert passages <= {piece[0][:32] for piece in after}  # the old rows, named where they are
    written = {name: size for name, size in _segments(bundled_copy).items() if name not in before}
    held = sum(before.values())
    assert 0 < sum(written.values()) < held / 2, (written, held)
    _same_as_files(bundled_copy)
    assert check_kb(bundled_copy) == []


def test_a_segment_not_ours_is_refused_and_the_entry_made_again(cli, bundled_copy):
    assert cli("build", "--kb", str(bundled_copy))[0] == 0
    (mac, _start, _stop), *_ = _pieces(bundled_copy, "kb", "passage")
    (segment,) = (bundled_copy / ".evkb-cache").glob(f"segment-*{mac[:32]}.json")
    data = segment.read_bytes()
    segment.write_bytes(data.replace(b"Toyota", b"Tayota"))
    segments._READ.clear()  # as a new process finds it
    notices: list[str] = []
    kb = load_kb(bundled_copy, notices)
    assert len(notices) == 1 and "a cache entry evkb did not make" in notices[0]
    assert list(kb.passages) == list(read_kb(bundled_copy / "kb.toml").passages)
    segments._READ.clear()
    _same_as_files(bundled_copy)


def test_a_table_spread_over_too_many_segments_is_written_whole(
    cli, bundled_copy, tmp_path, monkeypatch
):
    monkeypatch.setattr(segments, "MOST_SEGMENTS", 3)
    for n in range(5):
        assert cli("add", "--kb", str(bundled_copy), str(_article(tmp_path, n)))[0] == 0
        named = {piece[0] for piece in _pieces(bundled_copy, "kb", "passage")}
        assert len(named) <= 3  # 6 by the fifth add, were it never written whole
    segments._READ.clear()
    _same_as_files(bundled_copy)


def test_segments_no_entry_names_are_removed(cli, bundled_copy, tmp_path):
    assert cli("build", "--kb", str(bundled_copy))[0] == 0
    for n in range(2):
        hour_ago = time.time() - 3600
        for segment in (bundled_copy / ".evkb-cache").glob("segment-*.json"):
            os.utime(segment, (hour_ago, hour_ago))
        assert cli("add", "--kb", str(bundled_copy), str(_article(tmp_path, n)))[0] == 0
    named = {
        piece[0][:32]
        for entry in ("kb", "build")
        for table in TABLES_OF[entry](bundled_copy)
        for piece in _pieces(bundled_copy, entry, table)
    }
    on_disk = {name[-37:-5] for name in _segments(bundled_copy)}
    old = {
        name[-37:-5]
        for name in _segments(bundled_copy)
        if time.time() - (bundled_copy / ".evkb-cache" / name).stat().st_mtime > 60
    }
    assert old <= named and named <= on_disk


def _tables_of(entry: str):
    def tables(kb: Path) -> list[str]:
        (path,) = (kb / ".evkb-cache").glob(f"{entry}*.json")
        header = json.loads(path.read_bytes().split(b"\n")[1])
        return [name for name, _count, _pieces in header[cache.SEGMENT]]

    return tables


TABLES_OF = {"kb": _tables_of("kb"), "build": _tables_of("build")}


def test_an_add_flushes_the_files_it_wrote_not_the_machine(
    cli, bundled_copy, tmp_path, monkeypatch
):
    from evkb.kb import files

    assert cli("build", "--kb", str(bundled_copy))[0] == 0

    def whole_machine():
        raise AssertionError("os.sync() flushes every file of the machine")

    flushed: list[str] = []
    real = files._sync_file

    def spy(path):
        flushed.append(path)
        real(path)

    monkeypatch.setattr(files.os, "sync", whole_machine)
    monkeypatch.setattr(files, "_sync_file", spy)
    before = set((bundled_copy / "built" / "merged").iterdir())
    assert cli("add", "--kb", str(bundled_copy), str(_article(tmp_path, 1)))[0] == 0
    new_parts = set((bundled_copy / "built" / "merged").iterdir()) - before
    assert new_parts and {str(p) for p in new_parts} <= set(flushed)
    assert str(bundled_copy / "built" / "cells-1.toml") in flushed
    assert len(flushed) == len(new_parts) + 1  # nothing else


def test_a_fifo_among_the_entries_does_not_stop_the_tidying(cli, bundled_copy):
    import threading

    assert cli("build", "--kb", str(bundled_copy))[0] == 0
    folder = bundled_copy / ".evkb-cache"
    where = cache._where(bundled_copy / "kb.toml", folder)
    os.mkfifo(folder / f"kb9-{where}-4-planted.json")  # an entry's name; opened, it would wait
    tidying = threading.Thread(target=segments.tidy, args=(bundled_copy / "kb.toml",))
    tidying.daemon = True
    tidying.start()
    tidying.join(timeout=60)
    assert not tidying.is_alive()
