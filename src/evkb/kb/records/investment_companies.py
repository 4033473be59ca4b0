"""Which companies a sentence's money belongs to: those it names, less one that only reports
the sum or approves it, with the company the document is about when the others are its
partners ("a joint plant with X") or "we" speaks; else those "the two companies", "the
Commission", "it" or "the company" stand for, or a lede's unnamed company that the next
sentence names. `investment_parties.py` says which of them pays and which receives.
"""

from __future__ import annotations

import re

from evkb.kb.records.anaphora import NOT_A_COMPANY
from evkb.kb.records.context import Resolver, Sentence, anaphors, kind_of_noun
from evkb.kb.records.investment_answers import in_answer
from evkb.kb.records.investment_receivers import (
    REPORTERS,
    approves_sum,
)
from evkb.kb.records.investment_spenders import spender_first
from evkb.kb.records.investment_subject import THE_COMPANY, defined_company
from evkb.kb.records.investment_words import commits
from evkb.kb.units import CURRENCY_CODES

# A lede that names its company only in the next sentence.
_INDEFINITE = re.compile(
    r"(?:^|[—–]|--)\W*(?:An?|One)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|maker|start-?up|"
    r"manufacturer|producer|supplier|recycler|developer)\b"
)


_FIRST_PERSON = re.compile(r"\b(?:we|our|We|Our)\b")
# "approved by the county council": who permits the money is not who spends it.
_PERMITTER = re.compile(
    r"\b(?:approved|backed|cleared|endorsed|welcomed)\s+by\s+(?:the\s+)?$", re.I
)


# "the Board of Commissioners voted 4-1 to approve a tax abatement for Acme": who allows the
# money is neither its spender nor its receiver.
_APPROVES_AFTER = re.compile(
    r"\s+(?:commissioners\s+|councillors\s+|council\s+)?"
    r"(?:(?:voted|agreed|moved)\s+(?:[\d-]+\s+|\w+\s+){0,3}?to\s+)?(?:approve[sd]?|OKs?\b|OK['’]?d|"
    r"sign(?:s|ed)?\s+off|rubber-stamp(?:s|ed)?|clear(?:s|ed)?|permit(?:s|ted)?)\b",
    re.I,
)


def companies_of(sentence: Sentence, resolver: Resolver, subject: str = "") -> list[str]:
    """The companies a sentence's money belongs to: those who report it or only approve it
    are not among them; "we" is the company the document is about."""
    known = resolver.companies
    text = sentence.text
    named = list(
        dict.fromkeys(
            cid
            for cid, start, end in sentence.mentions
            if (
                cid not in known
                or known[cid].kind not in REPORTERS
                or _GETS_AFTER.match(text, end)  # "the Research Council will receive"
            )
            and not _PERMITTER.search(text, max(0, start - 30), start)
            # ("The Department approved a $18 million grant": who approves aid gives it)
            and (not _APPROVES_AFTER.match(text, end) or approves_sum(text, end))
        )
    )
    if not named and _PAIR.search(text):
        # "The two companies will each put in $1.3 billion": the two the text just named.
        for back in (1, 2):
            earlier = resolver.sentences[max(0, sentence.index - back)].mentions
            pair = list(dict.fromkeys(c for c, _, _ in earlier))
            if len(pair) >= 2:
                return pair[:2]
    if (
        subject
        and named
        and subject not in named
        and all(
            _PARTNER_BEFORE.search(text, max(0, start - 60), start)
            for cid, start, _ in sentence.mentions
            if cid in named
        )
    ):
        # "500 billion won will fund a joint plant in Ohio with Summit Motor": the partner
        # named after "with" joins the spender the document is about; it is not the spender.
        return [subject, *named]
    if subject and _FIRST_PERSON.search(text) and subject not in named:
        we = _FIRST_PERSON.search(text)
        if we and (
            not named or we.start() < next(s for c, s, _ in sentence.mentions if c in named)
        ):
            return [subject, *named]
    if not named and "the " in text:
        head = _THE_BODY.search(text)
        body = _body_named(head.group(1), resolver) if head else ""
        if body:
            return [body]  # "the Commission will award €2.4 billion": the European Commission
    first = next(iter(anaphors(sentence.text)), None)
    if first is not None and (not sentence.mentions or first.start() < sentence.mentions[0][1]):
        if subject and THE_COMPANY.match(text, first.start()) and _defines(resolver, subject):
            return [subject, *(n for n in named if n != subject)]  # a filing's "the Company"
        spender = _spender(resolver, sentence, first)  # "The US startup, which supplies X, will"
        if spender:
            return [spender, *(n for n in named if n != spender)]
    if named:
        mentions = sentence.mentions
        if (
            len(named) > 1
            and len(mentions) > 1
            and mentions[0][0] == named[0]
            and _OWNER_OF_NEXT.match(text, mentions[0][2], mentions[1][1])
        ):
            return [named[1], named[0], *named[2:]]  # "Acme's partner, Borel, will provide"
        return spender_first(sentence, named)  # "To serve Acme, Corvat will spend": Corvat
    if _INDEFINITE.search(text, 0, 120) and sentence.index + 1 < len(resolver.sentences):
        # "A battery recycling company says it will spend $450 million ..." and the next
        # sentence opens with its name.
        following = resolver.sentences[sentence.index + 1]
        if following.mentions and re.match(r"\W*$", following.text[: following.mentions[0][1]]):
            return [following.mentions[0][0]]
    for match in anaphors(sentence.text):
        found = _spender(resolver, sentence, match)
        if found:
            return [found]
    if subject and not sentence.mentions and _spoken_or_told_far_back(sentence, resolver):
        # "The company will spend $2.6 billion on a factory", "Now it is spending ...": the
        # company the document is about, which a long read names once, far back
        return [subject]
    if (
        subject
        and not sentence.mentions
        and _unresolved_company_spends(sentence, resolver)
        and _still_about(subject, sentence, resolver)
    ):
        # "To get there, the company is adding a $145 million line", "What the company did
        # confirm is a €140 million line": "the company" that spends, whom the sentences before
        # leave open (a rival quoted beside it), is the company the document is about when
        # the story is still about it (a live blog's entry on another opens on that other)
        return [subject]
    said = _SAID.search(text)
    if said:
        # "... at its Kolding facility in Syddanmark to 4 GWh, the company said": the places the
        # sentence names are no company "the company" could be, nor is a government.
        found = resolver.focus(sentence, NOT_A_COMPANY if said.group(1) else frozenset())
        return [found] if found else []
    return []


# "The company will", "To get there, the firm is", "Now it is": "it" or "the company" as the
# subject the sentence opens on (not "Acme's chief executive said the company would", which
# names whose it is in words no rule reads).
_ANAPHOR_SUBJECT = re.compile(
    r"(?:[^.;:,]{0,40},\s+|(?:Now|Today|Meanwhile|So|Next)\s+)?(?:[Tt]he\s+(?:company|firm|group)|"
    r"[Ii]t)\s+(?:will|would|is|was|has|had|plans|expects|intends|wants|now)\b"
)


def _spoken_or_told_far_back(sentence: Sentence, resolver: Resolver) -> bool:
    """Whether a sentence committing money is the company's own answer in an interview
    ("AR: A A$40 million assembly plant at Pellmoor"), or opens on "it" or "the company" as
    its subject and the sentences "it" is looked for in (`Resolver.focus`) name no company
    ("The former ... It will spend" after two named is no long read's company)."""
    if not any(q.unit in CURRENCY_CODES for q in sentence.quantities) or not commits(sentence):
        return False
    at = sentence.index
    return in_answer(sentence) or (
        _ANAPHOR_SUBJECT.match(sentence.text) is not None
        and not any(s.mentions for s in resolver.sentences[max(0, at - 4) : at])
    )


# "the company" (not a filing's "the Company") as the subject of a verb, wherever it stands:
# "To get there, the company is adding", "What the company did confirm is"
_THE_COMPANY_DOES = re.compile(
    r"\bthe\s+(?:company|firm)\s+(?:(?:also|now|still|then|itself)\s+)?(?:is|was|will|would|has|"
    r"had|did|does|plans|expects|intends|wants|said|says|confirmed|confirms|announced)\b"
)


# "It" as the subject the sentence opens on, after an opening clause at most: "It will spend",
# "In March, it is adding", "Next year it will build" (not "Analysts said it would")
_IT_DOES = re.compile(
    r"\W*(?:[^.;:]{0,90}?,\s+|(?:Now|Then|So|Next\s+year|This\s+year)\s+)?"
    r"[Ii]t\s+(?:(?:also|now|still|then|itself)\s+)?(?:is|was|will|would|has|had|plans|expects|"
    r"intends|wants)\b"
)
# "at the company's new plant in Quenby, which will cost", "the firm's second line, a $60
# million investment": the plant "the company" owns, whose cost the sentence gives
_THE_COMPANYS_PLANT = re.compile(
    r"\bthe\s+(?:company|firm)['’]s\s+(?:[\w-]+\s+){0,3}?(?:plant|factory|line|site|facility|"
    r"complex|project)\b"
)
# A sentence whose subject is "the company" (lower case) or "it": "The company now wants to build
# its own packs", "Since then, the firm has grown", "It is growing fast"
_OPENS_ON_THE_COMPANY = re.compile(
    r"\W*(?:[^.;:]{0,90}?,\s+|(?:Now|Then|So)\s+)?(?:[Tt]he\s+(?:company|firm)|[Ii]t)\s"
)


def _unresolved_company_spends(sentence: Sentence, resolver: Resolver) -> bool:
    """Whether the sentence commits a sum and its subject is "the company" (lower case), or it
    prices "the company's" plant, or its subject is the "it" it opens on right after a sentence
    that opens on "the company" or "it": the same company ("The company now wants its own
    packs. It will spend $48 million"), not one the sentence before calls otherwise ("The
    former is not standing still. It will spend")."""
    text = sentence.text
    return (
        (
            ("the " in text and _THE_COMPANY_DOES.search(text) is not None)
            or _THE_COMPANYS_PLANT.search(text) is not None
            or (
                _IT_DOES.match(text) is not None
                and sentence.index > 0
                and _OPENS_ON_THE_COMPANY.match(resolver.sentences[sentence.index - 1].text)
                is not None
            )
        )
        and any(q.unit in CURRENCY_CODES for q in sentence.quantities)
        and commits(sentence)
    )


def _still_about(subject: str, sentence: Sentence, resolver: Resolver) -> bool:
    """Whether the sentences since `subject` was last named (at most eight back) open on no
    other company: "Acme ... The company kept its forecast. According to the company, ..."."""
    for told in reversed(resolver.sentences[max(0, sentence.index - 8) : sentence.index]):
        if any(cid == subject for cid, _, _ in told.mentions):
            return True
        opener = told.mentions[0] if told.mentions else None
        if opener and _OPENS_ON.fullmatch(told.text, 0, opener[1]):
            return False  # "Borel Cells, the Lyon maker, now expects": the story is on Borel
    return False


# Up to a name that opens its sentence: a few words of description ("French carmaker", "The
# Lyon maker"), a dateline's dash, a quote mark
_OPENS_ON = re.compile(r"[\W\d]*(?:[\w-]+\s+){0,3}")


def _spender(resolver: Resolver, sentence: Sentence, match: re.Match[str]) -> str:
    """Who "it" or "the company" is when it spends: a rating agency or a market researcher
    writing about a company is not "the company's expansion" it rates."""
    found = resolver.resolve(sentence, match)
    known = resolver.companies.get(found)
    if (
        known is not None
        and known.kind in REPORTERS
        # "the research firm will ..." says it is one; "it", "the company" do not
        and (match.group("pron") or kind_of_noun(match.group("noun")) not in REPORTERS)
    ):
        return resolver.focus(sentence, frozenset({*NOT_A_COMPANY, *REPORTERS}))
    return found


def _defines(resolver: Resolver, subject: str) -> bool:
    """Whether the document defines `subject` as "the Company"."""
    return defined_company(resolver.sentences) == subject


# "a joint plant in Ohio with", "a venture with", "together with": a partner follows.
_PARTNER_BEFORE = re.compile(
    r"\b(?:joint(?:ly)?|together|partnership|venture|alongside)\b[^.;]{0,40}\bwith\s+(?:the\s+)?$",
    re.I,
)


# "Acme's partner, Borel,": the possessive's owner is not who acts.
_OWNER_OF_NEXT = re.compile(r"['’]s\s+(?:[\w-]+,?\s+){1,3}?$")
_SAID = re.compile(r",\s+(?:(the\s+company|the\s+firm|the\s+group)|it)\s+(?:said|says|added)\b")
_GETS_AFTER = re.compile(
    r"\s+(?:will\s+|would\s+|has\s+|is\s+to\s+)?(?:receiv\w*|gets?|got|wins?|won|secur\w*|"
    r"rais\w*|invest\w*|spend\w*|spent|build\w*)\b"
)


_PAIR = re.compile(
    r"\b(?:the\s+two\s+(?:companies|firms|groups|partners|carmakers|automakers)|"
    r"both\s+(?:companies|firms|groups|partners)|the\s+partners)\b",
    re.I,
)


# "the Commission", "the Fund": a body named by the head of its name, capitalised.
_THE_BODY = re.compile(
    r"\b[Tt]he\s+(Commission|Ministry|Department|Fund|Bank|Agency|Authority|Council|Board|"
    r"Government|Office|State|Region|Shire|Municipality)\b(?!\s+(?:of|for)\b|\s+[A-Z])"
)


def _body_named(head: str, resolver: Resolver) -> str:
    """The one company the document names whose name's head is `head`, or ""."""
    word = head.casefold()
    bodies = [
        ident
        for ident in resolver.mentioned
        if ident.endswith(f"-{word}") or f"-{word}-of-" in ident or ident.startswith(f"{word}-of-")
    ]
    return bodies[0] if len(bodies) == 1 else ""
