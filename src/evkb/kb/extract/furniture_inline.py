"""A list of other stories written on one line: a short label, a colon, and one headline or
several between bars ("Most viewed: Plant opens in Delmere | Port volumes fall").

The label is the page's own and may be in any language ("Read also", "Hot articles", "Lire
aussi"), so no list of labels can foresee it; the form tells: headlines (capitalised, a few
words each, none ending like a sentence) that share little with the article's body. A field
of the article's own ("Battery: 82 kWh, NMC", "Closing date: Friday, 5 May") holds a figure
or a lower-case phrase, or stands among other fields; a headline alone after a label is taken
only between the article's paragraphs, with no field beside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.furniture_forms import ends_sentence
from evkb.kb.extract.relatedness import relatedness, vocabulary
from evkb.model import BODY, HEADING

# A label of a few words without a figure, then a colon (a space before it, as French writes
# it, too), then what it labels.
_LABELLED = re.compile(r"^(?P<label>[^\W\d_][^:|\d]{0,30}?)\s?:\s+(?P<rest>\S.*)$")
_LABEL_WORDS = 4
# A field's label opening a part or a line: "Location: Delmere", "Range: 410 km".
_FIELD = re.compile(r"^[^\W\d_][\w'\u2019 -]{0,24}:\s")
_PART_SPLIT = " | "
_HEADLINE_WORDS = 3
_ALONE_WORDS = 4
_LINE_CHARS = 250
# Below this share of its terms in the body, a headline is about other things.
_UNRELATED_BELOW = 0.4


def _headlines(rest: str) -> list[str] | None:
    """The headlines after a label, or None when a part is no headline: too short, opening
    in lower case or on a field's label, or holding a clause break (";")."""
    parts = [part.strip() for part in rest.split(_PART_SPLIT)]
    for position, part in enumerate(parts):
        if (
            len(part.split()) < _HEADLINE_WORDS
            or not (part[0].isupper() or part[0].isdigit())
            or ";" in part
            or (position and _FIELD.match(part))
        ):
            return None
    return parts


def _is_field(line: str) -> bool:
    """A line opening on a label of a few words and a colon ("Delmere, Spain: 20 GWh")."""
    found = _LABELLED.match(line)
    return found is not None and len(found["label"].split()) <= _LABEL_WORDS


def inline_lists(lines: Sequence[str], kinds: Sequence[str], start: int) -> set[int]:
    """The lines that are lists of other stories on one line (see the module's docstring).

    `start` is the line after the article's first paragraph: a headline alone after a label is
    taken only from there on, and only when the line above and the line below it (the nearest
    that are body or headings) are no fields.
    """
    candidates = {}
    for index, line in enumerate(lines):
        if kinds[index] not in (BODY, HEADING) or len(line) > _LINE_CHARS or ":" not in line:
            continue
        found = _LABELLED.match(line)
        if not found or len(found["label"].split()) > _LABEL_WORDS or ends_sentence(line):
            continue
        parts = _headlines(found["rest"])
        if parts is None:
            continue
        # A figure first reads as a field's value ("20 GWh, opening 2027"), not a headline.
        if len(parts) == 1 and (
            len(parts[0].split()) < _ALONE_WORDS
            or parts[0][0].isdigit()
            or index < start
            or _beside_fields(lines, kinds, index)
        ):
            continue
        candidates[index] = found["rest"]
    if not candidates:
        return set()
    own = [
        line
        for index, (line, kind) in enumerate(zip(lines, kinds, strict=True))
        if kind in (BODY, HEADING) and index not in candidates
    ]
    body = vocabulary(own)
    return {
        index for index, rest in candidates.items() if relatedness(rest, body) < _UNRELATED_BELOW
    }


def _beside_fields(lines: Sequence[str], kinds: Sequence[str], index: int) -> bool:
    """Whether the nearest line of the article above or below is a field ("Label: value")."""
    for step in (-1, 1):
        near = index + step
        while 0 <= near < len(lines) and kinds[near] not in (BODY, HEADING):
            near += step
        if 0 <= near < len(lines) and _is_field(lines[near]):
            return True
    return False
