"""Cached tables stored column by column as JSON, read one column or one row at a time.

Data only: each column is one JSON array, with the character offset of each value beside it
(an array of integers, read with `array.frombytes`). Nothing in it can run code. A whole column is
parsed at once when a view needs it (`Records.column`); a few rows are parsed value by value,
so opening a big knowledge base and showing its first screen parses only what it shows.

A new entry can take rows of an old one as the text they already are (`RowSlice`, `Joined`),
or name them where they are: rows read from a segment (see `segments.py`) know it (`segment`),
so an add to a big collection writes the rows it made, not the collection's.
"""

from __future__ import annotations

import gc
import json
import json.encoder
import sys
from array import array
from bisect import bisect_right
from collections.abc import Callable, Mapping
from itertools import accumulate, repeat
from operator import add
from typing import Any, TypeVar, cast

T = TypeVar("T")
_OFFSET = "Q"  # 8-byte offsets: a column is never near 2**64 characters
_DECODER = json.JSONDecoder()
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
# The encoder `_JSON.encode` makes on every call, made once: half a million values of mixed
# columns a build from scratch, each paying for a new one, were a third of its cache entries.
# No check for cycles: a row holds plain values (a cycle would fail on recursion instead).
_C_ENCODE = json.encoder.c_make_encoder(  # type: ignore[attr-defined]
    None, _JSON.default, json.encoder.encode_basestring, None, ":", ",", False, False, True
)


def _encoded(values: tuple) -> list[str]:
    """Each value of a column as `_JSON.encode` writes it, by the quickest exact way: most
    columns are all strings or all integers."""
    kinds = set(map(type, values))
    if kinds == {str}:
        return list(map(json.encoder.encode_basestring, values))  # what `_JSON` uses for one
    if kinds == {int}:
        return list(map(int.__repr__, values))
    return list(map("".join, map(_C_ENCODE, values, repeat(0))))


def _offsets(parts: list[str], at: int) -> array:
    """Where each of `parts` starts once they are joined by commas, the first at `at`."""
    return array(_OFFSET, map(add, accumulate(map(len, parts), initial=at), range(len(parts))))


def _quietly(load: Callable[[], T]) -> T:
    # Hundreds of thousands of small lists: the cyclic collector would run over and over while
    # they are made, doubling the time. None of them can form a cycle. Freezing them afterwards
    # keeps the collector from walking them all once it runs again; reference counting still
    # frees them.
    enabled = gc.isenabled()
    gc.disable()
    try:
        value = load()
        gc.freeze()
        return value
    finally:
        if enabled:
            gc.enable()


def _array(blob: memoryview) -> list:
    """A column's JSON array, as `json.loads` reads it: the decoder called at once (a build
    reads over a hundred thousand small columns as products come back, and `json.loads` spent
    a third of each on finding the text's encoding and checking for trailing space)."""
    text = str(blob, "utf-8")
    values, end = _DECODER.raw_decode(text)
    if end != len(text) or not isinstance(values, list):
        raise ValueError("a cached column that is not one JSON array")
    return values


# Rows a table may hold and still be parsed whole at its first read (`Columns.__getitem__`).
_SMALL = 64


class Columns:
    """The rows of a cached table: a column parsed whole when asked for, a row value by value
    until so many rows are asked for that parsing the columns whole is cheaper."""

    __slots__ = (
        "_asked",
        "_blobs",
        "_columns",
        "_length",
        "_offsets",
        "_rows",
        "_texts",
        "segment",
    )

    def __init__(self, blobs: list[memoryview], offsets: list[memoryview], length: int):
        # The segment these rows were read from (its cache folder and seal), if any.
        self.segment: tuple[str, str] | None = None
        self._blobs = blobs
        self._offsets: list[memoryview | array] = list(offsets)
        self._texts: list[str | None] = [None] * len(blobs)
        self._columns: list[list | None] = [None] * len(blobs)
        self._rows: list[tuple] | None = None
        self._length = length
        self._asked = 0

    def __reduce__(self) -> tuple:
        # Copied (a test's own copy of a built knowledge base, whose new products' rows are
        # cached tables) as the bytes it reads from.
        blobs = [bytes(blob) for blob in self._blobs]
        return Columns, (blobs, [bytes(found) for found in self._offsets], self._length)

    def column(self, at: int) -> list:
        values = self._columns[at]
        if values is None:
            values = self._columns[at] = _quietly(lambda: _array(self._blobs[at]))
            if len(values) != self._length:
                raise ValueError("a cached column of the wrong length")
        return values

    def _text(self, at: int) -> tuple[str, array]:
        """A column's JSON text and the character offset of each value in it."""
        text = self._texts[at]
        if text is None:
            text = self._texts[at] = str(self._blobs[at], "utf-8")
            self._offsets[at] = array(_OFFSET, bytes(self._offsets[at]))
        return text, cast(array, self._offsets[at])

    def _value(self, at: int, i: int):
        values = self._columns[at]
        if values is not None:
            return values[i]
        text, offsets = self._text(at)
        return _DECODER.raw_decode(text, offsets[i])[0]

    def span(self, at: int, start: int, stop: int) -> tuple[str, array, int]:
        """The values of rows [start, stop) of a column as their JSON text (comma-separated),
        their offsets and where that text began in the column (offsets count from there)."""
        text, offsets = self._text(at)
        begin = offsets[start]
        end = offsets[stop] - 1 if stop < self._length else len(text) - 1  # before "," or "]"
        return text[begin:end], offsets[start:stop], begin

    def blob(self, at: int) -> memoryview:
        return self._blobs[at]

    def offsets(self, at: int) -> array:
        """Where each value of a column starts in its text (counted from its opening bracket)."""
        found = self._offsets[at]
        return found if isinstance(found, array) else array(_OFFSET, bytes(found))

    def chars(self, at: int) -> int:
        return len(self._text(at)[0])

    def release(self, at: int) -> None:
        """Forget a column's decoded text (made again if a value is read from it)."""
        self._texts[at] = None

    @property
    def width(self) -> int:
        return len(self._blobs)

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, i: int) -> tuple:
        if self._rows is None:
            self._asked += 1
            # A small table (one document's, in a build) is read whole: parsing its columns
            # at once costs less than a few rows value by value.
            if self._asked <= max(64, self._length // 32) and self._length > _SMALL:
                if i < 0:
                    i += self._length
                if not 0 <= i < self._length:
                    raise IndexError(i)
                return tuple([self._value(at, i) for at in range(len(self._blobs))])
            columns = [self.column(at) for at in range(len(self._blobs))]
            self._rows = _quietly(lambda: list(zip(*columns)))
        return self._rows[i]


Tables = dict[str, tuple[int, "list | Columns"]]


class RowSlice:
    """Rows [start, stop) of a cached table, read like a list of rows and written into a new
    entry as the encoded text they already are."""

    __slots__ = ("columns", "start", "stop")

    def __init__(self, columns: Columns, start: int, stop: int):
        self.columns, self.start, self.stop = columns, start, stop

    def __len__(self) -> int:
        return self.stop - self.start

    def __getitem__(self, i: int) -> tuple:
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self.columns[self.start + i]

    def column(self, at: int) -> list:
        return self.columns.column(at)[self.start : self.stop]

    def rows(self) -> list[tuple]:
        return list(zip(*(self.column(at) for at in range(self.columns.width))))

    @property
    def width(self) -> int:
        return self.columns.width


class Joined:
    """Pieces of one table one after the other (lists of rows, `RowSlice`s), read like one list
    of rows; `encode_tables` copies the slices' text instead of encoding their rows again."""

    __slots__ = ("_asked", "_length", "_rows", "_starts", "pieces")

    def __init__(self, pieces: list):
        self.pieces = pieces
        self._starts = list(accumulate(map(len, pieces), initial=0))
        self._length = self._starts[-1]
        self._rows: list[tuple] | None = None
        self._asked = 0

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, i: int) -> tuple:
        if self._rows is None:
            self._asked += 1
            if self._asked <= max(64, self._length // 32):  # a few rows: from their piece
                if i < 0:
                    i += self._length
                if not 0 <= i < self._length:
                    raise IndexError(i)
                at = bisect_right(self._starts, i) - 1
                return self.pieces[at][i - self._starts[at]]
            rows: list = []  # a whole table read row by row: rows at once are cheaper
            for piece in self.pieces:
                rows += piece.rows() if isinstance(piece, RowSlice) else piece
            self._rows = rows
        return self._rows[i]

    def column(self, at: int) -> list:
        values: list = []
        for piece in self.pieces:
            values += piece.column(at) if isinstance(piece, RowSlice) else [r[at] for r in piece]
        return values

    @property
    def width(self) -> int:
        first = self.pieces[0]
        return first.columns.width if isinstance(first, RowSlice) else len(first[0])


def slice_rows(rows: Any, start: int, stop: int) -> Any:
    """Rows [start, stop) of a cached table (`Columns` or `Joined`) as slices of the columns
    they were read from, so a new entry copies or names them (`join_rows`)."""
    if not isinstance(rows, Joined):
        return RowSlice(rows, start, stop)
    pieces = []
    first = max(bisect_right(rows._starts, start) - 1, 0)
    for piece, at in zip(rows.pieces[first:], rows._starts[first:]):
        if at >= stop:
            break
        begin, end = max(start, at), min(stop, at + len(piece))
        if begin < end:
            if isinstance(piece, RowSlice):
                pieces.append(
                    RowSlice(piece.columns, piece.start + begin - at, piece.start + end - at)
                )
            else:
                pieces.append(piece[begin - at : end - at])
    return pieces[0] if len(pieces) == 1 and isinstance(pieces[0], RowSlice) else join_rows(pieces)


def join_rows(pieces: list) -> list | Joined:
    """Tables' rows one after the other: a list when every piece is one, else the pieces with
    neighbouring slices of one cached table made one (so their text is copied at once)."""
    pieces = [
        p for piece in pieces for p in (piece.pieces if isinstance(piece, Joined) else [piece])
    ]
    pieces = [RowSlice(p, 0, len(p)) if isinstance(p, Columns) else p for p in pieces]
    if not any(isinstance(p, RowSlice) for p in pieces):
        return [row for piece in pieces for row in piece]
    joined: list = []
    for piece in pieces:
        if not len(piece):
            continue
        last = joined[-1] if joined else None
        if isinstance(piece, RowSlice):
            follows = isinstance(last, RowSlice) and last.columns is piece.columns
            if follows and last.stop == piece.start:  # type: ignore[union-attr]
                joined[-1] = RowSlice(piece.columns, last.start, piece.stop)  # type: ignore[union-attr]
            else:
                joined.append(piece)
        elif isinstance(last, list):
            last += piece  # a copy this function made
        else:
            joined.append(list(piece))
    return Joined(joined) if joined else []


def _column_blob(values: tuple) -> tuple[bytes, bytes]:
    parts = _encoded(values)
    offsets = _offsets(parts, 1)  # after "["
    return ("[" + ",".join(parts) + "]").encode("utf-8"), offsets.tobytes()


def _joined_blob(joined: Joined, at: int) -> tuple[list[bytes | memoryview], bytes]:
    """A column of `Joined` rows, in pieces: the slices' text copied (the bytes themselves
    where the column is ASCII), the lists' values encoded. A build joins thousands of small
    pieces, a product's each, so the common one (a whole cached column) is taken as the bytes
    it is without decoding its values' text."""
    blob: list[bytes | memoryview] = [b"["]
    offsets = array(_OFFSET)
    at_char = 1  # after "["
    for piece in joined.pieces:
        if isinstance(piece, RowSlice):
            columns = piece.columns
            if piece.start == 0 and piece.stop == len(columns):
                view = columns.blob(at)[1:-1]  # within the brackets
                found, begin, chars = columns.offsets(at), 1, len(str(view, "utf-8"))
                blob.append(view)
            else:
                text, found, begin = columns.span(at, piece.start, piece.stop)
                chars = len(text)
                whole = columns.blob(at)
                ascii_only = len(whole) == columns.chars(at)  # characters are bytes
                blob.append(whole[begin : begin + chars] if ascii_only else text.encode("utf-8"))
            shift = at_char - begin
            offsets.extend(found if shift == 0 else array(_OFFSET, map(shift.__add__, found)))
        else:
            parts = _encoded(tuple(row[at] for row in piece))
            offsets.extend(_offsets(parts, at_char))
            text = ",".join(parts)
            chars = len(text)
            blob.append(text.encode("utf-8"))
        blob.append(b",")
        at_char += chars + 1
    blob[-1] = b"]"
    for piece in joined.pieces:
        if isinstance(piece, RowSlice):
            piece.columns.release(at)  # the decoded text of a big column is no longer needed
    return blob, offsets.tobytes()


def encode_tables(tables: Mapping[str, Any], header: dict) -> list[bytes]:
    """The tables (rows of plain values) as one header line and the column blocks, in pieces to
    write one after the other (joined, at 100,000 passages, they would be one more copy)."""
    blocks = []
    header = {**header, "byteorder": sys.byteorder, "tables": []}
    for table, rows in tables.items():
        sizes = []
        columns = (
            (_joined_blob(rows, at) for at in range(rows.width))
            if isinstance(rows, Joined)
            else (([blob], offsets) for blob, offsets in map(_column_blob, zip(*rows)))
        )
        for blob, offsets in columns:
            sizes.append([sum(map(len, blob)), len(offsets)])
            blocks += [*blob, offsets]
        header["tables"].append([table, len(rows), sizes])
    return [json.dumps(header).encode("utf-8") + b"\n", *blocks]


def decode_tables(payload: memoryview, expected: dict) -> Tables | None:
    """The tables of `encode_tables`' output, or None if its header differs from `expected`
    (another format, another origin, another byte order) or its blocks do not add up."""
    data = cast(bytes, payload.obj)  # the payload is a view of the end of a bytes object
    start = len(data) - len(payload)
    end = data.find(b"\n", start)
    if end < 0:
        return None
    header = json.loads(bytes(payload[: end - start]))
    if header.get("byteorder") != sys.byteorder or any(
        header.get(k) != v for k, v in expected.items()
    ):
        return None
    body = payload[end - start + 1 :]
    tables: Tables = {}
    at = 0
    for table, count, sizes in header["tables"]:
        blobs, offsets = [], []
        for blob_size, offsets_size in sizes:
            if offsets_size != count * array(_OFFSET).itemsize:
                return None
            blobs.append(body[at : at + blob_size])
            offsets.append(body[at + blob_size : at + blob_size + offsets_size])
            at += blob_size + offsets_size
        tables[table] = (count, Columns(blobs, offsets, count))
    return tables if at == len(body) else None
