"""The products an article's reading has found so far: a product named again by another name,
figures added without repeating one, aliases kept once, a headline's product given its maker."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from evkb.kb.records.battery_name_checks import DESIGNATION
from evkb.kb.records.battery_names import TRAILING_CHEMISTRY
from evkb.kb.records.battery_words import _NOUN_WORDS, generation_number, spelling_key
from evkb.model import Battery, Fact

_GENERIC_GENERATION = re.compile(
    r"^(?:(?:new|next|latest|newest)(?:[\s-]generation)?|the)\s+", re.I
)


def bare(name: str) -> int:
    """The generation a name gives by its number only ("Gen 2", "the second-generation
    battery pack"), else 0."""
    number, base = generation_number(name)
    return 0 if _NOUN_WORDS.sub("", base).strip() else number


def named_before(name: str, maker: str, batteries: dict[str, Battery]) -> str:
    """The id of the same maker's product this name names again, when exactly one fits: "the
    Cinder battery" after "its second-generation Cinder battery", "the Gen 2 cell" after "our
    second-generation Skarv cell", "the new-generation Riliro" after "second-generation Riliro".
    """
    # A name given again where no maker is in view is the product the article named before.
    own = [b for b in batteries.values() if b.maker == maker or not maker]
    key = spelling_key(name)
    number, base = generation_number(name)
    generic = _GENERIC_GENERATION.sub("", name)
    tests = [
        lambda b: spelling_key(b.name) == key,
        lambda b: b.name.endswith(" " + name),
        # Only a generation's number: the one product of that generation.
        lambda b: (
            bool(number)
            and not _NOUN_WORDS.sub("", base).strip()
            and generation_number(b.name)[0] == number
        ),
        # "new", "latest" or "new-generation" before a name the article gave with its number.
        lambda b: (
            generic != name
            and generation_number(b.name)[0] > 0
            and spelling_key(generation_number(b.name)[1]) == spelling_key(generic)
        ),
        # The full name of a generation named before by its number only: "Our Gen 3 cell" in a
        # headline, "the third-generation Orrel" in the text.
        lambda b: bool(number) and bare(b.name) == number and not bare(name),
    ]
    for test in tests:
        same = [b.id for b in own if test(b)]
        if len(same) == 1:
            return same[0]
    return ""


def without_chemistry(batteries: dict[str, Battery]) -> list[Battery]:
    """ "Prabha LFP" is the Prabha, its chemistry said after its name, unless the article has
    variants of one name by chemistry ("the Qilin LFP battery", "the Qilin NMC battery")."""
    bases = [spelling_key(TRAILING_CHEMISTRY.sub("", b.name)) for b in batteries.values()]
    out = []
    for battery, base in zip(batteries.values(), bases):
        name = TRAILING_CHEMISTRY.sub("", battery.name)
        if name != battery.name and bases.count(base) == 1:
            aliases = joined_aliases(name, [battery.name], battery.aliases)
            battery = dataclasses.replace(battery, name=name, aliases=aliases)
        out.append(battery)
    return out


def lines_named_later(batteries: dict[str, Battery]) -> None:
    """ "Hoshimori will mass-produce all-solid-state EV cells ... the Lelepuv SSB": a line a
    maker is said to make is its one named product, when that product's chemistry is the
    line's or is not stated; the line's chemistry, start and capacity join it. Another
    chemistry stays a line of its own."""
    for line in [b for b in batteries.values() if b.rule == "battery: made product"]:
        own_products = [b for b in batteries.values() if b.maker == line.maker]
        named = [b for b in own_products if b.rule == "battery: named product"]
        if len(named) != 1 or len(own_products) != 2:
            continue  # the maker's other lines say it makes several things
        kinds = {str(f.value).lower() for f in line.facts if f.attribute == "chemistry"}
        own = {str(f.value).lower() for f in named[0].facts if f.attribute == "chemistry"}
        if not kinds or (own and not kinds <= own):
            continue
        have = {f.attribute for f in named[0].facts}
        del batteries[line.id]
        add_facts(
            batteries,
            named[0].id,
            [f for f in line.facts if f.attribute not in have and f.attribute != "maker"],
        )


def adopt_unowned(batteries: dict[str, Battery], ident: str) -> None:
    """A headline may name a product before the text names its maker ("production of the new
    RW3 cell is to start in 2028"): the product of no maker with the same name is this one."""
    key = spelling_key(batteries[ident].name)
    for other in [b for b in batteries.values() if not b.maker and spelling_key(b.name) == key]:
        del batteries[other.id]
        add_facts(batteries, ident, [f for f in other.facts if f.attribute != "maker"])


def add_facts(batteries: dict[str, Battery], ident: str, facts: list[Fact]) -> None:
    battery = batteries[ident]
    # Only the figures quoted where a new one is can repeat it: a product named in every
    # sentence of a long document holds thousands, and each addition looked at all of them whole.
    starts = {f.cite.start for f in facts}
    have = {
        (f.attribute, f.cite.start, str(f.value)) for f in battery.facts if f.cite.start in starts
    }
    new = tuple(f for f in facts if (f.attribute, f.cite.start, str(f.value)) not in have)
    if new:
        batteries[ident] = dataclasses.replace(battery, facts=battery.facts + new)


# Words that make a name a reference rather than a name: "the new Glint" is the product
# named before, not another name for it.
_NOT_ALIAS = re.compile(
    r"^(?:(?:the|this|that|its|our|their)\s+)?(?:new|latest|newest|current)\b", re.I
)
_ALIAS_NOISE = re.compile(
    r"\b(?:the|this|that|its|our|their|battery|batteries|cells?|packs?|version)\b", re.I
)


def _written_key(name: str) -> str:
    """A name as written, without case, articles and kind nouns: "the Gen 2 cell" is "gen 2"."""
    return " ".join(_ALIAS_NOISE.sub(" ", name).lower().split())


def joined_aliases(name: str, *names: Iterable[str]) -> tuple[str, ...]:
    """The other names of a product named `name`, in the order first given, each once: a name
    that differs from one already kept only by case, articles or a kind noun adds nothing."""
    seen = {_written_key(name)}
    out: list[str] = []
    for group in names:
        for alias in group:
            key = _written_key(alias)
            if key and key not in seen and not _NOT_ALIAS.search(alias):
                seen.add(key)
                out.append(alias)
    return tuple(out)


def also_named(batteries: dict[str, Battery], ident: str, name: str) -> None:
    """Keeps `name` as another name of a product the text names again by it."""
    battery = batteries[ident]
    if bare(battery.name) and not bare(name):
        # Named by its number first, then in full: the full name is the name.
        aliases = joined_aliases(name, [battery.name], battery.aliases)
        batteries[ident] = dataclasses.replace(battery, name=name, aliases=aliases)
        return
    aliases = joined_aliases(battery.name, battery.aliases, [name])
    if aliases != battery.aliases:
        batteries[ident] = dataclasses.replace(battery, aliases=aliases)


def new_product(
    ident: str, name: str, maker: str, facts: tuple[Fact, ...], kind: str, confidence: float
) -> Battery:
    """A product the text names, proposed by the rule `kind` names ("battery: named product").
    A name its maker's first word opens ("Acme Vorna 450" of Acme Marine) is the model's
    designation ("the Vorna 450 charges in ..."), the name as written another of its names."""
    designation = _designation(name, facts)
    aliases = (name,) if designation else ()
    first = _FIRST_GENERATION.match(name)
    if first and not _NOUN_WORDS.search(name, first.end()):
        # "the first-generation Quorra cell": the line's first product, whose own name is the
        # line's ("Quorra"; its successors add the mark, "Quorra II"), is also called by it.
        aliases = (*aliases, name[first.end() :])
    return Battery(
        id=ident,
        name=designation or name,
        maker=maker,
        facts=facts,
        origin="extracted",
        confidence=confidence,
        rule=f"battery: {kind} product",
        aliases=aliases,
    )


# A proper name after the first generation's mark: "first-generation Quorra", "1st generation
# ZX-72" (not "first-generation pack": a line named by its number only).
_FIRST_GENERATION = re.compile(r"(?i:first|1st)[\s-](?i:generation)\s+(?=[A-Z0-9])")


def _designation(name: str, facts: tuple[Fact, ...]) -> str:
    """The designation after the maker's word that opens `name`, else ""."""
    words = name.split(maxsplit=1)
    if len(words) < 2 or not DESIGNATION.fullmatch(words[1]):
        return ""
    written = {str(f.value).split()[0] for f in facts if f.attribute == "maker" and f.value}
    return words[1] if words[0] in written else ""
