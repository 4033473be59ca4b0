"""Battery generations and products with their specs, from the sentences that name them.

A product is a capitalised or quoted name before "battery", "cell" or "pack" ("Acme's Zephyr
battery", the "Performance" batteries); a maker's unnamed line counts when specs come with it
("Acme's LFP cells ... 300 miles"). Specs are the figures of the sentence that names the product
and of the following sentences that refer to it ("the battery", "it") while no other product is
named. Products merge with a generation of the same maker whose name matches up to British and
American spelling; two makers' products never merge.

Past ~500 lines: product naming, spec reading and merging with curated generations are
one pass over an article's sentences sharing the products in view; split, they would pass
that state back and forth.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from evkb.kb.records.context import (
    ANAPHOR,
    PLACE_WORDS,
    Resolver,
    Sentence,
    country_of,
    restates,
    slug,
)
from evkb.model import Battery, Fact

_NOUN = r"(?:battery|batteries|cell|cells|pack|packs|battery\s+pack|battery\s+cells?)"
_GENERATION = (
    r"(?:(?:first|second|third|fourth|next|new|latest|\d(?:st|nd|rd|th))[- ]generation\s+)"
)
_NAME = r"[A-Z][\w.+]*(?:[ -](?:[A-Z0-9][\w.+]*))?(?:\s+[0-9][\w.]*)?"
_PRODUCT_TEMPLATE = (
    rf"(?P<lead>['’]s\s+|\b(?i:the|its|their|our|a|an|new)\s+)"
    # "its cheaper Standard battery", "its 100kWh Long Range battery"
    rf"(?:(?:[a-z][\w-]*|\d[\d.,]*\s?k?Wh)\s+){{0,2}}?(?P<gen>{_GENERATION})?"
    rf"(?P<name>{_NAME})\s+(?:(?P<chem>{{chem}})\s+)?{_NOUN}\b"
)
_INTRODUCED = re.compile(r"\b(?:new|latest|upgraded|all-new)\s+$", re.I)
_PRONOUNS = frozenset("it they this that these those its their each both".split())
_CALLED = re.compile(
    r"\b(?:call(?:s|ed)?|name(?:s|d)?|dub(?:s|bed)?|brand(?:s|ed)?|badged)\s+(?:the\s+)?[\"“‘]?(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2})"
)
_APPOSED = re.compile(
    rf"(?:\b(?i:the)\s+)?(?P<name>\b[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){{0,2}}),\s+(?:a|an|its|their)\s+(?:[\w./()-]+\s+){{0,5}}?{_NOUN}\b"
)
_OWNED = re.compile(
    r"['’]s\s+(?:new\s+|latest\s+)?(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2})\b"
)
_SPEC_UNITS = frozenset(["Wh/kg", "Wh/L", "kWh"])
# "The Strata Max offers 205 Wh/kg": a name that opens a sentence of battery specs.
_SUBJECT = re.compile(
    r"^(?:The\s+(?:[a-z][\w-]*\s+)?)?(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2})"
    r"(?:,\s+which\s[^,]{1,60},)?\s+(?:offers?|has|delivers?|provides?|"
    r"stores?|reaches|achieves?|gives?|can|will|is|uses?|boasts?|promises?|charges?|lasts?|holds?|packs?)\b"
)
_QUOTED = re.compile(
    rf"[\"“‘](?P<name>[A-Z][^\"”’]{{1,30}}?)[\"”’]\s+(?:(?:\w+\s+){{0,2}}?){_NOUN}"
)
_QUOTED_ALONE = re.compile(r"[\"“‘](?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2})[\"”’]")
_PAIRED = re.compile(
    rf"\b(?i:the|its|their)\s+(?P<first>{_NAME})\s+and\s+(?:the\s+)?{_NAME}\s+{_NOUN}\b"
)
_CHEMISTRIES = (
    r"(?:all-|semi-)?solid[- ]state|sodium[- ]ion|lithium[- ]iron[- ]phosphate|LFP|LMFP|"
    r"lithium[- ]manganese[- ]iron[- ]phosphate|nickel[- ]manganese[- ]cobalt|NMC|NCM|NCA|NCMA|"
    r"nickel[- ]cobalt[- ]alumin(?:i)?um|lithium[- ]metal|lithium[- ]sulph?fur|lithium[- ]sulphur|"
    r"high[- ]nickel|silicon[- ]anode|lithium[- ]ion|Li-ion|bipolar"
)
_FORMAT = r"(?:pouch|prismatic|cylindrical|blade|coin)"
_CHEMISTRY = re.compile(rf"\b(?P<chem>{_CHEMISTRIES})\b", re.I)
_PRODUCT = re.compile(_PRODUCT_TEMPLATE.replace("{chem}", f"(?i:{_CHEMISTRIES})"))
_LINE = re.compile(
    # "a 79 kWh NMC pack" in a sentence naming its maker is that maker's line too.
    rf"(?P<lead>['’]s\s+|\b(?:its|their)\s+|\b(?:a|an)\s+(?=\d[\d.,]*\s?kWh))"
    rf"(?:(?:new|latest|initial|first|upcoming)\s+)*"
    rf"(?:\d[\d.,]*\s?kWh\s+)?(?P<gen>\w+-generation\s+)?(?P<chem>{_CHEMISTRIES})\s+(?:{_FORMAT}\s+)?(?P<noun>{_NOUN})\b",
    re.I,
)
# "Daesan plans to start producing LFP batteries in 2026": a maker's line named by making it.
_MADE = re.compile(
    rf"(?P<lead>(?:\s+(?:plans?|planned|to|will|would|start|starts|started|begin|begins|began|"
    rf"it|said|says|also|soon|expects?|intends?|aims?)){{0,5}}\s+)(?:mass[- ])?"
    rf"(?:produc\w*|mak(?:e|es|ing)|manufactur\w*)\s+(?P<chem>{_CHEMISTRIES})\s+(?P<noun>{_NOUN})\b",
    re.I,
)
_REFERENCE = re.compile(
    r"^\s*(?:It|They|(?:Mass\s+)?[Pp]roduction|Deliveries|Shipments|(?:Its\s+|The\s+)?(?:[Ee]nergy\s+density|[Rr]ange|[Cc]harging(?:\s+time)?|[Cc]ycle\s+life|[Cc]apacity|[Pp]ack\s+energy))\b|\b(?:the|this|that|these|its)\s+(?:new\s+|latest\s+)?(?:battery|batteries|cell|cells|pack|packs|chemistry|technology)\b|\b(?:it|they)\s+(?:will|would|can|could|offers?|delivers?|gives?|has|have|is|are)\b"
    # "A 50 kWh pack of them would give about 350 km": a pack built of the cells just named.
    r"|\b(?:pack|packs|battery|module|modules)\s+(?:of|made\s+(?:of|from)|built\s+from)\s+them\b"
    # "Kestrel rates it at 360 miles": the maker's figure for the product just named.
    r"|\b(?:rates?|rated|quotes?|puts?|claims?)\s+(?:it|them)\b"
    # A maker speaking of what it just named: "We expect start of production in 2029."
    r"|^\s*We\s+(?:now\s+|also\s+)?(?:expect|plan|aim|target|intend|will)\b"
    # "the 95kWh version", "the 77kWh battery": the product in view, by its pack.
    r"|\bthe\s+\d[\d.,]*\s?kWh\s+(?:version|variant|model|battery|pack)\b",
    re.I,
)
_NOT_NAMES = frozenset(
    """EV EVs Li-ion Lithium Battery The A An Its Their New Electric Solid Sodium Nickel
    Iron Next Our Your This That Chinese Japanese Korean European American""".split()
)
_RANGE_WORDS = re.compile(
    r"\brange\b|\bdrive\b|\bdriving\b|\btravel|\bon\s+a\s+(?:single\s+)?charge\b", re.I
)
_ADDED = re.compile(
    r"\b(?:add|adds|added|adding|recover|recovers|regain|regains|replenish\w*)\s+(?:up\s+to\s+|about\s+|around\s+)?$",
    re.I,
)
_AWAY = re.compile(
    r"\s+(?:from|away|north|south|east|west|outside|long|wide|of\s+(?:road|track|cable))\b", re.I
)
_DIFFERENCE = re.compile(
    r"\s+(?:quicker|faster|slower|longer|shorter|less|more|sooner|later)\b|\s+(?:off|saved)\b", re.I
)
_CHARGE_WORDS = re.compile(r"charg", re.I)
_CHARGE_WINDOW = re.compile(
    r"(?:from\s+)?\d{1,3}\s*(?:%|percent|per\s+cent)?\s*(?:to|-|–)\s*\d{1,3}\s*(?:%|percent|per\s+cent)(?:\s+(?:charge|capacity))?[^.;]{0,40}?$",
    re.I,
)
_LAUNCH_WORDS = re.compile(
    r"\b(?:launch|launches|launched|debut|release|released|available|production|produce|produced|producing|"
    r"mass[- ]produc\w*|start|starts|arrive|arrives|on\s+sale|market|roll(?:s|ed)?\s+out|"
    r"introduc\w*|reach\w*\s+(?:customers|buyers|showrooms|dealers|the\s+market|the\s+road)|"
    r"commerciali[sz]\w*|scheduled|deliver\w*|ship\w*|enter\w*|install\w*|fitted|equip\w*|arriv\w*)\b",
    re.I,
)
_CAPACITY_WORDS = re.compile(r"\bcapacity\b|\bproduction\b|\boutput\b|\bannual\b|\bproduce\b", re.I)
_COST_WORDS = re.compile(r"\bcost|\bcheaper\b|\bprice", re.I)
_LESS = re.compile(
    r"^\s*(?:less|lower|cheaper|reduction|cut|fewer|below)|\b(?:cut|reduce[sd]?|lower(?:ed|s)?|slash\w*|drop|fall|down)\s+(?:\w+\s+){0,4}?(?:by\s+)?(?:about\s+|around\s+|roughly\s+|up\s+to\s+)?$",
    re.I,
)
_QUAL_BEFORE = re.compile(
    r"\b(?P<q>by|in|from|around|about|after|before|until|as\s+early\s+as|as\s+soon\s+as)\s+(?:the\s+end\s+of\s+)?$",
    re.I,
)


def chemistry_label(text: str) -> str:
    """A chemistry as the trade abbreviates it where it has an abbreviation."""
    lower = text.lower().replace(" ", "-")
    labels = {
        "lithium-iron-phosphate": "LFP",
        "lithium-manganese-iron-phosphate": "LMFP",
        "nickel-manganese-cobalt": "NMC",
        "nickel-cobalt-aluminium": "NCA",
        "nickel-cobalt-aluminum": "NCA",
        "solid-state": "solid-state",
        "all-solid-state": "all-solid-state",
        "semi-solid-state": "semi-solid-state",
    }
    if lower in labels:
        return labels[lower]
    return text if text.isupper() else lower


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
# "second-generation", "2nd-gen", "Gen 2", "Gen2", "Generation 2": one generation, written
# the ways news copy writes it.
_GENERATION_NUMBER = re.compile(
    r"\b(?:(?P<word>first|second|third|fourth|fifth|sixth)|(?P<nth>\d)(?:st|nd|rd|th))"
    r"[\s-]gen(?:eration)?\b|\bgen(?:eration)?[\s-]?(?P<num>\d)\b"
    # "Helix 2", "Blade 2.0": a name's own number is its generation.
    r"|(?<=[A-Za-z])\s(?P<own>\d)(?:\.0)?$",
    re.I,
)
_NOUN_WORDS = re.compile(r"\b(?:battery|batteries|cells?|packs?|battery\s+packs?)\b", re.I)


def generation_number(name: str) -> tuple[int, str]:
    """The generation a name numbers (0 when none) and the name without it."""
    found = _GENERATION_NUMBER.search(name)
    if found is None:
        return 0, name
    word = found.group("word")
    number = (
        _ORDINALS[word.lower()]
        if word
        else int(found.group("nth") or found.group("num") or found.group("own"))
    )
    rest = (name[: found.start()] + " " + name[found.end() :]).strip(" -")
    return number, " ".join(rest.split())


def spelling_key(name: str) -> str:
    """Names equal up to case, hyphens, British/American spelling, generic words and the way a
    generation is numbered ("second-generation Fjell", "Fjell Gen 2")."""
    number, name = generation_number(name)
    words = [
        w
        for w in re.split(r"[\s-]+", name.lower())
        if w not in ("battery", "batteries", "cell", "cells", "pack", "packs", "version", "the")
    ]
    text = (f"gen{number}" if number else "") + "".join(words)
    for british, american in (
        ("isation", "ization"),
        ("ise", "ize"),
        ("our", "or"),
        ("tre", "ter"),
        ("yse", "yze"),
    ):
        text = text.replace(british, american)
    return text


def _name_ok(name: str, sentence: Sentence) -> bool:
    first = name.split()[0]
    if first in _NOT_NAMES or _CHEMISTRY.fullmatch(name) or name.isdigit():
        return False
    if any(w.lower() in PLACE_WORDS or country_of(w) for w in name.split()):
        return False
    # A company's own name before "battery" is its maker, not a product; nor is a name that
    # holds one ("Start-up Ombra Mobility uses NMC cells").
    start = sentence.text.find(name)
    end = start + len(name)
    return not any(s < end and start < e for _, s, e in sentence.mentions)


_TRIM = re.compile(
    _PRODUCT_TEMPLATE.replace("{chem}", f"(?i:{_CHEMISTRIES})").replace(
        _NOUN, r"(?:version|versions|variant|variants|model|trim)"
    )
)
_VERSION = re.compile(
    r"\b(?!(?:The|A|An|Its|Their|Our|This|That)\s)"
    r"(?P<car>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?)\s+(?P<trim>(?:Long|Standard|Extended|Mid|"
    r"Max(?:imum)?)\s+Range|Standard|Performance)(?=['’]s\b|\s+(?:uses|has|gets|carries|comes)\b)"
)
_TRIM_AT_END = re.compile(
    r"(?:Long|Standard|Extended|Mid|Max(?:imum)?)\s+Range$|Standard$|Performance$"
)
# "- Strata Max: LMFP, 205 Wh/kg", "Kestrel Vanta Long Range — 100 kWh, 360 miles"
_LISTED = re.compile(
    r"^\s*(?:[-•*·–]\s*)?(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3})(?:\s*:|\s+[—–])\s"
)
_LIST_UNITS = frozenset(["Wh/kg", "Wh/L", "kWh", "km", "mi", "min", "count"])
# Labels of a spec table, not products: "Range: 640 km", "Chemistry: LMFP".
_SPEC_LABELS = frozenset(
    """chemistry range energy density capacity charging charge cycle cycles cycle-life price cost
    weight voltage launch production pack cell battery specs specifications key power output
    warranty""".split()
)
_PRODUCT_NOUNS = re.compile(r"batter|cell|pack", re.I)


# "Talon's Vela uses the company's 77 kWh LFP battery": the Vela is a car, its battery the product.
_USES = re.compile(
    rf"\s+(?:uses|comes\s+with|carries|gets|runs\s+on|is\s+(?:fitted|equipped|powered)\s+"
    rf"(?:with|by)|with\s+(?:one|a|an|its))\s+[^.;]{{0,50}}?\b{_NOUN}\b"
)


_CAR = re.compile(r"\b(?!(?:The|A|An|Its|Their|Our|This|That)\s)[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?")


def vehicle(sentence: Sentence) -> str:
    """The name of a vehicle the sentence says uses a battery, or ""."""
    for match in _CAR.finditer(sentence.text):
        if _USES.match(sentence.text, match.end()) and match.group() not in _NOT_NAMES:
            return match.group()
    return ""


def _products(sentence: Sentence) -> list[tuple[str, int, int, str]]:
    """(name, start, end, kind) of the products a sentence names; kind "named" or "line"."""
    found: list[tuple[str, int, int, str]] = []
    # A spec list: "- Strata Max: LMFP, 205 Wh/kg, 88 kWh pack, 640 km WLTP".
    listed = _LISTED.match(sentence.text)
    if (
        listed
        and listed.group("name").split()[0].casefold() not in _SPEC_LABELS
        and sum(q.unit in _LIST_UNITS for q in sentence.quantities) >= 2
    ):
        # "- Hartwell Ardent Long Range: 91 kWh, 335 miles": a car's version in a spec list.
        trim = _TRIM_AT_END.search(listed.group("name"))
        if trim and trim.start() > 0:
            return [(trim.group(), listed.start("name"), listed.end("name"), "version")]
        if _name_ok(listed.group("name"), sentence):
            return [(listed.group("name"), listed.start("name"), listed.end("name"), "listed")]
    if not _PRODUCT_NOUNS.search(sentence.text):
        return found
    # "The Orla Long Range's 87 kWh battery": a car's version names its battery generation.
    if any(q.unit == "kWh" for q in sentence.quantities):
        for match in _VERSION.finditer(sentence.text):
            if match.group("car").split()[0] not in _NOT_NAMES:  # "Electric Standard"
                found.append(
                    (match.group("trim"), match.start("car"), match.end("trim"), "version")
                )
    for match in _QUOTED.finditer(sentence.text):
        if _name_ok(match.group("name"), sentence):
            found.append(
                (match.group("name").strip(), match.start("name"), match.end("name"), "named")
            )
    # A short capitalised name in quotes in a sentence about a battery: 'a new pack, "Strata Max"'.
    for match in _QUOTED_ALONE.finditer(sentence.text):
        name = match.group("name").strip()
        if (
            len(name.split()) <= 3
            and not any(s <= match.start("name") < e for _, s, e, _ in found)
            and _name_ok(name, sentence)
        ):
            found.append((name, match.start("name"), match.end("name"), "named"))
    # "the Strata and Strata Max cells": two names sharing one noun.
    for match in _PAIRED.finditer(sentence.text):
        first = match.group("first")
        if not any(s <= match.start("first") < e for _, s, e, _ in found) and _name_ok(
            first, sentence
        ):
            found.append((first, match.start("first"), match.end("first"), "named"))
    # "The Long Range version carries an 84 kWh battery": a car's battery generation named
    # by its version, when the sentence gives the battery's figures.
    trims = (
        list(_TRIM.finditer(sentence.text))
        if any(q.unit in _SPEC_UNITS for q in sentence.quantities)
        else []
    )
    for match in [*_PRODUCT.finditer(sentence.text), *trims]:
        name = match.group("name")
        if _COMPARED.search(sentence.text, max(0, match.start() - 30), match.start() + 1):
            continue  # "cheaper than the original Helix pack": the battery it is compared with
        if (
            match.group("lead").strip().lower() == "a"
            and not match.group("gen")
            # "offers a new Max Pack battery" introduces a product; "a Chinese battery" does not.
            and not _INTRODUCED.search(sentence.text, match.end("lead"), match.start("name"))
        ):
            continue
        if any(s <= match.start("name") < e for _, s, e, _ in found) or not _name_ok(
            name, sentence
        ):
            continue
        if match.group("gen"):
            name = match.group("gen").strip() + " " + name
        found.append((name, match.start("name"), match.end("name"), "named"))
    # "a pack called Strata", "Strata, a 205 Wh/kg cell", "Aurelis's Strata Max offers 205 Wh/kg"
    spec_figures = any(q.unit in _SPEC_UNITS for q in sentence.quantities)
    extra = [*_CALLED.finditer(sentence.text), *_APPOSED.finditer(sentence.text)]
    if spec_figures:
        extra += [m for m in _OWNED.finditer(sentence.text)]
    for match in extra:
        name = match.group("name").strip().rstrip(".")  # "a pack it calls Long Range."
        start = match.start("name")
        if any(s <= start < e for _, s, e, _ in found) or not _name_ok(name, sentence):
            continue
        if _CHEMISTRY.fullmatch(name.split()[0]) or name.split()[0].lower() in ("the", "its", "a"):
            continue
        found.append((name, start, match.end("name"), "named"))
    car = vehicle(sentence) if found else ""
    found = [f for f in found if f[0] != car or f[3] == "version"]
    if not found and spec_figures:
        subject = _SUBJECT.match(sentence.text)
        if (
            subject
            and subject.group("name") != vehicle(sentence)
            and _name_ok(subject.group("name"), sentence)
            and subject.group("name").casefold() not in _PRONOUNS
        ):
            found.append(
                (subject.group("name"), subject.start("name"), subject.end("name"), "named")
            )
    if not found:
        # "its second-generation battery pack": a generation named only by its number.
        for match in _UNNAMED_GENERATION.finditer(sentence.text):
            name = f"{match.group('gen')} {match.group('noun').split()[-1]}"
            found.append((name, match.start("gen"), match.end(), "generation"))
        # "its 46-series cylindrical cells", "the company's 4680 cells": a line named by format.
        for match in _FORMAT_LINE.finditer(sentence.text):
            if match.group("lead")[0] not in "'’" or _owner_named(sentence, match.start("lead")):
                name = f"{match.group('format')} cells"
                found.append((name, match.start("format"), match.end(), "format"))
    if not found:
        # "Hanjin said it would start making LFP batteries", "The company plans to produce ..."
        ends = [e for _, _, e in sentence.mentions] + [m.end() for m in _anaphors(sentence)]
        for end in sorted(set(ends)):
            made = _MADE.match(sentence.text, end)
            if made and not any(f[1] == made.start("chem") for f in found):
                noun = "cells" if "cell" in made.group("noun").lower() else "battery"
                name = f"{chemistry_label(made.group('chem'))} {noun}"
                found.append((name, made.start("chem"), made.end(), "made"))
        for match in _LINE.finditer(sentence.text):
            if match.group("lead")[0] in "'’" and not _owner_named(sentence, match.start("lead")):
                continue  # "Today's LFP cells": no maker's line (see _other_line)
            if match.group("lead")[0] in "aA" and not sentence.mentions:
                continue  # "a 60 kWh LFP pack costs ...": batteries in general
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


_GENERIC_GENERATION = re.compile(
    r"^(?:(?:new|next|latest|newest)(?:[\s-]generation)?|the)\s+", re.I
)


def _named_before(name: str, maker: str, batteries: dict[str, Battery]) -> str:
    """The id of the same maker's product this name names again, when exactly one fits: "the
    Ember battery" after "its second-generation Ember battery", "the Gen 2 cell" after "our
    second-generation Fjell cell", "the new-generation Lanhai" after "second-generation Lanhai".
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
            generic != name and spelling_key(generation_number(b.name)[1]) == spelling_key(generic)
        ),
    ]
    for test in tests:
        same = [b.id for b in own if test(b)]
        if len(same) == 1:
            return same[0]
    return ""


_DEFINITE = re.compile(r"\b(?i:the|this|that)\s+(?:new\s+)?$")
_FIRST_PERSON = re.compile(r"\b(?i:our\s+(?:[\w-]+\s+){0,3}|we\s+call\s+)$")


def _principal(sentences: Sequence[Sentence]) -> str:
    """The company an article names most, when one leads: who "we" are in a release or a call."""
    counts: dict[str, int] = {}
    for sentence in sentences:
        for ident in {m[0] for m in sentence.mentions}:
            counts[ident] = counts.get(ident, 0) + 1
    # "Hanjin Energy" in a headline and "Hanjin Energy Solutions" in the text are one company.
    for short in sorted(counts, key=len):
        longer = [i for i in counts if i.startswith(short + "-")]
        if len(longer) == 1:
            counts[longer[0]] += counts.pop(short)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return ""
    return max(counts, key=counts.__getitem__)


_ROW_UNITS = frozenset(["Wh/kg", "Wh/L", "kWh", "km", "mi", "min", "count", "year", "GWh"])
_TRAILING_LOWER = re.compile(r"(?:\s+[a-z][\w-]*)+$")


def _table_cells(text: str) -> list[str]:
    """The cells of a table row written as text ("| V-Prism | LFP | 190 Wh/kg |"), else []."""
    if text.count("|") < 3:
        return []
    cells = [c.strip() for c in text.strip().strip("|").split("|")]
    return cells if len(cells) >= 3 and all(cells) else []


def _table_row(cells: list[str], sentence: Sentence) -> list[tuple[str, int, int, str]]:
    """The product a row under a header names in its first cell: "V46 cylindrical" is V46."""
    name = _TRAILING_LOWER.sub("", cells[0])
    if not name[:1].isupper() or not _name_ok(name, sentence):
        return []
    start = sentence.text.find(name)
    return [(name, start, start + len(name), "listed")]


def _named_again(
    sentence: Sentence, batteries: dict[str, Battery], vehicles: dict[str, str]
) -> list[str]:
    """The products a sentence names again: by name ("The Brisa stores 42 kWh"), by the car
    the text said uses it ("the Vela charged in 31 minutes", not "quicker than the Arlo"), or
    by its pack ("the 77kWh battery went from 10 to 80 per cent")."""
    text = sentence.text
    again = [
        b.id
        for b in batteries.values()
        if b.rule.endswith(("named product", "listed product"))
        and re.search(rf"\b{re.escape(b.name)}\b", text)
    ]
    for car, ident in vehicles.items():
        for match in re.finditer(rf"\b{re.escape(car)}\b", text):
            if not _COMPARED.search(text, max(0, match.start() - 30), match.start()):
                again.append(ident)
    if again:
        return list(dict.fromkeys(again))
    packs = {float(m.group(1).replace(",", "")) for m in _BY_PACK.finditer(text)}
    return [b.id for b in batteries.values() if {f.value for f in b.values("energy")} & packs]


_FORMAT_LINE = re.compile(
    r"(?P<lead>['’]s\s+|\b(?i:its|their|our)\s+)(?:(?i:new|latest|current|first)\s+)?"
    r"(?P<format>\d{2}(?:-series|\d{2}(?:-format)?))\s+(?:(?i:cylindrical|large|round)\s+)*"
    r"(?i:cells?|batter(?:y|ies))\b"
)
_BY_PACK = re.compile(r"\bthe\s+(\d[\d.,]*)\s?kWh\s+(?:version|variant|model|battery|pack)\b")
_UNNAMED_GENERATION = re.compile(
    rf"(?:['’]s|\b(?i:its|their|our))\s+(?:new\s+)?(?P<gen>(?i:first|second|third|fourth|fifth|"
    rf"\d(?:st|nd|rd|th))-generation)\s+(?P<noun>{_NOUN})\b"
)


def _anaphors(sentence: Sentence) -> list[re.Match[str]]:
    """ "it", "the company", "the Korean cell giant": the references to a company."""
    return list(ANAPHOR.finditer(sentence.text)) if sentence.text else []


def _owner_named(sentence: Sentence, at: int) -> bool:
    """Whether the owner before a possessive at `at` is a company: named, or referred to
    ("the company's", "the Korean cell giant's"), not "Today's" or "China's"."""
    return any(e == at for _, _, e in sentence.mentions) or any(
        m.end() == at for m in _anaphors(sentence)
    )


def _referred_maker(
    sentence: Sentence, at: int, resolver: Resolver, sentences: Sequence[Sentence]
) -> str:
    """The company a reference just before `at` stands for ("The company said it would start
    making ..."), else the one the article is mostly about; "" when neither is clear."""
    before = [m for m in _anaphors(sentence) if m.end() <= at]
    if not before:
        return ""
    return resolver.resolve(sentence, before[-1]) or _principal(sentences)


def _other_line(sentence: Sentence) -> bool:
    """ "Today's LFP cells already manage 160 Wh/kg": a sentence about batteries in general."""
    return any(
        m.group("lead")[0] in "'’" and not _owner_named(sentence, m.start("lead"))
        for m in _LINE.finditer(sentence.text)
    )


def _version_maker(sentence: Sentence, end: int, sentences: Sequence[Sentence]) -> str:
    """Whose car a version is: the company named before it in the sentence, else in the
    nearest sentence before naming one; never a name read into a car's own ("Orla Long
    Range's" is no company, nor is "Orla" then)."""
    window = sentences[max(0, sentence.index - 4) : sentence.index]
    cars = {
        ident
        for s in (*window, sentence)
        for ident, a, b in s.mentions
        if _VERSION_WORDS.search(s.text, a, b)
    }
    own = [ident for ident, _, b in sentence.mentions if b <= end and ident not in cars]
    if own:
        return own[-1]
    car = re.findall(r"[\w-]+", sentence.text[:end])[-2:]
    if len(car) == 2 and all(w[:1].isupper() for w in car) and car[0] not in _NOT_NAMES:
        return ""  # "Kestrel Vanta Long Range": the car's own name holds a maker not read
    for earlier in reversed(window):
        named = {ident for ident, _, _ in earlier.mentions} - cars
        if named:
            return named.pop() if len(named) == 1 else ""
    return ""


_VERSION_WORDS = re.compile(r"\b(?:Range|Standard|Performance)\b")


def _maker(sentence: Sentence, at: int, resolver: Resolver) -> str:
    """Whose product: "X's Y battery" says it; else the company the sentence is about."""
    before = [m for m in sentence.mentions if m[2] <= at]
    if before and re.fullmatch(r"['’]s\s+(?:[\w-]+\s+){0,3}", sentence.text[before[-1][2] : at]):
        return before[-1][0]
    if len(sentence.mentions) > 1:
        subject = resolver.subject(sentence)
        if subject:
            return subject
    if before:
        return before[-1][0]
    if sentence.mentions:
        return sentence.mentions[0][0]
    return resolver.focus(sentence)


def _fact(
    attribute: str,
    value,
    sentence: Sentence,
    source: str,
    unit: str = "",
    text: str = "",
    qualifier: str = "",
    value_to=None,
    confidence: float = 0.7,
) -> Fact:
    return Fact(
        attribute=attribute,
        value=value,
        cite=sentence.cite(source),
        unit=unit,
        qualifier=qualifier,
        value_to=value_to,
        text=text,
        origin="extracted",
        confidence=confidence,
        rule=f"battery {attribute}",
    )


class _SentenceWords:
    """Which kinds of spec words a sentence has, each looked for once and only when asked."""

    __slots__ = ("_seen", "_text")
    _PATTERNS: ClassVar[dict[str, re.Pattern[str]]] = {}

    def __init__(self, text: str):
        self._text = text
        self._seen: dict[str, bool] = {}

    def __getattr__(self, name: str) -> bool:
        seen = self._seen.get(name)
        if seen is None:
            seen = self._seen[name] = self._PATTERNS[name].search(self._text) is not None
        return seen


def specs(sentence: Sentence, source: str, header: str = "") -> list[tuple[int, Fact]]:
    """The battery specs a sentence states, each with its local offset; a table row's figures
    are read with the words of its header ("Fast charge", "Start of production")."""
    text = sentence.text
    facts: list[tuple[int, Fact]] = []
    add = facts.append
    words = _SentenceWords(f"{text} {header}" if header else text)
    for index, q in enumerate(sentence.quantities):
        at, end = sentence.local(q)
        before = text[max(0, at - 60) : at]
        if restates(sentence.quantities, index) and q.unit not in ("km", "mi"):
            continue  # "$1 billion (150 billion yen)": the conversion restates the figure
        # A range is kept in both units the text writes ("620 km (385 miles)"): readers of
        # either system find it as written.
        if q.unit in ("km", "mi") and _ADDED.search(before):
            continue  # "adds 400 km of range in 12 minutes" is a charging rate, not a range
        if q.unit in ("km", "mi") and (words.range or not _AWAY.match(text, end)):
            add(
                (
                    at,
                    _fact(
                        "range", q.value, sentence, source, q.unit, q.text, q.qualifier, q.value_to
                    ),
                )
            )
        elif q.unit == "min" and _DIFFERENCE.match(text, end):
            continue  # "four minutes quicker than the Arlo" is a difference, not a charging time
        elif q.unit == "min" and (words.charge or _CHARGE_WINDOW.search(before)):
            # "10-80% in 16 min" in a spec list is a charging time without saying so.
            window = _CHARGE_WINDOW.search(before)
            phrase = text[at - (len(before) - window.start()) : end] if window else q.text
            add(
                (
                    at,
                    _fact(
                        "charging",
                        q.value,
                        sentence,
                        source,
                        "min",
                        phrase,
                        q.qualifier,
                        q.value_to,
                    ),
                )
            )
        elif q.unit == "kWh":
            add(
                (
                    at,
                    _fact(
                        "energy", q.value, sentence, source, "kWh", q.text, q.qualifier, q.value_to
                    ),
                )
            )
        elif q.unit in ("Wh/kg", "Wh/L"):
            add(
                (
                    at,
                    _fact(
                        "energy_density",
                        q.value,
                        sentence,
                        source,
                        q.unit,
                        q.text,
                        q.qualifier,
                        q.value_to,
                    ),
                )
            )
        elif q.unit == "GWh" and words.capacity:
            add(
                (
                    at,
                    _fact(
                        "production",
                        q.value,
                        sentence,
                        source,
                        "GWh",
                        q.text,
                        q.qualifier,
                        q.value_to,
                    ),
                )
            )
        elif q.unit in ("year", "month") and words.launch:
            qual = _QUAL_BEFORE.search(before)
            value = int(q.value)
            add(
                (
                    at,
                    _fact(
                        "launch",
                        value,
                        sentence,
                        source,
                        "year",
                        q.text,
                        (
                            qual.group("q").lower()
                            if qual and qual.group("q").lower() not in ("in",)
                            else q.qualifier
                        ),
                        q.value_to,
                        0.6,
                    ),
                )
            )
        elif (
            q.unit == "percent"
            and words.cost
            and not _CHARGE_WORDS.search(text[max(0, at - 20) : end + 20])
        ):
            sign = -1 if _LESS.search(before) or _LESS.match(text[end:]) else 1
            add(
                (
                    at,
                    _fact(
                        "cost_change",
                        sign * q.value,
                        sentence,
                        source,
                        "percent",
                        q.text,
                        q.qualifier,
                        confidence=0.5,
                    ),
                )
            )
        elif q.unit == "count" and "cycle" in q.text.lower():
            add((at, _fact("cycles", q.value, sentence, source, "count", q.text, q.qualifier)))
    for chem in _CHEMISTRY.finditer(text):
        if chem.group("chem").lower() in ("lithium-ion", "lithium ion", "li-ion"):
            continue  # every battery of the trade is one: it tells nothing apart
        if _COMPARED.search(text, max(0, chem.start() - 30), chem.start()):
            continue  # "cheaper than comparable LFP cells" names another battery's chemistry
        add(
            (
                chem.start(),
                _fact(
                    "chemistry",
                    chemistry_label(chem.group("chem")),
                    sentence,
                    source,
                    text=chem.group(),
                    confidence=0.6,
                ),
            )
        )
    # "205 Wh/kg, up from 172Wh/kg for its current LFP product": what follows is the older
    # one, up to the end of the clause ("up from 71kWh, and ... a range of 342 miles").
    for cue in _PREVIOUS.finditer(text):
        stop = _CLAUSE_END.search(text, cue.end())
        end = stop.start() if stop else len(text)
        facts = [(p, f) for p, f in facts if not cue.start() <= p < end]
    return facts


# Only "up/down from" and a figure "against" or "versus" another say the figures after them
# are another product's: "20 percent more, compared to the bipolar packs, which translates
# into 720 miles" is still this one's range.
_PREVIOUS = re.compile(
    r"\b(?:(?:up|down)\s+from|(?:against|versus|vs\.?)(?=\s+(?:about\s+|around\s+)?\d))", re.I
)
_CLAUSE_END = re.compile(r";|,\s+(?:and|but|while|whereas)\b|\s+and\s+(?:it|they)\b", re.I)
_COMPARED = re.compile(
    r"\b(?:than|compared\s+(?:to|with)|unlike|versus|vs\.?|replac\w*|over)\b[^.;]{0,25}$", re.I
)
_SentenceWords._PATTERNS = {
    "range": _RANGE_WORDS,
    "charge": _CHARGE_WORDS,
    "capacity": _CAPACITY_WORDS,
    "launch": _LAUNCH_WORDS,
    "cost": _COST_WORDS,
}
_FORMER_LATTER = re.compile(r"\bthe\s+latter\b", re.I)
_FORMER = re.compile(r"\bthe\s+former\b", re.I)


def extract_batteries(
    source: str, sentences: Sequence[Sentence], resolver: Resolver, names: dict[str, str]
) -> list[Battery]:
    """The products and generations of the body sentences, each with the specs stated for it."""
    batteries: dict[str, Battery] = {}
    active: str | None = None
    pair: list[str] = []  # the products of the last sentence naming two: "the former", "the latter"
    header = ""  # the column names of the table being read, as one line of words
    vehicles: dict[str, str] = {}  # a car's name -> the product the text says it uses
    for sentence in sentences:
        cells = _table_cells(sentence.text)
        if cells and not any(q.unit in _ROW_UNITS for q in sentence.quantities):
            header = " ".join(cells)  # "| Cell | Chemistry | Fast charge (10-80%) |"
            continue
        header = header if cells else ""
        named = _table_row(cells, sentence) if cells and header else _products(sentence)
        if not named and active is None and len(pair) != 2 and not _maker_launch(sentence):
            continue  # nothing to attach specs to: spare reading them
        facts = specs(sentence, source, header)
        if not named:
            again = _named_again(sentence, batteries, vehicles)
            if len(again) == 1:
                active, pair = again[0], []
                _add(batteries, active, [f for _, f in facts])
                continue
        if named:
            placed = []
            for name, at, _end, kind in named:
                maker = (
                    _version_maker(sentence, _end - len(name), sentences)
                    if kind == "version"
                    else _maker(sentence, at, resolver)
                    or _referred_maker(sentence, at, resolver, sentences)
                )
                if _FIRST_PERSON.search(sentence.text, max(0, at - 60), at):
                    # "our second-generation Fjell cell": the company the article speaks for,
                    # which a release or a call names first.
                    maker = next((s.mentions[0][0] for s in sentences if s.mentions), maker)
                if kind == "listed" and not maker:
                    # A spec list names the products the article presented: one of them by
                    # name, else a new one of the article's only maker.
                    makers = {b.maker for b in batteries.values() if b.name == name}
                    makers = makers or {b.maker for b in batteries.values()}
                    maker = makers.pop() if len(makers) == 1 else _principal(sentences)
                if kind == "made":
                    # The maker is the company doing the making, named or referred to ("The
                    # company said it would start ..."), and a year must date the line.
                    by = [m for m in sentence.mentions if m[2] <= at]
                    referred = [m.end() for m in _anaphors(sentence) if m.end() <= at]
                    if referred and (not by or referred[-1] > by[-1][2]):
                        maker = _referred_maker(sentence, at, resolver, sentences)
                    else:
                        maker = by[-1][0]
                    if not any(f.attribute == "launch" and f.value for _, f in facts):
                        continue
                if kind == "line" and (
                    not maker
                    or not any(f.attribute not in ("chemistry", "launch") for _, f in facts)
                ):
                    continue
                ident = f"{slug(maker) if maker else slug(source)}-{slug(name)}"
                if ident not in batteries:
                    # "The Gen 2 cell" is the one product the article named so before,
                    # whoever is in view; "Its Long Range model" is the company in view's.
                    definite = _DEFINITE.search(sentence.text, max(0, at - 20), at)
                    inferred = "" if definite else maker
                    ident = _named_before(name, inferred, batteries) or ident
                if ident not in batteries:
                    maker_fact = _maker_fact(maker, sentence, sentences, source)
                    batteries[ident] = Battery(
                        id=ident,
                        name=name,
                        maker=maker,
                        facts=maker_fact,
                        origin="extracted",
                        confidence={"named": 0.7, "listed": 0.65, "version": 0.65, "made": 0.5}.get(
                            kind, 0.55
                        ),
                        rule=f"battery: {kind} product",
                    )
                if kind in ("line", "made"):
                    chem = _CHEMISTRY.search(name)
                    label = chem.group() if chem else name.split()[0]
                    facts = [(p, f) for p, f in facts if f.attribute != "chemistry"] + [
                        (
                            at,
                            _fact("chemistry", label, sentence, source, text=label, confidence=0.6),
                        )
                    ]
                placed.append((at, ident))
            # The rules find names in turn, not in reading order: each name takes the figures
            # after it only when the names are in the order the sentence gives them.
            placed.sort()
            idents = list(dict.fromkeys(i for _, i in placed))
            if len(idents) == 1:
                active, pair = idents[0], []
                if car := vehicle(sentence):
                    vehicles[car] = active
                _add(batteries, active, [f for _, f in facts])
            elif idents:
                # Several products in one sentence: each takes the figures that follow it.
                active, pair = None, idents
                for n, (at, ident) in enumerate(placed):
                    upto = placed[n + 1][0] if n + 1 < len(placed) else len(sentence.text)
                    start = at if n else 0
                    _add(batteries, ident, [f for p, f in facts if start <= p < upto])
        elif len(pair) == 2 and _FORMER.search(sentence.text):
            latter = _FORMER_LATTER.search(sentence.text)
            cut = latter.start() if latter else len(sentence.text)
            _add(batteries, pair[0], [f for p, f in facts if p < cut])
            _add(batteries, pair[1], [f for p, f in facts if p >= cut])
        elif (
            active is not None
            and not _other_line(sentence)
            and (reference := _REFERENCE.search(sentence.text))
        ):
            others = sentence.mentions and batteries[active].maker not in {
                m[0] for m in sentence.mentions
            }
            if not others or reference.start() < sentence.mentions[0][1]:
                _add(batteries, active, [f for _, f in facts])
        elif _maker_launch(sentence):
            # "Corvik expects to start volume production in 2027": when a maker the article
            # credits with one product says when production starts, the date is that product's.
            own = [b.id for b in batteries.values() if b.maker == sentence.mentions[0][0]]
            if len(own) == 1:
                _add(batteries, own[0], [f for _, f in facts if f.attribute == "launch"])
        if (
            active is not None
            and sentence.mentions
            and not named
            and not _other_line(sentence)
            and batteries[active].maker not in {m[0] for m in sentence.mentions}
        ):
            active = None  # the text has moved on to another company
    # A product whose maker the article never makes clear can be neither merged nor compared:
    # it would only ever be a stray.
    return [
        b
        for b in batteries.values()
        if b.maker
        and (any(f.attribute != "maker" for f in b.facts) or b.rule.endswith("named product"))
    ]


_PLANT_WORDS = re.compile(
    r"\b(?:plant|plants|factory|factories|gigafactory|facility|site|line|lines|mine|refinery)\b",
    re.I,
)


def _maker_launch(sentence: Sentence) -> bool:
    """A sentence of one company saying when something starts, and not about a plant."""
    return (
        len({m[0] for m in sentence.mentions}) == 1
        and _LAUNCH_WORDS.search(sentence.text) is not None
        and not _PLANT_WORDS.search(sentence.text)
        and not _PRODUCT_NOUNS.search(sentence.text)
    )


def _maker_fact(
    maker: str, sentence: Sentence, sentences: Sequence[Sentence], source: str
) -> tuple[Fact, ...]:
    """The maker as a fact citing a sentence that names it (this one, else the nearest before)."""
    if not maker:
        return ()
    for earlier in (sentence, *reversed(sentences[: sentence.index])):
        for ident, start, end in earlier.mentions:
            if ident == maker:
                written = earlier.text[start:end]
                return (_fact("maker", written, earlier, source, text=written, confidence=0.6),)
    return ()


def _add(batteries: dict[str, Battery], ident: str, facts: list[Fact]) -> None:
    battery = batteries[ident]
    have = {(f.attribute, f.cite.start, str(f.value)) for f in battery.facts}
    new = tuple(f for f in facts if (f.attribute, f.cite.start, str(f.value)) not in have)
    if new:
        batteries[ident] = Battery(
            battery.id,
            battery.name,
            battery.maker,
            battery.facts + new,
            battery.notes,
            battery.origin,
            battery.confidence,
            battery.rule,
        )
