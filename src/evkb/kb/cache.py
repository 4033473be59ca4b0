"""Derived data (parsed knowledge-base tables, the search index) kept between runs, never trusted.

Knowledge-base folders are shared, so nothing read back from a cache may be able to run code:
entries are JSON and the search engine's own data files, never pickle, marshal or shelve. Each
entry is sealed with an HMAC under a key that lives only in the user's cache directory, and
names the sha256 of the file it derives from: an entry planted in a shared folder, damaged on
disk or made from another file fails the check, is ignored with a one-line notice and rebuilt.
Entries go to `.evkb-cache/` beside the file when that is a real, writable folder, else to the
user cache directory, else nowhere (the caller then keeps everything in memory).
A big entry that the next one mostly repeats is written in segments (see `segments.py`).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
import secrets
import shutil
import stat
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from evkb.kb.columns import Tables, decode_tables, encode_tables
from evkb.kb.files import create_new, open_regular, read_regular, safe_folder, write_atomic

T = TypeVar("T")
FORMAT = "4"
SEGMENT = "segment"  # the name of segment files (`segments.py`)
KEY_FILE = "key"
SEAL_FILE = "evkb-seal.json"
# A temporary folder this old was left by a killed run (a build of 100,000 passages takes seconds).
STALE_SECONDS = 3600
# Our own entries only; far above the largest knowledge base we measure.
ENTRY_LIMIT = 1 << 32

Notices = list[str] | None


def file_digest(path: Path) -> str:
    """sha256 of a regular file (never through a link, never a FIFO or device)."""
    digest = hashlib.sha256()
    with os.fdopen(open_regular(path), "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _note(notices: Notices, message: str) -> None:
    if notices is not None:
        notices.append(message)


def user_key(create: bool = True) -> bytes | None:
    """The key that seals cache entries: in the user's cache directory, never in a shared folder.

    None when it cannot be read or made: then nothing is cached and nothing cached is trusted.
    """
    from evkb.paths import cache_dir

    folder = cache_dir()
    path = folder / KEY_FILE
    try:
        key = read_regular(path, 64)
        if len(key) == 32:
            return key
    except FileNotFoundError:
        pass
    except OSError:
        return None
    if not create:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not safe_folder(folder):
            return None
        key = secrets.token_bytes(32)
        create_new(path, key)  # private to the user; never replaces a key another run made
        return key
    except FileExistsError:
        return user_key(create=False)  # another run made it first
    except OSError:
        return None


def seal(key: bytes, payload: bytes | list[bytes]) -> list[bytes]:
    """`payload` (bytes, or pieces of it) behind one line holding its HMAC, as pieces to write."""
    pieces = payload if isinstance(payload, list) else [payload]
    mac = hmac.new(key, digestmod="sha256")
    for piece in pieces:
        mac.update(piece)
    return [mac.hexdigest().encode("ascii") + b"\n", *pieces]


def unseal(key: bytes, data: bytes) -> memoryview | None:
    """The payload of a sealed entry (a view: tens of megabytes are not copied), or None if
    its HMAC is not ours."""
    end = data.find(b"\n")
    payload = memoryview(data)[end + 1 :]
    expected = hmac.new(key, payload, "sha256").hexdigest().encode("ascii")
    return payload if end >= 0 and hmac.compare_digest(data[:end], expected) else None


def _cache_dirs(origin: Path) -> list[Path]:
    from evkb.paths import cache_dir, is_bundled

    dirs = []
    local = origin.parent / ".evkb-cache"
    # The installed bundled knowledge base is never written to, even where it could be; a
    # `.evkb-cache` that is a link would send writes out of the folder.
    if os.access(origin.parent, os.W_OK) and not is_bundled(origin.parent) and safe_folder(local):
        dirs.append(local)
    dirs.append(cache_dir())
    return dirs


def _usable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return safe_folder(folder) and os.access(folder, os.W_OK)


def _where(origin: Path | str, folder: Path | str | None = None) -> str:
    # Plain strings: a build names an entry for each of 2,500 products.
    parent, name = os.path.split(os.fspath(origin))
    if folder is not None and os.fspath(folder) == os.path.join(parent, ".evkb-cache"):
        # The folder's own cache goes where the folder goes: an entry named by the file's name
        # alone is found again after the knowledge base is moved or copied (`cp -a`). Its seal
        # and the digest it names still decide whether it is used.
        return hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]
    # The folder resolved once for all its files (resolving each path cost more than the rest
    # of tidying them).
    resolved = os.path.join(_resolved_folder(parent), name)
    return hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:12]


@functools.lru_cache(maxsize=64)
def _resolved_folder(folder: str) -> str:
    return str(Path(folder).resolve())


def _scoped(origin: Path | str, name: str, folder: Path | str | None = None) -> str:
    """The entry name of `origin` in `folder`: knowledge bases sharing the user cache keep one
    entry each there."""
    return f"{name}-{_where(origin, folder)}"


def _older(folder: Path, origin: Path, keep: str, folders: bool, digest: str = "") -> list[Path]:
    """This origin's other entries in `folder` (older contents, older formats, old pickles):
    files for the tables, folders for the index; with `digest`, entries of other contents only
    (several kinds of entry derive from one file). A cache, not an archive."""
    found = []
    same = f"-{FORMAT}-{digest[:32]}.json" if digest else None
    wheres = {_where(origin, folder), _where(origin)}  # and what a folder's own cache used to be
    for path in (p for where in sorted(wheres) for p in folder.glob(f"*-{where}-*")):
        try:
            # pathlib's * also matches the dot names of temporary folders being made: not those.
            # Segments go when no entry names them any more (`segments.tidy`).
            mine = path.name != keep and not path.name.startswith((".", f"{SEGMENT}-"))
            mine = mine and not (same and path.name.endswith(same))
            if mine and stat.S_ISDIR(os.lstat(path).st_mode) == folders:
                found.append(path)
        except OSError:
            pass  # removed by another run meanwhile
    return found


def cached_tables(
    origin: Path,
    name: str,
    make: Callable[[], Mapping[str, Any]],
    digest: str | None = None,
    notices: Notices = None,
    tidy: bool = True,
    segmented: bool = False,
) -> Tables:
    """Per table, (row count, rows or a loader of them) derived from `origin`.

    `make` returns plain JSON-able rows per table; they are stored sealed and read back lazily,
    one table at a time, only when used. With `tidy`, a new entry replaces the origin's older
    ones; the many files of one folder (the per-source products) leave that to `keep_only`,
    one pass over the cache folder instead of one a file. `segmented` writes the entry in
    segments (`segments.py`); `segments.tidy` then removes those no entry names, once every
    entry that may name the old ones is written.
    """
    digest = digest or file_digest(origin)
    dirs = _cache_dirs(origin)
    key = user_key()
    if key is not None:
        tables = _found(key, origin, name, dirs, digest, notices)
        if tables is not None:
            return tables
    rows = make()
    if key is not None:
        header = entry_header(digest)
        if segmented:

            def payload(folder: Path) -> list[bytes]:
                from evkb.kb import segments  # it builds on this module

                return seal(key, segments.write(key, folder, origin, rows, header))

        else:
            sealed = seal(key, encode_tables(rows, header))

            def payload(folder: Path) -> list[bytes]:
                return sealed

        _store(origin, name, digest, dirs, tidy, payload)
    return {table: (len(table_rows), table_rows) for table, table_rows in rows.items()}


def entry_header(digest: str) -> dict:
    """The header `encode_tables` gives the tables of an entry derived from a file at `digest`."""
    return {"format": FORMAT, "origin": digest}


class Places:
    """Where one build's new entries go: the key and the cache folders that take them, found
    at the first entry of a folder's files rather than at each (reading the key and looking at
    the folders cost ~0.2 ms, a build from scratch stores thousands of entries). Made for one
    build only, so a folder replaced between builds is looked at again; a copy sent to a worker
    process starts empty and finds them there."""

    def __init__(self) -> None:
        self._found: dict[str, tuple[bytes, list[Path]] | None] = {}

    def __getstate__(self) -> dict:
        return {}

    def __setstate__(self, _state: dict) -> None:
        self._found = {}

    def of(self, origin: Path) -> tuple[bytes, list[Path]] | None:
        """(key, the usable cache folders in order) for entries of files beside `origin`."""
        parent = os.path.dirname(os.fspath(origin))
        if parent not in self._found:
            key = user_key()
            usable = [folder for folder in _cache_dirs(Path(origin)) if _usable(folder)]
            self._found[parent] = None if key is None else (key, usable)
        return self._found[parent]


def store_encoded(
    origin: Path, name: str, blocks: list[bytes], digest: str, places: Places | None = None
) -> None:
    """Keep tables encoded already (`encode_tables` with `entry_header(digest)`) as the entry
    `cached_tables` would make of `origin` at `digest`: one encoding serves the cache and
    whoever else reads those bytes (a build's worker sends them back to the build)."""
    found = (places or Places()).of(origin)
    if found is None:
        return
    key, dirs = found
    sealed = seal(key, blocks)
    _store(origin, name, digest, dirs, False, lambda folder: sealed, checked=True)


def _store(
    origin: Path,
    name: str,
    digest: str,
    dirs: list[Path],
    tidy: bool,
    payload: Callable[[Path], list[bytes]],
    checked: bool = False,
) -> None:
    """Write an entry's sealed `payload` (made for the folder it goes to) in the first of
    `dirs` that takes it (`checked`: all are known to be usable); with `tidy`, the origin's
    older entries there go first."""
    for folder in dirs:
        if not checked and not _usable(folder):
            continue
        file_name = entry_name(origin, name, digest, folder)
        try:
            if tidy:
                for old in _older(folder, origin, file_name, False, digest):
                    _remove(old)
            # A cache entry torn by a power cut fails its seal and is made again.
            write_atomic(folder / file_name, payload(folder), durable=False)
            return
        except OSError:
            continue


def _found(
    key: bytes, origin: Path, name: str, dirs: list[Path], digest: str, notices: Notices
) -> Tables | None:
    """The tables of the sealed entry of `origin` named `name` in one of `dirs`; a planted or
    damaged one is removed with a notice."""
    for folder in dirs:
        entry = folder / entry_name(origin, name, digest, folder)
        try:
            data = read_regular(entry, ENTRY_LIMIT)
        except FileNotFoundError:
            from evkb.kb import packs  # it builds on this module

            packed = packs.find(folder, entry.name, ENTRY_LIMIT)
            if packed is None or unseal(key, packed) is None:
                continue  # none, or a member that is not what it says: made again
            data = packed
        except OSError:
            data = b""
        payload = unseal(key, data)
        expected = entry_header(digest)
        try:
            from evkb.kb import segments  # it builds on this module

            header = segments.header(payload) if payload is not None else None
            if header is not None and all(header.get(k) == v for k, v in expected.items()):
                tables = segments.read(key, folder, origin, header)
                if tables is None:
                    continue  # a segment gone meanwhile (another run tidied): made again
            else:
                tables = decode_tables(payload, expected) if payload is not None else None
        except (ValueError, TypeError, KeyError):
            tables = None
        if tables is not None:
            return tables
        _note(
            notices,
            f"{entry}: a cache entry evkb did not make (planted or damaged); ignored and rebuilt",
        )
        _remove(entry)
    return None


def cached_only(origin: Path, name: str, digest: str, notices: Notices = None) -> Tables | None:
    """The tables `cached_tables` keeps for `origin` at `digest`, or None when there is no sound
    entry (nothing is made or written)."""
    key = user_key(create=False)
    if key is None:
        return None
    return _found(key, origin, name, _cache_dirs(origin), digest, notices)


def entry_name(origin: Path | str, name: str, digest: str, folder: Path | str | None = None) -> str:
    """The file name of the tables `cached_tables` derives from `origin` at `digest`, in the
    cache folder `folder` (the user's when not given)."""
    return f"{_scoped(origin, name, folder)}-{FORMAT}-{digest[:32]}.json"


def local_entry_name(origin: str, name: str, digest: str) -> str:
    """`entry_name` in the `.evkb-cache` beside `origin` (see `keep_only`)."""
    return entry_name(origin, name, digest, os.path.join(os.path.dirname(origin), ".evkb-cache"))


def keep_only(folder: Path, name: str, keep: set[str]) -> None:
    """Remove the entries named `name...` made for files of `folder` (in its own `.evkb-cache`)
    that are not in `keep` (entry names): those of files gone or changed since."""
    local = Path(folder) / ".evkb-cache"
    try:
        entries = [e for e in os.listdir(local) if e.startswith(name)]
    except OSError:
        return
    for entry in entries:
        if entry not in keep and entry.endswith(".json"):
            _remove(local / entry)
    from evkb.kb import packs  # it builds on this module

    packs.tidy(local, keep)


def _remove(path: Path) -> None:
    """Remove a file, link or folder of ours without following any link."""
    try:
        if stat.S_ISDIR(os.lstat(path).st_mode):
            shutil.rmtree(path, ignore_errors=True)
        else:
            os.unlink(path)
    except OSError:
        pass


def __getattr__(name: str):
    # Cached folders (the search index's) are `cache_folders`', which builds on this module;
    # `cached_dir` is still importable from here, where it always was.
    if name == "cached_dir":
        from evkb.kb.cache_folders import cached_dir

        return cached_dir
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
