"""Companies a document names by a term it defines: a filing's definitions ('"the Company" means
Arkon Storage plc', 'Vetra Cells Ltd (the "Issuer")', '"VTC" means Vetra Cells Ltd'), or a
party named in apposition to its role ("the claimant, Arkon Storage plc, ..."). A product
written after the term's possessive ("the Company's AX-90 cell", "the claimant's Home 8
battery") is that company's; a term defined as a company ("VTC") names no product."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.context import Sentence

# The possessive of a role just before a product's name: "the Company's ", "the defendant's
# home battery ".
_ROLE_BEFORE = re.compile(r"\b[Tt]he\s+(?P<role>[A-Za-z]{3,})['’]s\s+(?:[a-z][\w-]*\s+){0,2}$")
_OPENS = re.compile(r"[\"“'‘](?:[Tt]he\s+)?\Z")
_MEANS = re.compile(r"[\"”'’]\s+(?:means|refers\s+to)\s+(?:the\s+)?")
_BRACKET = re.compile(r",?\s*\((?:the\s+)?[\"“'‘](?:[Tt]he\s+)?(?P<term>[^\"”'’)]{1,40})[\"”'’]\)")
_APPOSED = re.compile(r",\s+")


def defined_company(term: str, sentences: Sequence[Sentence]) -> str:
    """The company a document defines `term` as ("Company", "defendant", "VTC"), or "" (the
    term as the document writes it: a definition keeps its capitals)."""
    quoted = (f'{term}"', f"{term}”", f"{term}'", f"{term}’", f"{term}, ")
    for sentence in sentences:
        text = sentence.text
        if not sentence.mentions or term not in text or not any(q in text for q in quoted):
            continue
        starts = {start: ident for ident, start, _ in sentence.mentions}
        at = text.find(term)
        while at >= 0:
            after = at + len(term)
            # '"the Company" means Arkon Storage plc', "the claimant, Arkon Storage plc,"
            means = _MEANS.match(text, after)
            if means and _OPENS.search(text, max(0, at - 6), at) and means.end() in starts:
                return starts[means.end()]
            # A role in apposition is a common noun: "The Fefafu, Acme Energy's first cell" is
            # a product set beside its maker.
            apposed = _APPOSED.match(text, after) if term[:1].islower() else None
            if (
                apposed
                and apposed.end() in starts
                and text[max(0, at - 4) : at] in ("the ", "The ")
            ):
                return starts[apposed.end()]
            at = text.find(term, after)
        for ident, _, end in sentence.mentions:
            # 'Vetra Cells Ltd (the "Issuer")'
            bracket = _BRACKET.match(text, end)
            if bracket and bracket.group("term") == term:
                return ident
    return ""


class Definitions:
    """`defined_company` of one document's sentences, each term read once: a product named in
    every sentence of a long document would otherwise have the document read again for each."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = sentences
        self._companies: dict[str, str] = {}

    def company(self, term: str) -> str:
        found = self._companies.get(term)
        if found is None:
            found = self._companies[term] = defined_company(term, self.sentences)
        return found


def role_owner(sentence: Sentence, at: int, definitions: Definitions) -> str:
    """The company a defined role written in the possessive just before `at` stands for ("the
    Company's SES-9 cell", "the defendant's Home 8 battery"), or ""."""
    if "s " not in sentence.text[max(0, at - 40) : at]:
        return ""
    role = _ROLE_BEFORE.search(sentence.text, max(0, at - 40), at)
    return definitions.company(role.group("role")) if role else ""


# "The ministry approved the plan of Arvo Cells, a joint venture of Peba Holding and Kelso Energy":
# the venture, named before its owners.
_VENTURE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:joint\s+venture|subsidiary|unit|venture)\s+"
    r"(?:of|between|owned\s+by|formed\s+by)\s+"
)


def venture_for(owner: str, sentences: Sequence[Sentence]) -> str:
    """The venture a sentence names `owner` an owner of ("Arvo Cells, a joint venture of Peba
    Holding and Kelso Energy"), the latest such, or ""."""
    for sentence in reversed(sentences):
        text = sentence.text
        if "venture" not in text and "subsidiary" not in text and " unit " not in text:
            continue
        if not any(m[0] == owner for m in sentence.mentions):
            continue
        for ident, _, end in sentence.mentions:
            venture = _VENTURE.match(sentence.text, end)
            if (
                venture
                and ident != owner
                and any(m[0] == owner and m[1] >= venture.end() for m in sentence.mentions)
            ):
                return ident
    return ""
