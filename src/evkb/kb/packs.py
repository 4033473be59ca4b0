"""Many small cache entries of one folder's files kept in a few packs: fewer files to create.

A build from scratch makes thousands of products, each with its own cache entry (`products.py`),
read only when the build's own entries are lost (`entries.py`). Creating a file costs more than
writing its bytes, so such a build keeps the entries of its new products in packs of many: each
member is the sealed entry exactly as its own file would hold it (`cache.seal`), under the name
that file would have. A pack opens with one line listing its members (name, offset, length);
the line is not trusted: a member that is not what its name says fails its seal or its header,
as a planted file would, and is made again. An entry of its own file is found first; a pack is
looked at only when there is none. `tidy` removes a pack once no member is wanted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

from evkb.kb.files import open_regular, write_atomic

PACK = "pack"
# Members a pack holds at most; its bytes at most (a build's products' entries are ~40 KB).
MEMBERS = 64
PACK_BYTES = 4 << 20
# The first line of a pack: its list of members, bounded.
_HEAD_LIMIT = 1 << 20

# Folder -> (its mtime when read, entry name -> (pack file, offset, length)).
_INDEX: dict[str, tuple[int, dict[str, tuple[str, int, int]]]] = {}


def _packs(folder: str) -> list[str]:
    try:
        return sorted(n for n in os.listdir(folder) if n.startswith(f"{PACK}-"))
    except OSError:
        return []


def members(path: str) -> list[tuple[str, int, int]]:
    """(entry name, offset, length) of each member a pack lists; [] when it is not a pack."""
    try:
        with os.fdopen(open_regular(Path(path)), "rb") as handle:
            head = handle.readline(_HEAD_LIMIT)
        listed = [(str(n), int(at), int(size)) for n, at, size in json.loads(head)]
    except (OSError, ValueError, TypeError):
        return []
    # A planted head may list anything: a member starts after the head and has a length.
    if any(at < len(head) or size < 0 for _name, at, size in listed):
        return []
    return listed


def _index(folder: str) -> dict[str, tuple[str, int, int]]:
    try:
        mtime = os.stat(folder).st_mtime_ns
    except OSError:
        return {}
    known = _INDEX.get(folder)
    if known is not None and known[0] == mtime:
        return known[1]
    index: dict[str, tuple[str, int, int]] = {}
    for name in _packs(folder):
        path = os.path.join(folder, name)
        for entry, at, size in members(path):
            index.setdefault(entry, (path, at, size))
    _INDEX[folder] = (mtime, index)
    return index


def find(folder: Path | str, entry: str, limit: int) -> bytes | None:
    """The bytes a pack in `folder` holds for the entry named `entry`; None when none does."""
    found = _index(os.fspath(folder)).get(entry)
    if found is None or found[2] > limit:
        return None
    path, at, size = found
    try:
        fd = open_regular(Path(path))
    except OSError:
        return None
    try:
        data = os.pread(fd, size, at)
    except (OSError, ValueError, OverflowError):
        return None
    finally:
        os.close(fd)
    return data if len(data) == size else None


class Packer:
    """Sealed entries gathered and written a pack at a time into the folder of the first entry
    (`add` is given the folder the entry would have gone to)."""

    def __init__(self) -> None:
        self._folder: Path | None = None
        self._pending: list[tuple[str, list[bytes]]] = []
        self._bytes = 0

    def add(self, folder: Path, entry: str, sealed: list[bytes]) -> None:
        if self._folder is not None and folder != self._folder:
            self.flush()
        self._folder = folder
        self._pending.append((entry, sealed))
        self._bytes += sum(map(len, sealed))
        if len(self._pending) >= MEMBERS or self._bytes >= PACK_BYTES:
            self.flush()

    def flush(self) -> None:
        """Write the gathered entries as one pack (a cache: a write that fails loses nothing)."""
        if not self._pending or self._folder is None:
            return
        pending, self._pending, self._bytes = self._pending, [], 0
        listed: list[tuple[str, int, int]] = []
        at = 0
        for entry, sealed in pending:
            size = sum(map(len, sealed))
            listed.append((entry, at, size))
            at += size
        head = _head(listed)
        name = hashlib.sha256(head).hexdigest()[:32]
        pieces = [head, b"\n", *(piece for _entry, sealed in pending for piece in sealed)]
        with contextlib.suppress(OSError):
            write_atomic(self._folder / f"{PACK}-{name}.json", pieces, durable=False)


def _head(listed: list[tuple[str, int, int]]) -> bytes:
    """A pack's first line, its members' offsets counted from the start of the file: the
    line's length depends on them, so they are moved by it until it no longer changes."""
    start = 1
    while True:
        moved = [[entry, offset + start, size] for entry, offset, size in listed]
        line = json.dumps(moved, separators=(",", ":")).encode("ascii")
        if len(line) + 1 == start:
            return line
        start = len(line) + 1


def tidy(folder: Path | str, keep: Iterable[str]) -> None:
    """Remove the packs of `folder` none of whose members is in `keep` (entry names)."""
    wanted = set(keep)
    folder = os.fspath(folder)
    for name in _packs(folder):
        path = os.path.join(folder, name)
        if not any(entry in wanted for entry, _at, _size in members(path)):
            with contextlib.suppress(OSError):
                os.unlink(path)
