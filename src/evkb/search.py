"""Passage search that answers as you type: typos, synonyms, spellings and numbers, ranked.

Two stages. Candidate retrieval (`evkb.retrieval`, a tantivy index) finds a few hundred
candidate passages: each query word matches exactly, by its stem, or fuzzily (Levenshtein
automata, transpositions counted once); synonyms taken from the knowledge base (company aliases,
term aliases, unit words) match as phrases. The candidates are then rescored here with
word-level match quality, word order and adjacency, and the kind of passage, which also yields
the matched character spans for highlighting. Both sides go through one normaliser
(`evkb.search_words.words`); offsets always refer to the original passage text.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import OSA, Levenshtein

from evkb.model import BODY, HEADING, KnowledgeBase, Passage
from evkb.retrieval import INDEX_FORMAT, PassageIndex
from evkb.search_words import _MINOR, _allowed_distance, normalise_word, stem, words

__all__ = ["Hit", "SearchIndex", "Synonyms", "bounded_query", "normalise_word", "stem", "words"]

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


class SearchIndex:
    """The searchable passages of one knowledge base."""

    def __init__(
        self, kb: KnowledgeBase, index: PassageIndex, contexts: dict[str, str] | None = None
    ):
        self.kb = kb
        self.passages = kb.passages
        self.synonyms = Synonyms.from_kb(kb)
        self.index = index
        self._total = max(index.num_docs, 1)
        self._tokens: dict[int, list[tuple[str, int, int]]] = {}
        self._contexts = passage_contexts(kb) if contexts is None else contexts

    @classmethod
    def build(cls, kb: KnowledgeBase) -> SearchIndex:
        """An index held in memory (for small knowledge bases and tests)."""
        contexts = passage_contexts(kb)
        return cls(kb, PassageIndex.build(kb, contexts), contexts)

    @classmethod
    def open(
        cls,
        kb: KnowledgeBase,
        kb_toml: Path | None = None,
        digest: str | None = None,
        notices: list[str] | None = None,
    ) -> SearchIndex:
        """With `kb_toml`, reuse the on-disk index cached under its content hash, made from
        the index of the knowledge base's previous state when there is one; with no writable
        cache (read-only, full disk), an index in memory."""
        if kb_toml is None:
            return cls.build(kb)
        from evkb import retrieval
        from evkb.kb.cache_folders import cached_dir

        contexts = passage_contexts(kb)

        def make(folder: Path) -> None:
            retrieval.write_index(kb, retrieval.source_positions(kb), contexts, folder)

        def update(folder: Path) -> None:
            retrieval.update_index(folder, kb, retrieval.source_positions(kb), contexts)

        def in_memory() -> PassageIndex:
            return PassageIndex.build(kb, contexts)

        index = cached_dir(
            Path(kb_toml),
            f"search{INDEX_FORMAT}",
            make,
            lambda folder: PassageIndex.open(kb, folder),
            in_memory,
            digest=digest,
            notices=notices,
            update=update,
        )
        return cls(kb, index, contexts)

    # -- stage 1: candidates (evkb.retrieval) ----------------------------------------------

    def doc_freq(self, word: str, field: str = "exact") -> int:
        return self.index.doc_freq(word, field)

    def _candidates(self, groups: list[_Group], include_all: bool, limit: int) -> list[int]:
        return self.index.candidates(groups, include_all, limit)

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
