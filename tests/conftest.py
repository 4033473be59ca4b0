"""Every test gets its own user cache folder: nothing depends on (or writes to) the home folder.
The fixture knowledge-base folders of tests/data/ are built once per test run."""

from __future__ import annotations

import pytest
from helpers.folders import KBFolders


@pytest.fixture(autouse=True)
def _own_user_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("EVKB_CACHE_DIR", str(tmp_path_factory.mktemp("user-cache")))


@pytest.fixture(scope="session")
def kb_folders(tmp_path_factory) -> KBFolders:
    """tests/data/NAME built by the real loader: `kb_folders.kb(NAME)` gives its knowledge base,
    `kb_folders.copy(NAME, DIR)` the built folder."""
    with pytest.MonkeyPatch.context() as patch:
        # These builds cache in a folder of their own, never the user's.
        patch.setenv("EVKB_CACHE_DIR", str(tmp_path_factory.mktemp("build-cache")))
        folders = KBFolders(tmp_path_factory.mktemp("kb-folders"))
        yield folders


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


@pytest.fixture
def extracted(monkeypatch) -> list[str]:
    """The source ids each build extracts (the others are reused)."""
    import evkb.kb.build as build_module

    seen: list[str] = []
    real = build_module.extract_documents

    def spy(companies, docs, *args, **kwargs):
        seen.extend(doc.source for doc in docs)
        return real(companies, docs, *args, **kwargs)

    monkeypatch.setattr(build_module, "extract_documents", spy)
    return seen
