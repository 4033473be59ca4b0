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
from collections.abc import Sequence
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
            # A public body's name opens with its place ("Hubei" of "Hubei Provincial
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
    """One pattern for many literal forms, grouped by their characters as a trie is, so the
    scan tries at a place only the forms that start with what stands there."""
    trie: dict = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(c) + pattern(n) for c, n in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            # longest first: a form that goes on is tried before the one that ends here
            return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
        return body

    return pattern(trie)


# A capitalised word written just before a form, or any written just after: with it the form
# is part of a longer run ("Jane Acme", "Acme Road", "Acme Model 3"), the run's, not its own.
_CAPITAL_BEFORE = re.compile(r"([A-Z][\w&.'’-]*)[ \t]+$")
_CAPITAL_AFTER = re.compile(r"[ \t]+(?:[A-Z]|&)")
_PLAIN_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
# Words that open a sentence before a name and are no part of it.
_OPENING = (
    cue.LEADING
    | cue.PREPOSITIONS
    | frozenset(
        """behind ahead alongside against beside around above below toward towards except plus
        including excluding versus upon within once unless""".split()
    )
)


def _bare(text: str, start: int, end: int, form: str, opening: int, plain: set[str]) -> bool:
    """Whether the form at text[start:end] stands alone: no capitalised word joined to it
    after, nor before unless that word is a nationality ("Chinese Acme") or the sentence's
    first word, one written in lower case elsewhere ("Behind Acme"; `opening` is where the
    sentence starts); and a single word is no word of English the document writes in lower
    case (`plain`)."""
    before = _CAPITAL_BEFORE.search(text, max(opening, start - 40), start)
    if before is not None:
        word = before.group(1).rstrip(".,")
        first = not cue.OPENERS.sub("", text[opening : before.start()], count=1).strip()
        folded = word.casefold()
        if not country_of(word) and not (first and (folded in _OPENING or folded in plain)):
            return False
    if _CAPITAL_AFTER.match(text, end):
        return False
    return is_nameable(form, plain)


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
    added: dict[int, list[tuple]] = {}
    for source, document, companies in zip(sources, passages, own, strict=True):
        if not document:
            continue
        known = {
            slug(t) for row in rows_of(companies) for t in (row[_ID], row[_NAME], *row[_ALIASES])
        }
        named: set[int] = set()
        plain: set[str] | None = None  # the words the document writes in lower case
        kinds, texts = column(document, "kind"), column(document, "text")
        for index, (kind, text) in enumerate(zip(kinds, texts, strict=True)):
            if kind != BODY:
                continue
            for match in scan.finditer(text):
                form = match.group()
                at = forms[form]
                if at in named or slug(form) in known or slug(rows[at][_ID]) in known:
                    continue
                if any(_cited(c) == source for c in rows[at][_CITES]):
                    continue
                start = match.start()
                if start and _GLUED.match(text, start - 1):
                    continue  # the end of a longer word
                cite = _sentence(document[index], start)
                if plain is None:
                    body = (t for k, t in zip(kinds, texts, strict=True) if k == BODY)
                    plain = set(_PLAIN_WORD.findall("\n".join(body)))
                opening = cite.start - document[index].start if cite else 0
                if cite is None or not _bare(text, start, match.end(), form, opening, plain):
                    continue
                named.add(at)
                added.setdefault(at, []).append(rows_of([cite])[0])

    if not added:
        return rows
    out = list(rows)
    for at, cites in added.items():
        grown = [*rows[at]]
        grown[_CITES] = (*grown[_CITES], *cites)
        out[at] = tuple(grown)
    return out


def _sentence(passage: Any, at: int) -> Citation | None:
    """The citation of the sentence of a passage that holds the passage's character `at`."""
    where = passage.start + at
    for start, end in split_sentences(passage.text, passage.start):
        if start <= where < end:
            text = passage.text[start - passage.start : end - passage.start]
            return Citation(passage.source, text, passage.id, start, end)
    return None
