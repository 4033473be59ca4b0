"""Accept, reject and undo from the app: the same effect on disk as `evkb review`, the panes
rebuilt, the reader kept in place; the bundled knowledge base stays read-only."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.app import in_pane, record_notices, started, until

from evkb.kb import review
from evkb.kb.store import load_kb
from evkb.tui.app import EvkbApp
from evkb.tui.widgets.pane import ItemList


@pytest.fixture
def kb_dir(kb_folders, tmp_path: Path) -> Path:
    """A copy of the built tests/data/review/: two articles, every record extracted."""
    return kb_folders.copy("review", tmp_path / "kb")


def reviewed(kb_dir: Path) -> str:
    path = kb_dir / "curated" / review.REVIEW_FILE
    return path.read_text(encoding="utf-8") if path.exists() else ""


async def settle(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def on_company(pilot, app, company: str) -> None:
    await pilot.press("1")
    await pilot.pause()
    await app.screen.show("companies", company)
    await pilot.pause()


async def test_accept_then_undo_from_the_companies_pane(kb_dir: Path):
    app = EvkbApp(kb_dir, theme="evkb-harbour")
    async with app.run_test(size=(120, 36)) as pilot:
        await on_company(pilot, app, "marlow-motors")
        assert app.screen.current_pane().review_target() == "marlow-motors"
        await pilot.press("a")
        await settle(app, pilot)
        assert 'id = "marlow-motors"' in reviewed(kb_dir) and 'verdict = "accepted"' in reviewed(
            kb_dir
        )
        assert load_kb(kb_dir).company("marlow-motors").origin == "curated"
        assert app.kb.company("marlow-motors").origin == "curated"
        assert app.screen.location() == ("companies", "marlow-motors")  # the reader's place kept
        assert app.screen.current_pane().review_target() is None  # no longer extracted
        await pilot.press("u")
        await settle(app, pilot)
        assert "marlow-motors" not in reviewed(kb_dir)
        assert app.kb.company("marlow-motors").origin == "extracted"
        assert app.screen.location() == ("companies", "marlow-motors")


async def test_reject_from_the_batteries_pane_removes_the_record(kb_dir: Path):
    app = EvkbApp(kb_dir, theme="evkb-harbour")
    async with app.run_test(size=(120, 36)) as pilot:
        await app.screen.show("batteries", "halvorsen-power-tundra")
        await pilot.pause()
        await pilot.press("r")
        await settle(app, pilot)
        assert 'id = "halvorsen-power-tundra"\nverdict = "rejected"' in reviewed(kb_dir)
        assert "halvorsen-power-tundra" not in {b.id for b in app.kb.batteries}
        listing = app.screen.current_pane().query_one(ItemList)
        assert "halvorsen-power-tundra" not in [o.id for o in listing.options]
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert reviewed(kb_dir).count("[[review]]") == 0
        assert "halvorsen-power-tundra" in {b.id for b in app.kb.batteries}


async def test_accept_a_share_from_the_market_table(kb_dir: Path):
    app = EvkbApp(kb_dir, theme="evkb-harbour")
    async with app.run_test(size=(120, 36)) as pilot:
        await started(pilot)
        await pilot.press("3")
        await in_pane(pilot)
        pane = app.screen.current_pane()
        await until(pilot, lambda: pane.review_target() is not None)
        share = pane.review_target()
        assert share is not None and "-share-" in share
        await pilot.press("a")
        await settle(app, pilot)
        assert f'id = "{share}"' in reviewed(kb_dir) and "[[share]]" in reviewed(kb_dir)
        assert share not in {p.id for p in review.pending(app.kb)}


async def test_bundled_knowledge_base_is_read_only(monkeypatch, kb_dir: Path):
    monkeypatch.setattr("evkb.tui.reviewing.read_only", lambda kb_dir: True)
    app = EvkbApp(kb_dir, theme="evkb-harbour")
    notices = record_notices(app)
    async with app.run_test(size=(120, 36)) as pilot:
        await on_company(pilot, app, "marlow-motors")
        await pilot.press("a")
        await settle(app, pilot)
        assert reviewed(kb_dir) == ""
        assert any("evkb init DIR" in n for n in notices)


async def test_a_failing_write_is_a_notification(monkeypatch, kb_dir: Path):
    from evkb.errors import KBError, Problem

    def refuse(*args, **kwargs):
        raise KBError([Problem("curated/reviewed.toml", 1, 1, "disk full")])

    monkeypatch.setattr("evkb.kb.review.accept", refuse)
    app = EvkbApp(kb_dir, theme="evkb-harbour")
    notices = record_notices(app)
    async with app.run_test(size=(120, 36)) as pilot:
        await on_company(pilot, app, "marlow-motors")
        await pilot.press("a")
        await settle(app, pilot)
        assert any("disk full" in n for n in notices)
        assert app.screen.undo_stack == []


async def test_compare_and_timeline_mark_extracted_generations(kb_dir: Path):
    app = EvkbApp(kb_dir, theme="evkb-harbour")
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        from textual.widgets import DataTable

        table = app.screen.query_one(DataTable)
        cells = [str(table.get_row_at(i)[0]) for i in range(table.row_count)] + [
            str(c.label) for c in table.columns.values()
        ]
        assert any(cell.startswith("◇ Tundra") for cell in cells)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("5")
        await pilot.pause()
        pane = app.screen.current_pane()
        rows = [e for e in pane.listing._entries.values() if e.record]
        assert rows and all(str(e.prompt.text).find("◇") >= 0 for e in rows)


async def test_the_records_awaiting_review_lead_to_their_pane(kb_dir: Path):
    app = EvkbApp(kb_dir, theme="evkb-harbour")
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        from evkb.tui.screens.pending import PendingList, PendingScreen

        assert isinstance(app.screen, PendingScreen)
        listing = app.screen.query_one(PendingList)
        assert listing.option_count == len(review.pending(app.kb))
        listing.highlighted = listing.get_option_index("halvorsen-power-tundra")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert app.screen.location() == ("batteries", "halvorsen-power-tundra")
        await pilot.press("r")
        await settle(app, pilot)
        assert "halvorsen-power-tundra" not in {p.id for p in review.pending(app.kb)}


async def test_a_share_in_the_dossier_is_reviewed_from_the_detail(kb_dir: Path):
    from evkb.tui.widgets.cited import CitedList

    app = EvkbApp(kb_dir, theme="evkb-harbour")
    async with app.run_test(size=(120, 36)) as pilot:
        await on_company(pilot, app, "nordvik-battery")
        detail = app.screen.query_one("#company-detail", CitedList)
        detail.focus()
        share = next(i for i, e in detail._entries.items() if "-share-" in e.record)
        detail.highlighted = share
        await pilot.pause()
        record = detail.current.record
        await pilot.press("r")
        await settle(app, pilot)
        assert f'id = "{record}"\nverdict = "rejected"' in reviewed(kb_dir)
        assert app.screen.location() == ("companies", "nordvik-battery")


async def test_the_records_awaiting_review_filter_as_you_type_and_quote_the_one_in_focus(
    kb_dir: Path,
):
    from textual.widgets import Static

    from evkb.tui.screens.pending import PendingList

    app = EvkbApp(kb_dir, theme="evkb-harbour")
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        listing = app.screen.query_one(PendingList)
        every = review.pending(app.kb)
        battery = next(p for p in every if p.type == "battery")
        await pilot.press("f", *battery.source)
        await pilot.pause()
        assert listing.option_count == sum(p.source == battery.source for p in every) < len(every)
        await pilot.press(*" battery")
        await pilot.pause()
        listing.get_option_index(battery.id)  # still listed
        assert listing.option_count < len(every)
        await pilot.press("enter", "home")
        await pilot.pause()
        shown = app.screen.query_one("#pending-quote", Static)
        assert battery.quote[:40] in str(shown.render())
        await pilot.press("f", *" no-such-word")
        await pilot.pause()
        assert listing.option_count == 0 and not str(shown.render()).strip()


async def test_records_are_judged_and_undone_in_the_list_awaiting_review(kb_dir: Path):
    from evkb.tui.screens.pending import PendingList, PendingScreen

    app = EvkbApp(kb_dir, theme="evkb-harbour")
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        listing = app.screen.query_one(PendingList)
        before = listing.option_count
        first = listing.current
        await pilot.press("r")
        await settle(app, pilot)
        assert isinstance(app.screen, PendingScreen)  # the reader stays in the list
        assert listing.option_count == before - 1 and first not in {
            p.id for p in review.pending(load_kb(kb_dir))
        }
        assert f'id = "{first}"' in reviewed(kb_dir)
        second = listing.current
        await pilot.press("a")
        await settle(app, pilot)
        assert listing.option_count == before - 2
        assert second in review.reviewed_ids(kb_dir)
        assert second not in {p.id for p in review.pending(load_kb(kb_dir))}
        await pilot.press("u")
        await settle(app, pilot)
        await pilot.press("u")
        await settle(app, pilot)
        assert listing.option_count == before and not reviewed(kb_dir).count("[[review]]")


async def test_a_verdict_asked_while_one_is_written_is_refused(kb_dir: Path):
    from evkb.tui.screens.pending import PendingList

    app = EvkbApp(kb_dir, theme="evkb-harbour")
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        main = app.screen_stack[-2]
        listing = app.screen.query_one(PendingList)
        before = listing.option_count
        main.judging = True  # as while the last verdict's rebuild runs
        notices = record_notices(app)
        await pilot.press("r", "u")
        await settle(app, pilot)
        assert listing.option_count == before and not reviewed(kb_dir)
        assert notices == ["Still applying the last verdict."] * 2
        main.judging = False
        await pilot.press("r")
        await settle(app, pilot)
        assert listing.option_count == before - 1 and not main.judging


async def test_two_verdicts_in_a_row_on_a_pane_write_one_and_refuse_the_other(kb_dir: Path):
    """The second key comes while the first verdict's write and rebuild run: it is refused, so
    the two never read and rewrite curated/reviewed.toml side by side (before, the second
    cancelled the first's worker while its write went on in its thread)."""
    app = EvkbApp(kb_dir, theme="evkb-harbour")
    async with app.run_test(size=(120, 36)) as pilot:
        await on_company(pilot, app, "marlow-motors")
        notices = record_notices(app)
        app.screen.action_review("accept")  # `a`, then `r` before the accept's worker has run
        app.screen.action_review("reject")
        await settle(app, pilot)
        assert "Still applying the last verdict." in notices
        assert [verdict for verdict, _ in app.screen.undo_stack] == ["accept"]
        assert reviewed(kb_dir).count('verdict = "accepted"') >= 1
        assert 'verdict = "rejected"' not in reviewed(kb_dir)
        await pilot.press("u")
        await settle(app, pilot)
        assert not reviewed(kb_dir).count("[[review]]") and not app.screen.judging
