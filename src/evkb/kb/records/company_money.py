"""Words of news copy that name an organisation by what it does with money: gives a grant or a
loan, is lent or paid a sum, joins a raise another investor leads, opens a verbless clause
that gives a sum after another giver's ("and Y another $10m"). Only an organisation does these,
whatever words its name is made of.
"""

from __future__ import annotations

import re

from evkb.kb.records.company_bodies import PLACE_BODY_HEADS
from evkb.kb.records.company_relations import FUNDER_BEFORE
from evkb.kb.records.company_shapes import ACRONYM

# "Business Finland has granted EUR 38 million", "the Acme Fund will lend $50m": who gives a
# sum is an organisation, whatever words its name is made of.
GIVES_AFTER = re.compile(
    # "Acme Bank has agreed to lend $420 million", "the Acme Fund is contributing a grant of
    # 7.5 million euros", "Acme Invest has offered £11m of support": who gives a sum.
    r"^\s+(?:(?:has|have|had|will|would|is\s+to|is|are)\s+)?(?:also\s+)?"
    r"(?:(?:agreed|offered|promised)\s+to\s+)?"
    r"(?:grant(?:s|ed|ing)?|award(?:s|ed|ing)?|lend(?:s|ing)?|lent|loaned|"
    r"pledg(?:e|es|ed|ing)|commit(?:s|ted|ting)?|contribut(?:e|es|ed|ing)|"
    r"approv(?:e|es|ed|ing)|extend(?:s|ed|ing)?|offer(?:s|ed|ing)?|provid(?:e|es|ed|ing))"
    r"\s+(?:an?\s+|up\s+to\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?=[$€£¥₹₩]|[A-Z]{1,3}\$|(?:EUR|USD|GBP|JPY|CNY|KRW|INR|AUD|CAD|NOK|"
    r"SEK|DKK|CHF|ZAR|BRL)\s?\d|"
    # "has granted 35 million euros": the amount first, the currency's word after it
    r"\d[\d.,]*\s+(?:(?:million|billion|thousand|mn|bn)\s+)?(?:euros?|dollars?|pounds?|francs?|"
    r"kronor|kroner|krona|krone|yen|yuan|won|rupees?|pesos?|reais|zlotys?|forints?|rand)\b)"
)
# A sum however copy writes it: "$50m", "EUR 15 million", "12 million euros", and the sum
# made an adjective of the grant or stake it is: "a 30-million-euro loan", "a C$12-million grant".
_SUM = (
    r"(?:[$€£¥₹₩]|[A-Z]{1,3}\$|(?:EUR|USD|GBP|JPY|CNY|KRW|INR|AUD|CAD|NOK|SEK|DKK|CHF|ZAR|BRL)"
    r"\s?\d|\d[\d.,]*[\s-]+(?:(?:million|billion|thousand|mn|bn)[\s-]+)?(?:euros?|dollars?|"
    r"pounds?|francs?|kronor|kroner|krona|krone|yen|yuan|won|rupees?|pesos?|reais|zlotys?)\b)"
)
# "The Acme Region is granting it a subsidy of 12 million euros", "Acme Invest is putting in
# a C$12-million grant", "Acme Bank (ABK) will lend a further 40 million dollars", "Acme
# Capital, the state bank of Ruritania, is supporting the project with a loan of EUR 15
# million", "... led by Acme Partners, which is contributing 20 million euros": the subject of
# a verb of giving whose object, a few words on, is a sum (its initials, an apposition or
# "which" between them) gives money, whatever words its name is made of.
GIVES_SUM_AFTER = re.compile(
    r"^(?:\s+\([A-Z][\w&-]{1,9}\))?(?:,\s+(?:which|the\s+[^,.;:!?()]{1,60},))?\s+"
    r"(?:(?:has|have|had|will|would|is|are|was|were|is\s+to|are\s+to)\s+)?"
    r"(?:(?:also|further|separately|now|jointly)\s+)?(?:agreed\s+(?:in\s+principle\s+)?to\s+)?"
    r"(?:add(?:s|ed|ing)?|put(?:s|ting)?\s+in|tak(?:e|es|ing)|took|support(?:s|ed|ing)?|"
    r"grant(?:s|ed|ing)?|lend(?:s|ing)?|lent|provid(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|"
    r"offer(?:s|ed|ing)?|award(?:s|ed|ing)?|extend(?:s|ed|ing)?|inject(?:s|ed|ing)?)"
    r"\s+(?:[\w-]+\s+){0,6}?" + _SUM
)

# "Acme Finance has offered a loan guarantee", "Acme Bank, which has arranged a trade finance
# line", "Acme will extend a credit line to the importer": who offers, grants or arranges a
# loan, a grant, a guarantee or a tax break is an organisation, the sum said or not.
FUNDS_AFTER = re.compile(
    r"^(?:\s+\([A-Za-z][\w&-]{1,9}\))?(?:,\s+which)?\s+(?:(?:has|have|had|will|would|is|are|was|"
    r"were)\s+)?(?:(?:also|further|separately|now|jointly)\s+)?(?:agreed\s+to\s+)?"
    r"(?:offer(?:s|ed|ing)?|approv(?:e|es|ed|ing)|grant(?:s|ed|ing)?|award(?:s|ed|ing)?|"
    r"extend(?:s|ed|ing)?|arrang(?:e|es|ed|ing)|provid(?:e|es|ed|ing))\s+(?:an?|the|its)\s+"
    r"(?:[\w$€£.,%-]+\s+){0,4}?(?:loans?|grants?|guarantees?|subsid(?:y|ies)|credit\s+lines?|"
    r"finance\s+lines?|financing|tax\s+(?:abatements?|breaks?|credits?|cuts?|exemptions?))\b"
)


def gives_after(after: str) -> bool:
    """Whether the words after a name make it give money: a sum, or a loan, a grant, a
    guarantee or a tax break it offers, approves or arranges."""
    return bool(
        GIVES_AFTER.match(after) or GIVES_SUM_AFTER.match(after) or FUNDS_AFTER.match(after)
    )


# "raised $6m in a raise led by Acme Ventures, with Y taking part", "... led by X, with Y
# coming in beside them": who joins a raise another investor leads puts money in too.
JOINS_BEFORE = re.compile(r"\bled\s+by\s+[^.;:!?]{1,80}?,\s+with\s+$", re.I)
JOINS_AFTER = re.compile(
    r"^\s+(?:also\s+)?(?:taking\s+part|joining|participating|coming\s+in|investing|"
    r"contributing|putting\s+in)\b"
)


# A verbless clause after a clause that gives a sum: "X is giving us a A$15m grant and Y
# another A$10m", "X will contribute a grant of 45 M€, and Y a loan of 120 M€", "X is putting in
# €20m in equity, and the Y Fund a €4m grant": the name it opens on gives the verb left out, so
# it is an organisation too. The clause before names its sum after the verb of giving,
# with no full stop, colon or semicolon between; the gap holds only the name, a word that says
# the sum comes on top or what it is, then the sum.
_GAP_SUM = (
    r"(?:[$€£¥₹₩]|[A-Z]{1,3}\$|(?:EUR|USD|GBP|JPY|CNY|RMB|KRW|INR|AUD|CAD|NOK|SEK|DKK|CHF|PLN|HUF)"
    r"\s?\d|\d[\d.,]*\s*(?:(?:million|billion|mn|bn|M|Md|Mrd)\s*)?(?:[$€£]|euros?\b|dollars?\b|"
    r"pounds?\b))"
)
_GAP_BEFORE = re.compile(
    r"\b(?:giv(?:e|es|ing)|gave|grant(?:s|ed|ing)?|award(?:s|ed|ing)?|lend(?:s|ing)?|lent|"
    r"contribut(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|put(?:s|ting)?\s+in|pledg(?:e|es|ed|ing)|"
    r"commit(?:s|ted|ting)?|offer(?:s|ed|ing)?|inject(?:s|ed|ing)?)\s+[^.;:!?]{0,50}?"
    + _GAP_SUM
    + r"[^.;:!?]{0,30}?,?\s+and\s+(?:the\s+)?$"
)
_GAP_AFTER = re.compile(
    r"^(?:\s+\([A-Z][\w&-]{1,9}\))?,?\s+"
    r"(?:(?:another|a\s+further|a\s+second|an?|the\s+other|the\s+remaining|its)\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:grant|loan|subsidy|credit|investment|equity|contribution)\s+of\s+)?"
    + _GAP_SUM
)


def gapped_giver(before: str, after: str) -> bool:
    """Whether a name after "and" opens a verbless clause whose verb, left out, gave the clause
    before its sum: the name gives the sum after it."""
    return _GAP_AFTER.match(after) is not None and _GAP_BEFORE.search(before) is not None


def gives_in_gap(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`..`end` of a sentence opens a verbless clause of giving
    ("..., and Y another $10m"): it gives money, it is not what the document is about."""
    before = text[max(0, start - 120) : start]
    return before.endswith("and ") and gapped_giver(before, text[end:])


# "agreed to lend 300 million pounds to Acme Cells", "pay $14 million to the Acme School
# District": who is given a sum is an organisation too.
GIVEN_BEFORE = re.compile(
    r"\b(?:lend|lends|lent|lending|loaned|pay|pays|paid|paying|give|gives|gave|granted|awarded|"
    r"invest|invests|invested|transferred)\s+(?:[^\s.;]+\s+){0,5}?(?:million|billion|bn|mn|"
    r"pounds|euros|dollars|francs|yuan|yen|rupees|[$€£¥]?\d[\d.,]*[mb]n?)\s+to\s+(?:the\s+)?$",
    re.I,
)


def money_role(name: str, last: str, before: str, after: str) -> str:
    """The rule by which the words beside a name say it gives money ("funder": a grant "from"
    it, a raise "led by" it or joined by it, "with Y taking part") or is given it ("given a
    sum": a sum lent "to" it), or ""."""
    if last == "with":
        joins = JOINS_AFTER.match(after) and JOINS_BEFORE.search(before)
        return "funder" if joins else ""
    if last == "and" and gapped_giver(before, after):
        return "funder"  # "X is giving us a $15m grant and Y another $10m": Y gives too
    # (a lone word after "from" or "to" is as often a place, and is not taken)
    if len(name.split()) == 1 and ACRONYM.match(name) is None:
        return ""
    if last in ("to", "the") and GIVEN_BEFORE.search(before) is not None:
        return "given a sum"
    funder = last in ("from", "by", "the") and (
        FUNDER_BEFORE.search(before) or _RUNS_FUND_BEFORE.search(before)
    )
    return "funder" if funder else ""


# "the Acme Fund, which is administered by X", "a scheme run by the X": who runs the money.
_RUNS_FUND_BEFORE = re.compile(
    r"\b(?:fund|programme|program|scheme|facility)\b[^.;:]{0,40}?\b(?:administered|managed|run|"
    r"operated)\s+by\s+(?:the\s+)?$",
    re.I,
)


# What a place's public body does with money or support, no sum needed: "has offered a 50% cut
# in property tax", "is contributing", "will support the line", "approved an abatement".
_PUBLIC_GIVES = (
    # (an aside between commas may come first: "Kelso County, for its part, has approved")
    r"(?:,[^,.;:]{1,40},)?"
    r"\s+(?:(?:has|have|had|will|would|is|was|are|were)\s+)?(?:also\s+)?(?:granted|awarded|lent|"
    r"pledged|committed|contribut(?:e|ed|es|ing)|approved|provided|offered|support(?:s|ed|ing)?|"
    r"agreed\s+to\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:grant|loan|subsidy|abatement|"
    r"exemption|tax\s+break|incentive)s?|"
    r"grant(?:s|ing)?|lend(?:s|ing)?|giv(?:e|es|ing)|put(?:s|ting)?\s+in)\b"
)
_PUBLIC_GIVES_AFTER = re.compile(_PUBLIC_GIVES)
# The capitalised heads of a place's body: "Kelso County has offered ...".
_PUBLIC_HEADS = frozenset("County Province Region Prefecture".split())


# "a grant was awarded to Acme by the Province of Kelso": the giver after "by" of a passive.
_PUBLIC_GIVEN_BEFORE = re.compile(
    r"\b(?:granted|awarded|lent|given|pledged|offered|provided)\b[^.;:]{0,80}?\s+by\s+(?:the\s+)?$"
)


def body_gives(words: list[str], after: str, before: str = "") -> bool:
    """Whether a name ending with a place's body's head ("Kelso County") or opening with it
    before "of" and the place ("Province of Kelso") gives or supports, with the verb after it
    or as the giver of a passive: the body acts, where the place would only be where things
    are."""
    head = words[-1] in _PUBLIC_HEADS or (
        len(words) > 2 and words[1] == "of" and words[0].casefold() in PLACE_BODY_HEADS
    )
    return head and (
        _PUBLIC_GIVES_AFTER.match(after) is not None
        or (before.endswith(("by ", "the ")) and _PUBLIC_GIVEN_BEFORE.search(before) is not None)
    )
