"""Reading a document's bytes: UTF-8 decoding with located warnings and normalised line ends."""

from __future__ import annotations

_MAX_DECODE_WARNINGS = 20
# Records (companies, shares, generations, investments) are proposed from a document's first
# this many characters: about 80,000 words, a hundred times a long article. Some of their rules
# compare what a document names with all it named before, so a document of millions of
# characters made of one form repeated could keep a build busy for hours. Passages, claims and
# search read all of it; the build warns where the records stop.
RECORDS_READ_CHARS = 500_000


def read_text(data: bytes) -> tuple[str, list[str]]:
    """Decode a document: UTF-8, BOM stripped, bad bytes replaced, line ends normalised to LF.

    Returns the text and warnings ("invalid UTF-8 at byte 1234 (replaced)"). Raises ValueError
    for a file holding NUL bytes (not a text file) or nothing but whitespace.
    """
    nul = data.find(b"\x00")
    if nul >= 0:
        hint = " (UTF-16 text? save it as UTF-8)" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
        raise ValueError(f"binary file: NUL byte at byte {nul}{hint}")
    base = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    warnings: list[str] = []
    pieces: list[str] = []
    position = base
    while True:
        try:
            pieces.append(data[position:].decode("utf-8"))
            break
        except UnicodeDecodeError as error:
            bad = position + error.start
            pieces.append(data[position:bad].decode("utf-8"))
            pieces.append("\ufffd")
            if len(warnings) < _MAX_DECODE_WARNINGS:
                warnings.append(f"invalid UTF-8 at byte {bad} (replaced)")
            else:  # the rest in one pass: re-decoding it after each bad byte is quadratic
                warnings.append("more invalid UTF-8 bytes (replaced)")
                pieces.append(data[position + error.end :].decode("utf-8", "replace"))
                break
            position = position + error.end
    text = "".join(pieces)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ValueError("empty file: no text")
    return text, warnings
