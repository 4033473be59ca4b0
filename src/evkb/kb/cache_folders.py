"""Cached folders derived from a file (the search index's): sealed, verified, made anew aside.

A folder entry is made in a temporary folder, each of its files' sha256 sealed (HMAC under the
user's key, as `cache.py` seals tables) and renamed into place, so a reader never sees half; an
entry is used only while every file in it is the one sealed. An update starts from a verified
copy of the origin's entry for an earlier content.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from evkb.kb.cache import (
    FORMAT,
    SEAL_FILE,
    STALE_SECONDS,
    Notices,
    _cache_dirs,
    _note,
    _older,
    _remove,
    _scoped,
    _usable,
    file_digest,
    seal,
    unseal,
    user_key,
)
from evkb.kb.files import read_regular, write_atomic

T = TypeVar("T")


def _hash_file(path: Path) -> str:
    return file_digest(path)


def _engine_lock(name: str, path: Path) -> bool:
    """The empty lock files the search engine makes beside its data when it opens an index."""
    if not (name.startswith(".tantivy-") and name.endswith(".lock")):
        return False
    info = os.lstat(path)
    return stat.S_ISREG(info.st_mode) and info.st_size == 0


def _seal_folder(key: bytes, folder: Path, digest: str) -> None:
    files = {p.name: _hash_file(p) for p in sorted(folder.iterdir()) if p.name != SEAL_FILE}
    payload = json.dumps({"format": FORMAT, "origin": digest, "files": files}, sort_keys=True)
    write_atomic(folder / SEAL_FILE, seal(key, payload.encode("utf-8")))


def _verified_folder(key: bytes, folder: Path, digest: str) -> bool:
    """Whether `folder` is exactly what we sealed: every file ours, regular, unchanged."""
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return False
        payload = unseal(key, read_regular(folder / SEAL_FILE, 1 << 20))
        if payload is None:
            return False
        sealed = json.loads(bytes(payload))
        if sealed.get("format") != FORMAT or sealed.get("origin") != digest:
            return False
        files = sealed["files"]
        present = set()
        for path in folder.iterdir():
            if path.name == SEAL_FILE:
                continue
            if path.name not in files:
                if _engine_lock(path.name, path):
                    continue
                return False
            present.add(path.name)
            if _hash_file(path) != files[path.name]:  # also refuses links and non-files
                return False
        return present == set(files)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return False


def _clean_stale(folder: Path, name: str) -> None:
    """Temporary folders left by killed runs (ours are named `.{entry}.XXXX`)."""
    now = time.time()
    try:
        leftovers = list(folder.glob(f".{name}-*"))
    except OSError:
        return
    for leftover in leftovers:
        try:
            if now - os.lstat(leftover).st_mtime > STALE_SECONDS:
                _remove(leftover)
        except OSError:
            pass


def _make_entry(
    key: bytes,
    folder: Path,
    origin: Path,
    entry_name: str,
    work: Path,
    make: Callable[[Path], None],
    update: Callable[[Path], None] | None,
    notices: Notices,
) -> None:
    """Fill `work`: with `update`, from a copy of this origin's newest earlier entry."""
    if update is not None:
        kind = entry_name[: entry_name.rindex("-")]  # the name and format, not the digest
        older = _older(folder, origin, entry_name, folders=True)
        earlier = [p for p in older if p.name.startswith(kind + "-")]
        for previous in sorted(earlier, key=_mtime, reverse=True)[:1]:
            if not _copy_sealed(key, previous, work):
                _note(
                    notices,
                    f"{previous}: a cache entry evkb did not make (planted or damaged); "
                    "ignored and rebuilt",
                )
            else:
                try:
                    update(work)
                    return
                except Exception:
                    pass
            _remove(work)
            work.mkdir(mode=0o700)
    make(work)


# Files at least this big are linked rather than copied: the engine writes its data files once
# and never changes them; the small files it rewrites (its metadata) are copied.
LINK_SIZE = 1 << 20


def _copy_sealed(key: bytes, previous: Path, work: Path) -> bool:
    """The files `previous` was sealed with, in `work`, each checked against the seal after
    it is in place (so a file swapped meanwhile is refused, never sealed anew as ours)."""
    try:
        payload = unseal(key, read_regular(previous / SEAL_FILE, 1 << 20))
        if payload is None:
            return False
        sealed = json.loads(bytes(payload))
        if sealed.get("format") != FORMAT:
            return False
        for name, digest in sealed["files"].items():
            source, target = previous / name, work / name
            if "/" in name or name in (".", "..") or not stat.S_ISREG(os.lstat(source).st_mode):
                return False
            if _engine_lock(name, source):
                continue  # the engine's locks are its own business, not data
            if os.lstat(source).st_size >= LINK_SIZE:
                os.link(source, target, follow_symlinks=False)
            else:
                write_atomic(target, read_regular(source, LINK_SIZE))
            if _hash_file(target) != digest:
                return False
        return True
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return False


def _mtime(path: Path) -> float:
    try:
        return os.lstat(path).st_mtime
    except OSError:
        return 0.0


def cached_dir(
    origin: Path,
    name: str,
    make: Callable[[Path], None],
    open_entry: Callable[[Path], T],
    fallback: Callable[[], T],
    digest: str | None = None,
    notices: Notices = None,
    update: Callable[[Path], None] | None = None,
) -> T:
    """Open the cached folder derived from `origin`, making it with `make(folder)` if absent.

    With `update`, a missing entry is made by `update(folder)` on a copy of this origin's
    entry for an earlier content (sealed and verified; the entry itself is left as it is) when
    there is one, and by `make` when there is none or the update fails.

    `open_entry` opens a folder and raises if it is unusable; an unusable or unsealed entry is
    removed and made again. A new entry is written to a temporary folder, sealed, and renamed
    in, so a reader never sees half. With no writable cache folder (read-only, full disk),
    `fallback()` gives the value held in memory instead.
    """
    digest = digest or file_digest(origin)
    kind = name
    dirs = _cache_dirs(origin)
    key = user_key()
    if key is None:
        return fallback()
    for folder in dirs:
        entry = folder / f"{_scoped(origin, kind, folder)}-{FORMAT}-{digest[:32]}"
        if not os.path.lexists(entry):
            continue
        if _verified_folder(key, entry, digest):
            try:
                return open_entry(entry)
            except Exception:
                pass
        _note(
            notices,
            f"{entry}: a cache entry evkb did not make (planted or damaged); ignored and rebuilt",
        )
        _remove(entry)
    for folder in dirs:
        if not _usable(folder):
            continue
        name = _scoped(origin, kind, folder)
        entry_name = f"{name}-{FORMAT}-{digest[:32]}"
        _clean_stale(folder, name)
        try:
            work = Path(tempfile.mkdtemp(prefix=f".{entry_name}.", dir=folder))
        except OSError:
            continue
        try:
            _make_entry(key, folder, origin, entry_name, work, make, update, notices)
            _seal_folder(key, work, digest)
            for old in _older(folder, origin, entry_name, folders=True):
                _remove(old)
            try:
                os.rename(work, folder / entry_name)
            except OSError:  # another process put it there first: use theirs if it is sound
                _remove(work)
                if not _verified_folder(key, folder / entry_name, digest):
                    continue
            return open_entry(folder / entry_name)
        except Exception:
            _remove(work)
            continue
    return fallback()
