"""The forms of lines that make a list the article's own, not a page's list of other stories:
the label of a list of figures ("Key figures", "At a glance", "Tech specs"), a holder's name
and its share on one line ("2. Tulov Cells — 19.3% (21.7%)"), a row of fields between bars
("Project: cell plant | Location: Delmere"), the spec lines each item of a buyer's guide or a
product list repeats ("Range: 220 miles", "Battery: 52kWh LFP"), and bulleted items under a
heading of the article's own. `furniture_own.py` and `furniture.py` read them over runs of
list-like lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from evkb.kb.extract.furniture_forms import ends_sentence
from evkb.model import BODY, HEADING

# The label of an article's own list of figures ("Key figures", "At a glance", "In numbers"):
# no list of other stories is titled so.
FIGURES_LABEL = re.compile(
    r"(?i)^(?:key\s+(?:figures|facts|numbers|data|stats|statistics|points)|fact\s*(?:box|file|sheet)|"
    r"at\s+a\s+glance|(?:by|in)\s+(?:the\s+)?numbers|the\s+numbers|snapshot|"
    # A product's spec sheet: "Technical data at a glance", "Key specifications", "Tech specs".
    r"(?:(?:technical|tech|key|main|cell|pack|battery|product)\s+(?:data|details|specs|"
    r"specifications)|specs|specifications|spec\s+sheet|data\s*sheet)(?:\s+at\s+a\s+glance)?|"
    r"(?:market\s+shares?|league\s+table|ranking|rankings)(?:\s+[\w(),-]+){0,6})\s*:?$"
)
# A share after a holder's name: "Quanlu Power: 31.4%", "2. Tulov Cells — 19.3% (21.7%)",
# "Morvane Energy   41.2%   40.1%"; never a signed change ("+0.4%").
_SHARE_ROW = re.compile(
    r"^(?:[-*+\u2022\u2013\u2014]\s+|(?:No\.\s?|#)?\d{1,2}(?:[.)]|st|nd|rd|th)?\s+)?"
    r"(?P<label>[^\W\d_][^\d:;|\t]{0,48}?)"
    # after a separator, a few words may come first ("Name: 186 GWh, 36.9%"); after a space, none
    r"(?:\s*(?::|\s[\u2013\u2014-]|\.{3,}|-{3,}|,|\t|\||\s{2,})\s*[^%]{0,30}?|\s)"
    r"(?<![+\u2212\d.-])\d[\d.,]*\s?(?:%|per\s?cent|percent)"
)
_CONNECTORS = frozenset({"of", "and", "&", "de", "the", "du", "la", "von"})


def is_share_row(line: str) -> bool:
    """A name and its share on one line; the name mostly capitalised words, not a headline."""
    found = _SHARE_ROW.match(line) if "%" in line or "cent" in line else None
    if found is None:
        return False
    words = [w for w in found.group("label").split() if w.lower() not in _CONNECTORS]
    named = sum(w[:1].isupper() or w[:1] == "(" for w in words)
    return bool(words) and 2 * named > len(words)


# An item the page marks with a bullet ("- ", "* ", "\u2022 "); numbered items are not counted, as
# lists of the most read stories are numbered.
_BULLET = re.compile(r"[-*+\u2022\u2013\u2014]\s+\S")
# A field: a label (a word or a year first) and a colon, then its value ("Location: Delmere",
# "2025: 58.4").
_FIELD_PART = re.compile(r"^[^\W_][\w'\u2019 ()/.-]{0,30}:\s+\S")


def is_field_row(line: str) -> bool:
    """Two or more fields between bars, and nothing else: a record's own row ("Project: cell
    plant | Location: Delmere", "2024: 55.8 | 2025: 58.4"). A list of other stories holds
    headlines, never fields."""
    parts = line.split(" | ")
    return len(parts) >= 2 and all(_FIELD_PART.match(part.strip()) for part in parts)


def outside_bulleted_lists(
    lines: Sequence[str], kinds: Sequence[str], run: Sequence[int]
) -> list[list[int]]:
    """The stretches of a run of list-like lines between the article's own bulleted lists and
    rows of fields.

    Two or more bulleted items in a row under a heading of the article's own ("Features",
    "Open positions", a product's name) are a list the article gives, and so is its heading.
    A list of other stories comes under a list label, told apart before this, or under no
    heading at all. A row of fields (see `is_field_row`) under a line of the article is a
    record the article gives; under a byline or a dateline, it is the writer's (a forum
    member's "Posts: 312 | Joined: June 2022").
    """
    pieces: list[list[int]] = [[]]
    position = 0
    while position < len(run):
        index = run[position]
        if is_field_row(lines[index]) and index and kinds[index - 1] in (BODY, HEADING):
            pieces.append([])
            position += 1
            continue
        end = position
        while end < len(run) and run[end] - run[position] == end - position:
            if not _BULLET.match(lines[run[end]]):
                break
            end += 1
        lead = run[position] - 1
        if (
            end - position >= 2
            and lead >= 0
            and kinds[lead] in (BODY, HEADING)
            and not ends_sentence(lines[lead])
        ):
            if pieces[-1] and pieces[-1][-1] == lead:
                pieces[-1].pop()
            pieces.append([])
            position = end
        else:
            pieces[-1].append(run[position])
            position += 1
    return [piece for piece in pieces if piece]


# A spec line: a short label, a colon, and a short value holding a figure ("Range: 220 miles
# (354km)", "Battery: 52kWh LFP, cells from X", "Charging: 10-80 per cent in 31 minutes").
_SPEC_LINE = re.compile(
    r"^(?P<label>[^\W\d_][\w'\u2019 /()&-]{0,30}?)\s*:\s+(?P<value>[^:]*\d[^:]*)$"
)
_SPEC_VALUE_WORDS = 10
# A list of items each with its spec lines repeats two labels or more, each on two items or more.
_REPEATED_LABELS = 2


def _spec_label(line: str) -> str | None:
    found = _SPEC_LINE.match(line) if ":" in line else None
    if found is None or len(found["value"].split()) > _SPEC_VALUE_WORDS or ends_sentence(line):
        return None
    return found["label"].casefold()


def repeated_specs(lines: Sequence[str]) -> set[int]:
    """The spec lines of a list whose items each carry their own: the lines of "Label: value"
    form, the value short and holding a figure, whose labels recur (two labels or more, each
    on two lines or more). A buyer's guide gives each car its "Battery:", "Range:" and
    "Charging:" lines; a list of other stories holds headlines, and a headline's label
    ("Analysis: ...") seldom recurs with another's, each before a short figure."""
    labels = {index: _spec_label(line) for index, line in enumerate(lines)}
    counts = Counter(label for label in labels.values() if label)
    repeated = {label for label, count in counts.items() if count >= 2}
    if len(repeated) < _REPEATED_LABELS:
        return set()
    return {index for index, label in labels.items() if label in repeated}
