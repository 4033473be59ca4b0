"""Extraction quality on the held-out corpus: precision and recall against hand-made truth files.

Run: python tests/bench/heldout_quality.py [--corpus DIR] [--export FILE] [--keep DIR]
     [--article ID]... [--details] [--json] [--as-init] [--added DAY]

Builds a fresh knowledge base from the corpus articles only (`sources/` holding them and an
empty `curated/`; `evkb init` would seed the bundled articles), exports it as JSON and scores it
against `truth/<article>.toml` (format: tests/fixtures/heldout/README.md). A measuring
instrument, not a gate: it prints figures per article and in total and always exits 0 unless
the corpus or the build itself is broken. Every export key is optional; unknown fields
(`origin`, `confidence`, ...) are ignored.

`--as-init` measures what a user of `evkb init` sees instead: the folder starts as `init` makes
it (the bundled articles and their curated records, whose companies the extraction knows by
name), the corpus articles are added, and a company counts as found in an article where it is
cited or a claim of the article names it (a curated company's record cites only the bundled
articles). Only the corpus articles are scored.

Each article counts as added today, as `evkb add` notes in sources/added.toml (`--added DAY` another
day, `--added ""` none): a dateline that names its day and not its year ("SEOUL, Dec 2 (Wire)")
is read in the year of the last such day up to then.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded by path

from heldout_corpus import (
    SPECS,
    Article,
    as_list,
    battery_name_keys,
    chemistry_keys,
    company_keys,
    currency,
    describe,
    dicts,
    fold,
    load_corpus,
    name_key,
    period,
    same_number,
    spec_matches,
    spec_values,
    truth_company_keys,
)

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "heldout"
INVESTMENT_DETAILS = ("place", "capacity_gwh", "jobs", "year")
BODY_KINDS = {"body", "heading"}
LEAKS = ("leak claims", "leak companies", "leak records", "leak candidates")


# -- the export ----------------------------------------------------------------------------------


def build_export(
    articles_dir: Path,
    work: Path,
    only: set[str] | None = None,
    as_init: bool = False,
    added: str = "",
) -> dict:
    """`evkb build` and `evkb export` of a fresh folder holding only these articles (with
    `as_init`, of a folder `evkb init` made, these articles added), each noted in
    sources/added.toml as added on `added` (an ISO day) when given, as `evkb add` notes what it
    adds."""
    if as_init:
        work = work / "kb"
        evkb(["init", str(work)])
    (work / "sources").mkdir(parents=True, exist_ok=True)
    (work / "curated").mkdir(exist_ok=True)
    entries = []
    for path in sorted(articles_dir.glob("*.txt")):
        if not only or path.stem in only:
            (work / "sources" / path.name).write_bytes(path.read_bytes())
            entries.append(f'"{path.stem}" = "{added}"\n')
    if added:
        (work / "sources" / "added.toml").write_text("".join(entries), encoding="utf-8")
    out = work / "export.json"
    for command in (["build"], ["export", "-o", str(out)]):
        evkb([*command, "--kb", str(work)])
    return json.loads(out.read_text(encoding="utf-8"))


def evkb(command: list[str]) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "evkb", *command], check=False, capture_output=True, text=True
    )
    if run.returncode:
        raise SystemExit(f"evkb {command[0]} failed: {(run.stderr or run.stdout).strip()}")


def cites(record: dict) -> list[dict]:
    """Every citation a record carries, wherever the export puts it."""
    found = dicts(record.get("cite")) + dicts(record.get("cites")) + dicts(record.get("citations"))
    if record.get("quote") or record.get("passage"):
        found.append(record)
    for key in ("facts", "amounts"):
        for fact in dicts(record.get(key)):
            found += cites(fact)
    return found


def cite_source(cite: dict) -> str:
    source = str(cite.get("source") or "")
    return source or str(cite.get("passage") or "").rpartition(":")[0]


class Export:
    """The export JSON with lookups by company id and by source; tolerant of missing keys."""

    def __init__(self, data: dict, named_counts: bool = False) -> None:
        self.data = data if isinstance(data, dict) else {}
        self.named_counts = named_counts  # a claim naming a company puts it in the article
        self.companies = dicts(self.data.get("companies"))
        self.by_id = {str(c.get("id")): c for c in self.companies if c.get("id")}
        self.passages = {str(p.get("id")): p for p in dicts(self.data.get("passages"))}
        # Where a record carries no citation, the claims that name its id say where it occurs.
        self.named_in: dict[str, set[str]] = {}
        for claim in dicts(self.data.get("claims")):
            for entity in as_list(claim.get("entities")):
                self.named_in.setdefault(str(entity), set()).add(cite_source(claim))

    def table(self, name: str) -> list[dict]:
        return dicts(self.data.get(name))

    def keys_of(self, ref) -> set[str]:
        """Name keys of a company given by id or by name."""
        keys = set()
        for item in as_list(ref):
            company = self.by_id.get(str(item))
            if company:
                keys |= company_keys(company)
            elif item:
                keys.add(name_key(str(item)))
        keys.discard("")
        return keys

    def in_article(self, record: dict, article: str) -> bool:
        sources = {cite_source(c) for c in cites(record)} | {str(record.get("source") or "")}
        sources |= {str(s) for s in as_list(record.get("sources"))}
        if sources <= {""} or self.named_counts:
            sources |= self.named_in.get(str(record.get("id")), set())
        return article in sources

    def article_cites(self, record: dict, article: str) -> list[dict]:
        return [c for c in cites(record) if cite_source(c) == article]

    def cite_in_furniture(self, cite: dict, article: Article) -> bool:
        start, end = cite.get("start"), cite.get("end")
        passage = self.passages.get(str(cite.get("passage") or ""))
        if not isinstance(start, int) or start < 0:
            start, end = (passage or {}).get("start"), (passage or {}).get("end")
        return article.span_in_furniture(
            start, end, str(cite.get("quote") or cite.get("text") or "")
        )


# -- scoring -------------------------------------------------------------------------------------


@dataclass
class Count:
    found: int = 0  # truth records that some proposed record matches
    truth: int = 0
    right: int = 0  # proposed records that match some truth record (the rest are strays)
    proposed: int = 0
    misses: list[str] = field(default_factory=list)
    strays: list[str] = field(default_factory=list)
    # right records beside another one of the same truth record: a second row a user must read
    duplicates: list[str] = field(default_factory=list)

    def add(self, other: Count) -> None:
        for name in ("found", "truth", "right", "proposed", "misses", "strays", "duplicates"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def cells(self) -> tuple[str, str]:
        return f"{self.right}/{self.proposed}", f"{self.found}/{self.truth}"


def match(truth: list, proposed: list, same, show=describe) -> tuple[Count, list[tuple]]:
    """Pairs each truth record with the first proposed one it matches (spec scores use them).

    A proposed record that matches an already matched truth record (a duplicate, "Jiangyuan
    Power" beside "Jiangyuan Power Technology") is not a stray: it counts as right, and is
    listed among the duplicates.
    """
    pairs = []
    for t in truth:
        hit = next((p for p in proposed if same(t, p)), None)
        if hit is not None:
            pairs.append((t, hit))
    right = [p for p in proposed if any(same(t, p) for t in truth)]
    count = Count(len(pairs), len(truth), len(right), len(proposed))
    matched = [id(t) for t, _ in pairs]
    count.misses = [show(t) for t in truth if id(t) not in matched]
    count.strays = [show(p) for p in proposed if not any(p is r for r in right)]
    count.duplicates = [show(p) for p in right if not any(p is h for _, h in pairs)]
    return count, pairs


def same_keys(t: tuple, p: tuple) -> bool:
    return bool(t[0] & p[0])


def score_companies(article: Article, export: Export) -> dict[str, Count]:
    truth = [(company_keys(c), c) for c in dicts(article.truth.get("company"))]
    companies = [(company_keys(c), c) for c in export.companies if export.in_article(c, article.id)]
    candidates = {
        name_key(c.get("name") or ""): c
        for c in export.table("candidates")
        if c.get("source") == article.id
    }
    candidates.pop("", None)
    count, pairs = match(truth, companies, same_keys)
    # The kind the Overview groups companies by: right when it is the truth file's.
    typed = [(t[1], p[1]) for t, p in pairs if t[1].get("kind")]
    kind = Count(sum(p.get("kind") == t["kind"] for t, p in typed), len(typed))
    kind.misses = [
        f"{t.get('name')}: {p.get('kind') or '?'} (truth {t['kind']})"
        for t, p in typed
        if p.get("kind") != t["kind"]
    ]
    return {
        "companies": count,
        "candidates": match(truth, [({k}, c) for k, c in candidates.items()], same_keys)[0],
        "company_kind": kind,
    }


def score_shares(article: Article, export: Export) -> dict[str, Count]:
    truth = []
    for s in dicts(article.truth.get("share")):
        keys = truth_company_keys(article.truth, s.get("holder", ""))
        truth.append((keys | chemistry_keys(keys), s))
    proposed = []
    for share in export.table("market_share"):
        if export.in_article(share, article.id):
            keys = export.keys_of(
                [share.get(k) for k in ("holder", "company", "label") if share.get(k)]
            )
            proposed.append((keys | chemistry_keys(keys), share))

    def loose(t, p) -> bool:
        return bool(t[0] & p[0]) and same_number(p[1].get("percent"), t[1].get("percent"))

    def strict(t, p) -> bool:
        return loose(t, p) and period(p[1].get("as_of")) == period(t[1].get("as_of"))

    count, pairs = match(truth, proposed, strict)
    bound = Count(
        sum(str(p[1].get("bound") or "=") == str(t[1].get("bound") or "=") for t, p in pairs),
        len(pairs),
    )
    ranked = [t for t, _ in pairs if t[1].get("rank")]
    # Two figures alike but for their metric (a month's and the year to that month, 3.3% both)
    # may pair either way: the rank is right when a proposal alike states it.
    rank = Count(
        sum(
            any(strict(t, p) and same_number(p[1].get("rank"), t[1]["rank"]) for p in proposed)
            for t in ranked
        ),
        len(ranked),
    )
    return {
        "shares": count,
        "shares_any_period": match(truth, proposed, loose)[0],
        "share_bound": bound,
        "share_rank": rank,
    }


def score_batteries(article: Article, export: Export) -> dict[str, Count]:
    truth = []
    for b in dicts(article.truth.get("battery")):
        makers = truth_company_keys(article.truth, b.get("maker", ""))
        truth.append(
            (makers, battery_name_keys([b.get("name")] + as_list(b.get("aliases")), makers), b)
        )
    proposed = []
    for b in export.table("batteries"):
        if export.in_article(b, article.id):
            makers = export.keys_of(b.get("maker"))
            names = battery_name_keys([b.get("name")] + as_list(b.get("aliases")), makers)
            proposed.append((makers, names, b))
    count, pairs = match(truth, proposed, lambda t, p: bool(t[0] & p[0]) and bool(t[1] & p[1]))
    result = {"batteries": count}
    # Spec recall counts the specs of every truth generation (those of a missed one are missed);
    # spec precision counts the values proposed for matched generations.
    partner = {id(t): p for t, p in pairs}
    for spec in SPECS:
        spec_count = Count()
        for t in truth:
            p = partner.get(id(t))
            wanted = as_list(t[2].get(spec))
            got = spec_values(p[2]).get(spec, []) if p else []
            spec_count.truth += len(wanted)
            spec_count.found += sum(any(spec_matches(spec, w, g) for g in got) for w in wanted)
            spec_count.proposed += len(got)
            spec_count.right += sum(any(spec_matches(spec, w, g) for w in wanted) for g in got)
        result[f"spec {spec}"] = spec_count
    return result


def investment_values(record: dict) -> tuple[list[tuple], list]:
    """Amounts as (value, currency) and every other value a proposed investment states."""
    amounts, others = [], []
    for fact in dicts(record.get("amounts")) + dicts(record.get("facts")):
        pair = (fact.get("value"), currency(fact.get("unit")))
        (amounts if fact.get("attribute", "amount") == "amount" else others).append(pair)
    if record.get("amount") is not None:
        amounts.append(
            (record.get("amount"), currency(record.get("currency") or record.get("unit")))
        )
    for key, value in record.items():
        if key not in ("amounts", "facts", "amount") and isinstance(value, (str, int, float)):
            others.append((value, key))
    return amounts, others


def score_investments(article: Article, export: Export) -> dict[str, Count]:
    truth = []
    for i in dicts(article.truth.get("investment")):
        parties = set()
        for key in ("company", "to", "by"):
            for ref in as_list(i.get(key)):
                parties |= truth_company_keys(article.truth, ref)
        amounts = [(i["amount"], i.get("currency", ""))] if "amount" in i else []
        amounts += [(a.get("amount"), a.get("currency", "")) for a in dicts(i.get("alt_amounts"))]
        truth.append((parties, amounts, i))
    proposed = []
    for record in export.table("investments"):
        if export.in_article(record, article.id):
            parties = export.keys_of(
                [r for k in ("by", "to", "company", "holder") for r in as_list(record.get(k))]
            )
            proposed.append((parties, *investment_values(record), record))

    def detail(t: dict, key: str, p) -> bool:
        wanted = t.get(key)
        if key == "place":
            return any(fold(wanted) in fold(v) for v, _ in p[2] if isinstance(v, str))
        # A year may be exported as text ("2027"); other text is a name, not a number.
        return any(
            same_number(v, wanted)
            for v, k in p[2] + p[1]
            if not isinstance(v, str) or (key == "year" and k == "year")
        )

    def same(t, p) -> bool:
        if not t[0] & p[0]:
            return False
        if t[1]:
            return any(
                same_number(pv, tv) and (not pc or not tc or currency(tc) == pc)
                for tv, tc in t[1]
                for pv, pc in p[1]
            )
        return any(key in t[2] and detail(t[2], key, p) for key in ("place", "capacity_gwh"))

    count, pairs = match(truth, proposed, same)
    details, direction = Count(), Count()
    for t, p in pairs:
        for key in INVESTMENT_DETAILS:
            if key in t[2]:
                details.truth += 1
                details.found += detail(t[2], key, p)
        if "to" in t[2]:  # a sum from one party to another: the receiver must be the receiver
            receivers = set().union(
                *(truth_company_keys(article.truth, r) for r in as_list(t[2]["to"]))
            )
            payers = t[0] - receivers
            to = export.keys_of(as_list(p[3].get("to")))
            direction.truth += 1
            right = bool(to & receivers) and not to & payers
            direction.found += right
            if not right:
                direction.misses.append(describe(t[2]))
    return {
        "investments": count,
        "investment_details": details,
        "investment_direction": direction,
    }


def score_furniture(article: Article, export: Export) -> dict[str, Count]:
    """Leaks (records whose quote lies in a furniture line) and how passages were classified."""
    leaks = {name: Count() for name in LEAKS}

    def leak(name: str, record: dict, leaked: bool, what: str) -> None:
        leaks[name].proposed += 1
        leaks[name].right += leaked
        if leaked:
            leaks[name].strays.append(what)

    for claim in export.table("claims"):
        if cite_source(claim) == article.id:
            text = str(claim.get("text") or "")
            leak(
                "leak claims",
                claim,
                article.span_in_furniture(claim.get("start"), claim.get("end"), text),
                text,
            )
    for company in export.companies:
        if mine := export.article_cites(company, article.id):
            leak(
                "leak companies",
                company,
                all(export.cite_in_furniture(c, article) for c in mine),
                describe(company),
            )
    for table in ("market_share", "batteries", "investments", "figures"):
        for record in export.table(table):
            if mine := export.article_cites(record, article.id):
                leak(
                    "leak records",
                    record,
                    any(export.cite_in_furniture(c, article) for c in mine),
                    f"{table}: {describe(record)}",
                )
    for candidate in export.table("candidates"):
        if candidate.get("source") == article.id:
            leak(
                "leak candidates",
                candidate,
                export.cite_in_furniture(candidate, article),
                describe(candidate),
            )
    # Lines: a furniture line is caught when every passage over it is of a non-body kind;
    # an article line is dropped when every passage over it is.
    passages = [p for p in export.passages.values() if p.get("source") == article.id]
    caught, dropped = Count(), Count()
    for start, end, furniture in article.lines:
        kinds = [
            p.get("kind")
            for p in passages
            if isinstance(p.get("start"), int)
            and isinstance(p.get("end"), int)
            and p["start"] < end
            and p["end"] > start
        ]
        off = bool(kinds) and all(k not in BODY_KINDS for k in kinds)
        target = caught if furniture else dropped
        target.truth += 1
        target.found += off
        if furniture != off:  # a furniture line kept as body, or an article line dropped
            (caught.misses if furniture else dropped.strays).append(article.text[start:end])
    return {**leaks, "furniture caught": caught, "body dropped": dropped}


def score_article(article: Article, export: Export) -> dict[str, Count]:
    return {
        **score_companies(article, export),
        **score_shares(article, export),
        **score_batteries(article, export),
        **score_investments(article, export),
        **score_furniture(article, export),
    }


def score(
    articles: list[Article], data: dict, named_counts: bool = False
) -> dict[str, dict[str, Count]]:
    """Counts per article id, and their sums under "TOTAL"."""
    export = Export(data, named_counts)
    scores = {a.id: score_article(a, export) for a in articles}
    total: dict[str, Count] = {}
    for counts in scores.values():
        for name, count in counts.items():
            total.setdefault(name, Count()).add(count)
    scores["TOTAL"] = total
    return scores


# -- printing ------------------------------------------------------------------------------------


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


COLUMNS = ("companies", "candidates", "shares", "batteries", "investments")
DETAILED = (
    *COLUMNS,
    *LEAKS,
    "furniture caught",
    "body dropped",
    "investment_direction",
    "company_kind",
)


def print_report(
    scores: dict[str, dict[str, Count]], details: bool = False, out=sys.stdout
) -> None:
    """One row per article (right/proposed and found/truth), then totals in percent."""
    width = max(len(name) for name in scores) + 1
    head = "".join(f"{name[:11] + ' P':>15}{'R':>8}" for name in COLUMNS)
    print(f"{'article':<{width}}{head}{'leaks cl/co/re/ca':>19}{'furn':>9}{'dropped':>9}", file=out)
    for name, counts in scores.items():
        if name == "TOTAL":
            print("-" * (width + 23 * len(COLUMNS) + 37), file=out)
        cells = "".join(f"{p:>15}{r:>8}" for p, r in (counts[c].cells() for c in COLUMNS))
        leaks = "/".join(str(counts[k].right) for k in LEAKS)
        furn, drop = counts["furniture caught"], counts["body dropped"]
        print(
            f"{name:<{width}}{cells}{leaks:>19}{f'{furn.found}/{furn.truth}':>9}"
            f"{f'{drop.found}/{drop.truth}':>9}",
            file=out,
        )
    print("\nTotals (P = right/proposed, R = found/truth; leaks = of all proposed)", file=out)
    for name, count in scores["TOTAL"].items():
        if name.startswith("leak"):
            print(
                f"  {name:<27} {count.right} of {count.proposed} lie in furniture lines", file=out
            )
        elif name in (
            "furniture caught",
            "body dropped",
            "investment_details",
            "investment_direction",
            "share_bound",
            "share_rank",
            "company_kind",
        ):
            print(
                f"  {name:<27} {count.found}/{count.truth} {percent(count.found, count.truth)}",
                file=out,
            )
        else:
            dups = f"   duplicates {len(count.duplicates)}" if count.duplicates else ""
            print(
                f"  {name:<27} P {percent(count.right, count.proposed)} ({count.right}/{count.proposed})"
                f"   R {percent(count.found, count.truth)} ({count.found}/{count.truth}){dups}",
                file=out,
            )
    if details:
        for article, counts in scores.items():
            if article == "TOTAL":
                continue
            lines = [
                f"  {name}: {label} {item}"
                for name, count in counts.items()
                for label, items in (
                    ("missed", count.misses),
                    ("stray", count.strays),
                    ("duplicate", count.duplicates),
                )
                for item in items
                if name in DETAILED
            ]
            if lines:
                print(f"\n{article}", *lines, sep="\n", file=out)


def as_json(scores: dict[str, dict[str, Count]]) -> dict:
    return {
        a: {
            n: {k: getattr(c, k) for k in ("found", "truth", "right", "proposed")}
            for n, c in counts.items()
        }
        for a, counts in scores.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="folder with articles/ and truth/"
    )
    parser.add_argument("--export", type=Path, help="score this export JSON instead of building")
    parser.add_argument("--keep", type=Path, help="build the knowledge base in DIR and keep it")
    parser.add_argument("--article", action="append", help="score only this article (repeatable)")
    parser.add_argument("--details", action="store_true", help="list misses, strays and leaks")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.add_argument(
        "--as-init", action="store_true", help="add the articles to a folder `evkb init` made"
    )
    parser.add_argument(
        "--added",
        default=dt.date.today().isoformat(),
        help="the day the articles count as added, as `evkb add` records it (default today; "
        '"" for none)',
    )
    args = parser.parse_args(argv)
    only = set(args.article) if args.article else None
    articles = load_corpus(args.corpus, only)
    if not articles:
        print(f"{args.corpus}: no articles", file=sys.stderr)
        return 1
    for article in articles:
        for problem in article.problems:
            print(f"{args.corpus / 'truth' / (article.id + '.toml')}: {problem}", file=sys.stderr)
    if args.export:
        data = json.loads(args.export.read_text(encoding="utf-8"))
    elif args.keep:
        data = build_export(args.corpus / "articles", args.keep, only, args.as_init, args.added)
    else:
        with tempfile.TemporaryDirectory() as work:
            data = build_export(
                args.corpus / "articles", Path(work), only, args.as_init, args.added
            )
    scores = score(articles, data, args.as_init)
    if args.json:
        print(json.dumps(as_json(scores), indent=1))
    else:
        print_report(scores, details=args.details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
