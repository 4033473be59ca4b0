"""The learned scorer for company candidates: a logistic model over `features.company_features`
decides whether a name the rules found is a company the article talks about. Its weights are
data (`scorer_weights.py`, made by tests/bench/train_scorer.py from the truth files), read once
per process with the code, so they count in the extractor's digest."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from math import exp

from evkb.kb.records import scorer_weights
from evkb.kb.records.company_found import Found
from evkb.kb.records.context import Sentence
from evkb.kb.records.features import company_features

RULE = "learned score"


@dataclass(frozen=True, slots=True)
class Model:
    weights: Mapping[str, float]
    threshold: float
    # "replace": the score decides alone; "veto": it may only drop what the rules keep;
    # "add": it may only keep what the rules drop.
    policy: str


def probability(weights: Mapping[str, float], features: Mapping[str, float]) -> float:
    z = sum(weights.get(name, 0.0) * value for name, value in features.items())
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + exp(-z))


MODEL = Model(scorer_weights.WEIGHTS, scorer_weights.THRESHOLD, scorer_weights.POLICY)


def decide(
    entry: Found, verdict: tuple[str, float] | None, sentences: Sequence[Sentence]
) -> tuple[str, float] | None:
    """The rule and confidence that make a found name a company, or None: the rules' verdict
    where the model agrees or may not overrule it, the model's own where it keeps a name."""
    model = MODEL
    if not model.weights or not (entry.strong or entry.weak):
        return verdict  # no model, or nothing in the text to cite
    if model.policy == "veto" and verdict is None:
        return None
    if model.policy == "add" and verdict is not None:
        return verdict
    p = probability(model.weights, company_features(entry, verdict, sentences))
    if p < model.threshold:
        return None
    return verdict or (RULE, round(p, 2))
