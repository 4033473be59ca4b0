"""Documents as people save them (plain text, Markdown, web pages) -> the text a source is made of.

`read_document` decides what a file is by its content as well as its name, and returns the text
to store in sources/ (what quotes cite), the metadata for sources.toml, and the original bytes
to keep under sources/originals/ when the stored text is not the file itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from evkb.kb.ingest.metadata import FIELDS, manifest_entries
from evkb.kb.load import MANIFEST
from evkb.kb.load.reading import ADDED, SOURCE_SUFFIXES

__all__ = [
    "FIELDS",
    "ORIGINALS",
    "Document",
    "added_days",
    "detect_format",
    "manifest_ids",
    "planned_files",
    "read_document",
]

# Beside the sources, never read as one: the saved page or Markdown file a source came from.
ORIGINALS = "originals"

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*|<\?xml[^>]*>\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(rb"<(?:p|div|body|article|br|h[1-6])\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class Document:
    """What `evkb add` stores for one file."""

    format: str  # "text", "markdown" or "html"
    text: str  # the source's text, as stored in sources/<id>.txt
    metadata: dict[str, str] = field(default_factory=dict)
    original: bytes | None = None  # the file as given, when `text` is not it
    original_suffix: str = ""
    notes: tuple[str, ...] = ()
    plain: bytes | None = None  # a plain-text file's own bytes, stored as they are

    @property
    def stored(self) -> bytes:
        """The bytes of sources/<id>.txt: a plain text as given, else the extracted text."""
        if self.original is None and self.plain is not None:
            return self.plain
        return self.text.encode("utf-8")


def detect_format(name: str, data: bytes) -> str:
    """ "html", "markdown" or "text", from the content first and the file name second."""
    utf16 = data[:2] in (b"\xff\xfe", b"\xfe\xff")
    head = data[:4096]
    if utf16 or _HTML_START.match(head):
        return "html"
    suffix = PurePath(name).suffix.lower()
    if suffix in HTML_SUFFIXES and _HTML_TAG.search(data[:65536]):
        return "html"  # a fragment without <html>, as some tools save
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if head.startswith(b"---"):
        from evkb.kb.ingest.markdown import looks_like_front_matter

        if looks_like_front_matter(head.decode("utf-8", "replace")):
            return "markdown"
    return "text"


def read_document(name: str, data: bytes) -> Document:
    """The document in `data` (from a file called `name`); ValueError saying why it is refused."""
    from evkb.kb.extract import read_text

    kind = detect_format(name, data)
    suffix = PurePath(name).suffix.lower()
    if kind == "html":
        from evkb.kb.ingest.html import extract_page

        if b"\x00" in data and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
            read_text(data)  # refuses it as a binary file, saying where
        text, metadata, notes = extract_page(data)
        original_suffix = suffix if suffix in HTML_SUFFIXES else ".html"
        return Document(kind, text, metadata, data, original_suffix, tuple(notes))
    decoded, notes = read_text(data)
    if kind == "markdown":
        from evkb.kb.ingest.markdown import extract_markdown

        text, metadata = extract_markdown(decoded)
        original_suffix = suffix if suffix in MARKDOWN_SUFFIXES else ".md"
        return Document(kind, text, metadata, data, original_suffix, tuple(notes))
    return Document(kind, decoded, plain=data)  # its decoding notes are the build's warnings


def manifest_ids(sources_dir: Path) -> set[str]:
    """The source ids sources.toml already has a table for (a new source must not reuse one)."""
    import tomli

    try:
        from evkb.kb.files import read_regular

        text = read_regular(sources_dir / MANIFEST, root=sources_dir.parent).decode("utf-8-sig")
        data = tomli.loads(text)
    except (OSError, ValueError):
        return set()
    tables = data.get("source")
    return set(tables) if isinstance(tables, dict) else set()


def planned_files(
    sources_dir: Path, documents: Mapping[str, Document]
) -> tuple[list[tuple[Path, bytes]], dict[Path, bytes]]:
    """What adding `documents` (by source id) writes, and the old bytes of files it replaces.

    Each document's text goes to sources/<id>.txt, a page's or a Markdown file's original to
    sources/originals/, and the metadata to new tables at the end of sources.toml, whose
    existing text (comments included) stays as it was.
    """
    planned: list[tuple[Path, bytes]] = []
    for source_id, document in documents.items():
        planned.append((sources_dir / f"{source_id}.txt", document.stored))
        if document.original is not None:
            name = f"{source_id}{document.original_suffix}"
            planned.append((sources_dir / ORIGINALS / name, document.original))
    entries = {sid: doc.metadata for sid, doc in documents.items() if doc.metadata}
    replaced: dict[Path, bytes] = {}
    if entries:
        manifest = sources_dir / MANIFEST
        from evkb.kb.files import read_regular

        try:
            # Only a regular file inside the folder: a link would pull another file's text in.
            old = read_regular(manifest, root=sources_dir.parent)
            replaced[manifest] = old
        except FileNotFoundError:
            old = b""
        if old and not old.endswith(b"\n"):
            old += b"\n"
        gap = b"\n" if old else b""
        planned.append((manifest, old + gap + manifest_entries(entries).encode("utf-8")))
    return planned, replaced


def added_days(
    sources_dir: Path, new_ids: Iterable[str], today: str
) -> tuple[Path, bytes, bytes | None]:
    """sources/added.toml with the day `today` for each new source: its path, its new bytes and
    its old ones (None when there was none). The lines of documents since removed are dropped;
    a file that is no TOML of days raises ValueError."""
    import tomli
    import tomli_w

    from evkb.kb.files import read_regular

    path = sources_dir / ADDED
    try:
        old: bytes | None = read_regular(path, root=sources_dir.parent)
    except FileNotFoundError:
        old = None
    except OSError as exc:  # a link, a folder, a file too large: evkb will not read it
        raise ValueError(f"{path}: {exc.strerror or exc}; fix or remove it to add") from None
    days: dict[str, object] = {}
    if old is not None:
        try:
            days = tomli.loads(old.decode("utf-8-sig"))
        except (UnicodeDecodeError, tomli.TOMLDecodeError) as exc:
            raise ValueError(f"{path}: {exc}; fix or remove it to add") from None
    kept = {
        k: v
        for k, v in days.items()
        if any((sources_dir / f"{k}{suffix}").exists() for suffix in SOURCE_SUFFIXES)
    }
    kept |= dict.fromkeys(new_ids, today)
    data = tomli_w.dumps(dict(sorted(kept.items())))
    note = "# The day `evkb add` added each document (a yearless dateline is read against it).\n"
    return path, (note + data).encode("utf-8"), old
