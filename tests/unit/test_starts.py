"""Patterns tried only where a match can start find what they find tried at every character."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from evkb.kb.extract import gates, names, quantities, sentences
from evkb.kb.extract.gates import finditer_at, word_starts
from evkb.kb.extract.names import NameMatcher
from evkb.kb.extract.numbers import number_starts
from evkb.kb.records import (
    anaphora,
    battery_lines,
    battery_mentions,
    battery_names,
    investment_places,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_gates import TEXTS

PATTERNS = {
    "money": quantities._MONEY_SUFFIX,
    "count": quantities._COUNT_NUMBER,
    **{unit.__name__: patterns for patterns, unit in quantities._UNIT_FAMILIES},
}
TRICKY = [
    "a  dozen cells, A\u00a0DOZEN packs, adozen, a\tdozen",
    "ſix GWh, SIX GWh, İ6 km, twenty-two minutes, Twenty one percent, fourteen 4680 cells",
    "often tenfold, phone one-third, 1,200.5 million yen, c.400 Wh/kg, R2.3bn, bZ4X 2 km",
    "",
]


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_matches_at_number_starts_find_what_finditer_finds(name) -> None:
    for pattern in PATTERNS[name]:  # digits only, and digits or words
        for text in [*TRICKY, *TEXTS]:
            ours = [m.span() for m in finditer_at(pattern, text, number_starts(text))]
            assert ours == [m.span() for m in pattern.finditer(text)], text


PRODUCT_TRICKY = [
    "The company's new RW3 prismatic cells and Acme’s Helix LFP pack",
    "THE\u00a0Strata Max battery, ITS\tHelix cell, whose Shorthorn prismatic cell, a 64 kWh Pack",
    "the drivers' Long Range version, an Extended Range variant, AN Orla pack",
    # a maker's lines without a name
    "its 4680 cells, ITS 46-series cylindrical cells, the company’s 2170 Batteries",
    "Acme's second-generation pack, THEIR\u00a0first-generation cells, our LFP prismatic cell",
    "a 60 kWh LFP pack, AN 80 kWh NMC battery, The drivers' LFP cells, İts LFP cells",
]
LED = {  # the patterns tried at the product leads
    **{name: getattr(battery_names, name) for name in ("_PRODUCT", "_TRIM", "_PAIRED")},
    **{
        name: getattr(battery_lines, name)
        for name in ("_LINE", "_FORMAT_LINE", "_UNNAMED_GENERATION")
    },
}


@pytest.mark.parametrize("name", sorted(LED))
def test_products_tried_at_their_leads_find_what_finditer_finds(name) -> None:
    pattern = LED[name]
    for text in [*PRODUCT_TRICKY, *TEXTS]:
        ours = [m.span() for m in finditer_at(pattern, text, battery_names.product_leads(text))]
        assert ours == [m.span() for m in pattern.finditer(text)], text


NOUN_APPOSED_TRICKY = [
    "Acme's new battery, the Zephyr, stores; its cells, Strata Max - and the energy storage "
    "system, Vault, ...",
    "PRODUCTS, Helix, and the battery pack, Orla, — excellent, Cell, Borel, storage units, Tide,",
    "ſtorage systems, Keel, then Batteries, Pax —",
]


def test_product_noun_words_are_each_a_match_of_the_product_nouns() -> None:
    for text in [*NOUN_APPOSED_TRICKY, *PRODUCT_TRICKY, *TEXTS, "PAC\u212a", "ſuccessor"]:
        if gates.holds_any(text, battery_names._PRODUCT_NOUN_WORDS):
            assert battery_names._PRODUCT_NOUNS.search(text) is not None, text


PLANT_SUBJECT_TRICKY = [
    "The plant, which will make cells; the GIGAFACTORY in Ohio, which; Site in Texas",
    "ſite, facılity, the Factory's line, replanted, websites, Plant in\u00a0Poland",
]

SENTENCE_TRICKY = [
    "It rose 5%... Then it fell!  \u201cWhy?\u201d she asked.\n\nNew paragraph. (A) item",
    "Sales hit $1.7 billion. \u20ac2bn more. U.S. makers? No. 1 is Acme\u2026 Acme leads.\n \n",
    "",
]
WORD_LED = {  # a pattern, where its matches can start, and texts to try it on
    "_NOUN_APPOSED": (
        battery_names._NOUN_APPOSED,
        lambda text: word_starts(text, battery_names._NOUN_APPOSED_WORDS),
        NOUN_APPOSED_TRICKY + PRODUCT_TRICKY,
    ),
    "_PLANT_SUBJECT": (
        battery_lines._PLANT_SUBJECT,
        lambda text: word_starts(text, battery_lines._PLANT_WORDS),
        PLANT_SUBJECT_TRICKY,
    ),
    "_SENTENCE_END": (
        sentences._SENTENCE_END,
        lambda text: [m.start() for m in sentences._END_START.finditer(text)],
        SENTENCE_TRICKY,
    ),
}


@pytest.mark.parametrize("name", sorted(WORD_LED))
def test_patterns_tried_at_their_starts_find_what_finditer_finds(name) -> None:
    pattern, places, tricky = WORD_LED[name]
    for text in [*tricky, *TEXTS]:
        ours = [m.span() for m in finditer_at(pattern, text, places(text))]
        assert ours == [m.span() for m in pattern.finditer(text)], text


ANAPHOR_TRICKY = [
    "It said its cells, ITS packs and The Company's plant; the Swedish cell maker, THE FIRM",
    "İt rose, ıt fell: İTS maker, with the group and within the firm's reach, the\u00a0company",
    "Itself, pith, the battery maker Acme, the firm Borel, the company’s",
]


def test_anaphors_at_their_leads_find_what_finditer_finds() -> None:
    for text in [*ANAPHOR_TRICKY, *TEXTS]:
        ours = [m.span() for m in anaphora.anaphors(text)]
        assert ours == [m.span() for m in anaphora.ANAPHOR.finditer(text)], text


NAMES = {
    "Acme": "acme",
    "Acme Power": "acme-power",
    "SK On": "sk-on",
    "Straße Cells": "strasse",
    "Île Batteries": "ile",
    "Kelvin Group": "kelvin",
    "A123 Systems": "a123",
    "Q": "q",
}
NAME_TRICKY = [
    "Acme and ACME, Acme Power's plant; Acmeville, the acme of it, Acme_Power, SK On, sk on",
    "Straße Cells and STRASSE CELLS near Acme; Île Batteries, ÎLE BATTERIES and île batteries",
    "\u212aelvin Group (with the kelvin sign), KELVIN GROUP, A123 Systems, a123 systems, Q",
    "İstanbul Acme Power, Acme\u00a0Power, Acme  Power, xAcme Power, Acme Powerful",
]


@pytest.mark.parametrize("few", [64, 0])  # first words tested one by one, or the text's words
def test_names_found_by_their_places_are_those_found_word_by_word(few, monkeypatch) -> None:
    monkeypatch.setattr(names, "_FEW_FIRSTS", few)
    matcher = NameMatcher(NAMES)
    for text in [*NAME_TRICKY, *TEXTS]:
        ours = matcher.find(text)
        assert ours == _word_by_word(matcher._by_first, text), text


def _pattern(name: str) -> re.Pattern[str]:
    """The pattern a name was matched with before `Spelling`: its words joined by `\\s+`,
    case-blind unless short or with a word in capitals."""
    body = r"\s+".join(re.escape(part) for part in name.split(" "))
    exact = len(name) <= 4 or any(len(w) > 1 and w.isupper() for w in name.split(" "))
    return re.compile(body if exact else f"(?i:{body})")


def _word_by_word(by_first, text: str) -> list[tuple[str, int, int]]:
    """The names found as the matcher found them before: each word of the text tried."""
    found: list[tuple[str, int, int]] = []
    last_end = 0
    for word in re.finditer(r"\w+", text):
        entries = by_first.get(word.group().casefold())
        if entries is None or word.start() < last_end:
            continue
        for _, pattern, ident, lead in entries:
            begin = word.start() - lead
            if begin < last_end or (begin > 0 and re.match(r"\w", text[begin - 1])):
                continue
            match = _pattern(pattern.name).match(text, begin)
            if match is None:
                continue
            end = match.end()
            if end < len(text) and re.match(r"\w", text[end]):
                continue
            found.append((ident, begin, end))
            last_end = end
            break
    return found


PLANT_TRICKY = [
    "Its capacity in Hungary and its PLANT in Ohio; the plant's capacity in Ohio",
    "capacity in ohio, the new Capacity In Texas, broke ground, ground-breaking, the line",
    "ſite works, facilıty, the gigafactory's capacity in\u00a0Poland",
]


def test_plant_in_finds_what_the_whole_pattern_finds() -> None:
    for text in [*PLANT_TRICKY, *TEXTS]:
        ours = investment_places.plant_in(text)
        theirs = investment_places.PLANT.search(text)
        assert (ours and ours.span()) == (theirs and theirs.span()), text


REFERENCE_TRICKY = [
    "It offers 300 km. They will ship; the new cell, THE PACK, its 80 kWh battery",
    "Kestrel rates it at 360 miles; packs of them; a module built from them; İt is",
    "- Energy density: 300 Wh/kg",
    "Jane Roe -- CEO: We expect start of production in 2029.",
    "Production starts in 2027",
]


def test_references_tried_at_their_starts_find_what_search_finds() -> None:
    for text in [*REFERENCE_TRICKY, *PRODUCT_TRICKY, *TEXTS]:
        ours = battery_mentions._reference(text)
        theirs = battery_mentions.REFERENCE.search(text)
        assert (ours and ours.span()) == (theirs and theirs.span()), text
