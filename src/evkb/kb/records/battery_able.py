"""Who cannot be a battery's maker: a company the text calls a ministry, a researcher, a lender,
a university or "the Company" makes no batteries, so the nearest company before it that can is
the maker (`able_maker`); and the companies a sentence names as where the cells come from
("built with cells from Tianzhu Power"), which supply the cells, not the pack."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.context import Resolver, Sentence

_MAKES_NO_BATTERIES = frozenset(["research firm", "rating agency", "media", "government"])


def able_maker(
    maker: str,
    sentence: Sentence,
    resolver: Resolver,
    sentences: Sequence[Sentence],
    lenders: frozenset[str] = frozenset(),
) -> str:
    """The maker, unless it is a company that makes no batteries (a ministry that funds the
    plant, the researcher that wrote the note, one of `lenders` the text's money names as
    lending or granting, of no maker's kind): then the nearest company before it that can,
    alone in its sentence, else "" (a company first named later is a customer, not the maker)."""
    if not unable(maker, resolver) and not lends_only(maker, lenders, resolver):
        return maker
    for earlier in (sentence, *reversed(sentences[: sentence.index])):
        able = {
            m[0]
            for m in earlier.mentions
            if not unable(m[0], resolver) and not lends_only(m[0], lenders, resolver)
        }
        if len(able) == 1:
            return able.pop()
    return ""


_MAKERS = frozenset(["automaker", "cell maker", "supplier"])


def lends_only(maker: str, lenders: frozenset[str], resolver: Resolver) -> bool:
    """Whether the company is one of `lenders` (the text's money names it lending or granting,
    `battery_funded`) and the text calls it no maker of cars, cells or parts: a bank, a fund,
    an agency whatever its name ("Kelso Business has granted EUR 18 million"), whose product
    the text hands over is the company it pays's."""
    if maker not in lenders:
        return False
    known = resolver.companies.get(maker)
    return known is None or known.kind not in _MAKERS


def unable(maker: str, resolver: Resolver) -> bool:
    """Whether the company makes no batteries: a ministry, a researcher, a university."""
    if maker in _DEFINED_TERMS:
        return True  # 'Vextor Power Systems, Inc. ("the Company")': a release's word for itself
    known = resolver.companies.get(maker)
    # "a spin-off of the Technical University of Cottbus": a university or an institute
    # teaches and researches, "the industry association Arctic Storage Forum" counts; the
    # products are their members' and spin-offs'.
    return known is not None and (
        known.kind in _MAKES_NO_BATTERIES or bool(_ACADEMIC.search(maker))
    )


# Read in the company's id: "technical-university-of-cottbus". A bank, a fund, an insurer, a
# rating agency or a public body lends, grants or rates: "alpenlandische-volksbank",
# "automotive-transformation-fund", "ministry-of-industry", "state-of-nordmark" (a state, a
# province, a city or a county grants money and makes no cells).
_ACADEMIC = re.compile(
    r"(?:^|-)(?:universit[a-z]*|institute|institut|college|academy|association|federation|"
    r"forum|council|chamber|society|[a-z]*bank|banco|banque|fund|funds|[a-z]*fonds|fondo|"
    r"securities|ratings|insurance|pension|ministry|ministerio|department|authority|"
    r"commission|agency|government|state-of|province-of|city-of|county)(?:-|$)"
)


_DEFINED_TERMS = frozenset(["company", "the-company", "group", "firm", "manufacturer"])
_CELL = re.compile(r"\bcells?\b", re.I)
_NOT_CELL_MAKERS = frozenset(["automaker", *_MAKES_NO_BATTERIES])
# "built with cells from Tianzhu Power", "using cells from our partner Nubanir Energy", "cells
# imported from Vantora's Qelm Power": the company named is where the cells come from.
_CELLS_FROM = re.compile(
    r"\bcells?\s+(?:[\w-]+\s+){0,2}?(?:from|supplied\s+by|made\s+by|"
    r"sourced\s+from|bought\s+from|built\s+by)\s+(?:(?:our|its|their|the)\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}(?:partner|supplier|cell\s+maker|maker)\s+)?"
    r"(?:[A-Z][a-z]+['’]s\s+)?$",
    re.I,
)


# "is built from", "assembles its packs in Leeds out of": what a product is made of, written
# before the name of the company whose cells they are ("uses Acme's LFP battery" names Acme's
# product, not its cells).
_BUILT_FROM = re.compile(
    r"\b(?:built|made|assembled|manufactured|produced|builds?|makes?|assembles?|manufactures?|"
    r"produces?)(?:\s+[\w-]+){0,5}?\s+(?:from|out\s+of)\s+$",
    re.I,
)
# A company's name over the cells it makes, after the words of what a product is built of:
# "built from Acme cells", "made with Acme prismatic cells".
_NAMED_CELLS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?cells?\b", re.I)
_MADE_OF = re.compile(
    r"\b(?:built|made|assembled|manufactured)\s+(?:from|with|out\s+of|of)\s+(?:the\s+)?$|"
    r"\b(?:uses|using)\s+$",
    re.I,
)
# The owner's cells after its name: "'s NMC prismatic cells", "' LFP cells".
_OWNS_CELLS = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?cells?\b", re.I)


def built_from(sentence: Sentence, at: int) -> bool:
    """Whether the company whose possessive is at `at` supplies the cells a product is built of:
    "The pack is built from Acme's NMC cells", "assembles it out of Acme's LFP cells"."""
    owner = next((s for _, s, e in sentence.mentions if e == at), -1)
    return owner >= 0 and _BUILT_FROM.search(sentence.text, max(0, owner - 60), owner) is not None


def cell_sources(sentence: Sentence) -> set[str]:
    """The companies a sentence names as where the cells come from, not as their pack's maker."""
    if (
        " from " not in sentence.text
        and " by " not in sentence.text
        and " of " not in sentence.text
    ):
        return set()
    return {
        ident
        for ident, start, end in sentence.mentions
        if _CELLS_FROM.search(sentence.text, max(0, start - 70), start)
        or (_OWNS_CELLS.match(sentence.text, end) and built_from(sentence, end))
        # "a pack built from Acme cells", "made with Acme LFP cells"
        or (
            _NAMED_CELLS.match(sentence.text, end)
            and _MADE_OF.search(sentence.text, max(0, start - 30), start)
        )
    }


def cells_only(maker: str, sentence: Sentence, at: int, end: int) -> bool:
    """Whether the company a battery or a pack written at `at`..`end` would be given is only
    where its cells come from ("an 82 kWh NMC battery with cells from Acme", "a 52 kWh LFP
    pack built from Acme cells"): the cells' maker did not make the pack. A line of cells
    ("LFP cells from Acme") is the cell maker's."""
    return _CELL_WORD.search(sentence.text, at, end) is None and maker in cell_sources(sentence)


_CELL_WORD = re.compile(r"\bcells?\b", re.I)
