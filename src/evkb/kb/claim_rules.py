"""Conflict rules that read claims, not records: a direction word against its figures, a
conversion that does not convert, exchange rates no rounding reconciles (see `conflicts`).

Each reads one claim at a time, but for the rates, which compare the claims of one currency
pair; so they run source by source (`claim_conflicts`) and pair by pair (`rate_entries`,
`rate_conflicts`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from evkb.kb.statements import APPROX, rounding
from evkb.kb.units import convert, format_number, format_value, unit_kind
from evkb.model import Claim, ConflictSide, Quantity

# Found conflicts before they are given ids: (kind, subject, attribute, message, sides).
Found = tuple[str, str, str, str, list[ConflictSide]]

_RISE = (
    r"rose|risen|rising|increased|increasing|grew|grown|growing|climbed|climbing|jumped|surged|"
    r"soared|went up|edged up|up"
)
_FALL = (
    r"fell|fallen|falling|dropped|dropping|declined|declining|decreased|decreasing|shrank|slid|"
    r"slipped|slumped|dipped|plunged|tumbled|went down|edged down|down"
)
# The word, then "from" within a few words of the same clause ("slipped two points, from").
_DIRECTION = re.compile(
    rf"\b(?:(?P<rise>{_RISE})|(?P<fall>{_FALL}))\b(?P<gap>[^.;:,]{{0,30}}?),?\s+from\b",
    re.IGNORECASE,
)
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_ANY_DIRECTION = re.compile(rf"\b(?:{_RISE}|{_FALL})\b", re.IGNORECASE)
# Between the two figures of "from X to Y".
_TO = re.compile(r"^\s*(?:\S+\s+){0,4}?(?:to|[\u2013-])\s", re.IGNORECASE)
# Where the phrase a figure is about starts, and the words that end it without adding meaning.
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\b(?:and|but|while|whereas)\b", re.IGNORECASE)
_TRAILING = re.compile(
    r"(?:\s+(?:of|at|to|by|around|about|roughly|approximately|nearly|almost|over|some|up|a|an|the|"
    r"is|was|were|are|has|have|had|will|would|be|been|more|less|than))+\s*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _claim_side(claim: Claim, value: str, written: str) -> ConflictSide:
    return ConflictSide(value, claim.source, claim.passage, claim.text, written)


def _phrase_before(text: str, end: int) -> str:
    """The phrase a figure or direction word is about: the clause before it, function words off."""
    before = text[:end]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    phrase = before[breaks[-1].end() :] if breaks else before
    phrase = _TRAILING.sub("", " ".join(phrase.split()))
    return " ".join(phrase.split()[-10:])


def direction_conflicts(claims: Iterable[Claim]) -> list[Found]:
    """A direction word against the two figures it introduces ("fell from 0.7% to 1.6%")."""
    out: list[Found] = []
    for claim in claims:
        if not _FROM.search(claim.text):
            continue  # every pattern ends in "from": a plain search for it skips most claims
        for match in _DIRECTION.finditer(claim.text):
            if _ANY_DIRECTION.search(match.group("gap")):
                continue  # "fell as imports rose from": the nearer word owns the figures
            after = claim.start + match.end()
            following = [
                q for q in claim.quantities if q.start >= after and unit_kind(q.unit) != "time"
            ]
            if len(following) < 2 or following[0].unit != following[1].unit:
                continue
            first, second = following[:2]
            between = claim.text[first.end - claim.start : second.start - claim.start]
            if not _TO.match(between + " "):
                continue  # "fell from 10% last year, while ... 12%" is not a from-to pair
            rising = match.group("rise") is not None
            if (rising and second.value >= first.value) or (
                not rising and second.value <= first.value
            ):
                continue
            word = (match.group("rise") or match.group("fall")).lower()
            low, high = (format_value(q.value, q.unit) for q in (first, second))
            goes = "rise" if second.value > first.value else "fall"
            subject = _phrase_before(claim.text, match.start()) or claim.source
            message = f"\u201c{word}\u201d but the figures {goes} from {low} to {high}"
            written = claim.text[match.start() : second.end - claim.start]
            out.append(
                (
                    "direction",
                    subject,
                    "change",
                    message,
                    [_claim_side(claim, f"{word}: {low} \u2192 {high}", written)],
                )
            )
    return out


def conversion_conflicts(claims: Iterable[Claim]) -> list[Found]:
    """A distance restated in the other unit ("600 miles (600 km)") that does not convert."""
    out: list[Found] = []
    for claim, q, other in _restatements(claims, "distance"):
        converted = convert(q.value, q.unit, other.unit)
        if (
            abs(converted - other.value)
            <= _precision(q) * converted + _precision(other) * other.value
        ):
            continue
        subject = _phrase_before(claim.text, q.start - claim.start) or claim.source
        stated, should = (
            format_value(other.value, other.unit),
            format_value(round(converted), other.unit),
        )
        message = f"{format_value(q.value, q.unit)} is {should}, not {stated}"
        side = _claim_side(
            claim, f"{format_value(q.value, q.unit)} = {stated}", f"{q.text} ({other.text})"
        )
        out.append(("unit-pair", subject, "distance", message, [side]))
    return out


def _restatements(claims: Iterable[Claim], kind: str) -> Iterator[tuple[Claim, Quantity, Quantity]]:
    """Each figure a claim restates in another unit of the same kind ("$1 billion (150 billion
    yen)", "600 miles (965 km)"), once, in the order written."""
    for claim in claims:
        quantities = claim.quantities
        for i, q in enumerate(quantities):
            j = q.equivalent
            if j <= i or j >= len(quantities):
                continue
            other = quantities[j]
            if unit_kind(q.unit) == unit_kind(other.unit) == kind and q.unit != other.unit:
                yield claim, q, other


def _precision(q: Quantity) -> float:
    """How far (relative) the written figure may be from the exact one: its last digit's
    rounding, at most `APPROX`, plus `APPROX` when it is said to be approximate."""
    match = _DIGITS.search(q.text)
    spread = min(APPROX, rounding(match.group())) if match else APPROX
    return spread + (APPROX if q.qualifier else 0.0)


# One implied rate: (lowest, highest the rounding allows, as written, claim, written text).
Rate = tuple[float, float, float, Claim, str]


def rate_entries(claims: Iterable[Claim]) -> dict[tuple[str, str], list[Rate]]:
    """The exchange rates money restated in another currency implies, by currency pair."""
    rates: dict[tuple[str, str], list[Rate]] = defaultdict(list)
    for claim, q, other in _restatements(claims, "money"):
        base, quote = sorted((q, other), key=lambda x: x.unit)  # one key a currency pair
        if base.value <= 0:
            continue
        rate = quote.value / base.value
        spread = _precision(base) + _precision(quote)
        rates[(base.unit, quote.unit)].append(
            (rate * (1 - spread), rate * (1 + spread), rate, claim, f"{base.text} = {quote.text}")
        )
    return rates


def rate_conflicts(pair: tuple[str, str], found: Sequence[Rate]) -> list[Found]:
    """The rates of one currency pair that no rounding of the written figures reconciles."""
    base_unit, quote_unit = pair
    if found[0][2] < 1:  # "150 yen per dollar" reads better than "0.0067 dollars per yen"
        base_unit, quote_unit = quote_unit, base_unit
        found = [
            (1 / high, 1 / low, 1 / rate, claim, text) for low, high, rate, claim, text in found
        ]
    lowest = min(found, key=lambda r: (r[1], r[3].id))  # the lowest rate the figures allow
    highest = max(found, key=lambda r: (r[0], r[3].id))
    if highest[0] <= lowest[1]:
        return []

    def shown(rate: float) -> str:
        return f"{format_number(round(rate, 1))} {quote_unit} per {base_unit}"

    message = (
        f"{shown(lowest[2])} against {shown(highest[2])}, "
        "further apart than the rounding of the written figures allows"
    )
    sides = [_claim_side(r[3], shown(r[2]), r[4]) for r in (lowest, highest)]
    return [("fx-rate", f"{base_unit}/{quote_unit}", "exchange rate", message, sides)]


def exchange_rate_conflicts(claims: Iterable[Claim]) -> list[Found]:
    """Money written in two currencies implies a rate; rates no rounding reconciles conflict."""
    out: list[Found] = []
    for pair, found in sorted(rate_entries(claims).items(), key=lambda item: item[0]):
        out += rate_conflicts(pair, found)
    return out


def claim_conflicts(claims: Sequence[Claim]) -> list[Found]:
    """What the rules that read one claim at a time find in these claims (one source's, say)."""
    return direction_conflicts(claims) + conversion_conflicts(claims)
