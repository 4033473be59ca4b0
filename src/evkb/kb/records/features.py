"""Features of a company candidate (a name `discover` found) for the learned scorer: the rules'
own evidence and verdict, the name's shape, where and how often the document uses it, and the
lower-case words next to it; never the name itself, so nothing learnt is about one company."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from math import log1p

from evkb.kb.records import company_cues as cue
from evkb.kb.records.company_found import Found
from evkb.kb.records.company_names import NATIONALITIES
from evkb.kb.records.context import PLACE_WORDS, Sentence, country_of

# Lower-case neighbour words are hashed into this many slots a side: a fixed vocabulary of cue
# words would be a phrase list again; hashing lets the training data pick the words.
WORD_SLOTS = 64


def _slot(side: str, word: str) -> str:
    return f"{side}{zlib.crc32(word.encode('utf-8')) % WORD_SLOTS}"


def _neighbours(entry: Found, sentences: Sequence[Sentence], where: Sequence[int]) -> list[str]:
    """Hashed slots of the lower-case word before and after the name where the rules saw it."""
    out: list[str] = []
    for index in where[:3]:
        text = sentences[index].text
        at = text.find(entry.name)
        if at < 0:
            continue
        before = text[:at].split()[-1:]
        after = text[at + len(entry.name) :].split()[:1]
        for side, words in (("b", before), ("a", after)):
            word = words[0].strip(",.;:()\"“”'’").casefold() if words else ""
            if word and word.isalpha() and words[0][:1].islower():
                out.append(_slot(side, word))
            elif not words:
                out.append(f"{side}:edge")
    return out


def company_features(
    entry: Found, verdict: tuple[str, float] | None, sentences: Sequence[Sentence]
) -> dict[str, float]:
    """Feature name -> value for one candidate; `verdict` is what the rules decided."""
    f: dict[str, float] = {"bias": 1.0}
    if verdict is not None:
        f["rules:accept"] = 1.0
        f[f"rules:{verdict[0]}"] = 1.0
        f["rules:confidence"] = verdict[1]
    for rule, _, _ in entry.strong:
        f[f"strong:{rule}"] = f.get(f"strong:{rule}", 0.0) + 1.0
    for rule, _, _ in entry.weak:
        f[f"weak:{rule}"] = f.get(f"weak:{rule}", 0.0) + 1.0
    for key in [k for k in f if k.startswith(("strong:", "weak:"))]:
        f[key] = log1p(f[key])
    for veto in entry.vetoes:
        f[f"veto:{veto}"] = 1.0
    where = sorted({i for _, _, i in entry.strong + entry.weak})
    f["evidence:none"] = 0.0 if where else 1.0
    f["evidence:sentences"] = log1p(len(where))
    f["mentions"] = log1p(len(entry.variants))
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
    if cue.ACRONYM.match(entry.name):
        f["shape:acronym"] = 1.0
    if cue.CAMEL.fullmatch(entry.name):
        f["shape:camel"] = 1.0
    if any(c.isdigit() for c in entry.name):
        f["shape:digit"] = 1.0
    if "-" in entry.name:
        f["shape:hyphen"] = 1.0
    if len(words) > 1 and words[-1].rstrip(".,") in cue.LEGAL_WORDS:
        f["shape:legal form"] = 1.0
    if any(w.strip(".,").casefold() in cue.ORG_WORDS for w in words):
        f["shape:organisation word"] = 1.0
    if words[0].casefold() in cue.ORG_HEADS:
        f["shape:organisation head"] = 1.0
    if any(w.casefold() in PLACE_WORDS or country_of(w) for w in words):
        f["shape:place word"] = 1.0
    if words[0].casefold() in NATIONALITIES:
        f["shape:nationality"] = 1.0
    if len(words) == 1 and len(entry.name) <= 3:
        f["shape:short"] = 1.0
    for slot in _neighbours(entry, sentences, where):
        f[slot] = 1.0
    return f
