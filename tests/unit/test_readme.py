"""The README's two commands stay true: CI runs the very test command the README gives."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("```sh", 1)[1].split("```", 1)[0]
    return [
        line.strip() for line in block.splitlines() if line.strip() and not line.startswith("#")
    ]


def test_readme_starts_with_two_commands():
    start, test = _readme_commands()[:2]
    assert start.endswith(".venv/bin/evkb")
    assert test.endswith(".venv/bin/pytest")


def test_ci_runs_the_readme_test_command():
    test = _readme_commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in [line.strip() for line in ci]
