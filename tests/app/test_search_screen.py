"""The search screen ranks as you type, highlights matches, previews and opens passages."""

from __future__ import annotations

from helpers.app import FinderApp, bundled_app, settle
from textual.widgets import Input, OptionList, Static

from evkb.tui.screens.search import SearchScreen


async def _settle(app: FinderApp, pilot) -> None:
    await settle(pilot)  # the debounced search has run


def _results(app: FinderApp) -> OptionList:
    return app.screen.query_one("#search-results", OptionList)


def _hit_ids(app: FinderApp) -> list[str]:
    return [hit.passage.id for hit in app.screen._hits]


def _status(app: FinderApp) -> str:
    return str(app.screen.query_one("#search-status", Static).content)


async def test_a_typo_query_finds_the_passage_and_highlights_it(finder_kb):
    app = FinderApp(finder_kb, SearchScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press(*"sold state batery")
        await _settle(app, pilot)
        assert _hit_ids(app)[0] == "solid:p2"
        # The matched words are styled in the list and in the preview.
        prompt = _results(app).get_option_at_index(0).prompt
        assert any("reverse" in str(span.style) for span in prompt.lines[0].spans)
        preview = app.screen.query_one("#search-preview", Static).content
        assert "initial solid-state batteries" in str(preview)
        assert any("reverse" in str(span.style) for span in preview.spans)
        assert "matches in body passages" in _status(app)


async def test_body_only_by_default_and_a_toggle_for_all_kinds(finder_kb):
    app = FinderApp(finder_kb, SearchScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press(*"newsletter")
        await _settle(app, pilot)
        assert _hit_ids(app) == []
        assert "No matches" in _status(app)
        await pilot.press("ctrl+t")
        await _settle(app, pilot)
        assert _hit_ids(app) == ["solid:p3"]
        assert "all passage kinds" in _status(app)
        await pilot.press("ctrl+t")
        await _settle(app, pilot)
        assert _hit_ids(app) == []


async def test_enter_opens_the_highlighted_passage_at_its_match(finder_kb):
    app = FinderApp(finder_kb, SearchScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press(*"phosphate")
        await _settle(app, pilot)
        await pilot.press("enter")
        ((kind, passage_id, span),) = app.opened
        assert (kind, passage_id) == ("passage", "lfp:p0")
        assert app.kb.passage(passage_id).text[span[0] : span[1]].lower() == "phosphate"


async def test_arrows_and_vim_keys_move_through_hits(finder_kb):
    app = FinderApp(finder_kb, SearchScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press(*"620 miles")
        await _settle(app, pilot)
        assert len(_hit_ids(app)) >= 2
        results = _results(app)
        assert results.highlighted == 0
        await pilot.press("down")  # from the input
        assert results.highlighted == 1
        await pilot.press("up")
        assert results.highlighted == 0
        await pilot.press("tab", "j")  # in the list
        assert results.highlighted == 1
        await pilot.press("k")
        assert results.highlighted == 0
        await pilot.press("j", "enter")
        assert app.opened[-1][1] == _hit_ids(app)[1]


async def test_newest_query_wins(finder_kb):
    app = FinderApp(finder_kb, SearchScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press(*"newsletter")
        # Replace the query before the first search has had time to run.
        app.screen.query_one("#search-input", Input).value = "phosphate"
        await _settle(app, pilot)
        assert _hit_ids(app) == ["lfp:p0"]


async def test_markup_in_documents_is_shown_literally(finder_kb):
    app = FinderApp(finder_kb, SearchScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("ctrl+t", *"drone delivery")
        await _settle(app, pilot)
        assert _hit_ids(app)[0] == "solid:p4"
        preview = str(app.screen.query_one("#search-preview", Static).content)
        assert "[@click=app.quit]x[/]" in preview
        await pilot.click("#search-preview")
        assert app.is_running
        assert isinstance(app.screen, SearchScreen)


async def test_escape_goes_back_and_small_terminals_work(finder_kb):
    app = FinderApp(finder_kb, SearchScreen)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press(*"solid")
        await _settle(app, pilot)
        assert app.screen.has_class("-narrow")
        await pilot.press("escape")
        assert not isinstance(app.screen, SearchScreen)


async def test_in_the_app_slash_searches_and_enter_traces_to_the_passage(finder_folder):
    from evkb.tui.app import EvkbApp
    from evkb.tui.screens.passage import PassageScreen

    app = EvkbApp(finder_folder)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"sold state batery")
        await _settle(app, pilot)
        assert _hit_ids(app)[0] == "solid:p2"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PassageScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)  # back where the reader was, results kept
        assert _hit_ids(app)[0] == "solid:p2"


def test_snippet_keeps_the_match_in_view_and_its_offsets_right():
    from evkb.tui.widgets.finder.snippet import snippet

    text = "x" * 300 + "solid\nstate" + "y" * 300
    start = text.index("solid")
    window, spans = snippet(text, [(start, start + 11)], width=60)
    assert len(window) == 60 and "\n" not in window
    assert window.startswith("…") and window.endswith("…")
    ((s, e),) = spans
    assert window[s:e] == "solid state"
    short, short_spans = snippet("solid state", [(0, 5)], width=60)
    assert (short, short_spans) == ("solid state", [(0, 5)])


async def test_bundled_kb_typo_query_finds_the_solid_state_passage(tmp_path):
    app = bundled_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("slash", *"sold state batery range")
        await _settle(app, pilot)
        top = app.screen._hits[0].passage
        assert top.kind == "body"
        assert "solid-state" in top.text and "range" in top.text
        assert all(hit.passage.kind == "body" for hit in app.screen._hits)
        await pilot.press("ctrl+t")
        await _settle(app, pilot)
        assert app.screen._hits


async def test_a_long_query_says_it_was_cut(finder_kb):
    from evkb.search import MAX_QUERY_WORDS

    app = FinderApp(finder_kb, SearchScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        words = " ".join(["battery"] * (MAX_QUERY_WORDS + 5))
        app.screen.query_one("#search-input", Input).value = words
        await _settle(app, pilot)
        assert f"query cut to its first {MAX_QUERY_WORDS} words" in _status(app)
        app.screen.query_one("#search-input", Input).value = "battery"
        await _settle(app, pilot)
        assert "cut" not in _status(app)
