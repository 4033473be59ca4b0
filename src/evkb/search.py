"""Passage search that answers as you type: typos, synonyms, spellings and numbers, ranked.

Two stages. A tantivy index (the Rust engine's Python bindings) finds a few hundred candidate
passages: each query word matches exactly, by its stem, or fuzzily (Levenshtein automata,
transpositions counted once); synonyms taken from the knowledge base (company aliases, term
aliases, unit words) match as phrases. The candidates are then rescored here with word-level
match quality, word order and adjacency, and the kind of passage, which also yields the matched
character spans for highlighting.

Both sides go through one normaliser (`words`): case and accents folded, British spellings
turned American by general suffix rules (-ise/-ize, -isation/-ization, -yse/-yze, -tre/-ter,
-our/-or), thousands separators dropped ("1,000" is "1000"), hyphens split ("solid-state" is
"solid state"). Offsets always refer to the original passage text.

Longer than ~500 lines: the index, its query plan and the rescoring share one normaliser
and one word model, and are read together when ranking changes.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import cast

import tantivy
from rapidfuzz.distance import OSA, Levenshtein

from evkb.kb.numberwords import SMALL_NUMBERS
from evkb.model import BODY, HEADING, KnowledgeBase, Passage

# Bump when the indexed form changes: old cached indexes are then never reused.
INDEX_FORMAT = "2"

# A number ("1,000", "1.7", "2028") or a run of letters; digits and letters are split apart so
# "620-mile", "9GWh" and "bZ4X" read the same as their spaced forms. Currency and percent signs
# are words too, so "%" can stand for "percent".
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[^\W\d_]+|[$€£¥₹₩%]")
# Text not in NFC (an accent stored as a combining mark): the marks belong to their word, so
# "Socie\u0301te\u0301" is one word and folds like "Société". Slower, so only for such text.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_TOKEN_WITH_MARKS = re.compile(
    rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[^\W\d_](?:[^\W\d_]|[{_MARKS}])*|[$€£¥₹₩%]"
)
_POSSESSIVE = re.compile(r"['’]s\b")

# British -> American spelling, as suffix rules (never a list of the documents' words). The
# minimum stem length keeps short words ("rise", "four", "hour") out of the rules' reach.
_SPELLING = (
    (re.compile(r"^(\w{3,})is(ation|ations|e|ed|es|ing|er|ers)$"), r"\1iz\2"),
    (re.compile(r"^(\w{2,})ys(e|ed|es|ing)$"), r"\1yz\2"),
    (re.compile(r"^(\w{2,})tre(s?)$"), r"\1ter\2"),
    (re.compile(r"^(\w{3,})our(s|ed|ing|ite|ites|able)?$"), r"\1or\2"),
)

# Numbers written as words read as digits ("ten minutes" is "10 minutes"); "one" stays a word.
_NUMBER_WORDS = {word: str(n) for word, n in SMALL_NUMBERS.items() if 2 <= n <= 12}

# Function words carry little: they count for less in ranking and are never matched fuzzily.
_MINOR = frozenset(
    "a an and are as at be by for from has have in into is it its of on or that the their this "
    "to was were will with".split()
)

_STEMMER = (
    tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace())
    .filter(tantivy.Filter.stemmer("english"))
    .build()
)
_ANALYZER = "evkb_stem"

# Quality of a word match, before weighting.
EXACT, STEM, PREFIX = 1.0, 0.92, 0.75
KIND_FACTOR = {BODY: 1.0, HEADING: 0.97}  # other kinds: 0.94 (below body at equal match)
CANDIDATES = 64
# Bounds on what one search may ask: a pasted page or a huge --limit must not exhaust memory.
MAX_LIMIT = 1000
MAX_QUERY_WORDS = 32
MAX_WORD = 64


def bounded_query(query: str) -> tuple[str, str | None]:
    """`query` cut to its first MAX_QUERY_WORDS words of at most MAX_WORD characters each, and
    a one-line notice saying so when it was cut (None when it was not)."""
    parts = query.split(maxsplit=MAX_QUERY_WORDS)
    cut = len(parts) > MAX_QUERY_WORDS
    parts = parts[:MAX_QUERY_WORDS]
    long = any(len(part) > MAX_WORD for part in parts)
    if not cut and not long:
        return query, None
    kept = " ".join(part[:MAX_WORD] for part in parts)
    reasons = []
    if cut:
        reasons.append(f"cut to its first {MAX_QUERY_WORDS} words")
    if long:
        reasons.append(f"words cut to {MAX_WORD} characters")
    return kept, "query " + " and ".join(reasons)


@lru_cache(maxsize=1 << 17)
def normalise_word(word: str) -> str:
    """One token in its searchable form: folded case and accents, American spelling."""
    word = word.casefold()
    if not word.isascii():
        word = "".join(
            c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
        )
    if word[0].isdigit():
        return word.replace(",", "")
    if not word.isalpha():
        return word
    number = _NUMBER_WORDS.get(word)
    if number:
        return number
    for pattern, replacement in _SPELLING:
        changed = pattern.sub(replacement, word)
        if changed != word:
            return changed
    return word


@lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    if not word.isalpha():
        return word
    stems = _STEMMER.analyze(word)
    return stems[0] if stems else word


def words(text: str) -> list[tuple[str, int, int]]:
    """The normalised words of `text` with their character offsets into `text`."""
    out = []
    token = (
        _TOKEN if text.isascii() or unicodedata.is_normalized("NFC", text) else _TOKEN_WITH_MARKS
    )
    for match in token.finditer(
        _POSSESSIVE.sub("  ", text) if "'" in text or "’" in text else text
    ):
        out.append((normalise_word(match.group()), match.start(), match.end()))
    return out


def _allowed_distance(word: str) -> int:
    if word[0].isdigit() or word in _MINOR or len(word) < 4:
        return 0
    return 1 if len(word) < 8 else 2


@dataclass(frozen=True, slots=True)
class Hit:
    passage: Passage
    score: float  # 0..100, higher is better
    spans: tuple[tuple[int, int], ...]  # matched stretches, offsets into passage.text


@dataclass(slots=True)
class _Group:
    """One thing the query asks for: a word, or a synonym phrase, with its alternatives."""

    word: str  # the query's own word ("" for a synonym phrase)
    alternatives: list[tuple[str, ...]]  # word sequences that satisfy it exactly (or by stem)
    weight: float
    fuzzy: int = 0  # allowed edit distance for `word`
    prefix: bool = False  # the last word while typing: a prefix counts


class Synonyms:
    """Equivalent names from the knowledge base: companies, terms and unit words."""

    def __init__(self, names: Iterable[Iterable[str]]):
        self.by_phrase: dict[tuple[str, ...], frozenset[tuple[str, ...]]] = {}
        for group in names:
            phrases = {tuple(w for w, _, _ in words(name)) for name in group}
            phrases.discard(())
            if len(phrases) < 2:
                continue
            members = frozenset(phrases)
            for phrase in phrases:
                known = self.by_phrase.get(phrase)
                self.by_phrase[phrase] = members | known if known else members
        self.longest = max((len(p) for p in self.by_phrase), default=0)

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> Synonyms:
        from evkb.kb.units import UNIT_WORDS

        groups: list[Iterable[str]] = [c.names for c in kb.companies]
        groups += [t.names for t in kb.terms]
        groups += [_unit_spellings(unit, unit_words) for unit, unit_words in UNIT_WORDS.items()]
        return cls(groups)

    def equivalents(self, phrase: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
        return self.by_phrase.get(phrase, frozenset())


def _unit_spellings(unit: str, unit_words: Sequence[str]) -> list[str]:
    """The spellings of one unit, without the neighbouring units listed beside it.

    The unit vocabulary also lists related units under one canonical unit (hours under
    minutes, kWh under GWh) and symbols or short forms that are ordinary words ("us", "rs").
    A synonym must be the same unit, so only words sharing the initial of the canonical unit or
    of its first spelled-out name are kept, and two-letter forms only as the canonical itself.
    """
    spelled = next((w for w in unit_words if w.isalpha() and len(w) >= 3), unit)
    initials = {unit[0].casefold(), spelled[0].casefold()}
    kept = [unit]
    for word in unit_words:
        letters = "".join(w for w, _, _ in words(word))
        if letters and not letters.isalnum() and len(letters) == 1:  # a sign: "$", "%"
            kept.append(word)
            continue
        if not letters or letters[0] not in initials:
            continue
        if len(letters) <= 2 and letters != normalise_word(unit):
            continue
        kept.append(word)
    return kept


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    # `exact` holds the normalised words; `stem` the same words stemmed (plurals, -ation ...).
    builder.add_text_field("exact", tokenizer_name="whitespace", index_option="position")
    builder.add_text_field("stem", tokenizer_name=_ANALYZER, index_option="position")
    builder.add_text_field("kind", tokenizer_name="raw", index_option="basic")
    builder.add_unsigned_field("n", fast=True)
    return builder.build()


def _register(index: tantivy.Index) -> None:
    index.register_tokenizer(_ANALYZER, _STEMMER)


_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def passage_contexts(kb: KnowledgeBase) -> dict[str, str]:
    """Passage id -> what the passage is about without always saying so: the names of the
    companies its references resolve to ("the Korean cell giant") and its periods in words
    ("March 2024"). These words are searched as if the passage held them at its end."""
    if not kb.contexts:
        return {}
    names = {c.id: c.names for c in kb.companies}
    out = {}
    for context in kb.contexts:
        parts = [n for ident in context.companies for n in names.get(ident, (ident,))]
        for period in context.periods:
            year, _, month = period.partition("-")
            named = month.isdigit() and 1 <= int(month) <= 12
            parts.append(f"{_MONTHS[int(month) - 1]} {year}" if named else year)
        out[context.passage] = " ".join(parts)
    return out


def _write_index(
    passages: Sequence[Passage], contexts: dict[str, str], path: Path | None
) -> tantivy.Index:
    """The passages indexed, each with its context words (see `passage_contexts`)."""
    index = tantivy.Index(_schema(), path=str(path) if path else None, reuse=False)
    _register(index)
    writer = index.writer(heap_size=200_000_000, num_threads=1)
    for n, passage in enumerate(passages):
        text = " ".join(w for w, _, _ in words(passage.text))
        context = contexts.get(passage.id)
        if context:
            text += " " + " ".join(w for w, _, _ in words(context))
        document = tantivy.Document(exact=text, stem=text, kind=passage.kind)
        document.add_unsigned("n", n)
        writer.add_document(document)
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    return index


class SearchIndex:
    """The searchable passages of one knowledge base."""

    def __init__(
        self, kb: KnowledgeBase, index: tantivy.Index, contexts: dict[str, str] | None = None
    ):
        self.kb = kb
        self.passages = kb.passages
        self.synonyms = Synonyms.from_kb(kb)
        self._index = index
        self._schema = index.schema
        self._searcher = index.searcher()
        self._total = max(self._searcher.num_docs, 1)
        self._tokens: dict[int, list[tuple[str, int, int]]] = {}
        self._contexts = passage_contexts(kb) if contexts is None else contexts

    @classmethod
    def build(cls, kb: KnowledgeBase) -> SearchIndex:
        """An index held in memory (for small knowledge bases and tests)."""
        contexts = passage_contexts(kb)
        return cls(kb, _write_index(kb.passages, contexts, None), contexts)

    @classmethod
    def open(
        cls,
        kb: KnowledgeBase,
        kb_toml: Path | None = None,
        digest: str | None = None,
        notices: list[str] | None = None,
    ) -> SearchIndex:
        """With `kb_toml`, reuse the on-disk index cached under its content hash; with no
        writable cache (read-only, full disk), an index in memory."""
        if kb_toml is None:
            return cls.build(kb)
        from evkb.kb.cache import cached_dir

        contexts = passage_contexts(kb)

        def make(folder: Path) -> None:
            _write_index(kb.passages, contexts, folder)

        def check(folder: Path) -> tantivy.Index:
            index = tantivy.Index.open(str(folder))
            _register(index)
            if index.searcher().num_docs != len(kb.passages):
                raise ValueError("index does not match the knowledge base")
            return index

        def in_memory() -> tantivy.Index:
            return _write_index(kb.passages, contexts, None)

        index = cached_dir(
            Path(kb_toml),
            f"search{INDEX_FORMAT}",
            make,
            check,
            in_memory,
            digest=digest,
            notices=notices,
        )
        return cls(kb, index, contexts)

    # -- stage 1: candidates -------------------------------------------------------------

    def doc_freq(self, word: str, field: str = "exact") -> int:
        return self._searcher.doc_freq(field, word)

    def _idf(self, word: str) -> float:
        """How telling a word is (0 for a word no passage has: a typo, weighed later)."""
        df = self.doc_freq(word) or self.doc_freq(stem(word), "stem")
        return math.log(1 + self._total / df) if df else 0.0

    def _groups(self, query: str) -> list[_Group]:
        tokens = [w for w, _, _ in words(query)]
        typing = bool(query) and not query[-1].isspace()
        groups: list[_Group] = []
        i = 0
        while i < len(tokens):
            # The longest synonym phrase starting here becomes one group.
            for size in range(min(self.synonyms.longest, len(tokens) - i), 1, -1):
                phrase = tuple(tokens[i : i + size])
                equivalents = self.synonyms.equivalents(phrase)
                if equivalents:
                    weight = sum(self._idf(w) for w in phrase) / size * 1.5
                    groups.append(_Group("", sorted(equivalents), weight))
                    i += size
                    break
            else:
                word = tokens[i]
                alternatives = [(word,), *sorted(self.synonyms.equivalents((word,)) - {(word,)})]
                alternatives += self._splits(word)
                weight = self._idf(word) * (0.2 if word in _MINOR else 1.0)
                last = typing and i == len(tokens) - 1 and len(word) >= 3 and word.isalpha()
                groups.append(_Group(word, alternatives, weight, _allowed_distance(word), last))
                i += 1
        # A mistyped word weighs what the query's known words weigh on average: its own rarity
        # (none) would make it outweigh them all.
        known = [g.weight for g in groups if g.weight > 0 and g.word not in _MINOR]
        default = sum(known) / len(known) if known else math.log(1 + 100)
        for group in groups:
            if group.weight == 0:
                group.weight = default * (0.2 if group.word in _MINOR else 1.0)
        # "giga cast" finds "gigacast": the joined word satisfies both groups.
        for a, b in itertools.pairwise(groups):
            if a.word and b.word and not a.word[0].isdigit() and not b.word[0].isdigit():
                joined = a.word + b.word
                if self.doc_freq(joined):
                    a.alternatives.append((joined,))
                    b.alternatives.append((joined,))
        return groups

    def _splits(self, word: str) -> list[tuple[str, ...]]:
        """ "solidstate" finds "solid state" when both halves are indexed words."""
        if len(word) < 6 or not word.isalpha() or self.doc_freq(word):
            return []
        return [
            (word[:k], word[k:])
            for k in range(3, len(word) - 2)
            if self.doc_freq(word[:k]) and self.doc_freq(word[k:])
        ]

    def _group_query(self, group: _Group) -> tantivy.Query:
        schema = self._schema
        should = tantivy.Occur.Should
        parts = []
        for alternative in group.alternatives:
            if len(alternative) == 1:
                parts.append(tantivy.Query.term_query(schema, "exact", alternative[0]))
                if not alternative[0][0].isdigit():
                    parts.append(tantivy.Query.term_query(schema, "stem", stem(alternative[0])))
            else:
                words: list[str | tuple[int, str]] = list(alternative)
                parts.append(tantivy.Query.phrase_query(schema, "exact", words))
                stems: list[str | tuple[int, str]] = [stem(w) for w in alternative]
                parts.append(tantivy.Query.phrase_query(schema, "stem", stems))
        if group.fuzzy:
            fuzzy = [tantivy.Query.fuzzy_term_query(schema, "exact", group.word, group.fuzzy)]
            if stem(group.word) != group.word:  # "batery" (stem "bateri") finds "batteries"
                fuzzy.append(
                    tantivy.Query.fuzzy_term_query(schema, "stem", stem(group.word), group.fuzzy)
                )
            parts.append(tantivy.Query.boost_query(tantivy.Query.disjunction_max_query(fuzzy), 0.5))
        if group.prefix:
            prefix = tantivy.Query.fuzzy_term_query(schema, "exact", group.word, 0, True, True)
            parts.append(tantivy.Query.boost_query(prefix, 0.4))
        query = tantivy.Query.boolean_query([(should, p) for p in parts])
        return tantivy.Query.boost_query(query, max(group.weight, 0.05))

    def _candidates(self, groups: list[_Group], include_all: bool, limit: int) -> list[int]:
        schema = self._schema
        # Function words would match nearly every passage: they only count in the rescoring.
        telling = [g for g in groups if g.word not in _MINOR] or groups
        text = tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, self._group_query(g)) for g in telling]
        )
        if include_all:
            body = tantivy.Query.const_score_query(
                tantivy.Query.term_query(schema, "kind", BODY), 0.01
            )
            query = tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, text), (tantivy.Occur.Should, body)]
            )
        else:
            body = tantivy.Query.term_query(schema, "kind", BODY)
            query = tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, text), (tantivy.Occur.Must, body)]
            )
        found = self._searcher.search(query, limit, count=False).hits
        if not found:
            return []
        numbers = self._searcher.fast_field_values("n", [address for _, address in found])
        return cast("list[int]", numbers)  # "n" is an integer field

    # -- stage 2: rescoring --------------------------------------------------------------

    def _passage_words(self, n: int) -> list[tuple[str, int, int]]:
        cached = self._tokens.get(n)
        if cached is None:
            if len(self._tokens) > 20_000:
                self._tokens.clear()
            passage = self.passages[n]
            cached = words(passage.text)
            context = self._contexts.get(passage.id) if self._contexts else None
            if context:
                # Context words sit past the text's end: they match, but are never highlighted.
                end = len(passage.text)
                cached = cached + [(w, end, end) for w, _, _ in words(context)]
            self._tokens[n] = cached
        return cached

    def search(self, query: str, *, limit: int = 20, include_all: bool = False) -> list[Hit]:
        """Passages ranked for `query`: body passages only unless `include_all`."""
        if not query or query.isspace() or limit <= 0:
            return []
        query, _ = bounded_query(query)
        limit = min(limit, MAX_LIMIT)
        groups = self._groups(query)
        if not groups:
            return []
        candidates = self._candidates(groups, include_all, max(CANDIDATES, limit))
        matcher = _Matcher(groups)
        scored = []
        for rank, n in enumerate(candidates):
            passage = self.passages[n]
            score, spans = matcher.score(self._passage_words(n))
            if score <= 0:
                continue
            score *= KIND_FACTOR.get(passage.kind, 0.94)
            scored.append((-score, rank, n, spans))
        scored.sort()
        return [
            Hit(self.passages[n], round(-neg, 2), tuple(s for s in spans if s[0] < s[1]))
            for neg, _, n, spans in scored[:limit]
        ]


class _Matcher:
    """Scores one passage's words against the query's groups."""

    def __init__(self, groups: list[_Group]):
        self.groups = groups
        self.total = sum(g.weight for g in groups) or 1.0
        self._memo: dict[str, tuple | None] = {}
        # Multi-word alternatives, by their first word: (group, words, stems).
        self.phrases: dict[str, list[tuple[int, tuple[str, ...], tuple[str, ...]]]] = {}
        self.singles: list[tuple[int, str, str]] = []
        for g, group in enumerate(groups):
            for alternative in group.alternatives:
                stems = tuple(stem(w) for w in alternative)
                if len(alternative) == 1:
                    self.singles.append((g, alternative[0], stems[0]))
                else:
                    self.phrases.setdefault(stems[0], []).append((g, alternative, stems))

    def _word_matches(self, word: str):
        """For one passage word: the groups it satisfies (and how well), phrases it may start."""
        best: dict[int, float] = {}
        word_stem = stem(word)
        for g, alternative, alt_stem in self.singles:
            if word == alternative:
                quality = EXACT
            elif word_stem == alt_stem:
                quality = STEM
            else:
                continue
            if quality > best.get(g, 0.0):
                best[g] = quality
        for g, group in enumerate(self.groups):
            if best.get(g, 0.0) >= STEM:
                continue
            if group.fuzzy and word.isalpha():
                distance = min(
                    OSA.distance(word, group.word, score_cutoff=group.fuzzy),
                    OSA.distance(word_stem, stem(group.word), score_cutoff=group.fuzzy),
                )
                if distance <= group.fuzzy:
                    # Swapped letters are the commonest slip: rank them above other edits.
                    swapped = Levenshtein.distance(word, group.word) > distance
                    quality = 0.85 - 0.1 * distance + (0.03 if swapped else 0.0)
                    best[g] = max(best.get(g, 0.0), quality)
            if group.prefix and len(word) > len(group.word) and word.startswith(group.word):
                best[g] = max(best.get(g, 0.0), PREFIX)
        phrases = self.phrases.get(word_stem)
        if not best and not phrases:
            return None
        return list(best.items()), phrases

    def score(
        self, passage_words: list[tuple[str, int, int]]
    ) -> tuple[float, tuple[tuple[int, int], ...]]:
        groups = self.groups
        quality = [0.0] * len(groups)
        # Per group: (first word index, last word index) of its best-quality occurrences.
        places: list[list[tuple[int, int]]] = [[] for _ in groups]
        spans: list[list[tuple[int, int]]] = [[] for _ in groups]
        memo = self._memo
        for i, (word, start, end) in enumerate(passage_words):
            try:
                found = memo[word]
            except KeyError:
                found = memo[word] = self._word_matches(word)
            if found is None:
                continue
            matches, phrases = found
            for g, q in matches:
                self._note(g, q, i, i, (start, end), quality, places, spans)
            if phrases:
                for g, alternative, stems in phrases:
                    size = len(alternative)
                    window = passage_words[i : i + size]
                    if len(window) == size and all(
                        w == a or stem(w) == s
                        for (w, _, _), a, s in zip(window, alternative, stems)
                    ):
                        exact = all(w == a for (w, _, _), a in zip(window, alternative))
                        self._note(
                            g,
                            EXACT if exact else STEM,
                            i,
                            i + size - 1,
                            (start, window[-1][2]),
                            quality,
                            places,
                            spans,
                        )
        matched = sum(g.weight * q for g, q in zip(groups, quality))
        if matched == 0:
            return 0.0, ()
        coverage = matched / self.total
        order = self._order(places) if len(groups) > 1 else 1.0
        score = 100.0 * (0.8 * coverage + 0.2 * order * coverage)
        merged: list[tuple[int, int]] = []
        for start, end in sorted(s for group_spans in spans for s in group_spans):
            if merged and start <= merged[-1][1]:
                if end > merged[-1][1]:
                    merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        return score, tuple(merged)

    @staticmethod
    def _note(g, q, first, last, span, quality, places, spans) -> None:
        if q > quality[g] + 1e-9:
            quality[g] = q
            places[g] = [(first, last)]
            spans[g] = [span]
        elif abs(q - quality[g]) <= 1e-9:
            places[g].append((first, last))
            spans[g].append(span)

    @staticmethod
    def _order(places: list[list[tuple[int, int]]]) -> float:
        """How closely the groups follow one another in the query's order (0..1).

        The best chain of occurrences counts, so "A B ... B C" does not pass for "A B C".
        """
        pairs = 0
        total = 0.0
        chain: list[tuple[int, int, float]] = []  # (first, last, credit so far) per occurrence
        for occurrences in places:
            if not occurrences:
                total = max(total, max((c for _, _, c in chain), default=0.0))
                chain = []
                continue
            if chain:
                pairs += 1
            new_chain = []
            for start, last in occurrences[:16]:
                best = 0.0
                for _, end, credit in chain:
                    gap = start - end
                    if gap == 1 or (start <= end and last >= end):  # adjacent, or one joined word
                        step = 1.0
                    elif 1 < gap <= 4:
                        step = 0.5
                    elif -4 <= gap <= 0:
                        step = 0.3
                    else:
                        step = 0.0
                    best = max(best, credit + step)
                new_chain.append((start, last, best))
            chain = new_chain
        total = max(total, max((c for _, _, c in chain), default=0.0))
        return min(total / pairs, 1.0) if pairs else 0.0
