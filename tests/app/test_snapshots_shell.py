"""Snapshots of the shell's screens at 120x36 over the bundled knowledge base."""

from __future__ import annotations

import pytest
from helpers.app import bundled_app_in_place as bundled_app

SIZE = (120, 36)


@pytest.mark.parametrize(
    "press",
    [
        pytest.param([], id="overview"),
        pytest.param(["1", "G"], id="companies"),
        pytest.param(["2", "j", "j", "j", "j", "enter"], id="batteries"),
        pytest.param(["3"], id="market"),
        pytest.param(["4", "j", "enter", "j", "j"], id="sources"),
        pytest.param(
            ["2", "j", "j", "j", "j", "enter", "j", "j", "j", "j", "enter"],
            id="passage",
        ),
        pytest.param(["2", "question_mark"], id="help"),
    ],
)
def test_shell_screens(snap_compare, press):
    assert snap_compare(bundled_app(), press=press, terminal_size=SIZE)


@pytest.mark.parametrize(
    "press", [pytest.param([], id="overview"), pytest.param(["c"], id="compare")]
)
def test_small_terminal_screens(snap_compare, press):
    assert snap_compare(bundled_app(), press=press, terminal_size=(80, 24))
