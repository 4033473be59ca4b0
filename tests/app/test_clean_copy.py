"""What `y` copies is the cleaned text the screen shows, not the document's raw bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.app import laid_out, started

from evkb.cli import main

ESC = "\x1b"
DOCUMENT = (
    "Zorblax Energy Unveils a Battery\n\n"
    f"Zorblax says its {ESC}[5;41mSolid{ESC}[0m battery reaches 500 km{ESC}]0;pwned\x07 and "
    "\u202eevil\u202c text, made by a family \U0001f468\u200d\U0001f469\u200d\U0001f467 team.\n"
)


@pytest.fixture
def kb(tmp_path) -> Path:
    folder = tmp_path / "kb"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "a-hostile.txt").write_text(DOCUMENT, encoding="utf-8")
    assert main(["build", "--kb", str(folder)]) == 0
    return folder


async def test_copy_carries_the_cleaned_text(kb):
    from evkb.text import safe_text
    from evkb.tui.app import EvkbApp
    from evkb.tui.widgets.passages import PassageView

    app = EvkbApp(kb)
    async with app.run_test(size=(160, 40)) as pilot:
        await started(pilot)
        await pilot.press("4")
        view = await laid_out(pilot, "PassageView", PassageView)
        view.focus()
        view.action_move(1)  # the heading is first; the body passage with the codes follows
        await pilot.pause()
        assert view.current is not None and "Solid" in view.current.text
        await pilot.press("y")
        await pilot.pause()
        copied = app.clipboard
    assert "Solid" in copied and safe_text(view.current.text) in copied
    assert ESC not in copied and "\u202e" not in copied and "\x07" not in copied
    assert "\U0001f468\u200d\U0001f469\u200d\U0001f467 team" in copied  # joiners kept, not \ufffd
