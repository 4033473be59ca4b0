"""What the battery stage reads from a small article, for the tests of its rules."""

from __future__ import annotations

from pathlib import Path

from records_scoring import extract, lexicon

__all__ = ["batteries", "extract", "lexicon"]


def batteries(tmp_path: Path, lex, text: str) -> dict[str, dict[str, list]]:
    """ "maker/name" -> attribute -> every value the text gives it."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    extracted, _ = extract(path, lex)
    found: dict[str, dict[str, list]] = {}
    for b in extracted.batteries:
        facts = found.setdefault(f"{b.maker}/{b.name}", {})
        for f in b.facts:
            facts.setdefault(f.attribute, []).append(f.value)
    return found
