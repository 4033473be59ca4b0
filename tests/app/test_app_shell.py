"""The app shell with Pilot: panes, tracing and history, help, copying, themes, settings, sizes."""

from __future__ import annotations

import pytest
from helpers.app import in_pane, laid_out, started, until
from textual.widgets import Input, OptionList, Static

from evkb.kb.load import KBError
from evkb.model import BODY, KnowledgeBase, Passage, Source
from evkb.tui.config import load_config
from evkb.tui.screens.help import HelpScreen
from evkb.tui.screens.main import MainScreen
from evkb.tui.screens.passage import PassageScreen
from evkb.tui.themes import load_themes, theme_from_toml
from evkb.tui.widgets.cited import CitedList
from evkb.tui.widgets.passages import PassageView


def texts(widget: CitedList) -> list[str]:
    return [option.prompt.plain for option in widget.options]


def view_text(view: PassageView) -> str:
    return "\n".join(view.render_line(y).text for y in range(view.size.height))


def recording(app) -> list[str]:
    """Replace `app.notify` with a recorder (messages are Content, never markup strings)."""
    seen: list[str] = []

    def notify(message, **_kwargs):
        assert not isinstance(message, str), "notifications must be Content, not markup"
        seen.append(message.plain)

    app.notify = notify
    return seen


async def test_companies_shows_relations_both_ways_and_filters(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        # Only the first pane is built at start-up; the others wait until they are shown.
        assert app.screen.query("OverviewPane")
        assert not app.screen.query("CompaniesPane, BatteriesPane, MarketPane, SourcesPane")
        await pilot.press("1")
        await pilot.pause()
        pane = app.screen.query_one("CompaniesPane")
        pane.select("panasonic")
        await pilot.pause()
        detail = app.screen.query_one("#company-detail", CitedList)
        shown = "\n".join(texts(detail))
        assert "Panasonic is supplier of Tesla" in shown
        assert "Market share" in shown and "< 10%" in shown
        pane.select("tesla")
        await pilot.pause()
        assert "Panasonic is supplier of Tesla" in "\n".join(texts(detail))
        pane.select("toyota")
        await pilot.pause()
        shown = "\n".join(texts(detail))
        assert (
            "Subsidy of roughly $853 million (roughly ¥120 billion) to Toyota Motor" in shown
            and "battery: High Performance" in shown
        )
        # Filter as you type.
        await pilot.press("f", "c", "a", "t")
        listing = app.screen.query_one("#company-list")
        assert [o.id for o in listing.options] == ["catl"]
        await pilot.press("enter")
        assert app.focused is listing


async def test_batteries_card_marks_conflicts_and_unknowns(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        app.screen.query_one("BatteriesPane").select("high-performance")
        await pilot.pause()
        card = texts(app.screen.query_one("#battery-card", CitedList))
        charging = [t for t in card if t.startswith("⚠ charging")]
        assert len(charging) == 2 and "20 min" in charging[0] and "10 min" in charging[1]
        # What no source states is one dim line after the stated values.
        assert card[-1].startswith("Not stated: ") and "cost change" in card[-1]
        assert not any("unknown" in t for t in card)
        assert any("20 min against 10 min" in t for t in card)


async def test_batteries_filter_by_name_maker_or_chemistry(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await started(pilot)
        await pilot.press("2")
        listing = await laid_out(pilot, "#battery-list", OptionList)
        every = [o.id for o in listing.options]
        assert {"bipolar-lfp", "high-performance"} <= set(every)
        await pilot.press("f", *"high")
        assert [o.id for o in listing.options] == ["high-performance"]
        note = str(app.screen.query_one("#battery-note", Static).render())
        assert note == f"1 of {len(every)} generations"
        await pilot.press("enter")
        assert app.focused is listing
        # A maker's name finds its generations; clearing the filter lists them all again.
        filtering = app.screen.query_one("#battery-filter", Input)
        filtering.value = "toyota motor"
        await until(pilot, lambda: len(listing.options) == 2)
        # A filter that hides every row leaves no card of a generation it hid.
        filtering.value = "no such generation"
        card = app.screen.query_one("#battery-card", CitedList)
        await until(pilot, lambda: not listing.options and not texts(card))
        filtering.value = ""
        await until(pilot, lambda: [o.id for o in listing.options] == every)


async def test_market_share_draws_bounds_as_bounds(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await started(pilot)
        await pilot.press("3")
        await in_pane(pilot)

        def chart_text() -> str:
            charts = app.screen.query("#share-chart")
            return charts.first().render().plain if charts else ""

        await until(pilot, lambda: "not stated" in chart_text())
        chart = chart_text()
        assert "┤ < 10%" in chart and "▶ > 50%" in chart
        assert "others" in chart and "not stated" in chart
        table = texts(app.screen.query_one("#share-table", CitedList))
        assert any("< 10%" in t and "toyota-subsidy" in t for t in table)


async def test_sources_pane_shows_document_text_literally(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        app.screen.query_one("SourcesPane").select("toyota-solid-state")
        view = await laid_out(pilot, "PassageView", PassageView)
        await until(pilot, lambda: "today" in view_text(view))
        shown = view_text(view)
        assert "[b]today[/b]" in shown  # markup in a document stays text
        assert "[@click=app.quit]x[/]" in shown and "␛[31mred" in shown
        assert "\x1b" not in shown
        assert "toyota-solid-state:p3 · boilerplate" in shown


def test_figures_and_company_names_are_marked_in_passages(shell_kb):
    from evkb.tui.widgets.passages import name_pattern, passage_content

    passage = shell_kb.passage("toyota-subsidy:p1")
    content = passage_content(shell_kb, passage, name_pattern(shell_kb))
    marked = {(content.plain[s.start : s.end], str(s.style)) for s in content.spans}
    assert ("10 percent", "bold $text-warning") in marked
    assert ("Panasonic", "bold $text-accent") in marked and ("CATL", "bold $text-accent") in marked
    caption = shell_kb.passage("toyota-subsidy:p2")
    dimmed = passage_content(shell_kb, caption, name_pattern(shell_kb))
    assert [str(s.style) for s in dimmed.spans] == ["$text-muted"]


async def test_enter_traces_a_figure_and_escape_comes_back(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await started(pilot)
        await pilot.press("2")
        await in_pane(pilot)
        await pilot.press("j", "enter")  # second battery, into its card
        card = app.screen.query_one("#battery-card", CitedList)
        await until(pilot, lambda: card.has_focus and card.options)
        # Down the card to its range row; bounded, so a card without one fails, never spins.
        for _ in range(len(card.options)):
            if card.current and card.current.prompt.plain.startswith("range"):
                break
            await pilot.press("j")
        assert card.current and card.current.prompt.plain.startswith("range")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, PassageScreen))
        passage = app.kb.passage(app.screen.passage_id)
        start, end = app.screen.span
        assert passage.text[start:end] == "exceeding 620 miles (1,000 km)"
        neighbours = app.screen.query(".passage")
        assert len(neighbours) == 4  # two before (only one exists), itself, two after
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.screen.location()[0] == "batteries"


async def test_backspace_walks_history_across_panes(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await started(pilot)
        await pilot.press("3")
        await in_pane(pilot)
        await app.go("sources", "toyota-solid-state")
        await in_pane(pilot)
        assert app.screen.location() == ("sources", "toyota-solid-state")
        await pilot.press("backspace")
        await in_pane(pilot)
        assert app.screen.location()[0] == "market"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.location()[0] == "overview"


async def test_y_copies_the_focused_fact_with_its_citation(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await started(pilot)
        await pilot.press("3")
        await in_pane(pilot)
        await pilot.press("G", "enter", "y")  # the undated period, into its table, copy
        copied = app.clipboard
        assert "Chinese suppliers: > 50%" in copied
        assert "Toyota gets $853 million subsidy, toyota-subsidy:p1" in copied
        assert "“control more than half”" in copied


async def test_help_is_generated_from_the_bindings(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = {(keys, text) for _, keys, text, _ in app.screen.rows}
        assert ("2", "Batteries") in rows and ("/", "Search") in rows
        assert ("j", "Down") in rows
        # Only ids a keymap can rebind are shown, never an action's internal name.
        idents = {ident for _, _, _, ident in app.screen.rows}
        assert "list.down" in idents and "cursor_down" not in idents
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_palette_commands_jump_and_render_names_literally(kb_folders, tmp_path):
    from evkb.kb.build import build
    from evkb.tui.app import EvkbApp
    from evkb.tui.commands import JumpCommands

    folder = kb_folders.copy("shell", tmp_path / "kb")
    with (folder / "sources" / "sources.toml").open("a", encoding="utf-8") as manifest:
        manifest.write('\n[source.toyota-solid-state]\ntitle = "[b]Bold[/] claim"\n')
    build(folder)
    app = EvkbApp(folder, theme="evkb-harbour")
    async with app.run_test(size=(120, 36)) as pilot:
        provider = JumpCommands(app.screen)
        hits = [hit async for hit in provider.search("bold")]
        assert hits and hits[0].prompt.plain == "Source: [b]Bold[/] claim"
        hits[0].command()
        await pilot.pause()
        await pilot.pause()
        assert app.screen.location() == ("sources", "toyota-solid-state")


def test_theme_files_are_checked(tmp_path):
    (tmp_path / "good.toml").write_text('name = "good"\ndark = false\nprimary = "#112233"\n')
    (tmp_path / "colour.toml").write_text('name = "c"\nprimary = "#112233"\nsurface = "blurple"\n')
    (tmp_path / "syntax.toml").write_text('name = "s"\nprimary = \n')
    (tmp_path / "typo.toml").write_text('name = "t"\nprimry = "#112233"\n')
    themes, problems = load_themes([tmp_path])
    assert [t.name for t in themes] == ["good"] and themes[0].dark is False
    assert f"{tmp_path / 'colour.toml'}:3:1: surface = 'blurple' is not a colour" in problems
    assert any(p.startswith(f"{tmp_path / 'syntax.toml'}:2:") for p in problems)
    assert any("did you mean 'primary'" in p for p in problems)
    with pytest.raises(KBError):
        theme_from_toml(tmp_path / "typo.toml")


def test_bundled_themes_load_light_and_dark():
    from evkb.paths import bundled_themes_dir

    themes, problems = load_themes([bundled_themes_dir()])
    assert problems == []
    assert len(themes) >= 3 and {t.dark for t in themes} == {True, False}


async def test_broken_theme_file_is_skipped_with_a_reason(make_app, isolated_settings):
    folder = isolated_settings / "themes"
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text('name = "broken"\nprimary = "nope"\n')
    app = make_app()
    seen = recording(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "broken" not in app.available_themes
        assert any("broken.toml:2:1: primary = 'nope' is not a colour" in m for m in seen)
        assert app.theme == "evkb-harbour"


async def test_theme_choice_is_remembered_but_a_flag_is_not(make_app, isolated_settings):
    app = make_app(theme="evkb-paper")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "evkb-paper"
        assert not (isolated_settings / "config.toml").exists()
        app.theme = "evkb-cell"  # as the palette's "Change theme" does
        await pilot.pause()
    config, problems = load_config(isolated_settings / "config.toml")
    assert config.theme == "evkb-cell" and problems == []
    app = make_app(theme=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "evkb-cell"


async def test_unknown_theme_and_textual_theme_env(make_app, monkeypatch):
    app = make_app(theme="no-such-theme")
    seen = recording(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "evkb-harbour"
        assert any("no theme named 'no-such-theme'" in m for m in seen)
    monkeypatch.setenv("TEXTUAL_THEME", "evkb-slate")
    app = make_app(theme=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "evkb-slate"


async def test_user_keymap_rebinds_by_id(make_app, isolated_settings):
    isolated_settings.mkdir(parents=True)
    (isolated_settings / "config.toml").write_text('[keymap]\n"pane.market" = "m"\n')
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        assert app.screen.location()[0] == "market"


@pytest.mark.parametrize("size", [(40, 12), (80, 24), (200, 60)])
async def test_every_screen_at_small_and_large_sizes(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        for keys in (
            ["2", "enter"],
            ["3"],
            ["4", "enter", "j"],
            ["1", "enter", "enter"],
        ):
            await pilot.press(*keys)
            await pilot.pause()
        assert isinstance(app.screen, PassageScreen)
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_no_color(make_app, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "3", "4")
        await pilot.pause()
        assert app.no_color


def big_kb(kb: KnowledgeBase, count: int) -> KnowledgeBase:
    """`kb` with a source of `count` passages added in memory: building that many through the
    loader would make this test about the build's speed, not the pane's."""
    text = "A passage of a long archive with a figure of 42 GWh and a name, Panasonic, in it."
    step = len(text) + 1
    # A loaded knowledge base holds read-only record sequences: new lists, not appends.
    kb.sources = [
        *kb.sources,
        Source("archive", "archive.txt", "2" * 64, count * step, title="Archive"),
    ]
    kb.passages = [
        *kb.passages,
        *(
            Passage(f"archive:p{i}", "archive", i, BODY, i * step, i * step + len(text), text)
            for i in range(count)
        ),
    ]
    return kb


async def test_a_source_of_100k_passages_opens_at_once(make_app, shell_kb):
    app = make_app(kb=big_kb(shell_kb, 100_000))
    async with app.run_test(size=(120, 36)) as pilot:
        await started(pilot)
        await pilot.press("4")
        await in_pane(pilot)
        view = await laid_out(pilot, "PassageView", PassageView)
        app.screen.query_one("SourcesPane").select("archive")
        view.render_line(0)  # lays out the first page only
        assert "passages 1-200 of 100000" in view_text(view)
        await pilot.press("enter", "G")
        await pilot.pause()
        assert view.cursor == 99_999 and "archive:p99999" in view_text(view)
        view.action_move(-1)  # within a page: no new layout
        view.render_line(0)
        assert view.cursor == 99_998


# The bundled knowledge base: what people see when they type `evkb`.


@pytest.fixture(scope="module")
def bundled() -> KnowledgeBase:
    from evkb.kb.store import KB_FILE, read_kb
    from evkb.paths import bundled_kb_dir

    return read_kb(bundled_kb_dir() / KB_FILE)


def test_every_entry_of_the_bundled_panes_has_a_source(bundled):
    from evkb.tui.widgets.batteries import card_rows
    from evkb.tui.widgets.cited import Entry
    from evkb.tui.widgets.companies import dossier_rows
    from evkb.tui.widgets.market import share_rows
    from evkb.views.battery import battery_card
    from evkb.views.dossier import company_dossier
    from evkb.views.shares import share_groups

    rows = [
        r for c in bundled.companies for r in dossier_rows(bundled, company_dossier(bundled, c.id))
    ]
    rows += [r for b in bundled.batteries for r in card_rows(bundled, battery_card(bundled, b))]
    rows += [r for g in share_groups(bundled) for r in share_rows(bundled, g)]
    entries = [r for r in rows if isinstance(r, Entry)]
    assert len(entries) > 100
    for entry in entries:
        assert entry.cites, str(entry.prompt)
        for cite in entry.cites:
            assert cite.passage, str(entry.prompt)
            passage = bundled.passage(cite.passage)
            if cite.start >= 0:
                assert passage.start <= cite.start < cite.end <= passage.end


async def test_bundled_panes_and_tracing(make_app, bundled):
    app = make_app(kb=bundled)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await app.go("companies", "panasonic")
        await pilot.pause()
        shown = "\n".join(texts(app.screen.query_one("#company-detail", CitedList)))
        assert "supplier of Tesla" in shown and "Mazda is partner of Panasonic" in shown
        await app.go("batteries", "toyota-high-performance")
        await pilot.pause()
        card = texts(app.screen.query_one("#battery-card", CitedList))
        assert sum(t.startswith("⚠ charging") for t in card) >= 2
        await pilot.press("enter", "enter")  # into the card, then trace its first value
        await pilot.pause()
        assert isinstance(app.screen, PassageScreen) and app.screen.span is not None
        await pilot.press("backspace")
        await pilot.pause()
        assert app.screen.location() == ("batteries", "toyota-high-performance")


@pytest.mark.parametrize("width", [40, 80, 250])
async def test_list_rows_stay_one_line_with_an_ellipsis(make_app, width):
    from evkb.tui.widgets.pane import ItemList

    long_name = "Japan Light Motor Vehicle and Motorcycle Association of Very Long Names"
    app = make_app()
    kb = app.kb
    async with app.run_test(size=(width, 24)) as pilot:
        await started(pilot)
        await pilot.press("1")
        listing = await laid_out(pilot, "#company-list", ItemList)
        lines = [listing.render_line(y).text for y in range(listing.size.height)]
        assert listing.option_count == len(kb.companies)
        row = next(line for line in lines if "Japan" in line)
        assert "…" in row and long_name not in row  # cut short, never wrapped
        if width >= 80:
            assert "association" in row
        # One line an option: the list is exactly as many lines as companies.
        assert listing.virtual_size.height == len(kb.companies)


async def test_help_sections_are_the_titles_people_see(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await started(pilot)
        await pilot.press("1")
        await in_pane(pilot)
        await pilot.press("question_mark")
        await until(pilot, lambda: hasattr(app.screen, "rows"))
        sections = {section for section, *_ in app.screen.rows}
        assert {"Everywhere", "Panes", "Companies list", "Companies pane"} <= sections
        assert not any("List" in s or s.startswith("In ") for s in sections)


async def test_a_pane_works_alone_given_its_records(shell_kb):
    """A pane needs no app of ours: it is given the knowledge base and asks by message."""
    from textual import on
    from textual.app import App

    from evkb.tui.messages import OpenCitation
    from evkb.tui.widgets.batteries import BatteriesPane

    class Host(App[None]):
        def __init__(self) -> None:
            super().__init__()
            self.asked: list = []

        def compose(self):
            yield BatteriesPane(shell_kb, classes="pane")

        @on(OpenCitation)
        def _asked(self, event: OpenCitation) -> None:
            self.asked.append(event.cite)

    app = Host()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        app.query_one(BatteriesPane).focus_main()
        await pilot.press("enter", "enter")  # into the card, then its first value
        await pilot.pause()
        assert len(app.asked) == 1 and app.asked[0].quote
