"""The conflicts screen lists each conflict with both quotes and opens the chosen side."""

from __future__ import annotations

from helpers.app import FinderApp, bundled_app

from evkb.tui.screens.conflicts import ConflictsScreen


def _screen_text(app: FinderApp) -> str:
    return "\n".join(str(content) for content, _side in app.screen.entries)


async def test_lists_both_quotes_and_the_message(finder_kb):
    app = FinderApp(finder_kb, ConflictsScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        text = _screen_text(app)
        assert "rapid charging in 20 minutes" in text
        assert "10-minute rapid charging period" in text
        assert "10 min against 20 min" in text
        assert "All-solid-state" in text and "Nissan LFP" in text  # subjects by name, not id
        assert "2 conflicts and inconsistencies" in str(
            app.screen.query_one("#conflicts-status").content
        )


async def test_enter_opens_the_selected_side_with_its_quote(finder_kb):
    kb = finder_kb
    app = FinderApp(kb, ConflictsScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # the first side: the heading is skipped
        await pilot.press("j", "enter")
        first, second = app.opened
        assert first[:2] == ("passage", "lfp:p0")
        start, end = first[2]
        assert kb.passage("lfp:p0").text[start:end] == "cutting costs by 30%"
        assert second[:2] == ("passage", "roadmap:p1")


async def test_markup_is_literal_and_a_side_without_passage_says_so(finder_kb):
    from dataclasses import replace

    # The build resolves every side to its passage; a side whose passage is not known (a
    # knowledge base written by an older build, say) is made here by hand.
    *others, last = finder_kb.conflicts
    finder_kb.conflicts = [
        *others,
        replace(last, sides=(*last.sides[:-1], replace(last.sides[-1], passage=""))),
    ]
    app = FinderApp(finder_kb, ConflictsScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        text = _screen_text(app)
        assert "cutting costs by 20% [@click=app.quit]x[/]" in text  # a quote's markup is text
        await pilot.press("G", "enter")
        assert app.opened == []
        assert any("no passage" in n for n in app.notices)
        await pilot.press("k", "enter")
        assert app.opened[-1][:2] == ("passage", "solid:p2")


async def test_escape_goes_back(finder_kb):
    app = FinderApp(finder_kb, ConflictsScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConflictsScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, ConflictsScreen)


async def test_no_conflicts_says_so(tmp_path):
    from evkb.kb.build import build

    (tmp_path / "kb" / "sources").mkdir(parents=True)
    (tmp_path / "kb" / "sources" / "plain.txt").write_text(
        "Acme Motors plans a battery with 620 miles of range.\n", encoding="utf-8"
    )
    kb, _path = build(tmp_path / "kb")
    app = FinderApp(kb, ConflictsScreen)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        assert "No conflicts" in str(app.screen.query_one("#conflicts-status").content)


async def test_in_the_app_x_lists_conflicts_and_enter_traces_to_the_quote(finder_folder):
    from evkb.tui.app import EvkbApp
    from evkb.tui.screens.passage import PassageScreen

    app = EvkbApp(finder_folder)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("x")
        assert isinstance(app.screen, ConflictsScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PassageScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConflictsScreen)


async def test_bundled_kb_lists_every_side_with_its_quote(tmp_path):
    app = bundled_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("x")
        sides = [side for _content, side in app.screen.entries if side is not None]
        assert sides == [side for c in app.kb.conflicts for side in c.sides]
        text = "\n".join(str(content) for content, _side in app.screen.entries)
        assert all(side.quote in text for side in sides)
