"""The Sources pane: what the manifest says about a source is shown with it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from evkb.tui.app import EvkbApp


async def test_the_sources_pane_names_the_author_the_manifest_gives(kb_folders, tmp_path: Path):
    # tests/data/review/sources/sources.toml names the author of product-launch.
    kb_dir = kb_folders.copy("review", tmp_path / "kb")
    app = EvkbApp(kb_dir, theme="evkb-harbour")
    async with app.run_test(size=(120, 36)) as pilot:
        await app.screen.show("sources", "product-launch")
        await pilot.pause()
        head = str(app.screen.query_one("#source-head", Static).content)
        assert "product-launch · by Ada Example" in head
