"""Lines of short parts between bars that are page furniture: a document's running head or
footer, its reference line, a post's row of fields with a count of its audience, and a page's
bar of controls.

A running head names the document and where in it the page is ("Annual Report 2026 |
Letter to shareholders | 14"); a reference line files it ("Notice No. 7/2026 | Decision
notice"); a bar of controls is what a reader can do with the page ("Print | Email | Text
size"). None of them carries a sentence, and the only figures in them are the page's own: a
date, a page number, a year in the document's title, a reference code, a count of comments.

A table written as text reads the same way, one row under another with as many bars: a line
beside a row of the same number of bars is a table's and is never taken here (the article's
own tables are also restored after this, see `evkb.kb.extract.furniture`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.furniture_forms import (
    ends_sentence,
    holds_date,
    is_share_part,
    without_dates,
)
from evkb.model import BOILERPLATE, UNRELATED

# A running head's page or issue number ("12", "No. 88", "Issue 31").
_NUMERAL = re.compile(
    r"(?i)^(?:(?:page|p\.|no\.|issue|vol\.?|edition|week)\s*)?\d{1,4}(?:[-/]\d{1,4})?$"
)
# A page number alone, or "Page 34-36": what a two-part footer may carry (not "Week 41").
_PAGE = re.compile(r"(?i)^(?:(?:page|p\.)\s*)?\d{1,4}(?:-\d{1,4})?$")
# A year or a span of years in a document's title ("Annual Report 2026", "Winter 2026-27").
_YEAR = re.compile(r"\b(?:19|20)\d{2}(?:[-/]\d{2,4})?\b")
# A reference code as a part's last word: letters and figures joined by slashes, hyphens or
# stops, with a figure and a letter, a slash, a hyphen or two stops in it ("RDC4/PL/2026/077",
# "LI-2026-088", "2026/07", "2026.05.28"; a decimal number is no code), or a number after
# "No.".
_CODE = re.compile(r"^(?=\S*\d)(?=\S*[A-Z/-]|\S*\.\S*\.)[A-Z0-9]+(?:[/.-][A-Z0-9]+)+$")
_NUMBERED = re.compile(r"(?i)\bno\.\s?\d{1,4}$")
# A dateline: a date alone, or after a place or a weekday and a comma ("Delmere, 5 May 2026",
# "Friday, 20 November 2026"), perhaps with the time ("2 October 2025 - 6:15 a. m.").
_PLACE_COMMA = re.compile(r"^(?:[A-Z][\w'\u2019.-]*\s+){0,2}[A-Z][\w'\u2019.-]*,\s*")
_DATE_LEFT = re.compile(r"^[\s,.:\u2013-]*(?:[ap]\.?\s?m\.?)?[\s.]*$", re.IGNORECASE)
_HEAD_PART_WORDS = 8
# Where a head's parts part: a bar, or a middle dot or a bullet set between spaces ("The weekly
# briefing · Issue 12 · 2 May 2026").
_HEAD_SPLIT = re.compile(r"\||\s[\u00b7\u2022]\s")
# The emphasis a Markdown export wraps a whole line in ("*Posted 5 May 2026 · 4 min read*").
_EMPHASIS = "*_"
# The issue, edition or episode the page belongs to, as a part of its head: a number after
# the word ("Issue 142", "Episode 87: Batteries on the prairie", "Vol. 3"), the word
# after a month or a year ("December 2026 issue", "Spring 2026 edition"), the issue's date
# ("Issue of 12 May 2026"), or the printed page ("Print edition p. 22-23", "page 14").
_ISSUE = re.compile(
    r"(?i)^(?:issue|edition|episode|vol\.|volume)\s*(?:\d|of\s+\d)|"
    r"\d\s+(?:issue|edition)$|\b(?:page|p\.)\s*\d{1,4}(?:-\d{1,4})?$"
)
# How long the page takes to read or hear ("5 min read", "Reading time: 5 min", "42 min"); a
# length alone ("42 min") places no page by itself: a spec line reads "Charging time | 28 min".
_DURATION = re.compile(
    r"(?i)^(?P<label>(?:reading|listening|running)\s+time|duration)?\s*:?\s*\d{1,3}\s*"
    r"(?:min(?:ute)?s?|hrs?|hours?)\.?(?P<verb>\s+(?:read|listen))?$"
)

# A note on the page's translation as one of its parts ("Translated from Slovene").
_TRANSLATION = re.compile(r"(?i)^(?:translated\s+(?:from|by)\b|(?:\w+\s+)?translation$)")

_DATE, _PAGE_NO, _REF, _YEAR_ONLY, _WORDS = "date", "page", "ref", "year", "words"
_DATELINE, _ISSUE_NO, _LENGTH, _MINUTES = "dateline", "issue", "length", "minutes"
_TRANSLATED = "translated"
# What makes two parts a head: one of them places the page in its document, its issue or its
# language.
_PLACING = frozenset({_PAGE_NO, _REF, _DATELINE, _ISSUE_NO, _LENGTH, _TRANSLATED})


def _is_dateline(part: str) -> bool:
    rest = part[found.end() :] if (found := _PLACE_COMMA.match(part)) else part
    return bool(_DATE_LEFT.match(without_dates(rest)))


def _part_kind(part: str, position: int, count: int) -> str | None:
    """What a part of a running head holds: words only, a date, a page number at either
    end, a reference code, a year in a title; None for any other figure (a table's cell)."""
    if not any(c.isdigit() for c in part):
        return _TRANSLATED if _TRANSLATION.match(part) else _WORDS
    if duration := _DURATION.match(part):
        return _LENGTH if duration["label"] or duration["verb"] else _MINUTES
    if _ISSUE.search(part):
        return _ISSUE_NO
    if holds_date(part):
        return _DATELINE if _is_dateline(part) else _DATE
    if _NUMERAL.match(part) and position in (0, count - 1):
        return _PAGE_NO if _PAGE.match(part) else _DATE
    words = part.split()
    if _CODE.match(words[-1].rstrip(".,;:)")) or _NUMBERED.search(part):
        return _REF
    if not any(c.isdigit() for c in _YEAR.sub("", part)):
        return _YEAR_ONLY
    return None


def is_running_head(line: str) -> bool:
    """An outlet's, a section's or a document's head or footer, or its reference line: short
    parts between bars (or middle dots or bullets), one of them a date, a page number at either
    end, a reference code, an issue, edition or episode, or the time the page takes to read,
    and no other figure but a year in a title or a length ("Pelvane Wire | Markets | 5 May
    2026", "Annual Report 2026 | Letter to shareholders | 14", "The weekly briefing · Issue 12
    · 2 May 2026", "Episode 8: Salt cells | 42 min"). With only two parts, one of them is a
    page number, a reference code, an issue, a reading time or a dateline, a date with nothing
    but a place or a weekday before it ("12 | Annual Report 2026", "Notice No. 7/2026 | Decision
    notice", "Special report | Delmere, 5 May 2026", "May 2026 issue · 7 min read"); a title
    beside a date it says something of ("Published 5 May 2026") may be the article's own. A
    table's row has figures in its cells, and a share."""
    line = line.strip(_EMPHASIS) if line[:1] in _EMPHASIS else line
    if not ("|" in line or "\u00b7" in line or "\u2022" in line) or "%" in line:
        return False
    if ends_sentence(line):
        return False
    parts = [part.strip() for part in _HEAD_SPLIT.split(line)]
    kinds = set()
    for position, part in enumerate(parts):
        if not part or len(part.split()) > _HEAD_PART_WORDS:
            return False
        kind = _part_kind(part, position, len(parts))
        if kind is None:
            return False
        kinds.add(kind)
    if len(parts) < 2:
        return False
    if len(parts) == 2:
        return bool(kinds & _PLACING)
    return bool(kinds & (_PLACING | {_DATE}))


# Parts of a bar of controls: between bars or middle dots.
_CONTROL_SPLIT = re.compile(r"\s+[|\u00b7]\s+")
_CONTROL_PART_WORDS = 4
# A comment count or a reply button among a page's controls ("Comments (9)", "Reply").
_COMMENTS_PART = re.compile(r"(?i)^(?:comments?|repl(?:y|ies))(?:\s*\(?\d[\d,]*\)?)?$")


def is_control_bar(line: str) -> bool:
    """A bar of the page's controls: two or more parts of a few words between bars or middle
    dots, one of them a share, print or comment control ("Print | Email | Text size", "Save |
    Gift this article | Comments (9)", "Like · Comment · Share"). What else the bar offers is
    said in the page's own words, which no list can foresee; a control among them tells."""
    if "|" not in line and "\u00b7" not in line:
        return False
    parts = [part.strip() for part in _CONTROL_SPLIT.split(line)]
    if len(parts) < 2 or ends_sentence(line):
        return False
    if any(not part or len(part.split()) > _CONTROL_PART_WORDS for part in parts):
        return False
    return any(is_share_part(part) or _COMMENTS_PART.match(part) for part in parts)


# A count of a post's audience, before or after its noun ("1,482 views", "3.4K likes", "Posts:
# 1,284", "Reading volume: 12,406"): what a forum, a social network or a portal counts of a
# post or of its poster. A share, a stake or a sale is never one of these nouns.
_AUDIENCE = (
    r"(?:views?|repl(?:y|ies)|reposts?|retweets?|likes?|comments?|posts?|followers?|backers?|"
    r"reads?|reading\s+volume|upvotes?|reactions?|subscribers?|page\s+views|clicks?|plays?|"
    r"listens?|downloads?)"
)
_COUNT = r"\d[\d.,]*\s?[KkM]?"
_AUDIENCE_COUNT = re.compile(rf"(?i)^(?:{_COUNT}\s+{_AUDIENCE}|{_AUDIENCE}\s*:?\s*{_COUNT})$")
_META_PART_WORDS = 6
_LONE_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def is_post_meta(line: str) -> bool:
    """A post's row of fields: two or more short parts between bars or middle dots, one of
    them a count of its audience (see `_AUDIENCE_COUNT`), the others words, a handle, a date
    or a year, and no other figure ("Thread started by ev_owner · Nov 30, 2026 · 1,482 views ·
    23 replies", "Posts: 1,284 | Joined: March 2019 | Delmere", "@handle | 1.2K reposts")."""
    line = line.strip(_EMPHASIS) if line[:1] in _EMPHASIS else line
    if not ("|" in line or "\u00b7" in line or "\u2022" in line) or ends_sentence(line):
        return False
    parts = [part.strip() for part in _HEAD_SPLIT.split(line)]
    if len(parts) < 2 or any(not p or len(p.split()) > _META_PART_WORDS for p in parts):
        return False
    counts = 0
    for part in parts:
        if _AUDIENCE_COUNT.match(part):
            counts += 1
        elif any(c.isdigit() for c in _LONE_YEAR.sub("", without_dates(part))):
            return False  # a figure of another kind: a table's cell, a price, a share
    return counts > 0


def in_table_rows(lines: Sequence[str], index: int) -> bool:
    """Whether a line beside it (above or below) has as many bars and is no bar of the page
    itself, while the line holds no date: rows of a table (a header row holds years, never a
    day's date)."""
    line = lines[index]
    bars = line.count("|")
    if not bars or holds_date(line):
        return False
    return any(
        lines[i].count("|") == bars and not (is_running_head(lines[i]) or is_control_bar(lines[i]))
        for i in (index - 1, index + 1)
        if 0 <= i < len(lines)
    )


def bar_kind(lines: Sequence[str], index: int) -> str | None:
    """The furniture kind of the line at `index` if it is a running head, a reference line or a
    post's row of fields (boilerplate) or a bar of controls (a row of the page's links, so
    unrelated, as a list of links is: it stays among the lines of a list of other stories it
    closes), and no row of a table; else None."""
    line = lines[index]
    if is_running_head(line) or is_post_meta(line):
        kind: str | None = BOILERPLATE
    else:
        kind = UNRELATED if is_control_bar(line) else None
    return None if kind is None or in_table_rows(lines, index) else kind
