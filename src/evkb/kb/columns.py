"""Cached tables stored column by column as JSON, read one column or one row at a time.

Data only: each column is one JSON array, with the character offset of each value beside it
(an array of integers, read with `array.frombytes`). Nothing in it can run code. A whole column is
parsed at once when a view needs it (`Records.column`); a few rows are parsed value by value,
so opening a big knowledge base and showing its first screen parses only what it shows.
"""

from __future__ import annotations

import gc
import json
import json.encoder
import sys
from array import array
from collections.abc import Callable
from typing import Any, TypeVar, cast

T = TypeVar("T")
_OFFSET = "Q"  # 8-byte offsets: a column is never near 2**64 characters
_DECODER = json.JSONDecoder()
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _encoder(values: tuple) -> Callable[[Any], str]:
    """The quickest exact encoder for a column: most are all strings or all integers, and a
    call of the general encoder per value cost more than the whole build of those columns."""
    kinds = set(map(type, values))
    if kinds == {str}:
        return json.encoder.encode_basestring  # what the general encoder uses for a str
    if kinds == {int}:
        return int.__repr__
    return _ENCODE


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


class Columns:
    """The rows of a cached table: a column parsed whole when asked for, a row value by value
    until so many rows are asked for that parsing the columns whole is cheaper."""

    __slots__ = ("_asked", "_blobs", "_columns", "_length", "_offsets", "_rows", "_texts")

    def __init__(self, blobs: list[memoryview], offsets: list[memoryview], length: int):
        self._blobs = blobs
        self._offsets: list[memoryview | array] = list(offsets)
        self._texts: list[str | None] = [None] * len(blobs)
        self._columns: list[list | None] = [None] * len(blobs)
        self._rows: list[tuple] | None = None
        self._length = length
        self._asked = 0

    def column(self, at: int) -> list:
        values = self._columns[at]
        if values is None:
            values = self._columns[at] = _quietly(lambda: json.loads(bytes(self._blobs[at])))
            if len(values) != self._length:
                raise ValueError("a cached column of the wrong length")
        return values

    def _value(self, at: int, i: int):
        values = self._columns[at]
        if values is not None:
            return values[i]
        text = self._texts[at]
        if text is None:
            text = self._texts[at] = str(self._blobs[at], "utf-8")
            self._offsets[at] = array(_OFFSET, bytes(self._offsets[at]))
        return _DECODER.raw_decode(text, self._offsets[at][i])[0]

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, i: int) -> tuple:
        if self._rows is None:
            self._asked += 1
            if self._asked <= max(64, self._length // 32):
                if i < 0:
                    i += self._length
                if not 0 <= i < self._length:
                    raise IndexError(i)
                return tuple([self._value(at, i) for at in range(len(self._blobs))])
            columns = [self.column(at) for at in range(len(self._blobs))]
            self._rows = _quietly(lambda: list(zip(*columns)))
        return self._rows[i]


Tables = dict[str, tuple[int, "list | Columns"]]


def _column_blob(values: tuple) -> tuple[bytes, bytes]:
    parts = list(map(_encoder(values), values))
    offsets = array(_OFFSET)
    at = 1  # after "["
    for part in parts:
        offsets.append(at)
        at += len(part) + 1
    return ("[" + ",".join(parts) + "]").encode("utf-8"), offsets.tobytes()


def encode_tables(tables: dict[str, list], header: dict) -> list[bytes]:
    """The tables (rows of plain values) as one header line and the column blocks, in pieces to
    write one after the other (joined, at 100,000 passages, they would be one more copy)."""
    blocks = []
    header = {**header, "byteorder": sys.byteorder, "tables": []}
    for table, rows in tables.items():
        sizes = []
        for column in zip(*rows):
            blob, offsets = _column_blob(column)
            sizes.append([len(blob), len(offsets)])
            blocks += [blob, offsets]
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
