"""Themes from `themes/*.toml`: read, checked colour by colour, made into Textual themes.

A theme file is flat TOML: `name`, `dark` (true/false), the colours Textual's `Theme` takes
(`primary` is required; `secondary`, `accent`, `foreground`, `background`, `surface`, `panel`,
`boost`, `warning`, `error`, `success` are optional) and an optional `[variables]` table of
Textual CSS variables. A file with any problem is refused whole, with a located message
(`KBError`) saying why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.color import Color, ColorParseError
from textual.theme import Theme

from evkb.errors import KBError, Problem
from evkb.kb.load import did_you_mean, read_toml
from evkb.kb.load.positions import Positions

COLOURS = (
    "primary",
    "secondary",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
    "warning",
    "error",
    "success",
)
KEYS = ("name", "dark", *COLOURS, "luminosity_spread", "text_alpha", "variables")


def problem(path: Path, key: str, message: str) -> KBError:
    """The project's one error type, located at the line that sets `key`."""
    line, col = where(path, key)
    return KBError([Problem(str(path), line, col, message)])


def where(path: Path, key: str) -> tuple[int, int]:
    """Line and column where the file sets the dotted `key` ("variables.x"), else 1, 1."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return 1, 1
    return Positions(text).find(key.split("."))


def _colour(path: Path, key: str, value: object) -> str:
    if not isinstance(value, str):
        raise problem(path, key, f"{key} must be a colour string, not {type(value).__name__}")
    try:
        Color.parse(value)
    except ColorParseError:
        raise problem(path, key, f"{key} = {value!r} is not a colour") from None
    return value


def theme_from_toml(path: Path) -> Theme:
    data = read_toml(path)
    for key in data:
        if key not in KEYS:
            raise problem(path, key, f"unknown key {key!r}{did_you_mean(key, KEYS)}")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise problem(path, "name", "name is required (a non-empty string)")
    if "primary" not in data:
        raise problem(path, "primary", "primary is required (a colour)")
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise problem(path, "dark", "dark must be true or false")
    colours: dict[str, Any] = {key: _colour(path, key, data[key]) for key in COLOURS if key in data}
    variables = data.get("variables", {})
    if not isinstance(variables, dict):
        raise problem(path, "variables", "[variables] must be a table")
    for key, value in variables.items():
        if key.endswith("text-style"):
            if not isinstance(value, str):
                raise problem(path, key, f"variables.{key} must be a string")
        else:
            _colour(path, f"variables.{key}", value)
    extra: dict[str, Any] = {
        k: float(data[k]) for k in ("luminosity_spread", "text_alpha") if k in data
    }
    return Theme(name=name.strip(), dark=dark, variables=dict(variables), **colours, **extra)


def load_themes(folders: list[Path]) -> tuple[list[Theme], list[str]]:
    """Every valid theme in `folders` (later folders win by name), and why others were refused."""
    themes: dict[str, Theme] = {}
    problems: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                theme = theme_from_toml(path)
            except KBError as error:
                problems.append(str(error))
                continue
            except (TypeError, ValueError) as error:  # a number that is not one
                problems.append(f"{path}:1:1: {error}")
                continue
            themes[theme.name] = theme
    return list(themes.values()), problems
