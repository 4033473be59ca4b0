"""Ranks a sentence gives beyond the figure it states them with: a place kept over the periods
compared ("rose to 23.7% from 22.4%, and it kept second place"), a place left for the earlier
figure ("lifting it to fourth place from sixth"), the rivals a holder is ranked behind ("It
ranks second behind Y, which held 21.7 per cent": Y is first), and the leader a "second" in the
next sentence implies ("X took 22.6%. Y was second with 14.1%": X is first), and a named
holder's rank stated after its table or list ("X remained third.")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from evkb.kb.records.sentences import Sentence
from evkb.kb.records.share_words import (
    BySentence,
    rank_after,
    rank_latest,
    rank_spread,
    shares_by_sentence,
)
from evkb.model import Share

# Words that may say a place was kept or left: most sentences hold none of them.
_MOVES = re.compile(
    r"(?i)\b(?:remain|remained|remains|stay|stayed|stays|kept|keep|keeps|retain|retained|retains|"
    r"held\s+on|holds\s+on|still|again|once\s+more|both|from)\b"
)


def ranks_moved(
    shares: list[Share], sentences: Sequence[Sentence], by_sentence: BySentence | None = None
) -> list[Share]:
    """A holder's other figures in the sentence that ranks one of them: the same place when
    the place was kept, the place left for the earliest when it moved (see rank_spread)."""
    out = list(shares)
    for index, numbers in (by_sentence or shares_by_sentence(shares, sentences)).items():
        if len(numbers) < 2:
            continue
        text = sentences[index].text
        if not _MOVES.search(text):
            continue
        own: dict[str, list[int]] = {}
        for n in numbers:
            if out[n].holder:
                own.setdefault(out[n].holder, []).append(n)
        for figures in own.values():
            ranks = {out[n].rank for n in figures if out[n].rank}
            if len(figures) > 1 and len(ranks) == 1:
                rank_spread(out, figures, ranks.pop(), text)
    return out


# "second behind Y", "the third-largest supplier, behind Y and Z": the names a place is
# measured against, written before any figure.
_BEHIND = re.compile(r"(?i)\b(?:behind|after|trailing)\s+")
_BEHIND_REACH = 160
# What may stand between "behind" and the first rival, and between two rivals.
_RIVAL_LEAD = re.compile(r"(?i)(?:the\s+)?(?:[\w-]+\s+){0,3}")
_RIVAL_JOIN = re.compile(r"(?i)\s*(?:,|,?\s+and)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}")
# The sentence's subject, for a figure-less one: "It", "That puts it", "The company is now".
_SUBJECT = re.compile(
    r"(?i)^(?:(?:that|this)\s+(?:puts|put|makes|made|leaves|left|keeps|kept)\s+(?:it|us|them)\b|"
    r"(?:it|we|they|the\s+(?:company|group|firm))\b)"
)


def _rivals(sentence: Sentence, start: int, stop: int) -> list[str]:
    """The holders named one after another from `start`, before `stop`."""
    text = sentence.text
    names: list[str] = []
    at = start
    for holder, name_at, name_end in sorted(sentence.mentions, key=lambda m: m[1]):
        if name_at < at or name_at >= stop:
            continue
        gap = text[at:name_at]
        join = _RIVAL_LEAD if not names else _RIVAL_JOIN
        if join.fullmatch(gap) is None:
            break
        if holder not in names:
            names.append(holder)
        at = name_end
    return names


def ranks_behind(
    shares: list[Share], sentences: Sequence[Sentence], by_sentence: BySentence | None = None
) -> list[Share]:
    """The places above a rank that names who holds them ("second behind Y", "third, behind
    Y and Z"), when the names are as many as the places, for those names' figures in the
    sentence; and the rank itself for the subject's figure of the sentence before when the
    sentence's own figures are only the rivals' ("It ranks second behind Y, which held
    21.7%")."""
    out = list(shares)
    by_sentence = by_sentence or shares_by_sentence(shares, sentences)
    for index, numbers in by_sentence.items():
        sentence = sentences[index]
        text = sentence.text
        if "behind" not in text and "after" not in text and "trailing" not in text:
            continue
        found = rank_after(text)
        if found is None or found[0] < 2:
            continue
        rank, rank_at = found
        behind = _BEHIND.search(text, rank_at, rank_at + _BEHIND_REACH)
        if behind is None:
            continue
        figures = [text.find(out[n].text) for n in numbers]
        stop = min((f for f in figures if f >= behind.end()), default=len(text))
        rivals = _rivals(sentence, behind.end(), stop)
        if len(rivals) != rank - 1:
            continue
        for place, rival in enumerate(rivals, start=1):
            own = [n for n in numbers if out[n].holder == rival]
            if own and not any(out[n].rank for n in own):
                rank_latest(out, own, place)
        # The subject's own figure in the sentence before: "It ranks second behind Y, ..."
        subject = _SUBJECT.match(text)
        if subject is None or any(text.find(out[n].text) < behind.start() for n in numbers):
            continue
        before = by_sentence.get(index - 1, [])
        holders = {out[n].holder for n in before}
        if len(holders) != 1 or "" in holders or holders & set(rivals):
            continue
        if not any(out[n].rank for n in before):
            rank_latest(out, before, rank, text[rank_at:])
    return out


def ranks_preceding(
    shares: list[Share], sentences: Sequence[Sentence], by_sentence: BySentence | None = None
) -> list[Share]:
    """First place for the one holder of the sentence before a "second" ("X took 22.6%. Y
    was second with 14.1%"), when its figure of that period is the larger and unranked."""
    out = list(shares)
    by_sentence = by_sentence or shares_by_sentence(shares, sentences)
    for index, numbers in by_sentence.items():
        second = out[numbers[0]]
        before = by_sentence.get(index - 1)
        if second.rank != 2 or not second.holder or not before:
            continue
        period = [n for n in before if out[n].as_of == second.as_of]
        holders = {out[n].holder for n in period}
        if len(holders) != 1 or second.holder in holders or "" in holders:
            continue
        # The ranking's first place may be taken already ("X remained the largest with 29.8%.
        # Its share in the third quarter alone was 28.9%. Y was second ...")
        if any(s.rank == 1 and s.as_of == second.as_of for s in out):
            continue
        first = max(period, key=lambda n: out[n].percent)
        if out[first].percent > second.percent and not any(out[n].rank for n in before):
            out[first] = replace(out[first], rank=1)
    return out


# How far back a rank of a named holder looks for the row that states its figures: a table or
# a list runs a row a sentence.
_ROWS_BACK = 15


def ranks_after_rows(
    shares: list[Share], sentences: Sequence[Sentence], by_sentence: BySentence | None = None
) -> list[Share]:
    """The rank a sentence with no figure gives the holder it names first ("X remained
    third.", "X stayed far ahead of its rivals.") for that holder's
    figures in the nearest sentence before that states them, a table's or a list's row
    further up than the sentences just before; a place kept goes to all of them."""
    out = list(shares)
    by_sentence = by_sentence or shares_by_sentence(shares, sentences)
    if not by_sentence:
        return out
    first = min(by_sentence)
    for sentence in sentences:
        if sentence.index <= first or not sentence.mentions or sentence.index in by_sentence:
            continue
        if any(q.unit == "percent" for q in sentence.quantities):
            continue
        holder, name_at, _ = min(sentence.mentions, key=lambda m: m[1])
        if name_at > 4:
            continue
        found = rank_after(sentence.text)
        if found is None:
            continue
        rank, rank_at = found
        if any(m[1] < rank_at and m[0] != holder for m in sentence.mentions):
            continue
        own: list[int] = []
        for back in range(1, _ROWS_BACK + 1):
            own = [n for n in by_sentence.get(sentence.index - back, []) if out[n].holder == holder]
            if own:
                break
        if not own:
            continue
        latest = max(own, key=lambda n: out[n].as_of)
        if not any(out[n].rank for n in own):
            rank_latest(out, own, rank, sentence.text)
        elif out[latest].rank == rank:
            rank_spread(out, own, rank, sentence.text)  # "| 1 | X |" then "X is still the leader"
    return out
