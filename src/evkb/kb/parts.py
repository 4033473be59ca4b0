"""The collection-level tables of the built knowledge base, in small files under built/merged/.

Sources, curated records resolved, extracted records merged across documents, conflicts and
their keys are each cut into parts where the records themselves say so: a part ends after a
record whose id's digest falls in one n-th of the range, so a record added or changed alters
the part it falls in and leaves the others as they were, whatever came before it. A part's file
is named by the digest of its bytes (`built/merged/<table>-<digest>.toml`): a build writes only
the parts that are new and never gives a name kb.toml uses other bytes; kb.toml, written last,
lists the parts in order with their sha256, and the next build removes those it no longer names.
The same records always give the same parts, whatever the order documents were added in.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import zlib
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli

from evkb.errors import KBError, Problem
from evkb.kb.columns import Tables, join_rows, slice_rows
from evkb.kb.files import read_regular, remove_temporaries_in, safe_folder, write_atomic
from evkb.kb.rendering import renderer_digest
from evkb.kb.store import (
    KB_FILE,
    KB_LIMIT,
    TABLES,
    _toml_scalar,
    parse_records,
    read_built_file,
    render_record,
    rows_of,
    toml_chunks,
    unreadable,
)
from evkb.model import Records

# 1: one table's records, [meta] with their count and the body's digest.
FORMAT = 1
PARTS_DIR = "merged"  # inside built/


@dataclass(frozen=True)
class Part:
    """A part as kb.toml names it: its table, its file in built/merged/, sha256, size, records."""

    table: str
    file: str
    sha256: str
    bytes: int
    records: int
    rows_digest: str = ""  # of its records as rows (see `_rows_digest`); "" for rendered ones


# Records a part holds on average: merged companies and generations carry every document's
# citations, so their parts are cut finer.
_SPREAD = {"company": 4, "battery": 16}
_RECORDS = 64
# The field whose value cuts a table (a conflict key's own key; "id" for the others).
_CUT_BY = {"conflict_group": "key"}


def parts_folder(kb_dir: Path) -> Path:
    return Path(kb_dir) / "built" / PARTS_DIR


def _cut_value(table: str, record: Any) -> str:
    """The TOML text of the field that cuts the table, the same for a record and for the text
    `render_record` makes of it (merged records passed on come as that text)."""
    name = _CUT_BY.get(table, "id")
    if not isinstance(record, str):
        value = getattr(record, name, None)
        if isinstance(value, str) and value:
            return _toml_scalar(value)
        record = render_record(table, record)
    at = record.find(f"\n{name} = ")
    if at < 0:
        return ""
    start = at + len(name) + 4
    end = record.find("\n", start)
    return record[start : end if end >= 0 else len(record)]


def _cut_values(table: str, items: Sequence) -> list[str]:
    """`_cut_value` of each item; records kept as rows (merged companies, generations) are read
    from their column, not made into records with every citation they carry."""
    passed_on = getattr(items, "cut_values", None)  # `manifest.PassedOn`
    if passed_on is not None:
        return passed_on(lambda record: _cut_value(table, record))
    if not isinstance(items, Records):
        return [_cut_value(table, record) for record in items]
    values = items.column(_CUT_BY.get(table, "id"))
    return [
        _toml_scalar(value) if isinstance(value, str) and value else _cut_value(table, items[n])
        for n, value in enumerate(values)
    ]


def _cuts(table: str, items: Sequence) -> list[tuple[int, int]]:
    """(start, end) of each part of the table's records, each ending after a record whose cut
    value's checksum is a multiple of the table's spread (the last part ends with the table)."""
    spread = _SPREAD.get(table, _RECORDS)
    parts: list[tuple[int, int]] = []
    start = 0
    for n, value in enumerate(_cut_values(table, items)):
        # "": a record without an id never ends a part
        if value and zlib.crc32(value.encode("utf-8")) % spread == 0:
            parts.append((start, n + 1))
            start = n + 1
    if start < len(items):
        parts.append((start, len(items)))
    return parts


def _holds(path: Path, data: bytes) -> bool:
    """Whether the file at `path` is a regular file of exactly these bytes."""
    try:
        return len(data) == os.lstat(path).st_size and read_regular(path, KB_LIMIT) == data
    except OSError:
        return False


def _renderer() -> bytes:
    """The code that renders records as TOML: a part kept by its rows must render as before."""
    return renderer_digest()


def _rows_digest(rows: Sequence) -> str:
    """A digest of records as rows of plain values (`rows_of`, several times cheaper than
    rendering them) and of the code that renders them: it tells a part whose records are
    those of a part of the last build."""
    # As JSON: rows read back from a cache hold lists where rows of records hold tuples.
    text = json.dumps(list(rows), ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.blake2b(_renderer(), digest_size=12)
    digest.update(text.encode("utf-8"))
    return digest.hexdigest()


class _Previous:
    """The parts the last kb.toml names, by file and by what they hold. A part is taken as it
    is (not rendered nor read) when its file is the size it names and not newer than kb.toml
    (written before it, as git trusts its index); anything else is made and compared again."""

    def __init__(self, kb_dir: Path, parts: Sequence[Part]):
        self.folder = parts_folder(kb_dir)
        parts = [p for p in parts if _named_well(p)]
        self.by_file = {p.file: p for p in parts}
        self.by_rows = {(p.table, p.rows_digest): p for p in parts if p.rows_digest}
        try:
            self.written = os.stat(Path(kb_dir) / KB_FILE).st_mtime_ns
        except OSError:
            self.written = -1

    def untouched(self, part: Part | None) -> bool:
        if part is None:
            return False
        try:
            info = os.lstat(self.folder / part.file)
        except OSError:
            return False
        return (
            stat.S_ISREG(info.st_mode)
            and info.st_size == part.bytes
            and info.st_mtime_ns <= self.written
        )


def write_parts(
    kb_dir: Path,
    tables: Sequence[tuple[str, Sequence]],
    previous: Sequence[Part] = (),
    warnings: list[Problem] | None = None,
    new: list[Path] | None = None,
    rendered: Collection[str] = (),
    rows: Mapping[str, Sequence] | None = None,
) -> tuple[list[Part], list[Path]]:
    """Write each table's parts not on disk already (not flushed: the caller flushes them, before
    kb.toml names them); returns the parts in order and the files written.

    `previous` are the parts the last kb.toml names: one holding the same records is kept
    without rendering them; one that is missing or not its bytes is made again with a warning.
    The other parts written are added to `new` (what a build that fails removes). The records
    of the `rendered` tables may come as their TOML text (`render_record`): their parts are
    cheap to make and are compared by their bytes; the others' `rows` (`rows_of` each table,
    which the caller may have made already) tell their parts apart without rendering them."""
    folder = parts_folder(kb_dir)
    folder.mkdir(parents=True, exist_ok=True)
    remove_temporaries_in(folder)
    last = _Previous(kb_dir, previous)
    parts: list[Part] = []
    damaged: list[Problem] = []
    wrote: list[Path] = []
    for table, items in tables:
        table_rows = None
        if table not in rendered:
            table_rows = rows[table] if rows and table in rows else rows_of(items)
        for start, end in _cuts(table, items):
            digest = "" if table_rows is None else _rows_digest(table_rows[start:end])
            kept = last.by_rows.get((table, digest)) if digest else None
            if kept is not None and kept.records == end - start and last.untouched(kept):
                parts.append(kept)
                continue
            records = items[start:end]  # made (or their text read) only for a part not kept
            data = b"".join(toml_chunks([(table, records)], {}, FORMAT))
            sha256 = hashlib.sha256(data).hexdigest()
            name = f"{table}-{sha256[:24]}.toml"
            kept = last.by_file.get(name)
            same = kept is not None and kept.sha256 == sha256 and last.untouched(kept)
            if not same and not _holds(folder / name, data):
                if kept is not None:
                    found = "missing" if not os.path.lexists(folder / name) else "changed"
                    message = f"{found} since the build (kb.toml names it); made again"
                    damaged.append(Problem(str(folder / name), 1, 1, message, "warning"))
                elif new is not None:
                    new.append(folder / name)
                write_atomic(folder / name, data, durable=False)
                wrote.append(folder / name)
            parts.append(Part(table, name, sha256, len(data), len(records), digest))
    if warnings is not None and len(damaged) > 1:  # one notice, not one a part
        message = f"{len(damaged)} parts kb.toml names were missing or changed; made again"
        damaged = [Problem(str(folder), 1, 1, message, "warning")]
    if warnings is not None:
        warnings += damaged
    return parts, wrote


def _named_well(part: Part) -> bool:
    """Whether a part entry read from kb.toml is one this build may keep (kb.toml may have
    been edited by hand: any field may hold anything)."""
    types = {"table": str, "file": str, "sha256": str, "bytes": int, "records": int}
    if any(type(getattr(part, name)) is not kind for name, kind in types.items()):
        return False
    if not isinstance(part.rows_digest, str):
        return False
    try:
        _path(Path(), part)
    except ValueError:
        return False
    return True


def _path(kb_dir: Path, part: Part) -> Path:
    name = part.file
    if not isinstance(name, str) or not isinstance(part.table, str):
        raise ValueError(f"a part named {name!r}")
    if "/" in name or name.startswith(".") or not name.startswith(f"{part.table}-"):
        raise ValueError(f"a part named {name!r}")
    if part.table not in TABLES:
        raise ValueError(f"a part of table {part.table!r}")
    return parts_folder(kb_dir) / name


def read_parts(
    kb_dir: Path,
    parts: Sequence[Part],
    tables: Sequence[str],
    problems: list[Problem] | None = None,
    verify: bool = True,
) -> dict[str, list]:
    """The records of `tables`, from their parts in order. Raises KBError (located, saying to
    run `evkb build`) for a part missing, cut, or not the file kb.toml names, or adds it to
    `problems` when given and reads on; ValueError for a part entry that is not one.

    `verify=False` takes a part changed by hand as it is, if it is still TOML: for a reader
    that checks each record against a digest of its own (the conflicts a build keeps)."""
    out: dict[str, list] = {name: [] for name in tables}
    for part in parts:
        if part.table not in out:
            continue
        try:
            out[part.table] += _read_part(kb_dir, part, verify)
        except KBError as exc:
            if problems is None:
                raise
            problems += exc.problems
    return out


def _read_part(kb_dir: Path, part: Part, verify: bool = True) -> list:
    path = _path(kb_dir, part)
    if not verify:
        try:
            parsed = tomli.loads(read_regular(path, KB_LIMIT, root=Path(kb_dir)).decode("utf-8"))
        except (OSError, UnicodeDecodeError, tomli.TOMLDecodeError):
            raise unreadable(path, "damaged") from None
        return parse_records(parsed, part.table, TABLES[part.table][1])
    data, parsed = read_built_file(path, FORMAT, root=Path(kb_dir))
    if hashlib.sha256(data).hexdigest() != part.sha256:
        raise unreadable(path, "changed since the build (its sha256 is not the one kb.toml names)")
    try:
        records = parse_records(parsed, part.table, TABLES[part.table][1])
    except (TypeError, KeyError, ValueError, AttributeError) as exc:
        raise unreadable(path, f"not a part this version of evkb can read ({exc})") from None
    if len(records) != part.records:
        raise unreadable(path, f"{len(records)} records where kb.toml says {part.records}")
    return records


def check_sizes(paths: Iterable[str], sizes: Iterable[int]) -> None:
    """A built file missing, or not of the size kb.toml names, stops the reader: cheap (a stat
    a file), and it catches a file lost, cut or edited since the build."""
    for path, size in zip(paths, sizes):
        try:
            found = os.stat(path).st_size
        except FileNotFoundError:
            raise unreadable(Path(path), "missing (kb.toml names it)") from None
        except OSError as exc:
            raise unreadable(Path(path), f"cannot read: {exc.strerror or exc}") from None
        if found != size:
            raise unreadable(Path(path), "changed since the build (not the size kb.toml names)")


def check_parts(kb_dir: Path, files: Sequence[str], sizes: Sequence[int]) -> None:
    """`check_sizes` of the parts kb.toml names."""
    folder = os.path.join(kb_dir, "built", PARTS_DIR)  # plain strings: a Path a part costs 60 µs
    check_sizes((f"{folder}/{name}" for name in files), sizes)


def check_parts_folder(kb_dir: Path) -> None:
    """Refuse a built/merged/ that is a link or a file: parts stay inside the knowledge base."""
    folder = parts_folder(kb_dir)
    if not safe_folder(folder):
        message = (
            "not a folder (a symbolic link?); evkb keeps its parts only inside the knowledge"
            " base: remove it and run `evkb build`"
        )
        raise KBError([Problem(str(folder), 1, 1, message)])


def stray_parts(kb_dir: Path, parts: Sequence[Part]) -> list[Path]:
    """Files of built/merged/ kb.toml does not name."""
    folder = parts_folder(kb_dir)
    named = {p.file for p in parts}
    if not folder.is_dir():
        return []
    return [path for path in sorted(folder.glob("*.toml")) if path.name not in named]


def tidy_parts(kb_dir: Path, parts: Sequence[Part]) -> None:
    """Remove the parts kb.toml no longer names and what killed writes left. Hold the lock."""
    folder = parts_folder(kb_dir)
    remove_temporaries_in(folder)
    for path in stray_parts(kb_dir, parts):
        with contextlib.suppress(OSError):
            if stat.S_ISREG(os.lstat(path).st_mode):
                path.unlink()


def kept_rows(name: str, rows: list, parts: Sequence[Part], previous: Tables) -> Any:
    """A merged table's rows with those of each part the last build wrote too (the same rows'
    digest) taken from the last build's entry (`previous`), where its segment names them:
    the new entry writes only the rows of the parts that changed."""
    try:
        count, old_parts = previous["part"]
        old_rows = previous[name][1]
        tables, records, digests = (_column_of(old_parts, at) for at in (0, 4, 5))
    except (KeyError, IndexError, TypeError):
        return rows
    where: dict[str, tuple[int, int]] = {}
    at = 0
    for table, n, digest in zip(tables, records, digests):
        if table == name:
            if digest:
                where[digest] = (at, at + n)
            at += n
    if at != len(old_rows) or count != len(tables):
        return rows  # not the entry of the parts it lists: nothing taken from it
    pieces: list = []
    at = 0
    for part in parts:
        if part.table != name:
            continue
        found = where.get(part.rows_digest) if part.rows_digest else None
        end = at + part.records
        same = found is not None and found[1] - found[0] == part.records
        pieces.append(slice_rows(old_rows, *found) if same else rows[at:end])  # type: ignore[misc]
        at = end
    return join_rows(pieces) if at == len(rows) else rows


def _column_of(rows: Any, at: int) -> list:
    return rows.column(at) if hasattr(rows, "column") else [r[at] for r in rows]
