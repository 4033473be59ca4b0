"""A paragraph that opens with a product's name as a sentence of its own ("Pelto K4 Standard.
The carmaker quotes a range of 380 km ...", "Corvale Mira. Its maker sells it with a 40 kWh
pack"): a test report's or a review's run-in head, and the paragraph under it is about that
product to its end, whatever its sentences call it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.battery_name_checks import _NOT_NAMES
from evkb.kb.records.context import Sentence

# What follows the maker's name in a head: the model's name or code, up to three words.
_HEAD_NAME = re.compile(r"\s+(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2})\.")


def run_in_name(sentence: Sentence) -> tuple[str, int, int, str] | None:
    """The product a paragraph's first sentence names when it is only its maker's name and the
    product's ("Corvale Mira."), as a found name (name, start, end, "heading")."""
    if not sentence.first_in_passage or len(sentence.mentions) != 1:
        return None
    _, start, end = sentence.mentions[0]
    head = _HEAD_NAME.fullmatch(sentence.text, end) if start == 0 else None
    if head is None or head.group("name").split()[0] in _NOT_NAMES:
        return None
    return head.group("name"), head.start("name"), head.end("name"), "heading"


def run_in_head(sentence: Sentence, named: Sequence[tuple[str, int, int, str]]) -> bool:
    """Whether the sentence is a paragraph's head that names one product and nothing else."""
    text = sentence.text
    return (
        sentence.first_in_passage
        and len(named) == 1
        and text.endswith(".")
        and len(text.split()) <= 6
        and named[0][2] >= len(text) - 1
    )
