"""Trains the learned company scorer (`company_scorer.py`) and validates it corpus by corpus.

python tests/bench/train_scorer.py [--loo] [--write] [--policy replace|veto|add]
       [--beta B] [--iterations N] [--corpus NAME]... [--drop FEATURE-PREFIX]...

Every name `discover` finds in an article, before the rules keep or drop it, is a candidate
(where the text lets a record cite it), labelled by matching its names to the article's truth
companies the way heldout_quality.py does. A logistic model (standard library, batch gradient
descent, fixed iterations, rows in a fixed order, no randomness) is trained on them. `--loo`
trains on all corpora but one and scores that one, with the rules' figure on the same articles
beside it (company P/R of the extractor's own records, an empty lexicon as in
heldout_quality.py). `--write` trains on every corpus and writes `company_scorer_weights.json`
(the unit test retrains and compares). The check-only and blind corpora are never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from itertools import pairwise
from math import exp, log
from pathlib import Path

import tomli

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from company_scorer import Model, scoring  # noqa: E402
from heldout_corpus import company_keys, name_key  # noqa: E402
from heldout_quality import match, same_keys  # noqa: E402

from evkb.kb.extract import read_text, split_passages  # noqa: E402
from evkb.kb.records import Lexicon, extract_records  # noqa: E402

FIXTURES = BENCH.parent / "fixtures"
WEIGHTS_FILE = BENCH / "company_scorer_weights.json"
CORPORA = ("records", "records-pending", *(f"heldout{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8)))
ITERATIONS = 300
RATE = 0.5
L2 = 1e-3


def articles(corpus: str) -> list[tuple[str, str, list[set[str]]]]:
    """(id, text, truth companies as key sets) of every article of a corpus."""
    folder = FIXTURES / corpus
    out = []
    if (folder / "articles").is_dir():
        for path in sorted((folder / "articles").glob("*.txt")):
            truth_path = folder / "truth" / f"{path.stem}.toml"
            truth = tomli.loads(truth_path.read_text(encoding="utf-8"))
            keys = [company_keys(c) for c in truth.get("company", []) if isinstance(c, dict)]
            out.append((path.stem, path.read_text(encoding="utf-8"), keys))
    else:
        for path in sorted(folder.glob("*.txt")):
            truth_path = path.with_suffix(".toml")
            if not truth_path.exists():
                continue
            truth = tomli.loads(truth_path.read_text(encoding="utf-8"))
            keys = [{name_key(n)} for n in truth.get("companies", [])]
            out.append((path.stem, path.read_bytes().decode("utf-8", "replace"), keys))
    return out


def _entry_keys(entry) -> set[str]:
    keys = {name_key(n) for n in (entry.name, *entry.variants, *entry.aliases)}
    keys.discard("")
    return keys


def extract(article: str, text: str, model: Model | None, record: list | None = None):
    """The article's extracted companies, `model` deciding (None: the rules)."""
    passages = split_passages(article, read_text(text.encode("utf-8"))[0])
    with scoring(model, record):
        return extract_records(article, passages, Lexicon([])).companies


def collect(corpora) -> dict[str, list[tuple[dict[str, float], int, bool]]]:
    """Per corpus: (features, label, rules kept it) of every candidate."""
    data: dict[str, list] = {}
    for corpus in corpora:
        rows = data.setdefault(corpus, [])
        for article, text, truth in articles(corpus):
            record: list = []
            extract(article, text, None, record)
            for entry, features in record:
                keys = _entry_keys(entry)
                label = int(any(keys & t for t in truth))
                rows.append((features, label, "rules:accept" in features))
    return data


def train(rows, iterations: int = ITERATIONS) -> dict[str, float]:
    """Logistic regression by batch gradient descent: same rows in, same weights out."""
    names = sorted({n for f, _, _ in rows for n in f})
    index = {n: i for i, n in enumerate(names)}
    xs = [[(index[n], v) for n, v in sorted(f.items())] for f, _, _ in rows]
    ys = [y for _, y, _ in rows]
    w = [0.0] * len(names)
    count = len(rows)
    for _ in range(iterations):
        grad = [0.0] * len(names)
        for x, y in zip(xs, ys):
            z = sum(w[i] * v for i, v in x)
            p = 1.0 / (1.0 + exp(-max(-30.0, min(30.0, z))))
            err = p - y
            for i, v in x:
                grad[i] += err * v
        for i in range(len(w)):
            w[i] -= RATE * (grad[i] / count + L2 * w[i])
    return {n: round(w[i], 6) for n, i in index.items() if round(w[i], 6)}


def train_stumps(rows, rounds: int = ITERATIONS) -> dict[str, float]:
    """Gradient-boosted stumps on the logistic loss (Newton leaves, shrinkage), written as
    weights of "feature>cut" indicators and a bias: same rows in, same weights out."""
    ys = [y for _, y, _ in rows]
    splits: dict[str, list[int]] = {}
    values: dict[str, list[float]] = {}
    for f, _, _ in rows:
        for name, v in f.items():
            values.setdefault(name, []).append(v)
    for name in sorted(values):
        if name == "bias":
            continue
        seen = sorted(set(values[name]))
        cuts = [0.0] if seen[0] > 0 else []
        cuts += [round((a + b) / 2, 4) for a, b in pairwise(seen)][:: max(1, len(seen) // 4)]
        for cut in cuts:
            key = f"{name}>{cut}"
            splits[key] = [n for n, (f, _, _) in enumerate(rows) if f.get(name, 0.0) > cut]
    mean = min(max(sum(ys) / len(ys), 1e-3), 1 - 1e-3)
    base = log(mean / (1 - mean))
    weights: dict[str, float] = {"bias": base}
    scores = [base] * len(rows)
    lam, shrink = 1.0, 0.3
    for _ in range(rounds):
        ps = [1.0 / (1.0 + exp(-max(-30.0, min(30.0, z)))) for z in scores]
        g = [p - y for p, y in zip(ps, ys)]
        h = [p * (1 - p) for p in ps]
        total_g, total_h = sum(g), sum(h)
        best, best_gain = "", 0.0
        for key, inside in splits.items():
            gr = sum(g[i] for i in inside)
            hr = sum(h[i] for i in inside)
            gl, hl = total_g - gr, total_h - hr
            gain = gl * gl / (hl + lam) + gr * gr / (hr + lam)
            if gain > best_gain + 1e-12:
                best, best_gain = key, gain
        if not best:
            break
        inside = splits[best]
        gr, hr = sum(g[i] for i in inside), sum(h[i] for i in inside)
        left = -shrink * (total_g - gr) / (total_h - hr + lam)
        right = -shrink * gr / (hr + lam)
        weights["bias"] += left
        weights[best] = weights.get(best, 0.0) + right - left
        members = set(inside)
        scores = [z + (right if n in members else left) for n, z in enumerate(scores)]
    return {k: round(v, 6) for k, v in sorted(weights.items()) if round(v, 6)}


def threshold(weights, rows, policy: str, beta: float = 0.5) -> float:
    """The cut that maximises F-beta on the training rows (F0.5 by default: a wrong record costs
    more than a missing one)."""
    best, best_f = 0.5, -1.0
    for step in range(10, 91, 5):
        cut = step / 100
        tp = fp = fn = 0
        for f, y, kept in rows:
            keep = Model(weights, cut, policy).keeps(f, kept)
            tp += keep and y
            fp += keep and not y
            fn += (not keep) and y
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        b2 = beta * beta
        score = (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0
        if score > best_f + 1e-9:
            best, best_f = cut, score
    return best


def figures(corpus: str, model) -> tuple[int, int, int, int]:
    """Company right/proposed, found/truth on a corpus with the given model (None: the rules)."""
    right = proposed = found = total = 0
    for article, text, truth in articles(corpus):
        companies = extract(article, text, model)
        mine = [({name_key(n) for n in c.names} - {""}, c) for c in companies]
        count, _ = match([(t, None) for t in truth], mine, same_keys, show=lambda r: "")
        right, proposed = right + count.right, proposed + count.proposed
        found, total = found + count.found, total + count.truth
    return right, proposed, found, total


def _pr(f) -> str:
    right, proposed, found, total = f
    p = 100 * right / proposed if proposed else 0.0
    r = 100 * found / total if total else 0.0
    return f"P {p:5.1f}% ({right}/{proposed})  R {r:5.1f}% ({found}/{total})"


def without(data, drop: tuple[str, ...]):
    """The rows without the features named by these prefixes: a feature left out of training
    has no weight, so the scorer ignores it too."""
    if not drop:
        return data
    return {
        c: [({n: v for n, v in f.items() if not n.startswith(drop)}, y, k) for f, y, k in rows]
        for c, rows in data.items()
    }


def rows_digest(data, corpora) -> str:
    """sha256 of the training rows: the file is reproducible from rows with this digest."""
    digest = hashlib.sha256()
    for corpus in corpora:
        for features, label, _ in data[corpus]:
            digest.update(json.dumps([sorted(features.items()), label]).encode("utf-8"))
    return digest.hexdigest()


def write(weights, cut: float, args, rows: str) -> None:
    settings = {
        "policy": args.policy,
        "beta": args.beta,
        "iterations": args.iterations,
        "drop": args.drop,
        "model": args.model,
    }
    text = json.dumps(
        {**settings, "threshold": cut, "rows_sha256": rows, "weights": weights}, indent=1
    )
    tmp = WEIGHTS_FILE.with_suffix(".tmp")
    tmp.write_text(text + "\n", encoding="utf-8")
    tmp.replace(WEIGHTS_FILE)


def load() -> Model:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return Model(data["weights"], data["threshold"], data["policy"])


def fit(
    data,
    corpora,
    policy: str,
    beta: float = 0.5,
    iterations: int = ITERATIONS,
    kind: str = "logistic",
):
    rows = [row for c in corpora for row in data[c]]
    weights = (train_stumps if kind == "stumps" else train)(rows, iterations)
    return weights, threshold(weights, rows, policy, beta)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loo", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--policy", default="replace", choices=("replace", "veto", "add"))
    parser.add_argument("--corpus", action="append")
    parser.add_argument("--iterations", type=int, default=ITERATIONS)
    parser.add_argument("--model", default="logistic", choices=("logistic", "stumps"))
    parser.add_argument("--beta", type=float, default=0.5, help="F-beta the cut maximises")
    parser.add_argument("--drop", action="append", default=[], help="feature name prefix")
    args = parser.parse_args()
    corpora = tuple(args.corpus or CORPORA)
    data = collect(corpora)
    data = without(data, tuple(args.drop))
    for corpus in corpora:
        rows = data[corpus]
        print(
            f"{corpus:16} candidates {len(rows):5}  true {sum(y for _, y, _ in rows):5}  "
            f"rules keep {sum(k for _, _, k in rows):5}  rules right "
            f"{sum(1 for _, y, k in rows if y and k):5}"
        )
    if args.loo:
        totals = {"rules": [0] * 4, "scorer": [0] * 4}
        for held in corpora:
            weights, cut = fit(
                data,
                [c for c in corpora if c != held],
                args.policy,
                args.beta,
                args.iterations,
                args.model,
            )
            rules = figures(held, None)
            mine = figures(held, Model(weights, cut, args.policy))
            for name, f in (("rules", rules), ("scorer", mine)):
                totals[name] = [a + b for a, b in zip(totals[name], f)]
            print(f"{held:16} cut {cut:.2f}  rules {_pr(rules)}  scorer {_pr(mine)}")
        print(
            f"{'total':16}           rules {_pr(totals['rules'])}  scorer {_pr(totals['scorer'])}"
        )
    if args.write:
        weights, cut = fit(data, corpora, args.policy, args.beta, args.iterations, args.model)
        write(weights, cut, args, rows_digest(data, corpora))
        print(f"wrote {len(weights)} weights, threshold {cut}, policy {args.policy}")


if __name__ == "__main__":
    main()
