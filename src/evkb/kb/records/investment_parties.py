"""Who an investment's money belongs to: who spends or gives it, and who receives it.

The companies a sentence names, or those its "it", "we" or "the two companies" stands for (read
in `investment_companies.py`); a grant's receiver where the sentence names only the giver.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.gates import folded_pattern, gated
from evkb.kb.records.context import Resolver, Sentence
from evkb.kb.records.investment_datives import dative_parties, told_receiver
from evkb.kb.records.investment_receivers import (
    financed_project,
    funder,
    project_of,
    sentence_funders,
    to_unknown,
    told_plant,
)
from evkb.kb.units import CURRENCY_CODES
from evkb.model import Investment

_RECEIVE = re.compile(
    # "won" after a figure is Korea's currency ("2.1 trillion won"), not the verb.
    # ("To get there, the company is adding": going somewhere, no money got)
    r"\b(?:receiv\w*|(?:get|gets|got)(?!\s+(?:there|here|started|going|back\s+to)\b)|"
    r"won(?<!illion\swon)(?<!\d\swon)|wins|obtain\w*|landed|"
    # "secured a $90 million loan"; not "a loan partly secured by a guarantee", nor "a programme
    # to secure domestic supply" (no money secured)
    r"secur(?:e|es|ed|ing)\b(?!\s+by\b)(?=[^.;]{0,40}?(?:[$€£¥₹\d]|\b(?:loans?|grants?|funding|"
    r"financing|investment|backing|subsid\w*|credit|aid)\b))|"
    # "raised €400 million", "raising a funding round"; not "to raise production"
    # ("raised CHF 35 million", "raises ILS 42 million": a currency's code before the figure)
    r"(?<!to\s)rais(?:e|ed|es|ing)(?=\s+(?:an?\s+|about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?"
    r"(?:[$€£¥₹\d]|Rs\.?\s|[A-Z]{1,2}\$|(?-i:[A-Z]{3})\s?\d)"
    r"|[^.]{0,25}\b(?:funding|capital|financing|round)\b)|"
    # "closed a EUR 28 million Series A round led by X": a round closed is money received
    r"clos(?:e|es|ed|ing)\s+(?:an?\s+|its\s+)[^.;]{0,40}?\bround\b|"
    # "closed a $240 million Series C financing led by X", "raised Nu 85 million in a round
    # led by X": a round that another leads is money its subject receives
    r"(?:round|financing|funding)\s+led\s+by\b|"
    r"(?:was|were|been|be|is|are)\s+(?:awarded|granted|given|offered|lent)|"
    r"(?:part[\s-])?(?:funded|financed)\s+by|"
    # "lending us 150 million euros"; not "will lend US$20 million"
    r"(?:giv\w*|offer\w*|grant\w*|lend\w*|award\w*|pay\w*)\s+(?-i:us)(?![$\w]))",
    re.I,
)
_RECEIVE = gated(
    _RECEIVE,
    "receiv get got won wins secur obtain landed rais award grant giv offer lent lend funded"
    " financed pay clos led",
)
_GIVE = re.compile(
    r"\b(?:provid\w*|offer\w*|giv(?:e|es|ing)|gave|grant(?:s|ed|ing)?|award(?:s|ed|ing)?|lend(?:s|ing)?|lent|"
    r"extend\w*|allocat\w*)\b",
    re.I,
)
_GIVE = folded_pattern(_GIVE)


_JOINED = re.compile(r"\s*(?:,|and|&|,\s*and)\s*")


def _subjects(sentence: Sentence, companies: list[str]) -> tuple[str, ...]:
    """The paying company, and a second one only when joined to it ("Acme and Ferrona will")."""
    mentions = sentence.mentions
    if (
        len(companies) > 1
        and len(mentions) > 1
        and mentions[0][0] == companies[0]
        and _JOINED.fullmatch(sentence.text, mentions[0][2], mentions[1][1])
    ):
        return (companies[0], mentions[1][0])
    return tuple(companies[:1])


# "Y will provide", "Y has also granted": the name is the subject of a verb of giving.
_GIVES_AFTER = re.compile(
    r"\s+(?:(?:will|would|has|have|had|is\s+to|also)\s+)*(?:provid|grant|lend|lent|offer|award|"
    r"contribut|give|gave|extend|allocat)\w*",
    re.I,
)
_FROM = re.compile(r"\b(?:from|by|led\s+by)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?$", re.I)


def named_after_from(sentence: Sentence, ident: str) -> bool:
    """Whether every mention of `ident` in the sentence follows "from" or "led by"."""
    starts = [start for cid, start, _ in sentence.mentions if cid == ident]
    return bool(starts) and all(
        _FROM.search(sentence.text, max(0, start - 40), start) for start in starts
    )


def _givers(sentence: Sentence, companies: list[str], after: int = 0) -> tuple[str, ...]:
    """Who the money comes from: a company named after "from" or "led by" (and after the verb
    of receiving: "The spin-out from the Institute has raised" names where it comes from)."""
    for ident, start, _ in sentence.mentions:
        if (
            ident != companies[0]
            and start >= after
            and _FROM.search(sentence.text, max(0, start - 40), start)
        ):
            return (ident,)
    return ()


# "a €45 million grant from X", "a loan of $2 billion from X", "backing from X": whatever the
# verb, the name after "from" gives the money.
_MONEY_FROM = re.compile(
    r"\b(?:grants?|loans?|funding|financing|backing|investment|money|aid|support|"
    r"subsid(?:y|ies)|equity|credit|facility)\s+(?:of\s+[^,;()]{1,40}?\s+)?from\s+"
    r"(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?$",
    re.I,
)


def _money_from(sentence: Sentence, companies: list[str]) -> tuple[str, ...]:
    """The company a sum comes from, named after "grant from", "a loan of ... from"."""
    text = sentence.text
    for ident, start, _ in sentence.mentions:
        if ident in companies and _MONEY_FROM.search(text, max(0, start - 90), start):
            return (ident,)
    return ()


# "... 140 million euros to the", "a grant of $3 million to the local organisation": the sum's
# receiver is named next
# ("to a supplier of Acme" is for the supplier; "(about $10 million) to Acme": after the sum's
# equivalent in brackets)
_TO_NEXT = re.compile(r"\)?\s+to\s+(?:the\s+)?(?:(?!of\b|for\b|and\b|with\b)[a-z][\w-]*\s+){0,3}$")


def _given_to(sentence: Sentence, kind: str, giving: bool) -> tuple[str, ...]:
    """The company a sum given or lent goes to, named after "to" right after the sum."""
    if not (giving or kind in ("loan", "subsidy")):
        return ()
    ends = [sentence.local(q)[1] for q in sentence.quantities if q.unit in CURRENCY_CODES]
    for ident, start, _ in sentence.mentions:
        if any(
            0 <= start - end <= 60 and _TO_NEXT.match(sentence.text, end, start) for end in ends
        ):
            return (ident,)
    return ()


_INVESTED_IN = re.compile(
    # ("led a CHF 60 million funding round for Acme", "a $180 million Series B financing in")
    r"\b(?:(?:round|stake|investment|invest(?:s|ed|ing)?|holding|funding|financing)\s+in|"
    r"(?:round|funding|financing)\s+(?:for|into)|buy|buys|bought|buying|"
    r"acquir(?:e|es|ed|ing))\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
_MAKERS = ("automaker", "cell maker", "supplier")
_PUT_IN = re.compile(
    r"\b(?:stakes?|put(?:s|ting)?\s+in|into\s+the\s+(?:company|venture|start-?up|business)|"
    r"contribut(?:e|es|ed|ing)|chip(?:s|ped|ping)?\s+in)\b",
    re.I,
)
_PLANT_WORD = re.compile(r"\b(?:plant|factory|gigafactory|refinery|facility)\b", re.I)


def parties(
    sentence: Sentence,
    companies: list[str],
    kind: str,
    unnamed_giver: bool,
    resolver: Resolver,
    subject: str,
    earlier: Sequence[Investment],
) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The record's kind (a government's spending is a subsidy), who pays and who receives."""
    text = sentence.text
    apposed = sentence_funders(sentence)

    def gives(ident: str, known: dict) -> bool:
        return ident in apposed or funder(ident, known)

    # Who pays and who receives follows the verb: "X will receive / raised ... from Y",
    # "X will provide a grant to Y", "X will invest ...".
    received = _RECEIVE.search(text)
    receiving = received is not None
    giving = not receiving and _GIVE.search(text) is not None
    by = (
        _givers(sentence, companies, received.start() if received else 0)
        if receiving
        else tuple(companies[:1])
        if giving
        else _subjects(sentence, companies)
    )
    to = tuple(companies[:1]) if receiving else tuple(companies[1:2]) if giving else ()
    # ("funded partly by a £20m loan from X": X gives, where the verb of receiving found none)
    lender = _money_from(sentence, companies) if not (receiving and by) else ()
    if lender:
        # "Acme expects a grant from the Fund": the noun is no verb; "from" says who gives.
        by = lender
        to = next(((c,) for c in companies if c != lender[0]), ())
    given_to = () if receiving else _given_to(sentence, kind, giving)
    if given_to:
        # "The State will lend €140 million to Acme", "a grant of $3 million to the local
        # group Acme": the name after "to" receives, whoever else gives
        by, to = tuple(c for c in by if c != given_to[0]), given_to
    if receiving and not by and named_after_from(sentence, companies[0]):
        # "We received a $200 million grant from the Department of Energy": the one company
        # named is the giver; the receiver is whoever "we" is, if known.
        by, to = tuple(companies[:1]), tuple(companies[1:2])
    if not to and by:
        # "led a $75 million round in Zlín", "took a stake in Acme": who is invested in.
        to = next(
            (
                (ident,)
                for ident, start, _ in sentence.mentions
                if ident not in by and _INVESTED_IN.search(text, max(0, start - 50), start)
            ),
            (),
        )
    known = resolver.companies
    if (
        kind == "investment"
        and by
        and not to
        and subject
        and subject not in by
        and not (by[0] in known and known[by[0]].kind in ("government", "association"))
        and subject in known
        and not gives(subject, known)
        and _PUT_IN.search(text)
    ):
        # "Quillet will put in RM25 million of the total", "Acme contributes US$150 million in
        # cash", "took a stake of 10 percent": a partner's money goes into the company the
        # document is about when the sentence names no other
        to = (subject,)
    if giving and to and gives(to[0], known) and gives(by[0], known):
        to = ()  # "The state will contribute €60m, and the ministry has awarded €95m": two givers
    if (
        giving
        and to
        and any(cid == to[0] and _GIVES_AFTER.match(text, end) for cid, _, end in sentence.mentions)
    ):
        to = ()  # "X granted ISK 4.2 billion, and the lender Y will provide a loan": Y gives too
    if unnamed_giver:
        by, to = (), (companies[0],)
    if (
        kind in ("investment", "spending")
        and not to
        and by
        and by[0] in known
        and known[by[0]].kind == "government"
        and subject
        and subject not in by
    ):
        kind = "subsidy"  # "the State Government would contribute A$45 million towards ..."

    if (
        kind in ("subsidy", "loan")
        and by
        and not to
        and not giving
        and not lender
        and not gives(by[0], known)
    ):
        # "Acme would pay 40 percent of its taxes, a break worth $62 million",
        # "Acme closed a €1.9bn debt package": a company's own aid or loan is one it gets,
        # from whoever the sentence names after "from" ("financed it with a loan from X").
        by, to = _givers(sentence, list(by[:1])), by[:1]
    if (
        kind in ("subsidy", "loan")
        and all(gives(t, known) for t in to)
        and not to_unknown(sentence)
    ):
        # A grant is for the project it names ("tax credits to the Zandor project"), else for
        # the company the document is about: a maker, or one the text has just named.
        receiver = (
            project_of(text, earlier, sentence.mentions)
            or told_plant(sentence, earlier, subject, resolver)
            # a grant naming only its giver goes on about the sum told just before
            or told_receiver(sentence, earlier, resolver)
            or (
                subject
                if (subject in known and known[subject].kind in _MAKERS)
                # "The Fund has approved a loan of $60 million": a funder's sum, the subject's
                or (
                    (giving or (by and gives(by[0], known)))
                    and subject in known
                    and not gives(subject, known)
                )
                or any(
                    subject in (c for c, _, _ in s.mentions)
                    # "The state will put $150 million towards a refinery. Acme will build it":
                    # money for a plant is its builder's, named next.
                    for s in resolver.sentences[
                        max(0, sentence.index - 3) : sentence.index
                        + (2 if _PLANT_WORD.search(text) else 1)
                    ]
                )
                else ""
            )
        )
        if receiver and receiver not in by:
            to = (receiver,)
    project = financed_project(sentence, resolver, by) if kind in ("loan", "subsidy") else ""
    to = (project,) if project else to  # "The expansion is financed by a loan from X"
    dative = dative_parties(sentence, resolver, subject, to)
    if dative is not None:
        by, to = dative  # "X will lend Y $150 million", "X is lending us": the object receives
    return kind, by, to
