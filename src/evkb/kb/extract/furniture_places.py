"""Page furniture told by its place in the document as well as its form: a writer's name
alone under the headline (the publication's name above it is in `furniture_mastheads`), the
lines that close a page after its last paragraph (a prompt to the reader, a note on the writer
or on the document itself, a sign-off from a team), and its back matter (references, links to
other pages).

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
from evkb.model import BODY, BOILERPLATE, HEADING, UNRELATED

# A head is the lines above the first long paragraph, at most this many.
_HEAD_LINES = 7
_PARAGRAPH_CHARS = 200
_HEADLINE_CHARS = 40
# A tail is the document's last lines, at most this many.
_TAIL_LINES = 6

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


def _article_start(lines: Sequence[str], kinds: Sequence[str]) -> int:
    """The line after the article's first paragraph: a page's foot lies below it; a document
    with no paragraph has no foot to tell apart from its text."""
    return next(
        (
            i + 1
            for i, kind in enumerate(kinds)
            if kind == BODY and len(lines[i]) > _PARAGRAPH_CHARS
        ),
        len(lines),
    )


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


# A question to the reader, then what to do about it: "What did we miss? Tell us in the
# comments.", "Enjoyed the show? Leave us a review." The answer opens on a verb: a word that
# is not a pronoun or an article, does not end like a plural, and has its object or a
# preposition next ("Tell us", "Post it", "Write to").
_PROMPT = re.compile(
    r"^[^.?!]{3,100}\?\s+(?P<verb>[A-Z][a-z]+)\s+(?P<next>[a-z]+)\b(?P<rest>[^?!]{0,120})\.$"
)
_NOT_VERBS = frozenset(
    """we i it the this they our yes no he she a an that there in at on for its his her their
    most some many all not you your so but and if then what where when why how who which""".split()
)
_AFTER_VERB = frozenset(
    "us it the a an to our your me them this in on with for here now up".split()
)
_PROMPT_ANSWER_WORDS = 10

# A note on the writer: "Jane Doe is a senior writer at X.", "Jane Doe covers energy policy."
_WRITER_NOTE = re.compile(
    r"^[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}\s+(?:is\s+(?:a|an|the)\s+"
    r"(?:[\w&-]+\s+){0,4}(?:writer|editor|reporter|correspondent|columnist|journalist|"
    r"contributor)\b|covers\s|writes\s)[^.]*\.$"
)
# The document speaking of itself: "This transcript may contain errors.", "These notes are a
# summary ...", "This page is for information only ...": "this" or "these", a kind of
# document (perhaps after one word), and the sentence going on about it.
_SELF_NOTE = re.compile(
    r"^(?:This|These)\s+(?:[\w-]+\s+)?(?:article|page|story|transcript|summary|summaries|"
    r"notes?|term\s+sheet|fact\s+check|clarification|translation|newsletter|digest|edition|"
    r"episode|alert|brief|bulletin|letter|(?:press\s+)?release|announcement|notice|material|"
    r"document|guide|report|e-?mail|post|factsheet|disclosure)s?\s+[a-z]"
)
_SELF_NOTE_CHARS = 200
# A line wholly in brackets after the article, with no figure: the wire's end mark and
# credits ("(END)", "(Editing by Jane Doe)"); "($1 = 7.05 yuan)" is the article's own note.
_ASIDE = re.compile(r"^\([^()\d]{3,200}\)$")
# A sign-off from a team: "The Tervane research team", "- Jane and the Tervane Letter team".
_TEAM = re.compile(r"(?i)^(?:[-\u2013\u2014]\s*)?[^.!?,:;]{0,60}\bteam$")
_SIGN_OFF_WORDS = 10
# A newsletter's sign-off, a short statement and what the reader may do about it ("That's all
# for this week. Reply to this email with tips."), as the last line before the mailing
# footer; a letter's close with the writer's name under it stays the letter's.
_SIGN_OFF = re.compile(
    r"^(?P<said>[^.?!:\d]{3,40})\.\s+(?P<verb>[A-Z][a-z]+)\s+(?P<next>[a-z]+)\b[^?!]{0,160}\.$"
)
_SIGN_OFF_SAID_WORDS = 6
_SIGN_OFF_ANSWER_WORDS = 16
# A wire's note naming the principles it works to, after its credits: a label of a word or
# two, then a title of capitalised words ("Our Standards: The Delmere Trust Principles.").
_TITLE_NOTE = re.compile(
    r"^[A-Z][a-z]+(?:\s[A-Z]?[a-z]+)?:\s+(?:The\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,5}\.$"
)
_TITLE_NOTE_CHARS = 80


def _is_prompt(line: str) -> bool:
    found = _PROMPT.match(line)
    if found is None:
        return False
    return _answers(found.group("verb"), found.group("next")) and (
        len(line.split("?", 1)[1].split()) <= _PROMPT_ANSWER_WORDS
    )


def _answers(verb: str, after: str) -> bool:
    """Whether a sentence opening on `verb` and `after` tells the reader what to do."""
    verb = verb.lower()
    return verb not in _NOT_VERBS and not verb.endswith("s") and after in _AFTER_VERB


def _is_sign_off(lines: Sequence[str], kinds: Sequence[str], index: int) -> bool:
    found = _SIGN_OFF.match(lines[index])
    return (
        found is not None
        and index + 1 < len(lines)
        and kinds[index + 1] not in (BODY, HEADING)
        and len(found.group("said").split()) <= _SIGN_OFF_SAID_WORDS
        and _answers(found.group("verb"), found.group("next"))
        and len(lines[index][found.end("said") + 1 :].split()) <= _SIGN_OFF_ANSWER_WORDS
    )


def _title_notes(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """A label and a title alone on their line after the article, under furniture (a wire's
    credits): the note naming the principles the page works to."""
    return {
        index
        for index in range(max(1, _article_start(lines, kinds)), len(lines))
        if kinds[index] in (BODY, HEADING)
        and kinds[index - 1] not in (BODY, HEADING)
        and len(lines[index]) <= _TITLE_NOTE_CHARS
        and _TITLE_NOTE.match(lines[index])
    }


def _tail(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """Prompts to the reader, notes on the writer, the document's notes on itself, a bracketed
    end mark or credit after the article and a team's sign-off among the last lines; a sign-off
    only with nothing after it but short lines and furniture."""
    found = set()
    start = _article_start(lines, kinds)
    for index in range(max(0, len(lines) - _TAIL_LINES), len(lines)):
        if kinds[index] not in (BODY, HEADING):
            continue
        line = lines[index]
        if (
            ("?" in line and _is_prompt(line))
            or (line.endswith(".") and bool(_WRITER_NOTE.match(line)))
            or (len(line) <= _SELF_NOTE_CHARS and line[:2] == "Th" and bool(_SELF_NOTE.match(line)))
            or (line[:1] == "(" and bool(_ASIDE.match(line)) and index >= start)
            or (". " in line and _is_sign_off(lines, kinds, index))
            or (
                line[-4:].lower() == "team"
                and _TEAM.match(line)
                and all(
                    len(lines[after].split()) <= _SIGN_OFF_WORDS
                    or kinds[after] not in (BODY, HEADING)
                    for after in range(index + 1, len(lines))
                )
            )
        ):
            found.add(index)
    return found


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
    found.update(dict.fromkeys(placed | _title_notes(lines, kinds), BOILERPLATE))
    # The page's name at its ends; a line of the back matter stays a link to another page.
    for index in mastheads(lines, kinds) | _named_tail(lines, kinds):
        found.setdefault(index, BOILERPLATE)
    seen = [found.get(index, kind) for index, kind in enumerate(kinds)]
    boxed = _islands(lines, seen) | _boxed(lines, seen) | _headless(lines, seen)
    found.update(dict.fromkeys(boxed, BOILERPLATE))
    return found
