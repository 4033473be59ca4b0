"""Whose car a version is: the company named right after it ("the Corra Long Range from
Ostler"), else the one company whose name the article writes right before the car's, so a
version or a trim named alone ("The Standard pack uses LFP cells from Hwaseo") is made by the
car's maker, not by the company supplying its cells."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.battery_able import (
    _MAKES_NO_BATTERIES,
    cell_sources,
)
from evkb.kb.records.battery_name_checks import _NOT_NAMES
from evkb.kb.records.battery_names import _TRIM_AT_END
from evkb.kb.records.context import Resolver, Sentence


def version_maker(
    sentence: Sentence,
    end: int,
    sentences: Sequence[Sentence],
    trim_end: int = -1,
    names: dict[str, str] | None = None,
    resolver: Resolver | None = None,
) -> str:
    """Whose car a version is: the company named right after it ("the Corra Long Range from
    Falvik Motors"), else the one whose name the article writes before the car's ("Pembrock
    Linnea", "Pembrock's Linnea"), else the company named before it in the sentence, else in the
    nearest sentence before naming one; never a name read into a car's own ("Rave Long Range's"
    is no company, nor is "Rave" then)."""
    if trim_end >= 0 and (by := _FROM.match(sentence.text, trim_end)):
        after = [ident for ident, a, _ in sentence.mentions if a == by.end()]
        if after:
            return after[0]
    written = _CAR_BEFORE.search(sentence.text, 0, end)
    if written and names and (maker := car_maker(written.group("car"), sentences, names)):
        return maker
    window = sentences[max(0, sentence.index - 4) : sentence.index]
    cars = {
        ident
        for s in (*window, sentence)
        for ident, a, b in s.mentions
        if _VERSION_WORDS.search(s.text, a, b)
    }
    own = [
        ident
        for ident, _, b in sentence.mentions
        if b <= end and ident not in cars and ident not in cell_sources(sentence)
    ]
    if own:
        return own[-1]
    car = re.findall(r"[\w-]+", sentence.text[:end])
    car = car[-3:-1] if car[-1:] == ["EV"] else car[-2:]  # "Scarpline EV" is one car's name
    if len(car) == 2 and all(w[:1].isupper() for w in car) and car[0] not in _NOT_NAMES:
        return ""  # "Falvik Corra Long Range": the car's own name holds a maker not read
    for earlier in reversed(window):
        named = {ident for ident, _, _ in earlier.mentions} - cars - cell_sources(earlier)
        if resolver is not None:
            # "built from cells that Nifudob Battery supplies": a car's version is no cell
            # maker's nor supplier's, when the text says which they are.
            named = {i for i in named if not _no_cars(i, resolver)}
        if named:
            return named.pop() if len(named) == 1 else ""
    return ""


def trim_maker(
    name: str,
    maker: str,
    sentence: Sentence,
    at: int,
    sentences: Sequence[Sentence],
    names: dict[str, str],
    resolver: Resolver,
) -> str:
    """A trim's name ("The Standard pack uses LFP cells from Hwaseo") is a car's version
    whatever noun follows it: its maker is the carmaker, never the cell maker or supplier the
    sentence names for the cells; one with no maker yet is a car's version all the same."""
    if not _TRIM_AT_END.fullmatch(name) or (maker and not _no_cars(maker, resolver)):
        return maker
    return version_maker(sentence, at, sentences, -1, names, resolver)


def _no_cars(ident: str, resolver: Resolver) -> bool:
    known = resolver.companies.get(ident)
    return known is not None and (known.kind in _MAKES_NO_BATTERIES or known.kind in _SUPPLIES)


_SUPPLIES = frozenset(["cell maker", "supplier", "recycler"])
# The car's name right before its version: "The Linnea Standard Range", "the 2027 Merle Long Range".
# "The Scarpline EV Standard Range": "EV" after a car's name is part of it.
_CAR_BEFORE = re.compile(r"\b(?P<car>[A-Z][a-z][\w-]*)(?:\s+(?:EV|e))?\s+$")
# What may sit between a maker's name and its car's: "Pembrock's Linnea", "Pembrock 2027 Linnea".
_MAKER_BEFORE_CAR = re.compile(r"(?:['’]s)?\s+(?:\d{4}\s+)?$")


def car_maker(car: str, sentences: Sequence[Sentence], names: dict[str, str]) -> str:
    """The one company whose name (or its first word) the article writes right before the car's
    name, as news copy names a car: "the Pembrock Linnea", "Pembrock's Linnea",
    "Pembrock 2027 Linnea"; "" when none or several do."""
    if car in _NOT_NAMES:
        return ""
    written: dict[str, str] = {}  # a way the article may write a maker before a car's name
    for ident, name in names.items():
        for form in {name, name.split()[0]} if name.split() else ():
            written[form] = _one_of(written.get(form, ident), ident)
    found = set()
    for sentence in sentences:
        at = sentence.text.find(car)
        while at > 0:
            before = _MAKER_BEFORE_CAR.sub("", sentence.text[max(0, at - 80) : at]).split()
            # The maker's full name or its first word, right before the car's.
            for n in range(1, min(len(before), 5) + 1):
                who = written.get(" ".join(before[-n:]), "")
                if who:
                    found.add(who)
            at = sentence.text.find(car, at + 1)
    return found.pop() if len(found) == 1 else ""


def _one_of(known: str, ident: str) -> str:
    """The one company two ids name, when one is the other's short form ("pallas" read in a
    headline, "pallas-motors" in the text): the full one; "" for two companies."""
    if known == ident:
        return ident
    if known and ident.startswith(known + "-"):
        return ident
    if ident and known.startswith(ident + "-"):
        return known
    return ""


_VERSION_WORDS = re.compile(r"\b(?:Range|Standard|Performance)\b")
_FROM = re.compile(r"\s+(?:from|by)\s+")
