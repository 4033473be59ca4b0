"""A product's version named by a trim written before the product's name ("the standard-range
Tollip is a 64-kilowatt-hour pack"): a battery of its own, the same maker's, not the product; and a
car's version as written with the car's name ("The Taiga Long Range")."""

from __future__ import annotations

import re

from evkb.kb.extract.gates import opens_with
from evkb.kb.records.battery_name_checks import _NOT_NAMES
from evkb.kb.records.context import Sentence
from evkb.model import Battery

_TRIM_BEFORE = re.compile(
    r"\b(?P<trim>(?:standard|long|extended|mid|max(?:imum)?)[\s-]range)\s+(?=[A-Z])", re.I
)


def trim_version(text: str, battery: Battery) -> Battery | None:
    """The version of `battery` the text names by a trim before one of its names, as a new
    battery ("Marrodo Standard Range", also called "standard-range Marrodo"), else None."""
    for found in _TRIM_BEFORE.finditer(text):
        after = text[found.end() :]
        name = next((n for n in battery.names if opens_with(after, n)), "")
        if not name:
            continue
        trim = " ".join(w.capitalize() for w in re.split(r"[\s-]", found.group("trim")))
        written = f"{found.group('trim')} {name}"
        return Battery(
            id=f"{battery.id}-{trim.lower().replace(' ', '-')}",
            name=f"{battery.name} {trim}",
            maker=battery.maker,
            aliases=(written,),
            facts=tuple(f for f in battery.facts if f.attribute == "maker"),
            origin=battery.origin,
            confidence=battery.confidence,
            rule=battery.rule,
        )
    return None


# The car's name right before a version's: "The Taiga Long Range", "the Scarpline EV Standard",
# a model's code "the Pelto K4 Long Range".
_CAR_WRITTEN = re.compile(
    r"(?<![\w-])(?P<car>(?:[A-Z][a-z][\w-]*|[A-Z]{1,3}-?\d{1,3})(?:\s+(?:EV|e))?)\s+$"
)
_ARTICLES = frozenset(["The", "A", "An", "Its", "Their", "Both", "Each", "This", "That"])


def version_written(name: str, start: int, sentence: Sentence) -> str:
    """A version's name as written with the car's before it ("Taiga Long Range" for the "Long
    Range" at `start`), another of its names, or "" when no car's name is written there; a
    company's name there is the maker's, not the car's."""
    written = _CAR_WRITTEN.search(sentence.text, max(0, start - 40), start)
    if written is None:
        return ""
    car = written.group("car")
    first = car.split()[0]
    if first in _ARTICLES or first in _NOT_NAMES:
        return ""
    if any(s < written.end("car") and written.start("car") < e for _, s, e in sentence.mentions):
        return ""
    return f"{car} {name}"


def version_of(found: tuple[str, int, int, str], sentence: Sentence, product: Battery) -> bool:
    """Whether a version found in the sentence is written after one of the product's names
    ("K4 Long Range" of the K4)."""
    name, _, end, kind = found
    written = version_written(name, end - len(name), sentence) if kind == "version" else ""
    return any(written.startswith(f"{n} ") for n in product.names)
