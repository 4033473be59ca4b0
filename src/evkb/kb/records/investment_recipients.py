"""A list of the recipients of a grant scheme: each item a sum from the list's giver to the
company the item opens with.

A release says who gives ("The Ministry has approved grants totalling €28 million for five
projects."), then leads into a list ("The recipients are:", "The grants are:", "... awarded
grants to the following companies:") whose items each open with a receiver and its sum:
"- Acme GmbH, Springfield – €12.0 million for a hall (140 jobs)", "- Acme NV: €9.8 million
for a precursor plant in Springfield." The receiver is the name the item opens with, never
the giver, though the item reads like the receiver's own spending. The giver is the subject
of the sentence before the list that approves or awards the aid; when a sentence between
says another body pays the aid out ("The support is paid out by X"), that body gives, and a
body the text does not name as a company leaves the giver unknown (no giver is better than a
wrong one). The place is the one the item names after its receiver ("Acme GmbH,
Springfield –") or after a plant word ("in Springfield").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from evkb.kb.records.clauses import in_every_currency, sums
from evkb.kb.records.context import Sentence, number_id, slug
from evkb.kb.records.investment_money import amount_fact
from evkb.kb.records.investment_places import place_of, year_of
from evkb.kb.records.investment_story import detail, place_detail, plant_figures
from evkb.model import Investment

# "The recipients are:", "The grants awarded are as follows:", "Funding goes to:"
_LEAD_IN = re.compile(
    r"^(?:the\s+)?(?:(?:\w+\s+){0,3}(?:recipients?|beneficiar(?:y|ies)|grants?|awards?|"
    r"grantees|loans?|(?:funded|successful|selected|supported)\s+(?:projects|companies|firms|"
    r"applicants))\b[^:.;]{0,40}|(?:the\s+)?(?:aid|funding|money|support)\s+goes\s+to)\s*:\s*$",
    re.I,
)
# "The Agency awarded grants to the following companies:": the giver leads into its list
_TO_THE_FOLLOWING = re.compile(
    r"\bto\s+the\s+following\s+(?:\w+\s+){0,2}(?:companies|projects|firms|recipients|"
    r"beneficiaries|applicants|businesses)\s*:\s*$",
    re.I,
)
_LOAN_LEAD_IN = re.compile(r"\bloans?\b", re.I)
# A list item's marker: "- ", "• ", "* ", "1. ", "2) ", "(a) "
_MARKER = re.compile(r"^\s*(?:[-•*·–—]|\d{1,2}[.)]|\([a-z\d]\))\s+")
# What follows an item's receiver before its sum: the rest of its name in capitals ("NV",
# "S.A."), then ": ", " – " or ", Springfield – "
_AFTER_RECEIVER = re.compile(
    r"(?:\s+[A-ZÀ-Þ][\w./&]*){0,3}\s*"
    r"(?:,\s*(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:[ -][A-ZÀ-Þ][\w'’.-]*){0,3})\s*)?[:–—-]\s*",
    re.U,
)
# "has approved grants totalling", "awarded €28 million in aid", "is giving support"
_GIVES = re.compile(
    r"\b(?:approv|award|grant|allocat|commit|provid|giv|gave|announc|pledg|offer)\w*\b"
    r"[^.;]{0,60}?\b(?:grants?|aid|funding|support|subsid\w*|loans?|money)\b",
    re.I,
)
# "The support is paid out by X", "administered by X", "disbursed through X"
_PAID_OUT_BY = re.compile(
    r"\b(?:paid\s+out|disbursed|administered|managed|handed\s+out|distributed)\s+"
    r"(?:by|through|via)\s+(?:the\s+)?",
    re.I,
)
_LOOK_BACK = 6  # sentences before the lead-in that may name the giver


# "1." cut off as a sentence of its own: the next sentence is the item
_NUMBER_ALONE = re.compile(r"^\s*\d{1,2}[.)]\s*$")


def _receiver(sentence: Sentence, numbered: bool = False) -> tuple[str, str] | None:
    """The company an item opens with and the place it names next to it, when a sum follows
    (`numbered`: the item's number was cut off before it)."""
    text = sentence.text
    marker = _MARKER.match(text)
    if (marker is None and not numbered) or not sentence.mentions:
        return None
    ident, start, end = sentence.mentions[0]
    if start != (marker.end() if marker else 0):
        return None
    after = _AFTER_RECEIVER.match(text, end)
    money = sums(sentence)
    if after is None or not money or sentence.local(money[0])[0] != after.end():
        return None
    return ident, after.group("place") or ""


def _giver(sentences: Sequence[Sentence], lead_in: int) -> str:
    """Who gives the listed aid: the subject of the last sentence before the list that
    approves or awards it, or the body a later sentence says pays it out ("" unknown)."""
    payer: str | None = None
    for sentence in reversed(sentences[max(0, lead_in - _LOOK_BACK) : lead_in + 1]):
        paid = _PAID_OUT_BY.search(sentence.text)
        if paid and payer is None:
            named = [m for m in sentence.mentions if m[1] == paid.end()]
            payer = named[0][0] if named else ""
        gives = _GIVES.search(sentence.text)
        if gives:
            subject = [m for m in sentence.mentions if m[2] <= gives.start()]
            if payer is not None:
                return payer
            return subject[-1][0] if subject else ""
    return payer or ""


def recipient_lists(sentences: Sequence[Sentence]) -> dict[int, tuple[str, str]]:
    """Sentence index -> (giver, kind) for each item of a list of aid recipients."""
    items: dict[int, tuple[str, str]] = {}
    for n, sentence in enumerate(sentences):
        text = sentence.text
        if not text.endswith(":") or not (
            _LEAD_IN.match(text) or (_TO_THE_FOLLOWING.search(text) and _GIVES.search(text))
        ):
            continue
        listed, numbered = [], False
        for item in sentences[n + 1 :]:
            if _NUMBER_ALONE.match(item.text):
                numbered = True
                continue
            if not numbered and not _MARKER.match(item.text):
                break  # the list ends; an item whose receiver is no known name gives none
            if _receiver(item, numbered) is not None:
                listed.append(item.index)
            numbered = False
        if not listed:
            continue
        kind = "loan" if _LOAN_LEAD_IN.search(sentence.text) else "subsidy"
        giver = _giver(sentences, n)
        items.update({index: (giver, kind) for index in listed})
    return items


def listed_aid(
    source: str,
    sentence: Sentence,
    giver: str,
    kind: str,
    is_name: Callable[[str], bool],
    homes: dict[str, str],
) -> Investment | None:
    """The record of one item of a recipients list: its sum, from the giver to its receiver."""
    opened = _receiver(sentence, numbered=True)  # an item already, whether numbered or not
    if opened is None:
        return None
    receiver, place = opened
    figure = sums(sentence)[0]
    capacity, jobs = plant_figures(sentence)
    facts = [detail("capacity", q, sentence, source, "GWh") for q in capacity]
    facts += [detail("jobs", q, sentence, source, "count") for q in jobs]
    place = place or place_of(sentence, is_name)
    if place:
        facts.append(place_detail(place, sentence, source))
    return Investment(
        id=f"{source}-{kind}-{slug(receiver)}-{number_id(figure.value)}",
        kind=kind,
        amounts=tuple(
            amount_fact(q, sentence, source, homes) for q in in_every_currency(sentence, [figure])
        ),
        cite=sentence.cite(source),
        by=(giver,) if giver and giver != receiver else (),
        to=(receiver,),
        year=year_of(sentence, figure.start),
        qualifier=figure.qualifier,
        facts=tuple(facts),
        origin="extracted",
        confidence=0.65,
        rule=f"investment: {kind} (recipients list)",
    )
