"""Hostile or careless folders and arguments: each ends in one clear line or a right answer,
never a hang, an abort, a traceback, or a file outside the folder read or changed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from evkb.kb.files import LOCK_FILE


@pytest.fixture
def kb(bundled_copy: Path) -> Path:
    return bundled_copy


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) >= 1 and "Traceback" not in err and "internal error" not in err, err
    return lines[0]


def run_bounded(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """In a process of its own: a hang is a timeout here, not a stuck test run."""
    return subprocess.run(
        [sys.executable, "-m", "evkb", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ},
    )


@pytest.mark.parametrize("command", ["build", "add"])
def test_a_lock_that_is_a_link_changes_nothing_outside(kb, tmp_path, cli, command):
    outside = tmp_path / "precious.txt"
    outside.write_text("keep me\n")
    (kb / LOCK_FILE).symlink_to(outside)
    article = tmp_path / "new.txt"
    article.write_text("Acme Motors plans a battery plant with 40 GWh of capacity by 2030.\n")
    argv = (
        ["build", "--kb", str(kb)] if command == "build" else ["add", str(article), "--kb", str(kb)]
    )
    code, _, err = cli(*argv)
    assert code == 1 and "symbolic link" in one_line(err)
    assert outside.read_text() == "keep me\n"


def test_a_link_in_sources_to_a_file_outside_is_refused(kb, cli):
    (kb / "sources" / "passwd.txt").symlink_to("/etc/passwd")
    code, _, err = cli("build", "--kb", str(kb))
    assert code == 1 and "outside the knowledge-base folder" in one_line(err)
    code, _, err = cli("check", "--kb", str(kb))
    assert code == 1 and "passwd.txt:1:1: leads outside" in err
    code, out, _ = cli("export", "--kb", str(kb))
    assert code == 0 and "root:" not in out


def test_a_link_inside_the_folder_is_read(kb, cli):
    source = next((kb / "sources").glob("*.txt"))
    (kb / "curated" / "notes").mkdir()
    moved = kb / "curated" / "notes" / source.name
    source.rename(moved)
    source.symlink_to(moved)
    assert cli("build", "--kb", str(kb))[0] == 0


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_fifo_in_curated_does_not_hang(kb, command):
    os.mkfifo(kb / "curated" / "pipe.toml")
    done = run_bounded(command, "--kb", str(kb))
    assert done.returncode == 1
    assert "pipe.toml:1:1: not a regular file" in done.stderr
    assert not (kb / LOCK_FILE).exists()


def test_a_fifo_in_sources_is_named_and_skipped(kb):
    os.mkfifo(kb / "sources" / "pipe.txt")
    done = run_bounded("build", "--kb", str(kb))
    assert done.returncode == 0 and "pipe.txt:1:1: warning: not a regular file" in done.stderr


def test_a_link_to_dev_zero_in_curated_is_refused(kb):
    (kb / "curated" / "zero.toml").symlink_to("/dev/zero")
    done = run_bounded("build", "--kb", str(kb))
    assert done.returncode == 1 and "zero.toml:1:1:" in done.stderr


@pytest.mark.parametrize("name", ["/dev/zero", "fifo"])
def test_add_refuses_what_is_not_a_regular_file(kb, tmp_path, name):
    if name == "fifo":
        name = str(tmp_path / "fifo")
        os.mkfifo(name)
    done = run_bounded("add", name, "--kb", str(kb))
    assert done.returncode == 1
    assert done.stderr.strip() == f"evkb: {name}: not a regular file; not read"


def test_a_huge_document_is_refused_with_its_size(kb, tmp_path, cli):
    from evkb.kb.files import DOCUMENT_LIMIT

    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(DOCUMENT_LIMIT + 1)
    code, _, err = cli("add", str(big), "--kb", str(kb))
    assert code == 1 and "larger than 32 MB" in one_line(err)


def test_the_global_kb_option_is_honoured(kb, tmp_path, cli):
    (kb / "sources" / "extra.txt").write_text(
        "Zorblatt Energy builds a sodium-ion plant in 2031.\n"
    )
    assert cli("build", "--kb", str(kb))[0] == 0
    code, out, _ = cli("--kb", str(kb), "search", "--json", "zorblatt")
    assert code == 0 and json.loads(out)[0]["source"] == "extra"
    code, _, err = cli("--kb", str(tmp_path / "nowhere"), "search", "battery")
    assert code == 1 and "no such knowledge-base folder" in one_line(err)


def test_an_absurd_limit_is_clamped(kb):
    done = run_bounded("search", "--kb", str(kb), "--json", "--limit", "1000000000000", "battery")
    assert done.returncode == 0 and json.loads(done.stdout)
    assert "--limit 1000000000000 cut to 1000" in done.stderr


def test_a_huge_query_is_cut_with_a_notice(kb):
    words = " ".join(["battery", "range"] * 50_000)  # 700 KB
    done = subprocess.run(
        [sys.executable, "-m", "evkb", "search", "--kb", str(kb), "--stdin", "--limit", "3"],
        input=words + "\n" + "x" * 300_000 + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0
    first, second = done.stdout.splitlines()
    assert json.loads(first) and json.loads(second) == []
    assert "line 1: query cut to its first 32 words" in done.stderr
    assert "line 2: query words cut to 64 characters" in done.stderr


def test_a_kb_toml_cut_at_a_line_end_is_caught(kb, cli):
    built = kb / "kb.toml"
    lines = built.read_text(encoding="utf-8").splitlines(keepends=True)
    built.write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
    code, _, err = cli("check", "--kb", str(kb))
    assert code == 1 and "run `evkb build`" in one_line(err)
    for command in ("search", "export", "conflicts"):
        argv = [command, "--kb", str(kb)] + (["battery"] if command == "search" else [])
        code, out, err = cli(*argv)
        assert code == 1 and out == "" and "damaged or cut short" in one_line(err)
    assert cli("build", "--kb", str(kb))[0] == 0
    assert cli("check", "--kb", str(kb))[0] == 0


def test_an_add_killed_before_its_build_is_finished_by_the_next_add(kb, tmp_path, cli):
    article = tmp_path / "zorblatt.txt"
    article.write_text("Zorblatt Energy builds a sodium-ion plant with 30 GWh in 2031.\n")
    # What kill -9 leaves: the document copied, kb.toml not rebuilt, a copy's temporary file.
    shutil.copyfile(article, kb / "sources" / "zorblatt.txt")
    leftover = kb / "sources" / ".other.txt.0123456789ab.tmp"
    leftover.write_text("half a copy")
    code, _, err = cli("add", str(article), "--kb", str(kb))
    assert code == 1 and "already in the knowledge base as 'zorblatt'" in err
    assert "rebuilt it first" in err
    code, out, _ = cli("search", "--kb", str(kb), "--json", "zorblatt")
    assert code == 0 and json.loads(out)[0]["source"] == "zorblatt"
    assert not leftover.exists()


def test_a_build_removes_what_a_killed_copy_left_in_sources(kb, cli):
    leftover = kb / "sources" / ".new.txt.0123456789ab.tmp"
    leftover.write_text("half a copy")
    mine = kb / "sources" / ".notes.tmp"  # not a name evkb makes: left alone
    mine.write_text("mine")
    assert cli("build", "--kb", str(kb))[0] == 0
    assert not leftover.exists() and mine.exists()


def test_add_never_writes_through_a_sources_folder_that_is_a_link(kb, tmp_path, cli):
    elsewhere = tmp_path / "elsewhere"
    shutil.move(kb / "sources", elsewhere)
    (kb / "sources").symlink_to(elsewhere)
    before = sorted(p.name for p in elsewhere.iterdir())
    article = tmp_path / "new.txt"
    article.write_text("Acme Motors plans a battery plant with 40 GWh of capacity by 2030.\n")
    code, _, err = cli("add", str(article), "--kb", str(kb))
    assert code == 1 and "symbolic link" in one_line(err)
    assert sorted(p.name for p in elsewhere.iterdir()) == before
