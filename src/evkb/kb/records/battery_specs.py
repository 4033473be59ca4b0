"""The battery specs a sentence states: range, charging time, pack energy, energy density,
production capacity, launch year, cost change, cycles and chemistry, each read by the words
around its figure."""

from __future__ import annotations

import dataclasses
import re
from typing import ClassVar

from evkb.kb.extract.gates import folded_pattern, gated, holds, holds_any
from evkb.kb.records.battery_launches import (
    DATELINE,
    EVENT_AFTER,
    NOT_LAUNCH,
    SHARE_HELD,
    day_launches,
    leads_with_year,
    month_launches,
    relative_launches,
)
from evkb.kb.records.battery_name_checks import _COMPARED
from evkb.kb.records.battery_older import elided, old_pack_figures
from evkb.kb.records.battery_words import chemistry_label, spec_chemistries
from evkb.kb.records.context import Sentence, restates
from evkb.kb.records.periods import UNDATED, Dateline
from evkb.model import Fact, Quantity

_RANGE_WORDS = re.compile(
    r"\brange\b|\bdrive\b|\bdriving\b|\btravel|\bon\s+a\s+(?:single\s+)?charge\b", re.I
)
_ADDED = re.compile(
    r"\b(?:add|adds|added|adding|recover|recovers|regain|regains|replenish\w*)\s+(?:up\s+to\s+|about\s+|around\s+)?$",
    re.I,
)
_WARRANTY = re.compile(r"\bwarrant", re.I)
_AWAY = re.compile(
    r"\s+(?:from|away|north|south|east|west|outside|long|wide|of\s+(?:road|track|cable))\b", re.I
)
# "swap in 2 minutes", "a battery swap takes three minutes", "Swap at any of 140 stations in
# under 2 minutes", "drivers exchange it in under three minutes": the time a pack is changed in,
# unless a charge is said between ("swap stations, where a full charge takes 30 minutes").
_SWAP = re.compile(
    r"\b(?:swap(?:s|ped|ping)?|exchang(?:e|es|ed|ing))\b(?:(?!charg)[^.;|]){0,50}$", re.I
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
    r"introduc\w*|reach\w*\s+(?:[\w-]+\s+)?(?:customers|buyers|showrooms|dealers|stations|fleets|"
    r"the\s+market|the\s+road)|"
    r"commerciali[sz]\w*|scheduled|due|began|suppl(?:y|ying|ies)|deliver\w*|ship\w*|enter\w*|install\w*|fitted|equip\w*|arriv\w*|"
    # When a product comes, in the open words copy uses for it: "is planned for 2029", "follows
    # in 2028", "should come off the line in 2028", "brought forward by a year to 2027".
    r"planned|slated|expected|targeted|pencilled|penciled|promis(?:ed|es|e)|follows|come\s+off|comes|coming|"
    r"sales|brings?\s+forward|brought\s+forward|to\s+be\s+used|go(?:es)?\s+into|started|"
    r"begins?|sampl\w*|(?:sold|selling)\s+since)\b",
    re.I,
)
_LAUNCH_WORDS = folded_pattern(_LAUNCH_WORDS)
_CAPACITY_WORDS = re.compile(r"\bcapacity\b|\bproduction\b|\boutput\b|\bannual\b|\bproduce\b", re.I)
# "makes the cells on a 3 GWh line": a figure written as the size of a line or plant is its
# capacity, where no word says so.
_SIZE_OF_LINE = re.compile(
    r"\s+(?:(?:production|assembly|cell|battery)\s+)?(?:lines?|plants?|factory|gigafactory|facility)\b",
    re.I,
)
_COST_WORDS = re.compile(r"\bcost|\bcheaper\b|\bprice", re.I)
_LESS = re.compile(
    r"^\s*(?:less|lower|cheaper|reduction|cut|fewer|below)|\b(?:cut(?:s|ting)?|reduc(?:e[sd]?|ing)|lower(?:ed|s|ing)?|slash\w*|drops?|falls?|down)\s+(?:[\w-]+\s+){0,4}?(?:by\s+)?(?:about\s+|around\s+|roughly\s+|up\s+to\s+)?$",
    re.I,
)
_QUAL_BEFORE = re.compile(
    r"\b(?P<q>by|in|from|around|about|after|before|until|as\s+early\s+as|as\s+soon\s+as)\s+(?:the\s+end\s+of\s+)?$",
    re.I,
)


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


_BOUND_AFTER = re.compile(r"\s+(?:minimum|maximum|limit|threshold|requirement|cap)\b")


def specs(
    sentence: Sentence,
    source: str,
    header: str = "",
    written: Dateline = UNDATED,
    older: list[tuple[int, Fact]] | None = None,
) -> list[tuple[int, Fact]]:
    """The battery specs a sentence states, each with its local offset; a table row's figures
    are read with the words of its header ("Fast charge", "Start of production"), a launch
    "next year" against the date the article was `written`. The figures of an older product
    ("up from 160 Wh/kg for the Diradar 2") go to `older` when it is given."""
    text = sentence.text
    facts: list[tuple[int, Fact]] = []
    add = facts.append
    words = _SentenceWords(f"{text} {header}" if header else text)
    for index, q in enumerate(sentence.quantities):
        at, end = sentence.local(q)
        before = text[max(0, at - 60) : at]
        if q.value_to is not None and _CHANGED_FROM.search(before):
            # "the energy density rises from 250 to 290 Wh/kg": the figure now is the second.
            q = dataclasses.replace(q, value=q.value_to, value_to=None)
        if restates(sentence.quantities, index) and q.unit not in ("km", "mi"):
            continue  # "$1 billion (150 billion yen)": the conversion restates the figure
        if q.unit in _AMOUNT_UNITS and _CHANGE_BY.search(before):
            continue  # "an increase of 15Wh/kg", "range up by 80 km": a change, not a value
        if q.unit in _AMOUNT_UNITS and _FROM_NOW.search(before):
            continue  # "raise it to 260 Wh/kg, from 235 Wh/kg today": the figure before the change
        if _BOUND_AFTER.match(text, end):
            continue  # "below the 350 kWh minimum": a rule's bound, no product's figure
        # A range is kept in both units the text writes ("620 km (385 miles)"): readers of
        # either system find it as written.
        if q.unit in ("km", "mi") and _ADDED.search(before):
            continue  # "adds 400 km of range in 12 minutes" is a charging rate, not a range
        if q.unit in ("km", "mi") and _WARRANTY.search(before):
            continue  # "Warranty: 8 years or 200,000 miles" is no range
        if q.unit in ("km", "mi") and _ON_THE_CLOCK.match(text, end):
            continue  # "9,300 miles on the clock": the distance a car has done, no range
        if q.unit in ("km", "mi") and _PER_ENERGY.match(text, end):
            continue  # "we averaged 3.9 miles per kWh": an efficiency, no range
        if q.unit in ("km", "mi") and not words.range and _OVER_DISTANCE.search(before):
            continue  # "drains it from 95 to 20 per cent in about 22 kilometres": a distance
        if q.unit in ("km", "mi") and (words.range or not _AWAY.match(text, end)):
            add(
                (
                    at,
                    _fact(
                        "range", q.value, sentence, source, q.unit, q.text, q.qualifier, q.value_to
                    ),
                )
            )
        elif (
            q.unit == "min"
            and ("swap" in before or "xchang" in before or "Swap" in before)
            and _SWAP.search(before)
        ):
            continue  # "swap in 2 minutes": a pack changed for a full one is no charging time
        elif q.unit == "min" and _DIFFERENCE.match(text, end):
            continue  # "four minutes quicker than the Lipo" is a difference, not a charging time
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
        elif q.unit == "kWh" or _storage_energy(q, text, end, words.capacity):
            value, value_to = q.value, q.value_to
            if q.unit == "GWh":  # "a 20-foot container that holds 5 MWh": 5,000 kWh
                value, value_to = value * 1e6, value_to * 1e6 if value_to else value_to
            add(
                (
                    at,
                    _fact("energy", value, sentence, source, "kWh", q.text, q.qualifier, value_to),
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
        elif q.unit == "GWh" and (words.capacity or _SIZE_OF_LINE.match(text, end)):
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
            if (
                NOT_LAUNCH.search(before)
                or EVENT_AFTER.match(text, end)
                or (at < 60 and DATELINE.match(text))
                or (("per" in text or "%" in text) and SHARE_HELD.search(text, 0, at))
            ):
                # "spun out of a university in 2019", "its 2026 launch conference", and a wire
                # story's "OSLO, Norway, Sept. 15, 2026 --", the day it was filed
                continue
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
            # "... and increases usable energy by 12 percent": the cost is said near its change
            and _COST_WORDS.search(text, max(0, at - 60), end + 30)
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
        elif q.unit == "count" and "cycle" in q.text.lower() and q.value >= 1:
            add((at, _fact("cycles", q.value, sentence, source, "count", q.text, q.qualifier)))
    if ("ycle" in text or " times" in text) and not any(f.attribute == "cycles" for _, f in facts):
        # "a cycle life of 3,000": the count's noun comes before it.
        for m in _CYCLE_LIFE.finditer(text):
            group = next(g for g in ("n", "a", "p", "t") if m.group(g))
            count = float(m.group(group).replace(",", ""))
            add((m.start(group), _fact("cycles", count, sentence, source, "count", m.group())))
    elif "-cycle" in text and (cue := _PREVIOUS.search(text)):
        # "rated for 9,000 cycles, which replaces the 6,000-cycle Tarnwick 240": the older
        # product's cycle life, written before its name, is read for it too.
        for m in _OLDER_CYCLES.finditer(text, cue.end()):
            count = float(m.group(1).replace(",", ""))
            add((m.start(1), _fact("cycles", count, sentence, source, "count", m.group())))
    if written.stated and "year" in text and (words.launch or leads_with_year(text)):
        for at, year, said in relative_launches(text, written, _LAUNCH_WORDS):
            add((at, _fact("launch", year, sentence, source, "year", said, confidence=0.5)))
    months = month_launches(text, written)  # its own test of the words first: most hold none
    if not months and not any(f.attribute == "launch" for _, f in facts):
        months = day_launches(text, written)  # "on Tuesday began shipping"
    if months and words.launch and not any(f.attribute == "launch" for _, f in facts):
        for at, year, said in months:
            add((at, _fact("launch", year, sentence, source, "year", said, confidence=0.5)))
    for chem in spec_chemistries(text):
        named = chem.group("chem") or (chem.groupdict().get("grade") or "")
        if named.lower() in ("lithium-ion", "lithium ion", "li-ion"):
            continue  # every battery of the trade is one: it tells nothing apart
        if _COMPARED.search(text, max(0, chem.start() - 30), chem.start()):
            continue  # "cheaper than comparable LFP cells" names another battery's chemistry
        if text.startswith("-like", chem.end()):
            continue  # "at an LFP-like cost": a likeness, not the cell's chemistry
        add(
            (
                chem.start(),
                _fact(
                    "chemistry",
                    chemistry_label(named.upper() if chem.groupdict().get("grade") else named),
                    sentence,
                    source,
                    text=chem.group(),
                    confidence=0.6,
                ),
            )
        )
    # "205 Wh/kg, up from 172Wh/kg for its current LFP product": what follows is the older
    # one, up to the end of the clause ("up from 71kWh, and ... a range of 342 miles").
    # "..., but we model 2028": the writer's estimate, not the maker's figure.
    # "... fit the cells to its Nupo crossover, which offers 600 km": the car's figure.
    previous = list(_PREVIOUS.finditer(text))
    cues = [*_ESTIMATE.finditer(text)]
    if holds_any(text, ("which", "that")):
        cues += _CARS_OWN.finditer(text)
    if holds(text, _CONTRAST_WORDS):
        cues += _CARS_PACK.finditer(text)
    for cue in [*previous, *cues]:
        # "Compared with the predecessor RZ2, the energy density rises ...": a comparison
        # put first ends at its comma.
        fronted = cue.start() < 3 and cue in previous
        stop = (_FRONTED_END if fronted else _CLAUSE_END).search(text, cue.end())
        end = stop.start() if stop else len(text)
        if older is not None and cue in previous:
            older += [(p, f) for p, f in facts if cue.start() <= p < end] or elided(
                text, cue.end(), facts
            )
        facts = [(p, f) for p, f in facts if not cue.start() <= p < end]
    if olds := old_pack_figures(text):  # "the original 500 Wh battery ... so I fitted the X"
        facts = [(p, f) for p, f in facts if not any(a <= p < b for a, b in olds)]
    return facts


# Only "up/down from" and a figure "against" or "versus" another say the figures after them
# are another product's: "20 percent more, compared to the bipolar packs, which translates
# into 720 miles" is still this one's range.
_PREVIOUS = re.compile(
    r"\b(?:(?:up|down)\s+from|(?:against|versus|vs\.?)(?=\s+(?:about\s+|around\s+)?\d)|"
    # "11 % more than the predecessor Boreal 1 with 257 Wh/kg"
    r"(?:than|compared\s+(?:with|to))\s+(?:the|its)\s+(?:predecessor|previous|older|"
    r"first[\s-]generation)\b|"
    # "roughly 40 percent higher than the nickel-cobalt-manganese (NCM) cells it supplies"
    r"(?:higher|lower|more|less|better|denser|longer|cheaper)\s+than\s+(?:the|its|today['’]s)\s|"
    # "The MZ-520 replaces the MZ-400, the 400 kWh pack that ...": the figures of the older one.
    r"\breplac(?:es|ing|ed)\s+(?:the|its)\s)",
    re.I,
)
_PREVIOUS = folded_pattern(_PREVIOUS)
_PREVIOUS = gated(_PREVIOUS, "from against versus vs than compared replac")


def _storage_energy(q: Quantity, text: str, end: int, capacity: bool) -> bool:
    """A storage unit's energy written in MWh ("a container that holds 5 MWh"): small, and
    neither a plant's capacity nor a volume ordered ("400 MWh of Skarnik systems")."""
    return (
        q.unit == "GWh"
        and q.text.endswith("MWh")
        and q.value < 0.1
        and not capacity
        and not _OF_AFTER.match(text, end)
    )


_OF_AFTER = re.compile(r"\s+(?:of|a\s+year|per\s+year|annually)\b")
# Units of a spec's amount; a percent after "reduced by" is the cost change itself.
_AMOUNT_UNITS = frozenset(["Wh/kg", "Wh/L", "kWh", "km", "mi", "min", "GWh"])
_CHANGE_BY = re.compile(
    r"\b(?:(?:increase|improvement|gain|rise|jump|boost|reduction|drop)\s+of|"
    r"(?:increased|improved|raised|rose|rises|grew|up|down|cut|reduced|boosted)\s+by)\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$",
    re.I,
)
_CHANGE_BY = folded_pattern(_CHANGE_BY)
# "raise energy density to 260 Wh/kg at cell level, from 235 Wh/kg today": where a change starts.
_FROM_NOW = re.compile(
    r"\bto\s+(?:about\s+|around\s+)?\d[^,;]{0,40},\s+from\s+(?:about\s+|around\s+)?$"
)
_CARS_OWN = re.compile(
    # "its electric saloon Gunitab, which today achieves 540 kilometres": a car's name too.
    r"\b(?:crossover|SUV|sedan|saloon|hatchback|pickup|van)s?(?:\s+[A-Z][\w-]*){0,2},?\s+"
    r"(?:which|that)\b"
    # "the first model to use it will be the Pirule EV, which carries a 45kWh pack": the car's
    # own pack and range ("an LFP battery for EVs, which it will produce" is the battery's).
    r"|\b(?:EV|car|vehicle|truck|bus)s?,?\s+(?:which|that)\s+(?:carr(?:y|ies)|ha[sv]e?|gets?|"
    r"comes?\s+with)\b",
    re.I,
)
_CARS_OWN = gated(_CARS_OWN, "which that")
# "270Wh/kg for the Vortix cell itself, though the Surge's complete pack manages 175Wh/kg": a
# figure set against the cell's belongs to the named car's pack.
_CARS_PACK = re.compile(
    r"\b(?:though|although|while|whereas|but)\s+the\s+[A-Z][\w-]*['’]s\s+(?:[a-z]+\s+){0,2}"
    r"(?:pack|battery)\b"
)
_CONTRAST_WORDS = ("though", "while", "whereas", "but ")
_ESTIMATE = re.compile(r"\bwe\s+(?:model|assume|estimate|forecast|pencil\s+in)\b", re.I)
_FRONTED_END = re.compile(r",")
# A distance per unit of energy: "3.9 miles per kWh", "6.2 km/kWh", "4 miles a kilowatt-hour".
_PER_ENERGY = re.compile(
    r"\s*(?:per|/|a|for\s+(?:each|every))\s*(?:kWh|kilowatt[\s-]hours?)\b", re.I
)
_ON_THE_CLOCK = re.compile(r"\s+on\s+(?:the|its|her|his|my|our)\s+(?:clock|odometer)\b")
_OVER_DISTANCE = re.compile(
    r"\b(?:in|over|within)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$", re.I
)
# A change from one figure to another: "rises from 250 to 290", "cut from 20 to 15 minutes".
_CHANGED_FROM = re.compile(
    r"\b(?:ris(?:e|es|ing)|rose|increas\w*|gr(?:ow|ows|ew|owing)|climb\w*|improv\w*|jump\w*|"
    r"go(?:es)?\s+up|went\s+up|boost\w*|rais\w*|extend\w*|fall(?:s|ing)?|fell|drop\w*|"
    r"decreas\w*|cut|cuts|shrink\w*|reduc\w*|shorten\w*|goes|went|moves?|moved)\s+"
    r"(?:\w+\s+){0,2}?from\s+(?:about\s+|around\s+)?$",
    re.I,
)
_CLAUSE_END = re.compile(r";|,\s+(?:and|but|while|whereas)\b|\s+and\s+(?:it|they)\b", re.I)
_SentenceWords._PATTERNS = {
    "range": _RANGE_WORDS,
    "charge": _CHARGE_WORDS,
    "capacity": _CAPACITY_WORDS,
    "launch": _LAUNCH_WORDS,
    "cost": _COST_WORDS,
}


# "a cycle life of 3,000", "the cycle life exceeds 8,000 times" (translated copy counts cycles
# in "times"), and a count written as an adjective, "a 7,000-cycle rating".
_CYCLE_LIFE = re.compile(
    r"\b[Cc]ycle[\s-]life\s+(?:of\s+|is\s+|(?:exceed|reach|surpass|top)(?:s|es|ing)?\s+)?"
    r"(?:(?:more\s+than|over|up\s+to|about|around|at\s+least)\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d{3,5})(?![\d,.]*\s*(?:%|cycles|charge))"
    r"|(?<![\w.,])(?P<a>\d{1,3}(?:,\d{3})+|\d{3,5})-cycle\b"
    # "4,000+ cycles", "can be cycled 2,500 times", "can be charged 5,000 times"
    r"|(?<![\w.,])(?P<p>\d{1,3}(?:,\d{3})+|\d{3,5})\+\s*(?:full\s+|charge\s+)*cycles\b"
    r"|\b(?:cycled|charged(?:\s+and\s+discharged)?)\s+"
    r"(?:(?:more\s+than|over|up\s+to|about|around|at\s+least)\s+)?"
    r"(?P<t>\d{1,3}(?:,\d{3})+|\d{3,5})\s+times\b"
)
_OLDER_CYCLES = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{3,5})-cycle\b")
