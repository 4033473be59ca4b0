"""Safe writes: every file evkb writes goes to a temporary file beside it and is renamed in."""

from __future__ import annotations

import glob
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TMP_SUFFIX = ".tmp"


def _create_temporary(path: Path) -> tuple[int, str]:
    """A new, empty file beside `path`, open for writing, with the permissions `path` will have.

    Those of the file it replaces, else the usual ones (0666 less the umask, which the kernel
    applies): mkstemp's private 0600 would silently make a rebuilt kb.toml or an added document
    unreadable to the user's group and tools."""
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mode = None
    for _ in range(100):
        tmp = os.path.join(path.parent, f".{path.name}.{secrets.token_hex(6)}{TMP_SUFFIX}")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        if mode is not None:
            os.fchmod(fd, mode)
        return fd, tmp
    raise FileExistsError(f"no free temporary name beside {path}")


def write_atomic(path: Path, data: bytes | str) -> None:
    """Replace `path` with `data` so a reader sees the old file or the new one, never half."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    path = Path(path)
    try:
        fd, tmp = _create_temporary(path)
    except OSError as exc:
        raise _about(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError):
            raise _about(path, exc) from None
        raise
    _sync_folder(path.parent)


def _about(path: Path, exc: OSError) -> OSError:
    """The error named after the file the user asked for, not the temporary one beside it."""
    if exc.errno is None:
        return exc
    return OSError(exc.errno, exc.strerror, str(path))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a power cut after it must not bring the old file back)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename is still atomic
    finally:
        os.close(fd)


def remove_stale_temporaries(path: Path) -> None:
    """Remove what a killed `write_atomic(path, ...)` left behind; call it holding the lock."""
    path = Path(path)
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*{TMP_SUFFIX}"):
        try:
            leftover.unlink()
        except OSError:
            pass


LOCK_FILE = ".evkb.lock"


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold the knowledge-base folder's lock, or fail at once saying another run holds it.

    The lock file is removed on release, so a run leaves the folder as it found it. A run that
    opened the file just before it was removed would lock a file no longer there; it notices
    (the path names another file or none) and starts again on the new one.
    """
    import fcntl

    from evkb.errors import KBError, Problem

    path = Path(folder) / LOCK_FILE
    while True:
        try:
            handle = open(path, "a+")
        except OSError as exc:
            raise KBError([Problem(str(folder), 1, 1, f"cannot write here: {exc.strerror}")]) from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
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
        except BaseException:
            handle.close()
            raise
        if _same_file(path, handle.fileno()):
            break
        handle.close()
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield
    finally:
        try:
            path.unlink()  # still holding the lock, so no other run is using this file
        except OSError:
            pass
        handle.close()  # closing releases the lock


def _same_file(path: Path, fd: int) -> bool:
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)
