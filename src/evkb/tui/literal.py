"""Document text as Textual content that is always literal: never markup, never escape codes."""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content

from evkb.text import safe_text


def literal(text: str, style: str = "") -> Content:
    """Content showing `text` exactly (control characters made visible), optionally styled."""
    content = Content(safe_text(text))
    return content.stylize(style) if style else content


def highlighted(text: str, spans: Iterable[tuple[int, int]], style: str = "reverse") -> Content:
    """Literal content with the given character spans styled (offsets into `text`)."""
    content = Content(safe_text(text))  # safe_text keeps lengths, so spans still line up
    for start, end in spans:
        if 0 <= start < end <= len(text):
            content = content.stylize(style, start, end)
    return content
