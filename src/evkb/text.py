"""Document text made safe to show: no control code or bidi override ever reaches a terminal.

Articles come from anywhere. Every face (CLI and app) passes document text through
`safe_text` and then hands it to Rich/Textual as literal text (`Text`, `Content`), never as
markup. Lengths are kept where a character is replaced, so offsets into the text still hold.
"""

from __future__ import annotations

import re

# C0 controls except TAB/LF, DEL, C1 controls, bidi embeddings/overrides/isolates, and the
# invisible marks that can reorder or hide text. The zero-width joiner and non-joiner stay:
# emoji sequences and Persian or Indic words need them, they move nothing, and a terminal
# draws them as it can (joined, or side by side), never as a replacement mark.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]"
)


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC, ␀ for NUL ...
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def safe_text(text: str) -> str:
    """Return `text` with every control or bidi character replaced by a visible stand-in."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_visible, text)


def safe_line(text: str) -> str:
    """`safe_text` on one line: a line break (from a file name, say) is shown as ␊ too."""
    return safe_text(text).replace("\n", "\u240a")


def has_unsafe(text: str) -> bool:
    return _UNSAFE.search(text) is not None


def dumps_json(value: object, indent: int | None = None) -> str:
    """JSON with every control or bidi character escaped (valid JSON, inert in a terminal)."""
    import json

    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
