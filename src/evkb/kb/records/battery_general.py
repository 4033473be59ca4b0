"""The general path for products: a designation the particular rules did not take, in a
sentence that states a product's specs, with the figures that sentence (and the lines that go
on about it) gives after it.

A designation is written the way makers name models, whatever the sentence's wording: a code
with a figure in it ("QT-7", "RX40", "Tessel-2"), a code ending in a capital ("Tessel-S"), or
capitalised words and a number that is no quantity ("Vantle Cell 12"). The sentence must state
at least one figure that only a battery or a vehicle's battery has (kWh, Wh/kg, Wh/L, cycles,
a charging time) or a chemistry. The figures go to the designation written before them; the
sentences after it that name nothing else and speak of it ("It stores ...", "The pack ...") or
are rows of its spec sheet ("Cycle life: 6,000") give theirs too.

Its maker is the company written right before it ("Acme's QT-7", "Acme QT-7"), else the one
company of the sentence that is not where the cells come from, else the company the article is
about (the one it names most, more than any other, and in its first sentences). Nothing is
proposed when the maker is unclear, when the designation is a company's name, a road, a
period or a standard, or when a product of the same name is already proposed. Its records
carry their own rule, "battery: general product", and a lower confidence than the particular
rules'."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from evkb.kb.records.battery_able import cell_sources, unable
from evkb.kb.records.battery_specs import specs
from evkb.kb.records.battery_store import new_product
from evkb.kb.records.battery_tables import table_cells
from evkb.kb.records.battery_words import spelling_key
from evkb.kb.records.context import Resolver, Sentence, slug
from evkb.kb.records.periods import UNDATED, Dateline
from evkb.kb.records.words import PLACE_WORDS, country_of
from evkb.model import Battery, Fact

__all__ = ["designations", "general_products", "subject_company"]

CONFIDENCE = 0.5
RULE = "general"

# A code with a figure in it, "QT-7", "RX40", "Tessel-2", "Tessel-S2"; or ending in one capital
# after a hyphen, "Tessel-S".
_CODE = re.compile(
    r"(?<![\w.-])(?:[A-Z][A-Za-z]*-?\d[\w.]*(?:-[A-Z0-9][\w.]*)*|[A-Z][A-Za-z]+-[A-Z]\d*|[A-Z]{2,}-[A-Z]\d+\w*)"
    r"(?:/\d+)?(?![\w-])"
)
# A model's word written before its code: "Vantle QT-7".
_WORD_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w'\u2019-]+\s+$")
# Capitalised words and a number after them: "Vantle Cell 12", "Gen 4".
_NAMED_NUMBER = re.compile(
    r"(?<![\w-])(?P<words>[A-Z][\w'\u2019&]*(?:[ -][A-Z][\w'\u2019&]*){0,3})[ -]"
    r"(?P<number>\d{1,4}(?:\.\d+)?)(?![\w.,]*\d)(?![\w%])"
)
# A sum written as a code: "R2.3bn", "RM25m".
_MONEY = re.compile(r"\d(?:bn|b|m|mn|k|tn|trn|cr)$")
# What a code names when these follow it: a test cycle, a standard, a rating.
_MEASURE = re.compile(
    r"\s+(?:test\s+)?(?:cycle|mode|test|standard|norm|rating|protocol|certification|class)\b",
    re.I,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# Codes that are no product: periods, standards, pollutants, ratings, chemistries.
_NOT_CODE = re.compile(
    r"(?:Q[1-4]|H[12]|[1-4]Q|FY\d*|CY\d*|MY\d*|CO2\w*|COP\d*|G\d+|PM\d[\d.]*|[A-Z]2[A-Z]|"
    r"IP\d+|UL\d+|ISO\d*|IEC\d*|SO2|NO2|N2O|CH4|H2|H2O|COVID\w*|SARS\w*|Euro\d|E\d{1,2}|"
    r"NMC\d*|NCM\d*|NCA\d*|LFP\d*|LMFP\d*|LiFePO4|LiOH|Li2CO3|LTO|LMO|USB\w*|CCS\d*|"
    r"[A-Z]\d{3,}|[A-Z]+-?\d{5}\w*|[A-Z]{1,2}-?\d{1,3}[A-Z]?-?road|Scope\d|[A-Z]-\d{2,3})"
)
# Words a capitalised run before a number may not end in: the number is then a page, a
# phase, a date or a rank, no model.
_NOT_NAME_WORD = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday slide page chapter section phase stage line unit plant block building hall
    booth stand table figure fig note article tier level scope type class category grade route
    highway road street avenue gate terminal platform lot no number episode season part round
    week day year top item rank step zone exit pier room floor suite box volume issue vol
    appendix annex schedule clause paragraph rule act law bill and or the a an of in at by on
    for with from to our its their his her your my this that these those question answer
    covid windows euro formula cop ukraine group series model models version over under about
    nearly almost around some all only just up top since fy q h nmc ncm nca ncma nmca lfp lmfp
    lmo lto""".split()
)
# Words that open a run without being the name's: "The Vantle Cell 12" is "Vantle Cell 12".
_OPENING = frozenset(
    """the a an its our their his her your my this that these those in at by on for with from
    to and or but of as new latest current first second third next both each every while when
    after before since until if so than then there here we it they he she you i""".split()
)
# Figures that only a battery (or the pack of a vehicle) has.
_BATTERY_UNITS = frozenset({"kWh", "MWh", "Wh/kg", "Wh/L", "Ah"})
_BATTERY_ATTRIBUTES = frozenset({"chemistry", "cycles", "charging", "energy_density"})
# A sentence that goes on about the product just named: "It stores ...", "The pack ...".
_GOES_ON = re.compile(
    r"(?:It|Its|It's|This|The\s+(?:new\s+)?(?:pack|cell|battery|module|system|unit|product|"
    r"car|bus|truck|scooter|bike|motorcycle|van|model|vehicle|container))\b"
)
# A row of a spec sheet: "Cycle life: 6,000 cycles", "- Energy: 90 kWh".
_SPEC_ROW = re.compile(r"(?:[-*\u2022]\s*)?[A-Z][\w ()/.,%-]{0,40}:\s+\S")
# A place or a route before the designation: "in Borel 12", "off the A123", "at Gate 4".
_PLACED = re.compile(r"(?:\b(?:in|at|near|off|along|via|from|to|on)\s+(?:the\s+)?)$")
# "Acme's QT-7", "Acme QT-7": the maker written right before the designation.
_JOIN = re.compile(r"(?:['\u2019]s?)?\s*$")
_JOIN_AFTER = re.compile(r"(?:['\u2019]s?)?\s+")
# A sentence whose subject is a name the text does not know as a company: "Borelmash has
# presented the QT-7": whose product it is stays unclear.
_OTHER_SUBJECT = re.compile(
    r"(?!(?:The|This|That|Its|It|Our|We|Their|They|A|An|In|At|On|For|By|From)\b)"
    r"([A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*)*)\s+"
    r"(?:has|have|had|will|is|was|unveiled|presented|launched|introduced|showed|showcased|"
    r"debuted|revealed|announced|released|builds|built|makes|made|sells|sold|said|says)\b"
)
# A possessive determiner before a name: the name is the product's own word.
_OWNED = re.compile(r"\b(?:its|our|their|his|her|my|your)[\s*_]+$", re.I)
# Words before a sentence's subject: "In May, ", "On Monday ", "But ".
_OPENER = re.compile(r"(?:(?:In|On|At|By|But|And|Then|Now|Today|Also)\b[^,]{0,30},?\s+)?")
# "the maker's QT-7", "the group's": a company described, not named.
_DESCRIBED_OWNER = re.compile(r"\b(?:the|this|that)\s+[a-z][\w-]*['\u2019]s?\s+$", re.I)
# A sentence that only names a product passes its figures on to the lines after it when it
# introduces the name: "It is called the QT-7", "Product: QT-7".
_INTRODUCED = re.compile(
    r"(?:\b(?:called|named|dubbed|badged|branded|known\s+as)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'\u2019-]*\s+)?"
    r"|^(?:[-*\u2022]\s*)?[A-Z][\w ()/-]{0,30}:\s*)$"
)
# How far the sentences that go on about a product are read.
_GOING_ON = 3


def designations(sentence: Sentence) -> list[tuple[int, int, str]]:
    """The designations a sentence writes, as (start, end, name), local, in reading order; a
    company's name the run begins with is cut off (the maker, not the product)."""
    text = sentence.text
    found: list[tuple[int, int, str]] = []
    for match in _CODE.finditer(text):
        if _NOT_CODE.fullmatch(match.group()) or _MONEY.search(match.group()):
            continue
        if _is_quantity(sentence, match.start(), match.end()):
            continue  # "R2.3bn", "RM25": a sum
        if _MEASURE.match(text, match.end()):
            continue  # "on the XK10 cycle": a test's or a standard's name
        start = match.start()
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before and _model_word(before.group().strip(), sentence, before.start()):
            start = before.start()  # "Vantle QT-7"
        found.append((start, match.end(), text[start : match.end()]))
    taken = [(s, e) for s, e, _ in found]
    for match in _NAMED_NUMBER.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        number = match.group("number")
        if _YEAR.fullmatch(number) or _is_quantity(sentence, match.start("number")):
            continue
        words = match.group("words").split()
        while words and words[0].lower() in _OPENING:
            words = words[1:]
        if not words or words[-1].lower().rstrip("s") in _NOT_NAME_WORD:
            continue
        if words[-1].lower() in _NOT_NAME_WORD:
            continue
        start = match.end() - len(" ".join(words)) - len(number) - 1
        found.append((start, match.end(), text[start : match.end()]))
    out = []
    for start, end, name in sorted(found):
        cut = False
        for _, ms, me in sentence.mentions:
            if ms <= start < me < end:  # "Acme Vantle 12": Acme is the maker
                after = _JOIN_AFTER.match(text, me)
                start, cut = (after.end() if after else me), True
                name = text[start:end]
        if not name or not name[0].isalnum():
            continue
        if not any(c.isalpha() for c in name) and not (cut and len(name) >= 3):
            continue  # a bare number only after its maker's name: "Acme's 4695"
        if any(ms <= start and end <= me for _, ms, me in sentence.mentions):
            continue  # a company's name
        if _PLACED.search(text[max(0, start - 12) : start]):
            continue
        out.append((start, end, name))
    return out


def _model_word(word: str, sentence: Sentence, at: int) -> bool:
    """Whether a capitalised word before a code is the model's own ("Vantle" of "Vantle
    QT-7"), not an opening word, a company's, a place's or a people's."""
    return (
        not word.endswith(("'s", "\u2019s"))
        and word.lower() not in _OPENING
        and word.lower() not in _NOT_NAME_WORD
        and word.lower() not in PLACE_WORDS
        and not country_of(word)
        and not any(ms <= at < me for _, ms, me in sentence.mentions)
    )


def _written(name: str) -> str:
    """A name's words in lower case, hyphens apart: "QT-7 Marine" is "qt 7 marine"."""
    return " ".join(re.split(r"[\s-]+", name.lower()))


def _is_quantity(sentence: Sentence, at: int, end: int = -1) -> bool:
    """Whether the text at local offset `at` (to `end`) is part of a figure with a unit."""
    end = at + 1 if end < 0 else end
    for q in sentence.quantities:
        s, e = sentence.local(q)
        if s < end and at < e and q.unit:
            return True
    return False


def subject_company(sentences: Sequence[Sentence]) -> str:
    """The company the article is about: named in more sentences than any other, at least
    three, and in its first five sentences; else ""."""
    counts = Counter(ident for s in sentences for ident in {m[0] for m in s.mentions})
    if not counts:
        return ""
    ranked = counts.most_common(2)
    ident, most = ranked[0]
    if most < 3 or (len(ranked) > 1 and ranked[1][1] >= most):
        return ""
    opening = {m[0] for s in sentences[:5] for m in s.mentions}
    return ident if ident in opening else ""


def _battery_facts(facts: list[tuple[int, Fact]]) -> bool:
    return any(f.attribute in _BATTERY_ATTRIBUTES or f.unit in _BATTERY_UNITS for _, f in facts)


def _maker(
    sentence: Sentence, start: int, subject: str, resolver: Resolver
) -> tuple[str, str, int] | None:
    """The designation's maker as (id, written name, where the name written right before the
    designation starts, else -1), or None when unclear."""
    text = sentence.text
    for ident, ms, me in sentence.mentions:
        if me <= start and _JOIN.fullmatch(text[me:start]):
            if _OWNED.search(text, max(0, ms - 8), ms):
                return None  # "its Vantle QT-7": a name of the product's, whoever makes it
            return ident, text[ms:me], ms
    if sentence.mentions and _OWNED.search(text, max(0, start - 8), start):
        # "its QT-7": the company the sentence opens with is whose "its" it is; an unknown
        # name opening it ("Borel Aero has chosen Acme to supply its QT-7") leaves it unclear.
        ident, ms, me = sentence.mentions[0]
        opener = _OPENER.match(text)
        if opener and opener.end() == ms:
            return ident, text[ms:me], -1
        if _OTHER_SUBJECT.match(text):
            return None
    sources = cell_sources(sentence)
    own = {
        m[0]: sentence.text[m[1] : m[2]]
        for m in sentence.mentions
        if m[0] not in sources and not unable(m[0], resolver)
    }
    if len(own) == 1:
        ident, name = next(iter(own.items()))
        return ident, name, -1
    other = _OTHER_SUBJECT.match(text)
    if own or not subject or (other and start >= other.end(1)):
        return None
    if _DESCRIBED_OWNER.search(text, max(0, start - 30), start):
        return None  # "the maker's QT-7": the maker named before, whichever it is
    return subject, "", -1


def general_products(
    batteries: list[Battery],
    source: str,
    sentences: Sequence[Sentence],
    resolver: Resolver,
    names: dict[str, str],
    written: Dateline = UNDATED,
) -> list[Battery]:
    """`batteries` with the products the general path adds (see the module's docstring)."""
    known = {spelling_key(n) for b in batteries for n in b.names}
    known |= {spelling_key(n.split(maxsplit=1)[-1]) for b in batteries for n in b.names}
    spelled = {_written(n) for b in batteries for n in b.names}
    companies = {spelling_key(n) for n in names.values()}
    subject = subject_company(sentences)
    added: dict[str, Battery] = {}
    index = {s.index: n for n, s in enumerate(sentences)}
    for sentence in sentences:
        if table_cells(sentence.text):
            continue
        found = designations(sentence)
        if not found:
            continue
        facts = specs(sentence, source, "", written)
        for n, (start, end, name) in enumerate(found):
            key = spelling_key(name)
            if key in known or key in companies or key in added:
                continue
            if any(f" {_written(name)} " in f" {w} " for w in spelled):
                continue  # part of a name proposed already: "QT-7" of "QT-7 Marine"
            upto = found[n + 1][0] if n + 1 < len(found) else len(sentence.text)
            own = [f for at, f in facts if start <= at < upto or (len(found) == 1 and at < start)]
            if n + 1 == len(found) and (own or _INTRODUCED.search(sentence.text, 0, start)):
                own += _going_on(sentences, index[sentence.index], source, written)
            if not _battery_facts([(0, f) for f in own]):
                continue
            maker = _maker(sentence, start, subject, resolver)
            if maker is None or not maker[0]:
                continue
            ident, written_as, opens = maker
            written_as = written_as or names.get(ident, "")
            maker_fact = Fact(
                attribute="maker",
                value=written_as,
                cite=sentence.cite(source),
                text=written_as,
                origin="extracted",
                confidence=CONFIDENCE,
                rule="battery maker",
            )
            own_facts = tuple(
                dataclasses.replace(f, confidence=min(f.confidence, CONFIDENCE)) for f in own
            )
            battery = new_product(
                f"{ident}-{slug(name)}", name, ident, (maker_fact, *own_facts), RULE, CONFIDENCE
            )
            if opens >= 0:  # "Acme QT-7" is another of its names
                full = sentence.text[opens:end]
                battery = dataclasses.replace(battery, aliases=(*battery.aliases, full))
            added[key] = battery
    taken = {b.id for b in batteries}
    return [*batteries, *(b for b in added.values() if b.id not in taken)]


def _going_on(sentences: Sequence[Sentence], at: int, source: str, written: Dateline) -> list[Fact]:
    """The figures of the sentences after the one at `at` that go on about its product."""
    out: list[Fact] = []
    for sentence in sentences[at + 1 : at + 1 + _GOING_ON]:
        if sentence.mentions or designations(sentence):
            break
        if not (_GOES_ON.match(sentence.text) or _SPEC_ROW.match(sentence.text)):
            break
        out += [f for _, f in specs(sentence, source, "", written)]
    return out
