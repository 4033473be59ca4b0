"""Where each key and value of a TOML text starts, so a problem can name its line and column."""

from __future__ import annotations

import contextlib
import re
from bisect import bisect_right
from collections.abc import Iterable

import tomli

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
        # Positions only help messages; what was not reached falls back to its table.
        with contextlib.suppress(IndexError, ValueError, AttributeError, tomli.TOMLDecodeError):
            self._scan()

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
