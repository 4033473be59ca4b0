"""Whom a document is about or speaks for: which companies can hold a market share at all,
the one company it names, the host of its call or the guest of its podcast, and the subject
of its lead, which "it" and "the company" go back to when nothing nearer settles them."""

from __future__ import annotations

import re

from evkb.kb.records.context import Resolver

_NOT_HOLDERS = frozenset({"research firm", "media", "association", "government"})


def may_hold(holder: str, resolver: Resolver) -> bool:
    """Whether a company "it" resolved to can hold a market share: not a researcher, an
    outlet, an association or a government that the sentence before quoted."""
    known = resolver.companies.get(holder)
    return (
        bool(holder)
        and (known is None or known.kind not in _NOT_HOLDERS)
        and _NO_MARKET.search(holder) is None
    )


# A university, an institute or a public body sells into no market: "it" is not the spin-off's
# university that an apposition named ("the company, a spin-off of X University, ... it held").
_NO_MARKET = re.compile(
    r"(?:^|-)(?:university|universitat|institute|ministry|department|agency|commission|council|"
    r"bureau|authority|association|federation|forum|alliance|chamber|consortium|observatory|"
    r"pension|fund|bank|ratings)(?:-|$)"
)


def lead_subject(resolver: Resolver) -> str:
    """The company a news story is about: the subject of its first body sentence that names
    one able to hold a share ("KARACHI: X will invest ..."), which "the company" and "it" go
    back to when nothing nearer settles them; "" when that sentence has no one subject."""
    lead = resolver.sentences[: _LEAD_SENTENCES + 1]
    places = {m[0] for s in lead for m in s.mentions if DATELINE_PLACE.match(s.text, m[1])}
    for sentence in lead[:_LEAD_SENTENCES]:
        able = [m for m in sentence.mentions if may_hold(m[0], resolver) and m[0] not in places]
        if not able:
            continue
        if len({m[0] for m in able}) == 1:
            return able[0][0]
        subject = resolver.subject(sentence) if len(sentence.mentions) > 1 else ""
        return subject if subject in {m[0] for m in able} else ""
    return ""


_LEAD_SENTENCES = 2
# "KARACHI: ...", "OSLO — ...": a dateline's place in capitals opens the story; the name is a
# place wherever else the lead names it ("Karachi firm to build ...").
DATELINE_PLACE = re.compile(r"[A-Z][A-Z .'’-]+(?::|\s+[\u2014\u2013-])\s")


def sole_holder(resolver: Resolver) -> str:
    able = [c for c in resolver.mentioned if may_hold(c, resolver) and not _vehicle(c, resolver)]
    return able[0] if len(able) == 1 else _host(resolver)


def _vehicle(holder: str, resolver: Resolver) -> bool:
    """Whether the text names a company only as the maker of a vehicle ("2022 Acme Tuk, one
    owner"): a dealer's or an owner's "we" is never that maker."""
    known = resolver.companies.get(holder)
    return known is not None and known.vehicle


# "welcome to X's third-quarter results call", "X's Q3 2025 earnings call": the company whose
# call or release the document is speaks as "we", whoever else it names.
_HOSTS = re.compile(
    r"(?:['’]s?)?\s+(?:(?:[\w-]+\s+){0,4}?(?:results|earnings|conference|investor|analyst)\s+"
    r"(?:call|presentation|webcast)|(?:\([^()]{1,20}\)\s+)?(?:today\s+)?(?:reports?|reported|"
    r"announces?|announced|posts?|posted)\s+(?:[\w-]+\s+){0,4}?(?:results|earnings))\b|"
    # "X, the Serbian maker of cells, reported record quarterly sales ... and told analysts"
    r",\s+[^,;]{1,60},\s+(?:reported|posted|announced)\s+(?:[\w-]+\s+){0,3}?(?:results|earnings|"
    r"sales|revenue|profits?)\b[^.;]{0,60}?\btold\s+(?:analysts|investors)\b",
    re.I,
)


# A transcript's first lines may be a logo's caption, a contents list, a ticker: look past them.
_HOST_SENTENCES = 8


# A podcast or an interview introduces its guest by the company the guest runs ("my guest
# today runs X", "the X chief on ..."): the guest speaks for it as "we".
_GUEST_BEFORE = re.compile(
    r"(?i)\b(?:my|our)\s+guests?\s+(?:(?:today|this\s+week)\s+)?(?:runs|heads|leads|"
    r"(?:co-)?founded|is\s+(?:the\s+)?(?:chief\s+executive|CEO|boss|head|founder)\s+of)\s+$"
)
_GUEST_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:chief\s+executive|chief|CEO|boss|founder)\s+(?!officer\b)(?:on|talks|"
    r"says|explains|answers)\b",
    re.I,
)


def _host(resolver: Resolver) -> str:
    """The one company whose call the document names as its own in its first sentences, or
    whose head a podcast or an interview has as its guest."""
    hosts = {
        ident
        for sentence in resolver.sentences[:_HOST_SENTENCES]
        for ident, start, end in sentence.mentions
        if (
            _HOSTS.match(sentence.text, end)
            or _GUEST_AFTER.match(sentence.text, end)
            or _GUEST_BEFORE.search(sentence.text[max(0, start - 60) : start])
        )
        and may_hold(ident, resolver)
    }
    return hosts.pop() if len(hosts) == 1 else ""
