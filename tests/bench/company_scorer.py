"""A learned scorer for company candidates, measured beside the rules (not part of extraction).

Every name `discover` finds is a candidate; the rules' `accepted` keeps or drops it. Here a
logistic model over features of the candidate decides instead, while the extractor runs as it
ships: `scoring(model)` puts the model's decision in the place of `accepted` for the duration,
so the records made, the company names, aliases and citations, are the extractor's own.
Features are the rules' evidence and verdict, the name's shape, where and how often the document
uses it, and hashed lower-case words next to it; never the name itself.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from math import exp, log1p

import evkb.kb.records  # noqa: F401  (the package the hook replaces a function of)
from evkb.kb.records import company_cues as cue
from evkb.kb.records.company_found import Found
from evkb.kb.records.company_names import NATIONALITIES
from evkb.kb.records.company_shapes import ACRONYM, CAMEL
from evkb.kb.records.context import PLACE_WORDS, Sentence, country_of

RULE = "learned score"
# Lower-case neighbour words are hashed into this many slots a side: a fixed vocabulary of cue
# words would be a phrase list again; hashing lets the training data weigh the words.
WORD_SLOTS = 64


@dataclass(frozen=True)
class Model:
    weights: Mapping[str, float]
    threshold: float
    # "replace": the score decides alone; "veto": it may only drop what the rules keep;
    # "add": it may only keep what the rules drop.
    policy: str = "replace"

    def keeps(self, features: Mapping[str, float], kept: bool) -> bool:
        if self.policy == "veto" and not kept:
            return False
        if self.policy == "add" and kept:
            return True
        return probability(self.weights, features) >= self.threshold


def probability(weights: Mapping[str, float], features: Mapping[str, float]) -> float:
    """The logistic of the weighted features; a weight named "feature>cut" (boosted stumps
    written as one linear sum) weighs whether the feature exceeds the cut."""
    z = sum(weights.get(name, 0.0) * value for name, value in features.items())
    for name, weight in weights.items():
        if ">" in name:
            feature, _, cut = name.rpartition(">")
            z += weight if features.get(feature, 0.0) > float(cut) else 0.0
    return 1.0 / (1.0 + exp(-max(-30.0, min(30.0, z))))


def _slot(side: str, word: str) -> str:
    return f"{side}{zlib.crc32(word.encode('utf-8')) % WORD_SLOTS}"


def _neighbours(name: str, sentences: Sequence[Sentence], where: Sequence[int]) -> list[str]:
    """Hashed slots of the lower-case word before and after the name in its first sentences."""
    out: list[str] = []
    for index in where[:3]:
        text = sentences[index].text
        at = text.find(name)
        if at < 0:
            continue
        before = text[:at].split()[-1:]
        after = text[at + len(name) :].split()[:1]
        for side, words in (("b", before), ("a", after)):
            word = words[0].strip(",.;:()\"“”'’").casefold() if words else ""
            if word and word.isalpha() and words[0][:1].islower():
                out.append(_slot(side, word))
            elif not words:
                out.append(f"{side}:edge")
    return out


def seen_in(entry: Found, sentences: Sequence[Sentence]) -> list[int]:
    """The sentences that write one of the candidate's names."""
    names = {entry.name, *entry.variants}
    return [s.index for s in sentences if any(n in s.text for n in names)]


def company_features(
    entry: Found,
    verdict: tuple[str, float] | None,
    sentences: Sequence[Sentence],
    seen: Sequence[int],
) -> dict[str, float]:
    """Feature name -> value for one candidate; `verdict` is what the rules decided."""
    f: dict[str, float] = {"bias": 1.0}
    if verdict is not None:
        f["rules:accept"] = 1.0
        f[f"rules:{verdict[0]}"] = 1.0
        f["rules:confidence"] = verdict[1]
    for prefix, evidence in (("strong", entry.strong), ("weak", entry.weak)):
        for rule, _, _ in evidence:
            f[f"{prefix}:{rule}"] = f.get(f"{prefix}:{rule}", 0.0) + 1.0
    for key in [k for k in f if k.startswith(("strong:", "weak:"))]:
        f[key] = log1p(f[key])
    for veto in entry.vetoes:
        f[f"veto:{veto}"] = 1.0
    cited = sorted({i for _, _, i in entry.strong + entry.weak})
    f["evidence:none"] = 0.0 if cited else 1.0
    f["evidence:sentences"] = log1p(len(cited))
    f["seen:sentences"] = log1p(len(set(seen)))
    f["mentions"] = log1p(len(entry.variants))
    where = cited or list(seen)
    if where and sentences:
        f["first:position"] = where[0] / len(sentences)
        f["first:opening"] = 1.0 if where[0] < 3 else 0.0
    f["inside"] = 1.0 if entry.inside else 0.0
    f["parent"] = 1.0 if entry.parent else 0.0
    f["kind:named"] = 1.0 if any(k != "other" for k in entry.kinds) else 0.0
    f["country:named"] = 1.0 if any(entry.countries) else 0.0
    f["aliases"] = 1.0 if entry.aliases else 0.0
    words = entry.name.split()
    f[f"words:{min(len(words), 4)}"] = 1.0
    shapes = {
        "acronym": ACRONYM.match(entry.name) is not None,
        "camel": CAMEL.fullmatch(entry.name) is not None,
        "digit": any(c.isdigit() for c in entry.name),
        "hyphen": "-" in entry.name,
        "legal form": len(words) > 1 and words[-1].rstrip(".,") in cue.LEGAL_WORDS,
        "organisation word": any(w.strip(".,").casefold() in cue.ORG_WORDS for w in words),
        "organisation head": words[0].casefold() in cue.ORG_HEADS,
        "place word": any(w.casefold() in PLACE_WORDS or country_of(w) for w in words),
        "nationality": words[0].casefold() in NATIONALITIES,
        "short": len(words) == 1 and len(entry.name) <= 3,
    }
    f.update({f"shape:{name}": 1.0 for name, on in shapes.items() if on})
    for slot in _neighbours(entry.name, sentences, where):
        f[slot] = 1.0
    return f


@contextmanager
def scoring(model: Model | None, record: list | None = None) -> Iterator[None]:
    """Extraction with `model` deciding which found names are companies (None: the rules),
    appending (candidate, features) to `record` for every candidate the text lets one cite."""
    package = sys.modules["evkb.kb.records"]
    records = sys.modules["evkb.kb.records.company_records"]
    make, rules = package.company_records, records.accepted
    current: list[Sequence[Sentence]] = [()]

    def company_records(source, sentences, found, taken):
        current[0] = sentences
        return make(source, sentences, found, taken)

    def accepted(entry: Found) -> tuple[str, float] | None:
        verdict = rules(entry)
        sentences = current[0]
        seen = seen_in(entry, sentences)
        if not (entry.strong or entry.weak or seen):
            return verdict  # nothing in the text to cite
        features = company_features(entry, verdict, sentences, seen)
        if record is not None:
            record.append((entry, features))
        if model is None:
            return verdict
        if not model.keeps(features, verdict is not None):
            return None
        if verdict is not None:
            return verdict
        p = round(probability(model.weights, features), 2)
        if not (entry.strong or entry.weak):
            entry.weak.append((RULE, p, seen[0]))  # the sentence the record cites
        return RULE, p

    package.company_records, records.accepted = company_records, accepted
    try:
        yield
    finally:
        package.company_records, records.accepted = make, rules
