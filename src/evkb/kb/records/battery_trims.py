"""A car's version named by its trim alone ("The Standard model has a 47 kWh pack", "the
Extended charged in half an hour"): the version of the one car the text writes its trims
after ("Marram Extended", "the Pelto K4 Long Range"), else of the one car the text writes after
the maker's name ("the new Ostler Marram"), so it is also named with that car. A text writing
two cars so, or none, leaves the trim as it is."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from evkb.kb.records.battery_name_checks import _NOT_NAMES
from evkb.kb.records.battery_store import also_named
from evkb.kb.records.battery_versions import version_written
from evkb.kb.records.company_names import plain_words
from evkb.kb.records.context import Sentence
from evkb.model import Battery, Fact

# A trim's words: a range's ("Standard Range", "Long Range"), a size's, a drive's after them.
_TRIM = (
    r"(?:Standard|Extended|Long|Mid|Short|Max|Base|Performance|Entry)"
    r"(?:[\s-]Range)?(?:\s+(?:RWD|AWD|FWD|4WD|2WD))?"
)
_BARE = re.compile(rf"{_TRIM}")
# A trim written in a sentence, at a word's start.
_TRIM_AT = re.compile(rf"(?<![\w-]){_TRIM}(?![\w-])")
_TRIM_WORDS = ("Standard", "Extended", "Long", "Mid", "Short", "Max", "Base", "Perform", "Entry")


def trims_named_with_car(batteries: dict[str, Battery], sentences: Sequence[Sentence]) -> None:
    """Names each product named by a trim alone also with its car's name ("Marram Standard"),
    where the text writes the trims of one car only."""
    _makers_of_versions(batteries)
    bare = [i for i, b in batteries.items() if _BARE.fullmatch(b.name) and _alone(b)]
    if not bare:
        return
    written: set[str] | None = None  # each read of the text once a document, not once a name
    after: dict[str, set[str]] | None = None
    ordinary: set[str] | None = None
    for ident in bare:
        maker = batteries[ident].maker
        cars = _cars_of(maker, batteries)
        if not cars:
            written = _cars_written(sentences) if written is None else written
            cars = set(written)
        if not cars:
            after = _cars_after_makers(sentences) if after is None else after
            cars = set(after.get(maker, ()))
        if len(cars) == 1:
            ordinary = _ordinary(sentences) if ordinary is None else ordinary
            car = cars.pop()
            # "its High Performance batteries" beside "high-performance batteries": a word the
            # text also writes in lower case is no car's name, and "High" no car of "Performance"
            if not all(word.casefold() in ordinary for word in car.split()):
                also_named(batteries, ident, f"{car} {batteries[ident].name}")


def _ordinary(sentences: Sequence[Sentence]) -> set[str]:
    """The words the text writes in lower case, each part of a hyphened one too."""
    return {part for word in plain_words(sentences) for part in word.split("-")}


def _makers_of_versions(batteries: dict[str, Battery]) -> None:
    """A version whose maker the sentence left unclear ("The Marram Extended has a 96 kWh
    pack with cells from Acme") is made by the maker of another version of the same car
    ("Marram Standard"), when one maker makes that car's versions."""
    unowned = [b for b in batteries.values() if not b.maker and _car_of(b.name)]
    if not unowned:
        return
    # Each car's makers, with where the text states one, read once for all the products.
    makers: dict[str, set[tuple[str, Fact | None]]] = {}
    for b in batteries.values():
        if b.maker:
            stated = next((f for f in b.facts if f.attribute == "maker"), None)
            for car in {_car_of(n) for n in b.names} - {""}:
                makers.setdefault(car, set()).add((b.maker, stated))
    for battery in unowned:
        found = makers.get(_car_of(battery.name), set())
        if len({m for m, _ in found}) != 1:
            continue
        maker, fact = min(found, key=_first_stated)  # the same one whatever the set's order
        batteries[battery.id] = dataclasses.replace(
            battery, maker=maker, facts=((fact,) if fact else ()) + battery.facts
        )


def _first_stated(pair: tuple[str, Fact | None]) -> tuple[int, int, str]:
    fact = pair[1]
    return (fact.cite.start, fact.cite.end, fact.cite.passage) if fact else (-1, -1, "")


def _car_of(name: str) -> str:
    """The car a version's name writes before its trim ("Marram" of "Marram Extended"), or
    "" for a name that is no car's version."""
    trim = _TRIM_AT.search(name)
    if trim is None or trim.end() != len(name) or trim.start() == 0:
        return ""
    car = name[: trim.start()].strip()
    return car if car[:1].isupper() else ""


def _alone(battery: Battery) -> bool:
    """Whether no name of the product writes more than its trim."""
    return all(_BARE.fullmatch(a) for a in battery.aliases)


def _cars_of(maker: str, batteries: dict[str, Battery]) -> set[str]:
    """The cars the maker's other products are versions of ("Marram EV" of "Marram EV Long
    Range")."""
    cars = set()
    for battery in batteries.values():
        if battery.maker != maker:
            continue
        for name in battery.names:
            trim = _TRIM_AT.search(name)
            if trim and trim.end() == len(name) and trim.start() > 0:
                cars.add(name[: trim.start()].strip())
    return cars


def _cars_written(sentences: Sequence[Sentence]) -> set[str]:
    """The cars the text writes a trim after ("Marram Extended", "Marram Standard")."""
    cars = set()
    for sentence in sentences:
        text = sentence.text
        if not any(w in text for w in _TRIM_WORDS):
            continue
        for trim in _TRIM_AT.finditer(text):
            written = version_written(trim.group(), trim.start(), sentence)
            if written:
                cars.add(written[: -len(trim.group())].strip())
    return cars


# The model written right after its maker's name: "the new Ostler Marram", "Ostler Marram EV's".
_MODEL_AFTER = re.compile(r"\s+(?P<car>[A-Z][a-z][\w-]*(?:\s+EV)?)(?![\w-])")


def _cars_after_makers(sentences: Sequence[Sentence]) -> dict[str, set[str]]:
    """The cars the text writes right after each maker's name, not another company's."""
    cars: dict[str, set[str]] = {}
    for sentence in sentences:
        for ident, _, end in sentence.mentions:
            model = _MODEL_AFTER.match(sentence.text, end)
            if model is None or model.group("car") in _NOT_NAMES:
                continue
            if any(s == model.start("car") for _, s, _ in sentence.mentions):
                continue
            cars.setdefault(ident, set()).add(model.group("car"))
    return cars
