"""The Timeline pane: dated statements by year, each traced to its passage, and its snapshot."""

from __future__ import annotations

from helpers.app import bundled_app_in_place as bundled_app
from helpers.app import laid_out, started, until

from evkb.tui.screens.main import MainScreen
from evkb.tui.screens.passage import PassageScreen
from evkb.tui.widgets.cited import CitedList

SIZE = (120, 36)


async def open_timeline(pilot) -> CitedList:
    await started(pilot)
    await pilot.press("5")
    listing = await laid_out(pilot, "#timeline-list", CitedList)
    await until(pilot, lambda: pilot.app.screen.focused is listing and listing.option_count)
    return listing


def on_screen(listing: CitedList) -> str:
    """The lines of the list as they are drawn now (what the reader sees)."""
    return "\n" + "\n".join(listing.render_line(y).text for y in range(listing.size.height))


async def move_to(pilot, listing: CitedList, quote: str) -> None:
    """Move the cursor down to the entry whose citation quotes `quote`."""
    for _ in range(listing.option_count):
        if listing.current and quote in listing.current.cite.quote:
            return
        await pilot.press("j")
    raise AssertionError(f"no entry quoting {quote!r}")


async def test_key_5_shows_the_timeline_mounted_on_first_use():
    app = bundled_app()
    async with app.run_test(size=SIZE) as pilot:
        assert not app.screen.query("TimelinePane")  # lazily mounted, like the other panes
        listing = await open_timeline(pilot)
        assert app.screen.focused is listing
        shown = on_screen(listing)
        assert "\n2026 " in shown and "\n2025 " in shown
        assert "around 2026–2027" in shown and "“around 2026 or 2027”" in shown
        assert "after 2027" in shown  # a vague date stays vague
        await pilot.press("G")
        await pilot.pause()
        shown = on_screen(listing)
        assert "\n2030 " in shown
        assert "by 2030" in shown and "150 GWh" in shown


async def test_enter_opens_the_source_passage_and_escape_returns():
    app = bundled_app()
    async with app.run_test(size=SIZE) as pilot:
        listing = await open_timeline(pilot)
        await move_to(pilot, listing, "2026 or 2027")
        entry = listing.current
        row = listing.highlighted
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PassageScreen)
        passage = app.kb.passage(app.screen.passage_id)
        assert entry.cite.passage == passage.id
        start, end = app.screen.span
        assert passage.text[start:end] == entry.cite.quote
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.screen.focused is listing and listing.highlighted == row


async def test_y_copies_the_entry_with_its_citation():
    app = bundled_app()
    async with app.run_test(size=SIZE) as pilot:
        listing = await open_timeline(pilot)
        await move_to(pilot, listing, "150 GWh by the")
        await pilot.press("y")
        await pilot.pause()
        copied = app.clipboard
        assert copied.startswith("by 2030: ")
        assert listing.current.cite.passage in copied and listing.current.cite.quote in copied


async def test_back_from_another_pane_returns_to_the_same_entry():
    app = bundled_app()
    async with app.run_test(size=SIZE) as pilot:
        listing = await open_timeline(pilot)
        await pilot.press("j", "j", "j")
        row = listing.highlighted
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one("#panes").active == "timeline"
        assert listing.highlighted == row


async def test_small_terminal():
    app = bundled_app()
    async with app.run_test(size=(40, 12)) as pilot:
        listing = await open_timeline(pilot)
        assert listing.size.width >= 30 and listing.size.height >= 6
        shown = on_screen(listing)
        assert "\n2023 " in shown and "\n  2023 " in shown  # a heading, then its entry
        await pilot.press("G", "enter")
        await until(pilot, lambda: isinstance(app.screen, PassageScreen))
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


def test_timeline_snapshot(snap_compare):
    assert snap_compare(bundled_app(), press=["5"], terminal_size=SIZE)


async def test_a_statement_made_twice_is_one_row_that_offers_both_quotes():
    app = bundled_app()
    async with app.run_test(size=SIZE) as pilot:
        listing = await open_timeline(pilot)
        shown = on_screen(listing)
        assert shown.count("  Performance (Toyota Motor): launch") == 1
        for _ in range(listing.option_count):
            if listing.current and len(listing.current.cites) > 1:
                break
            await pilot.press("j")
        assert "+1 more" in str(listing.current.prompt.text)
        await pilot.press("enter")
        await pilot.pause()
        choices = app.screen.query_one("#pick-list").options
        assert len(choices) == len(listing.current.cites)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PassageScreen)
