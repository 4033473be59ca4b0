"""The timeline's entries: every dated statement, in year order, each with its citation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from evkb.kb.store import read_kb
from evkb.kb.units import format_value
from evkb.model import Battery, Citation, Fact, Figure, Investment, KnowledgeBase, Share
from evkb.timeline import by_year, timeline_entries

KB_TOML = Path(__file__).resolve().parents[2] / "data" / "kb.toml"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    # read_kb, not load_kb: nothing is written beside the bundled data.
    return read_kb(KB_TOML)


@pytest.fixture(scope="module")
def entries(kb):
    return timeline_entries(kb)


def test_in_year_order_from_first_to_last_year(entries):
    years = [e.year for e in entries]
    assert years == sorted(years)
    assert {2025, 2026, 2027, 2028, 2029, 2030} <= set(years)


def test_every_entry_traces_to_a_passage_that_holds_its_quote(kb, entries):
    assert entries
    for entry in entries:
        passage = kb.passage(entry.cite.passage)
        assert entry.cite.quote in passage.text, entry


def test_every_launch_date_is_listed(kb, entries):
    launches = [
        (b.id, f.cite.passage, f.cite.start) for b in kb.batteries for f in b.values("launch")
    ]
    listed = [(e.record, e.cite.passage, e.cite.start) for e in entries if e.kind == "battery"]
    assert sorted(listed) == sorted(launches)
    assert len(launches) >= 8


def test_every_dated_figure_and_dated_share_is_listed(kb, entries):
    dated = {
        f.id for f in kb.figures if f.year or any(x.unit in ("year", "month") for x in f.facts)
    }
    assert {e.record for e in entries if e.kind == "figure"} == dated
    shares = [s for s in kb.shares if s.as_of]
    assert len([e for e in entries if e.kind == "share"]) == len(shares)
    assert not [f for f in kb.figures if f.id not in dated and f.year]


def test_a_range_is_listed_once_under_its_first_year(kb, entries):
    battery = kb.battery("toyota-bipolar-lfp")
    (fact,) = battery.values("launch")
    found = [e for e in entries if e.record == battery.id]
    assert len(found) == 1
    (entry,) = found
    assert (entry.year, entry.year_to, entry.is_range) == (2026, 2027, True)
    assert entry.when == format_value(
        fact.value, fact.unit, qualifier=fact.qualifier, value_to=fact.value_to
    )
    assert entry.when == "around 2026\u20132027"
    assert entry.stated == "around 2026 or 2027"
    assert entry in dict(by_year(entries))[2026]
    assert entry not in dict(by_year(entries))[2027]


def test_vague_dates_stay_vague(entries):
    by_record = {(e.record, e.when) for e in entries}
    assert ("toyota-popularization", "after 2027") in by_record
    assert ("toyota-900-mile", "after 2028") in by_record
    assert ("toyota-solid-state", "around 2028") in by_record
    assert ("japan-target-150-gwh", "by 2030") in by_record
    # "after 2028" is the latest statement of its year.
    year_2028 = dict(by_year(entries))[2028]
    assert year_2028[-1].when == "after 2028"


def test_dates_from_record_fields_are_formatted_by_the_one_formatter(entries):
    sales = next(e for e in entries if e.record == "japan-ev-sales-2024-06")
    assert (sales.year, sales.month, sales.when) == (2024, 6, "June 2024")
    assert sales.when == format_value(2024.0, "month", iso="2024-06")
    shares = [e for e in entries if e.kind == "share"]
    assert shares and all(e.when == "July 2024" for e in shares)
    assert any("37.6%" in e.what for e in shares)


def test_the_core_module_does_not_import_textual():
    code = (
        "import sys, evkb.timeline; print(any(m.split('.')[0] == 'textual' for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


# A knowledge base made in Python, for the forms the bundled one does not have.
CITE = Citation("doc", "a quote", "doc:p0", 0, 7)
NO_CITE = Citation("", "")


def test_forms_the_bundled_base_lacks():
    kb = KnowledgeBase(
        batteries=[
            Battery(
                "b1",
                "Cell",
                "maker",
                (
                    Fact("launch", "2027-28", CITE, qualifier="in"),  # a date kept as text
                    Fact("launch", "later this decade", CITE),  # names no year: not placed
                    Fact("launch", 2031.0, NO_CITE, "year"),  # no citation: never shown
                    Fact("production_start", 2029.0, CITE, "year", "before"),
                    Fact("range", 500.0, CITE, "km"),
                ),
            )
        ],
        investments=[
            Investment(
                "i1",
                "investment",
                (Fact("amount", 2e9, CITE, "USD"), Fact("amount", 3e11, CITE, "JPY")),
                CITE,
                by=("maker",),
                purpose="a plant",
                year="2025",
            ),
            Investment("i2", "subsidy", (Fact("amount", 1e6, CITE, "USD"),), CITE),
        ],
        figures=[
            Figure(
                "f1",
                "capacity target",
                "Place",
                (Fact("target", 10.0, CITE, "GWh"),),
                CITE,
                year="2030",
            )
        ],
        shares=[Share("x", "X", 10.0, "<", CITE, as_of="2024-07")],
    )
    got = {(e.record, e.year, e.when) for e in timeline_entries(kb)}
    assert got == {
        ("i1", 2025, "2025"),
        ("b1", 2027, "in 2027-28"),
        ("b1", 2029, "before 2029"),
        ("f1", 2030, "2030"),
        ("x", 2024, "July 2024"),
    }
    entries = {e.record: e for e in timeline_entries(kb)}
    assert entries["x"].what.startswith("X: less than 10%")
    assert "$2 billion" in entries["i1"].what and "a plant" in entries["i1"].what
    assert "capacity target" in entries["f1"].what and "10 GWh" in entries["f1"].what


def test_a_share_of_a_metric_named_share_reads_once():
    shares = [
        Share("x", "X", 6.2, "=", CITE, as_of="2023", metric="market share"),
        Share("y", "Y", 16.1, "=", CITE, as_of="2024-07", metric="EV battery market"),
    ]
    entries = {e.record: e.what for e in timeline_entries(KnowledgeBase(shares=shares))}
    assert entries["x"] == "X: 6.2% market share"
    assert entries["y"] == "Y: 16.1% share of EV battery market"
