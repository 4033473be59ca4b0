"""The user's settings (`config.toml` in the config directory): the theme and a keymap.

```toml
theme = "evkb-harbour"
[keymap]
"pane.companies" = "f1"
```
The file is only ever rewritten atomically, and keys evkb does not know are kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

CONFIG_FILE = "config.toml"


@dataclass
class Config:
    theme: str = ""
    keymap: dict[str, str] = field(default_factory=dict)


def config_path() -> Path:
    from evkb.paths import config_dir

    return config_dir() / CONFIG_FILE


def load_config(path: Path | None = None) -> tuple[Config, list[str]]:
    """The settings, and a message for each problem (a broken file gives the defaults)."""
    from evkb.kb.load import KBError, read_toml

    path = path or config_path()
    if not path.is_file():
        return Config(), []
    try:
        data = read_toml(path)
    except KBError as error:
        return Config(), [str(error)]
    from evkb.tui.themes import problem

    problems = []
    theme = data.get("theme", "")
    if not isinstance(theme, str):
        problems.append(str(problem(path, "theme", "theme must be a string")))
        theme = ""
    keymap = data.get("keymap", {})
    if not isinstance(keymap, dict):
        problems.append(
            str(problem(path, "keymap", '[keymap] must be a table of binding id = "keys"'))
        )
        keymap = {}
    good = {}
    for ident, keys in keymap.items():
        if isinstance(keys, str) and keys.strip():
            good[ident] = keys
        else:
            message = f'keymap.{ident} must be a string of keys like "f1,ctrl+k"'
            problems.append(str(problem(path, ident, message)))
    return Config(theme=theme, keymap=good), problems


def save_theme(name: str, path: Path | None = None) -> None:
    """Remember the chosen theme, keeping everything else in the file."""
    import tomli_w

    from evkb.kb.files import write_atomic
    from evkb.kb.load import KBError, read_toml

    path = path or config_path()
    data: dict = {}
    if path.is_file():
        try:
            data = read_toml(path)
        except KBError:
            return  # never overwrite a file the user is in the middle of fixing
    data["theme"] = name
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, tomli_w.dumps(data))


DEFAULT_THEME = "evkb-harbour"


def choose_theme(requested: str | None, saved: str, available: set[str]) -> tuple[str, list[str]]:
    """The theme to start with: `--theme`, then TEXTUAL_THEME, then the saved choice."""
    import os

    problems: list[str] = []
    for origin, name in (
        ("--theme", requested),
        ("TEXTUAL_THEME", os.environ.get("TEXTUAL_THEME")),
        ("config.toml", saved),
    ):
        if not name:
            continue
        if name in available:
            return name, problems
        problems.append(f"{origin}: no theme named {name!r} (ctrl+p, Change theme lists them)")
    fallback = DEFAULT_THEME if DEFAULT_THEME in available else "textual-dark"
    return fallback, problems


def apply_settings(app, requested_theme: str | None) -> None:
    """Register the themes, apply theme and keymap, and remember later theme changes."""
    from textual.content import Content

    from evkb.paths import bundled_themes_dir, config_dir
    from evkb.tui.themes import load_themes

    config, problems = load_config()
    themes, theme_problems = load_themes([bundled_themes_dir(), config_dir() / "themes"])
    for theme in themes:
        app.register_theme(theme)
    name, choice_problems = choose_theme(requested_theme, config.theme, set(app.available_themes))
    app.theme = name
    if config.keymap:
        app.set_keymap(config.keymap)
    for problem in [*problems, *theme_problems, *choice_problems]:
        app.notify(Content(problem), title="Settings", severity="warning", timeout=8)

    def remember(theme) -> None:
        nonlocal name
        if theme.name != name:
            name = theme.name
            try:
                save_theme(theme.name)
            except OSError as error:
                app.notify(
                    Content(f"Could not save the theme choice: {error}"),
                    severity="error",
                )

    app.theme_changed_signal.subscribe(app, remember)
