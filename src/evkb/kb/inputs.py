"""What a build reads (sources/*, curated/*.toml), each file with its sha256, recorded so that
the next add, build or check reads only the files that changed since.

An add to a collection of 2,500 documents needs every source's sha256 and text digest (for the
inputs digest kb.toml records and for the duplicate check) and every source's length, but the
text of only the new one. A build records, in a sealed cache entry keyed by the inputs digest it
wrote into kb.toml, each file's lstat (size, mtime, inode, ctime) beside what it read from it.
The next run trusts a file whose lstat is unchanged (as git trusts its index) and reads the
others. A file changed by hand always has another ctime, so it is read again; a copied folder
(new inodes) reads its sources again, which costs little beside its products.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

from evkb.kb.columns import Columns
from evkb.kb.files import regular_lstat
from evkb.kb.load.reading import SOURCE_SUFFIXES, Reader, input_files

# 1: (file, size, mtime_ns, inode, ctime_ns, sha256, text key, chars) a row.
_ENTRY = "inputs1"
REFUSED = "refused"  # the sha256 of a file that could not be read (the build says why)
# A file changed within this long of being read could change again unseen in the same tick of
# the file system's clock: its lstat is not trusted (git's "racily clean" files).
_RACY_NS = 2_000_000_000

Stat = tuple[int, int, int, int]


@dataclass(frozen=True)
class InputFile:
    """One file a build reads: its place in the folder, the sha256 of its bytes, for a document
    the digest of its text (`key`, "" when it has none) and its length in characters (-1 when
    not known: it had decoding warnings, which the build reports again from the file)."""

    rel: str
    sha256: str
    key: str = ""
    chars: int = -1
    stat: Stat | None = None  # lstat when read; None: not to be trusted later

    @property
    def document(self) -> bool:
        return self.rel.startswith("sources/") and self.rel.endswith(SOURCE_SUFFIXES)


def content_key(data: bytes) -> str | None:
    """What makes two files the same document: their text, whatever the BOM or line ends."""
    from evkb.kb.extract.text import read_text

    try:
        text, _ = read_text(data)
    except ValueError:
        return None
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def lstat_of(path: str) -> Stat | None:
    """(size, mtime_ns, inode, ctime_ns) of a regular file, None for anything else. The ctime
    changes with any write (an mtime can be set back)."""
    info = regular_lstat(path)
    if info is None:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ino, info.st_ctime_ns)


def _origin(kb_dir: Path) -> Path:
    # Its own origin name, so that its entry and kb.toml's do not replace each other.
    return Path(kb_dir) / "kb.toml.inputs"


def recorded_digest(kb_dir: Path) -> str | None:
    """The inputs digest kb.toml was built from (None without a readable kb.toml)."""
    from evkb.kb.store import KB_FILE, read_meta

    try:
        value = read_meta(Path(kb_dir) / KB_FILE).get("inputs_sha256")
    except Exception:  # a damaged kb.toml is the build's to report
        return None
    return value if isinstance(value, str) else None


def _earlier_digest(kb_dir: Path, read: Reader) -> str:
    """The inputs digest as kb.toml recorded it before `Inputs` (over every file's bytes): a
    folder built then is not out of date for that alone. Reads every input."""
    digest = hashlib.sha256()
    for rel, path in input_files(kb_dir):
        try:
            data = read(Path(path))
        except OSError:
            data = b"\0refused"
        name = rel.encode("utf-8")
        digest.update(len(name).to_bytes(8, "big") + name + len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def up_to_date(kb_dir: Path, inputs: Inputs) -> bool:
    """Whether kb.toml was built from the inputs as they are now."""
    recorded = recorded_digest(kb_dir)
    if recorded is None:
        return False
    return recorded == inputs.digest() or recorded == _earlier_digest(kb_dir, inputs.read)


class Inputs:
    """The files a build of `kb_dir` reads, read (with `read`) only where the record the last
    build left, or an earlier look in this process, does not vouch for them."""

    def __init__(self, kb_dir: Path, read: Reader | None = None) -> None:
        from evkb.kb.files import read_regular

        self.kb_dir = Path(kb_dir)
        self.read = read or (lambda path: read_regular(path, root=self.kb_dir))
        self._known: dict[str, InputFile] | None = None
        self._files: list[InputFile] = []

    def _recorded(self) -> dict[str, InputFile]:
        from evkb.kb.cache import cached_only

        digest = recorded_digest(self.kb_dir)
        tables = cached_only(_origin(self.kb_dir), _ENTRY, digest) if digest else None
        if tables is None:
            return {}
        try:
            count, rows = tables.get("file", (0, []))
            columns = [cast(Columns, rows).column(at) for at in range(8)] if count else [[]] * 8
            known = {}
            for rel, size, mtime, inode, ctime, sha256, key, chars in zip(*columns):
                known[rel] = InputFile(rel, sha256, key, chars, (size, mtime, inode, ctime))
            return known
        except (TypeError, ValueError, KeyError, IndexError, AttributeError):
            return {}

    def files(self) -> list[InputFile]:
        """Every input file as it is now, sorted by its place in the folder."""
        if self._known is None:
            self._known = self._recorded()
        found = []
        for rel, path in input_files(self.kb_dir):
            before = lstat_of(path)
            known = self._known.get(rel)
            if before is None or known is None or known.stat != before:
                known = self._known[rel] = self._look(rel, path, before)
            found.append(known)
        self._files = found
        return found

    def _look(self, rel: str, path: str, before: Stat | None) -> InputFile:
        from evkb.kb.extract.text import read_text

        began = time.time_ns()
        try:
            data = self.read(Path(path))
        except OSError:
            return InputFile(rel, REFUSED)  # never read past a limit or the folder
        file = InputFile(rel, hashlib.sha256(data).hexdigest())
        if file.document:
            try:
                text, notes = read_text(data)
            except ValueError:
                text, notes = "", ["refused"]
            key = hashlib.sha256(text.strip().encode("utf-8")).hexdigest() if text else ""
            file = replace(file, key=key, chars=-1 if notes else len(text))
        trusted = before is not None and before == lstat_of(path)  # unchanged while read
        if trusted and before is not None and before[3] < began - _RACY_NS:
            file = replace(file, stat=before)
        return file

    def digest(self, files: Iterable[InputFile] | None = None) -> str:
        """sha256 over what a build reads (each file's place and sha256): a changed input, a
        new digest."""
        digest = hashlib.sha256()
        for file in self.files() if files is None else files:
            for part in (file.rel.encode("utf-8"), file.sha256.encode("ascii")):
                # Lengths first, so no two different sets of files can hash the same bytes.
                digest.update(len(part).to_bytes(8, "big") + part)
        return digest.hexdigest()

    def trusted_documents(self) -> dict[str, InputFile]:
        """File name -> the documents of sources/ whose sha256 and length this process knows
        without reading them again (as of the last `files()`)."""
        return {
            f.rel.removeprefix("sources/"): f
            for f in self._files
            if f.document and f.stat is not None and f.chars >= 0 and f.sha256 != REFUSED
        }

    def record(self, digest: str, files: list[InputFile]) -> None:
        """Keep `files` (read for a kb.toml built from `digest`) for the next run."""
        from evkb.kb.cache import cached_tables

        def rows() -> dict[str, list]:
            table = [
                (f.rel, *f.stat, f.sha256, f.key, f.chars) for f in files if f.stat is not None
            ]
            return {"file": table} if table else {}

        cached_tables(_origin(self.kb_dir), _ENTRY, rows, digest=digest)
