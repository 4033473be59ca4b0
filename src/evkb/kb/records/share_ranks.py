"""Ranks stated apart from a share's own words: in a clause that ranks the sentence's subject
("..., according to X, making it the third-largest seller") or in the sentence just before
("Selvora Batteries ranked No. 7. It held 4.1%"), and who a rank is not ("second only to Y")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from evkb.kb.records.sentences import Sentence
from evkb.kb.records.share_words import (
    BySentence,
    rank_after,
    rank_latest,
    rank_of,
    rank_stated,
    shares_by_sentence,
)
from evkb.model import Share

# A clause whose unstated subject, or whose object pronoun, is the sentence's subject: a
# participle ("ranking fifth", "making it the No. 2 player"), a relative clause ("which ranked
# it first"), a clause joined on "and" with a subject pronoun ("and we are now the No. 3"), or
# a place against another ("second only to Y", "third behind X and Y").
_SUBJECT_CLAUSE = re.compile(
    r"(?i)(?:[,;]|\band)\s+(?:"
    r"(?:making|leaving|putting|placing|keeping|lifting|pushing|taking|moving|dropping|sending|"
    r"bringing|lowering|raising)\s+(?:it|them|us|the\s+\w+)\s+"
    r"(?:as\s+|(?:up\s+|down\s+)?(?:to|into)\s+)?|"
    r"(?:ranking|ranked|placing|placed|finishing|coming)\s+|"
    r"which\s+(?:ranked|ranks|placed|places|puts|put|named|rated|makes|made|leaves|left|keeps|kept)"
    r"\s+(?:it|them|us|the\s+(?-i:[A-Z])\w+)\s+(?:as\s+)?|"
    # "and it kept second place", "and the company ranked fifth", "; they were the leader"
    r"(?:(?:and|so)\s+)?(?:we|it|they|the\s+(?:company|group|firm))\s+(?:now\s+|still\s+)?"
    r"(?:are|is|were|was|remain|remains|remained|became|rank|ranks|ranked|kept|keeps|retained|"
    r"retains|stayed|stays|finished|came|(?:moved|rose|climbed|slipped|fell|dropped)\s+"
    r"(?:up\s+|back\s+)?(?:to|into))\s+(?:now\s+|still\s+)?|"
    r"(?=(?:the\s+)?\w+(?:[- ]\w+)?\s+(?:only\s+to|behind)\b)|"
    r"(?:good|enough)\s+for\s+|"  # "17.3%, good for second place"
    # "41.5% in 1Q26, the highest among all makers", "17.3%, the second highest": the
    # figure's apposition ranks it
    r"(?=the\s+(?:\w+[- ])?highest\b))"
)
_HIGHEST = re.compile(
    r"(?i)the\s+(?:(?P<nth>second|third|fourth|fifth)[- ])?highest"
    r"(?:\s+(?:among|of\s+(?:all|any))\b|\s*(?:[,.;]|$))"
)
# Where a clause ends: a comma or a full stop, not the one of "No. 2".
_CLAUSE_END = re.compile(r"[,;](?:\s|$)|(?<!\bNo)\.(?:\s|$)")
# A rank of another time ("..., when it had been second") ranks none of the figures.
_OTHER_TIME = re.compile(
    r"(?i)\b(?:had\s+been|used\s+to|previously|earlier|ago|before|when|as\s+recently\s+as)\b"
)
_ANOTHER_TIME = re.compile(rf"{_OTHER_TIME.pattern}|\b(?:19|20)\d{{2}}\b")
# The rank words must open the clause: "making it the world's third-largest seller".
_OPENS_WITHIN = 30
# A holder named as the one another is ranked against: "second only to Y", "behind Y".
_AGAINST = re.compile(
    r"(?i)(?P<second>\bsecond\s+)?(?:only\s+to|behind|after|trailing|ahead\s+of|than)\s+$"
)


def ranked_against(text: str, name_at: int) -> int | None:
    """None when the name at `name_at` is not the one a rank before it is measured against;
    else its own rank: 1 after "second only to", 0 (unstated) otherwise."""
    found = _AGAINST.search(text, max(0, name_at - 40), name_at)
    if found is None:
        return None
    return 1 if found.group("second") and "only" in found.group().lower() else 0


_ANOTHER_NAMED = re.compile(r"\band\b|\b[A-Z]")


def rank_in_view(text: str, period: str) -> int:
    """The rank the words before a figure give it, unless the rank's own clause, ending before
    the figure, holds another time ("X, which led the market as recently as 2023, slipped to
    8.6 per cent"; the figure's own year, `period`, is none). A rank in the holder's
    apposition yields to one its predicate states ("X, the largest producer outside its home
    region, ranked fifth with 4.5%", "X, once the leader, is down to sixth place with 3.1%")."""
    rank, end = rank_stated(text)
    clause = text.find(",", end) if rank else -1
    if clause != -1 and text.rfind(",", 0, end) != -1:
        later, later_end = rank_stated(text[clause:])
        # the predicate's own, not another holder's ("X, in third place, and Y, in fourth")
        if later and not _ANOTHER_NAMED.search(text, clause + 1, clause + later_end):
            return later
    if clause != -1:
        for other in _ANOTHER_TIME.finditer(text, end, clause):
            if other.group() != period[:4]:
                return 0
    return rank


def _clause_rank(sentence: Sentence, after: int) -> tuple[int, int]:
    """The rank a subject clause after `after` states and where the clause starts, or (0, -1)."""
    text = sentence.text
    for clause in _SUBJECT_CLAUSE.finditer(text, after):
        stop = _CLAUSE_END.search(text, clause.end())
        words = text[clause.end() : stop.start() if stop else len(text)]
        if _OTHER_TIME.search(words):
            continue
        highest = _HIGHEST.match(words)
        rank = (
            rank_of(words[:_OPENS_WITHIN])
            if highest is None
            else rank_of(highest.group() if highest.group("nth") else "first")
        )
        if rank:
            return rank, clause.start()
    return 0, -1


def _first_mention(sentence: Sentence, holder: str, figure: int) -> int:
    """Where the holder is first named before the figure, or the figure when it is not."""
    return min(
        (m[1] for m in sentence.mentions if m[0] == holder and m[1] < figure), default=figure
    )


def ranks_in_clauses(
    shares: list[Share], sentences: Sequence[Sentence], by_sentence: BySentence | None = None
) -> list[Share]:
    """The sentence's first figure, held by its subject, with the rank a later clause gives
    that subject; figures of other holders must come after the clause ("second only to Y's
    22 per cent")."""
    out = list(shares)
    for index, numbers in (by_sentence or shares_by_sentence(shares, sentences)).items():
        first = out[numbers[0]]
        if not first.holder or first.rank:
            continue
        sentence = sentences[index]
        text = sentence.text
        figure = text.find(first.text)
        if figure < 0:
            continue
        # The subject: named before the figure with no other company before it, or "its"/"we";
        # an opening clause may name another ("According to research firm X, Y held 14%").
        opens = text.rfind(", ", 0, _first_mention(sentence, first.holder, figure))
        if any(m[0] != first.holder and m[2] > opens for m in sentence.mentions if m[1] < figure):
            continue
        rank, clause = _clause_rank(sentence, figure + len(first.text))
        if not rank:
            continue
        others = [n for n in numbers if out[n].holder != first.holder]
        if any(text.find(out[n].text) < clause for n in others):
            continue
        out[numbers[0]] = replace(first, rank=rank)
    return out


def ranks_stated_before(
    shares: list[Share], sentences: Sequence[Sentence], by_sentence: BySentence | None = None
) -> list[Share]:
    """Shares with the rank the sentence before gives their holder when it states no percent
    and names the holder as its subject ("Further down the table, Selvora Batteries, a joint
    venture ..., ranked No. 7. It held 4.1% in the quarter"): the holder's latest figure."""
    out = list(shares)
    by_sentence = by_sentence or shares_by_sentence(shares, sentences)
    for index, numbers in by_sentence.items():
        if index == 0 or index - 1 in by_sentence:
            continue
        previous = sentences[index - 1]
        if not previous.mentions or any(q.unit == "percent" for q in previous.quantities):
            continue
        holder, name_at, name_end = previous.mentions[0]
        opening = previous.text[:name_at]
        if len(opening.split()) > 6 or (opening.strip() and not opening.rstrip().endswith(",")):
            continue
        found = rank_after(previous.text, name_end)
        if found is None:
            continue
        rank, at = found
        if any(m[1] < at and m[0] != holder for m in previous.mentions):
            continue
        own = [n for n in numbers if out[n].holder == holder]
        # "Fudirade SDX slipped to fifth." after its table row "5. Fudirade SDX": the rank
        # restates that ranking, not the next sentence's other market.
        restated = any(s.holder == holder and s.rank == rank for s in out)
        if own and not restated and not any(out[n].rank for n in own):
            rank_latest(out, own, rank, previous.text)
    return out


# "The top three were A (36.1%), B (17.3%) and C (9.2%)": a list after a count of leaders.
_TOP_COUNT = re.compile(
    r"(?i)\b(?:top|largest|biggest|leading)\s+(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"[2-9]|10)\b"
)
# What may stand between two figures of one list besides the next holder's name and a bracket:
# "A 36.1%, followed by B with 17.3% and C on 9.2%".
_LIST_JOIN = re.compile(
    r"(?i)[\s,;:()–—-]*(?:(?:and|followed\s+by|ahead\s+of|then|with|at|on|had|held|took|was|were|"
    r"came|per\s*cent|percent|%)[\s,;:()–—-]*)*"
)
_BRACKETED = re.compile(r"\([^()]*\)")


def ranks_in_lists(
    shares: list[Share], sentences: Sequence[Sentence], by_sentence: BySentence | None = None
) -> list[Share]:
    """The figures of a list that goes on from a ranked one, or from "the top three", in
    falling order: each one place below the one before ("A ranked first with 36.1%, followed
    by B with 17.3% and C with 9.2%")."""
    out = list(shares)
    for index, numbers in (by_sentence or shares_by_sentence(shares, sentences)).items():
        if len(numbers) < 2:
            continue
        sentence = sentences[index]
        text = sentence.text
        main = out[numbers[0]].as_of
        run = [n for n in numbers if out[n].as_of == main and out[n].holder]
        if len(run) < 2 or len({out[n].holder for n in run}) < len(run):
            continue
        places, at = [], 0
        for n in run:
            found = text.find(out[n].text, at)
            if found < 0:
                break
            places.append(found)
            at = found + len(out[n].text)
        if len(places) < len(run):
            continue
        values = [out[n].percent for n in run]
        if any(b >= a for a, b in pairwise(values)):
            continue
        first = out[run[0]].rank
        if not first and _TOP_COUNT.search(text, 0, places[0]):
            first = 1
        if not first or not all(
            _joined(sentence, places[i] + len(out[run[i]].text), places[i + 1])
            for i in range(len(run) - 1)
        ):
            continue
        for place, n in enumerate(run):
            if not out[n].rank:
                out[n] = replace(out[n], rank=first + place)
    return out


def _joined(sentence: Sentence, start: int, end: int) -> bool:
    """Whether only list words, names and brackets stand between two figures."""
    gap = sentence.text[start:end]
    for _, name_at, name_end in sentence.mentions:
        if start <= name_at and name_end <= end:
            gap = gap.replace(sentence.text[name_at:name_end], " ")
    gap = _BRACKETED.sub(" ", gap)
    gap = re.sub(r"\d[\d.,]*", " ", gap)
    # "A (38.1%) retained top spot among suppliers ..., ahead of B": the list goes on there
    ahead = _GOES_ON.search(gap)
    return _LIST_JOIN.fullmatch(gap, ahead.start() if ahead else 0) is not None


_GOES_ON = re.compile(r"(?i)\b(?:ahead\s+of|followed\s+by)\b")


# "Behind it came B with 17.3%", "It is followed by B, whose share reached 27.3%", "B followed
# with 17.3%": the next place after the last one ranked.
_FOLLOWS = re.compile(
    r"(?i)\b(?:(?:is|was|were|are)\s+followed\s+by|followed\s+with|behind\s+(?:it|them|him|her)\s+"
    r"(?:came|comes|was|is|were|are)|next\s+(?:came|comes|was|is)|then\s+came)\b"
)


def ranks_following(
    shares: list[Share], sentences: Sequence[Sentence], by_sentence: BySentence | None = None
) -> list[Share]:
    """A sentence's first figure one place below the last ranked figure of the period in view
    in the sentence before, when it says it follows (see _FOLLOWS)."""
    out = list(shares)
    by_sentence = by_sentence or shares_by_sentence(shares, sentences)
    for index, numbers in sorted(by_sentence.items()):
        first = out[numbers[0]]
        if first.rank or not first.holder or index - 1 not in by_sentence:
            continue
        text = sentences[index].text
        figure = text.find(first.text)
        follows = _FOLLOWS.search(text, 0, figure) if figure > 0 else None
        if follows is None:
            continue
        ranked = [
            out[n] for n in by_sentence[index - 1] if out[n].rank and out[n].as_of == first.as_of
        ]
        if ranked and ranked[-1].holder != first.holder:
            out[numbers[0]] = replace(first, rank=ranked[-1].rank + 1)
    return out
