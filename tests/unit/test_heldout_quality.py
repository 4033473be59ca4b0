"""The held-out scorer runs, its truth files are sound, and it scores a perfect export as perfect.

No thresholds on the extraction here: tests/bench/heldout_quality.py is a measuring instrument.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "heldout_quality.py"
spec = importlib.util.spec_from_file_location("heldout_quality", BENCH)
quality = importlib.util.module_from_spec(spec)
sys.modules["heldout_quality"] = quality
spec.loader.exec_module(quality)
corpus = sys.modules["heldout_corpus"]

ARTICLES = corpus.load_corpus(quality.CORPUS)
# The second to twenty-second corpora were written without reading the extraction rules; the second
# states no production capacity of a generation (its plants' GWh belong to the investments), nor
# does the fifth (its GWh are plants' and sites', never a generation's).
CORPORA = {
    "heldout": quality.CORPUS,
    "heldout2": quality.CORPUS.parent / "heldout2",
    "heldout3": quality.CORPUS.parent / "heldout3",
    "heldout4": quality.CORPUS.parent / "heldout4",
    "heldout5": quality.CORPUS.parent / "heldout5",
    "heldout6": quality.CORPUS.parent / "heldout6",
    "heldout7": quality.CORPUS.parent / "heldout7",
    "heldout8": quality.CORPUS.parent / "heldout8",
    "heldout9": quality.CORPUS.parent / "heldout9",
    "heldout10": quality.CORPUS.parent / "heldout10",
    "heldout11": quality.CORPUS.parent / "heldout11",
    "heldout12": quality.CORPUS.parent / "heldout12",
    "heldout13": quality.CORPUS.parent / "heldout13",
    "heldout14": quality.CORPUS.parent / "heldout14",
    "heldout15": quality.CORPUS.parent / "heldout15",
    "heldout16": quality.CORPUS.parent / "heldout16",
    "heldout17": quality.CORPUS.parent / "heldout17",
    "heldout18": quality.CORPUS.parent / "heldout18",
    "heldout19": quality.CORPUS.parent / "heldout19",
    "heldout20": quality.CORPUS.parent / "heldout20",
    "heldout21": quality.CORPUS.parent / "heldout21",
    "heldout22": quality.CORPUS.parent / "heldout22",
    "heldout23": quality.CORPUS.parent / "heldout23",
    "heldout24": quality.CORPUS.parent / "heldout24",
    "heldout25": quality.CORPUS.parent / "heldout25",
    "heldout26": quality.CORPUS.parent / "heldout26",
}
UNSTATED_SPECS = {
    "heldout": set(),
    "heldout2": {"capacity_gwh"},
    "heldout3": set(),
    "heldout4": set(),
    "heldout5": {"capacity_gwh"},
    "heldout6": set(),
    "heldout7": set(),
    "heldout8": set(),
    "heldout9": set(),
    "heldout10": set(),
    "heldout11": set(),
    "heldout12": set(),
    "heldout13": set(),
    "heldout14": set(),
    "heldout15": set(),
    "heldout16": set(),
    "heldout17": set(),
    "heldout18": set(),
    "heldout19": set(),
    "heldout20": set(),
    "heldout21": set(),
    "heldout22": set(),
    "heldout23": set(),
    "heldout24": {"range_mi", "energy_density_wh_l", "capacity_gwh"},
    "heldout25": {"energy_density_wh_l", "capacity_gwh"},
    "heldout26": {"capacity_gwh"},
}
# The fifth corpus was asked for with at least sixteen articles, the sixth with eighteen, the
# seventh to twelfth with twenty, the thirteenth with eighteen, the fourteenth with twenty, the
# fifteenth to twenty-sixth with twenty-two.
MINIMUM_ARTICLES = {
    "heldout5": 16,
    "heldout6": 18,
    "heldout7": 20,
    "heldout8": 20,
    "heldout9": 20,
    "heldout10": 20,
    "heldout11": 20,
    "heldout12": 20,
    "heldout13": 18,
    "heldout14": 20,
    "heldout15": 22,
    "heldout16": 22,
    "heldout17": 22,
    "heldout18": 22,
    "heldout19": 22,
    "heldout20": 22,
    "heldout21": 22,
    "heldout22": 22,
    "heldout23": 22,
    "heldout24": 22,
    "heldout25": 22,
    "heldout26": 22,
}
RECORDS = ("companies", "shares", "batteries", "investments")
# A spec in the truth files as an export states it: attribute and unit.
FACTS = {
    "chemistry": ("chemistry", ""),
    "range_km": ("range", "km"),
    "range_mi": ("range", "mi"),
    "charging_min": ("charging", "min"),
    "energy_density_wh_kg": ("energy_density", "Wh/kg"),
    "energy_density_wh_l": ("energy_density", "Wh/L"),
    "capacity_kwh": ("energy", "kWh"),
    "capacity_gwh": ("production", "GWh"),
    "cycles": ("cycles", "cycles"),
    "launch": ("launch", "year"),
}


@pytest.mark.parametrize("name", CORPORA)
def test_the_corpus_is_big_enough_and_every_truth_file_is_sound(name):
    articles = corpus.load_corpus(CORPORA[name])
    assert len(articles) >= MINIMUM_ARTICLES.get(name, 10)
    for article in articles:
        assert article.problems == [], article.id
        # A wire story runs short: two of the fifteenth corpus have 285 and 291 words, one of
        # the sixteenth 241, a factbox of the twenty-first 180.
        assert 150 <= len(article.text.split()) <= 900, article.id
        known = [corpus.company_keys(c) for c in article.truth.get("company", [])]
        refs = [b["maker"] for b in article.truth.get("battery", [])]
        # Money two bodies give together names both (twenty-fourth corpus).
        refs += [
            r for i in article.truth.get("investment", []) for r in corpus.as_list(i["company"])
        ]
        for ref in refs:
            assert any(corpus.name_key(ref) in keys for keys in known), (article.id, ref)


def test_the_scorer_runs_on_one_article(tmp_path):
    articles = corpus.load_corpus(quality.CORPUS, {"trade-lmfp-launch"})
    data = quality.build_export(quality.CORPUS / "articles", tmp_path, {"trade-lmfp-launch"})
    assert sorted(p.name for p in (tmp_path / "sources").iterdir()) == ["trade-lmfp-launch.txt"]
    scores = quality.score(articles, data)
    counts = scores["trade-lmfp-launch"]
    assert (counts["companies"].truth, counts["batteries"].truth) == (3, 2)
    assert counts["investments"].truth == 1
    assert counts["furniture caught"].truth == 11
    for count in counts.values():
        assert 0 <= count.found <= count.truth and 0 <= count.right <= count.proposed
    assert scores["TOTAL"]["companies"].truth == 3


def cite_of(article) -> dict:
    """A citation of the article's first body line."""
    start, end, _ = next(line for line in article.lines if not line[2])
    quote = article.text[start:end]
    return {
        "source": article.id,
        "passage": f"{article.id}:p0",
        "start": start,
        "end": end,
        "quote": quote,
    }


def export_of(articles) -> dict:
    """The truth files written as an export would state them, with fields the scorer ignores."""
    data = {key: [] for key in ("companies", "market_share", "batteries", "investments")}
    extra = {"origin": "extracted", "confidence": 0.9, "rule": "test"}
    for article in articles:
        cite, ids = cite_of(article), {}
        for n, company in enumerate(article.truth.get("company", [])):
            ids[corpus.name_key(company["name"])] = cid = f"{article.id}-c{n}"
            for alias in company.get("aliases", []):
                ids[corpus.name_key(alias)] = cid
            data["companies"].append({"id": cid, **company, "cites": [cite], **extra})

        def ref(name: str, ids: dict = ids) -> str:
            return ids.get(corpus.name_key(name), "")

        for share in article.truth.get("share", []):
            holder = ref(share["holder"])
            data["market_share"].append(
                {**share, "holder": holder, "company": holder or share["holder"]}
                | {"label": share["holder"], "cite": cite, **extra}
            )
        for n, battery in enumerate(article.truth.get("battery", [])):
            facts = [
                {"attribute": FACTS[key][0], "value": value, "unit": FACTS[key][1], "cite": cite}
                for key in FACTS
                for value in corpus.as_list(battery.get(key))
            ]
            row = {
                "id": f"{article.id}-b{n}",
                "name": battery["name"],
                "maker": ref(battery["maker"]),
            }
            # A generation the text names with no figure (seventeenth corpus) has only its name's
            # cite to place it in its article.
            data["batteries"].append({**row, "facts": facts, "cite": cite, **extra})
        for n, plant in enumerate(article.truth.get("investment", [])):
            pairs = [(plant["amount"], plant["currency"])] if "amount" in plant else []
            pairs += [(a["amount"], a["currency"]) for a in plant.get("alt_amounts", [])]
            amounts = [
                {"attribute": "amount", "value": v, "unit": c, "cite": cite} for v, c in pairs
            ]
            details = {k: plant[k] for k in quality.INVESTMENT_DETAILS if k in plant}
            parties = {
                "by": [ref(c) for c in corpus.as_list(plant["company"])],
                "to": [ref(plant["to"])] if "to" in plant else [],
            }
            row = {"id": f"{article.id}-i{n}", "kind": plant.get("kind", "investment")}
            data["investments"].append(
                {**row, **parties, **details, "amounts": amounts, "cite": cite, **extra}
            )
    return data


@pytest.mark.parametrize("corpus_name", CORPORA)
def test_the_truth_as_an_export_scores_perfectly(corpus_name):
    articles = corpus.load_corpus(CORPORA[corpus_name])
    total = quality.score(articles, export_of(articles))["TOTAL"]
    for name in (*RECORDS, "shares_any_period", "share_bound", "share_rank", "investment_details"):
        assert total[name].found == total[name].truth > 0, name
        assert total[name].right == total[name].proposed, name
    for name in quality.SPECS:
        count = total[f"spec {name}"]
        assert count.found == count.truth, name
        assert count.truth > 0 or name in UNSTATED_SPECS[corpus_name], name
    assert all(total[name].right == 0 for name in quality.LEAKS)


@pytest.mark.parametrize("where", ["offsets", "quote only"])
def test_a_record_quoting_a_furniture_line_is_a_leak_and_a_stray(where):
    article = next(a for a in ARTICLES if a.id == "wire-cell-ranking")
    data = export_of([article])
    line = "Copper miner Andes Roca raises $2.3 billion in Santiago share sale"
    start = article.text.index(line)
    cite = {"source": article.id, "quote": "Andes Roca raises $2.3 billion"}
    if where == "offsets":
        cite |= {"start": start + 13, "end": start + 43}
    data["companies"].append({"id": "andes-roca", "name": "Andes Roca", "cites": [cite]})
    data["investments"].append(
        {"by": ["andes-roca"], "amounts": [{"value": 2.3e9, "unit": "USD"}], "cite": cite}
    )
    counts = quality.score([article], data)["TOTAL"]
    assert (counts["leak companies"].right, counts["leak records"].right) == (1, 1)
    assert counts["companies"].strays == ["Andes Roca"]
    assert counts["investments"].right == counts["investments"].proposed - 1


def test_names_match_across_suffixes_possessives_and_case():
    key = corpus.name_key
    assert key("Redfern Cells Inc.") == key("redfern cells") == key("Redfern Cells's")
    assert key("Jiangyuan Power Technology Co., Ltd.") == key("Jiangyuan Power Technology")
    assert key("The Treasury Department") == key("Treasury Department")
    assert key("Kumo Energy of Japan") != key("Kumo Energy")


@pytest.mark.parametrize(
    "data",
    [
        {},
        [],
        {
            "companies": None,
            "market_share": [1, "x", {}],
            "batteries": [{"facts": "x", "maker": None}],
        },
        {"claims": [{"start": "a", "source": "blog-sodium-ion"}], "passages": [{"id": None}]},
        {"investments": [{"amounts": [{"value": "n/a"}], "by": "x", "source": "plant-carolina"}]},
        {"candidates": [{"name": None, "source": "uk-cell-supply", "passage": 3}]},
    ],
)
def test_an_export_missing_or_mangling_keys_scores_without_error(data):
    total = quality.score(ARTICLES, data)["TOTAL"]
    assert total["companies"].found == 0 and total["companies"].truth > 0


def test_a_company_without_citations_belongs_where_claims_name_it():
    article = next(a for a in ARTICLES if a.id == "earnings-montclair")
    data = {
        "companies": [{"id": "montclair", "name": "Montclair Motors"}],
        "claims": [{"source": article.id, "text": "x", "entities": ["montclair"]}],
    }
    counts = quality.score([article], data)["TOTAL"]["companies"]
    assert (counts.found, counts.right, counts.proposed) == (1, 1, 1)


@pytest.mark.parametrize(
    ("truth", "proposed", "same"),
    [
        ("LFP", "LFP cells", True),
        ("lithium iron phosphate", "lithium iron phosphate (LFP) cells", True),
        ("LFP", "Lithium iron phosphate batteries", True),
        ("Lead-acid batteries", "Lead-acid", True),
        ("sodium-ion", "Sodium-ion packs", True),
        ("LFP", "NMC cells", False),  # another chemistry
        ("Chinese cells", "cells", False),  # no chemistry: the labels as written
        ("LFP", "LFP makers", False),  # the makers of a chemistry are no chemistry's part
    ],
)
def test_a_chemistrys_group_is_one_holder_however_labelled(truth, proposed, same):
    keys = {corpus.name_key(truth)}
    other = {corpus.name_key(proposed)}
    assert (
        bool((keys | corpus.chemistry_keys(keys)) & (other | corpus.chemistry_keys(other))) is same
    )
