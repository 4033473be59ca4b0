"""Opening a folder someone else made runs nothing from it: planted cache entries are ignored."""

from __future__ import annotations

import dataclasses
import os
import pickle
import shutil
from pathlib import Path

import pytest

from evkb.cli import main
from evkb.kb import cache
from evkb.kb.store import KB_FILE

DATA = Path(__file__).resolve().parents[2] / "data"


class Payload:
    """Unpickling this creates the marker file: proof that code from the folder ran."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (os.mkdir, (str(self.marker),))


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    folder = tmp_path / "kb"
    for name in ("sources", "curated"):
        shutil.copytree(DATA / name, folder / name)
    assert main(["build", "--kb", str(folder)]) == 0
    return folder


def answers(capsys, kb: Path) -> dict[str, tuple[int, str]]:
    """What every reading command prints for this folder."""
    commands = {
        "search": ["search", "--kb", str(kb), "--json", "solid", "state", "range"],
        "export": ["export", "--kb", str(kb)],
        "compare": ["compare", "--kb", str(kb), "--format", "json"],
        "conflicts": ["conflicts", "--kb", str(kb), "--json"],
        "check": ["check", "--kb", str(kb)],
    }
    out = {}
    for name, argv in commands.items():
        code = main(argv)
        out[name] = (code, capsys.readouterr().out)
    return out


def cache_files(kb: Path) -> list[Path]:
    """Every file of every cache: the folder's own and the user's (the key included)."""
    user = Path(os.environ["EVKB_CACHE_DIR"])
    found = [p for root in (kb / ".evkb-cache", user) if root.is_dir() for p in root.rglob("*")]
    return sorted(p for p in found if p.is_file())


def test_planted_payloads_in_every_cache_file_run_nothing(kb, tmp_path, capsys):
    before = answers(capsys, kb)
    assert all(code == 0 for code, _ in before.values())
    files = cache_files(kb)
    assert any(p.suffix == ".json" for p in files) and any(
        p.parent.name.startswith("search") for p in files
    )
    marker = tmp_path / "ran"
    payload = pickle.dumps(Payload(marker))
    for path in files:
        path.write_bytes(payload)
    # Also where the cache used to keep its pickles, under the name it would have looked for.
    digest = cache.file_digest(kb / KB_FILE)
    old = cache._scoped(kb / KB_FILE, "kb1.2")  # the name the pickle cache used
    (kb / ".evkb-cache" / f"{old}-1-{digest[:32]}.pickle").write_bytes(payload)
    after = answers(capsys, kb)
    assert not marker.exists()
    assert after == before


def test_a_planted_entry_is_ignored_with_one_notice_and_rebuilt(kb, capsys):
    answers(capsys, kb)
    # The whole knowledge base's entry (a build keeps one of its own beside it, and the
    # conflicts head has its own too).
    (entry,) = (kb / ".evkb-cache").glob("kb*.json")
    rows = entry.read_bytes().split(b"\n", 1)[1]
    # Well-formed JSON rows with a seal made without the user's key: a forged entry.
    entry.write_bytes(b"0" * 64 + b"\n" + rows.replace(b"Toyota", b"Forged"))
    code = main(["export", "--kb", str(kb)])
    captured = capsys.readouterr()
    assert code == 0 and "Forged" not in captured.out and "Toyota" in captured.out
    lines = captured.err.splitlines()
    assert len(lines) == 1 and "ignored and rebuilt" in lines[0]
    main(["export", "--kb", str(kb)])
    assert capsys.readouterr().err == ""  # rebuilt: the next open trusts it again


def test_a_cache_folder_that_is_a_link_is_not_written_through(kb, tmp_path, capsys):
    shutil.rmtree(kb / ".evkb-cache")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (kb / ".evkb-cache").symlink_to(elsewhere)
    assert main(["search", "--kb", str(kb), "--json", "battery"]) == 0
    capsys.readouterr()
    assert list(elsewhere.iterdir()) == []


def test_no_module_that_reads_a_folder_can_unpickle():
    src = Path(__file__).resolve().parents[2] / "src" / "evkb"
    offenders = [
        str(p.relative_to(src))
        for p in src.rglob("*.py")
        if any(
            word in p.read_text(encoding="utf-8")
            for word in ("import pickle", "import marshal", "import shelve")
        )
    ]
    assert offenders == []


def test_without_any_writable_cache_search_answers_from_memory(kb, tmp_path, capsys, monkeypatch):
    before = answers(capsys, kb)["search"]
    shutil.rmtree(kb / ".evkb-cache")
    (kb / ".evkb-cache").write_text("a file where the cache folder would go")
    (tmp_path / "no").write_text("the same for the user cache")
    monkeypatch.setenv("EVKB_CACHE_DIR", str(tmp_path / "no" / "such"))
    code = main(["search", "--kb", str(kb), "--json", "solid", "state", "range"])
    assert (code, capsys.readouterr().out) == before


def test_a_full_disk_leaves_no_temporary_folder_and_still_answers(kb, capsys, monkeypatch):
    from evkb import retrieval

    before = answers(capsys, kb)["search"]
    shutil.rmtree(kb / ".evkb-cache")
    user = Path(os.environ["EVKB_CACHE_DIR"])
    real = retrieval.write_index

    def full_disk(kb, positions, contexts, path):
        if path is not None:
            (path / "half-written").write_bytes(b"x")
            raise ValueError("No space left on device")  # as the engine reports it
        return real(kb, positions, contexts, path)

    monkeypatch.setattr(retrieval, "write_index", full_disk)
    code = main(["search", "--kb", str(kb), "--json", "solid", "state", "range"])
    assert (code, capsys.readouterr().out) == before
    leftovers = [p for root in (kb / ".evkb-cache", user) for p in root.iterdir() if p.is_dir()]
    assert leftovers == []


def test_records_read_back_from_the_cache_equal_those_of_kb_toml(kb):
    from evkb.kb.store import TABLES, load_kb, read_kb

    parsed = read_kb(kb / KB_FILE)
    for attr, _cls in TABLES.values():
        cached = getattr(load_kb(kb), attr)  # a fresh open: rows parsed one by one at first
        expected = list(getattr(parsed, attr))
        assert [cached[i] for i in range(min(3, len(expected)))] == expected[:3]
        assert list(cached) == expected
        if expected:
            name = dataclasses.fields(expected[0])[0].name  # the id, or another plain value
            assert cached.column(name) == [getattr(r, name) for r in expected]
