"""Page furniture told by its place in the document as well as its form: a writer's name
alone under the headline (the publication's name above it is in `furniture_mastheads`), the
lines that close a page after its last paragraph (a prompt to the reader, a note on the writer
or on the document itself, a sign-off from a team: read in `furniture_tails`), and its back
matter (references, links to other pages).

Each form is common in an article's own prose somewhere else (a heading of two capitalised
words, a question and its answer, "X is the editor of Y"); at the head or the tail of the
document, in the shape below, it is the page's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.furniture_adverts import advert_copy
from evkb.kb.extract.furniture_forms import NAME_PARTICLES, ends_sentence, is_dateline
from evkb.kb.extract.furniture_inline import inline_lists
from evkb.kb.extract.furniture_mastheads import mastheads
from evkb.kb.extract.furniture_repeats import repeated_rows
from evkb.kb.extract.furniture_signatures import signature_blocks
from evkb.kb.extract.furniture_tails import (
    _PARAGRAPH_CHARS,
    _TAIL_LINES,
    _answers,
    _article_start,
    _tail,
    _title_notes,
)
from evkb.model import BODY, BOILERPLATE, HEADING, UNRELATED

# A head is the lines above the first long paragraph, at most this many.
_HEAD_LINES = 7
_HEADLINE_CHARS = 40

# A person's name alone, perhaps with the place written from ("Jane Doe, Delmere"): two or three
# capitalised words of letters, none in capitals throughout.
_NAME_LINE = re.compile(
    r"^(?P<name>[^\W\d_][^\W\d_'\u2019-]*(?:['\u2019-][^\W\d_]+)*"
    r"(?:\s+[^\W\d_][^\W\d_'\u2019-]*(?:['\u2019-][^\W\d_]+)*){1,2})"
    r"(?:,\s*[^\W\d_][\w'\u2019.-]*(?:\s+[^\W\d_][\w'\u2019.-]*){0,2})?$"
)
_WORD = re.compile(r"[^\W\d_]+")


def _is_name(name: str) -> bool:
    return all(w[0].isupper() and not w.isupper() for w in name.split())


# A credit under the headline: a word or two and "by", or a role and a colon, then one name or
# two ("Interview by Jane Doe | Photographs by John Roe", "BY JANE DOE", "Reporter: Jane Doe").
_PART = r"[^\W\d_][^\W\d_'\u2019-]*"
_PERSON = rf"{_PART}(?:\s+{_PART}){{1,3}}"
_CREDIT = re.compile(
    rf"^(?:(?:[A-Z][a-z]+(?:\s+(?:and\s+)?[a-z]+){{0,2}}\s+)?(?:by|BY|By)|"
    rf"[A-Z][a-z]+(?:\s+(?:and\s+)?[a-z]+){{0,2}}:)\s+"
    rf"(?P<name>{_PERSON}(?:\s+(?:and|&)\s+{_PERSON})?)(?:\s*[|\u00b7,]\s.*)?$"
)
_CREDIT_CHARS = 80


def _head_credits(lines: Sequence[str], kinds: Sequence[str], body: set[str]) -> set[int]:
    """Credits under the headline, before the first paragraph, whose names the body never
    uses: a headline may be "Plant backed by Delmere Council", and the body names it again."""
    found = set()
    for index in range(1, min(len(lines), _HEAD_LINES)):
        line = lines[index]
        if kinds[index] == BODY and len(line) > _PARAGRAPH_CHARS:
            break
        credit = _CREDIT.match(line) if len(line) <= _CREDIT_CHARS else None
        if credit and kinds[index] in (BODY, HEADING):
            words = _WORD.findall(credit.group("name"))
            names = [w for w in words if w[0].isupper()]
            if (
                all(w[0].isupper() or w in NAME_PARTICLES for w in words)
                and names
                and not any(word.lower() in body for word in names)
            ):
                found.add(index)
    return found


# A byline in the language of the page: a short word for "by" and a name ("Von Jane Doe", "di
# Jane Doe"), told by the dateline under it.
_LED_NAME = re.compile(rf"^[^\W\d_]{{2,5}}\s+(?P<name>{_PART}(?:\s+{_PART}){{1,2}})$")


def _led_names(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """A word and a name alone on a line under the headline with a dateline under it."""
    found = set()
    for index in range(1, min(len(lines) - 1, _HEAD_LINES)):
        line = lines[index]
        if kinds[index] == BODY and len(line) > _PARAGRAPH_CHARS:
            break
        named = _LED_NAME.match(line) if kinds[index] == HEADING else None
        if (
            named
            and _is_name(named.group("name"))
            and kinds[index + 1] not in (BODY, HEADING)
            and is_dateline(lines[index + 1])
        ):
            found.add(index)
    return found


# What a reader can do with the page, above its first paragraph: a verb and a preposition, and
# perhaps more such parts between bars ("View in browser | Forward to a friend", "Refresh for
# updates", "Listen on all podcast apps | RSS"); no figure, no sentence, and no word of its
# first part the body uses: a subheading ("Range in winter") speaks of what the body does.
_HEAD_CONTROL = re.compile(
    r"^(?P<first>(?P<verb>[A-Z][a-z]+)\s(?:in|on|for|to|with)\b[^|.!?:;\d]{0,30}?)"
    r"(?:\s[|\u00b7]\s[^|.!?:;\d]{1,30}){0,3}$"
)
_CONTROL_WORD_CHARS = 4
_BAR = re.compile(r"\s[|\u00b7]\s")


def _head_controls(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """Headings under the first line and above the first paragraph that are a page's controls."""
    candidates = {}
    # Above the first paragraph: a page opening on a sentence (a post with no headline) has no
    # controls under a headline, and its subheadings are the text's own.
    opens = len(lines)
    if kinds and kinds[0] == BODY and lines[0].rstrip().endswith((".", "!", "?")):
        opens = 1
    for index in range(1, min(len(lines), opens, _article_start(lines, kinds) - 1)):
        control = _HEAD_CONTROL.match(lines[index]) if kinds[index] == HEADING else None
        if control and _answers(control["verb"], "to"):
            candidates[index] = control["first"]
    if not candidates:
        return set()
    body = {
        word.lower()
        for line, kind in zip(lines, kinds, strict=True)
        if kind == BODY
        for word in _WORD.findall(line)
    }

    def unused(text: str) -> bool:
        return not any(
            len(word) >= _CONTROL_WORD_CHARS and word.lower() in body
            for word in _WORD.findall(text)
        )

    # Two parts or more after the first, none of them the body's words, make a bar of places
    # to go ("Listen on Nimbus Audio | Podwave | RSS") even where the body says "listen".
    return {
        index
        for index, first in candidates.items()
        if unused(first)
        or (len(parts := _BAR.split(lines[index])) > 2 and all(map(unused, parts[1:])))
    }


def _head_names(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """A writer's name alone under the headline, before the first paragraph ("Jane Doe",
    "Jane Doe, Delmere"): the one such line there, and no word of the name a word of the body.
    A subheading there shares its words with the text it heads ("Market Outlook", "In
    Summary"); speakers' names take turns with what they said."""
    candidates = []
    for index in range(1, min(len(lines), _HEAD_LINES)):
        line = lines[index]
        if kinds[index] == BODY and len(line) > _PARAGRAPH_CHARS:
            break
        found = _NAME_LINE.match(line) if kinds[index] == HEADING else None
        if found and _is_name(found.group("name")):
            candidates.append((index, found.group("name")))
    body = {
        word.lower()
        for line, kind in zip(lines, kinds, strict=True)
        if kind == BODY
        for word in _WORD.findall(line)
    }
    credits = _head_credits(lines, kinds, body)
    if len(candidates) != 1:
        return credits  # none, or names taking turns with what they said: speakers
    return credits | {
        index
        for index, name in candidates
        if not any(word.lower() in body for word in _WORD.findall(name))
    }


# The name a first line gives the page: its part before a separator ("The Delmere Courier |
# English edition"), of two words or more, from a first line no longer than a title.
_FIRST_LINE_CHARS = 60
_NAME_PART = re.compile(r"\s+[|\u2014\u2013\u00b7-]\s+")


def _named_tail(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """Short lines among the last ones that name what the first line names: the page speaking
    of itself at its foot ("Follow the Delmere Courier on WhatsApp", "The Delmere Courier is
    reader-supported.", its address). A paragraph naming it is the article's own."""
    first = lines[0].strip() if lines else ""
    if not first or len(first) > _FIRST_LINE_CHARS or first[-1] in ".!?:;":
        return set()
    name = _NAME_PART.split(first, maxsplit=1)[0].strip()
    if len(name.split()) < 2:
        return set()
    named = re.compile(rf"(?i)(?<!\w){re.escape(name)}(?!\w)")
    return {
        index
        for index in range(max(_article_start(lines, kinds), len(lines) - _TAIL_LINES), len(lines))
        if kinds[index] in (BODY, HEADING)
        and len(lines[index]) <= _PARAGRAPH_CHARS
        and named.search(lines[index])
    }


# The label of a document's back matter: its references and its links to other pages, as an
# encyclopedia marks its sections ("References [edit]") or any page writes them.
_BACK_MATTER = re.compile(
    r"(?i)^(?:references|see\s+also|further\s+reading|external\s+links|bibliography)"
    r"(?:\s*\[edit\])?\s*:?$"
)
_EDIT_MARK = "[edit]"


def _back_matter(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """The back matter: from its label to the end of the document, its citations ("1. Tervane
    (3 May 2024). "Tervane opens a plant".") and the titles of other pages among it. A paragraph
    of prose, or a section of the document's own marked as the label is ("History [edit]"),
    ends it."""
    found: set[int] = set()
    inside = False
    for index, line in enumerate(lines):
        if len(line) < _HEADLINE_CHARS and _BACK_MATTER.match(line):
            inside = True
        elif inside and (
            (kinds[index] == BODY and len(line) > _PARAGRAPH_CHARS)
            or (kinds[index] == HEADING and line.endswith(_EDIT_MARK))
        ):
            inside = False
        if inside:
            found.add(index)
    return found


# A few short lines among the page's furniture after the article: at most this many.
_ISLAND_LINES = 2
_ISLAND_CHARS = 100
_ISLAND_ABOVE = 2


def _islands(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """Short lines with furniture above them and nothing but furniture below them to the end
    of the page: the last items of a list of other stories whose form changed ("Read more",
    a headline asked as a question, one stated), a prompt between a copyright line and a
    share bar. The article's own last lines have the article above them."""
    end = len(lines)
    while end > 0 and kinds[end - 1] not in (BODY, HEADING):
        end -= 1
    start = end
    while (
        start > 0
        and end - start < _ISLAND_LINES
        and kinds[start - 1] in (BODY, HEADING)
        and len(lines[start - 1]) <= _ISLAND_CHARS
    ):
        start -= 1
    # A statement after a single furniture line may be the article going on after a link; a
    # headline asked as a question is an item of the list above.
    stated = any(ends_sentence(lines[i]) and lines[i][-1:] != "?" for i in range(start, end))
    above = _ISLAND_ABOVE if stated else 1
    if (
        start == end
        or start < max(above, _article_start(lines, kinds) + 1)
        or any(kinds[i] in (BODY, HEADING) for i in range(start - above, start))
    ):
        return set()
    return set(range(start, end))


# A line boxed in by furniture after the article, that names nothing and holds no figure: a
# newsletter box's pitch between its title and its privacy notice, "Log in to comment." between
# a comment count and a sign-up line. A line naming something (a capitalised word inside it, or
# opening on a name the body uses inside a sentence) or holding a figure is the article going on
# after a link.
_BOXED_CHARS = 200
_OPENING_WORD = re.compile(r"(?:^|[.!?:;\u2013\u2014-]\s+)(?P<word>[^\s]+)")
_NAMING = re.compile(r"[A-Z\d]")
_INNER_NAME = re.compile(r"(?<=[\w,;]\s)[A-Z][\w'-]+")


def _boxed(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """Lines with boilerplate right above and right below them, below the first paragraph, of
    no capitalised word but a sentence's first, that no name of the body's, and no figure."""
    candidates = [
        index
        for index in range(max(1, _article_start(lines, kinds)), len(lines) - 1)
        if kinds[index] in (BODY, HEADING)
        and kinds[index - 1] == BOILERPLATE
        and kinds[index + 1] == BOILERPLATE
        and len(lines[index]) <= _BOXED_CHARS
        and not _NAMING.search(_OPENING_WORD.sub(" ", lines[index]))
    ]
    if not candidates:
        return set()
    names = {
        name
        for line, kind in zip(lines, kinds, strict=True)
        if kind == BODY
        for name in _INNER_NAME.findall(line)
    }
    return {
        index
        for index in candidates
        if not any(found["word"] in names for found in _OPENING_WORD.finditer(lines[index]))
    }


# Headings that head nothing: two or more short headings in a row right after the article's
# last paragraph, with no paragraph below them to the end ("Report an error", "Editorial
# code of conduct"; "Media contact" and a name). A figure or a colon makes one a spec line of
# the article's own box; short lines after a link below the last paragraph may be the article
# going on.
_HEADLESS_CHARS = 60
_HEADLESS_RUN = 2
_SPEC_MARK = re.compile(r"[\d:]")


def _headless(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """The run of short headings right below the last paragraph of body, the first paragraph
    above it."""
    last = max((i for i, kind in enumerate(kinds) if kind == BODY), default=len(lines))
    end = last + 1
    while (
        end < len(lines)
        and kinds[end] == HEADING
        and len(lines[end]) <= _HEADLESS_CHARS
        and not _SPEC_MARK.search(lines[end])
    ):
        end += 1
    if end - last - 1 < _HEADLESS_RUN or last + 1 < _article_start(lines, kinds):
        return set()
    return set(range(last + 1, end))


def placed_furniture(lines: Sequence[str], kinds: Sequence[str]) -> dict[int, str]:
    """Line index -> furniture kind, for the lines that are furniture by their place and form:
    names under the headline and the closing lines are boilerplate, the back matter and a list
    of other stories on one line (`furniture_inline`) links to other pages and so unrelated
    (its citations' dates are no dates of the page) (see `furniture_mastheads`, `_head_names`,
    `_tail`, `_named_tail`, `_islands`, `_boxed`, `_headless` and `_back_matter`)."""
    found = dict.fromkeys(_back_matter(lines, kinds), UNRELATED)
    found.update(dict.fromkeys(inline_lists(lines, kinds, _article_start(lines, kinds)), UNRELATED))
    placed = _head_names(lines, kinds) | _led_names(lines, kinds) | _tail(lines, kinds)
    placed |= _head_controls(lines, kinds) | repeated_rows(lines, kinds) | advert_copy(lines, kinds)
    placed |= signature_blocks(lines, kinds)
    found.update(dict.fromkeys(placed | _title_notes(lines, kinds), BOILERPLATE))
    # The page's name at its ends; a line of the back matter stays a link to another page.
    for index in mastheads(lines, kinds) | _named_tail(lines, kinds):
        found.setdefault(index, BOILERPLATE)
    seen = [found.get(index, kind) for index, kind in enumerate(kinds)]
    boxed = _islands(lines, seen) | _boxed(lines, seen) | _headless(lines, seen)
    found.update(dict.fromkeys(boxed, BOILERPLATE))
    return found
