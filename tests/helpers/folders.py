"""The fixture knowledge-base folders of tests/data/, built through the real loader.

Each folder holds what a user's folder holds (`sources/*.txt`, `sources/sources.toml`,
`curated/*.toml`); `evkb build` makes its knowledge base, so a test sees only states the loader
can produce. A folder is built once per test run, in a temporary copy: nothing is ever
written into tests/data/.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

from evkb.kb.build import build
from evkb.model import KnowledgeBase

DATA = Path(__file__).resolve().parents[1] / "data"

# Derived files a copy must not take along: the cache is sealed with the key of the user
# cache that made it, and every test has a user cache of its own.
_DERIVED = shutil.ignore_patterns(".evkb-cache")


class KBFolders:
    """The fixture folders, each built on first use into `root` and kept for the test run."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._built: dict[str, tuple[Path, KnowledgeBase]] = {}

    def _build(self, name: str) -> tuple[Path, KnowledgeBase]:
        if name not in self._built:
            folder = self.root / name
            shutil.copytree(DATA / name, folder)
            kb, _path = build(folder)
            self._built[name] = (folder, kb)
        return self._built[name]

    def kb(self, name: str) -> KnowledgeBase:
        """The built knowledge base of tests/data/NAME, a copy of its own for the caller to
        change."""
        return copy.deepcopy(self._build(name)[1])

    def copy(self, name: str, to: Path) -> Path:
        """The built folder of tests/data/NAME copied to `to`, for a test that writes in it."""
        folder, _kb = self._build(name)
        shutil.copytree(folder, to, ignore=_DERIVED)
        return to


def built_files(folder: Path) -> dict[str, bytes]:
    """kb.toml, every product file and every part of a built folder, by name (caches left
    out)."""
    built = folder / "built"
    files = [folder / "kb.toml", *sorted(built.glob("*.toml")), *sorted(built.glob("merged/*"))]
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in files}
