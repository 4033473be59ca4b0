"""Names a sentence lists together: a name coordinated with a company is a company.

"Ostkel, Varnholt Energy and Pemric supplied most of the cells", "a supplier to Varnholt
Motors, Zoltra and Tavisk": copy lists like with like, so a bare name in a list ("A, B and C",
"A and B", "A or B") that holds a company (a name the text describes as one on its own
evidence, or a known company) names a company too. A list is only such when its last joint is
"and" or "or": "In Quillane, Ostkel said" joins a place to a company with a comma alone.
A name that is a place or a row label, or that the text vetoes, gains nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records import company_cues as cue
from evkb.kb.records.company_found import Found
from evkb.kb.records.company_general import general
from evkb.kb.records.company_records import accepted
from evkb.kb.records.context import PLACE_WORDS, Sentence, country_of

# What stands between two names of one list: a comma, "and", "or", or a comma and either.
_JOINT = re.compile(
    r"(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
    # "Korea's SK On, China's CATL and Japan's Panasonic": each name after its country's
    r"(?:(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+)?"
)
_OWNED = re.compile(r"['’]s\s")


class Lists:
    """The lists of names a document's sentences write, read name by name in their order."""

    def __init__(self) -> None:
        self._groups: list[tuple[list[str], bool, int]] = []  # names, a known one in it, sentence
        self._text = ""
        self._known: list[tuple[int, int]] = []
        # the open list: where its last name ends, its names, whether a known company is one of
        # them, whether its last joint is "and" or "or"
        self._last: tuple[int, list[str], bool, bool] | None = None
        self._index = 0
        self.spans: list[tuple[int, int, int, str]] = []  # (sentence, start, end, key)

    def sentence(self, text: str, known: list[tuple[str, int, int]], index: int = -1) -> None:
        """A new sentence (`index` its number), with the spans of the known companies it
        names."""
        self._close()
        self._text, self._known = text, [(s, e) for _, s, e in known]
        self.spans += [(index, s, e, "") for s, e in self._known]

    def name(self, start: int, end: int, key: str, index: int) -> None:
        """A name found at `start:end` of the sentence, `index` the sentence's."""
        if _OWNED.match(self._text, end) and _is_place(self._text[start:end]):
            return  # "China's" before the name it places: no name of the list
        self.spans.append((index, start, end, key))
        if key[:1].isdigit():
            self._close()  # "up from 71kWh, and Ostkel quotes": a figure lists no names
            return
        before = self._last
        known_end = max((e for _, e in self._known if e <= start), default=-1)
        if before is not None and known_end > before[0]:
            self._close()  # a known name stands between: it opens the list again
            before = None
        if before is not None and self._joined(before[0], start):
            _, names, known, _ = before
            self._last = (end, [*names, key], known, self._anded(before[0], start))
        elif known_end >= 0 and before is None and self._joined(known_end, start):
            self._last = (end, [key], True, self._anded(known_end, start))
        else:
            self._close()
            self._last = (end, [key], False, False)
        self._index = index

    def spread(
        self,
        found: dict[str, Found],
        sentences: Sequence[Sentence] = (),
        plain: set[str] | None = None,
    ) -> None:
        """Gives each listed name a list's company as its cue, once every sentence is read;
        then a name still with no cue the role its clause gives it (`company_general.py`)."""
        self._close()
        own = {key for key, entry in found.items() if accepted(entry) is not None}
        for names, known, index in self._groups:
            if not known and not any(name in own for name in names):
                continue
            for key in names:
                entry = found.get(key)
                if entry is None or key in own or entry.vetoes:
                    continue
                if country_of(entry.name) or entry.name.casefold() in PLACE_WORDS:
                    continue
                if entry.name.casefold() in cue.ROW_LABELS:
                    continue
                entry.strong.append(("listed with a company", 0.65, index))
        if sentences:
            general(found, sentences, self.spans, plain or set())

    def _joined(self, end: int, start: int) -> bool:
        joint = _JOINT.fullmatch(self._text, end, start)
        return joint is not None and (not joint["owner"] or _is_place(joint["owner"]))

    def _anded(self, end: int, start: int) -> bool:
        between = self._text[end:start]
        return " and " in between or " or " in between

    def _close(self) -> None:
        last, self._last = self._last, None
        if last is None:
            return
        end, names, known, anded = last
        # "Ostkel and KnownCo": a known company closes the list
        after = min((s for s, _ in self._known if s >= end), default=-1)
        if after >= 0 and self._joined(end, after):
            known, anded = True, self._anded(end, after)
        # the last joint says whether it was a list: "A, B and C", never "In A, B said"
        if anded and (len(names) > 1 or known):
            self._groups.append((names, known, self._index))


def _is_place(name: str) -> bool:
    return bool(country_of(name)) or name.casefold() in PLACE_WORDS
