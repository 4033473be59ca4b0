"""A product a heading names after its maker ("Velstra Motors VM-3 — EUR 2,990", "KESTOVA KS-2
(cargo)"): a buyer's guide, a brochure or a comparison heads each product's part so, and the
paragraphs and list items under the heading are about that product. Their figures, in
sentences that name no other product nor another company, are its, and the product they name
by the heading's name is the heading's maker's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.battery_candidates import model_shaped
from evkb.kb.records.battery_makers import maker_fact
from evkb.kb.records.battery_name_checks import _NOT_NAMES
from evkb.kb.records.battery_names import _TRIM_AT_END
from evkb.kb.records.battery_store import new_product
from evkb.kb.records.company_forms import LEGAL_WORDS
from evkb.kb.records.company_names import LEGAL_FORMS
from evkb.kb.records.context import Sentence, slug
from evkb.model import Battery, Fact

Named = tuple[str, int, int, str]  # a product's name, where it starts and ends, how it was found

# Where a heading's name ends: a dash before a price, a colon, a bracket, a bar.
_TAIL = re.compile(r"\s+[—–-]\s+|\s*[:(|]")
_MODEL = re.compile(r"[A-Z0-9][\w.+/-]*(?:\s+[A-Z0-9][\w.+/-]*){0,2}")
# The most words a maker's name in a heading is read with.
_MAKER_WORDS = 4


def company_keys(display: dict[str, str]) -> dict[str, tuple[str, bool]]:
    """A company's name folded to lower case -> its id and whether the name is whole; the first
    word of a name of several words too, when no other company's name opens with it ("Kestova"
    of "Kestova Mobility")."""
    keys: dict[str, tuple[str, bool]] = {}
    firsts: dict[str, set[str]] = {}
    for ident, name in display.items():
        keys[name.casefold()] = (ident, True)
        words = name.split()
        if len(words) > 1:
            firsts.setdefault(words[0].casefold(), set()).add(ident)
    for word, idents in firsts.items():
        if len(idents) == 1:
            keys.setdefault(word, (next(iter(idents)), False))
    return keys


def _as_name(model: str) -> str:
    """A model written in capitals as a name is ("MJ-2 CARGO" -> "MJ-2 Cargo"): a word of
    letters only, longer than a code, takes a capital and small letters."""
    return " ".join(
        w.capitalize() if w.isalpha() and w.isupper() and len(w) > 3 else w for w in model.split()
    )


def heading_product(
    text: str, keys: dict[str, tuple[str, bool]], named: Sequence[Named] = ()
) -> tuple[str, str] | None:
    """(maker id, product name) of a heading that is a maker's name and a model's, else None; a
    label may come first ("Second place: ", "SPEC BOX: 2027 "), a car's version name the model
    ("Quelmar Brisko Extended Range"); a maker the text reads as no company is told by the
    model the first sentence under the heading names (`named`)."""
    found = _named_by(text, keys)
    if found is None and (label := _LABEL.match(text)):
        found = _named_by(text[label.end() :], keys)
    return found or unread_heading_product(text, named)


def unread_heading_product(text: str, named: Sequence[Named]) -> tuple[str, str] | None:
    """(maker id, product name) of a heading naming a product after a maker the text reads as
    no company ("Second place: Velmar Trovo Extended Range", "Brisken Scooters V3 — EUR
    2,990"), when the sentence under it names that product by its model ("The Trovo is ...",
    "The Lisbon-built V3"): the capitalised words before the model are its maker."""
    if not named:
        return None
    label = _LABEL.match(text)
    head = text[label.end() :] if label else text
    tail = _TAIL.search(head)
    words = (head[: tail.start()] if tail else head).split()
    if not 2 <= len(words) <= _MAKER_WORDS + 3:
        return None
    for cut in range(1, min(_MAKER_WORDS, len(words) - 1) + 1):
        maker, model = words[:cut], " ".join(words[cut:])
        if any(
            not w[:1].isupper()
            or w in _NOT_NAMES
            or w in LEGAL_WORDS
            or w.isupper()
            or w.casefold() in _NO_MAKER_WORDS
            for w in maker
        ):
            return None  # "EV Buyers' Guide", "BATTERY DATA V3": no maker's name
        trim = _TRIM_AT_END.search(model)
        car = model[: trim.start()].strip() if trim else model
        if not car or not _MODEL.fullmatch(car):
            continue
        if not (model_shaped(model.split()[0]) or car != model):
            continue
        if all(n[3] == "line" or _same(model, n[0]) for n in named) and any(
            n[3] != "line" for n in named
        ):
            return slug(" ".join(maker)), _as_name(model)
        return None
    return None


# Words that open a heading's phrase, never a maker's name: "The New V3", "Our Q3".
_NO_MAKER_WORDS = frozenset(["the", "a", "an", "our", "new", "this", "why", "how", "what"])


# A short label before the heading's name, and a model year after it: "SPEC BOX: 2027 ".
_LABEL = re.compile(r"[^:]{1,30}:\s+(?:(?:19|20)\d\d\s+)?")


def _named_by(text: str, keys: dict[str, tuple[str, bool]]) -> tuple[str, str] | None:
    tail = _TAIL.search(text)
    head = text[: tail.start()] if tail else text
    words = head.split()
    if not 2 <= len(words) <= _MAKER_WORDS + 3:
        return None
    for n in range(min(_MAKER_WORDS, len(words) - 1), 0, -1):
        ident, whole = keys.get(" ".join(words[:n]).casefold(), ("", False))
        if not ident:
            continue
        model = " ".join(words[n:])
        # "Brisko Extended Range": a car's version, the car's name before its trim.
        trim = _TRIM_AT_END.search(model)
        car = model[: trim.start()].strip() if trim else model
        if (
            not car
            or not _MODEL.fullmatch(car)
            or any(
                (w in _NOT_NAMES and not (at and w == "EV"))  # "Brisko EV": a car's name
                or w in LEGAL_WORDS
                or w.rstrip(".,").casefold() in LEGAL_FORMS
                for at, w in enumerate(words[n:])
            )
        ):
            return None  # "Kestova Power Co. (KPC) Q3 Call": the rest of a company's name
        # A model's code stands alone; a plain word needs the maker's whole name and the price
        # or the kind after it ("Kestova Mobility Qeld — EUR 3,150"): "Kestova Research" is a firm.
        coded = model_shaped(model.split()[0]) or model_shaped(model) or car != model
        if not (coded or (whole and tail and tail.group().strip() in _PRICED)):
            return None
        return ident, _as_name(model)
    return None


# The separators after which a heading gives a product's price or kind, not a title's rest.
_PRICED = frozenset(["—", "–", "-", "("])


def headed_facts(
    headed: tuple[str, str],
    named: Sequence[tuple[str, int, int, str]],
    sentence: Sentence,
) -> bool:
    """Whether a sentence under the heading is about its product: it names no product but the
    heading's (a maker's line, "a 3.2 kWh LFP battery", is the product's pack) and no company
    but its maker."""
    maker, name = headed
    # A car named like a company ("the Tavaro's battery" under "Quelmar Tavaro Extended
    # Range") is no other company.
    if any(
        m[0] != maker and not _car_of(name, sentence.text[m[1] : m[2]]) for m in sentence.mentions
    ):
        return False
    return all(n[3] == "line" or _same(name, n[0]) for n in named)


def _same(heading: str, name: str) -> bool:
    """Whether a name is the heading's product: the same, its last words ("Qeld" under
    "Velmar Trovo Qeld", a maker's name of two words read as one), or the car whose version
    the heading names ("Brisko" under "Brisko Extended Range")."""
    if _car_of(heading, name):
        return True
    heading, name = heading.casefold(), name.casefold()
    # "The Lisbon-built V3" under "Brisken Scooters V3": the model with a word before it.
    return heading == name or heading.endswith(" " + name) or _modified(name, heading)


def _modified(name: str, heading: str) -> bool:
    """Whether a name is the heading's model with a word of where or how it is made before it
    ("Lisbon-built V3" of "V3")."""
    return name.endswith(" " + heading) and bool(_MADE_WORD.fullmatch(name[: -len(heading) - 1]))


_MADE_WORD = re.compile(r"(?i:[a-z]+-(?:built|made|assembled|designed|based))")


def _car_of(heading: str, name: str) -> bool:
    """Whether a name is the car of the version a heading names."""
    trim = _TRIM_AT_END.search(heading)
    return trim is not None and heading[: trim.start()].strip().casefold() == name.casefold()


def headed_battery(
    batteries: dict[str, Battery],
    headed: tuple[str, str],
    named: Sequence[tuple[str, int, int, str]],
    sentence: Sentence,
    sentences: Sequence[Sentence],
    source: str,
    facts: list[Fact],
) -> str:
    """The heading's product (made when first given a figure), its id."""
    maker, name = headed
    # The name as the text under the heading writes it, when it writes the product's name.
    name = next(
        (
            n[0]
            for n in named
            if n[3] != "line"
            and not _car_of(name, n[0])
            and not _modified(n[0].casefold(), name.casefold())
        ),
        name,
    )
    ident = f"{slug(maker)}-{slug(name)}"
    if ident not in batteries and facts:
        made = maker_fact(maker, sentence, sentences, source)
        batteries[ident] = new_product(ident, name, maker, made, "headed", 0.6)
    return ident
