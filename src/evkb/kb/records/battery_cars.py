"""A vehicle's own pack proposed by grammar: a pack of stated kWh that a sentence predicates of a
vehicle model ("The Kugu from Gibap Motors is sold with a 58 kWh LFP pack", "its Bok compact,
which uses a 42.3 kWh pack", "the Strider, a small crossover with a 58 kWh pack", "the Zezebig
compact car of Vapem Auto, whose 52 kWh LFP pack offers 500 km") is that model's battery
generation, named by the model and made by its carmaker. The name's evidence is its shape (a
capitalised or coined word) and the grammar binding it to the pack: the subject of a verb of
having, an apposition naming a kind of vehicle, or the owner of "whose"/"which uses". A pack the
sentence names itself (a named product) is that product, not the car's."""

from __future__ import annotations

import re

from evkb.kb.extract.gates import holds
from evkb.kb.records.battery_name_checks import _NOT_NAMES, _name_ok, without_maker
from evkb.kb.records.battery_words import _CHEMISTRY
from evkb.kb.records.context import PLACE_WORDS, Sentence, country_of

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
_ARTICLES = frozenset(["The", "the", "Its", "its", "Their", "their"])
_DETERMINERS = frozenset(
    "The A An Its Their This That These Those Each Both Every Our We It They".split()
)
# The vehicle before its pack, read leftwards from the pack: its name (after an article or an
# owner), a noun saying what vehicle it is, whose it is ("from Gibap Motors", "of Chinese
# automaker Vapem Auto"), an apposition ("a small crossover"), and the link to the pack.
_CAR = re.compile(
    r"(?<![\w-])(?:(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w&.-]*['’]s?)\s+)?"
    r"(?P<car>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})"
    rf"(?P<noun>\s+(?:[a-z][\w-]*\s+)?{_VEHICLE})?"
    r"(?:\s+(?:from|of|by)\s+(?:[\w-]+\s+){0,2}?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})?"
    rf"(?P<apposed>,\s+an?\s+(?:[\w-]+\s+){{0,3}}?{_VEHICLE}(?=[\s,]))?"
    # "The Brio sold here carries ...": where the model is sold, between it and its verb.
    r"(?:\s+(?:sold|offered|available|delivered)\s+(?:here|there|locally|in\s+[A-Z][\w-]*))?"
    rf"(?P<link>,\s*which\s+{_HAVE}|,\s*whose|\s+with|\s+{_HAVE}"
    # "the Bukatip, a mid-size electric saloon, was certified at 702 km from a 91 kWh pack"
    r"|,\s+(?:is|was)\s+[^,;:]{0,60}?\s+(?:from|with))\s+\Z"
)


# "The Warden's 75 kWh pack": a pack of stated energy owned by a name the article writes with
# "the", as a car's (a company takes no article; a product named so is read as one before).
_OWN_PACK = re.compile(
    r"\b[Tt]he\s+(?P<car>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})['’]s\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"\d[\d.,]*[\s-]?kWh\s+(?:[\w()-]+\s+){0,4}?(?:battery\s+pack|battery|pack)\b"
)

# A model's name written right after its maker's, then its pack's energy after a comma: a list's
# vehicle ("- 14 Gibap Kugu, 60.5 kWh, 420 km;", "24 Gibap Petu, each with a 44.9 kWh battery").
_MODEL_WORD = r"(?:[A-Z0-9]|[a-z]{1,2}[A-Z0-9])[\w+-]*"
_LISTED = re.compile(
    rf"\s+(?P<car>{_MODEL_WORD}(?:\s+{_MODEL_WORD}){{0,2}}),\s+(?:(?:each\s+)?with\s+an?\s+)?"
    r"\d[\d.,]*[\s-]?kWh\b"
)

# "a 60 kWh battery made of Kelso's Peba cells": the pack is the car's, the cells a product.
_CELLS_OF = re.compile(
    r"\s+(?:made|built)\s+(?:of|from|with)\s+(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*['’]s?\s+[A-Z]"
)


def car_packs(
    sentence: Sentence, found: list[tuple[str, int, int, str]]
) -> list[tuple[str, int, int, str]]:
    """`found` (the products a sentence names), with the vehicles whose own pack it states as
    (name, start, end, "car") in place of the unnamed lines ("LFP battery") their packs were
    read as. A product the sentence names with the vehicle or after it ("the Tifif uses Pedurel's
    52 kWh Taiga battery", "... in its Extended Range trim") is what the vehicle uses: no pack
    of the model's own; one named before it ("The new cell ... will go into the Strider, a small
    crossover with a 58 kWh pack") is not the car's pack."""
    text = sentence.text
    if holds(text, _UNIT_WORDS):
        found = counted_units(sentence, found)
    if "kWh" not in text:
        return found
    cars: list[tuple[str, int, int, str]] = []
    for pack in _PACK.finditer(text):
        left = text[max(0, pack.start() - 140) : pack.start()]
        offset = pack.start() - len(left)
        match = _CAR.search(left)
        if match is None:
            continue
        link = match.group("link").strip(" ,").split()[0]
        if not (
            match.group("noun")
            or match.group("apposed")
            or link != "with"
            or match.group("det") in _ARTICLES
        ):
            # "Brenck with a 60 kWh pack": a name and "with" say nothing of a vehicle; "offered
            # the Peba 12 with a 384 kWh pack": a name under an article is no company's.
            continue
        passive = match.group("link").startswith(",") and link in ("is", "was")
        if passive and not match.group("apposed"):
            continue  # only an apposition says the subject of "was certified ... from" is a car
        start, end = match.start("car") + offset, match.end("car") + offset
        if any(
            f[2] > start and not _CELLS_OF.match(text, pack.end()) for f in found if f[3] != "line"
        ):
            continue  # a product named with the car or after it names the pack
        said = bool(match.group("noun") or match.group("apposed"))
        if not car_model(match.group("car"), start, sentence, said):
            continue
        cars.append((match.group("car"), start, end, "car"))
        found = [f for f in found if not pack.start() <= f[1] < pack.end()]
    for _, start, after in sentence.mentions:
        listed = _LISTED.match(text, after)
        if listed is None or any(f[2] > start and f[3] != "line" for f in found):
            continue
        end = listed.end("car")
        if not car_model(text[start:end], start, sentence):
            continue
        cars.append((text[start:end], start, end, "car"))
        found = [f for f in found if not end <= f[1] < listed.end() + 40]
    for owned in _OWN_PACK.finditer(text) if "'s " in text or "’s " in text else ():
        start, end = owned.start("car"), owned.end("car")
        if any(f[1] < owned.end() and start < f[2] and f[3] != "line" for f in found + cars):
            continue  # "The Taiga's 120 kWh Vortix pack": the product named is the pack
        if not car_model(owned.group("car"), start, sentence, False):
            continue
        cars.append((owned.group("car"), start, end, "car"))
        found = [f for f in found if not start <= f[1] < owned.end()]
    return sorted(found + cars, key=lambda f: f[1])


# Units of a model counted or said to be of it, and who built or supplied them: "24 Stackra
# 2500 containers supplied by Arvo Storage Ltd", "the buses are Gibap Motors T12 EV buses":
# the model's battery, whose figures the next sentence gives ("Each carries a 350 kWh pack").
_UNIT_WORDS = (
    "buses",
    " bus ",
    " bus,",
    "container",
    "trucks",
    "cabinet",
    " units",
    " vans",
    "tractors",
)
_COUNTED = re.compile(
    rf"(?:\b\d[\d,]*|\b(?:are|were))\s+(?P<car>{_MODEL_WORD}(?:\s+{_MODEL_WORD}){{0,3}})\s+"
    r"(?:buses|bus|containers?|trucks?|cabinets?|units|vans|tractors)\b"
    r"(?:,?\s+(?:supplied|built|made|manufactured|delivered|produced)\s+by\s+)?"
)


def counted_units(
    sentence: Sentence, found: list[tuple[str, int, int, str]]
) -> list[tuple[str, int, int, str]]:
    """`found` and the models whose units the sentence counts, each by a maker it names right
    before the model's name or after "supplied by", "built by"."""
    text = sentence.text
    for match in _COUNTED.finditer(text):
        start, end = match.start("car"), match.end("car")
        if not any(c.isdigit() for c in text[start:end]) or any(
            f[1] < end and start < f[2] for f in found
        ):
            continue
        owned = any(a == start and b < end for _, a, b in sentence.mentions)
        by = match.group().rstrip().endswith(" by")
        if not (owned or (by and any(a == match.end() for _, a, _ in sentence.mentions))):
            continue
        if car_model(text[start:end], start, sentence):
            found = [*found, (text[start:end], start, end, "car")]
    return found


def car_model(car: str, start: int, sentence: Sentence, said: bool = True) -> str:
    """The model's name of a vehicle written `car` at `start`, without its maker's name written
    before it ("E4" of "Corra E4"), or "" when it is no model's name. Whether "Pattra" in "Pattra
    Bok" is the maker's name or the model's own is not known: the name as written stays an alias.
    Where the sentence `said` what vehicle it is ("the Strider, a small crossover"), a name also
    read as a company's is the model's all the same."""
    car = without_maker(car, start, sentence)
    words = car.split()
    if not words or words[0] in _NOT_NAMES or words[0] in _DETERMINERS or _CHEMISTRY.search(car):
        return ""
    if any(w.lower() in PLACE_WORDS or country_of(w) for w in words):
        return ""
    return car if said or _name_ok(car, sentence) else ""


# What may stand between a model's name and its maker's: "the Tifif hatchback of Givave Motors",
# "the Zezebig compact car of Chinese automaker Vapem Auto", "The Kugu from Gibap Motors".
# "24 Stackra 9 containers supplied by Arvo Storage": a unit's maker who built or supplied it.
_OWNER_AFTER = re.compile(
    rf"(?:\s+(?:[a-z][\w-]*\s+)?(?:{_VEHICLE}|containers?|cabinets?|units))?"
    r",?(?:\s+(?:supplied|built|made|manufactured|delivered|produced))?\s+(?:from|of|by)\s+"
)
# Words a maker's name may follow: "of Chinese automaker Vapem Auto".
_BETWEEN = re.compile(r"(?:[\w-]+\s+){0,2}")


def car_owner(sentence: Sentence, start: int, end: int) -> str:
    """The company whose vehicle's name is written from `start` to `end`: the one whose name
    opens it ("Kamizu Motors Bukatip"), else the one it is said to be of ("from Gibap Motors",
    "of Chinese automaker Vapem Auto"), or ""."""
    for ident, a, b in sentence.mentions:
        if a == start and b < end:
            return ident
    after = _OWNER_AFTER.match(sentence.text, end)
    if after is None:
        return ""
    for ident, start, _ in sentence.mentions:
        if start >= after.end() and _BETWEEN.fullmatch(sentence.text, after.end(), start):
            return ident
    return ""
