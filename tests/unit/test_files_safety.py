"""Files are never lost or half-written: atomic writes, a lock per folder, user files untouched,
and a build that fails (bad input, an exception, kill -9) leaves the previous kb.toml as it was."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from evkb.cli import main
from evkb.kb import files
from evkb.kb.files import LOCK_FILE, folder_lock, write_atomic

SRC = Path(__file__).resolve().parents[2] / "src" / "evkb"

ALPHA = """\
Acme Motors Unveils a New Battery
Acme Motors plans a solid-state battery with a range of 620 miles (1,000 km) by 2027.
The battery charges from 10 to 80 percent in 10 minutes, the company’s engineers said.
"""
CURATED = """\
[[company]]
id = "acme"
name = "Acme Motors"
kind = "automaker"
cite = [{ source = "alpha", quote = "Acme Motors plans" }]
"""
WORDS = (
    "the battery maker said its new plant will supply cells for electric cars while analysts "
    "expect demand to slow and costs to fall as suppliers compete for orders in Europe"
).split()


def make_kb(root: Path) -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "curated").mkdir()
    (root / "sources" / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    (root / "curated" / "companies.toml").write_text(CURATED, encoding="utf-8")
    return root


def add_articles(kb: Path, count: int, size: int = 100_000) -> None:
    """`count` generated articles with figures in every paragraph: a build that takes a while."""
    for number in range(count):
        paragraphs, length, n = [], 0, 0
        while length < size:
            n += 1
            words = " ".join(
                WORDS[(number + n * 5 + i) % len(WORDS)] for i in range(20)
            ).capitalize()
            paragraph = (
                f"{words}. Acme Motors will invest ${n % 90 + 1}.{number % 10} billion in "
                f"{2025 + n % 9}, and the cells reach {300 + n % 500} km with charging in {5 + n % 30} minutes."
            )
            paragraphs.append(paragraph)
            length += len(paragraph) + 2
        text = f"Article {number} About Batteries\n\n" + "\n\n".join(paragraphs) + "\n"
        (kb / "sources" / f"generated-{number:03d}.txt").write_text(text, encoding="utf-8")


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file under `folder` (but the derived-data cache): content hash and permissions."""
    seen = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if ".evkb-cache" in rel.split("/"):
            continue
        mode = stat.S_IMODE(path.lstat().st_mode)
        if path.is_file():
            seen[rel] = (hashlib.sha256(path.read_bytes()).hexdigest(), mode)
        else:
            seen[rel] = ("folder", mode)
    return seen


def user_files(kb: Path) -> dict[str, tuple[str, int, int]]:
    """What the user wrote (sources, curated): content, permissions and modification time."""
    seen = {}
    for path in sorted([*(kb / "sources").rglob("*"), *(kb / "curated").rglob("*")]):
        info = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        seen[str(path)] = (digest, stat.S_IMODE(info.st_mode), info.st_mtime_ns)
    return seen


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(files.TMP_SUFFIX))


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EVKB_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def kb(tmp_path) -> Path:
    folder = make_kb(tmp_path / "kb")
    assert main(["build", "--kb", str(folder)]) == 0
    return folder


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def start_build(kb: Path, tmp_path: Path) -> subprocess.Popen:
    env = {**os.environ, "EVKB_CACHE_DIR": str(tmp_path / "cache")}
    return subprocess.Popen(
        [sys.executable, "-m", "evkb", "build", "--kb", str(kb)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )


def wait_for_lock(kb: Path, process: subprocess.Popen, timeout: float = 30) -> None:
    """Until `process` holds the folder's lock (its pid is in the lock file): it is building."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if (kb / LOCK_FILE).read_text().strip() == str(process.pid):
                return
        except FileNotFoundError:
            pass
        assert process.poll() is None, "the build ended before it was seen working"
        time.sleep(0.005)
    raise AssertionError("the build never took the lock")


# --- write_atomic ----------------------------------------------------------------------------------


def test_write_atomic_replaces_whole_and_keeps_permissions(tmp_path):
    target = tmp_path / "kb.toml"
    write_atomic(target, "first")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask  # not mkstemp's private 0600
    target.chmod(0o640)
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert temporaries(tmp_path) == []


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_write_atomic_failing_midway_leaves_the_old_file_and_no_temporary(
    tmp_path, monkeypatch, failing
):
    target = tmp_path / "kb.toml"
    target.write_bytes(b"old contents")

    def broken(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, failing, broken)
    with pytest.raises(OSError):
        write_atomic(target, b"new contents that never land")
    monkeypatch.undo()
    assert target.read_bytes() == b"old contents"
    assert temporaries(tmp_path) == []


def test_create_new_writes_pieces_and_leaves_nothing_when_it_fails(tmp_path, monkeypatch):
    # A staged product is written under its temporary name at once (`create_new`): a write
    # that fails leaves no half file behind, and an existing file is never replaced.
    target = tmp_path / ".p.toml.abc.tmp"
    files.create_new(target, [b"one ", b"two"], 0o666)
    assert target.read_bytes() == b"one two"
    with pytest.raises(FileExistsError):
        files.create_new(target, [b"other"], 0o666)
    assert target.read_bytes() == b"one two"
    failing = tmp_path / ".q.toml.abc.tmp"

    real_fdopen = files.os.fdopen

    class Full:
        def __init__(self, fd, mode):
            self.handle = real_fdopen(fd, mode)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, piece):
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fdopen", Full)
    with pytest.raises(OSError):
        files.create_new(failing, [b"start", b"more"], 0o666)
    monkeypatch.undo()
    assert not failing.exists()


# Places that may write without write_atomic, each for a stated reason.
ALLOWED_WRITES = {
    # write_atomic itself, and the lock file (a lock is not data; it is removed on release)
    "kb/files.py",
    # `evkb init` copies into a fresh staging folder of its own, renamed into place when complete
    "intake.py",
}
DIRECT_WRITE = re.compile(
    r"open\([^)]*['\"][wax]b?\+?['\"]|\.write_text\(|\.write_bytes\(|shutil\.copy|copytree|os\.open\(|\.touch\("
)


def test_every_write_goes_through_write_atomic():
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#")[0].replace("os.open(os.devnull", "")  # silencing a closed pipe
            if DIRECT_WRITE.search(code) and rel not in ALLOWED_WRITES:
                offenders.append(f"{rel}:{number}: {line.strip()}")
            if rel == "intake.py" and DIRECT_WRITE.search(code):
                assert "copy" in code, (
                    f"intake.py:{number}: only init's staging copies may write directly"
                )
    assert offenders == []


# --- failed builds ----------------------------------------------------------------------------------


def test_a_build_with_bad_input_leaves_kb_toml_and_says_where(kb, capsys):
    before = snapshot(kb)
    (kb / "curated" / "broken.toml").write_text(
        '[[company]]\nid = "x"\nname = \n', encoding="utf-8"
    )
    before = snapshot(kb)
    code, _, err = run(capsys, "build", "--kb", str(kb))
    assert code == 1
    assert re.match(rf"{re.escape(str(kb / 'curated' / 'broken.toml'))}:3:8: ", err)
    assert snapshot(kb) == before


def test_a_build_that_crashes_leaves_kb_toml(kb, capsys, monkeypatch):
    import evkb.kb.build as build_module

    before = snapshot(kb)
    (kb / "sources" / "beta.txt").write_text(
        "Beta Cells will build 40 GWh by 2030.\n", encoding="utf-8"
    )
    before = snapshot(kb)

    def crash(*_args):
        raise RuntimeError("a bug in a rule")

    monkeypatch.setattr(build_module, "update_conflicts", crash)
    code, _, err = run(capsys, "build", "--kb", str(kb))
    assert code == 70 and err.startswith("evkb: internal error: RuntimeError: a bug in a rule")
    assert snapshot(kb) == before


def test_a_build_failing_while_writing_leaves_kb_toml(kb, capsys, monkeypatch):
    (kb / "sources" / "beta.txt").write_text(
        "Beta Cells will build 40 GWh by 2030.\n", encoding="utf-8"
    )
    before = snapshot(kb)

    def full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    code, _, err = run(capsys, "build", "--kb", str(kb))
    assert code == 1 and err == f"evkb: {kb / 'kb.toml'}: No space left on device\n"
    assert snapshot(kb) == before


def whole(kb: Path) -> bool:
    """kb.toml and every product and part it names are there and whole."""
    from evkb.kb.built import verify_built

    return [p for p in verify_built(kb) if p.severity == "error"] == []


def test_kill_9_in_the_middle_of_a_build_leaves_the_old_kb_toml(kb, tmp_path):
    old = (kb / "kb.toml").read_bytes()
    add_articles(kb, 8)
    # Killed as soon as it is seen working: while reading and extracting, unless a fast machine
    # has finished already, in which case kb.toml must be the whole new build.
    process = start_build(kb, tmp_path)
    wait_for_lock(kb, process)
    process.send_signal(signal.SIGKILL)
    process.wait()
    now = (kb / "kb.toml").read_bytes()
    # Killed before its manifest was in place the build leaves the old one; killed after it
    # (the lock is held while the caches are written) or finished, the whole new one.
    assert now == old or (now.endswith(b"\n") and b"generated-007" in now)
    assert whole(kb)  # and the files it names are there
    old = now
    assert temporaries(kb) == []
    # Killed while writing a part or kb.toml, if the temporary file can be caught (it lives
    # for milliseconds); a few tries, each with another article to write.
    parts = kb / "built" / "merged"
    for n in range(3):
        (kb / "sources" / f"late-{n}.txt").write_text(
            f"Late Cells {n} will build {n + 40} GWh by 2031.\n", encoding="utf-8"
        )
        process = start_build(kb, tmp_path)
        while process.poll() is None:
            if temporaries(kb) or temporaries(parts):
                process.send_signal(signal.SIGKILL)
                break
        process.wait()
        # Either way kb.toml is whole, the old bytes or a complete new build, never a mix, and
        # every file it names is there.
        now = (kb / "kb.toml").read_bytes()
        assert now == old or (now.endswith(b"\n") and f"late-{n}".encode() in now)
        assert whole(kb)
        old = now
    # The next build takes the lock a killed run left, clears its leftovers and completes.
    assert main(["build", "--kb", str(kb)]) == 0
    assert temporaries(kb) == [] and temporaries(parts) == []
    assert not (kb / LOCK_FILE).exists()
    assert b"late-2" in (kb / "kb.toml").read_bytes() and whole(kb)


_KILLED_AT_KB_TOML = """
import os, sys
from evkb.kb import built
from evkb.cli import main

write = built.write_atomic

def killed(path, *args, **kwargs):
    if path.name == "kb.toml":
        os._exit(9)  # what kill -9 leaves: nothing cleaned up
    return write(path, *args, **kwargs)

built.write_atomic = killed
main(["build", "--kb", sys.argv[1]])
"""


def test_killed_between_its_parts_and_kb_toml_a_build_leaves_the_old_one_whole(kb, tmp_path):
    old = (kb / "kb.toml").read_bytes()
    parts = kb / "built" / "merged"
    before = sorted(p.name for p in parts.iterdir())
    (kb / "sources" / "beta.txt").write_text(
        "Beta Cells will build 40 GWh by 2030.\n", encoding="utf-8"
    )
    env = {**os.environ, "EVKB_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", _KILLED_AT_KB_TOML, str(kb)], env=env)
    assert done.returncode == 9
    # The new parts are written beside the old ones, which are all still there: the old
    # kb.toml reads as it did.
    assert (kb / "kb.toml").read_bytes() == old and whole(kb)
    after = sorted(p.name for p in parts.iterdir())
    assert set(before) < set(after)
    # The next build names the new parts and removes what the old kb.toml alone named.
    assert main(["build", "--kb", str(kb)]) == 0
    assert whole(kb) and b"beta" in (kb / "kb.toml").read_bytes()
    named = (kb / "kb.toml").read_text(encoding="utf-8")
    assert all(p.name in named for p in parts.iterdir())


# --- the lock -----------------------------------------------------------------------------------------


def test_a_second_run_fails_with_the_lock_message_and_changes_nothing(kb, tmp_path, capsys):
    article = tmp_path / "delta.txt"
    article.write_text("Delta Power will open a 30 GWh plant in 2029.\n", encoding="utf-8")
    before = snapshot(kb)
    with folder_lock(kb):
        for args in (["build"], ["add", str(article)]):
            code, _, err = run(capsys, *args, "--kb", str(kb))
            assert code == 1
            assert err == (
                f"{kb / LOCK_FILE}:1:1: another evkb run (pid {os.getpid()}) is changing this "
                "knowledge base; try again when it has finished\n"
            )
    assert snapshot(kb) == before  # the lock file went with the lock
    assert run(capsys, "add", str(article), "--kb", str(kb))[0] == 0


def test_two_builds_at_once_one_wins_and_the_folder_stays_whole(kb, tmp_path, capsys):
    add_articles(kb, 5)
    article = tmp_path / "delta.txt"
    article.write_text("Delta Power will open a 30 GWh plant in 2029.\n", encoding="utf-8")
    process = start_build(kb, tmp_path)
    wait_for_lock(kb, process)
    for args in (["build"], ["add", str(article)]):
        code, _, err = run(capsys, *args, "--kb", str(kb))
        assert code == 1 and f"another evkb run (pid {process.pid})" in err
    assert process.wait(timeout=120) == 0, process.stderr.read()
    process.stderr.close()
    assert not (kb / "sources" / "delta.txt").exists()
    winner = (kb / "kb.toml").read_bytes()
    assert main(["build", "--kb", str(kb)]) == 0  # deterministic: the winner wrote a whole build
    assert (kb / "kb.toml").read_bytes() == winner
    assert temporaries(kb) == [] and not (kb / LOCK_FILE).exists()


def test_a_lock_left_by_a_killed_run_does_not_block(kb, capsys):
    (kb / LOCK_FILE).write_text("999999")  # no process holds it
    assert run(capsys, "build", "--kb", str(kb))[0] == 0
    assert not (kb / LOCK_FILE).exists()


# --- what the user wrote ----------------------------------------------------------------------------


def test_build_never_modifies_what_the_user_wrote(kb, capsys):
    (kb / "sources" / "sources.toml").write_text(
        '[source.alpha]\ntitle = "Alpha"\n', encoding="utf-8"
    )
    (kb / "sources" / "latin.txt").write_bytes(
        b"A caf\xe9 sells 3 batteries.\r\n"
    )  # decoded, not fixed
    (kb / "sources" / "notes.rtf").write_bytes(b"{\\rtf1 not a document}")
    (kb / "curated" / "notes.txt").write_text("my notes", encoding="utf-8")
    os.utime(kb / "sources" / "alpha.txt", ns=(1_000_000_000, 1_000_000_000))
    (kb / "curated" / "companies.toml").chmod(0o444)
    before = user_files(kb)
    assert run(capsys, "build", "--kb", str(kb))[0] == 0
    assert user_files(kb) == before
    (kb / "curated" / "bad.toml").write_text("[[company]\n", encoding="utf-8")
    before = user_files(kb)
    assert run(capsys, "build", "--kb", str(kb))[0] == 1
    assert user_files(kb) == before


@pytest.mark.parametrize(
    "second",
    [b"", b"bin\x00ary", ALPHA.encode("utf-8"), None, "same-as-first"],
    ids=["empty", "binary", "duplicate-of-a-source", "missing", "duplicate-in-batch"],
)
def test_add_of_a_batch_with_a_bad_second_file_leaves_the_folder_as_it_was(
    kb, tmp_path, capsys, second
):
    first = tmp_path / "first.txt"
    first.write_text("Beta Cells will build 40 GWh of capacity by 2030.\n", encoding="utf-8")
    bad = tmp_path / "second.txt"
    if second == "same-as-first":
        bad.write_bytes(first.read_bytes())
    elif second is not None:
        bad.write_bytes(second)
    third = tmp_path / "third.txt"
    third.write_text("Gamma Motors sold 10,000 cars in 2024.\n", encoding="utf-8")
    before = snapshot(kb)
    code, out, err = run(capsys, "add", str(first), str(bad), str(third), "--kb", str(kb))
    assert code == 1 and out == ""
    assert err.startswith(f"evkb: {bad}: ") and err.count("\n") == 1
    assert snapshot(kb) == before


def test_add_whose_build_fails_takes_the_new_files_back(kb, tmp_path, capsys):
    (kb / "curated" / "broken.toml").write_text('[[company]]\nid = "x"\n', encoding="utf-8")
    article = tmp_path / "beta.txt"
    article.write_text("Beta Cells will build 40 GWh of capacity by 2030.\n", encoding="utf-8")
    before = snapshot(kb)
    code, _, err = run(capsys, "add", str(article), "--kb", str(kb))
    assert code == 1 and "broken.toml:1:1: " in err
    assert snapshot(kb) == before


def test_add_into_a_folder_without_sources_leaves_no_empty_folder(tmp_path, capsys):
    kb = tmp_path / "kb"
    (kb / "curated").mkdir(parents=True)
    (kb / "curated" / "bad.toml").write_text("not toml at all", encoding="utf-8")
    article = tmp_path / "beta.txt"
    article.write_text("Beta Cells will build 40 GWh of capacity by 2030.\n", encoding="utf-8")
    before = snapshot(kb)
    assert run(capsys, "add", str(article), "--kb", str(kb))[0] == 1
    assert snapshot(kb) == before


def test_added_documents_and_the_rebuilt_kb_toml_keep_normal_permissions(kb, tmp_path, capsys):
    (kb / "kb.toml").chmod(0o644)
    article = tmp_path / "beta.txt"
    article.write_text("Beta Cells will build 40 GWh of capacity by 2030.\n", encoding="utf-8")
    assert run(capsys, "add", str(article), "--kb", str(kb))[0] == 0
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE((kb / "sources" / "beta.txt").stat().st_mode) == 0o666 & ~mask
    assert stat.S_IMODE((kb / "kb.toml").stat().st_mode) == 0o644


def test_init_makes_a_whole_folder_or_none(tmp_path, capsys):
    target = tmp_path / "new"
    assert run(capsys, "init", str(target))[0] == 0
    assert {p.name for p in target.iterdir()} == {"sources", "curated", "built", "kb.toml"}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no staging left
    before = snapshot(target)
    assert run(capsys, "init", str(target))[0] == 1
    assert snapshot(target) == before


def test_a_killed_runs_forked_workers_do_not_keep_the_folder_locked(tmp_path):
    # A run takes the lock, forks a worker that drops its inherited copy (as build's workers do),
    # and is killed: the folder is free at once, although the worker still runs.
    folder = tmp_path / "kb"
    folder.mkdir()
    script = (
        "import os, sys, time\n"
        "from pathlib import Path\n"
        "from evkb.kb.files import folder_lock, release_inherited_locks\n"
        "with folder_lock(Path(sys.argv[1])):\n"
        "    if os.fork() == 0:\n"
        "        release_inherited_locks()\n"
        "        print(os.getpid(), flush=True)  # said once its copy is dropped\n"
        "        time.sleep(60)\n"
        "        os._exit(0)\n"
        "    time.sleep(60)\n"
    )
    run = subprocess.Popen(
        [sys.executable, "-c", script, str(folder)], stdout=subprocess.PIPE, text=True
    )
    worker = int(run.stdout.readline())
    try:
        run.send_signal(signal.SIGKILL)
        run.wait()
        with folder_lock(folder):  # would fail while anything still held the lock
            pass
    finally:
        os.kill(worker, signal.SIGKILL)
        run.stdout.close()


def test_read_once_rereads_a_changed_file_and_refuses_a_link(tmp_path, monkeypatch):
    doc = tmp_path / "doc.txt"
    doc.write_bytes(b"first")
    reads = []
    real = files.read_regular
    monkeypatch.setattr(files, "read_regular", lambda *a, **k: reads.append(a[0]) or real(*a, **k))
    read = files.ReadOnce(tmp_path)
    assert read(doc) == b"first" and read(doc) == b"first"
    assert len(reads) == 1  # the second from memory: the file is as it was
    replacement = tmp_path / "new.txt"
    replacement.write_bytes(b"other")
    replacement.replace(doc)  # as write_atomic replaces a file: another inode
    assert read(doc) == b"other"
    with doc.open("r+b") as handle:  # changed in place, same size
        handle.write(b"OTHER")
    os.utime(doc, ns=(1, 1))
    assert read(doc) == b"OTHER"
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_bytes(b"secret")
    doc.unlink()
    doc.symlink_to(outside)
    with pytest.raises(files.Refused):
        read(doc)
