"""The layers stay apart: the core never imports the faces, and the app never imports the CLI.

Read from the source with `ast`, so an import inside a function counts as much as one at the
top: a lazy import still ties the layers together.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "evkb"

# The faces: everything else in the package is the core.
APP = "evkb.tui"
COMMAND_LINE = ("evkb.cli", "evkb.commands", "evkb.intake", "evkb.judging", "evkb.__main__")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            # "from evkb import commands" imports the module evkb.commands.
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
CORE = sorted(
    name
    for name in MODULES
    if not _within(name, APP) and name not in COMMAND_LINE and name != "evkb"
)
APP_MODULES = sorted(name for name in MODULES if _within(name, APP))


def test_the_layers_are_found():
    assert "evkb.model" in CORE and "evkb.kb.build" in CORE and "evkb.search" in CORE
    assert "evkb.tui.app" in APP_MODULES


@pytest.mark.parametrize("module", CORE)
def test_core_imports_neither_textual_nor_a_face(module):
    bad = sorted(
        name
        for name in _imports(MODULES[module])
        if _within(name, "textual")
        or _within(name, APP)
        or any(_within(name, face) for face in COMMAND_LINE)
    )
    assert bad == [], f"{module} (core) imports {bad}"


@pytest.mark.parametrize("module", APP_MODULES)
def test_app_never_imports_the_command_line(module):
    bad = sorted(
        name
        for name in _imports(MODULES[module])
        if any(_within(name, face) for face in COMMAND_LINE)
    )
    assert bad == [], f"{module} (app) imports {bad}"


@pytest.mark.parametrize("module", COMMAND_LINE)
def test_the_command_line_reaches_the_app_only_to_start_it(module):
    bad = sorted(
        name
        for name in _imports(MODULES[module])
        if _within(name, APP) and name not in (APP, "evkb.tui.app", "evkb.tui.app.run_app")
    )
    assert bad == [], f"{module} imports {bad} from the app; what both faces need is core"
