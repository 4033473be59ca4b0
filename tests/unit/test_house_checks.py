"""The house stays as `docs/ARCHITECTURE.md` describes it: formatted, linted and typed.

These run the same tools as `make check`, so the README's one test command (and CI) keeps them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is not installed: install the test extra (pip install -e '.[test]')")
    return found


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_the_code_is_formatted():
    result = _run(_tool("ruff"), "format", "--check", "src", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_passes_the_linter():
    result = _run(_tool("ruff"), "check", "src", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_core_and_the_faces_type_check():
    result = _run(_tool("mypy"), "src")
    assert result.returncode == 0, result.stdout + result.stderr
