"""The publication's name at the head of a page, told by its place and form: a masthead over
a section label and the headline, a nameplate in capitals over the page's own furniture (an
issue line, a date, a note on a translation), the name and its section on one first line.

A first line of capitals, or of a few capitalised words, is as often a headline or a section;
what lies under it tells which: a headline has a byline or the article under it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.furniture_forms import NAME_PARTICLES, ends_sentence, is_byline
from evkb.kb.extract.furniture_letterheads import letterheads
from evkb.model import BODY, HEADING

# A masthead: the publication's name as the page's first line, above a section label and the
# headline. Both short lines without a full stop; the section label holds no figure, comma or
# byline (a dateline or "By ..." under a title is the head of a document of another form).
_MASTHEAD_CHARS = 45
_HEADLINE_MAX_CHARS = 160
_HEAD_OF_RUN = 2  # a headline and its standfirst
_LABEL_BREAK = re.compile(r"[\d,]|[.!?:;]$")


def _masthead_and_label(first: str, label: str) -> bool:
    return not (
        len(first) > _MASTHEAD_CHARS
        or first[-1:] in ".!?:;"
        or len(label) > _MASTHEAD_CHARS
        or _LABEL_BREAK.search(label)
        or label.startswith(("By ", "by "))
    )


def _masthead(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """The first line when it and the next are short unpunctuated lines and the third is the
    headline: the publication's name, its section and the headline ("The Delmere Courier",
    "Business | Industry", "Tervane Cells to double its plant"). Where the third line is
    already a paragraph, the second is the headline and the first its section label; where the
    third is furniture (a byline), the first two may be a section and a short headline."""
    if len(lines) < 4 or kinds[0] != HEADING or not _masthead_and_label(lines[0], lines[1]):
        return set()
    if kinds[2] not in (BODY, HEADING) or len(lines[2]) > _HEADLINE_MAX_CHARS:
        return set()
    return {0}


# A nameplate: the page's first line in capitals throughout ("THE DELMERE LEDGER"), a name of
# a few words without a figure or a full stop, with the page's own furniture (an issue or
# edition line, a date, a note on a translation) under it within two lines; the line between
# may be the publication's description or a headline, and stays what it is. A headline in
# capitals has a byline, a standfirst or the article under it.
_NAMEPLATE_WORDS = 6
_NAMEPLATE_BELOW = 2


def _nameplate(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """The first line when it is a nameplate (see `_NAMEPLATE_WORDS`) and a furniture line
    other than a byline follows it within two lines, after short unpunctuated lines only."""
    first = lines[0] if lines else ""
    if (
        kinds[:1] != [HEADING]
        or len(first) > _MASTHEAD_CHARS
        or not 2 <= len(first.split()) <= _NAMEPLATE_WORDS
        or any(c.isdigit() for c in first)
        or first[-1:] in ".!?:;"
        or not first.isupper()
    ):
        return set()
    for index in range(1, min(len(lines), 1 + _NAMEPLATE_BELOW)):
        if kinds[index] not in (BODY, HEADING):
            return set() if is_byline(lines[index]) else {0}
        if len(lines[index]) > _HEADLINE_MAX_CHARS or ends_sentence(lines[index]):
            return set()
    return set()


# The publication's name and its section on one first line, between bars ("The Delmere
# Courier | Business", "Delmere Post \u203a Motoring"): the first part a name of two words or
# more, each capitalised (or a particle), no part longer than a section's name, no figure.
_PLATE_SPLIT = re.compile(r"\s+[|\u00b7\u203a>]\s+")
# A name and two sections ("The Quay Courier | Business | The Big Interview") may run longer
# than a masthead alone.
_PLATE_CHARS = 60
_PLATE_PARTS = 3
_PLATE_PART_WORDS = 4


def _name_and_section(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """The first line when it is a publication's name and its section (see `_PLATE_SPLIT`)."""
    first = lines[0] if lines else ""
    if kinds[:1] != [HEADING] or len(first) > _PLATE_CHARS or _LABEL_BREAK.search(first):
        return set()
    parts = _PLATE_SPLIT.split(first)
    name = parts[0].split()
    if (
        not 2 <= len(parts) <= _PLATE_PARTS
        or any(len(part.split()) > _PLATE_PART_WORDS for part in parts)
        or len(name) < 2
        or not all(w[0].isupper() or w in NAME_PARTICLES for w in name)
        or not name[0][0].isupper()
    ):
        return set()
    return {0}


# The publication's name and what it is on one line at the page's head ("The Quay Report — a
# newsletter for harbour towns", "Kettlewick Wheels - notes from a van conversion"): a name of
# a few capitalised words, a dash between spaces, then a description of two words or more in
# lower case (or after a place's possessive, "Norway's ..."), no figure, no colon, and no
# sentence's end. A headline of that form has the article under it; the name has the headline.
_TAGLINE = re.compile(
    r"^(?P<name>[^\W\d_][^\d:|\u2014\u2013]{1,40}?)\s[\u2014\u2013-]\s"
    r"(?P<what>(?:[^\W\d_]+['\u2019]s\s)?[^\W\d_A-Z][^\d:|]*)$"
)
_NAME_WORDS = 5
_TAGLINE_LINES = 2


def _is_tagline(line: str) -> bool:
    found = _TAGLINE.match(line)
    if found is None or ends_sentence(line) or len(found["what"].split()) < 2:
        return False
    name = found["name"].split()
    return len(name) <= _NAME_WORDS and all(
        w[0].isupper() or w == "&" or w in NAME_PARTICLES for w in name
    )


def _name_and_tagline(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """A line among the page's first two that names the publication and what it is (see
    `_TAGLINE`), when the next line of the page's own is a headline: short, and not ending
    like a sentence."""
    for index in range(min(len(lines), _TAGLINE_LINES)):
        if kinds[index] not in (BODY, HEADING) or not _is_tagline(lines[index]):
            continue
        after = next((i for i in range(index + 1, len(lines)) if kinds[i] in (BODY, HEADING)), None)
        if after is None or len(lines[after]) > _HEADLINE_MAX_CHARS or ends_sentence(lines[after]):
            return set()
        return {index}
    return set()


# Where the page comes from and what that is, under its title ("From Quaypedia, the free
# reference", "From Kettlewick Notes, a wiki for owners"): "From", a name of a few capitalised
# words, a comma, then a description after an article, with no figure and no sentence's end.
_FROM_SOURCE = re.compile(
    r"^From\s+[A-Z][\w'\u2019&.-]*(?:\s+[A-Z][\w'\u2019&.-]*){0,3},\s+(?:the|a|an)\s+[^\d,.:;!?]+$"
)


def _source_line(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """The second line when it says where the page comes from (see `_FROM_SOURCE`), under a
    title."""
    if len(lines) < 3 or kinds[0] != HEADING or kinds[1] not in (BODY, HEADING):
        return set()
    return {1} if _FROM_SOURCE.match(lines[1]) else set()


# A newsletter's head over its issue line ("Issue 87 | 1 December 2026", "No. 212 \u00b7 Friday"):
# its name in capitalised words ("Quay Battery Brief"), perhaps its description ("The harbour's
# battery news in five minutes, every Tuesday") and its controls ("View in browser"), none with
# a figure, a colon or a sentence's end. A headline over an issue line says what the issue holds
# ("The Quay Letter #87: a plant that ships") and stays.
_ISSUE_LINE = re.compile(r"(?i)^(?:issue|edition|vol\.?|volume|no\.|number)\s*#?\s*\d")
_ISSUE_HEAD_LINES = 3
_ISSUE_NAME_WORDS = 5
_ISSUE_HEAD_BREAK = re.compile(r"[\d:|]")


def _is_plain_name(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= _ISSUE_NAME_WORDS and all(
        w[0].isupper() or w in NAME_PARTICLES or w in ("of", "the", "&") for w in words
    )


def _issue_head(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """The lines over the issue line among the page's first lines, when one of them is the
    newsletter's name and none is a headline's (see `_ISSUE_LINE`)."""
    issue = next(
        (i for i in range(min(len(lines), _ISSUE_HEAD_LINES + 1)) if _ISSUE_LINE.match(lines[i])),
        None,
    )
    if not issue:
        return set()
    above = range(issue)
    if any(
        kinds[i] not in (BODY, HEADING)
        or _ISSUE_HEAD_BREAK.search(lines[i])
        or ends_sentence(lines[i])
        or len(lines[i]) > _HEADLINE_MAX_CHARS
        for i in above
    ):
        return set()
    return set(above) if any(_is_plain_name(lines[i]) for i in above) else set()


# A publication's name alone as the page's first line, told by what it is called: a few
# capitalised words ending in the noun of an outlet ("Kelvale Business Wire", "Delmere Weekly",
# a compound "Ostvalder Wirtschaftsblatt"), perhaps with its edition after a dash or in
# brackets ("- International", "(English)").
_OUTLET_NOUN = re.compile(
    r"(?i)^(?:(?:news)?wire|news|weekly|daily|journal|times|post|herald|gazette|gazetesi|ledger|"
    r"review|courier|tribune|chronicle|observer|monitor|digest|bulletin|telegraph|hebdo|"
    r"nachrichten|kurier|gazeta|diario|giornale)$|(?:blatt|zeitung|dagblad|tidning)$"
)
_EDITION = re.compile(r"\s+(?:[\u2014\u2013-]\s+[A-Z]\w+(?:\s+\w+)?|\([A-Z]\w+(?:\s+\w+)?\))$")


def _outlet_name(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """The first line when it is a publication's name (see `_OUTLET_NOUN`) over the page's
    own lines."""
    first = lines[0] if lines else ""
    if len(lines) < 2 or kinds[0] not in (BODY, HEADING) or len(first) > _PLATE_CHARS:
        return set()
    if _LABEL_BREAK.search(first) or ends_sentence(first) or first.isupper():
        return set()  # a name in capitals is as often a headline's (see `_nameplate`)
    words = _EDITION.sub("", first).split()
    if not 2 <= len(words) <= _NAME_WORDS or not all(
        w[0].isupper() or w in NAME_PARTICLES or w in ("of", "the", "&") for w in words
    ):
        return set()
    return {0} if _OUTLET_NOUN.search(words[-1]) else set()


def head_starts(lines: Sequence[str], shown: Sequence[int]) -> dict[int, int]:
    """Where the article's head may start among the `shown` lines, and how many lines of a run
    of short lines starting there are the head's: all of it at the first line (a title, an
    issue line, a standfirst); the headline and the standfirst at the third when the first two
    are a masthead and a section label (a byline and a share bar may follow them)."""
    starts = dict.fromkeys(shown[:1], len(lines))
    if len(shown) > 2 and _masthead_and_label(lines[shown[0]], lines[shown[1]]):
        starts[shown[2]] = _HEAD_OF_RUN
    return starts


def mastheads(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """The lines naming the publication at the page's head (see `_masthead`, `_nameplate`,
    `_name_and_section`, `_name_and_tagline`, `_source_line`, `_issue_head` and
    `_outlet_name`), and the
    issuer's letterhead over the page's furniture (`furniture_letterheads`)."""
    found = _masthead(lines, kinds) | _nameplate(lines, kinds) | _name_and_section(lines, kinds)
    found |= (
        _name_and_tagline(lines, kinds) | _source_line(lines, kinds) | _issue_head(lines, kinds)
    )
    found |= _outlet_name(lines, kinds)
    return found | letterheads(lines, kinds)
