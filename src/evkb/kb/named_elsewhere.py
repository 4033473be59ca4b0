"""The companies a document names bare that another document of the collection names as one.

A document alone often gives no cue for the best-known names ("with Acme and Borel in front"),
where another of the collection calls them "the cell maker Acme" or "Borel Ltd". This step runs
over the merged company rows, after every document's own extraction, and reads no document
again: a company the extraction accepted on strong evidence (`qualifies`) is found, by its
exact written form between word boundaries, in the body passages of the documents that have
no record of it, and the company row cites there the sentence of its first bare mention.

A mention inside a longer capitalised run ("Acme Road", "Jane Acme", "Acme Model 3") is that
run's, not the company's, and so is a single word the document also writes in lower case
(`company_nameable.is_nameable`). Every document's passages are read in one scan for all the
names at once (one pattern, its alternatives grouped by their leading characters). The result
depends on the set of documents only, never on the order they were added in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from evkb.kb.company_keys import slug
from evkb.kb.extract import split_sentences
from evkb.kb.records import company_cues as cue
from evkb.kb.records.company_found import legal_name
from evkb.kb.records.company_nameable import is_nameable
from evkb.kb.records.context import country_of
from evkb.kb.store import row_positions, rows_of
from evkb.model import BODY, Citation, Company, column

_AT = row_positions(Company)
_ID, _KIND, _ALIASES, _NAME, _CITES = (
    _AT["id"],
    _AT["kind"],
    _AT["aliases"],
    _AT["name"],
    _AT["cites"],
)


def qualifies(row: tuple, documents: int) -> bool:
    """Whether a merged company row was accepted on evidence strong enough to spread: a kind
    read from the words around it, or a legal form in one of its names, or acceptance in two
    or more documents."""
    return (
        row[_KIND] != "other"
        or documents >= 2
        or any(legal_name(n) for n in (row[_NAME], *row[_ALIASES]))
    )


_GLUED = re.compile(r"[\w&.'’-]")


def _cited(cite: Any) -> str:
    return cite.source if isinstance(cite, Citation) else cite[0]


# A written form worth finding: it opens with a capital or a digit, and is no pair of capitals
# alone ("EU", "US": too many things are written so).
_FORM = re.compile(r"[A-Z0-9][\w&.'’-]*(?:\s[\w&.'’-]+)*")


def _forms(rows: Sequence[tuple], curated: AbstractSet[str]) -> dict[str, int]:
    """Each written form of a qualified company -> its row; a form two companies (or a curated
    one) could be is neither's."""
    owners: dict[str, set[int]] = {}
    for at, row in enumerate(rows):
        if not qualifies(row, len({_cited(c) for c in row[_CITES]})):
            continue
        name = row[_NAME]
        for form in (name, *row[_ALIASES]):
            # A public body's name opens with its place ("Varnholt" of "Varnholt Provincial
            # Department of ..."): that short form, or a place's name, is the body's only
            # where the text ties it there. A company's ("Acme" of "Acme Cells") is its own.
            opening = row[_KIND] == "government" and name.startswith(form + " ")
            if form != name and (opening or country_of(form)):
                continue
            if len(form) >= 3 and _FORM.fullmatch(form):
                owners.setdefault(form, set()).add(at)
    taken: dict[str, set[int]] = {}  # a name's key -> the rows any form of it names
    for form, ats in owners.items():
        taken.setdefault(slug(form), set()).update(ats)
    return {
        form: next(iter(ats))
        for form, ats in owners.items()
        if len(ats) == 1 and len(taken[slug(form)]) == 1 and slug(form) not in curated
    }


def _alternation(forms: Sequence[str]) -> str:
    """One pattern for many literal forms, grouped by their shared beginnings as a trie is, so
    the scan tries at a place only the forms that start with what stands there; a form that
    goes on is tried before the one that ends where it does."""
    groups: dict[str, list[str]] = {}
    ends = False
    for form in forms:
        if form:
            groups.setdefault(form[0], []).append(form)
        else:
            ends = True
    branches = []
    for _, members in sorted(groups.items()):
        if len(members) == 1:
            branches.append(re.escape(members[0]))
            continue
        low, high = min(members), max(members)  # what they share, all the others share
        shared = low[: next((i for i, (a, b) in enumerate(zip(low, high)) if a != b), len(low))]
        rest = _alternation(list(dict.fromkeys(m[len(shared) :] for m in members)))
        branches.append(re.escape(shared) + rest)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


# A capitalised word written just before a form, or any written just after: with it the form
# is part of a longer run ("Jane Acme", "Acme Road", "Acme Model 3"), the run's, not its own.
_CAPITAL_BEFORE = re.compile(r"([A-Z][\w&.'’-]*)[ \t]+$")
_CAPITAL_AFTER = re.compile(r"[ \t]+(?:[A-Z]|&)")
# Words that open a sentence before a name and are no part of it; "Plus", "Above" and "Once"
# may open a company's own name, so the name reader keeps them, but not before a known one.
_OPENING = cue.LEADING | cue.PREPOSITIONS | frozenset({"plus", "above", "once"})


def _bare(text: str, start: int, end: int, form: str, opening: Callable[[], int], plain) -> bool:
    """Whether the form at text[start:end] stands alone: no capitalised word joined to it
    after, nor before unless that word is a nationality ("Chinese Acme") or the sentence's
    first word, one written in lower case elsewhere ("Behind Acme"; `opening()` is where the
    sentence starts); and a single word is no word of English the document writes in lower
    case (`plain(word)`)."""
    if _CAPITAL_AFTER.match(text, end):
        return False
    before = _CAPITAL_BEFORE.search(text, max(0, start - 40), start)
    if before is not None:
        word = before.group(1).rstrip(".,")
        folded = word.casefold()
        at = opening()
        if not country_of(word) and before.start() >= at:  # (else the sentence before's)
            if cue.OPENERS.sub("", text[at : before.start()], count=1):
                return False  # inside the sentence: a longer run
            if folded not in _OPENING and not plain(folded):
                return False
    words = {w for w in (w.strip(".,").casefold() for w in form.split()) if w}
    return is_nameable(form, {w for w in words if plain(w)})


def named_bare(
    rows: list[tuple],
    sources: Sequence[str],
    passages: Sequence[Sequence],
    own: Sequence[Sequence[Company]],
    curated: AbstractSet[str] = frozenset(),
) -> list[tuple]:
    """Company rows, each qualified one citing too the documents (`sources`, with their
    `passages` and their `own` extracted companies) that name it bare and have no record of
    it: the sentence of its first such mention a document."""
    forms = _forms(rows, curated)
    if not forms:
        return rows
    # No look-behind before the forms: `re` then jumps to their first characters.
    scan = re.compile(_alternation(list(forms)) + r"(?![\w&-])")
    cited_in = {at: {_cited(c) for c in rows[at][_CITES]} for at in set(forms.values())}
    added: dict[int, list[tuple]] = {}
    for source, document, companies in zip(sources, passages, own, strict=True):
        if not document:
            continue
        known = {
            slug(t) for row in rows_of(companies) for t in (row[_ID], row[_NAME], *row[_ALIASES])
        }
        named: set[int] = set()
        kinds, texts = column(document, "kind"), column(document, "text")
        body = [i for i, kind in enumerate(kinds) if kind == BODY]
        plain = _Plain(texts, body)
        ids: list[str] | None = None
        starts: list[int] = []
        for index in body:
            text = texts[index]
            spans: list[tuple[int, int]] = []
            for match in scan.finditer(text):
                form, start = match.group(), match.start()
                at = forms[form]
                if at in named or source in cited_in[at] or slug(form) in known:
                    continue
                if slug(rows[at][_ID]) in known or (start and _GLUED.match(text, start - 1)):
                    continue  # (the end of a longer word)
                spans = spans or split_sentences(text)

                def opening(spans=spans, start=start) -> int:
                    return next((a for a, b in spans if a <= start < b), 0)

                if not _bare(text, start, match.end(), form, opening, plain):
                    continue
                at_sentence = next(((a, b) for a, b in spans if a <= start < b), None)
                if at_sentence is None:
                    continue
                if ids is None:
                    ids, starts = column(document, "id"), column(document, "start")
                a, b = at_sentence
                passage, offset = ids[index], starts[index]
                # a citation's row (`store.rows_of`), made directly: thousands are made
                cite = (source, text[a:b], passage, offset + a, offset + b)
                named.add(at)
                added.setdefault(at, []).append(cite)
    return with_cites(rows, added)


def with_cites(rows: list[tuple], added: dict[int, list]) -> list[tuple]:
    """`rows` with the citation rows `added` (by row position) after each row's own."""
    if not added:
        return rows
    out = list(rows)
    for at, cites in added.items():
        grown = [*rows[at]]
        grown[_CITES] = (*grown[_CITES], *cites)
        out[at] = tuple(grown)
    return out


class _Plain:
    """Whether a document writes a word in lower case in its body, read when first asked."""

    def __init__(self, texts: Sequence[str], body: list[int]) -> None:
        self.texts, self.body = texts, body
        self.joined = ""
        self.said: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        said = self.said.get(word)
        if said is None:
            self.joined = self.joined or "\n".join(self.texts[i] for i in self.body)
            said = self.said[word] = _written(word, self.joined)
        return said


def _written(word: str, text: str) -> bool:
    """Whether `word` stands in `text` as a whole word, as written (a string find: most words
    asked are not there, and a find passes over the text once, where a pattern that opens
    with a look-behind is tried at every character)."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if not (at and _WORD_PART.match(text, at - 1)) and not _WORD_PART.match(text, end):
            return True
        at = text.find(word, at + 1)
    return False


_WORD_PART = re.compile(r"[\w'’-]")
