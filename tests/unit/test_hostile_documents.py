"""Hostile documents: bad bytes are located or refused, and no document text is ever read as
markup or reaches a terminal as an escape code, whatever the command."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from evkb.cli import main

ESC = "\x1b"
# Markup for Rich and Textual, ANSI colour, a window title, a screen clear, C0 and C1 controls,
# bidi overrides and isolates: everything a pasted article could carry.
HOSTILE = (
    "Zorblax [bold red]Energy[/] Unveils a Battery\n\n"
    "Zorblax Energy says [link=https://evil.example]click[/link] and [@click=app.quit]quit[/] "
    "and a stray [/] tag.\n\n"
    f"Acme Motors says the {ESC}[5;41mSolid{ESC}[0m battery reaches 500 km{ESC}]0;pwned\x07 and "
    f"{ESC}[2J clears, with C1 \x85\x9b31m and \u202eevil\u202c and \u2066iso\u2069 and DEL\x7f BS\x08.\n"
)
ALPHA = """\
Acme Motors Unveils a New Battery
Acme Motors plans a solid-state battery with a range of 620 miles (1,000 km) by 2027.
The battery charges from 10 to 80 percent in 10 minutes, the company’s engineers said.
"""
# Curated values citing the hostile text, so that compare and conflicts show it too.
CURATED = r"""
[[company]]
id = "acme"
name = "Acme Motors"
kind = "automaker"
cite = [{ source = "alpha", quote = "Acme Motors plans" }]

[[company]]
id = "zorblax"
name = "Zorblax [bold red]Energy[/]"
aliases = ["Zorblax Energy"]
kind = "cell maker"
cite = [{ source = "hostile", quote = "Zorblax [bold red]Energy[/] Unveils" }]

[[battery]]
id = "acme-solid"
name = "Solid [@click=app.quit]x[/]"
maker = "acme"

[[battery.fact]]
attribute = "range"
value = 620
unit = "mi"
source = "alpha"
quote = "a range of 620 miles (1,000 km)"

[[battery.fact]]
attribute = "range"
value = 500
unit = "km"
source = "hostile"
quote = "\u001b[5;41mSolid\u001b[0m battery reaches 500 km\u001b]0;pwned\u0007"
"""
# Any byte a terminal could act on: C0 (but TAB and LF), DEL, C1, bidi controls, invisible marks.
UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]"
)


def make_kb(root: Path) -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "curated").mkdir()
    (root / "sources" / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    (root / "sources" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (root / "curated" / "facts.toml").write_text(CURATED, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def hostile_kb(tmp_path_factory) -> Path:
    kb = make_kb(tmp_path_factory.mktemp("hostile") / "kb")
    assert main(["build", "--kb", str(kb)]) == 0
    return kb


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EVKB_CACHE_DIR", str(tmp_path / "cache"))


def run(capsys, *args: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        import io

        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_inert(*outputs: str) -> None:
    for output in outputs:
        found = UNSAFE.search(output)
        assert found is None, (
            f"raw {found.group()!r} in output: {output[max(0, found.start() - 40) : found.end() + 20]!r}"
        )


COMMANDS = [
    ["search", "zorblax", "energy"],
    ["search", "--all", "solid", "battery"],
    ["search", "--json", "--all", "zorblax"],
    ["compare"],
    ["compare", "--format", "markdown"],
    ["compare", "--format", "csv"],
    ["compare", "--format", "json"],
    ["compare", "--units", "imperial", "solid"],
    ["export"],
    ["conflicts"],
    ["conflicts", "--json"],
    ["check"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_shows_hostile_text_inert(hostile_kb, capsys, args):
    code, out, err = run(capsys, *args, "--kb", str(hostile_kb))
    assert code == 0, err
    assert_inert(out, err)


def test_markup_is_shown_literally_and_controls_made_visible(hostile_kb, capsys):
    _, out, _ = run(capsys, "search", "--all", "zorblax", "click", "--kb", str(hostile_kb))
    for token in (
        "[bold",
        "red]Energy[/]",
        "[link=https://evil.example]click[/link]",
        "[@click=app.quit]quit[/]",
    ):
        assert token in out
    _, out, _ = run(capsys, "conflicts", "--kb", str(hostile_kb))
    # The quote is shown, each control as its visible picture (␛ for ESC, ␇ for BEL).
    assert "\u241b[5;41mSolid\u241b[0m battery reaches 500 km\u241b]0;pwned\u2407" in out
    assert "Solid [@click=app.quit]x[/]" in out
    _, out, _ = run(capsys, "compare", "--format", "markdown", "--kb", str(hostile_kb))
    assert "Solid [@click=app.quit]x[/]" in out


def test_json_keeps_the_text_exact_but_escaped(hostile_kb, capsys):
    _, out, _ = run(capsys, "export", "--kb", str(hostile_kb))
    assert ESC not in out and "\\u001b]0;pwned\\u0007" in out
    data = json.loads(out)
    texts = "\n".join(p["text"] for p in data["passages"] if p["source"] == "hostile")
    assert f"{ESC}]0;pwned\x07" in texts and "\u202eevil\u202c" in texts  # nothing lost


def test_search_stdin_lines_are_inert_json(hostile_kb, capsys, monkeypatch):
    queries = f"zorblax\n{ESC}[2J solid\n[/]\n"
    code, out, err = run(
        capsys,
        "search",
        "--stdin",
        "--all",
        "--kb",
        str(hostile_kb),
        stdin=queries,
        monkeypatch=monkeypatch,
    )
    assert code == 0
    assert_inert(out, err)
    lines = out.splitlines()
    assert len(lines) == 3 and all(isinstance(json.loads(line), list) for line in lines)
    assert json.loads(lines[0])[0]["source"] == "hostile"


def test_export_to_a_file_is_inert_and_atomic(hostile_kb, tmp_path, capsys):
    target = tmp_path / "out.json"
    code, out, err = run(capsys, "export", "-o", str(target), "--kb", str(hostile_kb))
    assert code == 0 and out == ""
    assert_inert(target.read_text(encoding="utf-8"), err)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.json")] == []


def test_a_terminal_gets_only_the_programs_own_colours(hostile_kb, tmp_path):
    """With colour forced on (as in a real terminal), Rich's styling is the only escape code."""
    env = {**os.environ, "FORCE_COLOR": "1", "COLUMNS": "160", "EVKB_CACHE_DIR": str(tmp_path)}
    env.pop("NO_COLOR", None)
    for args in (["search", "zorblax"], ["compare"], ["conflicts"]):
        done = subprocess.run(
            [sys.executable, "-m", "evkb", *args, "--kb", str(hostile_kb)],
            capture_output=True,
            env=env,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        out = done.stdout.decode("utf-8")
        assert "\x1b[" in out, "colour was not forced: the test proves nothing"
        assert_inert(re.sub("\x1b\\[[0-9;]*m", "", out), done.stderr.decode("utf-8"))


# --- bytes that are not a text document ---------------------------------------------------------


def test_non_utf8_bytes_are_a_located_warning_in_check_build_and_add(tmp_path, capsys):
    kb = make_kb(tmp_path / "kb")
    (kb / "sources" / "latin.txt").write_bytes(b"First line.\nA caf\xe9 sells 3 batteries.\n")
    code, _, err = run(capsys, "check", "--kb", str(kb))
    assert code == 0
    expected = f"{kb / 'sources' / 'latin.txt'}:2:6: warning: invalid UTF-8 at byte 17 (replaced)"
    assert expected in err.splitlines()
    code, _, err = run(capsys, "build", "--kb", str(kb))
    assert code == 0 and expected in err.splitlines()
    outside = tmp_path / "more.txt"
    outside.write_bytes(b"Another caf\xe9 article about 4 batteries.\n")
    code, _, err = run(capsys, "add", str(outside), "--kb", str(kb))
    assert code == 0
    assert (
        f"{kb / 'sources' / 'more.txt'}:1:12: warning: invalid UTF-8 at byte 11 (replaced)"
        in err.splitlines()
    )


@pytest.mark.parametrize(
    "data, why",
    [
        (b"", "empty file: no text"),
        (b" \n\t\n", "empty file: no text"),
        (b"Some text\x00\x01\x02 binary", "binary file: NUL byte at byte 9"),
    ],
)
def test_empty_and_binary_documents_are_refused_everywhere(tmp_path, capsys, data, why):
    kb = make_kb(tmp_path / "kb")
    assert main(["build", "--kb", str(kb)]) == 0
    built = (kb / "kb.toml").read_bytes()
    capsys.readouterr()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    code, _, err = run(capsys, "add", str(bad), "--kb", str(kb))
    assert (code, err) == (1, f"evkb: {bad}: {why}\n")
    assert not (kb / "sources" / "bad.txt").exists()
    (kb / "sources" / "bad.txt").write_bytes(data)
    for command in ("check", "build"):
        code, _, err = run(capsys, command, "--kb", str(kb))
        assert code == 1
        assert f"{kb / 'sources' / 'bad.txt'}:1:1: refused: {why}" in err.splitlines()
    assert (kb / "kb.toml").read_bytes() == built


def test_hostile_file_names_are_shown_inert(tmp_path, capsys):
    kb = make_kb(tmp_path / "kb")
    assert main(["build", "--kb", str(kb)]) == 0
    capsys.readouterr()
    name = f"ev{ESC}]0;pwned\x07il\u202e[b]\nx.txt"
    bad = tmp_path / name
    bad.write_bytes(b"x\x00")
    code, out, err = run(capsys, "add", str(bad), "--kb", str(kb))
    assert code == 1 and out == ""
    assert_inert(err)
    assert len(err.splitlines()) == 1 and "\u241b]0;pwned\u2407il" in err
    (kb / "sources" / name).write_bytes(b"")
    for command in ("build", "check"):
        code, _, err = run(capsys, command, "--kb", str(kb))
        assert code == 1
        assert_inert(err)
        assert all(re.match(r"(.+:\d+:\d+: |evkb: )", line) for line in err.splitlines()), err


# --- the same document twice ----------------------------------------------------------------------


def test_the_same_document_twice_is_refused_with_its_id(tmp_path, capsys):
    kb = make_kb(tmp_path / "kb")
    assert main(["build", "--kb", str(kb)]) == 0
    capsys.readouterr()
    copy = tmp_path / "Copy Of Alpha.txt"
    copy.write_bytes(ALPHA.encode("utf-8"))
    code, _, err = run(capsys, "add", str(copy), "--kb", str(kb))
    assert (code, err) == (1, f"evkb: {copy}: already in the knowledge base as 'alpha'\n")
    # The same text with a BOM and Windows line ends is the same document.
    windows = tmp_path / "windows.txt"
    windows.write_bytes(b"\xef\xbb\xbf" + ALPHA.replace("\n", "\r\n").encode("utf-8"))
    code, _, err = run(capsys, "add", str(windows), "--kb", str(kb))
    assert (code, err) == (1, f"evkb: {windows}: already in the knowledge base as 'alpha'\n")
    # Twice in one batch: the second is refused, and nothing of the batch is added.
    new = tmp_path / "new.txt"
    new.write_text("Beta Cells will build 40 GWh of capacity by 2030.\n", encoding="utf-8")
    again = tmp_path / "again.txt"
    again.write_bytes(new.read_bytes())
    code, _, err = run(capsys, "add", str(new), str(again), "--kb", str(kb))
    assert (code, err) == (1, f"evkb: {again}: already in the knowledge base as 'new'\n")
    assert sorted(p.name for p in (kb / "sources").iterdir()) == ["alpha.txt", "hostile.txt"]


# --- a big article --------------------------------------------------------------------------------


def test_a_ten_megabyte_article_builds_and_searches(tmp_path, capsys):
    words = (
        "the battery maker said on Monday that its new plant will supply cells for electric cars "
        "while analysts expect demand to slow and costs to fall as suppliers compete for orders"
    ).split()
    paragraphs, size, n = [], 0, 0
    while size < 10_000_000:  # paragraphs of five sentences, a figure in one of ten
        n += 1
        sentences = [
            " ".join(words[(n * 7 + i * 3 + j) % len(words)] for j in range(25)).capitalize() + "."
            for i in range(5)
        ]
        if n % 2 == 0:
            sentences.append(f"Acme Motors will invest ${n % 90 + 1} billion by {2025 + n % 10}.")
        sentences.append("Café crème\xa0costs a little.")  # non-ASCII throughout
        paragraphs.append(" ".join(sentences))
        size += len(paragraphs[-1]) + 2
    paragraphs.insert(len(paragraphs) // 2, "The needle: Zorblax Quokka cells charge in 7 minutes.")
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    kb = make_kb(tmp_path / "kb")
    assert main(["build", "--kb", str(kb)]) == 0
    code, _, err = run(capsys, "add", str(big), "--kb", str(kb))
    assert code == 0, err
    code, out, err = run(
        capsys, "search", "--json", "--limit", "3", "zorblax", "quokka", "--kb", str(kb)
    )
    assert code == 0, err
    hits = json.loads(out)
    assert hits and hits[0]["text"].startswith("The needle: Zorblax Quokka")


def test_records_are_read_from_a_long_documents_start_and_the_build_says_where(
    tmp_path, capsys, monkeypatch
):
    """Past `RECORDS_READ_CHARS` a document is passages and claims only: a document of one form
    repeated a million times cannot keep the records' rules busy for hours."""
    from evkb.kb.extract import text as extract_text
    from evkb.kb.store import load_kb

    monkeypatch.setattr(extract_text, "RECORDS_READ_CHARS", 1_000)
    early = "Pellwick Cells, a Norwegian battery maker, held 12 per cent of the market in 2025."
    late = "Quorrin Energy, a Chilean cell maker, held 9 per cent of the market in 2025."
    filler = "The market for electric cars grew again this year, analysts said on Monday."
    text = "\n\n".join([early, *[filler] * 20, late]) + "\n"
    kb = tmp_path / "kb"
    (kb / "sources").mkdir(parents=True)
    (kb / "curated").mkdir()
    (kb / "sources" / "long.txt").write_text(text, encoding="utf-8")
    code, _, err = run(capsys, "build", "--kb", str(kb), "--jobs", "1")
    assert code == 0, err
    line = text.count("\n", 0, 1_000) + 1
    col = 1_000 - text.rfind("\n", 0, 1_000)
    assert f"long.txt:{line}:{col}: warning: records are proposed from the first 1,000 " in err
    names = {c.name for c in load_kb(kb).companies}
    assert "Pellwick Cells" in names and "Quorrin Energy" not in names
    code, out, _ = run(capsys, "search", "quorrin", "--kb", str(kb))
    assert code == 0 and "Quorrin Energy" in out  # the passage is still found
