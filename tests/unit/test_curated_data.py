"""The bundled curated facts hold together: every quote is in its source, every id resolves."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import tomli

DATA = Path(__file__).resolve().parents[2] / "data"
SOURCES = DATA / "sources"
CURATED = DATA / "curated"

COMPANY_KINDS = {
    "automaker",
    "cell maker",
    "supplier",
    "government",
    "research firm",
    "media",
    "association",
    "other",
}
RELATION_TYPES = {"supplier of", "subsidiary of", "joint venture with", "partner of", "owner of"}
TERM_KINDS = {"chemistry", "technology", "place", "other"}
INVESTMENT_KINDS = {"investment", "subsidy", "loan", "spending"}
SHARE_BOUNDS = {"=", "<", ">"}

# Names from the unrelated headline lists, the image caption and the footer of the articles:
# none of them belongs to the battery story, so none may reach the curated facts.
UNRELATED_NAMES = (
    "Trello", "Atlassian", "SoftBank", "Oracle", "Blackstone", "Cyera", "Amazon", "OpenAI",
    "Intel", "Biren", "noyb", "TikTok", "Grindr", "AppsFlyer", "Blue Owl", "FAA", "Evercore",
    "Alphabet", "iRobot", "Delta Air Lines", "Sanofi", "Nvidia", "Treasury Wine", "Firelight",
    "XRP", "Flare", "Robodebt", "XLight", "Gelsinger", "ExxonMobil", "IKEA", "YouTube",
    "Anthropic", "Wilson Sonsini", "Microsoft", "Meta", "WhatsApp", "Wikipedia", "Jimmy Wales",
    "Mahmoud Khalil", "Gallery", "FlexSpace", "bZ Sport", "Got a tip",
)  # fmt: skip

NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
                8: "eight", 9: "nine", 10: "ten"}  # fmt: skip


def _load(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomli.load(handle)


def _source_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt"))}


def _curated() -> dict[str, list[dict]]:
    """All curated tables, merged over the files (a table may sit in any file)."""
    merged: dict[str, list[dict]] = {}
    for path in sorted(CURATED.glob("*.toml")):
        for key, value in _load(path).items():
            assert isinstance(value, list), f"{path.name}: {key} is not an array of tables"
            merged.setdefault(key, []).extend(value)
    return merged


TEXTS = _source_texts()
TABLES = _curated()


def _citations() -> list[tuple[str, str, str]]:
    """(where, source, quote) for every citation in the curated data."""
    found = []
    for named in TABLES.get("company", []) + TABLES.get("term", []):
        for cite in named["cite"]:
            found.append((named["id"], cite["source"], cite["quote"]))
    for relation in TABLES.get("relation", []):
        where = f"{relation['subject']} {relation['type']} {relation['object']}"
        found.append((where, relation["source"], relation["quote"]))
    for share in TABLES.get("share", []):
        found.append((share["label"], share["source"], share["quote"]))
    for table, facts in (("battery", "fact"), ("investment", "amount"), ("figure", "fact")):
        for item in TABLES.get(table, []):
            if "quote" in item:
                found.append((item["id"], item["source"], item["quote"]))
            for fact in item.get(facts, []):
                if "quote" in fact:
                    found.append((item["id"], fact["source"], fact["quote"]))
    return found


def _facts() -> list[tuple[str, dict, str]]:
    """(where, fact, quote) for every fact, with the quote it inherits when it has none."""
    found = []
    for table, facts in (("battery", "fact"), ("investment", "amount"), ("figure", "fact")):
        for item in TABLES.get(table, []):
            for fact in item.get(facts, []):
                found.append((item["id"], fact, fact.get("quote", item.get("quote", ""))))
    return found


def _written_forms(value: float) -> set[str]:
    """Ways a number may be written: 853e6 as "853", 1e12 as "1", 29282 as "29,282", 2 as "two"."""
    value = abs(value)
    forms = set()
    for scale in (1, 1e3, 1e6, 1e9, 1e12):
        scaled = round(value / scale, 6)
        if scaled < 0.1:
            continue
        if scaled == int(scaled):
            forms.update((str(int(scaled)), f"{int(scaled):,}"))
        else:
            forms.add(f"{scaled:g}")
    if value == int(value) and int(value) in NUMBER_WORDS:
        forms.add(NUMBER_WORDS[int(value)])
    if value == 50:
        forms.add("half")
    return forms


def _written_in(value: float, quote: str) -> bool:
    # A whole number, not part of a longer one: "2" must not match inside "2028" or "2.44".
    return any(
        re.search(rf"(?<![\w.,]){re.escape(form)}(?!\w|[.,]\d)", quote, re.IGNORECASE)
        for form in _written_forms(value)
    )


def _ids(rows: list[tuple]) -> list:
    return [pytest.param(*row, id=f"{row[0]}-{n}") for n, row in enumerate(rows)]


def test_written_in_reads_whole_numbers_only():
    assert _written_in(853e6, "a roughly $853 million (120 billion yen) subsidy")
    assert _written_in(1e12, "$7 billion (1 trillion yen)")
    assert _written_in(29282, "sales were 29,282 units")
    assert _written_in(2, "sells just two all-electric vehicles")
    assert _written_in(50, "control more than half")
    assert not _written_in(2, "in 2028")
    assert not _written_in(2, "up to $2.44 billion")
    assert not _written_in(44, "up to $2.44 billion")


def test_the_three_articles_are_there():
    assert set(TEXTS) == {"toyota-subsidy", "japan-battery-push", "toyota-solid-state"}


def test_manifest_names_existing_sources_and_known_keys():
    manifest = _load(SOURCES / "sources.toml")
    assert set(manifest["source"]) == set(TEXTS)
    for source_id, entry in manifest["source"].items():
        assert set(entry) <= {"title", "publisher", "url", "published"}, source_id
        if "title" in entry:
            assert entry["title"] in TEXTS[source_id].splitlines(), source_id


@pytest.mark.parametrize(("where", "source", "quote"), _ids(_citations()))
def test_quote_is_verbatim_in_its_source(where, source, quote):
    assert source in TEXTS, f"{where}: unknown source {source!r}"
    assert quote and quote.strip() == quote, f"{where}: empty or padded quote"
    assert quote in TEXTS[source], f"{where}: quote not in {source}: {quote!r}"


def test_quotes_stay_within_one_line_and_out_of_captions_and_footers():
    for where, source, quote in _citations():
        lines = [line for line in TEXTS[source].splitlines() if quote in line]
        assert lines, f"{where}: quote spans lines"
        assert not any(line.startswith(("Gallery:", "Got a tip")) for line in lines), where


@pytest.mark.parametrize("table", ["company", "term", "battery", "investment", "figure"])
def test_ids_are_unique(table):
    ids = [item["id"] for item in TABLES.get(table, [])]
    assert ids, f"no {table} entries"
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_companies_and_terms_are_well_formed():
    for company in TABLES["company"]:
        assert company["kind"] in COMPANY_KINDS, company["id"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", company["id"]), company["id"]
        # The name the documents use is in at least one of its quotes.
        names = [company["name"], *company.get("aliases", [])]
        assert any(n in c["quote"] for n in names for c in company["cite"]), company["id"]
    for term in TABLES["term"]:
        assert term["kind"] in TERM_KINDS, term["id"]
        for name in [term["name"], *term.get("aliases", [])]:
            assert any(name.lower() in c["quote"].lower() for c in term["cite"]), name


def test_every_company_reference_exists():
    companies = {c["id"] for c in TABLES["company"]}
    refs = []
    for relation in TABLES["relation"]:
        assert relation["type"] in RELATION_TYPES
        refs += [relation["subject"], relation["object"]]
    refs += [battery["maker"] for battery in TABLES["battery"] if "maker" in battery]
    for share in TABLES["share"]:
        refs += share.get("members", []) + ([share["holder"]] if "holder" in share else [])
    for investment in TABLES["investment"]:
        assert investment["kind"] in INVESTMENT_KINDS, investment["id"]
        refs += investment.get("by", []) + investment.get("to", [])
    # A figure's subject is a company id (a lower-case slug) or a place written as a name.
    refs += [f["subject"] for f in TABLES["figure"] if f["subject"][0].islower()]
    missing = sorted(set(refs) - companies)
    assert not missing, missing


def test_shares_are_well_formed():
    for share in TABLES["share"]:
        assert share["bound"] in SHARE_BOUNDS, share["label"]
        assert 0 < share["percent"] <= 100, share["label"]
        assert "holder" in share or share.get("members"), share["label"]
        assert _written_in(share["percent"], share["quote"]), share["label"]


@pytest.mark.parametrize(("where", "fact", "quote"), _ids(_facts()))
def test_fact_value_is_written_in_its_quote(where, fact, quote):
    value = fact["value"]
    if isinstance(value, str):
        assert value.lower() in quote.lower(), (where, value)
    else:
        assert _written_in(value, quote), (where, value, quote)
        if "value_to" in fact:
            assert _written_in(fact["value_to"], quote), (where, fact["value_to"])
    if "text" in fact:
        assert fact["text"].lower() in quote.lower(), (where, fact["text"])


def test_unrelated_names_are_nowhere_in_the_curated_data():
    for path in [*sorted(CURATED.glob("*.toml")), SOURCES / "sources.toml"]:
        text = path.read_text(encoding="utf-8")
        for name in UNRELATED_NAMES:
            assert not re.search(rf"\b{re.escape(name)}\b", text), (path.name, name)
