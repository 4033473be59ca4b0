"""Work forked off beside the building process: the answer comes back, a child that fails is
told and its work done by the build, and the cache entries it helps write are the same."""

from __future__ import annotations

import os
import shutil
import signal

import pytest
from helpers.folders import built_files

import evkb.kb.build as build_module
from evkb.kb.built import load_kb, read_kb
from evkb.kb.check import check_kb
from evkb.kb.forked import Forked
from evkb.kb.store import TABLES


def test_the_answer_of_a_forked_child_comes_back():
    child = Forked(lambda: {"rows": list(range(100_000))})
    assert child.answer() == {"rows": list(range(100_000))}  # more than a pipe holds at once
    assert child.reason == ""


def _fails() -> dict:
    raise ValueError("no")


def _killed() -> dict:
    os.kill(os.getpid(), signal.SIGKILL)
    return {}


@pytest.mark.parametrize(
    ("work", "reason"), [(_fails, "ended with status 1"), (_killed, "killed by signal 9")]
)
def test_a_child_that_fails_answers_none_with_the_reason(work, reason):
    child = Forked(work)
    assert child.answer() is None
    assert child.reason == reason


def test_a_child_still_running_is_stopped():
    child = Forked(lambda: __import__("time").sleep(60))
    pid = child.pid
    child.stop()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # ended and waited for


@pytest.fixture
def forking(monkeypatch) -> list[Forked]:
    """Every build forks its entries' writer, however few its documents; the children made."""
    made: list[Forked] = []

    def spy(work):
        made.append(Forked(work))
        return made[-1]

    monkeypatch.setattr(build_module, "BESIDE_FROM", 1)
    monkeypatch.setattr(build_module, "Forked", spy)
    return made


def _cache_reads_as_files(folder) -> None:
    from_files, from_cache = read_kb(folder / "kb.toml"), load_kb(folder)
    for attr, _cls in TABLES.values():
        assert list(getattr(from_cache, attr)) == list(getattr(from_files, attr)), attr


def test_a_build_with_its_entries_written_beside_writes_the_same(
    cli, bundled_copy, tmp_path, forking
):
    shutil.rmtree(bundled_copy / "built")  # every product made again, by this build
    (bundled_copy / "kb.toml").unlink()
    alone = tmp_path / "alone"
    shutil.copytree(bundled_copy, alone)
    build_module.BESIDE_FROM = 10**9
    assert cli("build", "--kb", str(alone))[0] == 0
    build_module.BESIDE_FROM = 1
    code, _, err = cli("build", "--kb", str(bundled_copy))
    assert code == 0 and "warning" not in err, err
    assert len(forking) == 2  # the cache entries' rows and the parts
    assert built_files(bundled_copy) == built_files(alone)
    assert check_kb(bundled_copy) == []
    _cache_reads_as_files(bundled_copy)
    # The build's own entry, written beside, is the next build's: nothing is read again.
    reads: list[str] = []
    real = build_module.reusable
    build_module.reusable = lambda kb_dir, source, *a, **k: (
        reads.append(source) or real(kb_dir, source, *a, **k)
    )
    try:
        (bundled_copy / "sources" / "extra.txt").write_text(
            "Cell News\n\nA plant will reach 60 GWh by 2030.\n", encoding="utf-8"
        )
        assert cli("build", "--kb", str(bundled_copy))[0] == 0
    finally:
        build_module.reusable = real
    assert reads == ["extra"]


@pytest.mark.parametrize(
    ("work", "what"), [("write_beside", "cache"), ("write_parts_beside", "parts")]
)
def test_a_child_that_dies_is_told_and_its_work_done_by_the_build(
    cli, bundled_copy, tmp_path, monkeypatch, forking, work, what
):
    shutil.rmtree(bundled_copy / "built")
    (bundled_copy / "kb.toml").unlink()
    alone = tmp_path / "alone"
    shutil.copytree(bundled_copy, alone)
    assert cli("build", "--kb", str(alone))[0] == 0
    monkeypatch.setattr(build_module, work, lambda *_args: _killed())
    code, _, err = cli("build", "--kb", str(bundled_copy))
    assert code == 0
    assert f"the process writing the {what} beside the build killed by signal 9" in err
    assert built_files(bundled_copy) == built_files(alone)
    assert check_kb(bundled_copy) == []
    _cache_reads_as_files(bundled_copy)


def test_a_build_that_fails_after_the_fork_leaves_the_folder_as_it_was(
    cli, bundled_copy, monkeypatch, forking
):
    before = built_files(bundled_copy)
    (bundled_copy / "sources" / "extra.txt").write_text(  # new parts to write
        "Cell News\n\nNorthvolt will reach 60 GWh by 2030, up from 16 GWh.\n", encoding="utf-8"
    )

    def fails(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module, "update_conflicts", fails)
    with pytest.raises(KeyboardInterrupt):
        build_module.build(bundled_copy)
    assert len(forking) == 2
    parts = sorted(p.name for p in (bundled_copy / "built" / "merged").iterdir())
    assert parts == sorted(name.split("/")[-1] for name in before if "/merged/" in name)
