"""Rows of fields that a page repeats at intervals: furniture by recurrence, not by words.

A document that repeats a row of short fields word for word, with other lines between the
repeats, repeats its own furniture: a PDF's running head on every page ("Annual Review 2026 |
Office of Trade, Province of X"), a member's row over each of their posts in a thread ("Senior
member · Joined Mar 2021 · Posts: 2,311"). An article states a figure once; it does not copy a
row of figures word for word between paragraphs. The rows of the same form as a repeated one
(the same labels on their figured fields: "Member · Joined Aug 2023 · Posts: 418") are the
same furniture for another page or poster, and a handle alone on the line above such a row
("volt_rider", "GreyHeron") is its poster's name.

Rows of a table sit one under another; a row beside a row of as many bars is never taken here,
nor are two repeats on consecutive lines.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise

from evkb.kb.extract.furniture_bars import in_table_rows
from evkb.kb.extract.furniture_forms import ends_sentence
from evkb.model import BODY, HEADING

# Where a row's fields part: a bar, or a middle dot or a bullet between spaces.
_FIELD_SPLIT = re.compile(r"\s*\|\s*|\s[\u00b7\u2022]\s")
_FIELD_WORDS = 8
_ROW_CHARS = 160
# A field's label: its first word of letters only ("Joined Mar 2021" -> "joined").
_LABEL = re.compile(r"(?<![\w.,])[^\W\d_]+(?![\w])")
# A poster's handle: one token of letters and figures with an underscore, a figure or a capital
# inside a word ("volt_rider", "ev4life", "GreyHeron"); no word of a sentence looks so.
_HANDLE = re.compile(r"^@?(?=[\w.-]*(?:_|\d|[a-z][A-Z]))[A-Za-z][\w.-]{2,29}$")


def _fields(line: str) -> list[str] | None:
    """A row's fields, or None for a line that is no row of short fields."""
    if len(line) > _ROW_CHARS or "\n" in line or ends_sentence(line):
        return None
    fields = [field.strip() for field in _FIELD_SPLIT.split(line.strip("|").strip())]
    if len(fields) < 2 or any(not f or len(f.split()) > _FIELD_WORDS for f in fields):
        return None
    return fields


def _form(fields: list[str]) -> tuple[str, ...] | None:
    """The labels of a row's fields that hold a figure, in order, if two or more have one."""
    labels = []
    for field in fields:
        if any(c.isdigit() for c in field):
            label = _LABEL.search(field)
            if label:
                labels.append(label.group().lower())
    return tuple(labels) if len(labels) >= 2 else None


def _apart(indices: list[int]) -> bool:
    return all(b - a > 1 for a, b in pairwise(indices))


def repeated_rows(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """The lines of rows of fields repeated word for word at intervals, of the rows of the same
    form as one of them, and of the handles alone on the line above a member's row."""
    rows: dict[int, list[str]] = {}
    for index, line in enumerate(lines):
        fields = _fields(line)
        if fields is not None and not in_table_rows(lines, index):
            rows[index] = fields
    by_text: dict[str, list[int]] = defaultdict(list)
    by_form: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, fields in rows.items():
        by_text[lines[index].strip()].append(index)
        if (form := _form(fields)) is not None:
            by_form[form].append(index)
    found: set[int] = set()
    forms: set[tuple[str, ...]] = set()
    for indices in by_text.values():
        if len(indices) >= 2 and _apart(indices):
            found.update(indices)
            if (form := _form(rows[indices[0]])) is not None:
                forms.add(form)
    members = {i for form in forms if _apart(by_form[form]) for i in by_form[form]}
    found |= members
    for index in members:
        above = index - 1
        if above >= 0 and kinds[above] in (BODY, HEADING) and _HANDLE.match(lines[above]):
            found.add(above)
    return {i for i in found if kinds[i] in (BODY, HEADING)}
