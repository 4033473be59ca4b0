"""Where things live: the bundled knowledge base and themes, the user's config and cache."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
# Running from a checkout (editable install or PYTHONPATH=src): the repo's own folders.
_CHECKOUT = _PACKAGE.parent.parent


def _bundled(name: str) -> Path:
    installed = _PACKAGE / "_bundled" / name
    if installed.is_dir():
        return installed
    return _CHECKOUT / name


def bundled_kb_dir() -> Path:
    """The knowledge base `evkb` opens without `--kb`: read-only, never written."""
    return _bundled("data")


def bundled_themes_dir() -> Path:
    return _bundled("themes")


def is_bundled(kb_dir: Path) -> bool:
    return (_PACKAGE / "_bundled") in kb_dir.resolve().parents


def config_dir() -> Path:
    override = os.environ.get("EVKB_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("evkb", appauthor=False))


def cache_dir() -> Path:
    override = os.environ.get("EVKB_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("evkb", appauthor=False))
