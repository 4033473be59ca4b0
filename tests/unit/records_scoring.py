"""Scores extracted records against the truth files of tests/fixtures/records (used by the
precision/recall test and by tests/bench/records_quality.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import tomli

from evkb.kb.extract import read_text, split_passages
from evkb.kb.load import load_curated
from evkb.kb.records import Extracted, Lexicon, extract_records
from evkb.kb.records.batteries import spelling_key
from evkb.kb.records.companies import name_key
from evkb.model import BODY, HEADING

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "records"
LEXICON_DIR = Path(__file__).resolve().parents[2] / "data"


@dataclass
class Score:
    article: str
    companies: tuple[int, int, int] = (0, 0, 0)  # found, expected, strays
    shares: tuple[int, int, int] = (0, 0, 0)  # right (holder, percent, period), expected, wrong
    batteries: tuple[int, int] = (0, 0)  # with every key spec, expected
    battery_strays: int = 0  # generations the truth file does not list
    investments: tuple[int, int] = (0, 0)
    furniture: int = 0  # records citing anything but a body passage
    notes: list[str] = field(default_factory=list)


def lexicon() -> Lexicon:
    curated, _ = load_curated(
        LEXICON_DIR, [p.stem for p in (LEXICON_DIR / "sources").glob("*.txt")]
    )
    return Lexicon(curated.companies)


def extract(path: Path, lex: Lexicon) -> tuple[Extracted, list]:
    text, _ = read_text(path.read_bytes())
    passages = split_passages(path.stem, text)
    return extract_records(path.stem, passages, lex), passages


def _names(extracted: Extracted, lex: Lexicon, passages) -> dict[str, str]:
    """Name key -> company id for every company the document yields (extracted or known)."""
    names = {}
    for company in extracted.companies:
        for name in company.names:
            names[name_key(name)] = company.id
    body = " ".join(p.text for p in passages if p.kind == BODY)
    for ident, _, _ in lex.matcher.find(body):
        company = next(c for c in lex.companies if c.id == ident)
        for name in company.names:
            names[name_key(name)] = ident
    return names


def _holder_id(holder: str, names: dict[str, str]) -> str:
    """A truth file's holder as a company id, a group's label ("Asian suppliers") as "label:...",
    and "" for a holder the text leaves unknown."""
    if not holder:
        return ""
    return names.get(name_key(holder)) or f"label:{name_key(holder)}"


def _share_key(share) -> tuple[str, float, str]:
    holder = share.holder or (
        f"label:{name_key(share.label)}"
        if share.rule in ("share: group holder", "share: table row label", "share: header holder")
        else ""
    )
    return holder, share.percent, share.as_of


def score(path: Path, lex: Lexicon) -> Score:
    truth = tomli.loads(path.with_suffix(".toml").read_text(encoding="utf-8"))
    extracted, passages = extract(path, lex)
    result = Score(path.stem)
    names = _names(extracted, lex, passages)
    ids = {name_key(n): names.get(name_key(n)) for n in truth.get("companies", [])}
    found = sum(1 for v in ids.values() if v)
    expected_ids = {v for v in ids.values() if v}
    strays = [c.name for c in extracted.companies if c.id not in expected_ids]
    result.companies = (found, len(ids), len(strays))
    result.notes += [f"missed company {n}" for n, v in ids.items() if not v]
    result.notes += [f"stray company {n}" for n in strays]

    got = {_share_key(s) for s in extracted.shares}
    expected = truth.get("share", [])
    right = 0
    for share in expected:
        key = (_holder_id(share["holder"], names), float(share["percent"]), share.get("as_of", ""))
        if key in got:
            right += 1
        else:
            result.notes.append(
                f"missed share {share['holder']} {share['percent']} {share.get('as_of', '')}"
            )
    wanted = {
        (_holder_id(s["holder"], names), float(s["percent"]), s.get("as_of", "")) for s in expected
    }
    wrong = [s for s in extracted.shares if _share_key(s) not in wanted]
    result.notes += [f"wrong share {s.holder or s.label} {s.percent} {s.as_of}" for s in wrong]
    result.shares = (right, len(expected), len(wrong))

    complete = 0
    for battery in truth.get("battery", []):
        maker = names.get(name_key(battery["maker"]), "?")
        match = [
            b
            for b in extracted.batteries
            if b.maker == maker and spelling_key(b.name) == spelling_key(battery["name"])
        ]
        if not match:
            result.notes.append(f"missed battery {battery['name']}")
            continue
        facts = match[0].facts
        # A list is every value the text states: a range "in miles (km)" is both.
        missing = [
            a
            for a, values in battery.get("specs", {}).items()
            for v in (values if isinstance(values, list) else [values])
            if not any(
                f.attribute == a
                and (
                    f.value == v
                    or (
                        isinstance(v, (int, float))
                        and isinstance(f.value, (int, float))
                        and abs(f.value - v) < 1e-6
                    )
                )
                for f in facts
            )
        ]
        # Every other name the text gives the generation is one of its aliases.
        aliases = {spelling_key(a) for a in getattr(match[0], "aliases", ())}
        if any(spelling_key(a) not in aliases for a in battery.get("aliases", [])):
            missing.append("aliases")
        if missing:
            result.notes.append(f"battery {battery['name']} lacks {', '.join(missing)}")
        else:
            complete += 1
    result.batteries = (complete, len(truth.get("battery", [])))
    wanted_batteries = {
        (names.get(name_key(b["maker"]), "?"), spelling_key(b["name"]))
        for b in truth.get("battery", [])
    }
    stray_batteries = [
        b for b in extracted.batteries if (b.maker, spelling_key(b.name)) not in wanted_batteries
    ]
    result.battery_strays = len(stray_batteries)
    result.notes += [f"stray battery {b.maker}: {b.name}" for b in stray_batteries]

    invested = 0
    for item in truth.get("investment", []):
        company = names.get(name_key(item["company"]), "?")
        if any(
            company in (*i.by, *i.to) and any(a.value == item["amount"] for a in i.amounts)
            for i in extracted.investments
        ):
            invested += 1
        else:
            result.notes.append(f"missed investment {item['company']} {item['amount']}")
    for item in truth.get("plant", []):
        company = names.get(name_key(item["company"]), "?")
        wanted = {k: item[k] for k in ("capacity", "jobs") if k in item}
        if any(
            company in (*i.by, *i.to)
            and all(
                any(f.attribute == k and f.value == v for f in i.facts) for k, v in wanted.items()
            )
            for i in extracted.investments
        ):
            invested += 1
        else:
            result.notes.append(f"missed plant {item['company']} {wanted}")
    result.investments = (invested, len(truth.get("investment", [])) + len(truth.get("plant", [])))

    kinds = {p.id: p.kind for p in passages}
    cites = [c.cite for c in extracted.shares + extracted.investments]
    cites += [c for company in extracted.companies for c in company.cites]
    cites += [f.cite for b in extracted.batteries for f in b.facts]
    # A heading is the article's own text (a call's title names its company), not furniture.
    result.furniture = sum(1 for c in cites if kinds.get(c.passage) not in (BODY, HEADING))
    return result


def articles() -> list[Path]:
    return sorted(FIXTURES.glob("*.txt"))
