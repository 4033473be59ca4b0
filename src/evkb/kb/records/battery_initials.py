"""Whose product a designation spells: a model name that opens with capital letters before a
hyphen, its number or a word and its number ("the QPS-Bus 155", "the QC-48 module", "QD 46T",
"the QES Home 12") is, in copy, the initials of its maker's name ("Quarry Power Systems",
"Quell Cells", "Quillan Dekko", "Quayside Energy Systems"). When exactly one company the
document names has initials those letters spell or begin, and the maker read from the
sentence has not, the product is that company's: the one the sentence named beside it was a
lender, a rival, a partner or a customer, and one the sentence left unknown is found."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from evkb.kb.records.company_forms import CONNECTORS, LEGAL_WORDS

_FORMS = LEGAL_WORDS | frozenset("Inc Ltd Corp Co Limited Corporation LLC Plc Group".split())
# The capitals a designation opens with, before a hyphen, a number, or a word and a number
# ("QPS-Bus 155", "QC48", "QES Home 12").
_LETTERS = re.compile(r"([A-Z]{2,4})(?:-|\s?\d|\s[A-Z][a-z]+\s?\d)")


def spelt_maker(
    name: str,
    maker: str,
    companies: Iterable[str],
    names: dict[str, str],
    unable: Callable[[str], bool],
) -> str:
    """The one company of `companies` (ids, shown as `names` gives) whose initials the letters
    opening `name` spell or begin, when `maker`'s do not; else "". A company `unable` says
    makes no batteries (a fund whose programme is "QF-BAT 2025") spells none."""
    letters = _LETTERS.match(name)
    if not letters:
        return ""
    spelt = letters.group(1)
    if maker and _initials(names.get(maker, "")).startswith(spelt):
        return ""
    owners = {ident for ident in companies if _initials(names.get(ident, "")).startswith(spelt)}
    return owners.pop() if len(owners) == 1 and not unable(next(iter(owners))) else ""


@functools.lru_cache(maxsize=4096)
def _initials(display: str) -> str:
    """The first letters of a name's capitalised words, less its legal form and its joining
    words ("Quarry Power Systems, Inc." -> "QPS", "Bank of Quell" -> "BQ"); "" for a name of
    one word, whose letters are no initials."""
    words = [
        w
        for w in re.findall(r"[^\W\d_][\w'’.&-]*", display)
        if w.rstrip(".,") not in _FORMS and w not in LEGAL_WORDS and w not in CONNECTORS
    ]
    capitals = [w[0] for w in words if w[0].isupper()]
    return "".join(capitals) if len(capitals) >= 2 else ""
