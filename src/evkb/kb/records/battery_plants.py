"""When a battery product starts, at what capacity and of what chemistry, read from the
sentences about its plant or its company rather than the product: a plant dated or sized before
the article names what it makes, a line dedicated to the product, a product said after its name
(or in the sentence after it) to be all the plant makes, the chemistry written as the plant's
kind ("an LFP cell line"), the company saying when deliveries begin."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.gates import folded_pattern, gated
from evkb.kb.records.battery_launches import started_lately
from evkb.kb.records.battery_names import _PRODUCT_NOUNS
from evkb.kb.records.battery_specs import _LAUNCH_WORDS
from evkb.kb.records.context import Sentence
from evkb.model import Battery, Fact

# "The company plans a dedicated line with an annual capacity of 12 GWh", or "will make it at a
# plant with 20 GWh of annual capacity": a line built for the product in view.
DEDICATED = re.compile(
    r"\bdedicated\s+(?:production\s+|cell\s+|battery\s+)?(?:lines?|plants?|factory)\b"
    r"|\b(?:make|makes|produce|produces|build|builds|manufacture|manufactures)\s+(?:it|them)\s+"
    r"(?:at|in|on)\b",
    re.I,
)
COMPANY_SAYS = re.compile(
    r"(?:The\s+(?:company|firm|group|manufacturer|maker)|It)\s+(?:also\s+)?(?:said|says|"
    r"announced|expects|plans|added|confirmed)\b"
)
PLANT_WORDS = re.compile(
    r"\b(?:plant|plants|factory|factories|gigafactory|facility|site|line|lines|mine|refinery)\b",
    re.I,
)
PLANT_WORDS = folded_pattern(PLANT_WORDS)


# A sentence opening on production alone and saying when it starts ("Production is to start
# in 2028", "Production is pencilled in for 2029", "Production begins in 2027") goes on about
# the plant of the sentences before, an aside and all ("Production, the company says, will
# begin in 2029"); one saying how it went ("Production rose ...") does not.
_GOES_ON = (
    r"^production(?:\s*,[^,.;]{1,60},)?\s+(?:(?:is|are|will|would|should|could|was|were)\s+(?:now\s+|still\s+)?"
    r"(?:(?:to|due|set|scheduled|planned|pencil+ed|slated|expected|targeted|meant)\b|"
    r"(?:start|begin|commence)\b|(?:be\s+)?(?:starting|beginning)\b)"
    r"|(?:starts|begins|commences|gets\s+under\s+way)\b)"
)
# "The plant, which will have a capacity of 12GWh a year, will begin production in 2029",
# "Commercial production is slated to begin in early 2028": a plant's start, product unnamed.
# A decimal point ("will cost EUR 1.4 billion, have ...") does not end the clause.
_PLANT_START = re.compile(
    r"\b(?:plant|factory|gigafactory|facility|site|line|phase)\b(?:[^.;]|(?<=\d)\.(?=\d))*"
    r"\b(?:production|capacity|operations?|produce)\b|^(?:Commercial|Series|Mass|Volume|Full)"
    r"\s+production\b|" + _GOES_ON,
    re.I,
)
_PLANT_START = folded_pattern(_PLANT_START)
# Both its forms end in one of these words; most sentences with a plant's figures hold none.
_PLANT_START = gated(_PLANT_START, "production capacity operation produce")
WILL_MAKE = re.compile(
    r"\b(?:will|to|would|is\s+to)\s+(?:make|produce|manufacture|build|turn\s+out)\b"
    # "The first production line makes the company's Velk 3": a plant's line makes it.
    r"|\b(?:line|plant|factory)\s+(?:now\s+)?(?:makes|produces)\b",
    re.I,
)


def phased(sentence: Sentence) -> bool:
    """Whether the plant the sentence dates or sizes is one phase of it ("The first phase,
    with an annual capacity of 8 GWh, ..."), not the whole plant."""
    return "phase" in sentence.text and _PHASE.search(sentence.text) is not None


_PHASE = re.compile(r"\b(?i:phase)\b")


def plant_start(sentence: Sentence) -> bool:
    """A sentence dating or sizing a plant, of at most one company, naming no battery; or
    saying a plant started in the days around the article's writing ("Acme on Monday started
    production at its plant in ...", "A battery base ... started production on Tuesday")."""
    if len({m[0] for m in sentence.mentions}) > 1:
        return False
    text = sentence.text
    if any(q.unit in ("GWh", "year") for q in sentence.quantities):
        # "a 1 GWh LFP cell line", "The pack assembly line ...": a line named by what it makes
        # names no product; nor does a plant or business named so ("a cell plant of 10 GWh"),
        # or the count of what its output is worth ("enough for 150,000 home batteries").
        return _PLANT_START.search(text) is not None and not _PRODUCT_NOUNS.search(
            _COUNTED.sub("", _BUSINESS_OF.sub("", _LINE_OF.sub("", _MADE_IN_BULK.sub("", text))))
        )
    # Started lately: a noun that only says what the business or site makes names no product
    # ("a cell maker", "a new-energy battery base"), where a plant's plans may ("a cell
    # factory that was to start production in 2027" is no start yet).
    return (
        started_lately(text)
        and _SITE.search(text) is not None
        and not _PRODUCT_NOUNS.search(
            _BUSINESS_OF.sub("", _MADE_IN_BULK.sub("", _unnamed(sentence)))
        )
    )


def plant_owners(sentence: Sentence) -> set[str]:
    """The companies whose plant a plant's sentence dates or sizes: those it names, but none
    for a sentence going on about the plant before it ("Production is pencilled in for 2029,
    subject to consent from the county council": the council owns no plant)."""
    if _GOES_ON_PLANT.match(sentence.text):
        return set()
    return {m[0] for m in sentence.mentions}


_GOES_ON_PLANT = re.compile(_GOES_ON, re.I)


def _unnamed(sentence: Sentence) -> str:
    """The sentence's text without the companies it names: "Acme Cells" names no cell."""
    text = sentence.text
    for _, start, end in sorted(sentence.mentions, key=lambda m: -m[1]):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_SITE = re.compile(r"\b(?:plant|factory|gigafactory|facility|site|base)\b")
_LINE_OF = re.compile(
    r"\b(?:battery|cell|pack|module)\s+(?:(?:production|assembly)\s+)?lines?\b", re.I
)
_BUSINESS_OF = re.compile(
    r"\b(?:battery|cell|pack)\s+(?:base|plant|factory|gigafactory|facility|site|maker|manufacturer|"
    r"supplier)s?\b",
    re.I,
)


# "would begin making cells in 2028", "2 gigawatt-hours of cells a year", "8 GWh of packs":
# what any cell or pack plant makes, in the plural and unnamed, is no battery the sentence names.
_MADE_IN_BULK = re.compile(
    # "2 GWh of lithium iron phosphate cells a year": the words of a kind, in lower case.
    r"\b(?:of|making|make|produce|producing|manufacturing|manufacture)\s+"
    r"(?-i:(?:[a-z][\w-]*\s+){0,4}?)(?:cells|batteries|packs)\b"
    r"(?!\s+(?:for|of|with|that|which|called|named))"
    # "the first cells are scheduled for 2028": the plant's first output, no product named.
    r"|\bthe\s+first\s+(?:cells|batteries)\s+(?=(?:are|will)\b)",
    re.I,
)

# "enough for about 150,000 home batteries", "packs for 2.000 buses": a number of things in
# the plural, a count of units, names none of them.
_COUNTED = re.compile(
    r"\d(?:[\d,.\s](?=\d)|\d)*\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:cells|batteries|packs)\b", re.I
)

_MADE_ALREADY = re.compile(r"\b(?:latest|current|existing)\s+(?:[\w-]+\s+)?(?:cell|battery|pack)\b")
# "The plant's only product will be the AC-9": what the whole plant makes is that product.
# "The company's only product so far": all the company has made, not all the plant will.
_ONLY_PRODUCT = re.compile(
    r"\b(?:only|single|sole)\s+product\b(?!\s+(?:so\s+far|to\s+date|yet)\b)", re.I
)
_THE_NEW = re.compile(r"(?:The|Its)\s+new\s+(?:[\w-]+\s+)?(?:cell|battery|pack)\b")
# "Its first cell, named WD-Prima", "Quenworth's first product, a lithium iron phosphate cell it
# calls Falvik": the first product of a maker whose plant the article dated is what the plant
# starts with.
_WILL_MAKE_CELLS = re.compile(
    r"\b(?:will|to|would|is\s+to)\s+(?:make|produce|manufacture)\s+(?:[\w()-]+\s+){0,5}?"
    r"(?:cells|batteries)\b|\b(?:cell|battery)\s+the\s+(?:plant|factory)\s+will\s+make\b",
    re.I,
)
_FIRST_PRODUCT = re.compile(
    # "Its first cells are the Velk P1": the plural too.
    r"\b(?i:first|initial)\s+(?:[\w-]+\s+){0,2}?(?i:product|cell|battery|pack)s?\b[^.;]{0,80}$"
)


def plant_facts(
    plant: tuple[set[str], list[Fact]], battery: Battery, facts: list[tuple[int, Fact]]
) -> list[tuple[int, Fact]]:
    """The plant's start and capacity the product lacks, when the plant is its maker's."""
    owners, figures = plant
    if owners - {battery.maker}:
        return []
    stated = {f.attribute for f in battery.facts} | {f.attribute for _, f in facts}
    chosen: dict[str, Fact] = {}
    for fact in figures:
        if fact.attribute not in stated:
            chosen.setdefault(fact.attribute, fact)  # the first the article gives
    return [(0, f) for f in chosen.values()]


# "The DE-1 ... will be the line's only product", "The plant will make only this cell": said
# after the product's name, or in the sentence after it, the product is all the plant makes.
_ALONE = re.compile(
    r"\b(?:only|single|sole)\s+product\b(?!\s+so\s+far)|\b(?:make|makes|produce|produces|build|"
    r"builds|manufacture|manufactures|assemble|assembles)\s+only\s+(?:this|that|it|them)\b",
    re.I,
)


def launched_before(battery: Battery, started: Sequence[Fact]) -> bool:
    """Whether the product came out before the plant starts ("2025: launches the XR-2 ... 2026:
    approves a cell plant whose production is to start in 2029"): the plant's size is not its
    own, whatever sentence names it last."""
    starts = [f.value for f in started if f.attribute == "launch" and isinstance(f.value, int)]
    return bool(starts) and any(
        isinstance(f.value, int) and f.value < min(starts) for f in battery.values("launch")
    )


def made_alone(sentence: Sentence, at: int = 0) -> bool:
    """Whether the sentence says, after `at`, that the product is the only one a plant makes."""
    return _ALONE.search(sentence.text, at) is not None


def maker_launch(sentence: Sentence) -> bool:
    """A sentence of one company saying when something starts, and not about a plant."""
    return (
        len({m[0] for m in sentence.mentions}) == 1
        and _LAUNCH_WORDS.search(sentence.text) is not None
        and not PLANT_WORDS.search(sentence.text)
        and not _PRODUCT_NOUNS.search(sentence.text)
    )


def plant_started(
    plant: tuple[set[str], list[Fact]],
    sentence: Sentence,
    at: int,
    known: bool,
    battery: Battery,
    facts: list[tuple[int, Fact]],
    before: Sequence[Sentence] = (),
) -> tuple[list[tuple[int, Fact]], tuple[set[str], list[Fact]]]:
    """The product named at `at` with the figures of the plant dated before it, when the
    sentence says the plant makes it, and the plant left to read (emptied once taken); `known`
    is whether the article named products before, `before` the sentences just before."""
    if (
        WILL_MAKE.search(sentence.text, 0, at)
        or _ONLY_PRODUCT.search(sentence.text, 0, at)
        or made_alone(sentence, at)
        or (not known and _THE_NEW.match(sentence.text))
    ):
        # "The plant will begin production in 2029 ... The company will make its Falvik
        # cell", or "The new cell, which Kitayama calls Pisere" as the first product the
        # article names: the plant's start and capacity are its one product's.
        opened = plant_facts(plant, battery, facts)
        if _MADE_ALREADY.search(sentence.text, 0, at):
            # "The factory will make the company's latest cell, the VS-9": a cell the maker
            # has already, which a new plant's start does not launch, nor its size measure.
            opened = []
        return facts + opened, (set(), [])
    if not known and (
        _FIRST_PRODUCT.search(sentence.text, 0, at)
        # "Tessavo will make LFP prismatic cells ... The cells, named QP-1, ...", "The
        # presentation describes the cell the plant will make. The QX-21 is ...": the cell a
        # sentence just before says will be made is the first the plant starts with.
        or any(_WILL_MAKE_CELLS.search(s.text) for s in before)
    ):
        # "Its first cell, named WD-Prima, ...": the plant starts with it, but what the whole
        # plant will make is not the first product's capacity.
        opened = plant_facts(plant, battery, facts)
        return facts + [(p, f) for p, f in opened if f.attribute == "launch"], (set(), [])
    return facts, plant


# "a lithium iron phosphate cell plant", "an LFP (lithium iron phosphate) cell line": the
# chemistry written as the plant's modifier is what the plant makes.
_PLANT_OF_KIND = re.compile(
    r"\b(?:cell|battery|pack)\s+(?:production\s+|assembly\s+)?(?:plant|factory|gigafactory|"
    r"line|base)s?\b"
)


def plant_chemistry(sentence: Sentence, facts: list[tuple[int, Fact]]) -> list[Fact]:
    """The one chemistry a sentence gives as the modifier of its plant's noun, if any."""
    kind = _PLANT_OF_KIND.search(sentence.text)
    chemistries = [(at, f) for at, f in facts if f.attribute == "chemistry"]
    if kind is None or len({f.value for _, f in chemistries}) != 1:
        return []
    at, fact = chemistries[0]
    return [fact] if 0 <= kind.start() - at <= 60 else []


def made_there(sentence: Sentence, at: int, known: bool) -> bool:
    """Whether the sentence says, around the product named at `at`, that the plant makes it,
    or, where the article named no product before, that it is the plant's first."""
    return (
        WILL_MAKE.search(sentence.text, 0, at) is not None
        or _ONLY_PRODUCT.search(sentence.text, 0, at) is not None
        or made_alone(sentence, at)
        or (not known and _FIRST_PRODUCT.search(sentence.text, 0, at) is not None)
    )
