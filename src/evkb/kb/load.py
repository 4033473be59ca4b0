"""Read a knowledge-base folder's TOML and documents, validate them, and locate every problem.

Every problem names the file, line and column, the key, and where it helps "did you mean ...?".
Loading collects all problems rather than stopping at the first, and still returns the records
that are valid, so `evkb check` can report everything in one run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import os
import re
from bisect import bisect_right
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli

from evkb.kb.units import UNIT_KINDS, UNIT_WORDS
from evkb.model import (
    BATTERY_ATTRIBUTES,
    COMPANY_KINDS,
    RELATION_TYPES,
    Battery,
    Citation,
    Company,
    Fact,
    Figure,
    Investment,
    Relation,
    Share,
    Term,
)

SOURCE_SUFFIXES = (".txt", ".md")
MANIFEST = "sources.toml"
TERM_KINDS = ("chemistry", "technology", "place", "other")
INVESTMENT_KINDS = ("investment", "subsidy", "loan", "spending")
BOUNDS = ("=", "<", ">")
# What people write for a unit ("miles", "%"), so "did you mean" can name the canonical one.
UNIT_SPELLINGS = {word.casefold(): unit for unit, words in UNIT_WORDS.items() for word in words}
# Units a battery attribute's number must carry (attributes not listed take any unit).
BATTERY_UNITS = {
    "launch": ("year", "month"),
    "range": ("km", "mi"),
    "range_gain": ("percent",),
    "charging": ("min",),
    "cost_change": ("percent",),
    "production": ("GWh", "count"),
}
_SLUG = re.compile(r"[a-z0-9][a-z0-9._-]*")
_ISO_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    col: int
    message: str
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        if self.severity == "error":
            return f"{self.path}:{self.line}:{self.col}: {self.message}"
        return f"{self.path}:{self.line}:{self.col}: {self.severity}: {self.message}"


class KBError(Exception):
    """The one error type of the knowledge base: one or more located problems."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in reading order, each reported once."""
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.col, p.severity, p.message))


def closest_choice(
    word: str, choices: Iterable[str], spellings: dict[str, str] | None = None
) -> str | None:
    """The choice `word` most likely meant (a misspelling, other case, a known spelling)."""
    from rapidfuzz import fuzz, process

    choices = list(dict.fromkeys(choices))
    folded = word.casefold().strip()
    if spellings and spellings.get(folded) in choices:
        return spellings[folded]
    for choice in choices:
        if choice.casefold() == folded:
            return choice
    best = process.extractOne(
        word, choices, scorer=fuzz.ratio, processor=str.casefold, score_cutoff=60
    )
    return best[0] if best else None


def did_you_mean(word: str, choices: Iterable[str], spellings: dict[str, str] | None = None) -> str:
    """ "; did you mean 'x'?" for the choice closest to `word`, or "" when none is close."""
    choice = closest_choice(word, choices, spellings)
    return "" if choice is None else f"; did you mean {choice!r}?"


# --- positions of keys in a TOML text -------------------------------------------------------

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_SCALAR_END = re.compile(r"[,\]}\r\n#]")


class Positions:
    """Where each key of a (valid) TOML text is written: a path like ("battery", 2, "fact", 0,
    "value") maps to its line and column. tomli gives no positions, so the text is scanned."""

    def __init__(self, text: str):
        self._text = text
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._at: dict[tuple, int] = {}
        self._arrays: dict[tuple, int] = {}
        try:
            self._scan()
        except (IndexError, ValueError, AttributeError, tomli.TOMLDecodeError):
            pass  # positions only help messages; what was not reached falls back to its table

    def find(self, path: Iterable[str | int]) -> tuple[int, int]:
        """Line and column of `path`, or of the nearest enclosing table that has one."""
        path = tuple(path)
        while path:
            if path in self._at:
                return self._line_col(self._at[path])
            path = path[:-1]
        return 1, 1

    def _line_col(self, index: int) -> tuple[int, int]:
        line = bisect_right(self._line_starts, index)
        return line, index - self._line_starts[line - 1] + 1

    def _skip(self, i: int, newlines: bool) -> int:
        t, n = self._text, len(self._text)
        while i < n:
            c = t[i]
            if c in " \t" or (newlines and c in "\r\n"):
                i += 1
            elif c == "#":
                while i < n and t[i] != "\n":
                    i += 1
            else:
                break
        return i

    def _scan(self) -> None:
        t, n = self._text, len(self._text)
        table: tuple = ()
        i = 0
        while True:
            i = self._skip(i, newlines=True)
            if i >= n:
                return
            start = i
            if t.startswith("[[", i):
                keys, i = self._keys(i + 2)
                i = t.index("]]", i) + 2
                table = self._declare(keys, start, array=True)
            elif t[i] == "[":
                keys, i = self._keys(i + 1)
                i = t.index("]", i) + 1
                table = self._declare(keys, start, array=False)
            else:
                i = self._pair(i, table)

    def _declare(self, keys: list[tuple[str, int]], start: int, array: bool) -> tuple:
        path: tuple = ()
        for number, (key, _) in enumerate(keys):
            path += (key,)
            self._at.setdefault(path, start)
            if array and number == len(keys) - 1:
                count = self._arrays.get(path, 0)
                self._arrays[path] = count + 1
                path += (count,)
                self._at[path] = start
            elif path in self._arrays:
                path += (self._arrays[path] - 1,)
        return path

    def _keys(self, i: int) -> tuple[list[tuple[str, int]], int]:
        t = self._text
        keys = []
        while True:
            i = self._skip(i, newlines=False)
            start = i
            if t[i] in "\"'":
                end = self._string_end(i)
                key = tomli.loads(f"k = {t[i:end]}")["k"]
            else:
                match = _BARE_KEY.match(t, i)
                if match is None:
                    raise ValueError("not a key")
                key, end = match.group(), match.end()
            keys.append((key, start))
            i = self._skip(end, newlines=False)
            if i < len(t) and t[i] == ".":
                i += 1
                continue
            return keys, i

    def _pair(self, i: int, table: tuple) -> int:
        keys, i = self._keys(i)
        path = table
        for key, at in keys:
            path += (key,)
            self._at.setdefault(path, at)
        i = self._skip(i, newlines=False)
        if self._text[i] != "=":
            raise ValueError("no '='")
        return self._value(self._skip(i + 1, newlines=False), path)

    def _value(self, i: int, path: tuple) -> int:
        t = self._text
        c = t[i]
        if c in "\"'":
            return self._string_end(i)
        if c == "[":
            i, number = i + 1, 0
            while True:
                i = self._skip(i, newlines=True)
                if t[i] == "]":
                    return i + 1
                self._at[path + (number,)] = i
                i = self._skip(self._value(i, path + (number,)), newlines=True)
                if t[i] == ",":
                    i, number = i + 1, number + 1
        if c == "{":
            i += 1
            while True:
                i = self._skip(i, newlines=True)
                if t[i] == "}":
                    return i + 1
                i = self._skip(self._pair(i, path), newlines=True)
                if t[i] == ",":
                    i += 1
        match = _SCALAR_END.search(t, i)
        return match.start() if match else len(t)

    def _string_end(self, i: int) -> int:
        t = self._text
        quote = t[i]
        multi = t.startswith(quote * 3, i)
        if quote == "'":
            if multi:
                end = t.index("'''", i + 3) + 3
            else:
                return t.index("'", i + 1) + 1
        else:
            j = i + (3 if multi else 1)
            while True:
                c = t[j]
                if c == "\\":
                    j += 2
                elif multi and t.startswith('"""', j):
                    end = j + 3
                    break
                elif not multi and c == '"':
                    return j + 1
                else:
                    j += 1
        # A multi-line string may end with up to two extra quotes that belong to its content.
        extra = 0
        while end < len(t) and t[end] == quote and extra < 2:
            end, extra = end + 1, extra + 1
        return end


# --- reading files ---------------------------------------------------------------------------


def _position_of_byte(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    col = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    return line, col


def _read_bytes(path: Path, root: Path | None = None, limit: int | None = None) -> bytes:
    """A regular file inside `root` (the file's own folder by default), up to a size limit."""
    from evkb.kb.files import DOCUMENT_LIMIT, Refused, read_regular

    path = Path(path)
    try:
        return read_regular(path, limit or DOCUMENT_LIMIT, root if root is not None else path.parent)
    except Refused as exc:
        raise KBError([Problem(str(path), 1, 1, exc.reason)]) from None
    except OSError as exc:
        raise KBError([Problem(str(path), 1, 1, f"cannot read: {exc.strerror or exc}")]) from None


def _read_toml_text(path: Path, root: Path | None = None, limit: int | None = None) -> tuple[dict, str]:
    where = str(path)
    data = _read_bytes(path, root, limit)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _position_of_byte(data, exc.start)
        bad = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        message = f"not valid UTF-8 ({bad}); save it as UTF-8"
        raise KBError([Problem(where, line, col, message)]) from None
    if text.startswith("\ufeff"):
        text = text[1:]  # editors add a BOM that TOML does not allow; it carries nothing
    try:
        return tomli.loads(text), text
    except tomli.TOMLDecodeError as exc:
        line, col = getattr(exc, "lineno", 1), getattr(exc, "colno", 1)
        message = f"TOML syntax error: {getattr(exc, 'msg', exc)}"
        raise KBError([Problem(where, line, col, message)]) from None


def read_toml(path: Path, limit: int | None = None) -> dict:
    """The parsed TOML file; a KBError with one located problem for unreadable or bad TOML."""
    return _read_toml_text(path, limit=limit)[0]


_BYTE_OFFSET = re.compile(r"\bbyte (?:offset )?(\d+)|\boffset (\d+)")


def read_source_file(path: Path, root: Path | None = None) -> tuple[str, str, list[Problem]]:
    """(text, sha256 of the bytes, warnings) of one document inside `root`; KBError if it is refused."""
    from evkb.kb.extract import read_text

    where = str(path)
    data = _read_bytes(path, root)
    try:
        text, notes = read_text(data)
    except ValueError as exc:
        raise KBError([Problem(where, 1, 1, f"refused: {exc}")]) from None
    warnings = []
    for note in notes:
        line, col = 1, 1
        match = _BYTE_OFFSET.search(note)
        if match:
            offset = int(match.group(1) or match.group(2))
            if offset <= len(data):
                line, col = _position_of_byte(data, offset)
        warnings.append(Problem(where, line, col, note, "warning"))
    return text, hashlib.sha256(data).hexdigest(), warnings


def list_sources(kb_dir: Path) -> list[Path]:
    """The documents of a knowledge base: sources/*.txt and *.md, sorted by name."""
    folder = Path(kb_dir) / "sources"
    if not folder.is_dir():
        return []
    return sorted(
        (p for p in folder.iterdir() if p.suffix in SOURCE_SUFFIXES and p.is_file()),
        key=lambda p: p.name,
    )


@dataclass(frozen=True)
class SourceFile:
    """One readable document of a knowledge base."""

    id: str
    path: Path
    text: str
    sha256: str
    warnings: tuple[str, ...] = ()


def read_sources(kb_dir: Path, problems: list[Problem]) -> tuple[list[str], list[SourceFile]]:
    """Every document of the folder, read once: (every source id, the readable documents).

    Refused files, two files with one id, the same content twice, and files in sources/ that
    are not documents are added to `problems` (warnings of the decoder too).
    """
    folder = Path(kb_dir) / "sources"
    if not folder.is_dir():
        problems.append(Problem(str(folder), 1, 1, "no sources/ folder: the documents go there"))
        return [], []
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if path.name.startswith(".") or path.name == MANIFEST or path.is_dir():
            continue
        if not path.is_file():  # a FIFO, a device, a dangling link: never opened
            problems.append(Problem(str(path), 1, 1, "not a regular file; not read", "warning"))
        elif path.suffix not in SOURCE_SUFFIXES:
            message = "not read: only .txt and .md files are documents"
            problems.append(Problem(str(path), 1, 1, message, "warning"))
    ids: list[str] = []
    files: list[SourceFile] = []
    first_of: dict[str, Path] = {}
    by_digest: dict[str, str] = {}
    for path in list_sources(kb_dir):
        if path.stem in first_of:
            message = f"source id {path.stem!r} is also {first_of[path.stem].name}: rename one"
            problems.append(Problem(str(path), 1, 1, message))
            continue
        first_of[path.stem] = path
        ids.append(path.stem)
        try:
            text, digest, warnings = read_source_file(path, kb_dir)
        except KBError as exc:
            problems += exc.problems
            continue
        problems += warnings
        if digest in by_digest:
            message = f"same content as source {by_digest[digest]!r}"
            problems.append(Problem(str(path), 1, 1, message, "warning"))
        by_digest.setdefault(digest, path.stem)
        files.append(SourceFile(path.stem, path, text, digest, tuple(w.message for w in warnings)))
    return ids, files


def _input_files(kb_dir: Path) -> list[Path]:
    files = []
    sources = kb_dir / "sources"
    if sources.is_dir():
        files += [p for p in sources.iterdir() if p.is_file() and not p.name.startswith(".")]
    curated = kb_dir / "curated"
    if curated.is_dir():
        files += [p for p in curated.glob("*.toml") if p.is_file()]
    return files


def inputs_digest(kb_dir: Path) -> str:
    """sha256 over what a build reads (sources/*, curated/*.toml): a changed input, a new digest."""
    kb_dir = Path(kb_dir)
    digest = hashlib.sha256()
    from evkb.kb.files import read_regular

    for rel, path in sorted((p.relative_to(kb_dir).as_posix(), p) for p in _input_files(kb_dir)):
        try:
            data = read_regular(path, root=kb_dir)
        except OSError:
            data = b"\0refused"  # reported by the build; never read past a limit or the folder
        name = rel.encode("utf-8")
        # Lengths first, so no two different sets of files can hash the same bytes.
        digest.update(len(name).to_bytes(8, "big") + name + len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


# --- validation ------------------------------------------------------------------------------


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, (dt.date, dt.time)):
        return "a date or time"
    return type(value).__name__


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


@dataclass(frozen=True)
class _Field:
    kind: str  # id, str, number, int, value, strs, ids, date, year, cites, facts
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str = ""  # "company" or "source": the value names one that must exist


_EXPECT = {
    "id": "a string",
    "str": "a string",
    "number": "a number",
    "int": "an integer",
    "value": "a number or a string",
    "strs": "an array of strings",
    "ids": "a string or an array of strings",
    "date": 'an ISO date ("2024", "2024-07" or "2024-07-15")',
    "year": "a year (a number or a string)",
    "cites": "an array of {source, quote} tables",
    "facts": "an array of tables",
}

_CITE = {"source": _Field("str", True, ref="source"), "quote": _Field("str", True)}
_COMPANY = {
    "id": _Field("id", True),
    "name": _Field("str", True),
    "kind": _Field("str", True, COMPANY_KINDS),
    "aliases": _Field("strs"),
    "country": _Field("str"),
    "cite": _Field("cites", True),
}
_RELATION = {
    "subject": _Field("str", True, ref="company"),
    "type": _Field("str", True, RELATION_TYPES),
    "object": _Field("str", True, ref="company"),
    **_CITE,
}
_TERM = {
    "id": _Field("id", True),
    "name": _Field("str", True),
    "kind": _Field("str", True, TERM_KINDS),
    "aliases": _Field("strs"),
    "cite": _Field("cites"),
}
_FACT = {
    "attribute": _Field("str", True),
    "value": _Field("value", True),
    "unit": _Field("str"),
    "qualifier": _Field("str"),
    "value_to": _Field("number"),
    "text": _Field("str"),
    **_CITE,
}
# Facts that take their citation from the table they sit in when they have none of their own.
_INHERITING_FACT = {
    **_FACT,
    "source": _Field("str", ref="source"),
    "quote": _Field("str"),
}
_AMOUNT = {**_INHERITING_FACT, "attribute": _Field("str")}
_BATTERY = {
    "id": _Field("id", True),
    "name": _Field("str", True),
    "maker": _Field("str", ref="company"),
    "notes": _Field("str"),
    "fact": _Field("facts"),
}
_SHARE = {
    "holder": _Field("str", ref="company"),
    "label": _Field("str", True),
    "members": _Field("ids", ref="company"),
    "percent": _Field("number", True),
    "bound": _Field("str", choices=BOUNDS),
    "as_of": _Field("date"),
    "scope": _Field("str"),
    "metric": _Field("str"),
    "rank": _Field("int"),
    "text": _Field("str"),
    **_CITE,
}
_INVESTMENT = {
    "id": _Field("id", True),
    "kind": _Field("str", True, INVESTMENT_KINDS),
    "by": _Field("ids", ref="company"),
    "to": _Field("ids", ref="company"),
    "purpose": _Field("str"),
    "year": _Field("year"),
    "qualifier": _Field("str"),
    **_CITE,
    "amount": _Field("facts"),
}
_FIGURE = {
    "id": _Field("id", True),
    "kind": _Field("str", True),
    "subject": _Field("str"),
    "description": _Field("str"),
    "year": _Field("year"),
    **_CITE,
    "fact": _Field("facts"),
}


@dataclass
class CiteCheck:
    """One citation to verify against its source: the quote must be there, the value in it."""

    cite: Citation
    path: str
    line: int
    col: int
    fact: Fact | None = None
    label: str = ""


@dataclass
class Curated:
    companies: list[Company] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    batteries: list[Battery] = field(default_factory=list)
    shares: list[Share] = field(default_factory=list)
    investments: list[Investment] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    checks: list[CiteCheck] = field(default_factory=list)


@dataclass
class _Doc:
    path: str
    data: dict
    positions: Positions

    def at(self, path: tuple) -> tuple[int, int]:
        return self.positions.find(path)


class _Validator:
    """Checks tables against their schema, collecting problems and the citations to verify."""

    def __init__(self, source_ids: Collection[str], companies: dict[str, tuple[str, ...]]):
        self.source_ids = sorted(source_ids)
        self.companies = companies  # id -> names, for "did you mean" on references
        self.problems: list[Problem] = []
        self.checks: list[CiteCheck] = []

    def report(self, doc: _Doc, path: tuple, message: str, severity: str = "error") -> None:
        line, col = doc.at(path)
        self.problems.append(Problem(doc.path, line, col, message, severity))

    def fields(
        self, doc: _Doc, path: tuple, table: Any, schema: dict[str, _Field], label: str
    ) -> tuple[dict[str, Any], bool]:
        """The valid values of `table` and whether every required one is among them."""
        if not isinstance(table, dict):
            self.report(doc, path, f"{label}: must be a table, not {_type_name(table)}")
            return {}, False
        meant = set()  # keys an unknown key is taken for: "missing" would say it twice
        for key in table:
            if key not in schema:
                choice = closest_choice(key, (k for k in schema if k not in table))
                meant.add(choice)
                hint = f"; did you mean {choice!r}?" if choice else ""
                self.report(doc, path + (key,), f"{label}: unknown key {key!r}{hint}")
        values: dict[str, Any] = {}
        complete = True
        for key, spec in schema.items():
            if key not in table:
                if spec.required:
                    if key not in meant:
                        self.report(doc, path, f"{label}: missing required key {key!r}")
                    complete = False
                continue
            ok, value = self._field(doc, path + (key,), key, table[key], spec, label)
            if ok:
                values[key] = value
            elif spec.required:
                complete = False
        return values, complete

    def _field(
        self, doc: _Doc, path: tuple, key: str, raw: Any, spec: _Field, label: str
    ) -> tuple[bool, Any]:
        value = self._typed(spec.kind, raw)
        if value is None:
            shown = repr(raw) if not isinstance(raw, (list, dict)) else _type_name(raw)
            self.report(doc, path, f"{label}: {key!r} must be {_EXPECT[spec.kind]}, not {shown}")
            return False, None
        if spec.kind == "id" and not _SLUG.fullmatch(value):
            slug = re.sub(r"[^a-z0-9._-]+", "-", value.lower()).strip("-._")
            hint = f"; did you mean {slug!r}?" if slug else ""
            self.report(
                doc, path, f"{label}: id {value!r} must be a lower-case slug (a-z, 0-9, '-'){hint}"
            )
            return False, None
        if spec.choices and value not in spec.choices:
            hint = did_you_mean(value, spec.choices)
            options = ", ".join(repr(c) for c in spec.choices)
            self.report(doc, path, f"{label}: {key!r} is {value!r}, not one of {options}{hint}")
            return False, None
        if spec.ref:
            return self._references(doc, path, key, value, spec.ref, label)
        return True, value

    def _references(
        self, doc: _Doc, path: tuple, key: str, value: Any, ref: str, label: str
    ) -> tuple[bool, Any]:
        if ref == "source":
            known, choices, names = self.source_ids, self.source_ids, None
            what = "source"
        else:
            known, choices, what = self.companies, self.companies, "company"
            # A name or alias where an id belongs points at that company's id.
            names = {n.casefold(): cid for cid, ns in self.companies.items() for n in ns}
        items = value if isinstance(value, tuple) else (value,)
        kept = []
        for number, item in enumerate(items):
            if item in known:
                kept.append(item)
                continue
            hint = did_you_mean(item, choices, names)
            if not hint and ref == "source":
                hint = "; sources are " + (", ".join(map(repr, choices)) or "none")
            where = path + (number,) if isinstance(value, tuple) else path
            self.report(doc, where, f"{label}: {key!r} names no {what} {item!r}{hint}")
        if isinstance(value, tuple):
            return True, tuple(kept)
        return bool(kept), value

    @staticmethod
    def _typed(kind: str, raw: Any) -> Any:
        """`raw` converted for `kind`, or None when it has the wrong type."""
        if kind in ("id", "str"):
            return raw if isinstance(raw, str) else None
        if kind == "number":
            return raw if _is_number(raw) and math.isfinite(raw) else None
        if kind == "int":
            return raw if isinstance(raw, int) and not isinstance(raw, bool) else None
        if kind == "value":
            if isinstance(raw, str) or (_is_number(raw) and math.isfinite(raw)):
                return raw
            return None
        if kind in ("strs", "ids"):
            if kind == "ids" and isinstance(raw, str):
                return (raw,)
            if isinstance(raw, list) and all(isinstance(x, str) for x in raw):
                return tuple(raw)
            return None
        if kind == "date":
            if isinstance(raw, dt.date):
                return raw.isoformat()[:10]
            return raw if isinstance(raw, str) and _ISO_DATE.fullmatch(raw) else None
        if kind == "year":
            if isinstance(raw, int) and not isinstance(raw, bool):
                return str(raw)
            return raw if isinstance(raw, str) else None
        if kind in ("cites", "facts"):
            return raw if isinstance(raw, list) else None
        return None

    def cite_of(
        self, doc: _Doc, path: tuple, values: dict, label: str, fact: Fact | None = None
    ) -> Citation:
        """The record's citation, queued for checking against its source."""
        cite = Citation(values["source"], values["quote"])
        line, col = doc.at(path + ("quote",))
        self.checks.append(CiteCheck(cite, doc.path, line, col, fact, label))
        return cite

    def cites(self, doc: _Doc, path: tuple, raw: list, label: str) -> tuple[Citation, ...]:
        found = []
        for number, entry in enumerate(raw):
            where = path + (number,)
            values, complete = self.fields(doc, where, entry, _CITE, f"{label} cite #{number + 1}")
            if complete:
                found.append(self.cite_of(doc, where, values, label))
        return tuple(found)

    def facts(
        self,
        doc: _Doc,
        path: tuple,
        raw: list,
        label: str,
        schema: dict[str, _Field],
        parent: dict | None = None,
        battery: bool = False,
    ) -> tuple[Fact, ...]:
        found = []
        for number, entry in enumerate(raw):
            where = path + (number,)
            name = entry.get("attribute") if isinstance(entry, dict) else None
            what = (
                f"{label} {path[-1]} {name!r}"
                if isinstance(name, str)
                else f"{label} {path[-1]} #{number + 1}"
            )
            values, complete = self.fields(doc, where, entry, schema, what)
            if not complete or not self._fact_ok(doc, where, values, what, battery):
                continue
            if "source" in values and "quote" in values:
                cite_path = where
            elif parent is not None and not ({"source", "quote"} & set(entry)):
                if "source" not in parent or "quote" not in parent:
                    continue  # the table's own citation is missing, and reported already
                values = {**values, "source": parent["source"], "quote": parent["quote"]}
                cite_path = path[:-1]
            else:
                missing = "quote" if "source" in entry else "source"
                taken = any(closest_choice(k, [missing]) for k in entry if k not in schema)
                if missing not in entry and not taken:
                    self.report(doc, where, f"{what}: missing required key {missing!r}")
                continue
            fact = Fact(
                attribute=values.get("attribute", "amount"),
                value=values["value"],
                cite=Citation(values["source"], values["quote"]),
                unit=values.get("unit", ""),
                qualifier=values.get("qualifier", ""),
                value_to=values.get("value_to"),
                text=values.get("text", ""),
            )
            line, col = doc.at(cite_path + ("quote",))
            self.checks.append(CiteCheck(fact.cite, doc.path, line, col, fact, what))
            found.append(fact)
        return tuple(found)

    def _fact_ok(self, doc: _Doc, path: tuple, values: dict, label: str, battery: bool) -> bool:
        attribute, value, unit = (
            values.get("attribute", "amount"),
            values["value"],
            values.get("unit", ""),
        )
        if battery and attribute not in BATTERY_ATTRIBUTES:
            hint = did_you_mean(attribute, BATTERY_ATTRIBUTES)
            self.report(
                doc,
                path + ("attribute",),
                f"{label}: unknown battery attribute {attribute!r}{hint}",
            )
            return False
        if unit and unit not in UNIT_KINDS:
            hint = did_you_mean(unit, UNIT_KINDS, UNIT_SPELLINGS)
            self.report(doc, path + ("unit",), f"{label}: unknown unit {unit!r}{hint}")
            return False
        if isinstance(value, str):
            if unit not in ("", "month"):
                self.report(
                    doc, path + ("unit",), f"{label}: a text value takes no unit (unit {unit!r})"
                )
                return False
            if "value_to" in values:
                self.report(
                    doc, path + ("value_to",), f"{label}: 'value_to' needs a number 'value'"
                )
                return False
            return True
        expected = BATTERY_UNITS.get(attribute, ()) if battery else ()
        if expected and unit not in expected:
            options = " or ".join(repr(u) for u in expected)
            hint = did_you_mean(unit, expected, UNIT_SPELLINGS) if unit else ""
            shown = f"unit {unit!r}" if unit else "no unit"
            self.report(
                doc,
                path + ("unit",) if unit else path + ("value",),
                f"{label}: {attribute!r} takes unit {options}, not {shown}{hint}",
            )
            return False
        return True


def _company(check: _Validator, doc: _Doc, path: tuple, v: dict, label: str) -> Company:
    cites = check.cites(doc, path + ("cite",), v["cite"], label)
    return Company(v["id"], v["name"], v["kind"], v.get("aliases", ()), v.get("country", ""), cites)


def _relation(check: _Validator, doc: _Doc, path: tuple, v: dict, label: str) -> Relation:
    return Relation(v["subject"], v["type"], v["object"], check.cite_of(doc, path, v, label))


def _term(check: _Validator, doc: _Doc, path: tuple, v: dict, label: str) -> Term:
    cites = check.cites(doc, path + ("cite",), v.get("cite", []), label)
    return Term(v["id"], v["name"], v["kind"], v.get("aliases", ()), cites)


def _battery(check: _Validator, doc: _Doc, path: tuple, v: dict, label: str) -> Battery:
    facts = check.facts(doc, path + ("fact",), v.get("fact", []), label, _FACT, battery=True)
    return Battery(v["id"], v["name"], v.get("maker", ""), facts, v.get("notes", ""))


def _share(check: _Validator, doc: _Doc, path: tuple, v: dict, label: str) -> Share:
    cite = Citation(v["source"], v["quote"])
    fact = Fact("percent", v["percent"], cite, unit="percent", text=v.get("text", ""))
    check.cite_of(doc, path, v, label, fact)
    return Share(
        holder=v.get("holder", ""),
        label=v["label"],
        percent=v["percent"],
        bound=v.get("bound", "="),
        cite=cite,
        members=v.get("members", ()),
        as_of=v.get("as_of", ""),
        scope=v.get("scope", ""),
        metric=v.get("metric", ""),
        rank=v.get("rank", 0),
        text=v.get("text", ""),
    )


def _facts_and_cite(
    check: _Validator, doc: _Doc, path: tuple, v: dict, label: str, key: str, schema: dict
) -> tuple[tuple[Fact, ...], Citation]:
    """The table's facts (inheriting its citation where they have none) and its citation."""
    facts = check.facts(doc, path + (key,), v.get(key, []), label, schema, v)
    return facts, check.cite_of(doc, path, v, label)


def _investment(check: _Validator, doc: _Doc, path: tuple, v: dict, label: str) -> Investment:
    amounts, cite = _facts_and_cite(check, doc, path, v, label, "amount", _AMOUNT)
    return Investment(
        id=v["id"],
        kind=v["kind"],
        amounts=amounts,
        cite=cite,
        by=v.get("by", ()),
        to=v.get("to", ()),
        purpose=v.get("purpose", ""),
        year=v.get("year", ""),
        qualifier=v.get("qualifier", ""),
    )


def _figure(check: _Validator, doc: _Doc, path: tuple, v: dict, label: str) -> Figure:
    facts, cite = _facts_and_cite(check, doc, path, v, label, "fact", _INHERITING_FACT)
    return Figure(
        id=v["id"],
        kind=v["kind"],
        subject=v.get("subject", ""),
        facts=facts,
        cite=cite,
        description=v.get("description", ""),
        year=v.get("year", ""),
    )


# Table name -> (schema, whether ids must be unique, Curated field, record maker).
_KINDS = {
    "company": (_COMPANY, True, "companies", _company),
    "relation": (_RELATION, False, "relations", _relation),
    "term": (_TERM, True, "terms", _term),
    "battery": (_BATTERY, True, "batteries", _battery),
    "share": (_SHARE, False, "shares", _share),
    "investment": (_INVESTMENT, True, "investments", _investment),
    "figure": (_FIGURE, True, "figures", _figure),
}
TABLES = tuple(_KINDS)


def _table_label(kind: str, number: int, table: Any) -> str:
    if isinstance(table, dict):
        for key in ("id", "label"):
            if isinstance(table.get(key), str):
                return f"{kind} {table[key]!r}"
    return f"{kind} #{number + 1}"


def _read_curated_docs(kb_dir: Path, problems: list[Problem]) -> list[_Doc]:
    folder = kb_dir / "curated"
    docs = []
    if not folder.is_dir():
        return docs
    for path in sorted(folder.glob("*.toml"), key=lambda p: p.name):
        try:
            data, text = _read_toml_text(path, kb_dir)
        except KBError as exc:
            problems += exc.problems
            continue
        docs.append(_Doc(str(path), data, Positions(text)))
    return docs


def _tables(doc: _Doc, kind: str, problems: list[Problem]) -> list[tuple[tuple, int, Any]]:
    """The [[kind]] tables of a file, as (path, number, table)."""
    raw = doc.data.get(kind)
    if raw is None:
        return []
    if not isinstance(raw, list):
        line, col = doc.at((kind,))
        problems.append(
            Problem(doc.path, line, col, f"{kind!r} must be an array of tables: write [[{kind}]]")
        )
        return []
    return [((kind, n), n, table) for n, table in enumerate(raw)]


def load_curated(kb_dir: Path, source_ids: Collection[str]) -> tuple[Curated, list[Problem]]:
    """Every curated/*.toml, validated; the valid records and every problem found."""
    kb_dir = Path(kb_dir)
    problems: list[Problem] = []
    docs = _read_curated_docs(kb_dir, problems)

    for doc in docs:
        for key in doc.data:
            if key not in TABLES:
                line, col = doc.at((key,))
                hint = did_you_mean(key, TABLES)
                problems.append(Problem(doc.path, line, col, f"unknown table {key!r}{hint}"))

    # Companies first: every other table refers to them, in any file.
    company_names: dict[str, tuple[str, ...]] = {}
    for doc in docs:
        for _, _, table in _tables(doc, "company", []):
            if isinstance(table, dict) and isinstance(table.get("id"), str):
                names = [table.get("name"), *(table["aliases"] if isinstance(table.get("aliases"), list) else ())]
                company_names.setdefault(table["id"], tuple(n for n in names if isinstance(n, str)))

    check = _Validator(source_ids, company_names)
    curated = Curated()
    first: dict[tuple[str, str], str] = {}  # (kind, id) -> where it is first defined

    def unique(doc: _Doc, path: tuple, kind: str, values: dict) -> bool:
        key = (kind, values["id"])
        line, col = doc.at(path + ("id",))
        if key in first:
            message = f"duplicate {kind} id {values['id']!r} (first defined at {first[key]})"
            problems.append(Problem(doc.path, line, col, message))
            return False
        first[key] = f"{doc.path}:{line}:{col}"
        return True

    for doc in docs:
        for kind, (schema, has_id, field_name, make) in _KINDS.items():
            for path, n, table in _tables(doc, kind, problems):
                label = _table_label(kind, n, table)
                values, ok = check.fields(doc, path, table, schema, label)
                if ok and (not has_id or unique(doc, path, kind, values)):
                    getattr(curated, field_name).append(make(check, doc, path, values, label))

    problems += check.problems
    curated.companies.sort(key=lambda r: r.id)
    curated.relations.sort(key=lambda r: (r.subject, r.type, r.object, r.cite.source, r.cite.quote))
    curated.terms.sort(key=lambda r: r.id)
    curated.batteries.sort(key=lambda r: r.id)
    curated.shares.sort(key=lambda r: (r.as_of, r.label, r.percent, r.cite.source, r.cite.quote))
    curated.investments.sort(key=lambda r: r.id)
    curated.figures.sort(key=lambda r: r.id)
    curated.checks = sorted(check.checks, key=lambda c: (c.path, c.line, c.col, c.label))
    return curated, sort_problems(problems)


# --- sources/sources.toml ----------------------------------------------------------------------

_MANIFEST_FIELDS = {
    "title": _Field("str"),
    "publisher": _Field("str"),
    "url": _Field("str"),
    "published": _Field("date"),
}


def load_manifest(
    kb_dir: Path, source_ids: Collection[str]
) -> tuple[dict[str, dict], list[Problem]]:
    """sources/sources.toml: {source id: {title, publisher, url, published}} and its problems."""
    path = Path(kb_dir) / "sources" / MANIFEST
    if not os.path.lexists(path):
        return {}, []
    try:
        data, text = _read_toml_text(path, Path(kb_dir))
    except KBError as exc:
        return {}, exc.problems
    doc = _Doc(str(path), data, Positions(text))
    check = _Validator(source_ids, {})
    found: dict[str, dict] = {}
    for key in data:
        if key != "source":
            check.report(doc, (key,), f"unknown table {key!r}{did_you_mean(key, ['source'])}")
    tables = data.get("source", {})
    if not isinstance(tables, dict):
        check.report(doc, ("source",), "'source' must be tables: write [source.<id>]")
        tables = {}
    for source_id, table in tables.items():
        label = f"source {source_id!r}"
        if source_id not in check.source_ids:
            hint = did_you_mean(source_id, check.source_ids)
            check.report(doc, ("source", source_id), f"{label}: no such file in sources/{hint}")
            continue
        values, _ = check.fields(doc, ("source", source_id), table, _MANIFEST_FIELDS, label)
        url = values.get("url", "")
        if url and not re.match(r"https?://", url):
            check.report(
                doc,
                ("source", source_id, "url"),
                f"{label}: url {url!r} does not start with http:// or https://",
                "warning",
            )
        found[source_id] = values
    return dict(sorted(found.items())), sort_problems(check.problems)
