"""The on-disk search index is brought up to date source by source, and ranks exactly as an
index made from scratch: after sources are added, changed or removed, and when the earlier
index it would start from is damaged or planted."""

from __future__ import annotations

import random

import pytest

from evkb import retrieval
from evkb.model import BODY, HEADING, KnowledgeBase, Passage
from evkb.search import SearchIndex

WORDS = (
    "solid state sodium ion battery cell range charging minutes plant gigafactory invest "
    "billion lithium iron phosphate pack energy density cost fell rose percent share maker"
).split()
QUERIES = [
    "solid state battery",
    "sodium ion cell energy density",
    "charging minutes",
    "batery rnage",
    "lithium iron phosphate pack cost",
    "invest billion plant",
    "share percent",
    "gigafac",
    "energy",
]


def _texts(rng: random.Random, count: int) -> list[str]:
    # Few distinct sentences, many times over: equal scores at the cut are the rule here.
    pool = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 9))) for _ in range(12)]
    return [rng.choice(pool) for _ in range(count)]


def _sources(names: list[str], seed: int = 7) -> dict[str, list[str]]:
    rng = random.Random(seed)
    return {name: _texts(rng, 12) for name in names}


def _kb(sources: dict[str, list[str]]) -> KnowledgeBase:
    passages = [
        Passage(f"{s}:p{i}", s, i, HEADING if i == 0 else BODY, 0, len(t), t)
        for s in sorted(sources)
        for i, t in enumerate(sources[s])
    ]
    return KnowledgeBase(passages=passages)


def _ranked(index: SearchIndex) -> list[list[tuple[str, float]]]:
    return [
        [(h.passage.id, h.score) for h in index.search(q, limit=limit, include_all=every)]
        for q in QUERIES
        for limit, every in ((5, False), (100, True))
    ]


@pytest.fixture
def writes(monkeypatch) -> list[str]:
    """How each on-disk index was made: "scratch" or "update"."""
    made: list[str] = []
    write, update = retrieval.write_index, retrieval.update_index

    def counted_write(kb, positions, contexts, path):
        if path is not None:
            made.append("scratch")
        return write(kb, positions, contexts, path)

    def counted_update(*args):
        made.append("update")
        return update(*args)

    monkeypatch.setattr(retrieval, "write_index", counted_write)
    monkeypatch.setattr(retrieval, "update_index", counted_update)
    return made


def _open(tmp_path, kb: KnowledgeBase, label: str, notices=None) -> SearchIndex:
    kb_toml = tmp_path / "kb.toml"
    kb_toml.write_text(f"# stand-in: the cache is keyed by this file's content: {label}\n")
    return SearchIndex.open(kb, kb_toml, notices=notices)


def test_an_added_source_is_indexed_alone_and_ranks_as_from_scratch(tmp_path, writes):
    first = _sources([f"src-{i:02d}" for i in range(0, 40, 2)])
    _open(tmp_path, _kb(first), "first")
    added = {**first, **_sources(["src-07"], seed=99)}  # sorts in the middle of the others
    kb = _kb(added)
    updated = _open(tmp_path, kb, "added")
    assert writes == ["scratch", "update"]
    assert _ranked(updated) == _ranked(SearchIndex.build(kb))
    assert len(list((tmp_path / ".evkb-cache").iterdir())) == 1  # the earlier entry is gone


def test_changed_and_removed_sources_rank_as_from_scratch(tmp_path, writes):
    names = [f"src-{i:02d}" for i in range(30)]
    first = _sources(names)
    _open(tmp_path, _kb(first), "first")
    second = dict(first)
    second["src-03"] = _sources(["x"], seed=5)["x"]  # changed
    del second["src-11"]  # removed
    second.update(_sources(["src-99"], seed=6))  # and one added
    kb = _kb(second)
    updated = _open(tmp_path, kb, "second")
    assert writes == ["scratch", "update"]
    assert _ranked(updated) == _ranked(SearchIndex.build(kb))
    # and once more from the updated index: a chain of updates stays exact
    third = {s: t for s, t in second.items() if s != "src-20"}
    kb = _kb(third)
    assert _ranked(_open(tmp_path, kb, "third")) == _ranked(SearchIndex.build(kb))
    assert writes == ["scratch", "update", "update"]


def test_a_context_change_reindexes_the_sources_it_touches(tmp_path, writes):
    sources = _sources([f"src-{i:02d}" for i in range(10)])
    kb = _kb(sources)
    _open(tmp_path, kb, "first")
    from evkb.model import Company, PassageContext

    named = KnowledgeBase(
        passages=kb.passages,
        companies=[Company("volta", "Volta Motors", "automaker")],
        contexts=[PassageContext("src-04:p3", ("volta",))],
    )
    updated = _open(tmp_path, named, "named")
    assert writes == ["scratch", "update"]
    assert updated.search("volta motors")[0].passage.id == "src-04:p3"
    assert _ranked(updated) == _ranked(SearchIndex.build(named))


def test_a_damaged_earlier_index_is_not_updated_but_rebuilt_with_a_notice(tmp_path, writes):
    first = _sources([f"src-{i:02d}" for i in range(12)])
    _open(tmp_path, _kb(first), "first")
    (entry,) = (tmp_path / ".evkb-cache").iterdir()
    (entry / retrieval.SOURCES_FILE).write_text('{"planted": true}')
    kb = _kb({**first, **_sources(["src-50"], seed=3)})
    notices: list[str] = []
    rebuilt = _open(tmp_path, kb, "second", notices)
    assert writes == ["scratch", "scratch"]
    assert len(notices) == 1 and "did not make" in notices[0]
    assert _ranked(rebuilt) == _ranked(SearchIndex.build(kb))
