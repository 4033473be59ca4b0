"""A one-line window of a passage around its first match, for result lists."""

from __future__ import annotations

from collections.abc import Sequence

_ELLIPSIS = "…"


def snippet(
    text: str, spans: Sequence[tuple[int, int]], width: int = 110
) -> tuple[str, list[tuple[int, int]]]:
    """Cut `text` to about `width` characters around the first span, on one line.

    Returns the window and the spans shifted into it (spans outside it are dropped, spans
    crossing its edge are clipped). Line breaks become spaces so the window stays one line
    and the offsets still line up.
    """
    flat = text.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    if len(flat) <= width:
        return flat, [(s, e) for s, e in spans if 0 <= s < e <= len(flat)]
    first = min((s for s, e in spans if s < e), default=0)
    # A little context before the first match, the rest after it.
    start = max(0, min(first - width // 4, len(flat) - width))
    end = min(len(flat), start + width)
    window = flat[start:end]
    if start > 0:
        window = _ELLIPSIS + window[1:]
    if end < len(flat):
        window = window[:-1] + _ELLIPSIS
    moved = []
    for s, e in spans:
        s, e = max(s - start, 0), min(e - start, len(window))
        if s < e:
            moved.append((s, e))
    return window, moved
