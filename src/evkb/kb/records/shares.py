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
    UNDATED,
    Dateline,
    Resolver,
    Sentence,
    dates,
    frame_of,
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
    r"of\s+(?:its\s+|their\s+|full\s+|installed\s+|nameplate\s+)?(?:capacity|range|charge)|efficien|capacity\b|"
    r"discount|tariff|tax|stake)",
    re.I,
)
_OWN_BUSINESS = re.compile(
    r"^\s*(?:of\s+)?(?:(?:its|their|the\s+company['’]s)\s+(?:\w+\s+)?"
    r"(?:sales|revenue|output|lineup|models|packs|cells|batteries|purchases|needs|requirements|"
    r"demand|supplies|capacity|production|workforce|employees|staff|workers|jobs)|"
    r"the\s+(?:\w+\s+){0,2}(?:it|they)\s+(?:uses?|buys?|needs?|makes?|sells?|produces?|"
    r"consumes?|sources?|imports?|builds?)\b)",
    re.I,
)
# "X held 18.4 per cent of ...", "supplied 40% of ...": holding a part of a whole is share talk.
_HOLDS_PART = re.compile(
    r"\b(?:held|holds?|supplied|supplies|accounted\s+for|accounts?\s+for|made\s+up|makes?\s+up|"
    r"took|takes|controlled|controls?|captured|captures?|commanded|commands?)\s+"
    r"(?:\w+\s+){0,2}?[\d.]+\s*(?:%|per\s*cent|percent)\s+of\b",
    re.I,
)
# A share to come: "a 25 per cent share of UK supply by 2030", "its share to reach 40%".
_BY_YEAR = re.compile(r"[^.;%]{0,60}?\bby\s+(?:the\s+end\s+of\s+)?(?P<y>(?:19|20)\d{2})\b")
_TO_COME = re.compile(
    r"(?:\bto\s+(?:reach|hit|exceed|top|rise\s+to|grow\s+to|climb\s+to|increase\s+to)|"
    r"\b(?:targets?|targeting|goal\s+of|aims?\s+(?:for|at))\s+(?:an?\s+)?)\s*(?:about\s+|around\s+)?$",
    re.I,
)


def _is_target(text: str, at: int, end: int, high: int, written: Dateline) -> bool:
    """A target or forecast, not a share held: the figure is one "to reach", or one "by" a
    year after the article was written (any year when that is unknown)."""
    if _TO_COME.search(text, max(0, at - 40), at):
        return True
    by = _BY_YEAR.match(text, end, high)
    return by is not None and (not written.period or by.group("y") > written.period[:4])


def _may_hold(holder: str, resolver: Resolver) -> bool:
    """Whether a company "it" resolved to can hold a market share: not a researcher, an
    outlet, an association or a government that the sentence before quoted."""
    known = resolver.companies.get(holder)
    return bool(holder) and (known is None or known.kind not in _NOT_HOLDERS)


def _sole_holder(resolver: Resolver) -> str:
    able = [c for c in resolver.mentioned if _may_hold(c, resolver)]
    return able[0] if len(able) == 1 else ""


_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)
_NOT_HOLDERS = frozenset({"research firm", "media", "association", "government"})
_RUNS_AT = re.compile(
    r"\b(?:runs?|running|ran|operat(?:es|ed|ing|e))\s+at\s+(?:about\s+|around\s+|nearly\s+)?$", re.I
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
    if _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(after) or _RUNS_AT.search(before):
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
    source: str,
    sentences: Sequence[Sentence],
    resolver: Resolver,
    names: dict[str, str],
    written: Dateline = UNDATED,
) -> list[Share]:
    """Every market-share figure of the body sentences; `written` is when the article was
    written, for the periods it names against that ("in May", "last year")."""
    shares: list[Share] = []
    seen: set[str] = set()
    running = ""  # the last period a sentence of the passage named
    passage = ""
    # The period a ranking is about: it goes on to the following figures that name none, until
    # a few sentences pass without a share ("Borealis ranked second with 15.8 percent").
    ranking, ranking_scope, ranking_seen = "", "", -10
    talks = [
        _SHARE_WORDS.search(s.text) is not None or _HOLDS_PART.search(s.text) is not None
        for s in sentences
    ]
    bracketed = ""  # the period a table's bracketed figures are of ("H1 2024 in brackets")
    holders: dict[int, set[str]] = {}  # the companies each sentence gives a share to
    frame = frame_of(sentences)
    # The period a ranking's comparisons are about ("down from 15.9% a year earlier"): an
    # undated figure after "up from" / "compared with" later in the ranking is of that period.
    comparison = ""
    for sentence in sentences:
        if sentence.passage.id != passage:
            passage, running = sentence.passage.id, ""
        if sentence.index - ranking_seen > 4:
            ranking, comparison, bracketed = "", "", ""
        stated = [
            (p, period)
            for p, period in dates(sentence, frame, written)
            if not _BY_BEFORE.search(sentence.text, 0, p)
        ]
        percents = [
            q
            for i, q in enumerate(sentence.quantities)
            if q.unit == "percent" and not restates(sentence.quantities, i)
        ]
        legend = _LEGEND.search(sentence.text)
        if legend is not None:
            group = "p" if legend.group("p") else "q"
            bracketed = next(
                (pd for p, pd in stated if legend.start(group) <= p < legend.end(group)), ""
            )
            stated = [(p, pd) for p, pd in stated if not legend.start() <= p < legend.end()]
            ranking_seen = sentence.index
        # A ranking goes on over sentences and paragraphs that no longer say "share".
        if percents and (ranking or any(talks[max(0, sentence.index - 4) : sentence.index + 1])):
            text = sentence.text
            scope, metric = _scope_metric(text)
            # Another market ("the Indian market") is not the ranking's: no period inherited.
            inherited = ranking if not scope or not ranking_scope or scope == ranking_scope else ""
            positions = [sentence.local(q) for q in percents]
            main = ""  # the period of the sentence's first dated figure: the one it is about
            unheld = -1  # the last figure left without a holder
            for n, q in enumerate(percents):
                at, end = positions[n]
                if not is_share_figure(sentence, at, end, not q.text[:1].isdigit()) or (
                    q.text.lower().startswith("half")
                    and re.search(r"(?:first|second)\s+$", text[:at])
                ):
                    continue
                low = positions[n - 1][1] if n else 0
                high = positions[n + 1][0] if n + 1 < len(percents) else len(text)
                if _is_target(text, at, end, high, written):
                    continue
                holder, label, how = _holder(sentence, at, end, low, resolver, names)
                if how in ("unknown", "resolved") and not _may_hold(holder, resolver):
                    # "its" after a sentence whose one holder was "the Korean battery giant"
                    # is that holder, not the researcher the sentence quoted.
                    earlier = holders.get(sentence.index - 1) or holders.get(sentence.index - 2)
                    pronoun = how == "resolved" or label.lower() in _PRONOUNS
                    if pronoun and earlier and len(earlier) == 1:
                        holder = next(iter(earlier))
                        label, how = names.get(holder, holder), "resolved"
                    elif how == "resolved":
                        continue
                if not how or (unheld == n - 1 and _COMPARED.match(text, low, at)):
                    unheld = n  # "Y had 2.2% (1.9%)": the comparison is Y's too
                    continue
                stop = text.find(";", end, high)
                after = [pd for p, pd in stated if end <= p < (high if stop < 0 else stop)]
                # A date after an earlier figure belongs to it ("5.1 percent in June 2023").
                before = [pd for p, pd in stated if low <= p < at] if not n else []
                leading = [pd for p, pd in stated if p < positions[0][0]]
                earlier_year = _EARLIER.match(text, end) or _EARLIER_OWN.search(text, low, at)
                if earlier_year and _UNCHANGED.search(text, end, earlier_year.end()):
                    earlier_year = None  # "25%, unchanged from a year earlier": now's figure
                year_colon = _YEAR_COLON.search(text, low, at)
                if _UNDATABLE.search(text, 0, at) and not after:
                    as_of = ""  # "in the previous fiscal year": the text does not say when
                elif year_colon is not None:
                    as_of = year_colon.group("y")  # "(2024: 15.2 per cent)"
                elif after and not (
                    earlier_year and earlier_year.end() <= text.find(after[0][:4], end)
                ):
                    as_of = after[0]
                elif earlier_year:
                    # "16.4% a year earlier", "6.9% in the previous quarter": the period in
                    # view, shifted back.
                    # "9.3% in the three months to September, from 8.1% in the previous quarter"
                    # compares with the sentence's own period; else the ranking's is in view.
                    own = main if n and _COMPARES_TO.search(text, low, at) else ""
                    reference = (
                        leading[-1] if leading else own or inherited or main or running or frame
                    )
                    as_of = _shifted(reference, earlier_year)
                elif bracketed and text[:at].rstrip().endswith("("):
                    as_of = bracketed  # a table row's "(35.1%)" under "H1 2024 in brackets"
                elif n and _COMPARED.match(text, positions[n - 1][1], at):
                    # "up from 9.6%", "compared with 5.2%", "(2.4% a year earlier), X had 2.2%
                    # (1.9%)": an undated comparison is of the ranking's comparison period.
                    as_of = comparison
                else:
                    as_of = (
                        before[-1]
                        if before
                        else leading[-1]
                        if leading
                        else main or running or inherited
                    )
                    in_view = _IN_VIEW.match(text, end)
                    if not as_of and (len(percents) > 1 or _rank(text) or in_view):
                        as_of = frame  # a ranking sentence in an article about one period
                    if not as_of and in_view and in_view.group("part").lower() == "quarter":
                        as_of = written.last("quarter")  # a results call's "in the quarter"
                if n and as_of and as_of != main and _COMPARED.match(text, positions[n - 1][1], at):
                    comparison = as_of
                clause = text[low:high]
                tail = _RANK_TAIL.match(text, end, high)
                rank_text = text[max(low, at - 80) : tail.end() if tail else end]
                if earlier_year or (n and _COMPARED.match(text, low, at)):
                    rank_text = ""  # "down from 25.6 percent the previous year": no rank of its own
                period = as_of or "undated"
                ident = f"{source}-share-{slug(holder or label)}-{period}-{number_id(q.value)}"
                if ident in seen:
                    continue
                seen.add(ident)
                if as_of and not ranking and not (n and _COMPARED.match(text, low, at)):
                    ranking, ranking_scope = as_of, scope
                if as_of and not main and not earlier_year:
                    main = as_of
                ranking_seen = sentence.index
                if holder:
                    holders.setdefault(sentence.index, set()).add(holder)
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


_COMPARES_TO = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?|than)\s+(?:about\s+|around\s+)?$", re.I
)
_RANK_TAIL = re.compile(r"[^,.;]*(?:,\s+(?:ranking|ranked|placing|in)\s+[\w-]+(?:\s+place)?\b)?")
_COMPARED = re.compile(
    r"[^.;%]{0,12}?(?:\b(?:up|down)\s+from|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?|"
    r"\bfrom)\s+(?:about\s+|around\s+)?$|\s*\($"
)
# A figure of the period in view shifted back: "a year earlier", "the year before", "the same
# period last year", "the previous quarter", "a month earlier".
_EARLIER = re.compile(
    r"[^.;%]{0,40}?\b(?:(?P<year>a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year|"
    r"the\s+year\s+(?:before|earlier)|"
    r"(?:in\s+)?the\s+year[- ](?:ago|earlier)\s+(?:period|quarter|month|half)|"
    r"(?:in\s+)?the\s+same\s+(?:period|months?|quarter|half)\s+"
    r"(?:a\s+year\s+(?:earlier|ago)|last\s+year|of\s+the\s+previous\s+year))|"
    r"(?P<quarter>(?:in\s+)?the\s+(?:previous|prior|preceding)\s+quarter|a\s+quarter\s+(?:earlier|before)|"
    r"the\s+quarter\s+before)|"
    r"(?P<month>(?:in\s+)?the\s+(?:previous|prior|preceding)\s+month|a\s+month\s+(?:earlier|before)|"
    r"the\s+month\s+before))",
    re.I,
)
# "up from last year's 11.2 per cent": the period in view a year back.
_EARLIER_OWN = re.compile(
    r"\b(?P<year>last\s+year|the\s+(?:previous|prior)\s+year|a\s+year\s+(?:earlier|ago))['’]s\s+"
    r"(?:\w+\s+)?(?:about\s+|around\s+)?$",
    re.I,
)
# "in the quarter", "during the period": the period the article is about.
_UNCHANGED = re.compile(
    r"\b(?:unchanged|flat|steady|stable|up|down|higher|lower)\s+(?:\w+\s+)?(?:from|on|than|against|over)\b",
    re.I,
)
_IN_VIEW = re.compile(
    r"[^.;%]{0,20}?\b(?:(?:in|during|for|over)\s+the|this)\s+(?P<part>quarter|period|half)\b",
    re.I,
)
_YEAR_COLON = re.compile(r"\(\s*(?P<y>(?:19|20)\d{2})\s*:\s*$")
# A table's legend: "(H1 2024 in brackets)", "figures in parentheses are for 2024".
_LEGEND = re.compile(
    r"\((?P<p>[^()]{2,30}?)\s+in\s+(?:brackets|parentheses)\)|"
    r"\bin\s+(?:brackets|parentheses)\s+(?:are\s+)?(?:for|from|of)\s+(?P<q>[^.;:()]{2,30})",
    re.I,
)
_UNDATABLE = re.compile(
    r"\b(?:previous|prior|last|this|current)\s+(?:fiscal|financial)\s+year\b", re.I
)
_PRONOUNS = frozenset({"it", "its", "the company", "the company's", "the company’s", "the firm"})


def _shifted(period: str, earlier: re.Match[str]) -> str:
    """The period in view moved back a year, a quarter or a month ("2025-09" -> "2025-06");
    "" when it is unknown or a bare year cannot move by less than a year."""
    if not period[:4].isdigit():
        return ""
    if earlier.group("year"):
        return f"{int(period[:4]) - 1}{period[4:]}"
    if len(period) < 7:
        return ""
    months = int(period[:4]) * 12 + int(period[5:7]) - 1 - (3 if earlier.group("quarter") else 1)
    return f"{months // 12}-{months % 12 + 1:02d}"


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
        if not _RELATIVE.search(text, base, found.start()) or "," not in text[found.end() : at]:
            group = found  # not "X, which sells mainly to Chinese brands, was third"

    if group is not None:
        return "", group.group().strip(), "group"
    anaphor = None
    for found in ANAPHOR.finditer(text, base, at):
        anaphor = found
    speaker = None
    for found in _FIRST_PERSON.finditer(text, base, at):
        speaker = found
    if speaker is not None and (anaphor is None or speaker.start() > anaphor.start()):
        # "Our share ... was 7.4%" in a call or a release: the one company the document
        # names that can hold a share speaks; else the writer does, who holds none.
        sole = _sole_holder(resolver)
        return (sole, names.get(sole, sole), "resolved") if sole else ("", "", "")
    # A name before an earlier figure belongs to it; a reference after that figure wins.
    if nearest is not None and (anaphor is None or not (nearest[2] <= low <= anaphor.start())):
        if _OTHER_HOLDER.search(text, nearest[2], at):
            return "", "", ""  # "X held 2.6%, Y had 2.2%" with Y unknown: not X's figure
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
# A capitalised name the text gives a figure to ("..., Hefeng Lithium had 2.2%", "followed by
# Jiangyuan at 24.9%") that is not a known company: the figure is not the earlier name's.
_OTHER_HOLDER = re.compile(
    r"(?:,\s+(?:and\s+|while\s+)?|\b(?:and|followed\s+by|ahead\s+of|behind)\s+)"
    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}\s+(?:had|held|has|holds|took|takes|was|with|at|on)\s+"
    r"(?:a\s+|about\s+|around\s+|just\s+)?(?:[\w-]+\s+)?$"
)
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b")
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
