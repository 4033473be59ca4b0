"""Joined rows of cached tables encode to the same bytes as the plain rows they stand for."""

from __future__ import annotations

from evkb.kb.columns import decode_tables, encode_tables, join_rows, slice_rows

HEADER = {"format": "test"}


def _columns(rows: list[tuple]):
    payload = memoryview(b"".join(encode_tables({"t": rows}, HEADER)))
    tables = decode_tables(payload, HEADER)
    assert tables is not None
    return tables["t"][1]


def test_whole_slices_partial_slices_and_lists_join_to_the_plain_rows_bytes() -> None:
    a = [("plain", 1, None), ("naïve — ünïcode", 2, [1, "x"])]
    b = [("ascii only", 3, {"k": "v"}), ("more", 4, 5.5), ("last", 5, "é")]
    c = [(f"row {n}", n, "ü" * (n % 3)) for n in range(100)]
    d = [("a list, not cached", 6, "")]
    read_c = _columns(c)
    read_c[3]  # some of its text decoded already
    pieces = [_columns(a), _columns(b), slice_rows(read_c, 10, 40), d, slice_rows(read_c, 0, 100)]
    joined = join_rows(pieces)
    plain = a + b + c[10:40] + d + c
    assert b"".join(encode_tables({"t": joined}, HEADER)) == b"".join(
        encode_tables({"t": plain}, HEADER)
    )
    again = _columns(list(joined))
    assert [again[i] for i in range(len(plain))] == plain


def test_a_small_table_reads_the_same_row_by_row_as_whole() -> None:
    rows = [(f"v{n}", n) for n in range(10)]
    read = _columns(rows)
    assert read[-1] == rows[-1]
    assert [read[i] for i in range(10)] == rows
    assert read.column(0) == [r[0] for r in rows]


def test_cached_rows_copy_as_the_bytes_they_read_from() -> None:
    import copy
    import pickle

    rows = [("naïve", 1), ("b", 2)]
    read = _columns(rows)
    read[0]  # some text decoded already
    for copied in (copy.deepcopy(read), pickle.loads(pickle.dumps(read))):
        assert [copied[i] for i in range(2)] == rows
        assert b"".join(encode_tables({"t": copied}, HEADER)) == b"".join(
            encode_tables({"t": rows}, HEADER)
        )
