"""A content-addressed cache of derived data (parsed knowledge base, search index).

An entry is keyed by the sha256 of the file it derives from plus a format tag, so it is never
stale: a changed `kb.toml` has a new key. Entries live in `.evkb-cache/` beside the file when
that folder is writable, else in the user cache directory. A broken entry is rebuilt.
`cached` keeps a pickled value; `cached_dir` keeps a folder (an on-disk search index).
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from evkb.kb.files import write_atomic

T = TypeVar("T")
FORMAT = "1"


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _cache_dirs(origin: Path) -> list[Path]:
    from evkb.paths import cache_dir, is_bundled

    dirs = []
    # The installed bundled knowledge base is never written to, even where it could be.
    if os.access(origin.parent, os.W_OK) and not is_bundled(origin.parent):
        dirs.append(origin.parent / ".evkb-cache")
    dirs.append(cache_dir())
    return dirs


def unpickle(data: bytes):
    # Hundreds of thousands of small tuples: the cyclic collector would run over and over
    # while they are made, doubling the time. None of them can form a cycle.
    # Freezing them afterwards keeps the collector from walking them all once it runs again;
    # reference counting still frees them.
    enabled = gc.isenabled()
    gc.disable()
    try:
        value = pickle.loads(data)
        gc.freeze()
        return value
    finally:
        if enabled:
            gc.enable()


def _scoped(origin: Path, name: str) -> str:
    """The entry name of `origin`: two knowledge bases sharing the user cache keep one entry each."""
    where = hashlib.sha256(str(Path(origin).resolve()).encode("utf-8")).hexdigest()[:12]
    return f"{name}-{where}"


def cached(origin: Path, name: str, make: Callable[[], T], digest: str | None = None) -> T:
    """Return the cached value derived from `origin`, making and storing it if absent."""
    digest = digest or file_digest(origin)
    name = _scoped(origin, name)
    file_name = f"{name}-{FORMAT}-{digest[:32]}.pickle"
    dirs = _cache_dirs(origin)
    for folder in dirs:
        entry = folder / file_name
        try:
            with open(entry, "rb") as handle:
                return unpickle(handle.read())
        except FileNotFoundError:
            continue
        except Exception:  # a damaged entry is rebuilt, never trusted
            continue
    value = make()
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    for folder in dirs:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for old in folder.glob(f"{name}-{FORMAT}-*.pickle"):
                old.unlink(missing_ok=True)  # one entry per name: a cache, not an archive
            write_atomic(folder / file_name, data)
            break
        except OSError:
            continue
    return value


def cached_dir(
    origin: Path,
    name: str,
    make: Callable[[Path], None],
    open_entry: Callable[[Path], T],
    digest: str | None = None,
) -> T:
    """Open the cached folder derived from `origin`, making it with `make(folder)` if absent.

    `open_entry` opens a folder and raises if it is unusable; an unusable entry is rebuilt.
    A new entry is written to a temporary folder and renamed in, so a reader never sees half.
    """
    digest = digest or file_digest(origin)
    name = _scoped(origin, name)
    entry_name = f"{name}-{FORMAT}-{digest[:32]}"
    dirs = _cache_dirs(origin)
    for folder in dirs:
        entry = folder / entry_name
        if entry.is_dir():
            try:
                return open_entry(entry)
            except Exception:  # damaged or from another version: rebuild below
                shutil.rmtree(entry, ignore_errors=True)
    for folder in dirs:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            work = Path(tempfile.mkdtemp(prefix=f".{entry_name}.", dir=folder))
        except OSError:
            continue
        try:
            make(work)
            for old in folder.glob(f"{name}-{FORMAT}-*"):
                if old.is_dir():
                    shutil.rmtree(old, ignore_errors=True)  # one entry per name
            try:
                os.rename(work, folder / entry_name)
            except OSError:  # another process put it there first: use theirs
                shutil.rmtree(work, ignore_errors=True)
            return open_entry(folder / entry_name)
        except OSError:
            shutil.rmtree(work, ignore_errors=True)
            continue
    raise OSError(f"no writable cache folder for {origin}")
