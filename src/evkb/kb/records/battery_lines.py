"""A maker's battery line that has no name of its own: named by its chemistry ("its LFP
cells"), its format ("its 46-series cells"), its generation's number ("its second-generation
pack") or by making it ("plans to produce LFP batteries"); and sentences about such batteries in
general ("Today's LFP cells ..."), which name no maker's line."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.gates import finditer_at, folded_pattern, gated, holds_any, word_starts
from evkb.kb.records.battery_able import built_from
from evkb.kb.records.battery_name_checks import _NOT_NAMES
from evkb.kb.records.battery_words import (
    _CHEMISTRIES,
    _FORMAT,
    _NOUN,
    chemistry_label,
    product_leads,
)
from evkb.kb.records.context import Sentence, anaphors

_LINE = re.compile(
    # "a 79 kWh NMC pack" in a sentence naming its maker is that maker's line too.
    rf"(?P<lead>['’]s\s+|(?<=s)['’]\s+|\b(?:its|their)\s+|\b(?:a|an)\s+(?=\d[\d.,]*[\s-]?kWh))"
    rf"(?:(?:new|latest|initial|first|upcoming|own)\s+)*"
    rf"(?:\d[\d.,]*[\s-]?kWh\s+)?(?P<gen>\w+-generation\s+)?(?:(?:{_CHEMISTRIES})\s+)?"
    rf"(?P<chem>{_CHEMISTRIES})\s+(?:{_FORMAT}\s+)?(?P<noun>{_NOUN})\b",
    re.I,
)
_LINE = folded_pattern(_LINE)
# A chemistry and a battery noun, in lower case, as every match of _LINE holds one of each.
LINE_CHEMISTRIES = (
    *("solid", "sodium", "lithium", "lfp", "lmfp", "nickel", "nmc", "ncm", "nca", "silicon"),
    *("li-ion", "bipolar", "lto", "lmo", "lnmo", "lco", "lmr", "lfmp", "mangan", "ni-rich"),
    *("anode-free", "potassium", "zinc"),
)
_LINE_NOUNS = ("batter", "cell", "pack", "storage")


def _lines(text: str) -> list[re.Match[str]]:
    """The matches of _LINE, tested for its words first (most sentences name no chemistry)."""
    if holds_any(text, LINE_CHEMISTRIES) and holds_any(text, _LINE_NOUNS):
        # Every match opens with an owner or a determiner: tried only there.
        return list(finditer_at(_LINE, text, product_leads(text)))
    return []


# "Daemyo plans to start producing LFP batteries in 2026": a maker's line named by making it.
_MADE = re.compile(
    rf"(?P<lead>(?:\s+(?:plans?|planned|to|will|would|start|starts|started|begin|begins|began|"
    rf"it|said|says|also|soon|expects?|intends?|aims?|"
    # "It is also developing ...", "Researchers at X have developed ...": the auxiliaries.
    rf"is|are|was|were|has|have|had|been|now)){{0,5}}\s+)(?:mass[- ])?"
    # "plans to mass-produce 46-series cylindrical batteries", "unveiled an LFP battery"
    # "mass production of LFP cells", "supplies high-nickel NCMA pouch cells"
    rf"(?:produc\w*|mak(?:e|es|ing)|manufactur\w*|unveil\w*|launch\w*|introduc\w*|develop\w*|"
    rf"suppl(?:y|ies|ied|ying))\s+(?:of\s+)?(?:(?:an?|its|their|new)\s+)*"
    rf"(?:(?:{_CHEMISTRIES})\s+)?(?P<chem>{_CHEMISTRIES}|\d{{2}}-series|\d{{4}})\s+"
    rf"(?:{_FORMAT}\s+)?(?P<noun>{_NOUN})\b",
    re.I,
)

_PLANT_SUBJECT = re.compile(
    r"\b(?:plant|factory|gigafactory|facility|site)(?:\s+in\s+[A-Z][\w-]*)?(?:,\s*which)?", re.I
)
_PLANT_SUBJECT = folded_pattern(_PLANT_SUBJECT)
# The words every match of _PLANT_SUBJECT opens with (each one, as a match starts where its
# word does: "gigafactory" holds "factory", but further on).
_PLANT_WORDS = ("plant", "factory", "gigafactory", "facility", "site")


_FORMAT_LINE = re.compile(
    r"(?P<lead>['’]s\s+|(?<=s)['’]\s+|\b(?i:its|their|our)\s+)(?:(?i:new|latest|current|first)\s+)?"
    r"(?P<format>\d{2}(?:-series|\d{2}(?:-format)?))\s+(?:(?i:cylindrical|large|round)\s+)*"
    r"(?i:cells?|batter(?:y|ies))\b"
)
_FORMAT_LINE = gated(_FORMAT_LINE, "cell batter")
_UNNAMED_GENERATION = re.compile(
    rf"(?:['’]s|\b(?i:its|their|our))\s+(?:new\s+)?(?P<gen>(?i:first|second|third|fourth|fifth|"
    rf"\d(?:st|nd|rd|th))-generation)\s+(?:{_FORMAT}\s+)?(?P<noun>{_NOUN})\b"
)


def _anaphors(sentence: Sentence) -> tuple[re.Match[str], ...]:
    """ "it", "the company", "the Korean cell giant": the references to a company."""
    return anaphors(sentence.text)


# Cheap tests that spare the patterns above most sentences.
_MAKING = (
    "produc",
    "make",
    "making",
    "manufactur",
    "unveil",
    "launch",
    "introduc",
    "develop",
    "suppl",
)
_FORMAT_GATE = re.compile(r"\d\d(?:-series|\d\d)")


def unnamed_lines(
    sentence: Sentence, found: list[tuple[str, int, int, str]]
) -> list[tuple[str, int, int, str]]:
    """`found` (the products the sentence names) and the lines it names without a name, each
    (name, start, end, kind) with kind "generation", "format", "made" or "line"."""
    if not found:
        # "its second-generation battery pack": a generation named only by its number.
        generations = "eneration" in sentence.text
        formats = _FORMAT_GATE.search(sentence.text)
        # These two patterns open with an owner ("its", "Acme's"): tried only where one is.
        leads = product_leads(sentence.text) if generations or formats else ()
        for match in finditer_at(_UNNAMED_GENERATION, sentence.text, leads) if generations else ():
            name = f"{match.group('gen')} {match.group('noun').split()[-1]}"
            found.append((name, match.start("gen"), match.end(), "generation"))
        # "its 46-series cylindrical cells", "the company's 4680 cells": a line named by format.
        for match in finditer_at(_FORMAT_LINE, sentence.text, leads) if formats else ():
            if match.group("lead")[0] not in "'’" or _owner_named(sentence, match.start("lead")):
                name = f"{match.group('format')} cells"
                found.append((name, match.start("format"), match.end(), "format"))
    if not found or all(f[3] in ("format", "generation") for f in found):
        # "Sunghwa's 46-series cell (...), while Yeonam's LFP prismatic cell (...)": a line named
        # by its format does not hide another maker's line named by its chemistry.
        # "Hanbeom said it would start making LFP batteries", "The company plans to produce ..."
        ends = [e for _, _, e in sentence.mentions]
        lower = sentence.text.lower()
        if any(map(lower.__contains__, _MAKING)):
            ends += [m.end() for m in _anaphors(sentence)]
            # "The plant, which will make LFP cells for entry-level cars, opens in 2027"
            ends += [
                m.end()
                for m in finditer_at(
                    _PLANT_SUBJECT, sentence.text, word_starts(sentence.text, _PLANT_WORDS)
                )
            ]
        for end in sorted(set(ends)):
            made = _MADE.match(sentence.text, end)
            if made and not any(f[1] == made.start("chem") for f in found):
                noun = "cells" if "cell" in made.group("noun").lower() else "battery"
                name = f"{chemistry_label(made.group('chem'))} {noun}"
                found.append((name, made.start("chem"), made.end(), "made"))
        for match in _lines(sentence.text):
            if any(s <= match.start("chem") < e for _, s, e, _ in found):
                continue
            if match.group("lead")[0] in "'’" and not _owner_named(sentence, match.start("lead")):
                continue  # "Today's LFP cells": no maker's line (see _other_line)
            if (
                match.group("lead")[0] in "'’"
                and "cell" in match.group("noun").lower()
                and built_from(sentence, match.start("lead"))
            ):
                continue  # "The pack is built from Acme's NMC cells": the cells of what is built
            if match.group("lead")[0] in "aA" and not sentence.mentions:
                continue  # "a 60 kWh LFP pack costs ...": batteries in general
            if match.group("lead")[0] in "aA" and (named := apposed_name(sentence, match.start())):
                # "the Kavo-12/80, a 9 kWh LFP battery": the product named, not a line.
                if not any(f[0] == named[0] for f in found):
                    found.append(named)
                continue
            noun = "cells" if "cell" in match.group("noun").lower() else "battery"
            generation = (match.group("gen") or "").strip()
            name = f"{chemistry_label(match.group('chem'))} {noun}"
            found.append(
                (
                    f"{generation} {name}" if generation else name,
                    match.start("chem"),
                    match.end(),
                    "line",
                )
            )
    return found


# A model's name a figure's battery stands in apposition to: "the Kavo-12/80, a 9 kWh LFP
# battery", "the Vesk bus pack, a 300 kWh LFP pack", "the Zest 4, an electric tricycle with a
# 4 kWh LFP pack" (the vehicle's name is its pack's).
_APPOSED = re.compile(
    r"\bthe\s+(?P<name>[A-Z0-9][\w/.+-]*(?:\s+[A-Z0-9][\w/.+-]*){0,2})"
    r"(?:\s+(?:[a-z]+\s+)?(?:pack|battery|cell|model|system))?,\s+"
    r"(?:an?\s+(?:[\w-]+\s+){1,3}?(?:with|using|carrying)\s+)?$"
)


def apposed_name(sentence: Sentence, at: int) -> tuple[str, int, int, str] | None:
    """(name, start, end, "named") of the model a line's words at `at` are apposed to, when it
    is no company's name nor a common word; else None."""
    found = _APPOSED.search(sentence.text, max(0, at - 90), at)
    if found is None:
        return None
    start, end = found.span("name")
    name = found.group("name")
    if name.split()[0] in _NOT_NAMES or any(s < end and start < e for _, s, e in sentence.mentions):
        return None
    return (name, start, end, "named")


def _owner_named(sentence: Sentence, at: int) -> bool:
    """Whether the owner before a possessive at `at` is a company: named, or referred to
    ("the company's", "the Korean cell giant's"), not "Today's" or "China's"."""
    return any(e == at for _, _, e in sentence.mentions) or any(
        m.end() == at for m in _anaphors(sentence)
    )


def _other_line(sentence: Sentence) -> bool:
    """ "Today's LFP cells already manage 160 Wh/kg": a sentence about batteries in general."""
    return any(
        m.group("lead")[0] in "'’" and not _owner_named(sentence, m.start("lead"))
        for m in _lines(sentence.text)
    )


# "a 66 kWh lithium-ion pack bought from a Chinese supplier", "will source the cells for its
# next hatchback from a Chinese supplier", "it did not name the cell maker": batteries the
# company buys, so no line of its own.
_BOUGHT = re.compile(
    r"\b(?:cells?|batter(?:y|ies)|packs?)\s+(?:[\w-]+\s+){0,2}?(?:bought|sourced|purchased|imported|"
    r"procured)\s+from\b|"
    r"\bsourc(?:e|es|ed|ing)\s+(?:the\s+|its\s+|their\s+)?(?:cells|batteries|packs?)\b[^.;]{0,60}?\bfrom\b|"
    r"\b(?:did\s+not|didn['’]t|declined\s+to|would\s+not)\s+(?:name|identify|disclose)\s+"
    r"(?:the\s+|its\s+)?(?:cell\s+|battery\s+)?(?:maker|supplier|manufacturer)",
    re.I,
)
_BOUGHT_WORDS = (
    "bought",
    "sourc",
    "purchased",
    "imported",
    "procured",
    "name",
    "identify",
    "disclose",
)


def bought_in(sentence: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether this sentence or the one before says the company buys the batteries in."""
    before = sentences[sentence.index - 1].text if sentence.index else ""
    return bought_here(sentence.text) or bought_here(before)


def bought_here(text: str) -> bool:
    """Whether a sentence says the batteries it speaks of are bought in."""
    return holds_any(text, _BOUGHT_WORDS) and _BOUGHT.search(text) is not None


# "the T2 cell, bought from a Chinese supplier": a named product the company buys in.
_BOUGHT_AFTER = re.compile(
    r"(?:\s+(?:cells?|batter(?:y|ies)|packs?))?\s*,?\s+(?:which\s+(?:it|they)\s+)?"
    r"(?:bought|sourced|purchased|imported|procured|buys|sources)\s+from\b",
    re.I,
)


def bought_from_unnamed(sentence: Sentence, end: int) -> bool:
    """Whether the product named up to `end` is said to be bought from a maker the sentence
    does not name ("the T2 cell, bought from a Chinese supplier"): whose it is stays unknown."""
    found = _BOUGHT_AFTER.match(sentence.text, end)
    return found is not None and not any(
        found.end() <= s <= found.end() + 60 for _, s, _ in sentence.mentions
    )
