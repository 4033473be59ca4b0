"""Body sentences as every record rule reads them: their text, figures and named companies."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from evkb.kb.extract import extract_quantities, split_sentences
from evkb.kb.extract.numbers import writes_continental
from evkb.kb.records.company_forms import LEGAL_WORDS
from evkb.model import BODY, HEADING, Citation, Claim, Passage, Quantity


@dataclass(slots=True)
class Sentence:
    """One sentence of a body passage; offsets absolute, `text[s - start]` is the source text."""

    passage: Passage
    start: int
    end: int
    text: str
    quantities: list[Quantity]
    index: int  # position among the document's body sentences
    first_in_passage: bool
    mentions: list[tuple[str, int, int]] = field(
        default_factory=list
    )  # (company id, start, end), local

    def cite(self, source: str) -> Citation:
        return Citation(source, self.text, self.passage.id, self.start, self.end)

    def local(self, quantity: Quantity) -> tuple[int, int]:
        return quantity.start - self.start, quantity.end - self.start


def _figures_of_claims(claims: Sequence[Claim]) -> dict[str, list[Quantity]]:
    """Each passage's figures as the claims stage read them, `equivalent` indexing the list."""
    figures: dict[str, list[Quantity]] = {}
    for claim in claims:
        own = figures.setdefault(claim.passage, [])
        base = len(own)
        own += [
            q if q.equivalent == -1 else replace(q, equivalent=q.equivalent + base)
            for q in claim.quantities
        ]
    return figures


# The longest sentence the record rules read, in characters. Prose stops long before (news
# copy's longest run near 600); a longer run is a list or a dump with no full stop, and rules
# that look back over a sentence would read it once for every name in it.
LONGEST_SENTENCE = 2_000
# The most entry headings (`is_entry_heading`) a document's sentences take in: each is looked
# for in the whole text, and a directory of thousands is no news copy.
MOST_ENTRY_HEADINGS = 200


def body_sentences(
    passages: Sequence[Passage], claims: Sequence[Claim] | None = None
) -> list[Sentence]:
    """The sentences of body passages only: captions, boilerplate and unrelated lists never
    make records, and headings restate the body without its context.

    `claims` of the same passages, when given, save reading every figure a second time."""
    figures = _figures_of_claims(claims) if claims is not None else None
    continental = figures is None and writes_continental("\n".join(p.text for p in passages))
    sentences: list[Sentence] = []
    opening = True  # no body passage yet: the title's place
    entries = 0  # the entry headings read so far
    joined = ""  # every passage's text, made for the first entry heading
    for passage in passages:
        title = opening and is_call_title(passage)
        opening = opening and passage.kind != BODY
        entry = False
        if not title and entries < MOST_ENTRY_HEADINGS and is_entry_heading(passage):
            entries += 1
            joined = joined or "\0".join(p.text for p in passages)
            # (a heading the document writes again is a running head: page furniture)
            entry = joined.count(passage.text) == 1
        if passage.kind != BODY and not title and not entry:
            continue
        if figures is None:
            quantities = extract_quantities(passage.text, passage.start, continental)
        else:
            quantities = figures.get(passage.id, [])
        if entry and quantities:
            continue  # a headline's figures restate the body's, rounded
        first_sentence = True
        at = 0
        for start, end in _joined(split_sentences(passage.text, passage.start), passage):
            own = []
            first = at
            while at < len(quantities) and quantities[at].start < end:
                at += 1
            for q in quantities[first:at]:
                # `equivalent` indexes the passage's figures; a sentence's records use its own.
                local = q.equivalent - first if q.equivalent != -1 else -1
                own.append(
                    q
                    if local == q.equivalent
                    else replace(q, equivalent=local if 0 <= local < at - first else -1)
                )
            if title:
                end = start + _title_name_end(passage.text)
            text = passage.text[start - passage.start : end - passage.start]
            if len(text) > LONGEST_SENTENCE:
                continue  # no sentence of prose: a run of words with no stop in it
            sentences.append(
                Sentence(passage, start, end, text, own, len(sentences), first_sentence)
            )
            first_sentence = False
    return sentences


# "Acme Motors (ACME) Q3 2026 Earnings Call Transcript": a call's title names whose call it is,
# the one place a transcript may name its own company ("we" everywhere else).
_CALL_TITLE = re.compile(r"\b(?:earnings|conference|investor|analyst)\s+call\b", re.I)


def is_call_title(passage: Passage) -> bool:
    """Whether a heading is the title of a call's transcript."""
    return passage.kind == HEADING and _CALL_TITLE.search(passage.text) is not None


# A legal form written as a word of its own ("Ltd", "L.L.C.", "GmbH"): the mark of a company's
# full name, which a heading gives when it heads what follows (a directory's or an exhibitor
# list's entry, a filing's cover) and the body then calls the company by its short name.
_LEGAL_WORD = re.compile(
    r"(?<![\w.])(?:Co\.,?\s+Ltd|Inc|Corp|Ltd|Limited|LLC|"
    + "|".join(sorted((re.escape(w) for w in LEGAL_WORDS if len(w) > 2), key=len, reverse=True))
    + r")(?![\w])(?!\s+[A-Z])"
)
# A line of page furniture written as a heading: a running head's or a footer's parts
# ("Annual Report | Acme Ltd | 13"), an address, who organised or sponsored the page.
_FURNITURE_MARK = re.compile(r"[|·@]|www\.|\b(?:by|SOURCE)\b|^For\b", re.I)


# A list's entry number before what it lists: a stand's, a lot's ("B07 - ", "12 – ").
_ENTRY_CODE = re.compile(r"[A-Z]{0,2}\d{1,4}[A-Za-z]?\s+[-–]\s+[A-Z]")


def is_entry_heading(passage: Passage) -> bool:
    """Whether a heading names a company by its full name, with its legal form, or heads a
    list's numbered entry, and says nothing but where it stands ("C11 - Acme Solar L.L.C.
    (Nis)", "Acme Lithium Ltd", "C24 - Acme Bank")."""
    return (
        passage.kind == HEADING
        and len(passage.text) < 120
        and (
            _LEGAL_WORD.search(passage.text) is not None
            or _ENTRY_CODE.match(passage.text) is not None
        )
        and _FURNITURE_MARK.search(passage.text) is None
    )


# Where the name and ticker of a call's title end: the period and the words of the call.
_TITLE_REST = re.compile(
    r"\s+(?:Q[1-4]|[1-4]Q|H[12]|FY|\d{4}|fiscal|first|second|third|fourth|full|half|annual|"
    r"earnings|conference|investor|analyst)\b",
    re.I,
)


def _title_name_end(title: str) -> int:
    """The length of a call's title that names the company: "Acme Motors (ACME)" of "Acme Motors
    (ACME) Q3 2026 Earnings Call Transcript"; the rest is read by no record."""
    rest = _TITLE_REST.search(title)
    return rest.start() if rest else len(title)


_SUFFIX_END = re.compile(r"\b(?:Co|Inc|Corp|Ltd|Bros|Pte|Pvt|Pty)\.$")
# The suffix is looked for in the last characters before a split only (the pattern still sees
# the character before them for its word edge): searched from the passage's start, each split
# scanned the text before it again, quadratic in a passage of thousands of sentences.
_SUFFIX_REACH = 8


def _joined(spans: list[tuple[int, int]], passage: Passage) -> list[tuple[int, int]]:
    """Sentence spans with a split after a corporate suffix ("... Co. Limited") undone."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        split = out[-1][1] - passage.start if out else 0
        if out and _SUFFIX_END.search(passage.text, max(0, split - _SUFFIX_REACH), split):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def restates(quantities: Sequence[Quantity], index: int) -> bool:
    """True for the second figure of a pair that states one value twice ("$1 billion (150
    billion yen)", "600 miles (965 km)"): records keep the first as the value."""
    return -1 < quantities[index].equivalent < index
