"""Finding figures in text: money, shares, energy, distances, durations, years, counts."""

from __future__ import annotations

import re

from evkb.kb.currencies import WORD_CODES, figure_beside_word_code
from evkb.kb.extract.gates import finditer_at, gated
from evkb.kb.extract.numbers import (
    _CURRENCY_PREFIX,
    _CURRENCY_WORD,
    _NUM,
    _NUM_START,
    _RANGE,
    _SCALE,
    CODES_AFTER,
    CURRENCY_BEFORE,
    CURRENCY_CHARS,
    GLUED_CODES,
    WORDS_AFTER,
    _variants,
    continental_money,
    english_marks,
    number_starts,
    shared_scale,
)
from evkb.kb.extract.quantity_dates import (
    MONTH_PATTERN,
    _Found,
    half_years,
    marked_years,
    month_number,
    months,
    year_at,
)
from evkb.kb.extract.quantity_lists import (
    first_unit_figures,
    legend_unit_figures,
    shared_unit_figures,
)
from evkb.kb.extract.quantity_units import (
    _consumption,
    _distance_unit,
    _duration_unit,
    _energy_unit,
    _percent_unit,
    _spec_unit,
)
from evkb.kb.extract.quantity_words import (
    RATIO_TOKENS,
    _count,
    _fractions,
    _qualifier_before,
    _scaled,
    hour_words,
    hours_and_minutes,
    ratios,
    written_number,
)
from evkb.kb.numberwords import SMALL_NUMBERS, TENS
from evkb.kb.units import unit_kind
from evkb.model import Quantity

# The month readers live in `quantity_dates`; their public names stay importable from here.
__all__ = ["MONTH_PATTERN", "extract_quantities", "month_number"]

# Where a written number starts: a digit not inside a word, code or bigger number.
# "R2.3bn" is rand and "N45bn" naira: a number may start right after a lone "R" or "N".
_NUMBER_START = re.compile(
    r"[0-9](?:(?<![\w.,\u2013-][0-9])|(?<=(?<!\w)c\.[0-9])|(?<=(?<![\w&])[RN][0-9])"
    + GLUED_CODES
    + ")"
)
# (a letter, then the rest: a pattern that opens with a set of characters, not a repeat of one,
# lets `re` skip to the next letter instead of trying the pattern at every character)
_LOWER_TOKEN = re.compile(r"[a-z][a-z]*")
# Words that may be figures; a sentence without any skips the slower word patterns.
# "zero" and "one" are left out: they are almost never a figure.
_NUMBER_WORDS = frozenset(
    [word for word, value in SMALL_NUMBERS.items() if value >= 2]
    + [*TENS, "dozen", "half", "third", "thirds", "quarter", "quarters", "fifth"]
)
_SCALE_TOKENS = frozenset(["hundred", "thousand", "million", "billion", "trillion"])
_FRACTION_TOKENS = frozenset(["half", "third", "thirds", "quarter", "quarters", "fifth"])
_MONTH_GATE = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_AMOUNT = re.compile(rf"(?P<num>{_NUM})(?P<scale>{_SCALE})?")
_NUMBER = re.compile(_NUM)

_MONEY_SUFFIX = _variants(
    # "a 2.5 trillion-won deal": Korean copy hyphenates the sum used as an adjective; "a 150
    # million dollar loan", "a 30-million-dollar grant": the dollar too, singular after a scale.
    rf"{_NUM_START}(?P<num>@NUM@)(?P<scale>{_SCALE})?[\s-]?"
    r"(?P<cur>(?i:yen|euros?|(?:U\.?S\.?\s)?dollars|(?<=illion[\s-])dollar|pounds(?:\ssterling)?|sterling|yuan|"
    r"renminbi|won|rupees|kronor|krona|rand|naira|"
    + "|".join(w.replace(" ", r"\s") for w in WORDS_AFTER)
    + r")|USD|EUR|GBP|JPY|CNY|KRW|INR|SEK|NOK|DKK|ZAR|NGN|"
    + "|".join(CODES_AFTER)
    + r")(?![\w])"
)
_PERCENT = _variants(
    rf"{_NUM_START}(?P<num>@NUM@){_RANGE}\s?"
    r"(?:%|(?i:percent|per\s?cent|pc|percentage\s+points?|pp)(?![\w]))"
)
# "a 94.5-kWh pack": American copy hyphenates a figure used as an adjective; "a 720 Wh pack" (an
# e-bike's), never the watt-hours of "160 Wh/kg".
_ENERGY = _variants(
    rf"{_NUM_START}(?P<num>@NUM@){_RANGE}(?:\s?-\s?|\s)?"
    r"(?P<unit>[kMGT]Wh|(?i:(?:kilo|mega|giga|tera)watt[\s-]hours?)|Wh(?![/\w])(?!\s+per\b))(?![\w])"
)
_DISTANCE = _variants(
    rf"{_NUM_START}(?P<num>@NUM@){_RANGE}(?:\s?-\s?|\s)?"
    r"(?P<unit>(?i:km|kilomet(?:er|re)s?|miles?|mi))(?![\w])"
)
# Battery specs: energy density ("160Wh/kg", "300 Wh per kilogram", "160 watt-hours per kilo"),
# C-rates ("4C"), "°C".
_SPEC = _variants(
    rf"{_NUM_START}(?P<num>@NUM@){_RANGE}\s?"
    r"(?P<unit>Wh\s?/\s?(?:kg|[lL])\b|(?i:(?:wh|watt[\s-]hours?)\s+(?:per|a)\s+(?:kg|kilo(?:gram(?:me)?)?|lit(?:re|er)))"
    r"|\u00b0\s?C\b|C(?![\w\u00b0/-]))"
)
_DURATION = _variants(
    rf"{_NUM_START}(?P<num>@NUM@){_RANGE}(?:\s?-\s?|\s)?"
    # "1H 2027" is a half-year, not an hour.
    r"(?P<unit>(?i:minutes?|mins?|hours?|hrs?|h(?!\s(?:19|20)\d\d\b)|seconds?|secs?))(?![\w])"
)
_COUNT_NUMBER = _variants(
    rf"{_NUM_START}(?P<num>@NUM@)"
    r"(?:\s+(?P<scale>(?i:hundred|thousand|million|billion|trillion)))?(?![\w%])"
)
_EQUIVALENT_GAP = re.compile(
    r"\s*(?:\(\s*|,?\s+or\s+|\s*[\u2013\u2014]\s*|\s*/\s*)"
    r"(?:(?i:about|approximately|roughly|around|some|nearly|almost|or|c\.)\s+)?$"
)


def _range_end(match: re.Match[str]) -> float | None:
    to = match.group("to")
    if not to:
        return None
    number = _NUMBER.search(to)
    return written_number(number.group()) if number else None


# A found figure before qualifiers and equivalents: start, end, value, unit, value_to, iso.


def _unit_figure(m: re.Match[str], unit_of) -> _Found:
    unit, factor = unit_of(m)
    value_to = _range_end(m)
    value = written_number(m.group("num")) * factor
    return m.start(), m.end(), value, unit, None if value_to is None else value_to * factor, ""


def _money_word(m: re.Match[str]) -> _Found:
    code = _CURRENCY_WORD[" ".join(m.group("cur").lower().split())]
    return m.start(), m.end(), _scaled(m), code, None, ""


def _big_enough(m: re.Match[str]) -> bool:
    """A figure before a code that is also a word ("45 million MOP") is money only when big
    enough (see `currencies.WORD_CODES`); every other currency's figure is."""
    return m.group("cur") not in WORD_CODES or figure_beside_word_code(
        m.group("num"), bool(m.group("scale"))
    )


# A figure in words runs its patterns only over a text holding its unit's words (what every
# match holds, case aside: see gates.py); the digits-only patterns are matched at a number.
_MONEY_SUFFIX = (
    _MONEY_SUFFIX[0],
    gated(
        _MONEY_SUFFIX[1],
        "yen euro dollar pound sterling yuan renminbi won rupee kron rand naira usd eur gbp "
        "jpy cny krw inr sek nok dkk zar ngn "
        + " ".join(
            sorted(
                {w.split()[-1] for w in WORDS_AFTER}
                | {c.lower() for c in CODES_AFTER if c not in WORD_CODES}
            )
        ),
    ),
)
_PERCENT = (_PERCENT[0], gated(_PERCENT[1], "% per pc pp"))
_ENERGY = (_ENERGY[0], gated(_ENERGY[1], "wh watt"))
_DISTANCE = (_DISTANCE[0], gated(_DISTANCE[1], "km kilomet mi"))

# Figures written as a number and a unit: (digits-only/with-words patterns, unit reader).
_UNIT_FAMILIES = (
    (_PERCENT, _percent_unit),
    (_ENERGY, _energy_unit),
    (_DISTANCE, _distance_unit),
    (_DURATION, _duration_unit),
    (_SPEC, _spec_unit),
)
# The first word after a number (past a range and a scale word) says which reading to try.
_WORD_AFTER_NUMBER = re.compile(
    rf"(?:{_NUM})(?:\s?[-\u2013]\s?(?:{_NUM})|\s+to\s+(?:{_NUM}))?(?:{_SCALE})?[\s-]*"
    r"(%|\u00b0|[^\W\d_]+)"
)
_ENERGY_READING = 1
_SPEC_READING = 4
_MONEY_WORD = -1
_COUNT_WORD = -2
_MONEY_OR_COUNT = -3
_READING_OF_WORD = {
    word: reading
    for reading, words in (
        (0, "% percent per pc percentage pp"),
        (1, "kwh mwh gwh twh kilowatt megawatt gigawatt terawatt"),
        (2, "km kilometer kilometers kilometre kilometres mi mile miles"),
        (3, "minute minutes min mins hour hours hr hrs h second seconds sec secs"),
        (4, "wh watt c \u00b0"),
        (
            _MONEY_WORD,
            "yen euro euros dollar dollars pounds sterling yuan renminbi won rupees kronor krona "
            "rand "
            "naira",
        ),
        (
            _MONEY_WORD,
            "usd eur gbp jpy cny krw inr sek nok dkk zar ngn us u",
        ),  # "5 US dollars", "5 U.S. dollars"
        (_MONEY_WORD, " ".join(w for w in WORDS_AFTER if " " not in w)),
        (_MONEY_WORD, " ".join(c.lower() for c in CODES_AFTER if c not in WORD_CODES)),
        # "5 top suppliers", "45,000 TOP": money only if the code is written as one
        (_MONEY_OR_COUNT, " ".join(c.lower() for c in CODES_AFTER if c in WORD_CODES)),
        # "2 billion Mexican pesos", but "5 Swedish companies": money if a currency follows
        (_MONEY_OR_COUNT, " ".join({w.split()[0] for w in WORDS_AFTER if " " in w})),
    )
    for word in words.split()
}


def _at_number(text: str, start: int, found: list[_Found]) -> None:
    """Every reading of the number written at `start`; the longest is chosen later.

    The word after the number picks the one pattern worth trying (a unit, a currency, or
    a counted noun), so each number costs a few anchored matches, not one per unit.
    """
    mark = (
        text[start - 2 : start - 1] if text[start - 1 : start] == " " else text[start - 1 : start]
    )
    if mark and mark in CURRENCY_CHARS:
        currency = CURRENCY_BEFORE.search(text, max(0, start - 6), start)
        amount = _AMOUNT.match(text, start)  # a number starts here, so this matches
        # "R2.3bn", "R350m", "R12,000" are rand; "R2" or "N95" alone is as often a model's name.
        if (
            currency
            and currency.group("cur") in ("R", "N")
            and not (amount and (amount.group("scale") or "," in amount.group("num")))
        ):
            currency = None
        # "TOP 10", "ALL 2024": a code that is also a word is money only beside a big figure
        if (
            currency
            and amount
            and currency.group("code") in WORD_CODES
            and not figure_beside_word_code(amount.group("num"), bool(amount.group("scale")))
        ):
            currency = None
        if currency and amount:
            written = (currency.group("cur") or currency.group("code")).strip().lower()
            code = _CURRENCY_PREFIX[written]
            ranged = None if amount.group("scale") else shared_scale(text, start)
            if ranged:  # "$1.2-1.5 billion"
                found.append((currency.start(), ranged[2], ranged[0], code, ranged[1], ""))
            else:
                found.append((currency.start(), amount.end(), _scaled(amount), code, None, ""))
    if text[start : start + 4].isdigit():
        year_at(text, start, found)
    after = _WORD_AFTER_NUMBER.match(text, start)
    if after is None:
        return
    reading = _READING_OF_WORD.get(after.group(1).lower(), _COUNT_WORD)
    money = None
    if reading in (_MONEY_OR_COUNT, _MONEY_WORD):
        money = _MONEY_SUFFIX[0].match(text, start)
        if money and not _big_enough(money):
            money = None
        if reading == _MONEY_OR_COUNT:
            reading = _MONEY_WORD if money else _COUNT_WORD
    if reading == _MONEY_WORD:
        if money:
            found.append(_money_word(money))
    elif reading == _COUNT_WORD:
        m = _COUNT_NUMBER[0].match(text, start)
        if m:
            _count(text, m, found)
    else:
        patterns, unit_of = _UNIT_FAMILIES[reading]
        m = patterns[0].match(text, start)
        if m is None and reading == _SPEC_READING and after.group(1) == "Wh":
            (patterns, unit_of) = _UNIT_FAMILIES[_ENERGY_READING]  # "a 720 Wh pack"
            m = patterns[0].match(text, start)
        if m and not _consumption(text, unit_of, start, m.end()):
            found.append(_unit_figure(m, unit_of))


def _number_words(text: str, found: list[_Found], tokens: set[str]) -> None:
    """Figures written in words ("two all-electric vehicles", "more than half"): tried only
    where a number word starts (`_at_number` read the digits already)."""
    starts = [at for at in number_starts(text) if not text[at].isdigit()]
    for m in finditer_at(_MONEY_SUFFIX[1], text, starts):
        if not m.group("num")[0].isdigit():
            found.append(_money_word(m))
    for patterns, unit_of in _UNIT_FAMILIES:
        for m in finditer_at(patterns[1], text, starts):
            if not m.group("num")[0].isdigit():
                found.append(_unit_figure(m, unit_of))
    for m in finditer_at(_COUNT_NUMBER[1], text, starts):
        if not m.group("num")[0].isdigit():
            _count(text, m, found)
    if not _FRACTION_TOKENS.isdisjoint(tokens):
        _fractions(text, found)
    if not RATIO_TOKENS.isdisjoint(tokens):
        ratios(text, found)  # "one in three", "two out of every five"


def extract_quantities(text: str, offset: int = 0, continental: bool = False) -> list[Quantity]:
    """Every figure in `text`, normalised, in order; offsets shifted by `offset`.

    Money ("$853 million", "¥56bn", "5 billion euros"), percentages ("37.6%", "20 per cent",
    "94pc"), energy (GWh; MWh/TWh converted), distance (km, mi), durations (minutes; hours
    converted), counts (a number with a counted noun), years and ranges of years ("2026 or
    2027", "2027-28"), and month-year dates ("June 2024", "3 March 2025": iso "2024-06",
    "2025-03"; a day is read but not kept). Shares in words count only when used as a share:
    "half", "a third", "a quarter" (50, 33.33, 25) after a qualifier ("more than half") or
    before "of" ("a third of the market"), never "the first half of 2023"; a ratio of counts
    ("one in three", "two out of every five") is its percent. Where two readings
    overlap the longer wins. The qualifier is the word(s) just before, in lower case. Two
    figures of the same kind in different units written as a restatement ("600 miles (965
    kilometers)", "$1.7 billion, or 250 billion yen") point at each other through
    `equivalent` (indexes into the returned list). A `continental` document's figures are read
    with its own marks (`numbers.writes_continental`): "5.000 cycles" is 5,000 there.
    """
    original = text
    text = english_marks(text, continental)  # the same length: every offset holds
    found: list[_Found] = []
    for match in _NUMBER_START.finditer(text):
        _at_number(text, match.start(), found)
    tokens = set(_LOWER_TOKEN.findall(text.lower()))
    if not _NUMBER_WORDS.isdisjoint(tokens) or (
        "one" in tokens and not _SCALE_TOKENS.isdisjoint(tokens)
    ):
        _number_words(text, found, tokens)
    if "hour" in text:
        hour_words(text, found)
    if ("hour" in text or "hr" in text) and "min" in text:
        hours_and_minutes(text, found)
    if "1H" in text or "2H" in text or "H1" in text or "H2" in text:
        half_years(text, found)
    marked_years(text, found)
    if found and _MONTH_GATE.search(text):
        months(text, found)
    if "Mrd" in text or "Mio" in text or "M€" in text or "M €" in text or "Md" in text:
        found += continental_money(original)
    if not found and not ("%)" in text or "cent)" in text):
        return []
    # Longest reading first at each start; a reading inside an accepted one is dropped.
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    chosen: list[_Found] = []
    last_end = -1
    for item in found:
        if item[0] >= last_end:
            chosen.append(item)
            last_end = item[1]
    listed = shared_unit_figures(text, chosen)  # "31.4, 22.8 and 11.5 per cent"
    if "(" in text or "," in text:
        listed += first_unit_figures(text, chosen)  # "X 9.8 per cent (11.2), Y 4.4 (3.1)"
    if "%)" in text or "cent)" in text:
        listed += legend_unit_figures(text, chosen)  # "(%): X 31.2, Y 20.1 and Z 9.5"
    if listed:
        chosen = sorted(chosen + listed, key=lambda f: f[0])
    equivalents = _equivalents(text, chosen)
    quantities = []
    for index, (start, end, value, unit, value_to, iso) in enumerate(chosen):
        qualifier = _qualifier_before(text, start)
        quantities.append(
            Quantity(
                value=_clean(value),
                unit=unit,
                text=original[start:end],
                qualifier=" ".join(qualifier.group(1).lower().split()) if qualifier else "",
                start=start + offset,
                end=end + offset,
                value_to=None if value_to is None else _clean(value_to),
                equivalent=equivalents.get(index, -1),
                iso=iso,
            )
        )
    return quantities


def _clean(value: float) -> float:
    # Scaling ("1.7" x 1e9) can leave binary noise; keep the written precision.
    return float(f"{value:.12g}")


def _equivalents(text: str, chosen: list[_Found]) -> dict[int, int]:
    """Pairs of neighbouring figures where the second restates the first in another unit."""
    links: dict[int, int] = {}
    for index in range(len(chosen) - 1):
        first, second = chosen[index], chosen[index + 1]
        if first[3] == second[3] or unit_kind(first[3]) != unit_kind(second[3]):
            continue
        if unit_kind(first[3]) not in ("money", "distance", "energy", "duration"):
            continue
        if _EQUIVALENT_GAP.fullmatch(text, first[1], second[0]) is None:
            continue
        gap = text[first[1] : second[0]]
        if "(" in gap and not text[second[1] :].lstrip().startswith(")"):
            continue
        links[index] = index + 1
        links[index + 1] = index
    return links
