"""The Sources pane: what the manifest says about a source is shown with it."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import Static

from evkb.kb.build import build
from evkb.tui.app import EvkbApp

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "records"


async def test_the_sources_pane_names_the_author_the_manifest_gives(tmp_path: Path):
    kb_dir = tmp_path / "kb"
    (kb_dir / "curated").mkdir(parents=True)
    (kb_dir / "sources").mkdir()
    shutil.copy2(ARTICLES / "product-launch.txt", kb_dir / "sources")
    (kb_dir / "sources" / "sources.toml").write_text(
        '[source.product-launch]\ntitle = "A launch"\nauthor = "Ada Example"\n', encoding="utf-8"
    )
    build(kb_dir)
    app = EvkbApp(kb_dir, theme="evkb-harbour")
    async with app.run_test(size=(120, 36)) as pilot:
        await app.screen.show("sources", "product-launch")
        await pilot.pause()
        head = str(app.screen.query_one("#source-head", Static).content)
        assert "product-launch · by Ada Example" in head
