"""The read-only sequences a knowledge base's tables live in when read back or merged.

`Records` makes a record from its plain row on first use; `Pieces` is a merged table kept as
the pieces it was made of. Both answer `column` without making records, so a view or a search
over 100,000 passages touches only the rows it shows.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from typing import Generic, TypeVar, overload

R = TypeVar("R")


class Records(Sequence[R], Generic[R]):
    """A read-only list of records, each made from its plain row on first use.

    A knowledge base of 100,000 passages opens from its cache as rows of plain values; `rows`
    may also be a loader called on first use (with the row count given), so a table nobody
    touches is never even unpacked. Only the records a view or a search touches become objects.
    """

    __slots__ = ("_fields", "_length", "_load", "_made", "_make", "_rows")

    def __init__(
        self,
        fields: tuple[str, ...],
        rows: list[tuple] | Callable[[], list[tuple]],
        make: Callable[[tuple], R],
        length: int | None = None,
    ):
        self._fields = fields
        self._make = make
        self._load: Callable[[], list[tuple]] | None
        if callable(rows):
            self._rows, self._load, self._length = None, rows, length or 0
        else:
            self._rows, self._load, self._length = rows, None, len(rows)
        self._made: list[R | None] | None = None

    def _data(self) -> list[tuple]:
        if self._rows is None:
            assert self._load is not None  # rows are given or loadable, never neither
            self._rows = self._load()
        return self._rows

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, i: int) -> R: ...
    @overload
    def __getitem__(self, i: slice) -> list[R]: ...
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._length))]
        if self._made is None:
            self._made = [None] * self._length
        made = self._made[i]
        if made is None:
            made = self._made[i] = self._make(self._data()[i])
        return made

    def __iter__(self) -> Iterator[R]:
        for i in range(self._length):
            yield self[i]

    def rows(self) -> list[tuple]:
        """Every record as its plain row, without making the records."""
        data = self._data()
        if isinstance(data, list):
            return data
        # Rows cached column by column: each column parsed whole is far cheaper than row by row.
        return list(zip(*(self.column(name) for name in self._fields))) if self._length else []

    def column(self, name: str) -> list:
        """One field of every record, without making the records."""
        at = self._fields.index(name)
        data = self._data()
        by_column = getattr(data, "column", None)  # rows cached column by column
        if by_column is not None:
            return by_column(at)
        return [row[at] for row in data]


class Pieces(Sequence[R]):
    """A merged table as the pieces it was made of, one after another: the records before any
    document's (`head`), then what each document's product passed on (`pieces`: its source, its
    records, and whether those are all it proposed). A product's records passed on whole stay
    as they were read (rows not yet made into records): an add does not make the records of
    2,500 untouched documents to pass them on."""

    __slots__ = ("_starts", "head", "pieces")

    def __init__(self, head: Sequence[R], pieces: list[tuple[str, Sequence[R], bool]]):
        self.head = head
        self.pieces = pieces
        starts = [len(head)]
        for _source, records, _whole in pieces:
            starts.append(starts[-1] + len(records))
        self._starts = starts

    def parts(self) -> Iterator[Sequence[R]]:
        yield self.head
        for _source, records, _whole in self.pieces:
            yield records

    def __len__(self) -> int:
        return self._starts[-1]

    @overload
    def __getitem__(self, i: int) -> R: ...
    @overload
    def __getitem__(self, i: slice) -> list[R]: ...
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        if i < len(self.head):
            return self.head[i]
        at = bisect_right(self._starts, i) - 1
        return self.pieces[at][1][i - self._starts[at]]

    def __iter__(self) -> Iterator[R]:
        for records in self.parts():
            yield from records


def column(items: Sequence, name: str) -> list:
    if isinstance(items, Records):
        return items.column(name)
    if isinstance(items, Pieces):
        return [value for records in items.parts() for value in column(records, name)]
    return [getattr(item, name) for item in items]
