"""Weights of the learned company scorer, written by tests/bench/train_scorer.py: do not edit."""

POLICY = "replace"
THRESHOLD = 0.5
WEIGHTS: dict[str, float] = {}
