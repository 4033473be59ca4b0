"""Safe file access: atomic writes that never follow a symbolic link, bounded reads of regular
files only (no FIFO, device or link out of the folder), and the folder's lock."""

from __future__ import annotations

import glob
import os
import re
import secrets
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
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


def write_atomic(path: Path, data: bytes | str | list[bytes], durable: bool = True) -> None:
    """Replace `path` with `data` so a reader sees the old file or the new one, never half.
    A list of pieces is written one after the other (a big file need not be joined first).

    `durable=False` leaves flushing to the disk to the caller (`flush_written` once for all
    the files of a build, before the file naming them is written) or to nobody (a cache
    entry, checked when read)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    pieces = data if isinstance(data, list) else [data]
    path = Path(path)
    try:
        fd, tmp = _create_temporary(path)
    except OSError as exc:
        raise _about(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            for piece in pieces:
                handle.write(piece)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise _about(path, exc) from None
        raise
    if durable:
        _sync_folder(path.parent)


def flush_written(paths: Iterable[str | Path], about: Path) -> None:
    """Flush to disk the files written with `durable=False` and the folders they were renamed
    into: only these, not every file of the machine as `os.sync()` would (other people's
    writes made an add wait on them). An error is told as one about `about`, the file these
    were written for (kb.toml), which is then not written."""
    paths = [os.fspath(path) for path in paths]
    if not paths:
        return
    # In threads: the file system commits fsyncs that wait together at once (2,500 products
    # one after the other took 10 s on a busy disk, 16 at a time a twentieth of that).
    from concurrent.futures import ThreadPoolExecutor

    try:
        with ThreadPoolExecutor(min(16, len(paths))) as pool:
            list(pool.map(_sync_file, paths))
    except OSError as exc:
        raise _about(Path(about), exc) from None
    for folder in dict.fromkeys(os.path.dirname(path) for path in paths):
        _sync_folder(Path(folder))


def _sync_file(path: str) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create_new(path: Path, data: bytes | list[bytes], mode: int = 0o600) -> None:
    """Write a file that must not exist yet (never replacing one, never through a link); a
    list of pieces is written one after the other. A file left half-written by an error is
    removed."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            for piece in data if isinstance(data, list) else [data]:
                handle.write(piece)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(path)
        raise


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
        with suppress(OSError):
            leftover.unlink()


class Refused(OSError):
    """A file evkb will not read: its message says why, in the user's words."""

    def __init__(self, path: Path, message: str):
        super().__init__(message)
        self.filename = str(path)
        self.reason = message


# Far beyond any article or curated file; a link to /dev/zero or a huge file stops here.
DOCUMENT_LIMIT = 32 * 1024 * 1024
_READ_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)


def outside(path: Path, root: Path) -> bool:
    """Whether `path`, its links followed, leads out of the folder `root`."""
    try:
        real = Path(os.path.realpath(path))
        base = Path(os.path.realpath(root))
    except (OSError, ValueError):
        return True
    return real != base and base not in real.parents


def open_regular(path: Path, root: Path | None = None, follow: bool = False) -> int:
    """A descriptor of `path` for reading, only if it is a regular file (inside `root` if given).

    O_NONBLOCK: opening a FIFO must not wait for a writer. A link is followed only when it
    stays inside `root`, and then only to the file itself (the real path, opened without links),
    or with `follow` (the user's own files: a config kept in a dotfiles folder, say).
    """
    path = Path(path)
    target = path
    flags = _READ_FLAGS & ~os.O_NOFOLLOW if follow and root is None else _READ_FLAGS
    if root is not None:
        if outside(path, root):
            raise Refused(
                path, "leads outside the knowledge-base folder (a symbolic link?); not read"
            )
        target = Path(os.path.realpath(path))
    try:
        fd = os.open(target, flags)
    except OSError as exc:
        if exc.errno == 40:  # ELOOP: the name is a symbolic link
            raise Refused(path, "is a symbolic link; not read") from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Refused(path, "not a regular file; not read")
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(
    path: Path, limit: int = DOCUMENT_LIMIT, root: Path | None = None, follow: bool = False
) -> bytes:
    """The bytes of a regular file, refused past `limit` bytes (see `open_regular`)."""
    fd = open_regular(path, root, follow)
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise Refused(path, f"larger than {limit // (1024 * 1024)} MB; not read")
    return data


class ReadOnce:
    """Reads the files of a folder, each at most once while its lock is held: `evkb add` needs
    every source for its duplicate check, the inputs digest (twice) and the build.

    A file read again comes from memory only when it is a regular file whose lstat (device,
    inode, size, mtime, ctime) is what it was when read, as git trusts its index; anything
    else is read again, with `read_regular`'s checks."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._seen: dict[str, tuple[tuple[int, ...], bytes]] = {}

    @staticmethod
    def _key(path: str) -> tuple[int, ...] | None:
        try:
            info = os.lstat(path)
        except OSError:
            return None
        if not stat.S_ISREG(info.st_mode):
            return None  # a link's target may change under an unchanged link
        return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)

    def forget(self) -> None:
        """Drop the bytes kept: what is read next is read from the file."""
        self._seen.clear()

    def __call__(self, path: Path, limit: int = DOCUMENT_LIMIT) -> bytes:
        name = os.fspath(path)
        key = self._key(name)
        seen = self._seen.get(name)
        if key is not None and seen is not None and seen[0] == key and len(seen[1]) <= limit:
            return seen[1]
        data = read_regular(path, limit, self.root)
        if key is not None and self._key(name) == key:  # not changed while it was read
            self._seen[name] = (key, data)
        return data


def regular_lstat(path: str | Path) -> os.stat_result | None:
    """The lstat of a regular file, None for anything else (a link, a folder, nothing)."""
    try:
        info = os.lstat(path)
    except OSError:
        return None
    return info if stat.S_ISREG(info.st_mode) else None


def safe_folder(folder: Path) -> bool:
    """Whether `folder` is a real folder (not a link) or absent, so writing in it stays here."""
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode)


_OUR_TEMPORARY = re.compile(r"^\..+\.[0-9a-f]{12}" + re.escape(TMP_SUFFIX) + "$")


def remove_temporaries_in(folder: Path) -> None:
    """Remove what killed `write_atomic` calls left in `folder` (`evkb add` copying a document,
    say); only names `write_atomic` makes. Call it holding the lock."""
    try:
        # Names first: a Path for each of 2,500 products cost more than the rest.
        leftovers = [Path(folder, n) for n in os.listdir(folder) if _OUR_TEMPORARY.match(n)]
    except OSError:
        return
    for leftover in leftovers:
        try:
            if stat.S_ISREG(os.lstat(leftover).st_mode):
                leftover.unlink()
        except OSError:
            pass


LOCK_FILE = ".evkb.lock"
# Descriptors of the folder locks this process holds. A process forked while one is held shares
# the lock through its copy, so a killed run's workers would keep the folder locked until they
# end: `release_inherited_locks` lets such a child drop its copies at once.
_HELD: set[int] = set()


def release_inherited_locks() -> None:
    """In a process forked from one holding folder locks: close the inherited descriptors, so a
    lock lives and dies with the process that took it (the parent's own copy stays locked)."""
    for fd in sorted(_HELD):
        with suppress(OSError):
            os.close(fd)
    _HELD.clear()


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
            # Never through a link (it would empty the file it points to) nor into a FIFO.
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK, 0o666)
        except OSError as exc:
            if exc.errno == 40:  # ELOOP
                message = "is a symbolic link; remove it (evkb makes this file itself)"
                raise KBError([Problem(str(path), 1, 1, message)]) from None
            raise KBError(
                [Problem(str(folder), 1, 1, f"cannot write here: {exc.strerror}")]
            ) from None
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            message = "not a regular file; remove it (evkb makes this file itself)"
            raise KBError([Problem(str(path), 1, 1, message)])
        os.set_blocking(fd, True)
        handle = os.fdopen(fd, "r+")
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
    held = handle.fileno()
    _HELD.add(held)
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield
    finally:
        with suppress(OSError):
            path.unlink()  # still holding the lock, so no other run is using this file
        _HELD.discard(held)
        handle.close()  # closing releases the lock


def _same_file(path: Path, fd: int) -> bool:
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)
