"""The first stage of search, candidate retrieval: the passages in a tantivy index, brought up
to date source by source.

Each indexed passage carries its source (a term, so a source's passages can be deleted) and a
stable number for that source with the passage's place among the source's passages (fast
fields, so a hit maps back to the knowledge base without reading stored text). A sidecar file
in the index folder lists the sources it holds with a fingerprint of what was indexed for each.
When the knowledge base changes, `update_index` deletes the sources that went or changed and
adds the new ones' passages instead of indexing everything again.

Results must not depend on how the index was made. tantivy's scores depend on collection
statistics that still count deleted documents until their segment is merged away, so every
segment touched by a deletion is emptied and its surviving sources indexed again (a segment
with no live documents is dropped at commit); and hits of equal score are ordered by their
place in the knowledge base, never by their place in the index.

A search service (Quickwit, OpenSearch) could stand behind the same three calls:
`num_docs`, `doc_freq` and `candidates`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import tantivy

from evkb.kb.files import write_atomic
from evkb.model import BODY, KnowledgeBase, column
from evkb.search_words import _ANALYZER, _MINOR, _STEMMER, stem, words

if TYPE_CHECKING:
    from evkb.search import _Group

# Bump when the indexed form changes: old cached indexes are then never reused.
INDEX_FORMAT = "3"
SOURCES_FILE = "evkb-sources.json"
# Hits of equal score past the cut are fetched to order them by place; this bounds the fetch.
TIES_LIMIT = 1 << 14

Positions = dict[str, list[int]]  # source id -> its passages' places in kb.passages


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    # `exact` holds the normalised words; `stem` the same words stemmed (plurals, -ation ...).
    builder.add_text_field("exact", tokenizer_name="whitespace", index_option="position")
    builder.add_text_field("stem", tokenizer_name=_ANALYZER, index_option="position")
    builder.add_text_field("kind", tokenizer_name="raw", index_option="basic")
    builder.add_text_field("source", tokenizer_name="raw", index_option="basic")
    builder.add_unsigned_field("s", fast=True)  # the source's number (see SOURCES_FILE)
    builder.add_unsigned_field("k", fast=True)  # the passage's place among its source's
    return builder.build()


def _register(index: tantivy.Index) -> None:
    index.register_tokenizer(_ANALYZER, _STEMMER)


def source_positions(kb: KnowledgeBase) -> Positions:
    positions: Positions = {}
    for n, source in enumerate(column(kb.passages, "source")):
        positions.setdefault(source, []).append(n)
    return positions


def fingerprints(kb: KnowledgeBase, positions: Positions, contexts: dict[str, str]) -> dict:
    """Source id -> a digest of everything indexed for it: ids, kinds, texts, context words."""
    ids, kinds, texts = (column(kb.passages, name) for name in ("id", "kind", "text"))
    out = {}
    for source, places in positions.items():
        indexed = "\x1e".join(
            f"{ids[n]}\x1f{kinds[n]}\x1f{texts[n]}\x1f{contexts.get(ids[n], '')}" for n in places
        )
        data = indexed.encode("utf-8", "surrogatepass")
        out[source] = hashlib.blake2b(data, digest_size=16).hexdigest()
    return out


def _add_sources(
    writer: tantivy.IndexWriter,
    kb: KnowledgeBase,
    positions: Positions,
    contexts: dict[str, str],
    numbered: Sequence[tuple[str, int]],
) -> None:
    passages = kb.passages
    for source, number in numbered:
        for k, n in enumerate(positions[source]):
            passage = passages[n]
            text = " ".join(w for w, _, _ in words(passage.text))
            context = contexts.get(passage.id)
            if context:
                text += " " + " ".join(w for w, _, _ in words(context))
            document = tantivy.Document(exact=text, stem=text, kind=passage.kind, source=source)
            document.add_unsigned("s", number)
            document.add_unsigned("k", k)
            writer.add_document(document)


def _commit(writer: tantivy.IndexWriter, index: tantivy.Index) -> None:
    writer.commit()
    writer.wait_merging_threads()
    index.reload()


def _write_sources(folder: Path, sources: dict[str, list]) -> None:
    payload = {"format": INDEX_FORMAT, "sources": sources}
    write_atomic(folder / SOURCES_FILE, json.dumps(payload, sort_keys=True))


def read_sources(folder: Path) -> dict[str, list]:
    """Source id -> [number, fingerprint] of an index folder (raises if unreadable)."""
    payload = json.loads((folder / SOURCES_FILE).read_bytes())
    if payload.get("format") != INDEX_FORMAT:
        raise ValueError("index of another format")
    sources = payload["sources"]
    if not all(isinstance(v, list) and len(v) == 2 for v in sources.values()):
        raise ValueError("malformed source list")
    return sources


def write_index(
    kb: KnowledgeBase, positions: Positions, contexts: dict[str, str], path: Path | None
) -> tantivy.Index:
    """The passages indexed from scratch, each with its context words (on disk with `path`)."""
    index = tantivy.Index(_schema(), path=str(path) if path else None, reuse=False)
    _register(index)
    writer = index.writer(heap_size=200_000_000, num_threads=1)
    numbered = [(source, number) for number, source in enumerate(positions)]
    _add_sources(writer, kb, positions, contexts, numbered)
    _commit(writer, index)
    if path is not None:
        prints = fingerprints(kb, positions, contexts)
        _write_sources(path, {s: [number, prints[s]] for s, number in numbered})
    return index


def update_index(
    folder: Path, kb: KnowledgeBase, positions: Positions, contexts: dict[str, str]
) -> None:
    """Bring the index of an earlier knowledge base in `folder` (a copy) up to `kb`: only the
    sources that went, came or changed are touched."""
    old = read_sources(folder)
    index = tantivy.Index.open(str(folder))
    _register(index)
    prints = fingerprints(kb, positions, contexts)
    gone = {s for s, (_, fingerprint) in old.items() if prints.get(s) != fingerprint}
    by_number = {number: s for s, (number, _) in old.items()}
    if len(by_number) != len(old):
        raise ValueError("source numbers repeat")
    # Every segment holding a source that goes is emptied: its other sources are indexed anew.
    if gone:
        gone |= _sources_sharing_segments(index, gone, by_number)
    kept = {s: v for s, v in old.items() if s not in gone}
    next_number = max((number for number, _ in old.values()), default=-1) + 1
    numbered = []
    for source in positions:  # knowledge-base order, so the result never depends on a set's
        if source in kept:
            continue
        number = old[source][0] if source in old else next_number
        if source not in old:
            next_number += 1
        numbered.append((source, number))
        kept[source] = [number, prints[source]]
    if len(kept) != len(positions):
        raise ValueError("index and knowledge base disagree")
    writer = index.writer(heap_size=200_000_000, num_threads=1)
    for source in sorted(gone):
        writer.delete_documents_by_term("source", source)
    _add_sources(writer, kb, positions, contexts, numbered)
    _commit(writer, index)
    _write_sources(folder, {s: kept[s] for s in sorted(kept)})


def _sources_sharing_segments(
    index: tantivy.Index, sources: set[str], by_number: dict[int, str]
) -> set[str]:
    searcher = index.searcher()
    schema = index.schema
    query = tantivy.Query.term_set_query(schema, "source", sorted(sources))
    hits = searcher.search(query, max(searcher.num_docs, 1), count=False).hits
    segments = {address.segment_ord for _, address in hits}
    if not segments:
        return set()
    every = searcher.search(tantivy.Query.all_query(), searcher.num_docs, count=False).hits
    inside = [address for _, address in every if address.segment_ord in segments]
    numbers = set(searcher.fast_field_values("s", inside)) if inside else set()
    return {by_number[n] for n in numbers if n in by_number}  # type: ignore[index]


class PassageIndex:
    """Candidate retrieval over one knowledge base's passages."""

    def __init__(self, kb: KnowledgeBase, index: tantivy.Index, numbers: dict[int, str]):
        self._kb = kb
        self._index = index
        self._schema = index.schema
        self._searcher = index.searcher()
        self._numbers = numbers  # source number -> source id
        self._positions: Positions | None = None
        self.num_docs = self._searcher.num_docs

    @classmethod
    def build(cls, kb: KnowledgeBase, contexts: dict[str, str]) -> PassageIndex:
        """An index held in memory."""
        positions = source_positions(kb)
        index = write_index(kb, positions, contexts, None)
        return cls(kb, index, dict(enumerate(positions)))

    @classmethod
    def open(cls, kb: KnowledgeBase, folder: Path) -> PassageIndex:
        """The index in `folder`; raises unless it holds exactly the passages of `kb`."""
        index = tantivy.Index.open(str(folder))
        _register(index)
        sources = read_sources(folder)
        numbers = {number: source for source, (number, _) in sources.items()}
        if index.searcher().num_docs != len(kb.passages) or len(numbers) != len(sources):
            raise ValueError("index does not match the knowledge base")
        return cls(kb, index, numbers)

    def doc_freq(self, word: str, field: str = "exact") -> int:
        return self._searcher.doc_freq(field, word)

    def candidates(self, groups: list[_Group], include_all: bool, limit: int) -> list[int]:
        """Places in kb.passages of the best `limit` passages for the query's groups, best
        first; equal scores in knowledge-base order."""
        query = self._query(groups, include_all)
        # Ties at the cut: fetch all of them, so which ones make the cut does not depend on
        # where the index keeps them. Templated text ties often, and a bigger first fetch costs
        # next to nothing beside running the query again.
        asked = limit * 4
        found = self._searcher.search(query, asked, count=False).hits
        while (
            len(found) == asked
            and asked < TIES_LIMIT
            and found[-1][0] == found[min(limit, len(found)) - 1][0]
        ):
            asked *= 4
            found = self._searcher.search(query, asked, count=False).hits
        if not found:
            return []
        addresses = [address for _, address in found]
        numbers = self._searcher.fast_field_values("s", addresses)
        places = self._searcher.fast_field_values("k", addresses)
        if self._positions is None:
            self._positions = source_positions(self._kb)
        positions, sources = self._positions, self._numbers
        ranked = sorted(
            (-score, positions[sources[s]][k])  # type: ignore[index]
            for (score, _), s, k in zip(found, numbers, places)
        )
        return [n for _, n in ranked[:limit]]

    def _query(self, groups: list[_Group], include_all: bool) -> tantivy.Query:
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
            return tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, text), (tantivy.Occur.Should, body)]
            )
        body = tantivy.Query.term_query(schema, "kind", BODY)
        return tantivy.Query.boolean_query([(tantivy.Occur.Must, text), (tantivy.Occur.Must, body)])

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
                phrase: list[str | tuple[int, str]] = list(alternative)
                parts.append(tantivy.Query.phrase_query(schema, "exact", phrase))
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
