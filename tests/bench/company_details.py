"""Prints, per test article, how many company kinds, countries and aliases and how many
investment details (currency, place, year) the extraction gets right, against the optional
`[[company]]` tables and the `currency`/`place`/`year` keys of the truth files in
tests/fixtures/records.

python tests/bench/company_details.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

import tomli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))

from records_scoring import _names, articles, extract, lexicon

from evkb.kb.records.companies import name_key


def _check(path: Path, lex) -> tuple[list[int], list[str]]:
    """[right, stated] for kinds, countries, aliases and investment details, and the misses."""
    truth = tomli.loads(path.with_suffix(".toml").read_text(encoding="utf-8"))
    extracted, passages = extract(path, lex)
    names = _names(extracted, lex, passages)
    records = {c.id: c for c in (*lex.companies, *extracted.companies)}
    counts = [0] * 8
    notes = []
    for item in truth.get("company", []):
        record = records.get(names.get(name_key(item["name"]), ""))
        for n, key in enumerate(("kind", "country")):
            if key in item:
                counts[2 * n + 1] += 1
                got = getattr(record, key, "") if record else ""
                if got == item[key]:
                    counts[2 * n] += 1
                else:
                    notes.append(f"{item['name']} {key} {got!r}, not {item[key]!r}")
        for alias in item.get("aliases", []):
            counts[5] += 1
            if record and names.get(name_key(alias)) == record.id:
                counts[4] += 1
            else:
                notes.append(f"{item['name']} lacks alias {alias!r}")
    for item in truth.get("investment", []):
        company = names.get(name_key(item["company"]), "?")
        match = next(
            (
                i
                for i in extracted.investments
                if company in (*i.by, *i.to) and any(a.value == item["amount"] for a in i.amounts)
            ),
            None,
        )
        for key in ("currency", "place", "year"):
            if key not in item:
                continue
            counts[7] += 1
            if match is None:
                got = None
            elif key == "currency":
                got = next(a.unit for a in match.amounts if a.value == item["amount"])
            elif key == "place":
                got = next((f.value for f in match.facts if f.attribute == "place"), "")
            else:
                got = match.year
            if got is not None and (
                str(got) == str(item[key]) or (key == "place" and str(item[key]) in str(got))
            ):
                counts[6] += 1
            else:
                notes.append(f"investment {item['company']} {item['amount']} {key} {got!r}")
    return counts, notes


def main() -> None:
    lex = lexicon()
    print(f"{'article':26} {'kind':>7} {'country':>7} {'alias':>7} {'invest':>7}")
    totals = [0] * 8
    for path in articles():
        counts, notes = _check(path, lex)
        if not any(counts[1::2]):
            continue
        cells = [f"{counts[i]}/{counts[i + 1]}" for i in range(0, 8, 2)]
        print(f"{path.stem:26} " + " ".join(f"{c:>7}" for c in cells))
        totals = [a + b for a, b in zip(totals, counts)]
        if "-v" in sys.argv:
            for note in notes:
                print(f"    {note}")
    cells = [f"{totals[i]}/{totals[i + 1]}" for i in range(0, 8, 2)]
    print(f"{'total':26} " + " ".join(f"{c:>7}" for c in cells))


if __name__ == "__main__":
    main()
