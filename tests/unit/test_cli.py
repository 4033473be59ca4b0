"""The command surface end to end on copies of the bundled knowledge base."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from evkb.cli import main

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
FOURTH = ROOT / "tests" / "fixtures" / "fourth" / "uk-gigafactory.txt"
UNRELATED_NAMES = (
    "Trello",
    "OpenAI",
    "Nvidia",
    "Oracle",
    "SoftBank",
    "Blackstone",
    "Amazon",
    "Cyera",
    "Anthropic",
    "ExxonMobil",
)


@pytest.fixture
def kb(bundled_copy: Path) -> Path:
    return bundled_copy


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def export(capsys, kb: Path) -> dict:
    code, out, _ = run(capsys, "export", "--kb", str(kb))
    assert code == 0
    return json.loads(out)


def test_build_is_deterministic_and_the_committed_kb_is_fresh(kb, capsys):
    committed = (kb / "kb.toml").read_bytes()
    assert run(capsys, "build", "--kb", str(kb))[0] == 0
    first = (kb / "kb.toml").read_bytes()
    assert run(capsys, "build", "--kb", str(kb))[0] == 0
    assert (kb / "kb.toml").read_bytes() == first
    assert first == committed, "data/kb.toml is stale: run `evkb build --kb data`"


def test_check_passes_on_the_bundled_data(capsys):
    code, _, err = run(capsys, "check", "--kb", str(DATA))
    assert code == 0, err


def test_export_carries_the_figures_with_units_and_sources(kb, capsys):
    data = export(capsys, kb)
    assert {
        "sources",
        "passages",
        "claims",
        "companies",
        "batteries",
        "market_share",
        "investments",
        "conflicts",
    } <= set(data)
    assert all(s["id"] and len(s["sha256"]) == 64 for s in data["sources"])
    assert {p["kind"] for p in data["passages"]} >= {
        "body",
        "heading",
        "caption",
        "boilerplate",
        "unrelated",
    }

    shares = {(s["company"], s["percent"], s["bound"]) for s in data["market_share"]}
    assert ("catl", 37.6, "=") in shares and ("byd", 16.1, "=") in shares
    catl = next(s for s in data["market_share"] if s["company"] == "catl")
    assert (
        catl["as_of"] == "2024-07"
        and catl["source"] == "japan-battery-push"
        and "37.6%" in catl["quote"]
    )

    amounts = {(a["value"], a["unit"]) for i in data["investments"] for a in i["amounts"]}
    assert {(853e6, "USD"), (120e9, "JPY"), (7e9, "USD"), (1e12, "JPY"), (2.44e9, "USD")} <= amounts

    quantities = {(q["value"], q["unit"]) for c in data["claims"] for q in c["quantities"]}
    assert {
        (600, "mi"),
        (965, "km"),
        (150, "GWh"),
        (20, "min"),
        (37.6, "percent"),
        (29282, "count"),
    } <= quantities
    for claim in data["claims"]:
        for q in claim["quantities"]:
            assert {"value", "unit", "text", "qualifier"} <= set(q)


def test_nothing_from_unrelated_headlines_becomes_a_claim_or_company(kb, capsys):
    data = export(capsys, kb)
    kinds = {p["id"]: p["kind"] for p in data["passages"]}
    assert all(kinds[c["passage"]] in ("body", "heading") for c in data["claims"])
    names = json.dumps([data["claims"], data["companies"], data["candidates"], data["investments"]])
    for name in UNRELATED_NAMES:
        assert name not in names
    # the unrelated lists are still there, as passages of their own kind
    assert any("Trello" in p["text"] and p["kind"] == "unrelated" for p in data["passages"])


def test_conflicts_report_both_quotes(kb, capsys):
    # A regression guard on the bundled articles; each rule has its own tests in
    # test_conflict_rules.py and held-out article pairs in test_conflict_pairs.py.
    code, out, _ = run(capsys, "conflicts", "--kb", str(kb), "--json")
    assert code == 0
    conflicts = json.loads(out)
    assert [(c["kind"], c["attribute"]) for c in conflicts] == [
        ("heading-vs-body", "charging"),
        ("direction", "change"),
        ("attribution", "sales: change"),
    ]
    charging = conflicts[0]
    assert [s["value"] for s in charging["sides"]] == ["10 min", "20 min"]
    assert [s["written"] for s in charging["sides"]] == [
        "10-Minute Charging",
        "rapid charging in 20 minutes",
    ]
    # Two records joined only by a number (600 miles of one battery, 600 km of another) are
    # not a unit slip; nor is "roughly 720 miles" against "more than 620 miles".
    assert not any(c["kind"] in ("unit-slip", "cross-source") for c in conflicts)
    code, out, _ = run(capsys, "conflicts", "--kb", str(kb))
    assert "fell from 0.7% to 1.6%" in out
    assert (
        "heading-vs-body: High Performance \u00b7 charging: 10 min (heading) against 20 min (body)"
        in out
    )
    code, out, _ = run(capsys, "conflicts", "--kb", str(kb), "--agreements", "--json")
    assert code == 0 and json.loads(out) == []


def test_search_json_and_stdin(kb, capsys, monkeypatch):
    code, out, _ = run(
        capsys, "search", "--kb", str(kb), "--json", "--limit", "3", "sold state batery range"
    )
    assert code == 0
    hits = json.loads(out)
    assert 1 <= len(hits) <= 3
    assert {"passage", "source", "score", "text"} <= set(hits[0])
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("CATL share\nnissan lithium iron phosphate\n"))
    code, out, _ = run(capsys, "search", "--kb", str(kb), "--stdin", "--limit", "2")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert all(isinstance(json.loads(line), list) for line in lines)


def test_compare_formats(kb, capsys):
    code, out, _ = run(
        capsys, "compare", "--kb", str(kb), "--format", "csv", "High Performance", "All-solid-state"
    )
    assert code == 0
    rows = out.splitlines()
    assert rows[0] == "attribute,High Performance,All-solid-state"
    assert any(r.startswith("Charging time,10 min / 20 min ≠,10 min") for r in rows)
    code, out, _ = run(
        capsys, "compare", "--kb", str(kb), "--format", "markdown", "High Performance"
    )
    # "620-Mile Range" has no km in its text: the conversion is marked; "(1,000 km)" is quoted.
    assert "≈998 km / exceeding 1,000 km" in out
    code, out, _ = run(
        capsys, "compare", "--kb", str(kb), "--format", "markdown", "--units", "imperial"
    )
    assert code == 0 and "| Range |" in out and "mi" in out and "Sources:" in out
    code, out, _ = run(capsys, "compare", "--kb", str(kb), "--format", "json", "toyota-performance")
    data = json.loads(out)
    range_row = next(r for r in data["rows"] if r["attribute"] == "range")
    fact = range_row["cells"]["toyota-performance"]["facts"][0]
    assert fact["source"] == "toyota-solid-state" and "500 miles (800 km)" in fact["quote"]


def test_compare_names_the_maker_by_company_in_every_format(kb, capsys):
    # An article calls the maker of the after-2028 batteries by a nickname; the row names the
    # company, as the app does, and keeps the quote that states the maker.
    code, out, _ = run(capsys, "compare", "--kb", str(kb), "--format", "json", "toyota-900-mile")
    maker = next(r for r in json.loads(out)["rows"] if r["attribute"] == "maker")
    cell = maker["cells"]["toyota-900-mile"]
    assert cell["text"] == "Toyota Motor" and cell["facts"] and not cell["conflict"]
    for fmt in ("table", "csv", "markdown"):
        code, out, _ = run(capsys, "compare", "--kb", str(kb), "--format", fmt, "toyota-900-mile")
        assert code == 0 and "Toyota" in out
        assert "Nippon car group" not in out.split("Sources:")[0]


def test_compare_of_many_generations_splits_into_tables_that_fit(kb, capsys, monkeypatch):
    # Eight generations squeezed into 80 columns would leave every cell an ellipsis.
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run(capsys, "compare", "--kb", str(kb))
    assert code == 0
    titles = [line.strip() for line in out.splitlines() if "Battery generations (" in line]
    assert titles[0] == "Battery generations (1-2 of 8)" and len(titles) == 4
    assert "High Performance" in out and "All-solid-state" in out  # every generation shown
    assert max(len(line) for line in out.splitlines()) <= 80


def test_compare_unknown_battery_is_one_clear_line(kb, capsys):
    code, out, err = run(capsys, "compare", "--kb", str(kb), "toyota-perfomance")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "did you mean" in err


def test_init_then_add_a_fourth_article(tmp_path, capsys):
    folder = tmp_path / "mine"
    assert run(capsys, "init", str(folder))[0] == 0
    code, _, err = run(capsys, "add", "--kb", str(folder), str(FOURTH))
    assert code == 0, err
    assert "Northvale Cell Technologies" in err  # reported as a candidate for the curator
    data = export(capsys, folder)
    claims = [c for c in data["claims"] if c["source"] == "uk-gigafactory"]
    quantities = {(q["value"], q["unit"]) for c in claims for q in c["quantities"]}
    assert {
        (1.2e9, "GBP"),
        (350e6, "EUR"),
        (56e9, "JPY"),
        (12, "GWh"),
        (500, "km"),
        (18, "min"),
    } <= quantities
    assert any("panasonic" in c["entities"] for c in claims)
    candidates = {c["name"] for c in data["candidates"] if c["source"] == "uk-gigafactory"}
    assert "Northvale Cell Technologies" in candidates
    assert not candidates & {
        "Cloudmesh",
        "Helix Robotics Ltd",
        "Orbitbank Group",
        "Lattice Labs",
        "Electric Week Media Ltd",
    }
    assert not any("Cloudmesh" in c["text"] or "Orbitbank" in c["text"] for c in claims)
    # searchable at once
    code, out, _ = run(capsys, "search", "--kb", str(folder), "--json", "sunderland gigafactory")
    assert json.loads(out)[0]["source"] == "uk-gigafactory"
    # the same article again is refused, with the id it already has
    code, _, err = run(capsys, "add", "--kb", str(folder), str(FOURTH))
    assert code == 1 and "already in the knowledge base as 'uk-gigafactory'" in err


def test_init_refuses_a_folder_with_files(tmp_path, capsys):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "keep.txt").write_text("mine")
    code, _, err = run(capsys, "init", str(tmp_path / "x"))
    assert code == 1 and "not empty" in err
    assert (tmp_path / "x" / "keep.txt").read_text() == "mine"


def test_console_script_help_is_fast_and_textual_free():
    code = "import sys\nfrom evkb.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\nprint('textual' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().endswith("False")
    assert "search" in result.stdout
