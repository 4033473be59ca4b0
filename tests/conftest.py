"""Every test gets its own user cache folder: nothing depends on (or writes to) the home folder."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _own_user_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("EVKB_CACHE_DIR", str(tmp_path_factory.mktemp("user-cache")))


@pytest.fixture
def bundled_copy(tmp_path):
    """A copy of the bundled knowledge base (sources, curated files and its built files)."""
    import shutil
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "data"
    folder = tmp_path / "kb"
    for name in ("sources", "curated", "built"):
        shutil.copytree(data / name, folder / name, ignore=shutil.ignore_patterns(".evkb-cache"))
    shutil.copy2(data / "kb.toml", folder / "kb.toml")
    return folder


@pytest.fixture
def cli(capsys):
    """Run `evkb ARGS...` in this process: (exit code, stdout, stderr)."""
    from evkb.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
