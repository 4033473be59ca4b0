"""Passage search on a small knowledge base: typos, spellings, synonyms, numbers, kinds, cache."""

from __future__ import annotations

import pytest

from evkb.model import BODY, BOILERPLATE, HEADING, UNRELATED, Company, KnowledgeBase, Passage, Term
from evkb.search import SearchIndex, normalise_word, words

TEXTS = [
    (BODY, "Acme will sell solid-state batteries with a range of 1,000 km by 2031."),
    (BODY, "Zeta Cells builds lithium iron phosphate packs in Ohio for Volta Motors."),
    (BODY, "The popularisation of electric cars raised demand, Volta Motors said."),
    (BODY, "Volta Motors uses giga cast methods to cut costs and will invest $1.7 billion."),
    (BODY, "State officials said the battery plant sold more state bonds."),
    (HEADING, "Solid-State Batteries Arrive"),
    (BOILERPLATE, "Got a tip? Email the solid-state battery desk."),
    (UNRELATED, "Retailer Shares Slide After $2 Billion Deal"),
    (BODY, "Prices fell [/] and [@click=app.quit]x[/] appeared in a quote."),
]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    passages = [
        Passage(f"doc:p{i}", "doc", i, kind, 0, len(text), text)
        for i, (kind, text) in enumerate(TEXTS)
    ]
    kb = KnowledgeBase(
        passages=passages,
        companies=[Company("zeta", "Zeta Cells", "cell maker", ("ZC",))],
        terms=[Term("lfp", "lithium iron phosphate", "chemistry", ("LFP",))],
    )
    return SearchIndex.build(kb)


def first(index: SearchIndex, query: str, **options) -> str:
    hits = index.search(query, **options)
    assert hits, query
    return hits[0].passage.id


def test_normaliser_rules():
    assert normalise_word("Popularisation") == "popularization"
    assert normalise_word("kilometres") == "kilometers"
    assert normalise_word("colour") == "color"
    assert normalise_word("hour") == "hour" and normalise_word("rise") == "rise"
    assert normalise_word("ten") == "10"
    assert normalise_word("1,000") == "1000"
    assert [w for w, _, _ in words("solid-state 620-mile $1.7bn")] == [
        "solid",
        "state",
        "620",
        "mile",
        "$",
        "1.7",
        "bn",
    ]


def test_offsets_point_into_the_original_text():
    text = "Toyota’s “High Performance” battery: 1,000 km."
    for word, start, end in words(text):
        assert normalise_word(text[start:end]) == word


@pytest.mark.parametrize(
    "query, expected",
    [
        ("sold state batery", "doc:p0"),  # dropped letters
        ("solid statte", "doc:p0"),  # doubled letter
        ("popularization", "doc:p2"),  # American for British
        ("lithium iorn phosphate", "doc:p1"),  # swapped letters
        ("1000 km", "doc:p0"),  # number with a thousands separator
        ("1.7 billion", "doc:p3"),
        ("gigacast", "doc:p3"),  # one word for two
        ("solidstate", "doc:p0"),
        ("zeta lfp", "doc:p1"),  # term alias
        ("ZC phosphate", "doc:p1"),  # company alias
        ("1000 kilometres", "doc:p0"),  # unit words are synonyms
        ("volta giga", "doc:p3"),  # the last word while typing is a prefix
    ],
)
def test_finds_the_right_passage_first(index, query, expected):
    assert first(index, query) == expected


def test_phrase_outranks_scattered_words(index):
    hits = index.search("solid state")
    assert hits[0].passage.id == "doc:p0"
    assert "doc:p4" not in [h.passage.id for h in hits[:1]]


def test_body_only_unless_all(index):
    kinds = {h.passage.kind for h in index.search("solid state battery")}
    assert kinds == {BODY}
    everything = index.search("solid state battery", include_all=True)
    kinds = [h.passage.kind for h in everything]
    assert HEADING in kinds and BOILERPLATE in kinds
    assert kinds.index(BODY) < kinds.index(HEADING)
    assert not index.search("retailer shares slide")
    assert first(index, "retailer shares slide", include_all=True) == "doc:p7"


def test_blank_and_unknown_queries(index):
    assert index.search("") == []
    assert index.search("   ") == []
    assert index.search("qqqqqqqq zzzzzz") == []
    assert index.search("[/]") == [] or all(0 <= h.score <= 100 for h in index.search("[/]"))


def test_hits_are_scored_and_spanned(index):
    hits = index.search("solid state batteries", limit=3)
    assert len(hits) <= 3
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 100 for s in scores)
    top = hits[0]
    assert [top.passage.text[a:b] for a, b in top.spans] == ["solid", "state", "batteries"]


def test_markup_in_text_is_just_text(index):
    hit = index.search("prices fell quote")[0]
    assert hit.passage.id == "doc:p8"


def test_open_reuses_the_cached_index(tmp_path, index):
    kb_toml = tmp_path / "kb.toml"
    kb_toml.write_text("# stand-in: the cache is keyed by this file's content\n")
    opened = SearchIndex.open(index.kb, kb_toml)
    entries = list((tmp_path / ".evkb-cache").iterdir())
    assert len(entries) == 1 and entries[0].is_dir()
    again = SearchIndex.open(index.kb, kb_toml)
    assert list((tmp_path / ".evkb-cache").iterdir()) == entries
    assert [h.passage.id for h in again.search("gigacast")] == [
        h.passage.id for h in opened.search("gigacast")
    ]
    kb_toml.write_text("# changed\n")  # a new digest: never a stale index
    SearchIndex.open(index.kb, kb_toml)
    assert list((tmp_path / ".evkb-cache").iterdir()) != entries


def test_a_damaged_cache_entry_is_rebuilt(tmp_path, index):
    kb_toml = tmp_path / "kb.toml"
    kb_toml.write_text("x\n")
    SearchIndex.open(index.kb, kb_toml)
    (entry,) = (tmp_path / ".evkb-cache").iterdir()
    # Damaged by files put in place of its own (new inodes): writing over them where they lie
    # would cut files the first index may still map from a thread of its own, and reading
    # past the end of a cut mapping stops the process (a bus error), which is not this test.
    for part in entry.iterdir():
        if part.is_file():
            spare = part.with_name(part.name + ".damaged")
            spare.write_bytes(b"garbage")
            spare.replace(part)
    assert first(SearchIndex.open(index.kb, kb_toml), "gigacast") == "doc:p3"
