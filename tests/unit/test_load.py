"""Reading a knowledge-base folder: TOML, key positions, the curated schema, sources, manifest."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evkb.kb.load import (
    KBError,
    Positions,
    Problem,
    did_you_mean,
    inputs_digest,
    list_sources,
    load_curated,
    load_manifest,
    read_source_file,
    read_toml,
)

SOURCES = ("alpha", "beta")

COMPANIES = """\
[[company]]
id = "acme"
name = "Acme Motors"
kind = "automaker"
aliases = ["Acme"]
cite = [{ source = "alpha", quote = "Acme Motors plans" }]

[[company]]
id = "cellco"
name = "CellCo"
kind = "cell maker"
cite = [{ source = "beta", quote = "CellCo" }]
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def curated(tmp_path: Path, **files: str) -> tuple:
    """Load a curated/ folder made of `files` (name without .toml -> text) plus the companies."""
    files.setdefault("companies", COMPANIES)
    for name, text in files.items():
        write(tmp_path / "curated", f"{name}.toml", text)
    return load_curated(tmp_path, SOURCES)


def messages(problems: list[Problem]) -> list[str]:
    return [str(p) for p in problems]


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, messages(problems)
    return problems[0]


# --- Problem, KBError, read_toml ------------------------------------------------------------


def test_problem_formats_as_path_line_col():
    assert str(Problem("a.toml", 3, 7, "bad")) == "a.toml:3:7: bad"
    assert str(Problem("a.toml", 3, 7, "odd", "warning")) == "a.toml:3:7: warning: odd"
    err = KBError([Problem("a", 1, 1, "x"), Problem("b", 2, 2, "y")])
    assert str(err) == "a:1:1: x\nb:2:2: y"
    assert len(err.problems) == 2


def test_read_toml_syntax_error_is_located(tmp_path):
    path = write(tmp_path, "bad.toml", 'a = 1\nb = "open\nc = 3\n')
    with pytest.raises(KBError) as info:
        read_toml(path)
    problem = only(info.value.problems)
    assert (problem.path, problem.line) == (str(path), 2)
    assert problem.col >= 5
    assert "TOML syntax error" in problem.message


def test_read_toml_refuses_non_utf8_with_position(tmp_path):
    path = tmp_path / "latin.toml"
    path.write_bytes(b'a = 1\nname = "Caf\xe9"\n')
    with pytest.raises(KBError) as info:
        read_toml(path)
    problem = only(info.value.problems)
    assert (problem.line, problem.col) == (2, 12)
    assert "UTF-8" in problem.message and "offset 17" in problem.message


def test_read_toml_accepts_a_bom_and_reports_missing_files(tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbfa = 1\n")
    assert read_toml(path) == {"a": 1}
    with pytest.raises(KBError) as info:
        read_toml(tmp_path / "absent.toml")
    assert "cannot read" in only(info.value.problems).message


# --- positions --------------------------------------------------------------------------------


def test_positions_find_keys_in_arrays_of_tables_and_inline_tables():
    text = textwrap.dedent(
        '''\
        # comment [[battery]]
        [[battery]]
        id = "a"
        notes = """multi
        [[battery]] not a header"""

        [[battery.fact]]
        attribute = "range"

        [[battery]]
        id = "b"
        "quoted key" = 1
        dotted.key = 2
        cite = [
          { source = "alpha", quote = "x, y" },
          {source='beta',quote='z'},
        ]

        [[battery.fact]]
        attribute = "launch"

        [[battery.fact]]
          value = 3 # trailing
        '''
    )
    where = Positions(text)
    assert where.find(("battery", 0)) == (2, 1)
    assert where.find(("battery", 0, "fact", 0, "attribute")) == (8, 1)
    assert where.find(("battery", 1, "id")) == (11, 1)
    assert where.find(("battery", 1, "quoted key")) == (12, 1)
    assert where.find(("battery", 1, "dotted", "key")) == (13, 8)
    assert where.find(("battery", 1, "cite", 0, "quote")) == (15, 23)
    assert where.find(("battery", 1, "cite", 1, "quote")) == (16, 18)
    assert where.find(("battery", 1, "fact", 1, "value")) == (23, 3)
    # Unknown paths fall back to the nearest table that is known.
    assert where.find(("battery", 1, "fact", 0, "missing")) == (19, 1)
    assert where.find(("nothing",)) == (1, 1)


def test_did_you_mean():
    assert did_you_mean("qoute", ["source", "quote"]) == "; did you mean 'quote'?"
    assert did_you_mean("zzzz", ["source", "quote"]) == ""
    assert did_you_mean("miles", ["km", "mi"], {"miles": "mi"}) == "; did you mean 'mi'?"


# --- the curated schema -----------------------------------------------------------------------


def test_valid_curated_files_load_sorted_with_their_checks(tmp_path):
    records, problems = curated(
        tmp_path,
        batteries="""\
        [[battery]]
        id = "zeta"
        name = "Zeta"
        maker = "acme"

        [[battery.fact]]
        attribute = "range"
        value = 620
        unit = "mi"
        source = "alpha"
        quote = "a range of 620 miles"

        [[battery]]
        id = "alpha-cell"
        name = "Alpha"
        """,
        money="""\
        [[investment]]
        id = "grant"
        kind = "subsidy"
        to = "acme"
        source = "alpha"
        quote = "a $10 million grant"

        [[investment.amount]]
        value = 10_000_000
        unit = "USD"

        [[share]]
        label = "CellCo"
        holder = "cellco"
        percent = 37.6
        as_of = 2023-12-31
        source = "beta"
        quote = "37.6%"

        [[share]]
        label = "Acme"
        holder = "acme"
        percent = 5
        bound = "<"
        as_of = "2022"
        source = "beta"
        quote = "less than 5%"

        [[relation]]
        subject = "cellco"
        type = "supplier of"
        object = "acme"
        source = "beta"
        quote = "CellCo supplies Acme"
        """,
    )
    assert problems == []
    assert [b.id for b in records.batteries] == ["alpha-cell", "zeta"]
    assert records.batteries[1].facts[0].value == 620
    assert [c.id for c in records.companies] == ["acme", "cellco"]
    assert [s.as_of for s in records.shares] == ["2022", "2023-12-31"]
    grant = records.investments[0]
    assert grant.to == ("acme",)
    assert grant.amounts[0].attribute == "amount"
    assert grant.amounts[0].cite.quote == "a $10 million grant"  # inherited
    assert records.relations[0].object == "acme"
    # Every citation is queued, located at its quote; an inherited one at the table's quote.
    quotes = {(c.cite.quote, c.line) for c in records.checks}
    assert ("a range of 620 miles", 11) in quotes
    assert ("a $10 million grant", 6) in quotes
    assert ("Acme Motors plans", 6) in quotes
    fact_checks = [c for c in records.checks if c.fact is not None]
    assert {c.label for c in fact_checks} >= {"battery 'zeta' fact 'range'", "share 'CellCo'"}


def test_unknown_key_is_located_with_a_suggestion(tmp_path):
    records, problems = curated(
        tmp_path,
        batteries="""\
        [[battery]]
        id = "zeta"
        name = "Zeta"

        [[battery.fact]]
        attribute = "range"
        value = 620
        unit = "mi"
        source = "alpha"
        qoute = "a range of 620 miles"
        """,
    )
    messages_ = messages(problems)
    assert any(
        m.endswith(
            "batteries.toml:10:1: battery 'zeta' fact 'range': "
            "unknown key 'qoute'; did you mean 'quote'?"
        )
        for m in messages_
    ), messages_
    # The misspelt key is taken for the missing one: no second message saying it is missing.
    assert len(messages_) == 1
    assert records.batteries[0].facts == ()


def test_wrong_type_and_missing_required_field(tmp_path):
    records, problems = curated(
        tmp_path,
        shares="""\
        [[share]]
        label = "Acme"
        percent = "37.6"
        source = "beta"
        quote = "37.6%"

        [[share]]
        percent = 10
        source = "beta"
        quote = "10%"
        """,
    )
    found = messages(problems)
    assert any(":3:1: share 'Acme': 'percent' must be a number, not '37.6'" in m for m in found), (
        found
    )
    assert any(":7:1: share #2: missing required key 'label'" in m for m in found), found
    assert records.shares == []


def test_duplicate_id_names_both_places(tmp_path):
    _, problems = curated(
        tmp_path,
        more="""\
        [[company]]
        id = "acme"
        name = "Acme again"
        kind = "automaker"
        cite = []
        """,
    )
    problem = only(problems)
    assert problem.path.endswith("more.toml") and (problem.line, problem.col) == (2, 1)
    assert "duplicate company id 'acme'" in problem.message
    assert "companies.toml:2:1" in problem.message


def test_bad_choices_and_units_suggest_the_right_one(tmp_path):
    _, problems = curated(
        tmp_path,
        things="""\
        [[company]]
        id = "newco"
        name = "NewCo"
        kind = "automker"
        cite = []

        [[relation]]
        subject = "acme"
        type = "supplier"
        object = "newco"
        source = "alpha"
        quote = "q"

        [[battery]]
        id = "b"
        name = "B"

        [[battery.fact]]
        attribute = "range"
        value = 620
        unit = "miles"
        source = "alpha"
        quote = "q"

        [[battery.fact]]
        attribute = "rnge"
        value = 1
        source = "alpha"
        quote = "q"

        [[battery.fact]]
        attribute = "charging"
        value = 10
        unit = "km"
        source = "alpha"
        quote = "q"
        """,
    )
    found = "\n".join(messages(problems))
    assert (
        "4:1: company 'newco': 'kind' is 'automker'" in found
        and "did you mean 'automaker'?" in found
    )
    assert "did you mean 'supplier of'?" in found
    assert "21:1: battery 'b' fact 'range': unknown unit 'miles'; did you mean 'mi'?" in found
    assert "unknown battery attribute 'rnge'; did you mean 'range'?" in found
    assert "'charging' takes unit 'min', not unit 'km'" in found
    assert "did you mean 'km'" not in found


def test_references_to_missing_companies_and_sources(tmp_path):
    records, problems = curated(
        tmp_path,
        refs="""\
        [[battery]]
        id = "b"
        name = "B"
        maker = "acmee"

        [[battery.fact]]
        attribute = "launch"
        value = 2027
        unit = "year"
        source = "alpah"
        quote = "by 2027"

        [[share]]
        label = "Group"
        members = ["acme", "Cellco", "nobody"]
        percent = 50
        source = "beta"
        quote = "half"
        """,
    )
    found = "\n".join(messages(problems))
    assert (
        "refs.toml:4:1: battery 'b': 'maker' names no company 'acmee'; did you mean 'acme'?"
        in found
    )
    assert (
        "10:1: battery 'b' fact 'launch': 'source' names no source 'alpah'; did you mean 'alpha'?"
        in found
    )
    assert "'members' names no company 'Cellco'; did you mean 'cellco'?" in found
    assert "'members' names no company 'nobody'" in found
    # What is valid is kept: the battery without its bad maker and fact, the share's good member.
    assert records.batteries[0].maker == "" and records.batteries[0].facts == ()
    assert records.shares[0].members == ("acme",)


def test_tables_of_the_wrong_shape(tmp_path):
    _, problems = curated(
        tmp_path,
        shape="""\
        batteries = 1

        [battery]
        id = "b"
        """,
    )
    found = "\n".join(messages(problems))
    assert "shape.toml:1:1: unknown table 'batteries'; did you mean 'battery'?" in found
    assert "shape.toml:3:1: 'battery' must be an array of tables: write [[battery]]" in found


def test_every_problem_of_every_file_in_one_run(tmp_path):
    _, problems = curated(
        tmp_path,
        broken='[[battery]]\nid = "b\n',
        other='[[term]]\nid = "lfp"\nname = "LFP"\nkind = "chemistry"\nalias = ["x"]\n',
        third='[[figure]]\nid = "Target One"\nkind = "target"\nsource = "alpha"\nquote = "q"\n',
    )
    found = "\n".join(messages(problems))
    assert "broken.toml:2:8: TOML syntax error" in found
    assert "other.toml:5:1: term 'lfp': unknown key 'alias'; did you mean 'aliases'?" in found
    assert "third.toml:2:1: figure 'Target One': id 'Target One' must be a lower-case slug" in found
    assert "did you mean 'target-one'?" in found


# --- sources and the manifest -----------------------------------------------------------------


def test_list_sources_reads_txt_and_md_sorted(tmp_path):
    for name in ("b.txt", "a.md", "c.pdf", "sources.toml"):
        write(tmp_path / "sources", name, "x")
    assert [p.name for p in list_sources(tmp_path)] == ["a.md", "b.txt"]
    assert list_sources(tmp_path / "nowhere") == []


def test_manifest_problems(tmp_path):
    write(
        tmp_path / "sources",
        "sources.toml",
        """\
        [source.alpha]
        title = "Alpha"
        publshed = "2024-07"

        [source.beta]
        title = 3
        published = 2024-07-15

        [source.gama]
        title = "Gamma"

        [sourc]
        """,
    )
    manifest, problems = load_manifest(tmp_path, ["alpha", "beta", "gamma"])
    found = "\n".join(messages(problems))
    assert (
        "sources.toml:3:1: source 'alpha': unknown key 'publshed'; did you mean 'published'?"
        in found
    )
    assert "sources.toml:6:1: source 'beta': 'title' must be a string, not 3" in found
    assert (
        "sources.toml:9:1: source 'gama': no such file in sources/; did you mean 'gamma'?" in found
    )
    assert "sources.toml:12:1: unknown table 'sourc'; did you mean 'source'?" in found
    assert manifest == {"alpha": {"title": "Alpha"}, "beta": {"published": "2024-07-15"}}


def test_manifest_syntax_error_and_absence(tmp_path):
    assert load_manifest(tmp_path, []) == ({}, [])
    write(tmp_path / "sources", "sources.toml", "[source.alpha\n")
    manifest, problems = load_manifest(tmp_path, ["alpha"])
    assert manifest == {} and only(problems).line == 1


def test_non_utf8_source_is_read_with_a_located_warning(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(b"First line.\nA caf\xe9 in Paris.\n")
    text, digest, warnings = read_source_file(path)
    assert text.startswith("First line.\nA caf\ufffd in Paris.")
    assert len(digest) == 64
    warning = only(warnings)
    assert warning.severity == "warning" and "17" in warning.message
    assert (warning.line, warning.col) == (2, 6)


@pytest.mark.parametrize("data", [b"", b"text\x00with a NUL"])
def test_empty_and_binary_sources_are_refused(tmp_path, data):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(KBError) as info:
        read_source_file(path)
    problem = only(info.value.problems)
    assert (problem.path, problem.line, problem.col) == (str(path), 1, 1)
    assert problem.message.startswith("refused")


def test_a_ten_megabyte_source_reads_fine(tmp_path):
    line = "Acme Motors will invest $1.7 billion, or 250 billion yen, in 2027.\n"
    path = tmp_path / "big.txt"
    path.write_text(line * (10_000_000 // len(line) + 1), encoding="utf-8")
    text, _, warnings = read_source_file(path)
    # Its only warning: records are proposed from its start (`RECORDS_READ_CHARS`).
    assert len(text) > 10_000_000 and [w.message.split(" (")[0] for w in warnings] == [
        "records are proposed from the first 500,000 characters only"
    ]


def test_inputs_digest_follows_the_inputs(tmp_path):
    write(tmp_path / "sources", "alpha.txt", "Alpha text.")
    write(tmp_path / "curated", "c.toml", "")
    first = inputs_digest(tmp_path)
    assert inputs_digest(tmp_path) == first
    write(tmp_path, "kb.toml", "[meta]\n")  # the built file is not an input
    write(tmp_path / "curated", "notes.txt", "not curated")
    assert inputs_digest(tmp_path) == first
    write(tmp_path / "curated", "c.toml", "# changed\n")
    assert inputs_digest(tmp_path) != first


# --- no traceback, whatever the curated text ----------------------------------------------------

BASE = COMPANIES + textwrap.dedent(
    """\
    [[battery]]
    id = "b"
    name = "B"
    maker = "acme"

    [[battery.fact]]
    attribute = "range"
    value = 620
    unit = "mi"
    source = "alpha"
    quote = "620 miles"
    """
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cuts=st.lists(st.tuples(st.integers(0, len(BASE)), st.integers(0, 8)), max_size=4),
    insert=st.text(alphabet="[]{}=\"'#.,\n abc1", max_size=6),
)
def test_mutated_curated_text_gives_located_problems_not_tracebacks(tmp_path, cuts, insert):
    text = BASE
    for at, length in cuts:
        text = text[:at] + insert + text[at + length :]
    (tmp_path / "curated").mkdir(exist_ok=True)
    (tmp_path / "curated" / "x.toml").write_text(text, encoding="utf-8")
    _, problems = load_curated(tmp_path, SOURCES)
    lines = text.count("\n") + 1
    for problem in problems:
        assert problem.path.endswith("x.toml")
        assert 1 <= problem.line <= lines + 1 and problem.col >= 1
        assert problem.message
