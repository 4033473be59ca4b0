"""Who lends and grants, and whose project a grant or a loan is for when its sentence names no
receiver: the plant told of by its place or as "the project", else the one told of last; a
project financed in the passive ("The expansion is financed in part by a loan from X") is
that of the company the sentence before is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.gates import phrase_spans
from evkb.kb.records.context import Resolver, Sentence
from evkb.kb.units import CURRENCY_CODES
from evkb.model import Investment

REPORTERS = ("media", "research firm")
_FUNDERS = ("government", "association", *REPORTERS)


# Names with these words lend, grant and invest: a sum they are named with is theirs to give
# (in the languages copy quotes banks' and funds' names in).
_FUNDER_WORDS = frozenset(
    """fund bank banking capital ventures investment investments finance financing credit lending
    banca banco banque bancorp fondo fonds fundo fonden kredit kreditanstalt sparkasse caixa caja
    finanz finanzas finances financement""".split()
)


def funder(ident: str, known: dict) -> bool:
    """A government, association or reporter, or a name that says it lends or invests."""
    return (ident in known and known[ident].kind in _FUNDERS) or bool(
        _FUNDER_WORDS.intersection(ident.split("-"))
    )


# "X has approved a loan of $60 million", "X (XD) agreed a €35 million grant", "X has sanctioned
# a term loan": who approves a loan or a grant is who gives it (a borrower secures one).
_APPROVES_SUM = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:\s*,[^,;()]{1,80},)?\s+(?:(?:has|have|had|also|separately|now)\s+)*"
    r"(?:approved|agreed|sanctioned)\s+(?:an?\s+)[^.;]{0,50}?\b"
    r"(?:loans?|grants?|subsid(?:y|ies)|credit\s+lines?)\b",
    re.I,
)


_APPROVING = re.compile(r"approved|agreed|sanctioned", re.I)


def approves_sum(text: str, end: int) -> bool:
    """Whether the name ending at `end` approves a loan or a grant (and so gives it)."""
    return _APPROVES_SUM.match(text, end) is not None


def sentence_funders(sentence: Sentence) -> frozenset[str]:
    """The companies a sentence says lend or grant: the subject of approving a loan or a grant
    (after its initials or an apposition: "X, the state lender, has approved a loan")."""
    text = sentence.text
    if not _APPROVING.search(text):
        return frozenset()
    return frozenset(ident for ident, _, end in sentence.mentions if _APPROVES_SUM.match(text, end))


# "a loan of 37 billion shillings (about $10 million) to Acme": a receiver named after the sum
_TO_NAME = re.compile(r"\)?\s+to\s+[A-Z]")


def to_unknown(sentence: Sentence) -> bool:
    """Whether a name no company matches receives a sum the sentence gives ("to Acme")."""
    starts = {start for _, start, _ in sentence.mentions}
    for q in sentence.quantities:
        if q.unit in CURRENCY_CODES:
            found = _TO_NAME.match(sentence.text, sentence.local(q)[1])
            if found and found.end() - 1 not in starts:
                return True
    return False


def builder(record: Investment) -> str:
    """Whose plant an investment is: a loan's or a grant's receiver, else who spends on it."""
    if record.kind in ("loan", "subsidy") and record.to:
        return record.to[0]
    return (*record.by, *record.to)[0]


def plant_owner(record: Investment, known: dict) -> str:
    """Whose plant a record's staff and output are: its builder, unless the builder only funds
    it and the record names the company the money goes to ("The ministry is giving Acme C$4.5
    million for a pilot plant. The plant will employ 45 people": Acme's plant)."""
    own = builder(record)
    if funder(own, known):
        return next((c for c in (*record.to, *record.by) if not funder(c, known)), own)
    return own


def project_of(
    text: str, investments: Sequence[Investment], names: Sequence[tuple[str, int, int]] = ()
) -> str:
    """The company of the latest plant whose place the text names ("the Zandor project"), or of
    the latest plant when the text speaks of "the project" or "the plant" without a place.
    A place read inside a company's name (`names`: "UK" of "Acme UK") names no plant."""
    plants = [
        r
        for r in investments
        if (r.by or r.to) and _PLANT_FACTS.intersection(f.attribute for f in r.facts)
    ]
    for record in reversed(plants):
        for fact in record.facts:
            if fact.attribute == "place" and isinstance(fact.value, str):
                town = fact.value.split(",")[0]
                if any(
                    not any(s <= start < e for _, s, e in names)
                    for start, _ in phrase_spans(text, town)
                ):
                    return builder(record)
    if plants and _THE_PROJECT.search(text):
        return builder(plants[-1])
    return ""


def told_plant(
    sentence: Sentence, earlier: Sequence[Investment], subject: str, resolver: Resolver
) -> str:
    """The builder of the plant or project the text has told of last, when the company the
    document is about neither spends on nor receives any sum yet, and the text has named no
    other company since: a grant or a loan whose sentence names no receiver is for that
    project ("Acme will build a refinery ..." in a story about its customer Borel, then "the
    Fund has approved a A$220 million loan"), not for the company named most."""
    known = resolver.companies
    if any(subject in (*r.by, *r.to) for r in earlier):
        return ""
    project = next(
        (
            r
            for r in reversed(earlier)
            if r.kind in ("investment", "spending", "plant")
            and r.by
            and not r.to
            and not funder(r.by[0], known)
        ),
        None,
    )
    if project is None:
        return ""
    for told in resolver.sentences:
        if project.cite.end <= told.start and told.end <= sentence.start:
            for cid, _, _ in told.mentions:
                if cid not in project.by and kind_of(cid, known) not in _BYSTANDERS:
                    return ""  # "Pelloni runs 410 buses ...": the story has moved on
    return project.by[0]


def kind_of(ident: str, known: dict) -> str:
    """The kind of a company the resolver knows, else ""."""
    return known[ident].kind if ident in known else ""


_BYSTANDERS = frozenset(("government", "association", "media", "research firm"))


_PLANT_FACTS = frozenset(("place", "capacity", "jobs"))
_THE_PROJECT = re.compile(r"\bthe\s+(?:project|plant|factory|facility|site|gigafactory)\b", re.I)


# "The expansion is financed in part by a loan of ...", "The system was built with ... and is
# financed in part by": a sentence about the project, whose sum's receiver it does not name
_PROJECT_FINANCED = re.compile(
    r"\W*The\s+(?:[a-z][\w-]*\s+){1,2}?(?:[^;]{0,100}?\s(?:and\s+)?)?"
    r"(?:is|was|are|were|will\s+be|would\s+be|has\s+been|had\s+been)\s+(?:to\s+be\s+)?"
    r"(?:co-|part-)?(?:financed|funded)\s+(?:in\s+part\s+|partly\s+|partially\s+)?by\b"
)


def financed_project(sentence: Sentence, resolver: Resolver, by: Sequence[str]) -> str:
    """The company the sentence before is about (its first name) when this one opens on a
    project financed in the passive (a name in between is a supplier's or a partner's: "built
    with containers supplied by Acme and is financed by"), else ""."""
    opening = _PROJECT_FINANCED.match(sentence.text)
    if opening is None or sentence.index == 0:
        return ""
    before = resolver.sentences[sentence.index - 1].mentions
    known = resolver.companies
    first = before[0][0] if before else ""
    return first if first and first not in by and not funder(first, known) else ""
