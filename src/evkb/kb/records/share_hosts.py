"""Who "we" is in a document: the company an answer's question asks about, the one a
transcript's or a report's title names, a speaker's label, an interview's introduction, or a
company's own site (its masthead over a section of its pages)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from evkb.kb.records.context import Resolver, slug
from evkb.kb.records.holders import may_hold
from evkb.model import BODY, BOILERPLATE, HEADING, Passage


def asked_about(
    passages: Sequence[Passage], resolver: Resolver, names: dict[str, str]
) -> dict[str, str]:
    """Passage id -> the one company the question just above it names ("Q: Is X catching
    up?" then "A: Slowly. It held 9.8 percent"): an answer's "it" is what was asked about.
    A question set as a heading has no sentences of its own, so names are looked up in it."""
    asked: dict[str, str] = {}
    for question, answer in pairwise(passages):
        if question.kind != HEADING or not question.text.rstrip().endswith("?"):
            continue
        named = {
            ident
            for ident in resolver.mentioned
            if names.get(ident) and names[ident] in question.text and may_hold(ident, resolver)
        }
        if len(named) == 1:
            asked[answer.id] = named.pop()
    return asked


# "Acme Energy Q2 FY2025 Earnings Call (Translated)", "Acme Corp. (ACME) Q3 2025 Earnings Call
# Transcript": a transcript's title names the company speaking as "we" when its body never does.
_CALL_TITLE = re.compile(
    r"^(?!(?:Q[1-4]|H[12]|[1-4]Q|FY\S*|Fiscal|Full|First|Second|Third|Fourth)\s)"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|&|Co\.|Corp\.|Inc\.|Ltd\.?))"
    r"{0,4}?)(?:\s+\([A-Z.:\s\d]{1,20}\))?\s+"
    r"(?:(?:Q[1-4]|H[12]|[1-4]Q|FY\s?\d{2,4}|\d{4}|first|second|third|fourth|full[- ]year|"
    r"half[- ]year|quarter(?:ly)?|fiscal)[\s-]+){0,4}"
    r"(?:(?:earnings|results|financial\s+results)\s+(?:conference\s+)?(?:call|webcast|briefing)|"
    r"(?:investor|analyst|capital\s+markets?)\s+day)\b",
    re.I,
)


# "Q3 2025 Earnings Call: Acme Energy", "Episode 212, with Jo Lin, chief executive of Acme
# Energy": the title names the company after the call or the guest.
_NAME = r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|&|Co\.|Corp\.|Inc\.|Ltd\.?)){0,4})"
_GUEST_TITLE = re.compile(
    r"(?:(?:earnings|results)\s+(?:conference\s+)?call(?:\s+transcript)?\s*[:|\u2013\u2014-]\s*"
    r"|\bwith\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+(?:the\s+)?(?:chief\s+executive|CEO|"
    r"founder|co-founder|president|head|chair(?:man|woman)?)\s+of\s+)"
    rf"{_NAME}(?=\s*(?:\(|$|[,:;.|\u2013\u2014-]))",
    re.I,
)


# A speaker's label opening a passage: "Rita Moniz (Kudapofi Analytics):", "Lorenz Haberl
# (chief executive, Pubove Speicher):".
_SPEAKER_LABEL = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*\((?:[^()]*,\s*)?(?P<org>[^(),]{2,60})\)\s*:"
)


def speakers(
    passages: Sequence[Passage], resolver: Resolver, names: dict[str, str]
) -> dict[str, tuple[str, str]]:
    """Passage id -> (company id, name) of the company a speaker's label names, for the
    labelled passages whose label names a company of the document that may hold a share."""
    found: dict[str, tuple[str, str]] = {}
    for passage in passages:
        opening = passage.text[:100]
        if passage.kind != BODY or "):" not in opening:
            continue  # most passages open on no label: spare the pattern
        label = _SPEAKER_LABEL.match(passage.text)
        if label is None:
            continue
        org = label.group("org").strip()
        known = [i for i in resolver.mentioned if names.get(i) == org or i == slug(org)]
        if len(known) == 1 and may_hold(known[0], resolver):
            found[passage.id] = (known[0], org)
    return found


# "Acme Denchi Integrated Report 2026", "Acme Storage ASA - Annual Report 2025": a company's
# own report, its letter to shareholders among them, speaks as "we" for the company it names.
# So does its general meeting's ("Acme Graphite A/S - Annual General Meeting 2026"); the name
# may end on a legal form written in lower case or with a slash ("plc", "A/S").
_REPORT_TITLE = re.compile(
    r"^(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|&|Co\.|Corp\.|Inc\.|Ltd\.?)){0,4}?"
    r"(?:\s+(?:plc|A/S|S\.A\.|N\.V\.|S\.p\.A\.))?)"
    r"\s*(?:[-\u2013\u2014|:]\s*)?(?:(?:19|20)\d{2}(?:/\d{2})?\s+)?"
    r"(?:(?:Annual|Integrated|Sustainability|Interim|Half-[Yy]ear|Quarterly|ESG)\s+(?:Report|Review)|"
    r"(?:Annual|Extraordinary)\s+General\s+Meeting)\b"
)


# A legal form closing a name in a title: "Ltd", "Limited", "Inc.", "Corp.", "plc".
_LEGAL_FORM = re.compile(r"\s+(?:Ltd\.?|Limited|Inc\.?|Corp\.?|Co\.|plc|PLC|Bhd|AG|SE|SA)$")


# A report's title is a heading, or a running head taken for furniture.
_TITLE_KINDS = (HEADING, BOILERPLATE)


def host_in_header(
    passages: Sequence[Passage], resolver: Resolver, names: dict[str, str]
) -> tuple[str, str]:
    """(company id or "", name) of the company a call transcript's or a company report's title
    names, or ("", "")."""
    for passage in passages[:3]:
        # A report's title may be its running head, which is furniture ("Tervane Ltd | Annual
        # Report 2026 | 12"): it still names who "we" are.
        found = (
            _CALL_TITLE.match(passage.text) or _GUEST_TITLE.search(passage.text)
            if passage.kind == HEADING
            else None
        ) or (_REPORT_TITLE.match(passage.text) if passage.kind in _TITLE_KINDS else None)
        if found is None:
            owner = _named_above(passages, passage, resolver, names)
            if owner:
                return owner, names[owner]
            continue
        name = found.group("name")
        # "Acme Cells Ltd (NSE: ACME) Q2 FY27 Earnings Call": the company with or without
        # the legal form its title adds
        bare = _LEGAL_FORM.sub("", name)
        known = [i for i in resolver.mentioned if names.get(i) in (name, bare) or i == slug(name)]
        return (known[0] if len(known) == 1 else ""), name
    interviewed = _interviewed(passages, resolver, names)
    if interviewed:
        return interviewed, names[interviewed]
    return _site_owner(passages, resolver, names)


# A piece that says it is an interview: "Interview", "Interview by ...", "This interview has
# been edited for length and clarity."
# A kicker line "The Interview" over the title says so too.
_INTERVIEW = re.compile(
    r"(?i)^(?:the\s+)?interview\b|\binterview\s+(?:by|with)\b|\bthis\s+interview\b"
)
_OPENING_PASSAGES = 6


def is_interview(passages: Sequence[Passage]) -> bool:
    """Whether one of the document's first passages says it is an interview."""
    return any(_INTERVIEW.search(p.text[:200]) for p in passages[:_OPENING_PASSAGES])


def _interviewed(passages: Sequence[Passage], resolver: Resolver, names: dict[str, str]) -> str:
    """The company an interview speaks for as "we": the one company that may hold a share
    named in its title and introduction, before the first question; or ""."""
    opening = passages[:_OPENING_PASSAGES]
    if not is_interview(passages):
        return ""
    intro = []
    for passage in opening:
        if passage.kind == HEADING and passage.text.rstrip().endswith("?"):
            break  # the first question: the answers begin
        intro.append(passage.text)
    text = "\n".join(intro)
    named = {
        ident
        for ident in resolver.mentioned
        if names.get(ident) and names[ident] in text and may_hold(ident, resolver)
    }
    return named.pop() if len(named) == 1 else ""


# "Annual Report 2025 | Report of the Board of Directors | 12" under a line that names the
# company alone ("Acme Transport, S.A."): the report's title, its name on the line above.
_UNNAMED_REPORT = re.compile(
    r"(?:(?:19|20)\d{2}(?:/\d{2})?\s+)?(?:Annual|Integrated|Sustainability|Interim|"
    r"Half-[Yy]ear|Quarterly|ESG)\s+(?:Report|Review)\b"
)


def _named_above(
    passages: Sequence[Passage], passage: Passage, resolver: Resolver, names: dict[str, str]
) -> str:
    """The company a report title without a name (`_UNNAMED_REPORT`) has on the line above,
    that line its name and at most a legal form, or ""."""
    if passage.kind not in _TITLE_KINDS or not _UNNAMED_REPORT.match(passage.text):
        return ""
    at = passages.index(passage)
    if not at:
        return ""
    return _named_line(passages[at - 1].text.strip(), resolver, names, 2)


def _named_line(line: str, resolver: Resolver, names: dict[str, str], spare: int) -> str:
    """The one company that may hold a share whose name opens `line`, at most `spare` words
    (a legal form, a section) after it, or ""."""
    known = [
        i
        for i in resolver.mentioned
        if names.get(i)
        and line.startswith(names[i])
        and may_hold(i, resolver)
        and len(line[len(names[i]) :].split()) <= spare
    ]
    return known[0] if len(known) == 1 else ""


# A company's own site: its name as the masthead, a section of its pages under it ("Investor
# Relations > FAQ", "About us"). "We" on such a page is the company.
_OWN_SECTION = re.compile(
    r"\b(?:Investor\s+Relations|Shareholder\s+[Ii]nformation|About\s+[Uu]s|Newsroom|"
    r"Press\s+[Rr]eleases?|Media\s+[Cc]entre|Media\s+[Cc]enter)\b"
)


def _site_owner(
    passages: Sequence[Passage], resolver: Resolver, names: dict[str, str]
) -> tuple[str, str]:
    head = [p for p in passages[:3] if p.kind == HEADING]
    # The section may be a breadcrumb trail ("Investors > FAQ"), which is furniture.
    below = [
        p for p in passages[:3] if p.kind in (HEADING, BOILERPLATE) and head and p is not head[0]
    ]
    if not head or not any(_OWN_SECTION.search(p.text) for p in below):
        return "", ""
    owner = _named_line(head[0].text.strip(), resolver, names, 3)
    return (owner, names[owner]) if owner else ("", "")
