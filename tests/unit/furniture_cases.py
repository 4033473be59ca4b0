"""A short article body the furniture tests put their lines around, and the kind of each
passage the split gives."""

from __future__ import annotations

from evkb.kb.extract import split_passages

PARAGRAPH = (
    "Tervane Cells will spend 300 million euros on a second line at its Delmere plant, the "
    "company said on Tuesday, and hire 400 people to run it from 2028 onwards. The line will "
    "make lithium iron phosphate cells for buses and for storage."
)
SECOND = "Its first line makes 4 GWh of cells a year and supplies two bus makers in the region."


def kinds(text: str) -> dict[str, str]:
    """Each passage's text and its kind."""
    return {p.text: p.kind for p in split_passages("doc", text)}
