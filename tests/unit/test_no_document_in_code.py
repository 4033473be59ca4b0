"""Nothing about the bundled documents is written into the code: extraction is general.

Every string literal in src/ (docstrings and comments aside, where examples are welcome) is
checked for the bundled source ids and the curated company names and aliases.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import tomli

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "evkb"
DATA = ROOT / "data"


def _document_words() -> set[str]:
    words = {path.stem for path in (DATA / "sources").glob("*.txt")}
    companies = tomli.loads((DATA / "curated" / "companies.toml").read_text(encoding="utf-8"))
    for company in companies.get("company", []):
        words.add(company["name"])
        words.update(company.get("aliases", []))
    return {w.casefold() for w in words if len(w) >= 3}


def _code_strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_source_id_or_company_name_in_code_strings():
    words = _document_words()
    assert {"toyota-subsidy", "panasonic", "lg energy solution"} <= words  # looks for real things
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words))) + r")\b")
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for line, text in _code_strings(path):
            found += [
                f"{path.relative_to(ROOT)}:{line}: {m!r}" for m in pattern.findall(text.casefold())
            ]
    assert not found, "\n".join(found)
