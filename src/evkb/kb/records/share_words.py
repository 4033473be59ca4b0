"""The words of a share figure: its bound ("more than"), its rank ("third", "No. 5") and what
and where it is a share of ("global EV battery installations")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from evkb.kb.extract.gates import folded_pattern, holds_any
from evkb.kb.numberwords import ORDINALS
from evkb.kb.records.context import COUNTRY_OF_WORD, Sentence
from evkb.kb.records.words import KIND_NOUN
from evkb.model import Share

_BOUND = {
    "more than": ">",
    "over": ">",
    "above": ">",
    "at least": ">",
    "upwards of": ">",
    "in excess of": ">",
    "less than": "<",
    "under": "<",
    "below": "<",
    "up to": "<",
    "fewer than": "<",
    "just under": "<",
}
_ORDINALS = {
    **ORDINALS,
    "top": 1,
    "largest": 1,
    "biggest": 1,
    "leader": 1,
    "leading": 1,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
    "6th": 6,
    "7th": 7,
    "8th": 8,
    "9th": 9,
    "10th": 10,
}
# Whose largest a holder is: the world's, a region's or a country's ("South Africa's biggest"),
# never another company's ("its biggest customer").
_WHOSE = frozenset(
    """world region country nation continent industry sector market europe asia africa
    america island state province city kingdom""".split()
) | frozenset(w for w in COUNTRY_OF_WORD if w.isalpha())
# The rest of a market a leader is ahead of: "its rivals", "all the competition", "the field".
_FIELD = (
    r"(?:all\s+)?(?:its|their|the)\s+(?:\w+\s+)?(?:rivals|competitors|competition|field|pack|rest|"
    r"others)\b"
)
_RANK = re.compile(
    r"(?<![\w#])#\s?(?P<hash>\d{1,2})\b|"
    r"\b(?:No\.?\s*(?P<no>\d{1,2})\b|number\s+(?P<numword>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b|"
    r"(?P<runner>runner[- ]up)\b|"
    r"rounded\s+out\s+the\s+top\s+(?P<topn>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b|"
    # "a fourth of the market", "one third", "a second plant": a fraction or another one
    r"(?<!\ba\s)(?<!\bone\s)(?<!\bone-)"
    r"(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"(?:[- ](?:place|largest|biggest|spot|position|ranked))?\b"
    r"(?!\s+(?:(?:two|three|four|five|six|nine|ten|eleven|few)\s+)?(?:time|half|quarter|months?))"
    # "for the third year running", "a second straight month": a count of times, no place
    r"(?!\s+(?:(?:consecutive|straight|successive)\b|(?:years?|weeks?|days?)\s+(?:running|in\s+a\s+row)))|"
    r"ranked\s+(?P<ranked>top)\b|"
    r"(?P<top>(?:the\s+(?:world['’]s\s+)?|(?P<whose>[a-z]+)['’]s\s+)(?:largest|biggest|top|leading|"
    r"best[- ]selling|most[- ]popular)\b"
    r"(?!\s+(?:\w+\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|dozen|\d+)\b)|"
    r"top\s+(?:spot|place|position)\b|"
    # "X, the leader, had 41.3%", "the clear leader" (not "behind the leader")
    r"(?<!behind\s)(?<!than\s)(?<!of\s)(?<!to\s)the\s+(?:clear\s+|undisputed\s+|market\s+)?leader\b(?!['’])|"
    r"market\s+leader|\bled\s+(?:with|at)|\bleads?\s+(?:with|at)|"
    # "X led the non-China market with 24.3 percent", "topped the ranking"
    r"\b(?:led|leads|topped|tops)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:market|segment|ranking|table|"
    r"league|chart|field)s?\b|"
    # "X led US electric school bus deliveries with 43.1%", "led two-wheeler sales in the
    # first half with a share of 34 percent": whatever it led, it led with the figure
    r"\b(?:led|leads|topped|tops)\s+(?!by\b)(?:[\w'’-]+\s+){1,8}?(?:with|at)\s+"
    r"(?:a\s+(?:\w+\s+)?share\s+of\s+)?(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+)?\d|"
    r"\b(?:remained|remains|stayed|stays|was|is|came|finished|still)\s+(?:on\s+)?top\b|"
    # "stayed far ahead with 42.3%", "still well in front", "ahead of all its rivals": first,
    # not "far ahead of Y", which says only that Y is lower
    r"\b(?:far|well|clearly|comfortably|way)\s+(?:ahead|in\s+front)\b(?!\s+of\s+(?!"
    + _FIELD
    + r"))|\b(?:ahead|in\s+front)\s+of\s+"
    + _FIELD
    + r"))",
    re.I,
)
_RANK = folded_pattern(_RANK)
_NUMWORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_METRIC = re.compile(
    r"\b(?:of|in)\s+(?:the\s+)?(?P<m>(?:[\w-]+\s+){0,4}?(?:market|installations|usage|sales|shipments|"
    r"consumption|deployments|deliveries|registrations|supply))\b",
    re.I,
)
_GLOBAL = re.compile(r"\b(?:global|worldwide|world['’]s|world|international)\b", re.I)
_GLOBAL = folded_pattern(_GLOBAL)


def bound_of(qualifier: str) -> str:
    return _BOUND.get(qualifier.lower(), "=")


# "came second with 19.4%", "fell to fourth place with 15.8%", "kept the top spot with 31.2%":
# a place in a ranking with its figure speaks of shares though no word says "share".
_PLACED_FIGURE = re.compile(
    r"\b(?:place|spot|position|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"No\.\s?\d{1,2})\s+(?:with|at|on)\s+(?:about\s+|around\s+|just\s+|nearly\s+)?"
    r"\d[\d.,]*\s*(?:%|per\s?cent|percent)",
    re.I,
)
_PLACED_FIGURE = folded_pattern(_PLACED_FIGURE)


# "X was No. 1 in global installations in the first half with 36.4 percent", "Y was the
# runner-up with 16.9 percent": a rank, then in the same clause the figure it is held with.
_RANKED_WITH = re.compile(
    r"\b(?:No\.\s?\d{1,2}|#\d{1,2}|runner[- ]up|leader|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"(?:[- ](?:largest|biggest|place))?)\b[^,.;%]{0,70}?\b(?:with|at|on)\s+"
    r"(?:about\s+|around\s+|just\s+|nearly\s+)?\d[\d.,]*\s*(?:%|per\s?cent|percent)",
    re.I,
)
_RANKED_WITH = folded_pattern(_RANKED_WITH)


def placed_figure(text: str) -> bool:
    """Whether a sentence gives a place in a ranking with its percent (see _PLACED_FIGURE,
    _RANKED_WITH)."""
    return _PLACED_FIGURE.search(text) is not None or _RANKED_WITH.search(text) is not None


def rank_of(text: str) -> int:
    """The first position the text states ("ranked it first": "it" is none)."""
    return rank_stated(text)[0]


def rank_stated(text: str) -> tuple[int, int]:
    """The first position the text states and where its words end, or (0, -1)."""
    for found in _RANK.finditer(text):
        rank = _rank_value(found)
        if rank:
            return rank, found.end()
    return 0, -1


def _rank_value(found: re.Match[str]) -> int:
    whose = found.group("whose")
    if whose and whose.lower() not in _WHOSE:
        return 0
    if found.group("no"):
        return int(found.group("no"))
    if found.group("numword"):
        word = found.group("numword").lower()
        return int(word) if word.isdigit() else _NUMWORDS[word]
    if found.group("ord"):
        return _ORDINALS.get(found.group("ord").lower(), 0)
    if found.group("ranked"):
        return _ORDINALS.get(found.group("ranked").lower(), 0)
    if found.group("hash"):
        return int(found.group("hash"))
    if found.group("runner"):
        return 2
    if found.group("topn"):
        word = found.group("topn").lower()
        return int(word) if word.isdigit() else _NUMWORDS[word]
    return 1


# ", whose factories in Germany supply most carmakers,", ", which makes cells,": a clause that
# describes a holder and states no figure says nothing of the market a figure is a share of.
_ASIDE = re.compile(r",\s+(?:which|whose|who|where)\b[^,;%\d]*,")


def scope_metric(text: str) -> tuple[str, str]:
    """The scope ("global", a country, "Europe") and the metric ("battery usage") a sentence
    states for its shares; a relative clause without a figure is left out."""
    if "," in text:
        text = _ASIDE.sub(",", text)
    scope = "global" if _GLOBAL.search(text) else ""
    if not scope:
        for word in re.findall(r"\b(?:in|across)\s+(?:the\s+)?([A-Z][\w.]+(?:\s+[A-Z]\w+)?)", text):
            # "in Germany." at a sentence's end: the stop is no part of the name ("U.S." keeps its)
            low = word.lower()
            low = low if low in COUNTRY_OF_WORD else low.rstrip(".")
            country = COUNTRY_OF_WORD.get(low) or ("Europe" if low in ("europe", "eu") else "")
            if country:
                scope = country
                break
        else:
            for word in re.findall(r"\b([A-Z][a-z]+)\s+(?:\w+\s+){0,2}market\b", text):
                if word.lower() in COUNTRY_OF_WORD:
                    scope = COUNTRY_OF_WORD[word.lower()]
                    break
    metric = ""
    found = _METRIC.search(text)
    if found:
        words = [
            w
            for w in found.group("m").split()
            if not _GLOBAL.fullmatch(w) and w.lower() not in COUNTRY_OF_WORD
        ]
        metric = " ".join(words).lower()
    return scope, metric or "market share"


# "That left it in third place.", "X fell to second.": a rank stated after the share it ranks.
_RANK_AFTER = re.compile(
    r"(?i)\b(?:(?:in|into|to|at|was|is|now|came|finished|ranked|ranks|placed|remained|remains|"
    r"stayed|stays|(?:makes|made|puts|put|leaves|left|keeps|kept)\s+(?:us|it|them))\s+(?:the\s+)?(?:No\.?\s*\d{1,2}\b|number\s+\w+|#\d{1,2}\b|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"(?:[- ](?:place|spot|position|largest|biggest))?\b"
    r"(?!\s+(?:time|half|quarter|months?|line|plant|generation)))|"
    # "It remained the world's largest supplier", "now ranks as the region's top seller": a
    # superlative only after a verb of being (not "sold to the largest carmaker")
    r"(?:was|is|are|were|remained|remains|stayed|stays|became|becomes|ranks|ranked)\s+"
    r"(?:now\s+|still\s+)?(?:as\s+)?(?:the\s+)?(?:(?:\w+\s+)?\w+['’]s\s+)?"
    r"(?:largest|biggest|top|leading|leader|runner[- ]up)\b"
    r"(?!\s+(?:\w+\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|dozen|\d+)\b)|"
    # "X still on top", "X stayed far ahead of its rivals" (not "ahead of Y")
    r"(?:(?:was|is|remained|remains|stayed|stays|still)\s+)+(?:on\s+top\b|"
    r"(?:far\s+|well\s+|clearly\s+|comfortably\s+)?(?:ahead|in\s+front)\b(?:\s+of\s+"
    + _FIELD
    + r")?(?!\s+of\b)))"
)
_RANK_AFTER = folded_pattern(_RANK_AFTER)
# A word each match of _RANK_AFTER holds.
_RANK_AFTER_WORDS = (
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
    *("tenth", "no.", "no ", "number", "#", "largest", "biggest", "top", "leading", "leader"),
    *("runner", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"),
    *("ahead", "front"),
)
# A rank of another time ("Six months earlier it had been second") ranks no figure in view.
_OTHER_TIME = re.compile(
    r"(?i)\b(?:earlier|before|ago|previously|had\s+been|used\s+to|last\s+year|(?:19|20)\d{2})\b"
)
# "It", "the company", "The Swedish cell maker, which ..., now ranks third".
_PRONOUN_SUBJECT = re.compile(
    r"(?i)^(?:(?:that|this)\s+\w+\s+)?"
    rf"(?:it|we|we['’]re|the\s+company|the\s+group|the\s+(?:[\w'’-]+\s+){{0,3}}?{KIND_NOUN}|"
    r"(?:that|this)\s+(?:makes|made|puts|put|leaves|left|keeps|kept)\s+(?:us|it))\b"
)
_LOOK_BACK = 4
_FIRST_PERSON = re.compile(r"(?i)\b(?:we|we['’]re|us|our)\b")
_PRONOUN = re.compile(r"(?i)\b(?:we|we['’]re|us|our|it|its|they|their|the\s+company['’]?s?)\b")


def _spoken_of_self(text: str, shares: Sequence[Share]) -> bool:
    """Whether the last pronoun before a sentence's first share figure is the speaker's own
    ("our share ... was 9.4%", not "By our estimate it held 31 percent")."""
    figure = min((text.find(s.text) for s in shares if s.text in text), default=-1)
    pronouns = _PRONOUN.findall(text, 0, figure) if figure > 0 else []
    return bool(pronouns) and _FIRST_PERSON.fullmatch(pronouns[-1]) is not None


_SUPERLATIVE = re.compile(r"(?i)(?:largest|biggest|top|leading)$")
# The noun a superlative ranks must be a kind of business: "the world's largest supplier".
_POSITION_NOUN = re.compile(
    rf"(?i)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{KIND_NOUN}|seller|player|vendor|builder|exporter|"
    r"importer|name)s?\b"
)


def rank_after(text: str, start: int = 0) -> tuple[int, int] | None:
    """The rank a predicate after `start` states ("... ranked No. 7", "It remained the
    world's largest supplier") and where it starts, unless it is of another time."""
    if not holds_any(text, _RANK_AFTER_WORDS):
        return None  # most sentences state no place: spare the pattern
    found = _RANK_AFTER.search(text, start)
    if found is None:
        return None
    clause = text.rfind(",", 0, found.start()) + 1
    if _OTHER_TIME.search(text, clause):
        return None
    if (
        _SUPERLATIVE.search(found.group())
        and not found.group().lower().endswith("on top")
        and not _POSITION_NOUN.match(text, found.end())
    ):
        return None  # "the biggest gainer" ranks a change, not a place in a market
    rank = rank_of(found.group())
    return (rank, found.start()) if rank else None


def ranks_stated_after(
    shares: list[Share], sentences: Sequence[Sentence], by_sentence: BySentence | None = None
) -> list[Share]:
    """Shares with the rank a later sentence gives their holder ("That left it in third
    place."): the holder's latest unranked share of the few sentences before, when the
    sentence names that holder first or calls it "it" after a sentence about it alone."""
    by_sentence = by_sentence or shares_by_sentence(shares, sentences)
    out = list(shares)
    after = sorted({i + k for i in by_sentence for k in range(1, _LOOK_BACK + 1)})
    for sentence in (sentences[i] for i in after if i < len(sentences)):
        text = sentence.text
        if any(q.unit == "percent" for q in sentence.quantities):
            continue
        found = rank_after(text)
        if found is None:
            continue
        rank, rank_at = found
        earlier = [
            n
            for back in range(1, _LOOK_BACK + 1)
            for n in by_sentence.get(sentence.index - back, [])
        ]
        named = [m for m in sentence.mentions if m[1] < rank_at]
        if named and named[0][1] <= 4:
            holder = named[0][0]
        elif subject := _PRONOUN_SUBJECT.match(text):
            own_before = by_sentence.get(sentence.index - 1, [])
            holders = {out[n].holder for n in own_before}
            holder = holders.pop() if len(holders) == 1 else ""
            # "We are now second" is the speaker's company: the one "our share" was before,
            # not a company "it" held a figure in the speaker's words
            if _FIRST_PERSON.search(subject.group()) and not _spoken_of_self(
                sentences[sentence.index - 1].text, [out[n] for n in own_before]
            ):
                continue
        else:
            continue
        own = [n for n in earlier if holder and out[n].holder == holder]
        if own and not any(out[n].rank for n in own):
            rank_latest(out, own, rank, text)
    return out


# Sentence index -> the indexes of the shares it states (the passes keep shares in place).
BySentence = dict[int, list[int]]


def shares_by_sentence(
    shares: Sequence[Share], sentences: Sequence[Sentence]
) -> dict[int, list[int]]:
    """The indexes of the shares each sentence (by its index) states."""
    at = {(s.passage.id, s.start): s.index for s in sentences}
    found: dict[int, list[int]] = {}
    for n, share in enumerate(shares):
        index = at.get((share.cite.passage, share.cite.start))
        if index is not None:
            found.setdefault(index, []).append(n)
    return found


def rank_latest(out: list[Share], own: Sequence[int], rank: int, words: str = "") -> None:
    """Gives `rank` to the share of `own` (indexes into `out`) with the latest period: a rank
    stated beside a holder's figures is of the period in view, not an earlier one's; the
    rank's `words` may say what the others held (see rank_spread)."""
    latest = max(own, key=lambda n: out[n].as_of)
    out[latest] = replace(out[latest], rank=rank)
    rank_spread(out, own, rank, words)


_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|"
    r"No\.\s?\d{1,2})"
)
# "climbed to fourth from sixth", "fell to fourth place from second", "from second to fourth":
# the place left is the earlier period's.
_FROM_PLACE = re.compile(
    rf"(?i)\b(?P<n>{_ORDINAL})(?:[- ](?:place|spot|position|largest|biggest))?\s+from\s+"
    rf"(?:the\s+)?(?P<m>{_ORDINAL})\b|"
    rf"\bfrom\s+(?:the\s+)?(?P<m2>{_ORDINAL})(?:[- ](?:place|spot|position))?\s+(?:to|into)\s+"
    rf"(?:the\s+)?(?P<n2>{_ORDINAL})\b"
)
# "remained third", "kept second place", "still on top", "stayed far ahead": a place held over
# the periods compared; "second place again"; "over both periods".
_KEPT = re.compile(
    r"(?i)\b(?:remain(?:ed|s)?|stay(?:ed|s)?|kept|keeps?|retain(?:ed|s)?|(?:held|holds)\s+on\s+to|"
    r"still)\b"
)
_AGAIN = re.compile(r"(?i)\s+(?:again|once\s+more)\b")
_BOTH = re.compile(r"(?i)\b(?:in|over|for)\s+both\s+(?:periods|years)\b")
_KEPT_REACH = 45
_CLAUSE_STOP = re.compile(r"[,;](?:\s|$)|(?<!\bNo)\.(?:\s|$)")


def rank_moves(words: str, rank: int) -> tuple[bool, int]:
    """Whether `words` say `rank` was kept over the periods compared, and the place they say
    was left for it (0 when none)."""
    for found in _FROM_PLACE.finditer(words):
        now = rank_of(found.group("n") or found.group("n2"))
        if now == rank:
            return False, rank_of(found.group("m") or found.group("m2"))
    if _BOTH.search(words):
        return True, 0
    for found in _KEPT.finditer(words):
        reach = words[found.start() : found.end() + _KEPT_REACH]  # "still on top"
        stop = _CLAUSE_STOP.search(reach)
        if rank_of(reach[: stop.start()] if stop else reach) == rank:
            return True, 0
    said, end = rank_stated(words)
    return said == rank and _AGAIN.match(words, end) is not None, 0


def rank_spread(out: list[Share], own: Sequence[int], rank: int, words: str) -> None:
    """The holder's other figures of `own` with the rank its words give them: the same place
    when it was kept, the place left for the earliest figure when it moved ("fourth from
    sixth")."""
    if not words or len(own) < 2:
        return
    kept, left = rank_moves(words, rank)
    ranked = [out[n].as_of for n in own if out[n].rank == rank]
    if not ranked:
        return
    others = [n for n in own if not out[n].rank and out[n].as_of]
    if kept:
        for n in others:
            out[n] = replace(out[n], rank=rank)
    elif left:
        earlier = [n for n in others if out[n].as_of < max(ranked)]
        if earlier:
            first = min(earlier, key=lambda n: out[n].as_of)
            out[first] = replace(out[first], rank=left)


# A numbered row read as a sentence: "1. Acme Energy 38.1% (2024: 37.9%)".
# Also "#1 Acme", "No. 1 Acme" and a rank column: "1 | Acme Energy | 36.1%".
_ROW_RANK = re.compile(
    r"^(?:(?:No\.\s?|#)?(?P<n>\d{1,2})[.)]|(?:No\.\s?|#)(?P<n2>\d{1,2})|(?P<n3>\d{1,2})\s*[|\t])"
    r"\s*(?=[A-Z])"
)


def row_rank(sentence: Sentence, n: int, rank_text: str) -> int:
    """The rank a numbered row opens with, for its first figure (not an earlier period's);
    the splitter may leave the number out of the row's sentence."""
    if n or not rank_text:
        return 0
    row = sentence.passage.text
    found = _ROW_RANK.match(row)
    lead = sentence.start - sentence.passage.start
    if not found or lead > found.end():
        return 0
    return int(found.group("n") or found.group("n2") or found.group("n3"))


# "Acme (38.1 per cent) retained top spot, ahead of Bolt (22.4 per cent)": names ranked with
# their figures in brackets speak of shares without the word.
_BRACKETED_PERCENT = re.compile(r"\(\s*\d[\d.]*\s?(?:%|per\s?cent|percent)\s*\)", re.I)
_RANKING_WORDS = re.compile(
    r"\b(?:ahead\s+of|behind|top\s+spot|led\s+by|followed\s+by|leader|ranked|ranking)\b", re.I
)


def ranks_in_brackets(text: str) -> bool:
    """Two or more figures in brackets in a sentence that ranks (see above)."""
    return (
        text.count("(") >= 2
        and len(_BRACKETED_PERCENT.findall(text)) >= 2
        and (_RANKING_WORDS.search(text) is not None or rank_of(text) > 0)
    )
