"""The marks of a reader comment on its own line: a reply bar ("Reply · Report · 12 likes"), a
time since it was posted ("3 hours ago"), its author's name alone or before "says:", a
handle opening the comment ("ev_fan99: ..."). `furniture.py` takes the comments they mark,
after a comments header or above a reply bar.
"""

from __future__ import annotations

import re

from evkb.kb.extract.furniture_forms import _QUOTE, is_dateline

_REPLY_PART = re.compile(
    r"(?i)^(?:(?:reply|report(?:\s+abuse)?|like|flag|recommend|share|\d[\d,]*\s*"
    r"(?:likes?|repl(?:y|ies)|upvotes?|points?|recommends?))\s*[\u00b7|\u2022]?\s*)+$"
)
# "Like" or "Share" alone is a page's button; a comment's has "Reply", "Report" or a count.
_REPLY_WORD = re.compile(r"(?i)repl|report|\d")
_TIME_AGO = re.compile(
    r"(?i)\b(?:\d+\s*(?:[smhdw]|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago|"
    r"yesterday|just\s+now)\s*$"
)
# "ev_fan99: Range matters more than charging" — a commenter's handle, then the comment.
HANDLE_SAYS = re.compile(r"^@?[\w.-]{2,24}(?:\s[\w.-]{2,24})?\s*(?::|wrote:|says:)\s+\S")
_COMMENT_BY = re.compile(
    r"(?i)^@?[\w.'-]{2,30}(?:\s+[\w.'-]{2,30}){0,2}\s+(?:says|said|wrote|commented|replied)\s*:?$"
)
# "Gus P. \u2014 Range matters more": a commenter's name, a dash, then the comment; read only
# under a comments header, where a thread is written so.
NAME_DASH = re.compile(r"^@?[\w.'-]{2,24}(?:\s[\w.'-]{1,24}){0,2}\s+[\u2013\u2014]\s+\S")
COMMENT_AUTHOR = re.compile(r"^@?[\w.'-]{2,30}(?:\s+[\w.'-]{2,30}){0,2}$")


def is_reply_marker(line: str) -> bool:
    return bool(_REPLY_PART.match(line) and _REPLY_WORD.search(line))


def comment_meta(line: str) -> bool:
    """A comment's own furniture: a reply bar, an author and time line, a "Name says:" line."""
    if len(line) > 80 or _QUOTE.search(line):
        return False
    return bool(
        is_reply_marker(line)
        or _TIME_AGO.search(line)
        or _COMMENT_BY.match(line)
        or HANDLE_SAYS.match(line)
        or is_dateline(line)
    )
