"""A name written as a name that holds a share figure with no word about shares around it.

"XQV is the clear No. 1 with 38.2%", "* XQV (Korea) - 36.7% of installations": a list or a
thread gives a supplier's share without saying "share" or "market", so the share stage's own
cue never asks who holds the figure (and a country in brackets stops that cue where it does).
A holder is read here only when its name cannot be an
ordinary word: initials in capitals ("XQV", "QK On") or a capital inside a word ("VoltQo"),
the figure follows within a short reach with no other name between (a country in brackets
after it is the name's own aside), and the share stage reads the figure as a share.
"""

from __future__ import annotations

import re

from evkb.kb.records.company_forms import COMMON_ACRONYMS
from evkb.kb.records.company_shapes import ACRONYM, CAMEL, MIXED_ACRONYM, RUN
from evkb.kb.records.sentences import Sentence
from evkb.kb.records.share_figures import is_share_figure

# "(China)", "(South Korea)": the holder's country in brackets, no name between it and its figure
_ASIDE = re.compile(r"\s*\([^()]{1,30}\)")
# "No. 1", "No 2": a rank, not a name between the holder and its figure
_RANK = re.compile(r"\bNo\.?\s*\d+\b")
_REACH = 60
# What may stand before a holder that opens its clause: nothing but a thread's count or a
# bullet ("2/7 ", "* "), or a clause's edge (":", ";", ",", a dash, a bracket), "the" aside.
_OPENS = re.compile(r"(?:^[\W\d_]*|[:;,(\u2013\u2014-]\s*)(?:[Tt]he\s+)?$")
# "Drennvik had 3.4%, and XQV 2.6%", "Drennvik 24,2 % and XQV 11,5 %": after a share figure,
# the next clause of a gapped verb opens on its holder.
_GAPPED = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)$")
# "leads the global XQV market": a market's name, not a name between holder and figure
_MARKET_AFTER = re.compile(r"\s+(?:market|segment|sector)\b")
# Initials written in capitals alone: "H10" or "4680" is a product's or a format's.
_LETTERS = re.compile(r"^[A-Z&]+$")


def written_as_name(name: str) -> bool:
    """Whether a name's first word is written so that it names something: initials in
    capitals (not a common abbreviation) or a capital inside a word."""
    first = name.split()[0]
    if ACRONYM.match(first):
        return bool(_LETTERS.match(first)) and first.upper() not in COMMON_ACRONYMS
    return bool(MIXED_ACRONYM.match(first) or CAMEL.fullmatch(first))


def holds_bare_share(sentence: Sentence, text: str, start: int, end: int, name: str) -> bool:
    """Whether the name at `start`..`end` of the sentence's `text` opens its clause and holds
    the share figure after it ("Indonesia's XQV output", "with the XQV", "and XQV" do not)."""
    if not written_as_name(name):
        return False
    if _OPENS.search(text, max(0, start - 40), start) is None and not _gapped(
        sentence, text, start
    ):
        return False
    for q in sentence.quantities:
        if q.unit != "percent":
            continue
        at = q.start - sentence.start
        if not 0 <= at - end <= _REACH:
            continue
        between = text[end:at]
        aside = _ASIDE.match(between)
        if aside:
            between = between[aside.end() :]
        between = _RANK.sub("", between)
        if any(not _MARKET_AFTER.match(between, r.end()) for r in RUN.finditer(between)):
            return False
        return is_share_figure(sentence, *sentence.local(q))
    return False


def _gapped(sentence: Sentence, text: str, start: int) -> bool:
    """Whether a name at `start` opens the next clause after a percent figure ("..., and")."""
    if _GAPPED.search(text, max(0, start - 8), start) is None:
        return False
    return any(q.unit == "percent" and q.end - sentence.start <= start for q in sentence.quantities)
