"""Cache entries written in segments: an add writes the rows it made, not the collection's.

A big entry that the next one mostly repeats (the whole knowledge base's, an add later) is
written in segments (`cache.cached_tables(..., segmented=True)`): each table's rows in a sealed
segment file named by its seal, and a small sealed entry listing, per table, the rows it takes
from which segment ([seal, first row, end row]). The next entry names the segments whose rows
it keeps (rows read from a segment know it: `Columns.segment`) and writes only its new rows in
new ones. A table whose rows are spread over too many segments, or whose segments mostly hold
rows no entry takes any more, is written whole again. A segment planted or changed fails its
seal (the entry is then ignored with a notice, as any entry not ours); one gone is a miss.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from evkb.kb.cache import (
    ENTRY_LIMIT,
    FORMAT,
    SEGMENT,
    Tables,
    _cache_dirs,
    _remove,
    _scoped,
    _where,
    seal,
    unseal,
)
from evkb.kb.columns import Columns, Joined, RowSlice, decode_tables, encode_tables, join_rows
from evkb.kb.files import open_regular, read_regular, safe_folder, write_atomic

# A table read from more segments than this is written whole again (an entry opens by reading
# them all); so is one whose segments hold twice the rows it takes from them.
MOST_SEGMENTS = 12


def _segment_name(origin: Path, mac: str, folder: Path) -> str:
    return f"{_scoped(origin, SEGMENT, folder)}-{FORMAT}-{mac[:32]}.json"


def _pieces(rows: Any) -> list:
    """A table's rows as pieces: lists of rows and slices of cached columns."""
    pieces = list(rows.pieces) if isinstance(rows, Joined) else [rows]
    return [RowSlice(p, 0, len(p)) if isinstance(p, Columns) else p for p in pieces]


def _kept(pieces: list, folder: Path) -> bool:
    """Whether a table's pieces may name the segments they come from rather than be copied."""
    named = [p for p in pieces if _segment_of(p, folder)]
    if not named:
        return False
    held = {id(p.columns): len(p.columns) for p in named}
    taken = sum(map(len, named))
    return len(held) < MOST_SEGMENTS and 2 * taken >= sum(held.values())


def _segment_of(piece: Any, folder: Path) -> str:
    """The seal of the segment a piece's rows are in, if it is in `folder` (an entry names
    segments of its own folder only)."""
    segment = piece.columns.segment if isinstance(piece, RowSlice) else None
    return segment[1] if segment is not None and segment[0] == str(folder) else ""


class Listed:
    """A table whose segments another process wrote already into `folder` (`write_table`'s
    `entry`); `rows()` makes its rows should the entry go to another folder after all."""

    __slots__ = ("count", "entry", "folder", "rows")

    def __init__(self, folder: str, entry: list, rows: Callable[[], Any]):
        self.folder, self.entry, self.rows = folder, entry, rows
        self.count = entry[1]

    def __len__(self) -> int:
        return self.count


def write_table(key: bytes, folder: Path, origin: Path, table: str, rows: Any) -> list:
    """Write the segment of a table's new rows (if any) and return the entry's line for it:
    [table, row count, its pieces as [segment's seal, first row, end row]]."""
    pieces = _pieces(rows)
    if not _kept(pieces, folder):
        pieces = [join_rows(pieces)]  # written whole: copied where it can be
    named: list[list] = []
    new: list = []
    at = 0
    for piece in pieces:
        segment = _segment_of(piece, folder)
        if segment:
            named.append([segment, piece.start, piece.stop])
        elif len(piece):
            new.append(piece)
            named.append(["", at, at + len(piece)])
            at += len(piece)
    if new:
        blocks = encode_tables({table: join_rows(new)}, _SEGMENT_HEADER)
        sealed = seal(key, blocks)
        mac = sealed[0].decode("ascii").strip()
        path = folder / _segment_name(origin, mac, folder)
        if not os.path.lexists(path):  # named by its seal: the same name, the same bytes
            write_atomic(path, sealed, durable=False)
        named = [[piece[0] or mac, *piece[1:]] for piece in named]
    return [table, len(rows), named]


def write(key: bytes, folder: Path, origin: Path, tables: Mapping[str, Any], header: dict) -> bytes:
    """Write the segments of new rows `tables` need (each table's new rows in one) and return
    the entry naming, per table, its pieces: [segment's seal, first row, end row]. A table
    `Listed` for this folder is named as another process wrote it."""
    listed = []
    for table, rows in tables.items():
        if isinstance(rows, Listed):
            if rows.folder == str(folder):
                listed.append(rows.entry)
                continue
            rows = rows.rows()
        listed.append(write_table(key, folder, origin, table, rows))
    return json.dumps({**header, "tables": [], SEGMENT: listed}).encode("utf-8") + b"\n"


_SEGMENT_HEADER = {"format": FORMAT, SEGMENT: 1}
# Segments read by this process, by file and seal: the whole's entry and the build's share some.
_READ: dict[tuple[str, str], tuple[Columns, int]] = {}
_READ_BYTES = 1 << 30


def _read_one(key: bytes, folder: Path, origin: Path, mac: str) -> Columns | None:
    """The rows of a segment an entry names (by its seal), None when it is gone (another run
    tidied it); ValueError when it is not the segment named (planted or damaged)."""
    path = folder / _segment_name(origin, mac, folder)
    found = _READ.get((str(path), mac))
    if found is not None:
        return found[0]
    try:
        data = read_regular(path, ENTRY_LIMIT)
    except FileNotFoundError:
        return None
    except OSError:
        data = b""
    payload = unseal(key, data) if data.startswith(mac.encode("ascii") + b"\n") else None
    tables = decode_tables(payload, _SEGMENT_HEADER) if payload is not None else None
    if tables is None or len(tables) != 1:
        raise ValueError(f"{path}: not the segment named")
    columns = next(iter(tables.values()))[1]
    if not isinstance(columns, Columns):
        raise ValueError(f"{path}: not the segment named")
    columns.segment = (str(folder), mac)
    if sum(size for _c, size in _READ.values()) > _READ_BYTES:
        _READ.clear()
    _READ[str(path), mac] = (columns, len(data))
    return columns


def read(key: bytes, folder: Path, origin: Path, header: dict) -> Tables | None:
    """The tables of an entry written in segments; None when a segment is missing or not ours."""
    tables: Tables = {}
    read: dict[str, Columns | None] = {}
    for table, count, named in header[SEGMENT]:
        pieces: list = []
        for mac, start, stop in named:
            if not isinstance(mac, str) or not isinstance(start, int) or not isinstance(stop, int):
                return None
            if mac not in read:
                read[mac] = _read_one(key, folder, origin, mac)
            columns = read[mac]
            if columns is None or not 0 <= start <= stop <= len(columns):
                return None
            pieces.append(RowSlice(columns, start, stop))
        whole = (
            len(pieces) == 1 and pieces[0].start == 0 and len(pieces[0]) == len(pieces[0].columns)
        )
        rows: Any = pieces[0].columns if whole else join_rows(pieces)
        if len(rows) != count:
            return None
        tables[table] = (count, rows)
    return tables


def tidy(origin: Path) -> None:
    """Remove the segments of `origin`'s entries that no entry of it names any more."""
    for folder in _cache_dirs(origin):
        if safe_folder(folder):
            _tidy_segments(folder, origin)


def _tidy_segments(folder: Path, origin: Path) -> None:
    """Remove the origin's segments no entry of it in `folder` names (a segment written in the
    last minute is left: another run may be about to name it)."""
    where = _where(origin, folder)
    named: set[str] = set()
    segments = []
    for path in folder.glob(f"*-{where}-*.json"):
        if path.name.startswith(f"{SEGMENT}-"):
            segments.append(path)
            continue
        try:
            with os.fdopen(open_regular(path), "rb") as handle:  # never a link or a FIFO
                handle.readline(100)  # the seal: what is kept is only ever read through it
                header = json.loads(handle.readline(1 << 24))
            named.update(
                piece[0][:32] for _t, _c, pieces in header.get(SEGMENT, []) for piece in pieces
            )
        except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
            continue
    now = time.time()
    for path in segments:
        try:
            if path.name[-37:-5] not in named and now - os.lstat(path).st_mtime > 60:
                _remove(path)
        except OSError:
            pass


def header(payload: memoryview) -> dict | None:
    """The header of an entry written in segments (one line of JSON and nothing after), else
    None (an entry of its own rows)."""
    data = payload.obj  # the payload is a view of the end of a bytes object
    start = len(data) - len(payload)  # type: ignore[arg-type]
    end = data.find(b"\n", start)  # type: ignore[attr-defined]
    if end != len(data) - 1:  # type: ignore[arg-type]
        return None
    header = json.loads(bytes(payload))
    return header if isinstance(header, dict) and SEGMENT in header else None
