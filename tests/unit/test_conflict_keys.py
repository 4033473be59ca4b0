"""Conflicts kept from one build to the next: ids from what a conflict compares, and a build
that compares again only the keys an add or a removal touched, with the result (and the bytes)
of comparing everything."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from helpers.folders import built_files
from helpers.modules import modules_run

import evkb.kb.build as build_module
import evkb.kb.conflict_keys as conflict_keys
from evkb.kb.build import build_kb
from evkb.kb.built import load_kb
from evkb.kb.check import check_kb
from evkb.kb.conflict_keys import ConflictState, conflict_id, update_conflicts
from evkb.model import ConflictSide

# Short articles that disagree with each other and with the bundled ones: a battery's range
# and charging time, a market share, a direction word against its figures, an exchange rate.
ARTICLES = {
    "range-a": (
        "Toyota solid-state battery range\n\n"
        "Toyota said on Tuesday that its solid-state battery will give a range of 1,200 km "
        "and charge from 10% to 80% in 10 minutes.\n\n"
        "The company plans to invest $1 billion (150 billion yen) in a new plant in Japan "
        "by 2027.\n"
    ),
    "range-b": (
        "Toyota battery plans\n\n"
        "Toyota's solid-state battery will give a range of 900 km, the carmaker said, and "
        "will charge in 20 minutes.\n\n"
        "Its share of the Japanese market fell from 0.7% to 1.6% in 2024.\n\n"
        "Toyota will spend $2 billion (200 billion yen) on batteries.\n"
    ),
    "shares-c": (
        "Battery market shares\n\n"
        "CATL held 37.9% of the global EV battery market in 2023, according to SNE Research. "
        "BYD held 15.8% of the global market in 2023.\n\n"
        "LG Energy Solution held 13.6% of the global market in 2023.\n"
    ),
    "shares-d": (
        "Cell makers ranked\n\n"
        "CATL held 35.1% of the global EV battery market in 2023, according to another "
        "tracker. BYD held 15.8% of the global market in 2023.\n"
    ),
}


@pytest.fixture
def articles(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    out = {}
    for name, text in ARTICLES.items():
        out[name] = folder / f"{name}.txt"
        out[name].write_text(text, encoding="utf-8")
    return out


@pytest.fixture
def states(monkeypatch) -> list[ConflictState]:
    """What each build's conflict stage returned (how many keys it compared and kept)."""
    seen: list[ConflictState] = []

    def spy(*args, **kwargs):
        state = update_conflicts(*args, **kwargs)
        seen.append(state)
        return state

    monkeypatch.setattr(build_module, "update_conflicts", spy)
    return seen


def _as_from_scratch(folder: Path) -> None:
    """The conflicts and keys kb.toml records are those comparing everything gives: a build
    with no record of a last one (`build_kb` reads none; the merge's pieces are its own)."""
    kb = load_kb(folder)
    spy = build_module.update_conflicts
    build_module.update_conflicts = update_conflicts  # not one of the builds `states` counts
    try:
        scratch = build_kb(folder)
    finally:
        build_module.update_conflicts = spy
    assert list(kb.conflicts) == list(scratch.conflicts)
    assert list(kb.conflict_groups) == list(scratch.conflict_groups)


def _copy(folder: Path, to: Path) -> Path:
    shutil.copytree(folder, to, ignore=shutil.ignore_patterns(".evkb-cache", ".evkb.lock"))
    return to


@pytest.mark.parametrize("seed", [1, 2])
def test_adds_and_removals_in_any_order_give_the_bytes_of_comparing_everything(
    cli, bundled_copy, articles, states, tmp_path, seed
):
    rng = random.Random(seed)
    folder = _copy(bundled_copy, tmp_path / f"kb{seed}")
    assert cli("build", "--kb", str(folder))[0] == 0  # what the code of now records
    present: set[str] = set()
    names = list(articles)
    for _ in range(8):
        name = rng.choice(names)
        if name in present:  # a removal: the source gone, then a build
            (folder / "sources" / f"{name}.txt").unlink()
            assert cli("build", "--kb", str(folder))[0] == 0
            present.discard(name)
        else:
            code, _, err = cli("add", "--kb", str(folder), str(articles[name]))
            assert code == 0, err
            present.add(name)
        _as_from_scratch(folder)
    for name in names:  # every article in, in an order of the seed's own
        if name not in present:
            assert cli("add", "--kb", str(folder), str(articles[name]))[0] == 0
            _as_from_scratch(folder)
    scratch = _copy(folder, tmp_path / f"scratch{seed}")
    shutil.rmtree(scratch / "built")
    (scratch / "kb.toml").unlink()
    assert cli("build", "--kb", str(scratch))[0] == 0
    assert built_files(folder) == built_files(scratch)
    assert check_kb(folder) == []
    kinds = {c.kind for c in load_kb(folder).conflicts}
    assert {"cross-source", "direction", "fx-rate", "attribution"} <= kinds
    # Each add and removal kept what it did not touch and compared a few keys; the build from
    # nothing compared everything.
    _first, *incremental, from_nothing = states
    assert all(s.kept > s.compared for s in incremental)
    assert from_nothing.kept == 0


def test_an_add_compares_only_the_keys_it_touches(cli, bundled_copy, articles, states):
    assert cli("add", "--kb", str(bundled_copy), str(articles["shares-c"]))[0] == 0
    before = {c.id: c for c in load_kb(bundled_copy).conflicts}
    assert cli("add", "--kb", str(bundled_copy), str(articles["shares-d"]))[0] == 0
    second = states[-1]
    # The second add touched the CATL and BYD shares of 2023 and its own claims, nothing else.
    assert second.compared <= 4 < second.kept
    after = {c.id: c for c in load_kb(bundled_copy).conflicts}
    # Conflicts it did not touch keep their ids; the new one is about the shares it added.
    assert set(before) < set(after)
    (new,) = (after[i] for i in set(after) - set(before))
    assert new.kind == "cross-source" and {s.source for s in new.sides} == {
        "shares-c",
        "shares-d",
    }
    _as_from_scratch(bundled_copy)


def test_a_conflict_edited_by_hand_is_found_again(cli, bundled_copy, states):
    assert cli("build", "--kb", str(bundled_copy))[0] == 0
    message = load_kb(bundled_copy).conflicts[0].message
    (part,) = (
        path
        for path in (bundled_copy / "built" / "merged").glob("conflict-*.toml")
        if message in path.read_text(encoding="utf-8")
    )
    text = part.read_text(encoding="utf-8")
    assert text.count(message) == 1
    part.write_text(text.replace(message, "nothing to see here"), encoding="utf-8")
    code, _, err = cli("build", "--kb", str(bundled_copy))
    assert code == 0 and f"{part}:1:1: warning: changed since the build" in err
    assert part.read_text(encoding="utf-8") == text  # made again
    assert load_kb(bundled_copy).conflicts[0].message == message
    assert states[-1].compared < states[-1].kept
    _as_from_scratch(bundled_copy)


def test_other_rules_code_compares_everything_again(cli, bundled_copy, states, monkeypatch):
    for _ in range(2):
        assert cli("build", "--kb", str(bundled_copy))[0] == 0
    assert states[-1].compared == 0  # nothing changed: every key kept
    monkeypatch.setattr(conflict_keys, "rules_digest", lambda: "other rules")
    assert cli("build", "--kb", str(bundled_copy))[0] == 0
    assert states[-1].kept == 0 and states[-1].compared > 0


def test_an_id_is_what_the_conflict_compares_not_where_it_is_listed():
    side = ConflictSide("10 min", "a", "a:p1", "It charges in 10 minutes.", "10 minutes")
    other = ConflictSide("20 min", "b", "b:p3", "It charges in 20 minutes.", "20 minutes")
    found = ("cross-source", "cell-x", "charging", "10 min against 20 min", [side, other])
    assert conflict_id("key", found) == conflict_id("key", found)
    assert conflict_id("key", found) != conflict_id("other key", found)
    moved = ConflictSide("10 min", "a", "a:p2", "It charges in 10 minutes.", "10 minutes")
    assert conflict_id("key", found) == conflict_id("key", (*found[:4], [moved, other]))
    changed = ConflictSide("10 min", "c", "c:p1", "It charges in 10 minutes.", "10 minutes")
    assert conflict_id("key", found) != conflict_id("key", (*found[:4], [changed, other]))


def test_the_rules_digest_covers_the_code_the_rules_run():
    """A change to any module the conflict rules import compares every key again."""
    from evkb.kb.products import extractor_files

    ran = modules_run("import evkb.kb.conflict_keys")
    package = Path(conflict_keys.__file__).resolve().parents[1]
    hashed = {str(p) for p in extractor_files()}
    hashed |= {str(package / name) for name in conflict_keys.RULES_CODE}
    assert {name for name, file in ran.items() if file not in hashed} == set()


def test_a_knowledge_base_without_conflicts_reads_its_record_back(cli, tmp_path, states):
    folder = tmp_path / "quiet"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "cell-news.txt").write_text(
        "Cell News\n\nNorthvolt said its plant will reach 60 GWh by 2030.\n", encoding="utf-8"
    )
    for _ in range(3):  # the second reads what the first wrote; the third its cache entry
        code, _, err = cli("build", "--kb", str(folder))
        assert code == 0, err
    assert list(load_kb(folder).conflicts) == []
    assert states[-1].compared == 0 and states[-1].kept >= 1


def test_an_add_reads_no_investment_of_a_document_it_leaves_alone(
    cli, bundled_copy, articles, states, monkeypatch
):
    assert cli("add", "--kb", str(bundled_copy), str(articles["range-a"]))[0] == 0
    assert any(i.cite.source == "range-a" for i in load_kb(bundled_copy).investments)
    read: list[str] = []
    real = conflict_keys.investment_statements

    def spy(investments):
        investments = list(investments)
        read.extend(i.cite.source for i in investments)
        return real(investments)

    monkeypatch.setattr(conflict_keys, "investment_statements", spy)
    assert cli("add", "--kb", str(bundled_copy), str(articles["range-b"]))[0] == 0
    # The new document's investments are compared; those of range-a are kept unread (the
    # bundled ones are compared again: curated records cite those documents).
    assert "range-b" in read and "range-a" not in read
    _as_from_scratch(bundled_copy)


def test_claim_findings_found_apart_give_what_the_whole_pass_finds(cli, bundled_copy, articles):
    """A build may find each document's claim conflicts where it extracts the document and
    hand them over: the conflicts and their keys are those the whole pass finds."""
    for path in articles.values():
        assert cli("add", "--kb", str(bundled_copy), str(path))[0] == 0
    kb = build_kb(bundled_copy)
    by_source: dict[str, list] = {}
    for claim in kb.claims:
        by_source.setdefault(claim.source, []).append(claim)
    found = {source: conflict_keys.claim_findings(claims) for source, claims in by_source.items()}
    assert any(found.values())  # "fell from 0.7% to 1.6%" and the exchange rates at least
    whole = update_conflicts(kb)
    handed = update_conflicts(kb, claims_found=found)
    assert list(handed.conflicts) == list(whole.conflicts)
    assert list(handed.groups) == list(whole.groups)
