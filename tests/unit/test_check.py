"""`evkb check`: quotes found in their sources, values found in their quotes, everything at once."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evkb.kb.check import check_kb
from evkb.kb.cite import closest_passage, locate_quote, value_in_quote
from evkb.kb.load import inputs_digest
from evkb.model import Citation, Fact, Passage

DATA = Path(__file__).resolve().parents[2] / "data"

ALPHA = """\
Acme Motors Unveils a New Battery
Acme Motors plans a solid-state battery with a range of 620 miles (1,000 km) by 2027.
The battery charges from 10 to 80 percent in 10 minutes, the company’s engineers said.
CellCo holds a 37.6% share of the global market, more than half of it in Asia.
"""

COMPANIES = """\
[[company]]
id = "acme"
name = "Acme Motors"
kind = "automaker"
cite = [{ source = "alpha", quote = "Acme Motors plans" }]

[[company]]
id = "cellco"
name = "CellCo"
kind = "cell maker"
cite = [{ source = "alpha", quote = "CellCo holds" }]
"""

BATTERY = """\
[[battery]]
id = "acme-solid"
name = "Solid"
maker = "acme"

[[battery.fact]]
attribute = "range"
value = {range}
unit = "mi"
source = "alpha"
quote = "{quote}"

[[battery.fact]]
attribute = "maker"
value = "acme"
source = "alpha"
quote = "Acme Motors plans a solid-state battery"

[[battery.fact]]
attribute = "charging"
value = 10
unit = "min"
source = "alpha"
quote = "in 10 minutes, the company's engineers said"
"""


def make_kb(
    root: Path, *, range_: int = 620, quote: str = "a range of 620 miles (1,000 km)", **curated: str
) -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "curated").mkdir()
    (root / "sources" / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    (root / "curated" / "companies.toml").write_text(COMPANIES, encoding="utf-8")
    battery = BATTERY.format(range=range_, quote=quote)
    (root / "curated" / "batteries.toml").write_text(battery, encoding="utf-8")
    for name, text in curated.items():
        (root / "curated" / f"{name}.toml").write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def errors(problems):
    return [str(p) for p in problems if p.severity == "error"]


def test_the_bundled_knowledge_base_checks_clean(tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(DATA, kb, ignore=shutil.ignore_patterns("kb.toml", ".evkb-cache"))
    assert errors(check_kb(kb)) == []


def test_a_clean_folder_has_no_problems(tmp_path):
    assert check_kb(make_kb(tmp_path)) == []


def test_quote_not_found_names_the_source_and_the_closest_passage(tmp_path):
    kb = make_kb(tmp_path, quote="a range of 620 mile (1,000 km)")
    problems = check_kb(kb)
    assert len(problems) == 1, problems
    problem = problems[0]
    assert problem.path == str(kb / "curated" / "batteries.toml")
    assert (problem.line, problem.col) == (11, 1)
    assert "battery 'acme-solid' fact 'range': quote not found in source 'alpha'" in problem.message
    assert "; closest passage alpha:p" in problem.message
    assert "a range of 620 miles (1,000 km)" in problem.message


def test_value_not_in_quote_says_what_the_quote_states(tmp_path):
    problems = check_kb(make_kb(tmp_path, range_=900))
    assert len(problems) == 1, problems
    assert problems[0].message == (
        "battery 'acme-solid' fact 'range': value 900 mi not in quote: it states 620 mi, 1,000 km"
    )
    assert (problems[0].line, problems[0].col) == (11, 1)


def test_every_problem_in_one_run_sorted_by_place(tmp_path):
    kb = make_kb(
        tmp_path,
        range_=900,
        broken='[[share]]\nlabel = "x\n',
        shares="""\
        [[share]]
        holder = "celco"
        label = "CellCo"
        percent = 37.6
        source = "alpha"
        quote = "CellCo holds a 37.6% share"

        [[share]]
        label = "CellCo in Asia"
        percent = 50
        bound = ">"
        text = "more than half"
        source = "alpha"
        quote = "more than half of it in Asia"

        [[share]]
        label = "Wrong"
        percent = 12
        source = "beta"
        quote = "12%"
        """,
    )
    (kb / "sources" / "latin.txt").write_bytes(b"Caf\xe9 au lait.\n")
    (kb / "sources" / "binary.txt").write_bytes(b"\x00\x01\x02")
    (kb / "sources" / "empty.md").write_bytes(b"")
    (kb / "sources" / "sources.toml").write_text('[source.alpha]\ntitel = "A"\n', encoding="utf-8")
    found = [str(p) for p in check_kb(kb)]
    expected = [
        "curated/batteries.toml:11:1: battery 'acme-solid' fact 'range': value 900 mi not in quote",
        "curated/broken.toml:2:11: TOML syntax error",
        "curated/shares.toml:2:1: share 'CellCo': 'holder' names no company 'celco'; "
        "did you mean 'cellco'?",
        "curated/shares.toml:19:1: share 'Wrong': 'source' names no source 'beta'",
        "sources/binary.txt:1:1: refused: binary file",
        "sources/empty.md:1:1: refused: empty file",
        "sources/latin.txt:1:4: warning: invalid UTF-8 at byte 3",
        "sources/sources.toml:2:1: source 'alpha': unknown key 'titel'; did you mean 'title'?",
    ]
    assert len(found) == len(expected), "\n".join(found)
    for line, start in zip(found, expected, strict=True):
        assert line.startswith(str(kb) + "/" + start), (line, start)


def test_a_stale_kb_toml_is_a_warning_and_a_damaged_or_unversioned_one_an_error(tmp_path):
    from evkb.kb.build import build

    kb = make_kb(tmp_path)
    _, built = build(kb)
    assert check_kb(kb) == []
    whole = built.read_text(encoding="utf-8")
    (kb / "sources" / "alpha.txt").write_text(ALPHA + "One more line.\n", encoding="utf-8")
    (problem,) = check_kb(kb)
    assert problem.severity == "warning" and problem.path == str(built)
    assert "out of date" in problem.message and "evkb build" in problem.message
    lines = whole.splitlines(keepends=True)
    for damaged in (
        "not toml [",
        "".join(lines[: len(lines) // 2]),
        f'[meta]\ninputs_sha256 = "{inputs_digest(kb)}"\n',
    ):
        built.write_text(damaged, encoding="utf-8")
        (problem,) = check_kb(kb)
        assert problem.severity == "error" and problem.path == str(built)
        assert "run `evkb build`" in problem.message


def test_a_missing_folder_is_one_problem(tmp_path):
    (problem,) = check_kb(tmp_path / "nowhere")
    assert "no such knowledge-base folder" in problem.message
    (problem,) = check_kb(tmp_path)
    assert problem.path == str(tmp_path / "sources")


# --- locate_quote ------------------------------------------------------------------------------


def test_locate_quote_exact_and_loose_with_offsets_into_the_original():
    text = "He said \u201cit\u2019s done\u201d \u2014 in\n  2027.\n"
    assert locate_quote("it\u2019s", text) == (9, 13)
    span = locate_quote('"it\'s done" - in 2027', text)
    assert span == (8, 31)
    assert text[span[0] : span[1]] == "\u201cit\u2019s done\u201d \u2014 in\n  2027"
    assert locate_quote("its done", text) is None
    assert locate_quote("IT'S DONE", text) is None  # case is part of a quote
    assert locate_quote("   ", text) is None
    assert locate_quote("wait...", "wait\u2026 what") == (0, 5)


def test_closest_passage_finds_the_one_that_looks_like_the_quote():
    passages = [
        Passage("a:p0", "a", 0, "body", 0, 10, "Toyota plans a new battery plant in Kyushu."),
        Passage(
            "a:p1", "a", 1, "body", 11, 20, "Nissan will spend $7 billion to raise production."
        ),
    ]
    assert closest_passage("Nissan will spent 7 billion", passages).id == "a:p1"
    assert closest_passage("anything", []) is None


# --- value_in_quote ------------------------------------------------------------------------------


def fact(value, unit="", **more) -> Fact:
    return Fact("x", value, Citation("a", "q"), unit=unit, **more)


@pytest.mark.parametrize(
    ("value", "unit", "quote", "expected"),
    [
        (620, "mi", "a range of more than 620 miles", True),
        (900, "mi", "a range of more than 620 miles", False),
        (1000, "km", "620 miles (1,000 km)", True),
        (998, "km", "a 620-mile range", True),  # converted, within 1%
        (620, "km", "620 miles", False),
        (853_000_000, "USD", "a roughly $853 million (120 billion yen) subsidy", True),
        (120_000_000_000, "JPY", "a roughly $853 million (120 billion yen) subsidy", True),
        (853_000_000, "JPY", "a roughly $853 million subsidy", False),
        (-20, "percent", "costs 20% lower than today", True),
        (37.6, "percent", "a 37.6% share", True),
        (10, "min", "charges in 10 minutes", True),
        (20, "min", "charges in 10 minutes", False),
        (2027, "year", "launch by 2027", True),
        (2028, "year", "launch by 2027", False),
        (3, "count", "three new plants", True),
    ],
)
def test_numbers_must_be_among_the_figures_of_the_quote(value, unit, quote, expected):
    assert value_in_quote(fact(value, unit), quote) is expected


def test_ranges_text_fallback_and_strings():
    assert value_in_quote(fact(2026, "year", value_to=2027), "in 2026 or 2027")
    assert not value_in_quote(fact(2026, "year", value_to=2029), "in 2026 or 2027")
    # No percent figure in the quote: the value as written stands for it.
    assert value_in_quote(
        fact(50, "percent", text="more than half"), "more than half of the market"
    )
    assert value_in_quote(fact(90, "percent", text="most"), "most of the market")
    assert not value_in_quote(fact(90, "percent", text="nearly all"), "most of the market")
    assert not value_in_quote(fact(60, "percent", text="most"), "more than half, most of it")
    assert value_in_quote(fact("Solid-State"), "an all-solid-state battery")
    assert not value_in_quote(fact("lithium iron phosphate"), "LFP cells")
    names = {"lithium iron phosphate": ("lithium iron phosphate", "LFP")}
    assert value_in_quote(fact("lithium iron phosphate"), "LFP cells", names)
    assert value_in_quote(fact(""), "anything")


def test_facts_inheriting_a_quote_are_checked_against_it_and_reported_once(tmp_path):
    kb = make_kb(
        tmp_path,
        money="""\
        [[investment]]
        id = "plan"
        kind = "spending"
        by = "acme"
        source = "alpha"
        quote = "a range of 620 miles (1,000 km) by 2026"

        [[investment.amount]]
        value = 620
        unit = "mi"

        [[investment.amount]]
        value = 1000
        unit = "km"

        [[figure]]
        id = "target"
        kind = "launch plan"
        subject = "acme"
        source = "alpha"
        quote = "a range of 620 miles (1,000 km) by 2027"

        [[figure.fact]]
        attribute = "launch"
        value = 2028
        unit = "year"
        """,
    )
    found = [(p.line, p.message) for p in check_kb(kb)]
    assert found == [
        (
            6,
            "investment 'plan': quote not found in source 'alpha'; closest passage alpha:p1: "
            '"Acme Motors plans a solid-state battery with a range of 620 miles (1,000 km) '
            'by 2027."',
        ),
        (21, "figure 'target' fact 'launch': value 2028 not in quote: it states 2027"),
    ]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(document=st.binary(max_size=300), quote=st.text(max_size=40))
def test_any_document_and_quote_give_problems_not_tracebacks(tmp_path, document, quote):
    kb = tmp_path / "kb"
    shutil.rmtree(kb, ignore_errors=True)
    make_kb(kb, quote=quote.replace("\\", "/").replace('"', "'"))
    (kb / "sources" / "alpha.txt").write_bytes(document)
    for problem in check_kb(kb):
        assert problem.line >= 1 and problem.col >= 1 and problem.message
