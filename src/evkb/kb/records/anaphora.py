"""Who "it", "the company" and "the Korean cell giant" are: resolved only when unambiguous."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from evkb.kb.extract.gates import finditer_at, folded
from evkb.kb.records.company_places import DATELINE
from evkb.kb.records.sentences import Sentence
from evkb.kb.records.words import CALENDAR_WORDS, KIND_NOUN, country_of, kind_of_noun

ANAPHOR = re.compile(
    rf"\b(?:(?P<pron>it|its|the\s+company|the\s+firm|the\s+group|the\s+company['’]s|the\s+firm['’]s)|"
    # a kind noun in lower case: "The Society of Electric Vehicle Makers" names a body
    rf"the\s+(?P<adj>(?:[\w'’-]+\s+){{0,3}}?)(?=(?-i:[a-z]))(?P<noun>{KIND_NOUN}))\b"
    rf"(?!\s+(?-i:[A-Z]))",
    re.I,
)


# Where a match of ANAPHOR can start, in the folded text: "it" or "the" (more places do no
# harm). `re` tries a case-blind pattern that opens with `\b` and an alternation at every
# character; matching at these few places finds the same matches a quarter faster.
_LEADS = re.compile(r"it|the")


@lru_cache(maxsize=256)
def anaphors(text: str) -> tuple[re.Match[str], ...]:
    """Every match of ANAPHOR in a sentence: asked of one sentence by several rules in turn
    (companies' kinds, battery lines and makers, investments' parties, passage contexts)."""
    starts = [m.start() for m in _LEADS.finditer(folded(text))]
    return tuple(finditer_at(ANAPHOR, text, starts))


@dataclass(frozen=True, slots=True)
class Known:
    """A company as resolution needs it: its kind and country."""

    id: str
    kind: str
    country: str
    # named only as the maker of a vehicle the text names by its year ("my 1998 Acme Tuk"):
    # the writer's car, never who speaks as "we"
    vehicle: bool = False


_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'’-]*")  # a name, not a unit ("GWh")
_OPENING_WORDS = frozenset(
    """the a an it its this that these those in on at as after before around by for from with
    during since until meanwhile however also but and or so while when last next early late
    earlier later """.split()
)
# "In December alone, its share ...": a month before "its" is no other name it could be.
_NOT_A_NAME = _OPENING_WORDS | CALENDAR_WORDS


NOT_A_COMPANY = frozenset({"government"})
# What closes a dateline's wire before the story: "/ -- ", ") - ".
_DATELINE_CLOSE = re.compile(r"^\s*[)/]\s*(?:[-\u2013\u2014]+\s*)?")

# A subordinate clause opening a sentence, and the comma (an article at most after it) that
# ends it before the main clause's subject.
_SUBORDINATE = re.compile(r"\s*(?:When|While|After|Although|Though|Because|Once|Since|If)\s")
_AFTER_CLAUSE = re.compile(r"\d,\s+(?:the\s+)?$|[a-z],\s+(?:the\s+)?$")


class Resolver:
    """Resolves a reference to the company the article is talking about, only when unambiguous.

    "The Korean cell giant" is the one company of the document with that kind and country;
    "it" and "the company" are the one company the preceding sentences name. Anything else stays
    unknown: a guess would be a false record.
    """

    def __init__(self, sentences: Sequence[Sentence], companies: dict[str, Known]):
        self.sentences = sentences
        self.companies = companies
        self.mentioned = {cid for s in sentences for cid, _, _ in s.mentions}
        self.defined = _defined_terms(sentences)

    def focus(self, sentence: Sentence, not_kinds: frozenset[str] = frozenset()) -> str:
        """The one company named in the nearest earlier sentence(s) of the passage, or "";
        companies of `not_kinds` are none the reference can be."""
        for back in range(1, 5):
            i = sentence.index - back
            if i < 0:
                break
            earlier = self.sentences[i]
            named = {cid for cid, _, _ in earlier.mentions if self._kind(cid) not in not_kinds}
            if len(named) == 1:
                return named.pop()
            if named:
                subject = self.subject(earlier)
                return subject if subject in named else ""
            if earlier.passage.id != sentence.passage.id and back > 3:
                break
        return ""

    def _kind(self, ident: str) -> str:
        known = self.companies.get(ident)
        return known.kind if known else ""

    @staticmethod
    def subject(sentence: Sentence) -> str:
        """The company a sentence is about when it names several: the one it opens with, not
        joined to another ("X and Y will ..." has no single subject)."""
        mentions, lead = sentence.mentions, 0
        if DATELINE.match(sentence.text, 0, mentions[0][1]):
            # "TULSA, Dec. 1 /Acme Wire/ -- Borel Power said": the wire only carried the story,
            # which opens after it
            lead, mentions = mentions[0][2], mentions[1:]
            if len(mentions) < 2:
                return mentions[0][0] if mentions else ""
        first, second = mentions[0], mentions[1]
        opening = sentence.text[lead : first[1]]
        if lead:
            opening = _DATELINE_CLOSE.sub("", opening, count=1)
        if len(opening.split()) > 6 or re.search(
            r"\b(?:by|from|with|to|of|at|for|than|like)\s+$", opening, re.I
        ):
            return ""
        if re.fullmatch(r"\s*(?:,|and|or|&|,\s*and)\s*", sentence.text[first[2] : second[1]]):
            return ""
        if _SUBORDINATE.match(opening):
            # "When its largest customer, X, moved away, Y lost 60%": the name opening a
            # clause the sentence starts with is not its subject; the main clause's, after the
            # comma that ends it, is.
            text = sentence.text
            main = [m for m in mentions[1:] if _AFTER_CLAUSE.search(text, 0, m[1])]
            return main[0][0] if main and main[0][0] != first[0] else ""
        return first[0]

    def resolve(self, sentence: Sentence, match: re.Match[str]) -> str:
        if match.group("pron"):
            term = _TERM.fullmatch(match.group("pron")) if self.defined else None
            if term is not None and term.group("t").casefold() in self.defined:
                return self.defined[term.group("t").casefold()]  # "the Group" a filing defines
            # "Japan's objective ... as it transitions": another name before "it" may be what
            # "it" is; only a sentence without one leaves the company as the reading.
            for word in _CAPITALISED.finditer(sentence.text, 0, match.start()):
                if word.group().casefold() in _NOT_A_NAME:
                    continue
                if not any(s <= word.start() < e for _, s, e in sentence.mentions):
                    return ""
            # "The company will spend ..." after "The Government will lend ... to Acme": a
            # government is never "the company" (nor "the firm", "the group").
            pronoun = match.group("pron").casefold()
            return self.focus(sentence, NOT_A_COMPANY if pronoun[:3] == "the" else frozenset())
        kind = kind_of_noun(match.group("noun"))
        countries = {country_of(w.strip(",.")) for w in match.group("adj").split()} - {""}
        fits = [
            k.id
            for k in self.companies.values()
            if k.id in self.mentioned
            and (kind == "other" or k.kind == kind)
            and (not countries or k.country in countries)
        ]
        if countries and kind not in _NOT_DESCRIBED:
            viewed = self._in_view(sentence, match.start(), kind, countries, fits)
            if viewed is not None:
                return viewed
        if len(fits) == 1:
            return fits[0]
        focus = self.focus(sentence)
        return focus if focus and (not fits or focus in fits) else ""

    def _in_view(
        self, sentence: Sentence, at: int, kind: str, countries: set[str], fits: list[str]
    ) -> str | None:
        """The company a description naming a country ("the Korean firm", at `at`) is among
        those in view: named in an earlier clause of its sentence ("X was second with 19.8%;
        the Korean firm had 23.1% a year ago"), else in the nearest sentence before that names
        any (three at most). The one the text calls of that country; else the one company of
        the document that is (`fits`); else the one in view the text gives no other country nor
        kind, two such being ambiguous ("" unless that sentence's subject is one of them). None
        when nothing is in view."""
        text = sentence.text
        before = [m for m in sentence.mentions if m[2] <= at]
        fitting = None
        subject = ""
        if before and _CLAUSE_BREAK.search(text, before[-1][2], at):
            fitting = self._fitting(text, before, kind, countries)
        for back in range(1, 4):
            i = sentence.index - back
            if fitting is not None or i < 0:
                break
            earlier = self.sentences[i]
            if earlier.passage.source != sentence.passage.source:
                break
            fitting = self._fitting(earlier.text, earlier.mentions, kind, countries)
            subject = self.subject(earlier) if len(earlier.mentions) > 1 else ""
        if fitting is None:
            return None
        exact, loose = fitting
        if len(exact) == 1:
            return exact[0]
        if not loose:
            return None  # none in view fits: the document's companies decide
        if len(loose) == 1:
            return loose[0]
        return subject if subject in loose else ""

    def _fitting(
        self, text: str, mentions: Sequence[tuple[str, int, int]], kind: str, countries: set[str]
    ) -> tuple[list[str], list[str]] | None:
        """(the companies among `mentions` the text gives one of `countries`, those it gives no
        other country and no other kind), or None when the mentions name no company that a
        description could be (a researcher, an outlet, a public body: a source, not a subject).
        A company's country is the document's, or the one the sentence writes before its name
        ("behind Chinese giant X")."""
        exact: list[str] = []
        loose: list[str] = []
        any_company = False
        for ident, start, _ in mentions:
            known = self.companies.get(ident)
            if known is None or (known.kind in _NOT_DESCRIBED and known.kind != kind):
                continue
            any_company = True
            if kind != "other" and known.kind != kind:
                continue
            country = known.country
            written = _NATIONALITY_BEFORE.search(text, max(0, start - 40), start)
            if written is not None and country_of(written.group("c")):
                country = country_of(written.group("c"))
            if country in countries and ident not in exact:
                exact.append(ident)
            if (not country or country in countries) and ident not in loose:
                loose.append(ident)
        return (exact, loose) if any_company else None


# Kinds a description of a company in view does not refer to: the sources and the public bodies
# a sentence names beside the companies it is about.
_NOT_DESCRIBED = frozenset({"research firm", "media", "government", "association"})
# A nationality written right before a name, a noun or two between: "Chinese giant X".
_NATIONALITY_BEFORE = re.compile(r"\b(?P<c>(?:South\s+)?[A-Z][a-z]+)\s+(?:[a-z][\w-]*\s+){0,2}$")
# The end of a clause between a name and a description that goes back to it.
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:and|but|while|whereas|though|although|even\s+though)\s+(?:[\w'’-]+\s+){0,3}$"
)


# A filing's definitions: '"the Company" means X;', '"the Group" means the Company and its
# subsidiaries'. The capitalised term then names that company wherever the filing uses it.
_DEFINITION = re.compile(
    r"[\"“](?:the\s+)?(?P<t>Company|Group|Issuer|Firm)[\"”]\s+means\s+(?:the\s+)?",
    re.I,
)
_TERM = re.compile(r"the\s+(?P<t>Company|Group|Issuer|Firm)(?:['’]s)?")


def _defined_terms(sentences: Sequence[Sentence]) -> dict[str, str]:
    """Term (folded) -> company id of each definition whose meaning opens on a company's name
    or on a term defined before it; a term defined twice differently is left out."""
    defined: dict[str, str] = {}
    for sentence in sentences:
        if " means " not in sentence.text:
            continue
        for found in _DEFINITION.finditer(sentence.text):
            term, at = found.group("t").casefold(), found.end()
            named = [cid for cid, start, _ in sentence.mentions if start == at]
            earlier = _TERM_AT.match(sentence.text, at)
            meant = named[0] if named else ""
            if not meant and earlier is not None:
                meant = defined.get(earlier.group("t").casefold(), "")
            if meant and defined.setdefault(term, meant) != meant:
                defined[term] = ""
    return {term: cid for term, cid in defined.items() if cid}


_TERM_AT = re.compile(r"(?P<t>Company|Group|Issuer|Firm)\b")
