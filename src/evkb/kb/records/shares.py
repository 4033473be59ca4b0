"""Market shares: who holds what percent of which market, as of when; one record per period.

A percent is a share when the sentence (or the one before, for a ranking list) speaks of a
share or a market and the percent is not a change ("a jump of 45 percent", "2 percentage
points"), a charge level ("to 80 per cent"), a cost or price change, or a part of sales or a
target ("half of its sales by 2035"). Its holder is the nearest company named before it in the
sentence, or the company "it" / "the Korean cell giant" resolves to; unresolved stays unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.context import (
    ANAPHOR,
    COUNTRY_OF_WORD,
    SHARE_TALK,
    Resolver,
    Sentence,
    dates,
    number_id,
    restates,
    slug,
)
from evkb.model import Share

_SHARE_WORDS = SHARE_TALK
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:by|jump|jumps|rise|rises|growth|increase|increases|surge|climb|decline|drop|fall|gain|"
    r"cut|cuts|reduction|boost|improvement|discount)\s+(?:of\s+)?|"
    r"\b(?:jumped|rose|grew|increased|surged|climbed|declined|dropped|fell|gained|slipped|slid|soared|"
    r"plunged|plummeted|tumbled|shrank|expanded|added|lost)\s+(?:by\s+)?|\b(?:up|down)\s+(?:by\s+)?)"
    r"(?:about|around|roughly|nearly|almost|some|over|more\s+than|just|an\s+estimated)?\s*$",
    re.I,
)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:-|\s)?(?:points?|percentage\s+points?|pp\b|increase|rise|jump|growth|gain|drop|decline|fall|"
    r"year[- ]on[- ]year|yoy|y/y|more\b|less\b|cheaper|lower|higher|faster|slower|smaller|larger|"
    r"(?:of\s+)?(?:its|their|the\s+company['’]s|the\s+group['’]s)\s+(?:\w+\s+)?(?:sales|revenue|output|production|profit|lineup|fleet|vehicles)|"
    r"of\s+(?:new\s+)?(?:car|vehicle|cars|vehicles)\s+sales\s+by|charge|charged|state\s+of\s+charge|"
    r"of\s+(?:its|their)\s+(?:capacity|range|charge)|efficien|capacity\b|discount|tariff|tax|stake)",
    re.I,
)
_OWN_BUSINESS = re.compile(
    r"^\s*(?:of\s+)?(?:its|their|the\s+company['’]s)\s+(?:\w+\s+)?"
    r"(?:sales|revenue|output|lineup|models)",
    re.I,
)
_DURATION = re.compile(r"^\s*(?:an?\s+)?(?:hour|minute|year|day|decade|century)s?\b", re.I)
_NOT_A_SHARE_NOUN = re.compile(
    r"\b(?:margins?|returns?|rates?|yields?|growth|inflation|efficiency|tax(?:es)?|tariffs?|interest|"
    r"discounts?|stakes?|payout|dividends?|profits?|revenues?|costs?|prices?|utili[sz]ation|"
    r"threshold|requirement|content|duty|duties|levy)\b[^.;%,]{0,30}$",
    re.I,
)
_CHARGE = re.compile(r"\bcharg", re.I)
_TO_LEVEL = re.compile(r"\b(?:to|from|and|-|–)\s*$", re.I)
_BY_BEFORE = re.compile(r"\b(?:by|until|through|before)\s+(?:the\s+end\s+of\s+)?$", re.I)
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
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
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
_RANK = re.compile(
    r"\b(?:No\.?\s*(?P<no>\d{1,2})\b|number\s+(?P<numword>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b|"
    r"(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"(?:[- ](?:place|largest|biggest|spot|position|ranked))?\b|ranked\s+(?P<ranked>\w+)|"
    r"(?P<top>the\s+(?:world['’]s\s+)?(?:largest|biggest|top|leading)|market\s+leader))",
    re.I,
)
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


def _bound(qualifier: str) -> str:
    return _BOUND.get(qualifier.lower(), "=")


def is_share_figure(sentence: Sentence, at: int, end: int, fraction: bool = False) -> bool:
    """False for a percent that is a change, a charge level, a part of sales or a duration."""
    text = sentence.text
    before, after = text[max(0, at - 40) : at], text[end:]
    if _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(after):
        return False
    if _CHARGE.search(text) and _TO_LEVEL.search(before):
        return False
    if _NOT_A_SHARE_NOUN.search(before):
        return False  # "its operating margin to 8 percent", "a tariff of 25 percent"
    if _OWN_BUSINESS.match(after):
        return False  # "half of its sales": a part of its own business, not a market share
    return not (fraction and _DURATION.match(after))  # "half an hour"


def _rank(text: str) -> int:
    found = _RANK.search(text)
    if not found:
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
    return 1


def _scope_metric(text: str) -> tuple[str, str]:
    scope = "global" if _GLOBAL.search(text) else ""
    if not scope:
        for word in re.findall(r"\b(?:in|across)\s+(?:the\s+)?([A-Z][\w.]+(?:\s+[A-Z]\w+)?)", text):
            country = COUNTRY_OF_WORD.get(word.lower()) or (
                "Europe" if word.lower() in ("europe", "eu") else ""
            )
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


def extract_shares(
    source: str, sentences: Sequence[Sentence], resolver: Resolver, names: dict[str, str]
) -> list[Share]:
    """Every market-share figure of the body sentences."""
    shares: list[Share] = []
    seen: set[str] = set()
    running = ""  # the last period a sentence of the passage named
    passage = ""
    # The period a ranking is about: it goes on to the following figures that name none, until
    # a few sentences pass without a share ("Borealis ranked second with 15.8 percent").
    ranking, ranking_scope, ranking_seen = "", "", -10
    talks = [_SHARE_WORDS.search(s.text) is not None for s in sentences]
    for sentence in sentences:
        if sentence.passage.id != passage:
            passage, running = sentence.passage.id, ""
        if sentence.index - ranking_seen > 4:
            ranking = ""
        stated = [
            (p, period)
            for p, period in dates(sentence)
            if not _BY_BEFORE.search(sentence.text, 0, p)
        ]
        percents = [
            q
            for i, q in enumerate(sentence.quantities)
            if q.unit == "percent" and not restates(sentence.quantities, i)
        ]
        # A ranking goes on over sentences and paragraphs that no longer say "share".
        if percents and any(talks[max(0, sentence.index - 4) : sentence.index + 1]):
            text = sentence.text
            scope, metric = _scope_metric(text)
            # Another market ("the Indian market") is not the ranking's: no period inherited.
            inherited = ranking if not scope or not ranking_scope or scope == ranking_scope else ""
            positions = [sentence.local(q) for q in percents]
            main = ""  # the period of the sentence's first dated figure: the one it is about
            for n, q in enumerate(percents):
                at, end = positions[n]
                if not is_share_figure(sentence, at, end, not q.text[:1].isdigit()) or (
                    q.text.lower().startswith("half")
                    and re.search(r"(?:first|second)\s+$", text[:at])
                ):
                    continue
                low = positions[n - 1][1] if n else 0
                high = positions[n + 1][0] if n + 1 < len(percents) else len(text)
                holder, label, how = _holder(sentence, at, end, low, resolver, names)
                if not how:
                    continue
                after = [pd for p, pd in stated if end <= p < high]
                # A date after an earlier figure belongs to it ("5.1 percent in June 2023").
                before = [pd for p, pd in stated if low <= p < at] if not n else []
                leading = [pd for p, pd in stated if p < positions[0][0]]
                earlier_year = _YEAR_EARLIER.match(text, end)
                if after and not (
                    earlier_year and earlier_year.end() <= text.find(after[0][:4], end)
                ):
                    as_of = after[0]
                elif earlier_year:
                    # "16.4% a year earlier": the same period a year before the one in view.
                    reference = leading[-1] if leading else inherited or main or running
                    as_of = _year_before(reference)
                else:
                    as_of = (
                        before[-1]
                        if before
                        else leading[-1]
                        if leading
                        else main or running or inherited
                    )
                clause = text[low:high]
                tail = re.match(r"[^,.;]*", text[end:high])
                rank_text = text[max(low, at - 80) : end + (tail.end() if tail else 0)]
                period = as_of or "undated"
                ident = f"{source}-share-{slug(holder or label)}-{period}-{number_id(q.value)}"
                if ident in seen:
                    continue
                seen.add(ident)
                if as_of and not ranking:
                    ranking, ranking_scope = as_of, scope
                if as_of and not main and not earlier_year:
                    main = as_of
                ranking_seen = sentence.index
                confidence = {"named": 0.8, "resolved": 0.6, "group": 0.6, "unknown": 0.4}[how]
                members = tuple(
                    dict.fromkeys(
                        m[0]
                        for m in sentence.mentions
                        if how == "group" and low <= m[1] < at and _in_aside(text, m[1], at)
                    )
                )
                if not _SHARE_WORDS.search(clause) and how == "named":
                    confidence = 0.7
                shares.append(
                    Share(
                        holder=holder,
                        label=label,
                        percent=q.value,
                        bound=_bound(q.qualifier),
                        cite=sentence.cite(source),
                        members=members,
                        as_of=as_of,
                        scope=scope,
                        metric=metric,
                        rank=_rank(rank_text),
                        text=f"{q.qualifier} {q.text}"
                        if q.qualifier and f"{q.qualifier} {q.text}" in text
                        else q.text,
                        id=ident,
                        origin="extracted",
                        confidence=confidence,
                        rule=f"share: {how} holder",
                    )
                )
        if stated:
            running = stated[-1][1]
    return shares


_YEAR_EARLIER = re.compile(
    r"[^.;%]{0,40}?\b(?:a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:previous|prior)\s+year|"
    r"(?:in\s+)?the\s+same\s+period\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year|of\s+the\s+previous\s+year))"
)


def _year_before(period: str) -> str:
    """ "2025-09" -> "2024-09"; "" stays unknown."""
    if not period[:4].isdigit():
        return ""
    return f"{int(period[:4]) - 1}{period[4:]}"


def _holder(
    sentence: Sentence, at: int, end: int, low: int, resolver: Resolver, names: dict[str, str]
) -> tuple[str, str, str]:
    """(company id, label, how): how is "named", "resolved", "group" (a label such as "Chinese
    suppliers" and no id), "unknown" or "" for no holder."""
    text = sentence.text
    # A name inside an aside ("Japanese companies – led by X – hold ...") is not the holder.
    before = [
        m
        for m in sentence.mentions
        if m[2] <= at and not _in_aside(text, m[1], at) and not _reports(text, m, at, resolver)
    ]
    # "X, the Japanese supplier to Y, was fourth with 5.2 percent": Y sits in X's apposition.
    while (
        len(before) > 1
        and _APPOSITION.match(text, before[-2][2], before[-1][1])
        and "," in text[before[-1][2] : at]
    ):
        before.pop()
    nearest = before[-1] if before else None
    vague = _VAGUE.search(text, nearest[2], at) if nearest is not None else None
    if vague is not None:
        return "", vague.group(), "unknown"
    base = nearest[2] if nearest else 0
    # "Chinese suppliers – mainly X and Y – control more than half": a group holds the share.
    group = None
    for found in _GROUP.finditer(text, max(base, low), at):
        group = found
    if group is not None:
        return "", group.group().strip(), "group"
    anaphor = None
    for found in ANAPHOR.finditer(text, base, at):
        anaphor = found
    # A name before an earlier figure belongs to it; a reference after that figure wins.
    if nearest is not None and (anaphor is None or not (nearest[2] <= low <= anaphor.start())):
        return nearest[0], names.get(nearest[0], nearest[0]), "named"
    if anaphor is not None:
        resolved = resolver.resolve(sentence, anaphor)
        if resolved:
            return resolved, names.get(resolved, resolved), "resolved"
        return "", anaphor.group().strip(), "unknown"
    after = [m for m in sentence.mentions if m[1] >= end and m[1] - end <= 40]
    if after and re.match(
        r"^[^.;,]{0,30}?\b(?:for|held\s+by|belonging\s+to|by)\s+$", text[end : after[0][1]]
    ):
        return after[0][0], names.get(after[0][0], after[0][0]), "named"
    return "", "", ""


# A group named by origin or kind: "Chinese suppliers", "Asian battery makers".
_GROUP = re.compile(
    r"\b(?:South\s+Korean|North\s+American|[A-Z][a-z]+)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:companies|firms|makers|manufacturers|suppliers|producers|carmakers|automakers|brands|rivals|"
    r"competitors|players|groups|cell\s+makers|battery\s+makers)\b"
)
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+[^,]*$")
_VAGUE = re.compile(
    r"\b(?:one\s+of\s+them|one\s+of\s+the\s+(?:two|three|companies|firms)|either\s+of\s+them)\b",
    re.I,
)


_REPORTING = re.compile(
    r"\b(?:estimat\w*|expect\w*|forecast\w*|predict\w*|project\w*|believ\w*|says?|said|reckon\w*|"
    r"thinks?|reports?|reported|shows?|showed|according)\b",
    re.I,
)


def _reports(text: str, mention: tuple[str, int, int], at: int, resolver: Resolver) -> bool:
    """A researcher or outlet that states the figure, or a company quoted as expecting it,
    is the source of the share, not its holder."""
    known = resolver.companies.get(mention[0])
    if known is not None and known.kind in ("research firm", "media"):
        return True
    return _REPORTING.search(text, mention[2], at) is not None and not _SHARE_WORDS.search(
        text, mention[2], at
    )


def _in_aside(text: str, start: int, at: int) -> bool:
    if text[start - 1 : start] == "(" and re.match(r"\w+\)", text[start:]):
        return False  # "Acme Energy Co. Limited (AET)": the parentheses give a short form
    between = text[start:at]
    opened = text[:start]
    for left, right in (("(", ")"), ("\u2013", "\u2013"), ("\u2014", "\u2014"), (" - ", " - ")):
        if left == right:
            if opened.count(left) % 2 == 1 and right in between:
                return True
        elif opened.count(left) > opened.count(right) and right in between:
            return True
    return False
