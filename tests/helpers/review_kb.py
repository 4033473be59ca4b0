"""A small knowledge-base folder with extracted records to review, built by the real loader."""

from __future__ import annotations

import shutil
from pathlib import Path

from evkb.kb.build import build

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "records"


def make_review_kb(
    folder: Path, articles: tuple[str, ...] = ("product-launch.txt", "holder-reference.txt")
) -> Path:
    """`folder` with the articles as its sources, no curated records, and its kb.toml built."""
    (folder / "curated").mkdir(parents=True)
    (folder / "sources").mkdir()
    for name in articles:
        shutil.copy2(ARTICLES / name, folder / "sources" / name)
    build(folder)
    return folder
