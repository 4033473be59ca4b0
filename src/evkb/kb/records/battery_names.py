"""How news copy names a battery product in one sentence: named products ("Acme's Fefafu
battery", the "Performance" pack), generations written several ways ("second-generation", "Gen 2"),
a car's version ("the Rave Long Range's 87 kWh battery") and rows of a spec list; what a name may
not be is `battery_name_checks`', other names of one product `battery_called`', lines without a
name `battery_lines`'."""

from __future__ import annotations

import re

from evkb.kb.extract.gates import (
    finditer_at,
    folded_pattern,
    gated,
    holds,
    holds_any,
    word_starts,
)
from evkb.kb.records.battery_bought import bought_products
from evkb.kb.records.battery_called import same_product
from evkb.kb.records.battery_cars import car_packs
from evkb.kb.records.battery_heads import headed_products
from evkb.kb.records.battery_lines import unnamed_lines
from evkb.kb.records.battery_name_checks import _COMPARED, _NOT_NAMES, _name_ok, vehicle
from evkb.kb.records.battery_single import ONE_PRODUCT
from evkb.kb.records.battery_words import (
    _CHEMISTRIES,
    _CHEMISTRY,
    _FORMAT,
    _NOUN,
    generation_number,
    product_leads,
)
from evkb.kb.records.company_shapes import UPPER as _UP
from evkb.kb.records.context import CALENDAR_WORDS, Sentence

_GENERATION = (
    r"(?:(?:first|second|third|fourth|next|new|latest|\d(?:st|nd|rd|th))[- ]generation\s+)"
)
_NAME = rf"[{_UP}][\w.+™®]*(?:[ -](?:[{_UP}0-9][\w.+™®]*))?(?:\s+[0-9][\w.]*)?"
# A product's name of one or two words ("QX-Prime", "Nebular 46"), for this round's patterns.
_SHORT_NAME = rf"[{_UP}][\w.+™®-]*(?:\s+[{_UP}0-9][\w.+™®-]*)?"
# A named cell's form or use between its name and its noun: "its RD-46 round cell", "The Tianwo
# storage cell" (not in a line's words: "LFP storage cells" are no product).
_USE = r"(?i:round|storage|traction)"
_PRODUCT_TEMPLATE = (
    # "the Chinese supplier, whose Vidonotat prismatic cell is rated at 180 Wh/kg"
    rf"(?P<lead>['’]s\s+|(?<=s)['’]\s+|\b(?i:the|its|their|our|a|an|new|whose)\s+)"
    # "its cheaper Standard battery", "its 100kWh Long Range battery"
    rf"(?:(?:[a-z][\w-]*|\d[\d.,]*[\s-]?k?Wh)\s+){{0,2}}?(?P<gen>{_GENERATION})?"
    # "the company's new RW3 prismatic cells": a cell format may sit between name and noun.
    rf"(?P<name>{_NAME})\s+(?:(?P<chem>{{chem}})\s+)?(?:{_FORMAT}\s+|{_USE}\s+)?{_NOUN}\b"
)
_INTRODUCED = re.compile(r"\b(?:new|latest|upgraded|all-new)\s+$", re.I)
_PRONOUNS = frozenset("it they this that these those its their each both".split())
_CALLED = re.compile(
    r"\b(?:[Cc]all(?:s|ed)?|(?:[Cc]ode-?)?[Nn]ame(?:s|d)?|[Dd]ub(?:s|bed)?|[Bb]rand(?:s|ed)?|badged|"
    # "an LFP cell it has christened Falvik", "its LFP cell, codenamed Slate,"
    # "the new cell, which Paxley calls its Gen 2 LFP"
    r"[Cc]hristen(?:s|ed)?|(?:known|marketed|sold)\s+as)\s+(?:the\s+|its\s+|their\s+)?[\"“‘]?"
    rf"(?P<name>[{_UP}][\w.+™®-]*(?:\s+[{_UP}0-9][\w.+™®-]*){{0,2}})"
)
_CALLED = gated(_CALLED, "call name dub brand badged christen known marketed sold")
_VEHICLE_NOUNS = (
    r"(?:cars?|hatchbacks?|saloons?|sedans?|SUVs?|pickups?|trucks?|vans?|buses|bus|crossovers?|"
    r"coupés?|coupes?|scooters?|motorbikes?|motorcycles?|aircraft|planes?|e-bikes?|vehicles?)"
)
_CHEMISTRY_WORDS = (
    r"(?:lithium[\s-]+(?:iron[\s-]+(?:manganese[\s-]+)?phosphate|manganese[\s-]+iron[\s-]+phosphate|"
    r"nickel[\s-]+manganese[\s-]+cobalt(?:[\s-]+oxide)?)|nickel[\s-]+manganese[\s-]+cobalt)"
)
_APPOSED = re.compile(
    rf"(?:\b(?i:the)\s+)?(?P<name>\b[{_UP}][\w.+™®-]*(?:\s+[{_UP}0-9][\w.+™®-]*){{0,2}}),\s+"
    # "The Fefafu, Acme Energy's first sodium-ion battery, ...": the maker's possessive too.
    rf"(?:a|an|its|their|[{_UP}][\w.&-]*(?:\s+[{_UP}][\w.&-]*){{0,3}}['’]s)\s+"
    # The battery noun heads the apposition: "Telangana, its first step into making cells" is a
    # place and a step, not a product.
    # Nor is a car the apposition makes a vehicle: "the Kaede Sprig, a small hatchback whose
    # early packs ...".
    # A chemistry written in words counts as one: "a 105 Ah prismatic lithium iron phosphate cell".
    rf"(?:{_CHEMISTRY_WORDS}\s+|"
    rf"(?!(?:into|of|for|to|from|in|on|at|by|making|producing|building|whose|{_VEHICLE_NOUNS})\s)"
    rf"[\w./()-]+\s+){{0,5}}?"
    rf"{_NOUN}\b"
)
_APPOSED = gated(_APPOSED, "batter cell pack storage", ",")
# What every match of _APPOSED holds after its name: tested first, as a comma alone is common.
_APPOSITION = re.compile(r",\s+(?:an?\s|its\s|their\s|[A-Z])")
# "Acme Energy's new battery, the Fefafu, stores ...": a name apposed to the product noun.
_NOUN_APPOSED = re.compile(
    # "Tianyue's previous generation, Haiqin 2.0, which ...": a generation is a product too;
    # "... makes the company's third-generation sodium-ion cell, Haiqin 3.0.": the name may end
    # the sentence.
    rf"\b(?:{_NOUN}|products?|generation|successor|predecessor),\s+(?:the\s+)?"
    rf"(?P<name>[{_UP}][\w.+™®-]*(?:\s+[{_UP}0-9][\w.+™®-]*){{0,2}})\s*(?:,|[-–—]\s|\.$)"
)
_NOUN_APPOSED = gated(
    _NOUN_APPOSED, "batter cell pack storage product generation successor predecessor", ","
)
# "its new prismatic cell QX-Prime", "its first-generation cell QX-One": translated copy puts
# the noun before the name, which then ends the phrase.
_NOUN_NAMED = re.compile(
    rf"(?:['’]s\s+|(?<=s)['’]\s+|\b(?i:its|their|our|the)\s+)"
    rf"(?:(?i:new|latest|[a-z]+-generation)\s+)?"
    rf"(?:{_FORMAT}\s+)?(?:battery\s+)?(?:cell|battery|pack)\s+"
    rf"[\"“‘']?(?P<name>{_SHORT_NAME})[\"”’']?"
    r"(?=\s*[,.;:(]|\s+(?:at|in|on|for|with|which|that|and|is|was|will|has|uses|from|reaches|"
    r"offers|stores|delivers|can|gives|provides|achieves)\b)"
)
# "Vortix-branded LFP cells", "its Vortix series of LFP cells", "sold under the Vortix brand".
_BRANDED = re.compile(
    rf"\b(?P<name>{_SHORT_NAME})(?:-branded\s+|\s+"
    rf"(?:series|family|range|platform)\s+of\s+)(?:[\w-]+\s+){{0,3}}?{_NOUN}\b"
)
# "cells sold under the Vortix brand"; not "e-bikes sold under the Suzumufuf brand".
_UNDER_BRAND = re.compile(
    rf"\b{_NOUN}\s+(?:[\w-]+\s+){{0,3}}?under\s+the\s+(?P<name>{_SHORT_NAME})\s+(?:brand|name)\b"
)
# Cheap tests that spare the two patterns above the sentences they cannot match.
_NAME_AFTER_NOUN = re.compile(r"(?:cell|battery|pack)\s+[\"“‘']?[A-Z]")
_BRAND_WORDS = ("-branded", " series of", " family of", " range of", " platform of", "under the")
# "The Vortix is Tarvik Materials' new LFP cell", "Vortix is our sodium-ion cell": a name that
# opens a sentence saying which battery it is.
_IS_THE_CELL = re.compile(
    r"^(?:(?:[AQ]|[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3}(?:\s+\([^)]{1,40}\))?):\s+)?"
    rf"(?:The\s+)?(?P<name>{_SHORT_NAME})\s+is\s+"
    r"(?:an?|its|our|their|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s?)\s+(?:[\w-]+\s+){0,4}?"
    rf"{_NOUN}(?=\s*[,.;:]|\s*$|\s+(?:that|which|with|for|from|and|designed|made|built)\b)"
)
_OWNED = re.compile(
    rf"['’]s\s+(?:new\s+|latest\s+)?(?P<name>[{_UP}][\w.+™®-]*(?:\s+[{_UP}0-9][\w.+™®-]*){{0,2}})\b"
)
_BY_PACK = re.compile(r"\bthe\s+(\d[\d.,]*)[\s-]?kWh\s+(?:version|variant|model|battery|pack)\b")
_BY_PACK = gated(_BY_PACK, "kwh")
_SPEC_UNITS = frozenset(["Wh/kg", "Wh/L", "kWh"])
# "The Kalvora Max offers 205 Wh/kg": a name that opens a sentence of battery specs.
_SUBJECT = re.compile(
    # After a speaker's label in a transcript or an interview ("A: The Orrel 3 uses ...").
    r"^(?:(?:[AQ]|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}):\s+)?"
    rf"(?:The\s+(?:[a-z][\w-]*\s+)?)?(?P<name>[{_UP}][\w.+™®-]*(?:\s+[{_UP}0-9][\w.+™®-]*){{0,3}})"
    rf"(?:\s+{_NOUN})?(?:,\s+which\s[^,]{{1,60}},)?\s+(?:offers?|has|delivers?|provides?|"
    r"stores?|reaches|achieves?|gives?|can|will|is|uses?|boasts?|promises?|charges?|lasts?|holds?|packs?|"
    r"manages|carries|gets)\b"
)
_QUOTED = re.compile(
    rf"[\"“‘](?P<name>[A-Z][^\"”’]{{1,30}}?)[\"”’]\s+(?:(?:\w+\s+){{0,2}}?){_NOUN}"
)
# Nouns after a name that make it a business or its site, not a product ("the Acme plant").
BUSINESS_NOUNS = (
    r"makers?|manufacturers?|suppliers?|producers?|compan(?:y|ies)|firms?|start-?ups?|plants?|"
    r"factor(?:y|ies)|gigafactor(?:y|ies)|industry|sector|market"
)
_BUSINESS_AFTER = re.compile(
    rf"\s+(?:{BUSINESS_NOUNS}|giants?|developers?|businesse?s?|division|unit|arm|venture|"
    r"joint\s+venture|group|specialists?|materials?|refiner(?:y|ies)|recycl\w*|swap\w*)\b",
    re.I,
)
_CONTRASTED = re.compile(
    rf"(?:,\s+(?:while|whereas|but)|;)\s+(?:the\s+)?(?P<name>[{_UP}][\w.+™®-]*(?:\s+[{_UP}0-9][\w.+™®-]*)?)"
    r"\s+(?:now\s+)?(?:gets|uses|has|carries|comes\s+with|packs)\s+(?:a|an|the)\b"
)
_GENERATION_BEFORE_QUOTE = re.compile(
    r"\b((?i:first|second|third|fourth|fifth|sixth|\d(?:st|nd|rd|th))[- ]generation)\s+[\"“‘]$"
)
_QUOTED_ALONE = re.compile(
    rf"[\"“‘](?P<name>[{_UP}][\w.+™®-]*(?:\s+[{_UP}0-9][\w.+™®-]*){{0,2}})[\"”’]"
)
_PAIRED = re.compile(
    rf"(?:\b(?i:the|its|their)\s+|['’]s\s+)(?P<first>{_NAME})\s+and\s+(?:the\s+)?(?P<second>{_NAME})\s+{_NOUN}\b"
)
_PAIRED = gated(_PAIRED, "batter cell pack storage", "and")
_PRODUCT = re.compile(_PRODUCT_TEMPLATE.replace("{chem}", f"(?i:{_CHEMISTRIES})"))
_PRODUCT = gated(_PRODUCT, "batter cell pack storage")


_TRIM = re.compile(
    _PRODUCT_TEMPLATE.replace("{chem}", f"(?i:{_CHEMISTRIES})").replace(
        _NOUN, r"(?:version|versions|variant|variants|model|trim)"
    )
)
_VERSION = re.compile(
    # "The Long Range gets a 100 kWh battery": the car named before may be left out.
    r"(?:\b(?!(?:The|A|An|Its|Their|Our|This|That)\s)"
    r"(?P<car>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?)\s+|\b[Tt]he\s+(?=(?:Long|Standard|Extended)\s))"
    r"(?P<trim>(?:Long|Standard|Extended|Mid|"
    r"Max(?:imum)?)\s+Range|Standard|Performance)(?=['’]s\b|,|:\s|\s*\(|\.?$|"
    # "the Corra Long Range with a 91 kWh pack", "drove the Corra Standard Range for a day"
    r"\s+(?:from|by|with|for)\s|"
    r"(?:\s+(?:now|still|also|only|already))?"
    # "is rated at 310 miles", "managed 268 miles": a test site's verbs of a version's range.
    r"\s+(?:uses|has|gets|carries|comes|keeps|packs|holds|is|was|returned|managed|manages|"
    r"achieved|covered|went|offers|delivers|reached|lasted|did|does|switches|moves|steps|"
    r"runs|relies|draws|pairs|adds|brings|starts|costs|took|takes|needed|needs)\b)"
)
# "Brenck's Nupo also comes as a Long Range model": a version the car is offered in.
_OFFERED_AS = re.compile(
    r"\b(?:comes?|is\s+(?:also\s+)?(?:offered|sold|available))\s+(?:also\s+)?(?:as|in)\s+an?\s+"
    r"(?P<trim>(?:Long|Standard|Extended|Mid|Max(?:imum)?)\s+Range|Standard|Performance)\s+"
    r"(?:model|version|variant|trim)\b"
)
_TRIM_AT_END = re.compile(
    r"(?:Long|Standard|Extended|Mid|Max(?:imum)?)\s+Range$|Standard$|Performance$"
)
# "- Kalvora Max: LMFP, 205 Wh/kg", "Falvik Corra Long Range — 100 kWh, 360 miles"
_LISTED = re.compile(
    rf"^\s*(?:[-•*·–]\s*)?(?P<name>[{_UP}][\w.+™®-]*(?:\s+[{_UP}0-9][\w.+™®-]*){{0,4}})(?:\s*:|\s+[—–])\s"
)
# "Seo-yun Bae: The automaker quotes 560 kilometers ...": a speaker's words, not a spec row.
_SPOKEN = re.compile(
    r"\s*(?:The|We|Our|It|I|I['’]m|That|This|There|They|Yes|No|So|Well|Sure|Thanks?|And|But|"
    r"Right|Okay|OK|Good|Great)\b"
)
_LIST_UNITS = frozenset(["Wh/kg", "Wh/L", "kWh", "km", "mi", "min", "count"])
# Labels of a spec table, not products: "Range: 640 km", "Chemistry: LMFP".
_SPEC_LABELS = frozenset(
    """chemistry range energy density capacity charging charge cycle cycles cycle-life price cost
    weight voltage launch production pack cell battery specs specifications key power output
    warranty""".split()
)
# A cell's format stands for the cell in trade copy: "The LFP prismatic, which we call Estuary".
_PRODUCT_NOUNS = re.compile(
    r"batter|cell|pack|prismatic|pouch|predecessor|successor|new\s+product|"
    r"storage\s+(?:system|unit|container)",
    re.I,
)
_PRODUCT_NOUNS = folded_pattern(_PRODUCT_NOUNS)
# Words that are each a match of _PRODUCT_NOUNS wherever they are (case aside): tested first.
_PRODUCT_NOUN_WORDS = ("batter", "cell", "pack", "prismatic", "pouch", "predecessor", "successor")
# The words every match of _NOUN_APPOSED opens with (case aside; more places do no harm).
_NOUN_APPOSED_WORDS = (
    "batter",
    "cell",
    "pack",
    "energy",
    "storage",
    "product",
    "generation",
    "successor",
    "predecessor",
)


def _products(sentence: Sentence) -> list[tuple[str, int, int, str]]:
    """(name, start, end, kind) of the products a sentence names; kind "named" or "line".
    A pack design written after the name ("the Tianbo CTP pack") is not part of it, nor is a
    chemistry written before it ("its LFP Vortix cell").
    """
    found = _with_headed(sentence, _found_products(sentence))
    return [
        (
            _LEADING_CHEMISTRY.sub("", _DESIGN.sub("", _MARKS.sub("", name))) or name,
            start,
            end,
            kind,
        )
        for name, start, end, kind in found
        # "The Fenro F5 is ...": "F5" read after the maker's word is the same name's end.
        if not any(s < start and e == end for _, s, e, _ in found)
    ]


def _with_headed(
    sentence: Sentence, found: list[tuple[str, int, int, str]]
) -> list[tuple[str, int, int, str]]:
    """`found` and the products the sentence's grammar names (`battery_heads`); a line read by
    its chemistry alone gives way to a product so named, whose chemistry it is."""
    headed = headed_products(sentence, found)
    if not headed:
        return found
    return sorted([f for f in found if f[3] != "line"] + headed, key=lambda f: f[1])


_DESIGN = re.compile(r"\s+(?:CTP|CTB|CTC|CTM)$")
_LEADING_CHEMISTRY = re.compile(r"^(?:LFP|LMFP|NMC|NCM|NCA|NCMA)\s+(?=[A-Z][a-z])")
# "Zenitha™ 2": a trade mark's sign is read as part of the name, and kept out of it.
_MARKS = re.compile("[™®]")
# "its Prabha LFP cells": a chemistry after a name (see `batteries.without_chemistry`).
TRAILING_CHEMISTRY = re.compile(r"(?<=\w)\s+(?:LFP|LMFP|NMC|NCM|NCA|NCMA)$")


_GENERATION_OF = re.compile(
    rf"(?P<name>\b[{_UP}][\w.+™®-]*(?:\s+[{_UP}0-9][\w.+™®-]*){{0,2}}),\s+(?:the|a|its)\s+(?:new\s+)?"
    r"(?:second|third|fourth|fifth|sixth|next|new|latest)[\s-]generation\s+of\b"
)
_GENERATION_OF = gated(_GENERATION_OF, "generation")
_AFTER_MAKER = re.compile(
    r"\s+(?P<name>[A-Z0-9][\w.+™®-]*(?:\s+[A-Z0-9][\w.+™®-]*)?)\s+(?:is|was)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:cell|battery|pack)s?\b"
)


# The line over a spec list: "Key specifications of Zenitha 2:", "Kalvora Max at a glance".
_SHEET = (
    r"(?i:specifications|specs|key\s+(?:specifications|specs|figures|facts|data)|at\s+a\s+glance)"
)
_SPEC_HEADER = re.compile(
    rf"^\s*(?:(?i:key|main|technical|headline)\s+)?(?i:specifications|specs|figures|facts|data)"
    rf"\s+(?i:of|for)\s+(?:the\s+)?(?P<name>[A-Z][\w.+™®-]*(?:\s+[A-Z0-9][\w.+™®-]*){{0,2}})\s*:?\s*$"
    rf"|^\s*(?:The\s+)?(?P<own>[A-Z][\w.+™®-]*(?:\s+[A-Z0-9][\w.+™®-]*){{0,2}})\s+{_SHEET}\s*:?\s*$"
)


def _found_products(sentence: Sentence) -> list[tuple[str, int, int, str]]:
    found: list[tuple[str, int, int, str]] = []
    header = _SPEC_HEADER.match(sentence.text) if len(sentence.text) < 80 else None
    if header:
        group = "name" if header.group("name") else "own"
        name = header.group(group)
        if _name_ok(name, sentence) and name.split()[0].casefold() not in _SPEC_LABELS:
            return [(name, header.start(group), header.end(group), "named")]
    # "the Glint 2, the second generation of its Glint cell": the new product; the one after
    # "of" is the older generation it follows.
    newer = _GENERATION_OF.search(sentence.text)
    if newer and _name_ok(newer.group("name"), sentence):
        return [(newer.group("name"), newer.start("name"), newer.end("name"), "named")]
    for match in same_product(sentence.text):
        for group in ("name", "alias"):
            name = match.group(group)
            if _name_ok(generation_number(name)[1] or name, sentence):
                found.append((name, match.start(group), match.end(group), "named"))
    # A spec list: "- Kalvora Max: LMFP, 205 Wh/kg, 88 kWh pack, 640 km WLTP".
    listed = _LISTED.match(sentence.text)
    if (
        listed
        and not _SPOKEN.match(sentence.text, listed.end())
        and listed.group("name").split()[0].casefold() not in _SPEC_LABELS
        and sum(q.unit in _LIST_UNITS for q in sentence.quantities) >= 2
    ):
        # "- Nikevete Pupeti Long Range: 91 kWh, 335 miles": a car's version in a spec list.
        trim = _TRIM_AT_END.search(listed.group("name"))
        if trim and trim.start() > 0:
            return [(trim.group(), listed.start("name"), listed.end("name"), "version")]
        if _name_ok(listed.group("name"), sentence):
            return [(listed.group("name"), listed.start("name"), listed.end("name"), "listed")]
    # "The Rave Long Range's 87 kWh battery", "The Numinu Ventra Long Range is rated at 310
    # miles": a car's version names its battery generation, with or without a battery noun.
    # A sentence naming one without figures ("We also drove the Falvik Corra Long Range.")
    # puts it in view for the next.
    if _VERSION_GATE.search(sentence.text):
        for match in _VERSION.finditer(sentence.text):
            car = match.group("car") or ""
            if car.split()[:1] != [] and car.split()[0] in _NOT_NAMES:
                continue  # "Electric Standard"
            if not car and not sentence.quantities:
                continue  # "The Long Range" alone, and no figure to give it
            start = match.start("car") if car else match.start("trim")
            found.append((match.group("trim"), start, match.end("trim"), "version"))
        for offered in _OFFERED_AS.finditer(sentence.text):
            at = offered.start("trim")
            if not any(s <= at < e for _, s, e, _ in found):
                found.append((offered.group("trim"), at, offered.end("trim"), "version"))
    if not holds_any(sentence.text, _PRODUCT_NOUN_WORDS) and not _PRODUCT_NOUNS.search(
        sentence.text
    ):
        return car_packs(sentence, found)  # "- 14 Gibap Kugu, 60.5 kWh, 420 km": a listed car
    for match in _QUOTED.finditer(sentence.text):
        if _name_ok(match.group("name"), sentence):
            name = match.group("name").strip()
            # 'the second-generation "Sobedene" LFP battery': the generation goes with the name.
            gen = _GENERATION_BEFORE_QUOTE.search(sentence.text, 0, match.start("name"))
            found.append(
                (
                    f"{gen.group(1)} {name}" if gen else name,
                    match.start("name"),
                    match.end("name"),
                    "named",
                )
            )
    # A short capitalised name in quotes in a sentence about a battery: 'a new pack, "Kalvora Max"'.
    for match in _QUOTED_ALONE.finditer(sentence.text):
        name = match.group("name").strip()
        if (
            len(name.split()) <= 3
            and not any(s <= match.start("name") < e for _, s, e, _ in found)
            and _name_ok(name, sentence)
        ):
            found.append((name, match.start("name"), match.end("name"), "named"))
    # "the Kalvora and Kalvora Max cells": two names sharing one noun.
    # It opens as the product patterns below do: tried at their leads only.
    for match in finditer_at(_PAIRED, sentence.text, product_leads(sentence.text)):
        for group in ("first", "second"):
            name = match.group(group)
            if not any(s <= match.start(group) < e for _, s, e, _ in found) and _name_ok(
                name, sentence
            ):
                found.append((name, match.start(group), match.end(group), "named"))
    # "The Long Range version carries an 84 kWh battery": a car's battery generation named
    # by its version, when the sentence gives the battery's figures.
    leads = product_leads(sentence.text)
    trims = (
        list(finditer_at(_TRIM, sentence.text, leads))
        if any(q.unit in _SPEC_UNITS for q in sentence.quantities)
        else []
    )
    for match in [*finditer_at(_PRODUCT, sentence.text, leads), *trims]:
        name = match.group("name")
        if _COMPARED.search(sentence.text, max(0, match.start() - 30), match.start() + 1):
            continue  # "cheaper than the original Vortix pack": the battery it is compared with
        if _BUSINESS_AFTER.match(sentence.text, match.end()):
            continue  # "the Anglo-Japanese battery maker", "the Dunmere battery plant": no product
        if (
            match.group("lead").strip().lower() in ("a", "an")
            and not match.group("gen")
            # "a 64 kWh Standard Range battery": a pack's figure says which one.
            and not re.search(
                r"\dk?Wh\b", sentence.text[match.end("lead") : match.start("name")].replace(" ", "")
            )
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
        # "a 64 kWh Standard Range battery or an 87 kWh Long Range battery": a figure written
        # before the name is the product's own; it starts where its words do.
        start = match.start("name")
        if any(c.isdigit() for c in sentence.text[match.end("lead") : start]):
            start = match.end("lead")
        found.append((name, start, match.end("name"), "named"))
    # "The Selvora M5 is an NMC cell": a product's name right after its maker's.
    for _, _, end in sentence.mentions:
        after = _AFTER_MAKER.match(sentence.text, end)
        if (
            after
            and not any(s <= after.start("name") < e for _, s, e, _ in found)
            and _name_ok(after.group("name"), sentence)
        ):
            found.append((after.group("name"), after.start("name"), after.end("name"), "named"))
    # "a pack called Kalvora", "Kalvora, a 205 Wh/kg cell", "Veloris's Kalvora Max offers 205 Wh/kg"
    spec_figures = any(q.unit in _SPEC_UNITS for q in sentence.quantities)
    extra = [
        *_CALLED.finditer(sentence.text),
        *(_APPOSED.finditer(sentence.text) if _APPOSITION.search(sentence.text) else ()),
        *finditer_at(_NOUN_APPOSED, sentence.text, word_starts(sentence.text, _NOUN_APPOSED_WORDS)),
        *_IS_THE_CELL.finditer(sentence.text),
        *ONE_PRODUCT.finditer(sentence.text),  # "sells a single model, the Brisko S"
        *bought_products(sentence),  # "I chose the RR-9 pack from Quelmar"
    ]
    if _NAME_AFTER_NOUN.search(sentence.text):
        extra += [
            m
            for m in _NOUN_NAMED.finditer(sentence.text)
            if m.group("name").lower() not in CALENDAR_WORDS
        ]
    if holds(sentence.text, _BRAND_WORDS):
        extra += [*_BRANDED.finditer(sentence.text), *_UNDER_BRAND.finditer(sentence.text)]
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
    if found and spec_figures:
        # "..., while the Pelvo Touring gets a 77.4kWh pack": a second version set against the
        # first, each with its own figures.
        for match in _CONTRASTED.finditer(sentence.text):
            name = match.group("name")
            if not any(s <= match.start("name") < e for _, s, e, _ in found) and _name_ok(
                name, sentence
            ):
                found.append((name, match.start("name"), match.end("name"), "named"))
    return car_packs(sentence, unnamed_lines(sentence, found))


# Cheap tests that spare the patterns above most sentences.
_VERSION_GATE = re.compile(r"Range|Standard|Performance")
