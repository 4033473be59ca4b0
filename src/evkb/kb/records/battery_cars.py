"""A vehicle's own pack proposed by grammar: a pack of stated kWh that a sentence predicates of a
vehicle model ("The Lumo from Ostra Motors is sold with a 58 kWh LFP pack", "its Tuk compact,
which uses a 42.3 kWh pack", "the Pacer, a small crossover with a 58 kWh pack", "the Xingyue
compact car of Beihu Auto, whose 52 kWh LFP pack offers 500 km") is that model's battery
generation, named by the model and made by its carmaker. The name's evidence is its shape (a
capitalised or coined word) and the grammar binding it to the pack: the subject of a verb of
having, an apposition naming a kind of vehicle, or the owner of "whose"/"which uses". A pack the
sentence names itself (a named product) is that product, not the car's."""

from __future__ import annotations

import re

from evkb.kb.records.battery_name_checks import _NOT_NAMES, _name_ok
from evkb.kb.records.battery_words import _CHEMISTRY
from evkb.kb.records.context import Sentence

# A pack of stated energy, as the object the sentence gives the vehicle: "a 58 kWh LFP pack",
# "whose 52 kWh lithium iron phosphate (LFP) battery".
_PACK = re.compile(
    r"(?:\b(?:a|an|its)\s+|(?<=whose\s))\d[\d.,]*[\s-]?kWh\s+(?:[\w()-]+\s+){0,4}?(?:battery\s+pack|battery|pack)\b"
)
# The kinds of vehicle an apposition or a noun after the name may say the model is.
_VEHICLE = (
    r"(?:cars?|hatchbacks?|saloons?|sedans?|SUVs?|pickups?|trucks?|vans?|bus|buses|crossovers?|"
    r"coupés?|coupes?|compacts?|scooters?|motorbikes?|motorcycles?|estates?|wagons?|roadsters?|"
    r"minivans?|MPVs?|tractors?|models?)"
)
# Verbs that predicate a pack of their subject.
_HAVE = (
    r"(?:uses|has|carries|gets|packs|comes\s+with|is\s+sold\s+with|runs\s+on|relies\s+on|"
    r"is\s+(?:fitted|equipped|powered|offered)\s+with)"
)
_DETERMINERS = frozenset(
    "The A An Its Their This That These Those Each Both Every Our We It They".split()
)
# The vehicle before its pack, read leftwards from the pack: its name (after an article or an
# owner), a noun saying what vehicle it is, whose it is ("from Ostra Motors", "of Chinese
# automaker Beihu Auto"), an apposition ("a small crossover"), and the link to the pack.
_CAR = re.compile(
    r"(?<![\w-])(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w&.-]*['’]s?)\s+)?"
    r"(?P<car>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})"
    rf"(?P<noun>\s+(?:[a-z][\w-]*\s+)?{_VEHICLE})?"
    r"(?:\s+(?:from|of|by)\s+(?:[\w-]+\s+){0,2}?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})?"
    rf"(?P<apposed>,\s+an?\s+(?:[\w-]+\s+){{0,3}}?{_VEHICLE}(?=[\s,]))?"
    rf"(?P<link>,\s*which\s+{_HAVE}|,\s*whose|\s+with|\s+{_HAVE})\s+\Z"
)
_CAR_GATE = ("kWh",)


def car_packs(
    sentence: Sentence, found: list[tuple[str, int, int, str]]
) -> list[tuple[str, int, int, str]]:
    """`found` (the products a sentence names), with the vehicles whose own pack it states as
    (name, start, end, "car") in place of the unnamed lines ("LFP battery") their packs were
    read as; unchanged when the sentence names a product of its own."""
    text = sentence.text
    if "kWh" not in text or any(kind != "line" for _, _, _, kind in found):
        return found
    cars: list[tuple[str, int, int, str]] = []
    for pack in _PACK.finditer(text):
        left = text[max(0, pack.start() - 140) : pack.start()]
        offset = pack.start() - len(left)
        match = _CAR.search(left)
        if match is None:
            continue
        if not (
            match.group("noun") or match.group("apposed") or match.group("link").strip() != "with"
        ):
            continue  # "Kessler with a 60 kWh pack": a name and "with" say nothing of a vehicle
        start, end = match.start("car") + offset, match.end("car") + offset
        if not car_model(match.group("car"), start, sentence):
            continue
        cars.append((match.group("car"), start, end, "car"))
        found = [f for f in found if not pack.start() <= f[1] < pack.end()]
    return sorted(found + cars, key=lambda f: f[1])


def car_model(car: str, start: int, sentence: Sentence) -> str:
    """The model's name of a vehicle written `car` at `start`, without its maker's name written
    before it ("E4" of "Vanta E4"), or "" when it is no model's name. Whether "Lanna" in "Lanna
    Tuk" is the maker's name or the model's own is not known: the name as written stays an alias."""
    end = start + len(car)
    for _, a, b in sentence.mentions:
        if a == start and b < end:
            car = sentence.text[b:end].strip()
            break
    words = car.split()
    if not words or words[0] in _NOT_NAMES or words[0] in _DETERMINERS:
        return ""
    if _CHEMISTRY.search(car) or not _name_ok(car, sentence):
        return ""
    return car


# What may stand between a model's name and its maker's: "the Brisa hatchback of Calder Motors",
# "the Xingyue compact car of Chinese automaker Beihu Auto", "The Lumo from Ostra Motors".
_OWNER_AFTER = re.compile(rf"(?:\s+(?:[a-z][\w-]*\s+)?{_VEHICLE})?\s+(?:from|of|by)\s+")
# Words a maker's name may follow: "of Chinese automaker Beihu Auto".
_BETWEEN = re.compile(r"(?:[\w-]+\s+){0,2}")


def car_owner(sentence: Sentence, end: int) -> str:
    """The company a vehicle's name ending at `end` is said to be of ("from Ostra Motors", "of
    Chinese automaker Beihu Auto"), or ""."""
    after = _OWNER_AFTER.match(sentence.text, end)
    if after is None:
        return ""
    for ident, start, _ in sentence.mentions:
        if start >= after.end() and _BETWEEN.fullmatch(sentence.text, after.end(), start):
            return ident
    return ""
