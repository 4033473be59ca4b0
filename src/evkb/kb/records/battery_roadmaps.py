"""A roadmap's rows: products a maker lists one paragraph each, every paragraph opening with the
product's name ("Gen 4. Our fourth-generation cell reaches ...", "Vorel Two moves to LMFP and
230 Wh/kg ...", "Vorel Solid, a semi-solid-state cell, targets ...") and stating its figures.

A run of two or more paragraphs in a row that open so, each with a battery's figures, one of
them opening with a product the other rules proposed, is a roadmap: each other row is a
product of that product's maker, with its own paragraph's figures. A paragraph opening with a
name that extends a proposed product's first word by another word or mark ("Vorel S replaces the
liquid electrolyte ..." after "Vorel") is a generation of the same line, whether or not a run
holds it. The figures a row states are its product's alone: a proposed product not named in a
row loses those it had taken from it."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from evkb.kb.records.battery_general import CONFIDENCE
from evkb.kb.records.battery_specs import specs
from evkb.kb.records.battery_store import new_product
from evkb.kb.records.battery_words import spelling_key
from evkb.kb.records.context import Sentence, slug
from evkb.kb.records.periods import UNDATED, Dateline
from evkb.kb.records.words import PLACE_WORDS, country_of
from evkb.model import Battery, Fact

__all__ = ["roadmap_rows"]

RULE = "roadmap"
# Figures only a battery (or a vehicle's pack) has: a row stating none is no product's.
_BATTERY_UNITS = frozenset({"kWh", "MWh", "Wh/kg", "Wh/L", "Ah"})
_BATTERY_ATTRIBUTES = frozenset({"chemistry", "cycles", "charging", "energy_density"})

# A paragraph opening with a name, after a list's mark if any: up to three capitalised words,
# codes or numbers, then a full stop (a row's label, "Gen 4."), an apposition that says what it
# is ("Vorel Solid, a semi-solid-state cell, ...") or a verb in lower case ("Vorel Two moves to
# ...") that is no speaker's ("Ilsa Ortez says ...").
_ROW_NAME = re.compile(
    r"(?:[-*\u2022]\s+|\d{1,2}[.)]\s+)?"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:[ -](?:[A-Z][\w'\u2019-]*|\d[\w-]*(?:\.\d+)?)){0,2}?)"
    r"(?:\.(?:\s|$)|,\s+(?:a|an|the|our|its)\s+[^,.]{0,60}?"
    r"\b(?:cells?|batter(?:y|ies)|packs?|modules?|generation|chemistry)\b"
    r"|(?P<verb>\s+)(?!(?:says?|said|told|tells|adds?|added|explains?|explained|notes?|noted|"
    r"thinks?|believes?|argues?|argued|recalls?|recalled|admits?|admitted)\b)(?=[a-z]))"
)
_MARK = re.compile(r"\(?\d{1,2}[.)]|[a-z][.)]")
# Words a paragraph opens with that name no product.
_NOT_ROW = frozenset(
    """the a an its our their his her your my this that these those in at by on for with from
    to and or but of as new latest current first second third next both each every while when
    after before since until if so than then there here we it they he she you i what why how
    who where which chief mr mrs ms dr prof professor president minister according also however
    meanwhile today yesterday last earlier later now in overall still more most some all many
    much one two three four five six seven eight nine ten""".split()
)


def _passages(sentences: Sequence[Sentence]) -> list[list[Sentence]]:
    """The body's paragraphs, in order, each as its sentences."""
    out: list[list[Sentence]] = []
    for sentence in sentences:
        if sentence.first_in_passage or not out:
            out.append([])
        out[-1].append(sentence)
    return out


def row_name(sentence: Sentence) -> str:
    """The name a paragraph's first sentence opens with, or "" for none: never a company's, a
    place's, a person's title or an opening word."""
    found = _ROW_NAME.match(sentence.text)
    if found is None:
        return ""
    name = found.group("name").rstrip(".")
    first = name.split()[0].split("-")[0]
    if first.lower() in _NOT_ROW or first.lower() in PLACE_WORDS or country_of(first):
        return ""
    if any(start < len(name) for _, start, _ in sentence.mentions):
        return ""  # "Acme said ...": a company opens it
    if name.isalpha() and found.group("verb"):
        return ""  # "Inside are 40 cells": one plain word before a verb may be any word
    return name


def roadmap_rows(
    batteries: list[Battery],
    source: str,
    sentences: Sequence[Sentence],
    names: dict[str, str],
    written: Dateline = UNDATED,
) -> list[Battery]:
    """`batteries` with the products a roadmap's rows add (see the module's docstring)."""
    if not batteries:
        return batteries
    known: dict[str, Battery] = {}
    for battery in batteries:
        for name in battery.names:
            known.setdefault(spelling_key(name), battery)
    firsts: dict[str, Battery] = {}
    for battery in batteries:
        for name in battery.names:
            firsts.setdefault(name.split()[0], battery)
    companies = {spelling_key(n) for n in names.values()}
    rows: list[tuple[str, list[Sentence], list[Fact]] | None] = []
    for passage in _passages(sentences):
        if len(passage) > 1 and _MARK.fullmatch(passage[0].text):
            passage = passage[1:]  # "2." read as a sentence of its own: the row follows it
        name = row_name(passage[0])
        facts = [f for s in passage for _, f in specs(s, source, "", written)] if name else []
        good = bool(name) and spelling_key(name) not in companies and _battery_figures(facts)
        rows.append((name, passage, facts) if good else None)
    added: dict[str, Battery] = {}
    for n, row in enumerate(rows):
        if row is None or spelling_key(row[0]) in known:
            continue
        name, passage, facts = row
        maker = _sibling_maker(name, firsts) or _run_maker(rows, n, known)
        if not maker or spelling_key(name) in added:
            continue
        maker_fact = Fact(
            attribute="maker",
            value=names.get(maker, maker),
            cite=passage[0].cite(source),
            text=names.get(maker, maker),
            origin="extracted",
            confidence=CONFIDENCE,
            rule="battery maker",
        )
        own = tuple(dataclasses.replace(f, confidence=min(f.confidence, CONFIDENCE)) for f in facts)
        added[spelling_key(name)] = new_product(
            f"{maker}-{slug(name)}", name, maker, (maker_fact, *own), RULE, CONFIDENCE
        )
    if not added:
        return batteries
    taken = {b.id for b in batteries}
    rows_of = {s.passage.id: spelling_key(r[0]) for r in rows if r is not None for s in r[1][:1]}
    new = [b for b in added.values() if b.id not in taken]
    return [*(_without_rows(b, rows_of, set(added)) for b in batteries), *new]


def _battery_figures(facts: list[Fact]) -> bool:
    return any(f.attribute in _BATTERY_ATTRIBUTES or f.unit in _BATTERY_UNITS for f in facts)


def _sibling_maker(name: str, firsts: dict[str, Battery]) -> str:
    """The maker of the proposed product whose first word this name extends ("Vorel S" of
    "Vorel"), or ""."""
    words = name.split()
    if len(words) < 2:
        return ""
    other = firsts.get(words[0])
    return other.maker if other is not None else ""


def _run_maker(
    rows: list[tuple[str, list[Sentence], list[Fact]] | None], at: int, known: dict[str, Battery]
) -> str:
    """The one maker of the proposed products that open rows of the run holding row `at`."""
    start = at
    while start > 0 and rows[start - 1] is not None:
        start -= 1
    end = at
    while end + 1 < len(rows) and rows[end + 1] is not None:
        end += 1
    if end == start:
        return ""
    makers = {
        known[spelling_key(row[0])].maker
        for row in rows[start : end + 1]
        if row is not None and spelling_key(row[0]) in known
    }
    return makers.pop() if len(makers) == 1 else ""


def _without_rows(battery: Battery, rows_of: dict[str, str], added: set[str]) -> Battery:
    """The product without the figures it took from a row that opens with another product."""
    mine = {spelling_key(n) for n in battery.names}
    kept = tuple(
        f
        for f in battery.facts
        if f.attribute == "maker"
        or rows_of.get(f.cite.passage) not in added
        or rows_of.get(f.cite.passage) in mine
    )
    return battery if len(kept) == len(battery.facts) else dataclasses.replace(battery, facts=kept)
