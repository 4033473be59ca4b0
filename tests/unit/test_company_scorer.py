"""The learned company scorer kept beside the rules (tests/bench/company_scorer.py): its weights
file loads, training is deterministic, and retraining on the same rows reproduces the file."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "train_scorer.py"
_spec = importlib.util.spec_from_file_location("train_scorer", BENCH)
trainer = sys.modules.setdefault("train_scorer", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(trainer)


def test_the_weights_file_loads_as_a_model():
    model = trainer.load()
    assert model.policy in ("replace", "veto", "add")
    assert 0.0 < model.threshold < 1.0
    assert "bias" in model.weights and len(model.weights) > 20


@pytest.mark.parametrize("kind", ["logistic", "stumps"])
def test_training_twice_on_the_same_rows_gives_the_same_weights(kind):
    data = trainer.collect(["heldout"])
    first = trainer.fit(data, ["heldout"], "replace", 1.0, 20, kind)
    assert first == trainer.fit(data, ["heldout"], "replace", 1.0, 20, kind)


def test_the_scorer_hook_changes_nothing_without_a_model_and_is_removed_after():
    import evkb.kb.records as package

    before = package.company_records
    article = sorted((trainer.FIXTURES / "records").glob("*.txt"))[0]
    text = article.read_text(encoding="utf-8")
    plain = trainer.extract_records(
        article.stem,
        trainer.split_passages(article.stem, trainer.read_text(text.encode("utf-8"))[0]),
        trainer.Lexicon([]),
    ).companies
    record: list = []
    assert trainer.extract(article.stem, text, None, record) == plain
    assert record and package.company_records is before


def test_retraining_on_the_same_rows_reproduces_the_file():
    stored = trainer.json.loads(trainer.WEIGHTS_FILE.read_text(encoding="utf-8"))
    data = trainer.without(trainer.collect(trainer.CORPORA), tuple(stored["drop"]))
    if trainer.rows_digest(data, trainer.CORPORA) != stored["rows_sha256"]:
        pytest.skip("extraction or truth files changed since training: run train_scorer.py --write")
    weights, cut = trainer.fit(
        data,
        trainer.CORPORA,
        stored["policy"],
        stored["beta"],
        stored["iterations"],
        stored["model"],
    )
    assert (weights, cut) == (stored["weights"], stored["threshold"])
