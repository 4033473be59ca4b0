"""A document's title, author, publisher, url and date, checked before sources.toml keeps them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

import tomli_w

# The fields sources.toml takes from a document, in the order they are written.
FIELDS = ("title", "author", "publisher", "url", "published")

_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# A byline's date or time caught in an author field ("Staff Writer; April 2", "Jo Li 12:30").
_DATE_IN_NAME = re.compile(rf"(?i)\b(?:{_MONTH})\b\.?(?:\s+\d|\s*$)|\d|\b(?:am|pm|gmt|utc)\b")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_MAX_CHARS = 300


def _plain(value: object) -> str:
    """One line of text: whitespace collapsed, control and direction characters removed."""
    if not isinstance(value, str):
        return ""
    value = _CONTROL.sub(" ", value)
    return " ".join(value.split())[:_MAX_CHARS]


def clean_author(value: object) -> str:
    """The author's name, or "" when the field holds a date, a time or no name at all."""
    author = _plain(value)
    if not author or _DATE_IN_NAME.search(author) or not re.search(r"[^\W\d_]{2}", author):
        return ""
    return author.strip(" ;,|-\u2013\u2014")


def clean_url(value: object) -> str:
    url = _plain(value)
    return url if re.fullmatch(r"https?://[^\s/]+\S*", url) else ""


def clean_date(value: object) -> str:
    """An ISO date as far as it is stated ("2025", "2025-03", "2025-03-14"), if it is real."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = _plain(value)
    match = _DATE.match(text)
    if not match:
        return ""
    year, month, day = match.groups()
    if not 1900 <= int(year) <= 2100:
        return ""
    try:
        if day:
            return dt.date(int(year), int(month), int(day)).isoformat()
        if month:
            dt.date(int(year), int(month), 1)
            return f"{year}-{month}"
    except ValueError:
        return ""
    return year


def checked(raw: Mapping[str, object]) -> dict[str, str]:
    """The fields worth keeping, in manifest order; anything that fails a check is left out."""
    values = {
        "title": _plain(raw.get("title")),
        "author": clean_author(raw.get("author")),
        "publisher": _plain(raw.get("publisher")),
        "url": clean_url(raw.get("url")),
        "published": clean_date(raw.get("published")),
    }
    return {key: values[key] for key in FIELDS if values[key]}


def manifest_entries(entries: Mapping[str, Mapping[str, str]]) -> str:
    """TOML tables `[source.<id>]` to append to sources.toml (what is there stays as written)."""
    chunks = []
    for source_id, values in entries.items():
        body = {"source": {source_id: dict(values)}}
        chunks.append(tomli_w.dumps(body))
    return "\n".join(chunks)
