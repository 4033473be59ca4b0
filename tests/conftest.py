"""Every test gets its own user cache folder: nothing depends on (or writes to) the home folder."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _own_user_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("EVKB_CACHE_DIR", str(tmp_path_factory.mktemp("user-cache")))
