"""Records proposed from a document's body: companies, shares, battery generations, investments.

`extract_records` reads one document's passages with the curated records as a lexicon and
returns what it proposes, each record with `origin = "extracted"`, a confidence, the rule that
made it and a citation of the exact sentence. Ids are stable across builds: companies and
batteries by their normalised names (the same company in two documents is one record), shares,
investments and plants by source, holder and figure. `kb.merge.merge_records` folds the
records of every document into the knowledge base, curated records first.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from evkb.kb.extract import NameMatcher
from evkb.kb.extract import text as extract_text
from evkb.kb.extract.gates import word_edge
from evkb.kb.records.batteries import extract_batteries
from evkb.kb.records.battery_columns import column_products
from evkb.kb.records.battery_funded import funded_companies
from evkb.kb.records.battery_general import general_products
from evkb.kb.records.battery_named_specs import named_specs
from evkb.kb.records.battery_roadmaps import roadmap_rows
from evkb.kb.records.companies import (
    company_records,
    described_by_references,
    discover,
    name_key,
)
from evkb.kb.records.company_found import Found
from evkb.kb.records.company_made import kinds_by_products
from evkb.kb.records.company_names import plain_words
from evkb.kb.records.company_roles import kinds_by_grants, kinds_by_role
from evkb.kb.records.company_tables import company_cells, table_titles
from evkb.kb.records.context import (
    PLACE_WORDS,
    Known,
    Resolver,
    anaphors,
    body_sentences,
    country_of,
)
from evkb.kb.records.investments import extract_investments
from evkb.kb.records.periods import article_date, dates
from evkb.kb.records.share_fallback import RULE as FALLBACK_RULE
from evkb.kb.records.shares import extract_shares
from evkb.model import (
    HEADING,
    Battery,
    Claim,
    Company,
    Investment,
    Passage,
    PassageContext,
    Share,
)

__all__ = ["Extracted", "Lexicon", "RememberedFinds", "extract_records"]

_SUFFIX_AFTER = re.compile(
    r"(?:,?\s+(?:Motor|Motors|Co|Corp|Inc|Ltd|Group|Holdings|Corporation|Limited|Plc|LLC|AG|SE)\b\.?)+"
)


class RememberedFinds:
    """A name matcher that remembers what it found in each text until `forget()`: the claims
    stage and the records stage look for the same known names in the same passages."""

    def __init__(self, matcher: NameMatcher):
        self._matcher = matcher
        self._found: dict[str, list[tuple[str, int, int]]] = {}

    def __bool__(self) -> bool:
        return bool(self._matcher)

    def find(self, text: str) -> list[tuple[str, int, int]]:
        found = self._found.get(text)
        if found is None:
            found = self._found[text] = self._matcher.find(text)
        return found

    def forget(self) -> None:
        self._found.clear()


@dataclass
class Lexicon:
    """What is already known: the curated companies (names, kinds, countries). `matcher` may be
    given (the build's, shared with the claims stage); else one is made from the names."""

    companies: Sequence[Company]
    matcher: NameMatcher | RememberedFinds | None = None
    keys: dict[str, str] = field(init=False)
    names: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        names: dict[str, str] = {}
        self.keys = {}
        self.names = frozenset(n for c in self.companies for n in c.names)
        for company in self.companies:
            for name in company.names:
                names.setdefault(name, company.id)
                self.keys.setdefault(name_key(name), company.id)
        if self.matcher is None:
            self.matcher = NameMatcher(names)


@dataclass
class Extracted:
    companies: list[Company] = field(default_factory=list)
    shares: Sequence[Share] = field(default_factory=list)
    batteries: list[Battery] = field(default_factory=list)
    investments: Sequence[Investment] = field(default_factory=list)
    contexts: list[PassageContext] = field(default_factory=list)


def _mentions(matcher: NameMatcher | RememberedFinds, text: str) -> list[tuple[str, int, int]]:
    """Names found, each stretched over a corporate suffix that follows ("Acme Motor Co.")."""
    found = []
    for ident, start, end in matcher.find(text):
        tail = _SUFFIX_AFTER.match(text, end)
        found.append((ident, start, tail.end() if tail else end))
    return found


def _mentions_by_sentence(
    matcher: NameMatcher | RememberedFinds, sentences
) -> list[list[tuple[str, int, int]]]:
    """Known names of each sentence (offsets local to it), found a passage at a time."""
    out: list[list[tuple[str, int, int]]] = [[] for _ in sentences]
    if not matcher:
        return out
    by_passage: dict[str, list] = {}
    for sentence in sentences:
        by_passage.setdefault(sentence.passage.id, []).append(sentence)
    for group in by_passage.values():
        passage = group[0].passage
        found = _mentions(matcher, passage.text)  # in the text's order, none overlapping
        starts = [s for _, s, _ in found]
        for sentence in group:
            low, high = sentence.start - passage.start, sentence.end - passage.start
            # Only the names starting inside the sentence are looked at: a passage of
            # thousands of sentences is not scanned whole for each.
            first, last = bisect_left(starts, low), bisect_left(starts, high)
            out[sentence.index] = [
                (i, s - low, e - low) for i, s, e in found[first:last] if e <= high
            ]
    return out


def extract_records(
    source: str,
    passages: Sequence[Passage],
    lexicon: Lexicon,
    claims: Sequence[Claim] | None = None,
    published: str = "",
    added: str = "",
) -> Extracted:
    """What one document proposes; `claims` (the claims stage's output for the same passages)
    spare reading the figures again; `published` (sources.toml's ISO date, when known) is when
    the document was written, else its text's dateline says; `added` (the day `evkb add` put it
    in, when known) bounds a dateline that names its day and not its year."""
    sentences = body_sentences(passages, claims)
    # Only the document's first characters are read for records (`RECORDS_READ_CHARS`).
    starts = [sentence.start for sentence in sentences]
    del sentences[bisect_left(starts, extract_text.RECORDS_READ_CHARS) :]
    out = Extracted()
    if not sentences:
        return out
    assert lexicon.matcher is not None  # made in __post_init__ when not given
    known = _mentions_by_sentence(lexicon.matcher, sentences)
    plain = plain_words(sentences)  # the names found and their short forms both ask it
    found = _first_named(discover(sentences, known, plain, company_cells(passages)))
    known_as: dict[str, str] = {}
    present = {ident for mentions in known for ident, _, _ in mentions}
    firsts: dict[str, set[str]] = {}
    for company in lexicon.companies:
        if company.id in present:
            for name in company.names:
                if " " in name:
                    firsts.setdefault(name_key(name.split()[0]), set()).add(company.id)
    for key in list(found):
        entry = found[key]
        same = lexicon.keys.get(key) or next(
            (lexicon.keys[name_key(a)] for a in entry.aliases if name_key(a) in lexicon.keys), None
        )
        if not same and " " not in key and len(firsts.get(key, ())) == 1:
            same = next(iter(firsts[key]))  # "Kugofodon" in a text naming "Kugofodon Power"
        if same:  # a curated company under another spelling ("Acme Motor Co.", "... (ACME)")
            known_as.update({v: same for v in entry.variants})
            del found[key]
    companies, names = company_records(source, sentences, found, set())
    names.update(known_as)
    forms = _short_forms(sentences, lexicon, companies, known, plain)
    names.update(forms)
    # "Lasema" for "Lasema Energy Solution Co.": the short form is one of its names.
    companies = [
        replace(c, aliases=(*c.aliases, *(w for w, i in forms.items() if i == c.id)))
        if c.id in forms.values()
        else c
        for c in companies
    ]
    out.companies = companies

    # The curated names were found already; only the document's own names are looked for again,
    # so the cost of a document does not grow with the lexicon.
    own = _mentions_by_sentence(NameMatcher(names), sentences)
    for sentence, mentions, extra in zip(sentences, known, own):
        sentence.mentions = sorted(
            [
                *mentions,
                *(m for m in extra if not any(s < m[2] and m[1] < e for _, s, e in mentions)),
            ],
            key=lambda m: m[1],
        )

    def is_name(text: str) -> bool:
        return text in names or text in lexicon.names

    known_companies = {c.id: Known(c.id, c.kind, c.country) for c in lexicon.companies}
    known_companies.update(
        {c.id: Known(c.id, c.kind, c.country, c.rule == "maker of a vehicle") for c in companies}
    )
    display = {c.id: c.name for c in lexicon.companies} | {c.id: c.name for c in companies}
    resolver = Resolver(sentences, known_companies)
    out.companies = described_by_references(out.companies, sentences, resolver.resolve)
    out.companies = kinds_by_products(out.companies, sentences)
    written = article_date(passages, published, sentences, added)
    out.shares = extract_shares(source, sentences, resolver, display, written, passages)
    titles = table_titles(passages)
    # A holder the general path guessed says nothing of what the company is.
    held = [s for s in out.shares if s.rule != FALLBACK_RULE]
    out.companies = kinds_by_role(out.companies, held, sentences, titles)
    headings = {p.id: p.text for p in passages if p.kind == HEADING}
    # The money read first: a lender's or a ministry's product is the company it pays for's.
    out.investments = extract_investments(
        source, sentences, resolver, is_name, list(headings.values())
    )
    funded = funded_companies(out.investments)
    out.batteries = extract_batteries(
        source, sentences, resolver, display, written, headings, funded
    )
    out.batteries = column_products(out.batteries, source, passages, display)
    out.batteries = general_products(out.batteries, source, sentences, resolver, display, written)
    out.batteries = roadmap_rows(out.batteries, source, sentences, display, written)
    out.batteries = named_specs(out.batteries, source, sentences, written)
    out.companies = kinds_by_grants(out.companies, out.investments)
    out.contexts = _contexts(sentences, resolver, out.shares)
    return out


# The most organisation-like names one document's records are made from. News copy names
# a few dozen at most (the longest list in the test corpora, classified adverts, 41); a
# document naming thousands is a directory or a dump, and the rules that compare each name
# with the others and look for each in every sentence would take time growing with the
# square of its length. The first named are kept.
MOST_NAMES = 1_000


def _first_named(found: dict[str, Found]) -> dict[str, Found]:
    """The `MOST_NAMES` names the document names first, in their order in `found`."""
    if len(found) <= MOST_NAMES:
        return found

    def first(key: str) -> tuple[bool, int]:
        evidence = found[key].strong + found[key].weak  # names with none come last
        return not evidence, min((i for _, _, i in evidence), default=0)

    kept = set(sorted(found, key=first)[:MOST_NAMES])
    return {key: entry for key, entry in found.items() if key in kept}


def _short_forms(
    sentences, lexicon: Lexicon, companies: list[Company], known, plain: set[str]
) -> dict[str, str]:
    """First words that stand for a company named in full elsewhere ("Lasema" for "Lasema
    Energy Solution Co."): only when one company of the document starts with that word, the
    document uses the word alone, capitalised, and never writes it in lower case (not even in
    "solid-state")."""
    present = {ident for mentions in known for ident, _, _ in mentions}
    full = [c for c in lexicon.companies if c.id in present] + companies
    text = "\n".join(s.text for s in sentences)
    lower = set(plain)  # with each part of a hyphened word ("solid" of "solid-state")
    lower.update(part for w in plain if "-" in w for part in w.split("-"))
    firsts: dict[str, set[str]] = {}
    seconds: dict[str, set[str]] = {}
    # "Marbury County Council": a public body's first word is its place, never its short form.
    for company in (c for c in full if c.kind != "government"):
        for name in company.names:
            words = name.split()
            if len(words) > 1 and len(words[0]) >= 4 and words[0][0].isupper():
                firsts.setdefault(words[0], set()).add(company.id)
                seconds.setdefault(words[0], set()).add(words[1])
    taken = {n for c in full for n in c.names}
    placed: set[str] | None = None  # read only when a word gets that far: a costly pattern
    forms = {}
    for word, ids in firsts.items():
        if (
            len(ids) != 1
            or word in taken
            or word.lower() in lower
            or country_of(word)
            or word.lower() in PLACE_WORDS
        ):
            continue
        if _may_be_placed(word, text):
            if placed is None:
                placed = {w for found in _PLACED.findall(text) for w in found if w}
            if word in placed:
                continue  # a word the text uses as a place ("near Marbury") is not a name
        if _alone(word, seconds[word], text):
            forms[word] = next(iter(ids))
    return forms


def _alone(word: str, seconds: set[str], text: str) -> bool:
    """Whether the text writes `word` as a word of its own not followed by any of `seconds`
    (after an apostrophe or spaces): what `\\bWORD\\b(?!['’]?\\s*(?:SECOND|...)\\b)` finds,
    read with string tests rather than a pattern compiled for each company's word."""
    size = len(text)
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if word_edge(text, at) and word_edge(text, end):
            after = [end + 1, end] if text[end : end + 1] in ("'", "’") else [end]
            if not any(_second_at(text, _spaces_end(text, p, size), seconds) for p in after):
                return True
        at = text.find(word, at + 1)
    return False


def _spaces_end(text: str, at: int, size: int) -> int:
    while at < size and text[at].isspace():
        at += 1
    return at


def _second_at(text: str, at: int, seconds: set[str]) -> bool:
    return any(text.startswith(s, at) and word_edge(text, at + len(s)) for s in seconds)


# "near Marbury", "the city of Marbury", "Tillman County": the word is a place's name.
_PLACED = re.compile(
    # "in Lanxiu, Jiangxi.": the town's province or state after it is a place too
    r"\bin\s+[A-Z][\w'’-]*,\s+([A-Z][\w'’-]*)(?=\s*(?:[.,;:)]|$|\s+(?:and|in|on|at|for|to|"
    r"with|from|by|near)\b))|"
    r"\b(?:in|near|outside|downtown|around|(?:city|town|village|county|municipality|district|"
    r"province|state|region)\s+of)\s+([A-Z][\w'’-]*)|\b([A-Z][\w'’-]*)(?=\s+(?:County|City|"
    r"Township|Parish|Province|Prefecture|District)\b)"
)


# What stands before a word `_PLACED` reads as a place ("in", "near", "the city of", "Lanxiu,"),
# and after one ("Tillman County").
_PLACE_LEADS = ("in", "near", "outside", "downtown", "around", "of", ",")
_PLACE_HEADS = ("County", "City", "Township", "Parish", "Province", "Prefecture", "District")


def _may_be_placed(word: str, text: str) -> bool:
    """False when no match of `_PLACED` in the text can read `word` as a place: no place of the
    word has one of `_PLACE_LEADS` and spaces before it nor spaces and one of `_PLACE_HEADS`
    after it. Most first words of names stand nowhere so, and the pattern, which tries every
    character of the whole text, is then not run at all."""
    size = len(text)
    at = text.find(word)
    while at >= 0:
        before = at
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if before < at and text.endswith(_PLACE_LEADS, 0, before):
            return True
        end = after = at + len(word)
        while after < size and text[after].isspace():
            after += 1
        if after > end and text.startswith(_PLACE_HEADS, after):
            return True
        at = text.find(word, at + 1)
    return False


def _contexts(sentences, resolver: Resolver, shares: list[Share]) -> list[PassageContext]:
    """Per passage, the companies its references resolve to and the periods it speaks of."""
    companies: dict[str, list[str]] = {}
    periods: dict[str, list[str]] = {}
    for sentence in sentences:
        if sentence.mentions:
            continue  # a passage that names its company needs no help to be found
        for match in anaphors(sentence.text):
            resolved = resolver.resolve(sentence, match)
            if resolved:
                companies.setdefault(sentence.passage.id, []).append(resolved)
                break
    for sentence in sentences:
        if sentence.passage.id in companies:
            for _, period in dates(sentence):
                periods.setdefault(sentence.passage.id, []).append(period)
    for share in shares:
        if share.holder and share.rule == "share: resolved holder":
            companies.setdefault(share.cite.passage, []).append(share.holder)
        if share.as_of:
            periods.setdefault(share.cite.passage, []).append(share.as_of)
    order = list(dict.fromkeys(s.passage.id for s in sentences))
    return [
        PassageContext(
            pid,
            tuple(dict.fromkeys(companies.get(pid, ()))),
            tuple(dict.fromkeys(periods.get(pid, ()))),
        )
        for pid in order
        if companies.get(pid)
    ]
