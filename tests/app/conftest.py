"""Fixtures of the app tests: settings isolated in tmp_path, a steady screen, the shell's KB."""

from __future__ import annotations

import pytest

from evkb.model import KnowledgeBase


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Each test gets its own config and cache folders and no theme from the environment."""
    monkeypatch.setenv("EVKB_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("EVKB_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path / "config"


@pytest.fixture(autouse=True)
def steady_screen(monkeypatch):
    """Every app test sees the same screen: no blinking cursor, no animation."""
    from textual import constants
    from textual.widgets import Input

    made = Input.__init__

    def input_without_blink(self, *args, **kwargs):
        made(self, *args, **kwargs)
        self.cursor_blink = False

    monkeypatch.setattr(Input, "__init__", input_without_blink)
    monkeypatch.setattr(constants, "TEXTUAL_ANIMATIONS", "none")


@pytest.fixture
def shell_kb(kb_folders) -> KnowledgeBase:
    """The knowledge base tests/data/shell/ builds: two articles, their curated records."""
    return kb_folders.kb("shell")


@pytest.fixture
def make_app(tmp_path, kb_folders):
    """A factory: `make_app(theme=..., kb=...)` gives an EvkbApp over a copy of the built
    tests/data/shell/, showing `kb` instead of the folder's own knowledge base if given."""
    from evkb.tui.app import EvkbApp

    made: list = []

    def factory(theme: str | None = "evkb-harbour", kb: KnowledgeBase | None = None):
        folder = tmp_path / f"shell-{len(made)}"
        made.append(folder)
        return EvkbApp(kb_folders.copy("shell", folder), theme=theme, kb=kb)

    return factory


@pytest.fixture
def finder_kb(kb_folders) -> KnowledgeBase:
    """The knowledge base tests/data/finder/ builds: four generations, two conflicts, passages
    of every kind, markup and escape codes in the text."""
    return kb_folders.kb("finder")


@pytest.fixture
def finder_folder(kb_folders, tmp_path):
    """A copy of the built tests/data/finder/, for the real app to open."""
    return kb_folders.copy("finder", tmp_path / "finder")
