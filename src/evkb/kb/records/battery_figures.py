"""Figures a sentence gives each of several products: by naming the product right after the
figure ("28 minutes for the Long Range and 31 minutes for the Standard Range"), in the order of
the names ("... respectively"), or to an older generation it names ("up from 160 Wh/kg for the
Diradar 2", "replaces the RZ-400, the 400 kWh pack ...") or is about ("The first-generation
Tidemark managed 145 Wh/kg"): another generation of the product in view's line, by its name
without the generation's mark or by a model code's letters."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.battery_makers import maker_fact
from evkb.kb.records.battery_store import add_facts, named_before
from evkb.kb.records.battery_words import generation_number, spelling_key
from evkb.kb.records.context import Sentence, slug
from evkb.model import Battery, Fact

# A figure, its unit and a bracketed restatement, then "for"/"on"/"in" the product: "31 minutes
# for the Standard Range", "341 miles (549 km) for the Long Range".
_FOR = re.compile(
    r"[\d.,]+\s*[^\s\d(),;]*(?:\s+[a-z]+)?(?:\s*\([^)]{0,30}\))?\s+(?:for|on|with|in)\s+(?:the|its)\s+"
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})"
)


def figures_for(
    sentence: Sentence, facts: list[tuple[int, Fact]], batteries: dict[str, Battery]
) -> dict[str, list[Fact]]:
    """Each product's figures where the sentence names two or more products after figures; an
    empty dict otherwise (one product's sentence is read as before)."""
    owners: dict[int, str] = {}
    for at, _ in facts:
        if at in owners:
            continue
        found = _FOR.match(sentence.text, at)
        if found:
            key = spelling_key(found.group("name"))
            same = [b.id for b in batteries.values() if key in map(spelling_key, b.names)]
            if len(same) == 1:
                owners[at] = same[0]
    if len(set(owners.values())) < 2:
        return {}
    out: dict[str, list[Fact]] = {}
    for at, fact in facts:
        if at in owners:
            out.setdefault(owners[at], []).append(fact)
    return out


RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def respectively(
    placed: list[tuple[int, str]], facts: list[tuple[int, Fact]]
) -> list[tuple[int, Fact]]:
    """ "The Fefafu and Tempest cells store 250 Wh/kg and 180 Wh/kg respectively": figures of
    one kind after the last name, as many as the names, go to them in order (each placed at its
    product's name so that the split by position hands it over)."""
    last = placed[-1][0]
    out = [(p, f) for p, f in facts if p < last]
    after = [(p, f) for p, f in facts if p >= last]
    for attribute in dict.fromkeys(f.attribute for _, f in after):
        same = [(p, f) for p, f in after if f.attribute == attribute]
        if len(same) == len(placed):
            out += [(placed[i][0], f) for i, (_, f) in enumerate(same)]
        else:
            out += same
    return out


# "175 Wh/kg, up from 160 Wh/kg for the Diradar 2": the figure of an older product, named.
_OLDER_NAMED = re.compile(
    # "5 MWh, against 3.7 MWh in the first Skarnik"
    r"\b(?:(?:(?:up|down)\s+from|against)\s+[^,;]{1,40}?\s+(?:for|on|in|of|with)\s+"
    # "... for the first-generation Skarnik 1"
    r"(?:the\s+|its\s+)?(?:(?:first[\s-]generation|first|original|previous|current|existing)\s+)?|"
    # "more than the predecessor Boreal 1 with 257 Wh/kg", "compared with the first generation
    # product Haruvo, whose energy density was 150Wh/kg"
    # "than the previous model, the KT-280, which ..."
    r"(?:than|compared\s+(?:with|to))\s+(?:the|its)\s+"
    r"(?:predecessor|previous(?:\s+generation)?|first[\s-]generation)"
    r"(?:\s+(?:product|cell|battery|pack|model))?(?:,?\s+|,\s+the\s+)|"
    # "It replaces the CT-Marine 1, which held 0.9 MWh": what it takes the place of
    # "which replaces the 6,000-cycle Tarnwick 240": a figure may come before its name.
    r"\b(?:replac(?:es|ed|ing)|succeeds|supersedes)\s+(?:the\s+|its\s+)?"
    r"(?:\d[\d,.]*[\s-]?(?:cycles?|kWh|MWh|Ah|Wh/kg|Wh/L|km|miles?)\s+)?)"
    r"(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2})"
)


_AFTER_NAME = re.compile(r"[;,]|\.?$")
# "the RZ-400, the 400 kWh pack that Morvale introduced in 2023": an apposition saying what it
# was runs on as its own clause too.
_WHOSE = re.compile(
    r"\s*(?:whose|which|that|(?:the|an?)\s+[^,;]{1,40}?\s(?:that|which)|"
    r"(?:launched|introduced|released|unveiled)\s+in\s+\d{4}(?=,))"
    r"[\s,]"
)


def older_generation(
    batteries: dict[str, Battery],
    active: str,
    sentence: Sentence,
    older: list[tuple[int, Fact]],
    sentences: Sequence[Sentence],
    source: str,
) -> None:
    """The figures after "up from" go to the older generation they name, when it is another
    generation of the product in view ("Diradar 2" beside "Diradar 3"), never another line."""
    current = batteries[active]
    for match in _OLDER_NAMED.finditer(sentence.text):
        name = match.group("name").rstrip(".")  # "... in the first Skarnik."
        if not same_line(name, current.name):
            continue
        # Its figures sit before its name ("up from 160 Wh/kg for the Diradar 2") or after it,
        # up to the clause's end ("the predecessor Boreal 1 with 257 Wh/kg").
        stop = _AFTER_NAME.search(sentence.text, match.end())
        for _ in range(2):
            # "the first generation product Haruvo, whose energy density was 150Wh/kg", "the
            # Tarnwick 240, launched in 2023, which stores 240 kWh": the clauses about it are
            # its own.
            if not (stop and _WHOSE.match(sentence.text, stop.end())):
                break
            stop = _AFTER_NAME.search(sentence.text, stop.end() + 1)
        end = stop.start() if stop else match.end()
        figures = [f for p, f in older if match.start() <= p < end]
        if not figures:
            continue
        add_facts(
            batteries, older_product(batteries, current, name, sentence, sentences, source), figures
        )


def older_product(
    batteries: dict[str, Battery],
    current: Battery,
    name: str,
    sentence: Sentence,
    sentences: Sequence[Sentence],
    source: str,
    strict: bool = False,
) -> str:
    """The id of the older generation `name` of the current product's line, made when new;
    `strict`, only one named as it is ("the first-generation Saltreve" is not "the original
    Saltreve" a sentence is about, which may have been a plainer name's)."""
    ident = named_before(name, current.maker, batteries)
    if strict and ident and spelling_key(batteries[ident].name) != spelling_key(name):
        ident = ""
    ident = ident or f"{slug(current.maker)}-{slug(name)}"
    if ident not in batteries:
        batteries[ident] = Battery(
            id=ident,
            name=name,
            maker=current.maker,
            facts=maker_fact(current.maker, sentence, sentences, source),
            origin="extracted",
            confidence=0.5,
            rule="battery: older product",
        )
    return ident


def same_line(name: str, current: str) -> bool:
    """Whether `name` is another generation of the line `current` names ("Saltreve 1", "Saltreve"
    beside "Saltreve 2")."""
    if spelling_key(name) == spelling_key(current):
        return False
    # "RZ-400" beside "RZ-520", "HX3" beside "HX4", "QZ-31" beside "QZ-31X": a code's
    # letters name the line, its number and the mark after it the model.
    codes = _CODE.fullmatch(name), _CODE.fullmatch(current)
    if codes[0] and codes[1]:
        return codes[0].group(1) == codes[1].group(1)
    base = spelling_key(generation_number(name)[1])
    if base and base == spelling_key(generation_number(current)[1]):
        return True
    # "Tarnwick 240" beside "Tarnwick 300", "Tamselra" beside "Tamselra Pro": one line's name
    # with a model's number or mark after it.
    stem = _line_stem(name)
    return len(stem) > 1 and stem[0].isupper() and stem == _line_stem(current)


_MODEL_MARK = re.compile(r"\s+(?:\d{1,4}[A-Za-z]?|Evo|Plus|Pro|Max|Ultra|Lite|Neo|Prime|XL)$")


def _line_stem(name: str) -> str:
    """A name without the model's number or mark at its end ("Tarnwick" of "Tarnwick 240")."""
    mark = _MODEL_MARK.search(name)
    return name[: mark.start()] if mark else name


_CODE = re.compile(r"([A-Z]{1,4})-?\d{1,4}[A-Z]?")


# "The first-generation Tidemark, launched in 2024, managed 145 Wh/kg", "The previous Saltreve 2
# managed 151 Wh/kg": a sentence whose subject is an older generation of the product in view.
_OLDER_SUBJECT = re.compile(
    r"(?:The|Its|Their)\s+(?:first[\s-]generation|previous|original|older|earlier)\s+"
    r"(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2})(?=[\s,])"
)


def older_subject(
    batteries: dict[str, Battery],
    active: str,
    sentence: Sentence,
    facts: list[tuple[int, Fact]],
    sentences: Sequence[Sentence],
    source: str,
) -> bool:
    """Whether the sentence is about an older generation of the product in view; its figures
    then go to that one, and the product in view stays in view."""
    match = _OLDER_SUBJECT.match(sentence.text)
    if match is None:
        return False
    current = batteries[active]
    name = match.group("name")
    if not current.maker or not same_line(name, current.name):
        return False
    ident = older_product(batteries, current, name, sentence, sentences, source, strict=True)
    add_facts(batteries, ident, [f for _, f in facts])
    return True
