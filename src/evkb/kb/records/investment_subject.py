"""The company a document is about: the one it defines as "the Company", a call's host, else
the one named most often among those that do not lend, grant or invest (a bank named as one,
"the state bank Weserbank", lends, and so does a name opening a verbless clause of giving, "...
and Y another $10m"; it is not what "we" or "the company" is).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.company_money import gives_in_gap
from evkb.kb.records.company_places import DATELINE
from evkb.kb.records.context import Resolver, Sentence
from evkb.kb.records.investment_receivers import funder
from evkb.kb.records.sentences import is_call_title

_WELCOME = re.compile(r"\bwelcome\s+to\s+(?:the\s+)?$", re.I)
_CALL = re.compile(r"^['’]?s?\s+(?:[\w-]+\s+){0,4}?(?:earnings\s+|conference\s+)?call\b", re.I)


# "Varnell Lithium Ltd (Varnell or the Company)", 'Acme plc ("the Company")': a filing or a
# council's minutes define "the Company" once, after the name; it is that company all through.
_DEFINES_COMPANY = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?\((?:[^()]{0,40}?\bor\s+)?(?:hereinafter\s+)?[\"“'‘]?the\s+[\"“'‘]?Company[\"”'’]?\)"
)
THE_COMPANY = re.compile(r"\b[Tt]he\s+Company\b")


def defined_company(sentences: Sequence[Sentence]) -> str:
    """The company a document defines as "the Company" (the name right before the
    definition), else the one its title names when it goes on to say "the Company" as a
    company's own minutes and reports do, or ""."""
    for sentence in sentences:
        if "Company)" not in sentence.text and "Company”)" not in sentence.text:
            continue
        for ident, _, end in sentence.mentions:
            if _DEFINES_COMPANY.match(sentence.text, end):
                return ident
    if sum(len(THE_COMPANY.findall(s.text)) for s in sentences if "Company" in s.text) < 2:
        return ""
    # "Minutes of the meeting of the Board of Directors of Acme, S.A." ... "the Company sold"
    titled = next((s for s in sentences[:3] if s.mentions), None)
    if titled is None:
        return ""
    # ("TULSA, Dec. 1 /Acme Wire/ -- Borel Power Inc. (the "Company")": the wire carried it)
    named = [m for m in titled.mentions if not DATELINE.match(titled.text, 0, m[1])]
    return (named or titled.mentions)[0][0]


def document_subject(sentences: Sequence[Sentence], resolver: Resolver) -> str:
    """The company a document is about: the one it defines as "the Company", else of those
    that make or spend, the one named most often, the earliest named on a tie; "" when the
    document names none."""
    defined = defined_company(sentences)
    if defined:
        return defined
    known = resolver.companies
    counts: dict[str, int] = {}
    for sentence in sentences[:12]:
        # A call's transcript is its company's: named in the title or the operator's welcome
        # ("welcome to Acme's third-quarter earnings call"), "we" all through.
        host = sentence.mentions[0] if sentence.mentions else None
        if host and (
            is_call_title(sentence.passage)
            or (
                _WELCOME.search(sentence.text, max(0, host[1] - 16), host[1])
                and _CALL.search(sentence.text, host[2])
            )
        ):
            return host[0]
    for sentence in sentences:
        for cid, start, end in sentence.mentions:
            # a bank or a fund lends, "..., and Y another $10m" gives: not what "we" is
            if not funder(cid, known) and not gives_in_gap(sentence.text, start, end):
                counts[cid] = counts.get(cid, 0) + 1
    return max(counts, key=lambda c: counts[c], default="")  # dicts keep the first on a tie
