"""Reading a knowledge base's files: TOML, source documents, their list and the inputs digest."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Protocol

import tomli

from evkb.errors import KBError, Problem

SOURCE_SUFFIXES = (".txt", ".md")
MANIFEST = "sources.toml"
ADDED = "added.toml"  # the day `evkb add` added each document, by source id

# Reads a knowledge base's file (`read_regular` inside the folder, or `files.ReadOnce`).
Reader = Callable[[Path], bytes]


def _position_of_byte(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    col = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    return line, col


def _read_bytes(
    path: Path, root: Path | None = None, limit: int | None = None, read: Reader | None = None
) -> bytes:
    """A regular file up to a size limit; inside the folder `root` when given (a knowledge
    base's files), else wherever its links lead (the user's own config and themes)."""
    from evkb.kb.files import DOCUMENT_LIMIT, Refused, read_regular

    path = Path(path)
    try:
        if read is not None:
            return read(path)
        return read_regular(path, limit or DOCUMENT_LIMIT, root, follow=root is None)
    except Refused as exc:
        raise KBError([Problem(str(path), 1, 1, exc.reason)]) from None
    except OSError as exc:
        raise KBError([Problem(str(path), 1, 1, f"cannot read: {exc.strerror or exc}")]) from None


def read_toml_text(
    path: Path, root: Path | None = None, limit: int | None = None
) -> tuple[dict, str]:
    """(parsed, text) of a TOML file read as `_read_bytes` reads; KBError located at the fault."""
    where = str(path)
    data = _read_bytes(path, root, limit)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _position_of_byte(data, exc.start)
        bad = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        message = f"not valid UTF-8 ({bad}); save it as UTF-8"
        raise KBError([Problem(where, line, col, message)]) from None
    if text.startswith("\ufeff"):
        text = text[1:]  # editors add a BOM that TOML does not allow; it carries nothing
    try:
        return tomli.loads(text), text
    except tomli.TOMLDecodeError as exc:
        line, col = getattr(exc, "lineno", 1), getattr(exc, "colno", 1)
        message = f"TOML syntax error: {getattr(exc, 'msg', exc)}"
        raise KBError([Problem(where, line, col, message)]) from None


def read_toml(path: Path, limit: int | None = None) -> dict:
    """The parsed TOML file; a KBError with one located problem for unreadable or bad TOML."""
    return read_toml_text(path, limit=limit)[0]


_BYTE_OFFSET = re.compile(r"\bbyte (?:offset )?(\d+)|\boffset (\d+)")


def read_source_file(
    path: Path, root: Path | None = None, read: Reader | None = None
) -> tuple[str, str, list[Problem]]:
    """(text, sha256 of its bytes, warnings) of one document inside `root` (read with `read`
    when given); KBError if refused."""
    from evkb.kb.extract import read_text
    from evkb.kb.extract import text as extract_text

    where = str(path)
    data = _read_bytes(path, root, read=read)
    try:
        text, notes = read_text(data)
    except ValueError as exc:
        raise KBError([Problem(where, 1, 1, f"refused: {exc}")]) from None
    warnings = []
    for note in notes:
        line, col = 1, 1
        match = _BYTE_OFFSET.search(note)
        if match:
            offset = int(match.group(1) or match.group(2))
            if offset <= len(data):
                line, col = _position_of_byte(data, offset)
        warnings.append(Problem(where, line, col, note, "warning"))
    if len(text) > extract_text.RECORDS_READ_CHARS:
        stop = extract_text.RECORDS_READ_CHARS
        line = text.count("\n", 0, stop) + 1
        col = stop - text.rfind("\n", 0, stop)
        note = (
            f"records are proposed from the first {stop:,} characters only (it has "
            f"{len(text):,}); all of it is searchable"
        )
        warnings.append(Problem(where, line, col, note, "warning"))
    return text, hashlib.sha256(data).hexdigest(), warnings


def list_sources(kb_dir: Path) -> list[Path]:
    """The documents of a knowledge base: sources/*.txt and *.md, sorted by name."""
    folder = Path(kb_dir) / "sources"
    if not folder.is_dir():
        return []
    return sorted(
        (p for p in folder.iterdir() if p.suffix in SOURCE_SUFFIXES and p.is_file()),
        key=lambda p: p.name,
    )


class SourceFile:
    """One readable document of a knowledge base. Its text is read when first asked for where
    the last build recorded the file unchanged (`known`): an add needs the new document's text,
    not the collection's."""

    __slots__ = ("_read", "_text", "chars", "id", "path", "sha256", "warnings")

    def __init__(
        self,
        id: str,
        path: Path,
        text: str | None,
        sha256: str,
        warnings: tuple[str, ...] = (),
        chars: int = -1,
        read: Callable[[], tuple[str, str]] | None = None,
    ) -> None:
        self.id, self.path, self.sha256, self.warnings = id, path, sha256, warnings
        self._text, self._read = text, read
        self.chars = len(text) if text is not None else chars

    @property
    def text(self) -> str:
        if self._text is None:
            assert self._read is not None
            text, digest = self._read()
            if digest != self.sha256:
                message = "changed while the build read it; run the command again"
                raise KBError([Problem(str(self.path), 1, 1, message)])
            self._text = text
        return self._text


class SourceTexts(Mapping[str, str]):
    """Source id -> text of `read_sources`' documents, each read when first asked for."""

    def __init__(self, files: Sequence[SourceFile]) -> None:
        self._files = {f.id: f for f in files}

    def __getitem__(self, source_id: str) -> str:
        return self._files[source_id].text

    def __iter__(self) -> Iterator[str]:
        return iter(self._files)

    def __len__(self) -> int:
        return len(self._files)


class Known(Protocol):
    """What a build recorded of a document (`inputs.InputFile`)."""

    @property
    def sha256(self) -> str: ...
    @property
    def chars(self) -> int: ...
    @property
    def stat(self) -> tuple[int, int, int, int] | None: ...


def _unchanged(path: Path, known: Known | None) -> bool:
    if known is None or known.stat is None:
        return False
    from evkb.kb.inputs import lstat_of

    return lstat_of(str(path)) == known.stat


def read_sources(
    kb_dir: Path,
    problems: list[Problem],
    read: Reader | None = None,
    known: Mapping[str, Known] | None = None,
) -> tuple[list[str], list[SourceFile]]:
    """Every document of the folder, read once: (every source id, the readable documents).

    Refused files, two files with one id, the same content twice, and files in sources/ that
    are not documents are added to `problems` (warnings of the decoder too). A document named
    in `known` (file name -> what the last build recorded) whose lstat is the recorded one is
    not read: its text is read if asked for.
    """
    folder = Path(kb_dir) / "sources"
    if not folder.is_dir():
        problems.append(Problem(str(folder), 1, 1, "no sources/ folder: the documents go there"))
        return [], []
    # One scan (a stat a file only for links): the documents, what list_sources lists.
    with os.scandir(folder) as scan:
        entries = sorted(scan, key=lambda e: e.name)
    documents: list[Path] = []
    for entry in entries:
        document = os.path.splitext(entry.name)[1] in SOURCE_SUFFIXES
        if document and entry.is_file():
            documents.append(Path(entry.path))
        elif entry.name.startswith(".") or entry.name in (MANIFEST, ADDED) or entry.is_dir():
            continue
        elif not entry.is_file():  # a FIFO, a device, a dangling link: never opened
            problems.append(Problem(entry.path, 1, 1, "not a regular file; not read", "warning"))
        elif not document:
            message = "not read: only .txt and .md files are documents"
            problems.append(Problem(entry.path, 1, 1, message, "warning"))
    ids: list[str] = []
    files: list[SourceFile] = []
    first_of: dict[str, Path] = {}
    by_digest: dict[str, str] = {}
    for path in documents:
        if path.stem in first_of:
            message = f"source id {path.stem!r} is also {first_of[path.stem].name}: rename one"
            problems.append(Problem(str(path), 1, 1, message))
            continue
        first_of[path.stem] = path
        ids.append(path.stem)
        recorded = (known or {}).get(path.name)
        if recorded is not None and _unchanged(path, recorded):
            digest = recorded.sha256

            def again(path: Path = path) -> tuple[str, str]:
                text, digest, _warnings = read_source_file(path, kb_dir, read)
                return text, digest

            file = SourceFile(path.stem, path, None, digest, chars=recorded.chars, read=again)
        else:
            try:
                text, digest, warnings = read_source_file(path, kb_dir, read)
            except KBError as exc:
                problems += exc.problems
                continue
            problems += warnings
            file = SourceFile(path.stem, path, text, digest, tuple(w.message for w in warnings))
        if digest in by_digest:
            message = f"same content as source {by_digest[digest]!r}"
            problems.append(Problem(str(path), 1, 1, message, "warning"))
        by_digest.setdefault(digest, path.stem)
        files.append(file)
    return ids, files


def input_files(kb_dir: Path) -> list[tuple[str, str]]:
    """(place in the folder, path) of each file a build reads, sorted by place: sources/* (but
    dot files) and curated/*.toml (as pathlib's glob matches it, dot files too). Plain strings
    from one directory scan each: at 2,500 documents, a Path and a stat a file cost more than
    the rest of an add's look at them."""
    found = []
    for folder, wanted in (("sources", None), ("curated", ".toml")):
        try:
            with os.scandir(os.path.join(kb_dir, folder)) as entries:
                for entry in entries:
                    name = entry.name
                    if name.startswith(".") if wanted is None else not name.endswith(wanted):
                        continue
                    if entry.is_file():  # through a link, as the build sees it
                        found.append((f"{folder}/{name}", entry.path))
        except OSError:
            continue  # no such folder (the build says so)
    return sorted(found)


def inputs_digest(kb_dir: Path, read: Reader | None = None) -> str:
    """sha256 over what a build reads (sources/*, curated/*.toml): a changed input, a new digest.
    `read` reads each file (`read_regular` inside the folder when not given). See `Inputs`,
    which reads only what changed since the last build."""
    from evkb.kb.inputs import Inputs

    return Inputs(Path(kb_dir), read).digest()
