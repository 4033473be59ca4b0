"""Safe writes: every file evkb writes goes to a temporary file beside it and is renamed in."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def write_atomic(path: Path, data: bytes | str) -> None:
    """Replace `path` with `data` so a reader sees the old file or the new one, never half."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


LOCK_FILE = ".evkb.lock"


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold the knowledge-base folder's lock, or fail at once saying another run holds it."""
    import fcntl

    from evkb.kb.load import KBError, Problem

    path = Path(folder) / LOCK_FILE
    try:
        handle = open(path, "a+")
    except OSError as exc:
        raise KBError([Problem(str(folder), 1, 1, f"cannot write here: {exc.strerror}")]) from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise KBError(
                [
                    Problem(
                        str(path),
                        1,
                        1,
                        f"another evkb run (pid {holder}) is changing this knowledge base; "
                        "try again when it has finished",
                    )
                ]
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield
    finally:
        handle.close()  # closing releases the lock
