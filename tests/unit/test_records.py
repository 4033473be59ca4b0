"""Extracted records in the build, their ids and provenance, and `evkb review`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import tomli

from evkb.cli import main
from evkb.errors import UserError
from evkb.kb import review
from evkb.kb.build import build
from evkb.kb.extract import extract_quantities
from evkb.kb.store import load_kb
from evkb.model import BODY

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
ARTICLES = ROOT / "tests" / "fixtures" / "records"


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    folder = tmp_path / "kb"
    for name in ("sources", "curated"):
        shutil.copytree(DATA / name, folder / name)
    for name in ("product-launch.txt", "holder-reference.txt", "plant-announcement.txt"):
        shutil.copy2(ARTICLES / name, folder / "sources" / name)
    build(folder)
    return folder


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_quantity_reader_reads_battery_spec_units():
    read = [
        (q.value, q.unit)
        for q in extract_quantities("160Wh/kg, 300 Wh/kg, 800 Wh/L, a 100kWh pack, 4C at 45°C")
    ]
    assert read == [
        (160, "Wh/kg"),
        (300, "Wh/kg"),
        (800, "Wh/L"),
        (100, "kWh"),
        (4, "C"),
        (45, "°C"),
    ]


def test_extracted_records_carry_provenance_and_cite_body_sentences(kb: Path):
    built = load_kb(kb)
    kinds = {p.id: p.kind for p in built.passages}
    extracted = [c for c in built.companies if c.origin == "extracted"]
    assert {"halvorsen-power", "nordvik-battery", "rivermark-energy"} <= {c.id for c in extracted}
    for company in extracted:
        assert company.rule and 0 < company.confidence < 1
        for cite in company.cites:
            assert kinds[cite.passage] == BODY
            assert (
                cite.quote
                == built.passage(cite.passage).text[
                    cite.start - built.passage(cite.passage).start : cite.end
                    - built.passage(cite.passage).start
                ]
            )
    shares = [s for s in built.shares if s.origin == "extracted"]
    assert {(s.holder, s.percent, s.as_of) for s in shares} >= {
        ("nordvik-battery", 13.2, "2024-03"),
        ("nordvik-battery", 14.8, "2023-03"),
        ("nordvik-battery", 16.0, "2022"),
    }
    tundra = built.battery("halvorsen-power-tundra")
    assert {f.attribute for f in tundra.facts} >= {
        "maker",
        "range",
        "charging",
        "energy_density",
        "launch",
        "chemistry",
    }


def test_curated_records_stay_free_of_provenance_in_kb_toml(kb: Path):
    companies = [
        company
        for part in sorted((kb / "built" / "merged").glob("company-*.toml"))
        for company in tomli.loads(part.read_text(encoding="utf-8"))["company"]
    ]
    curated = next(c for c in companies if c["id"] == "toyota")
    assert "origin" not in curated and "confidence" not in curated
    assert any(c.get("origin") == "extracted" for c in companies)


def test_ids_are_stable_across_builds(kb: Path):
    first = [p.id for p in review.pending(load_kb(kb))]
    build(kb)
    assert [p.id for p in review.pending(load_kb(kb))] == first


def test_accept_writes_curated_records_that_pass_check(kb: Path, capsys):
    built = load_kb(kb)
    share = next(
        s.id for s in built.shares if s.origin == "extracted" and s.holder == "nordvik-battery"
    )
    path = review.accept(kb, built, ["halvorsen-power-tundra", share])
    text = path.read_text(encoding="utf-8")
    assert (
        'quote = "Chinese battery maker Halvorsen Power' in text
    )  # the maker came along with its quote
    assert run(capsys, "check", "--kb", str(kb))[0] == 0
    build(kb)
    rebuilt = load_kb(kb)
    pending = {p.id for p in review.pending(rebuilt)}
    assert "halvorsen-power-tundra" not in pending and share not in pending
    assert rebuilt.battery("halvorsen-power-tundra").origin == "curated"
    assert rebuilt.company("halvorsen-power").origin == "curated"


def test_reject_is_remembered(kb: Path, capsys):
    code, _, err = run(capsys, "review", "reject", "brightline-insights", "--kb", str(kb))
    assert code == 0 and "rejected 1" in err
    assert "brightline-insights" not in {p.id for p in review.pending(load_kb(kb))}
    assert run(capsys, "check", "--kb", str(kb))[0] == 0


def test_ids_after_an_option_are_still_the_commands_ids(kb: Path, capsys):
    # `review reject --kb DIR ID`: argparse alone would stop the list at the option.
    code, _, err = run(capsys, "review", "reject", "--kb", str(kb), "brightline-insights")
    assert code == 0 and "rejected 1" in err
    with pytest.raises(SystemExit) as exited:
        run(capsys, "review", "reject", "--kb", str(kb), "x", "--frob")
    assert exited.value.code == 2 and "unrecognized arguments: x --frob" in capsys.readouterr().err


def test_review_lists_as_json_and_refuses_unknown_ids(kb: Path, capsys):
    code, out, _ = run(capsys, "review", "--json", "--kb", str(kb))
    assert code == 0
    items = json.loads(out)
    assert {"id", "type", "label", "confidence", "rule", "source", "passage", "quote"} <= set(
        items[0]
    )
    with pytest.raises(UserError, match="no-such-record"):
        review.accept(kb, load_kb(kb), ["no-such-record"])
    code, _, err = run(capsys, "review", "accept", "no-such-record", "--kb", str(kb))
    assert code == 1 and "no-such-record" in err and "Traceback" not in err


def test_export_includes_extracted_records_with_origin_and_confidence(kb: Path, capsys):
    _code, out, _ = run(capsys, "export", "--kb", str(kb))
    data = json.loads(out)
    origins = {c["origin"] for c in data["companies"]}
    assert origins == {"curated", "extracted"}
    assert all(
        {"confidence", "origin", "rank", "holder", "as_of"} <= set(s) for s in data["market_share"]
    )
    assert any(b.get("origin") == "extracted" for b in data["batteries"])
    assert any(i.get("origin") == "extracted" for i in data["investments"])


def test_search_finds_a_paragraph_by_the_company_it_only_describes(kb: Path):
    from evkb.search import SearchIndex

    built = load_kb(kb)
    hits = SearchIndex.build(built).search("Nordvik Battery March 2024", limit=3)
    assert hits[0].passage.text.startswith("The Korean cell giant held 13.2 percent")
    assert all(end <= len(hits[0].passage.text) and start < end for start, end in hits[0].spans)


def test_a_new_article_contradicting_a_curated_generation_is_a_cross_source_conflict(
    tmp_path: Path,
):
    folder = tmp_path / "kb"
    for name in ("sources", "curated"):
        shutil.copytree(DATA / name, folder / name)
    (folder / "sources" / "range-claim.txt").write_text(
        "Toyota sets out its battery plans\n"
        "Toyota said its all-solid-state battery will give a range of 1,500 km when it arrives.\n",
        encoding="utf-8",
    )
    built = build(folder)[0]
    solid = built.battery("toyota-solid-state")
    new = [f for f in solid.facts if f.origin == "extracted" and f.attribute == "range"]
    assert [(f.value, f.unit) for f in new] == [(1500, "km")]
    assert solid.facts[0].origin == "curated"  # curated facts first
    conflicts = [c for c in built.conflicts if c.kind == "cross-source" and c.attribute == "range"]
    assert any("range-claim" in {side.source for side in c.sides} for c in conflicts)


def test_review_lists_by_source_type_and_confidence(kb: Path, capsys):
    everything = review.pending(load_kb(kb))
    source = everything[-1].source
    code, out, err = run(capsys, "review", "--ids", "--source", source, "--kb", str(kb))
    assert code == 0
    assert out.split() == [p.id for p in everything if p.source == source]
    code, out, err = run(capsys, "review", "--type", "share", "--type", "battery", "--kb", str(kb))
    shown = {p.id for p in everything if p.type in ("share", "battery")}
    assert code == 0 and shown and all(f"{i}  [" in out for i in shown)
    assert f"{len(shown)} extracted records await review" in err and "companies" not in err
    code, out, _ = run(capsys, "review", "--json", "--below", "0.7", "--kb", str(kb))
    assert {i["id"] for i in json.loads(out)} == {p.id for p in everything if p.confidence < 0.7}


def test_review_filters_refuse_what_they_cannot_mean(kb: Path, capsys):
    for args, message in (
        (("--source", "no-such-source"), "no record awaits review from no-such-source"),
        (("--below", "7"), "not a confidence between 0 and 1"),
        (("reject", "--type", "share"), "name the ids"),
    ):
        code, _, err = run(capsys, "review", *args, "--kb", str(kb))
        assert code == 1 and message in err and "Traceback" not in err


def test_ids_listed_by_a_filter_can_be_rejected_together(kb: Path, capsys):
    _, out, _ = run(capsys, "review", "--ids", "--type", "company", "--kb", str(kb))
    ids = out.split()
    code, _, err = run(capsys, "review", "reject", "--kb", str(kb), *ids)
    assert code == 0 and f"rejected {len(ids)}" in err
    assert not [p for p in review.pending(load_kb(kb)) if p.type == "company"]
    assert run(capsys, "check", "--kb", str(kb))[0] == 0
