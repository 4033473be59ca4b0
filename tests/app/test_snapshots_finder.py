"""Snapshots of the search, compare and conflicts screens at 120x36 over the bundled knowledge base."""

from __future__ import annotations

from helpers.app import SNAPSHOT_THEME as THEME
from helpers.app import bundled_app, settle

SIZE = (120, 36)


def _typing(*keys: str):
    """A run_before that opens search, types, and waits for the results."""

    async def run_before(pilot) -> None:
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*keys)
        await settle(pilot)

    return run_before


def test_search_screen(snap_compare, tmp_path):
    run_before = _typing(*"sold state batery range")
    assert snap_compare(bundled_app(tmp_path, THEME), terminal_size=SIZE, run_before=run_before)


def test_search_screen_all_kinds(snap_compare, tmp_path):
    run_before = _typing("ctrl+t", *"staking platform")
    assert snap_compare(bundled_app(tmp_path, THEME), terminal_size=SIZE, run_before=run_before)


def test_compare_screen(snap_compare, tmp_path):
    assert snap_compare(bundled_app(tmp_path, THEME), terminal_size=SIZE, press=["c"])


def test_compare_screen_in_miles(snap_compare, tmp_path):
    press = ["c", "u", "j", "j", "j", "j", "l", "l"]
    assert snap_compare(bundled_app(tmp_path, THEME), terminal_size=SIZE, press=press)


def test_conflicts_screen(snap_compare, tmp_path):
    assert snap_compare(bundled_app(tmp_path, THEME), terminal_size=SIZE, press=["x"])
