"""The conflicts screen lists each conflict with both quotes and opens the chosen side."""

from __future__ import annotations

from helpers.app import FinderApp, bundled_app, make_evkb_app, make_kb

from evkb.tui.screens.conflicts import ConflictsScreen


def _screen_text(app: FinderApp) -> str:
    return "\n".join(str(content) for content, _side in app.screen.entries)


async def test_lists_both_quotes_and_the_message():
    app = FinderApp(make_kb(), ConflictsScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        text = _screen_text(app)
        assert "rapid charging in 20 minutes" in text
        assert "10-minute rapid charging period" in text
        assert "charges in 20 minutes in one sentence" in text
        assert "Toyota Motor" in text  # the subject by name, not by id
        assert "2 conflicts and inconsistencies" in str(
            app.screen.query_one("#conflicts-status").content
        )


async def test_enter_opens_the_selected_side_with_its_quote():
    kb = make_kb()
    app = FinderApp(kb, ConflictsScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # the first side: the heading is skipped
        await pilot.press("j", "enter")
        first, second = app.opened
        assert first[:2] == ("passage", "solid:p1")
        start, end = first[2]
        assert kb.passage("solid:p1").text[start:end] == "rapid charging in 20 minutes"
        assert second[:2] == ("passage", "solid:p2")


async def test_markup_is_literal_and_a_side_without_passage_says_so():
    app = FinderApp(make_kb(), ConflictsScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        text = _screen_text(app)
        assert "One cut [b]given[/b] to two makers." in text
        assert "[@click=app.quit]x[/]" in text
        await pilot.press("G", "enter")
        assert app.opened == []
        assert any("no passage" in n for n in app.notices)
        await pilot.press("k", "enter")
        assert app.opened[-1][:2] == ("passage", "lfp:p0")


async def test_escape_goes_back():
    app = FinderApp(make_kb(), ConflictsScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConflictsScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, ConflictsScreen)


async def test_no_conflicts_says_so():
    kb = make_kb()
    kb.conflicts.clear()
    app = FinderApp(kb, ConflictsScreen)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        assert "No conflicts" in str(app.screen.query_one("#conflicts-status").content)


async def test_in_the_app_x_lists_conflicts_and_enter_traces_to_the_quote(tmp_path):
    from evkb.tui.screens.passage import PassageScreen

    app = make_evkb_app(tmp_path)
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
