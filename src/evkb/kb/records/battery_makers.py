"""Whose battery product a sentence names: the company before "'s", the subject of the
sentence, the one a reference ("the company") stands for, a car's maker for a version, or a
short form of a company named in full; and the maker as a cited fact."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from evkb.kb.records.battery_able import (
    _CELL,
    _MAKERS,
    _MAKES_NO_BATTERIES,
    _NOT_CELL_MAKERS,
    cell_sources,
    unable,
)
from evkb.kb.records.battery_cars import car_owner
from evkb.kb.records.battery_defined import venture_for
from evkb.kb.records.battery_lines import _anaphors
from evkb.kb.records.battery_mentions import generation_of
from evkb.kb.records.battery_short_names import short_named, unread_owner
from evkb.kb.records.battery_side_roles import named_beside, side_parties
from evkb.kb.records.battery_specs import _fact
from evkb.kb.records.battery_version_makers import car_maker, version_maker
from evkb.kb.records.company_money import gives_in_gap
from evkb.kb.records.context import Resolver, Sentence
from evkb.model import Battery, Fact


def principal(
    sentences: Sequence[Sentence], sources_too: bool = True, besides: frozenset[str] = frozenset()
) -> str:
    """The company an article names most, when one leads: who "we" are in a release or a call;
    without `sources_too`, never one the article names as where cells come from ("The
    Company's cells are supplied by Rofilulo Cells AS"): that one did not make the product;
    `besides`, companies the text names in another part (a lender, a customer) are not counted;
    nor is where the cells come from, which neither leads nor ties with the article's company."""
    counts: dict[str, int] = {}
    sources: set[str] = set()
    for sentence in sentences:
        # ("..., and Y another $10m": a name that only gives money in a verbless clause leads not)
        for ident in {m[0] for m in sentence.mentions if not gives_in_gap(sentence.text, *m[1:])}:
            counts[ident] = counts.get(ident, 0) + 1
        if not sources_too and sentence.mentions:
            sources |= cell_sources(sentence)
    # "Hanbeom Energy" in a headline and "Hanbeom Energy Solutions" in the text are one company.
    for short in sorted(counts, key=len):
        longer = [i for i in counts if i.startswith(short + "-")]
        if len(longer) == 1:
            counts[longer[0]] += counts.pop(short)
    counts = {i: n for i, n in counts.items() if i not in besides and i not in sources}
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return ""
    return max(counts, key=counts.__getitem__)


def referred_maker(
    sentence: Sentence, at: int, resolver: Resolver, sentences: Sequence[Sentence]
) -> str:
    """The company a reference just before `at` stands for ("The company said it would start
    making ..."), else the one the article is mostly about; "" when neither is clear."""
    before = [m for m in _anaphors(sentence) if m.end() <= at]
    if not before:
        return ""
    resolved = resolver.resolve(sentence, before[-1])
    known = resolver.companies.get(resolved)
    if known is not None and known.kind in _MAKES_NO_BATTERIES:
        # "..., according to researcher Suburobebu. It plans to start mass production of LFP
        # cells": whoever "it" is, a researcher makes no cells; the article's own company may.
        lead = principal(sentences)
        lead_kind = resolver.companies[lead].kind if lead in resolver.companies else ""
        return lead if lead != resolved and lead_kind not in _MAKES_NO_BATTERIES else ""
    return resolved or principal(sentences)


def speaking_for(sentences: Sequence[Sentence], resolver: Resolver) -> str:
    """Who "we" are in a call or a release: the first company it names that the text calls a
    maker (of cars, cells or materials) in its first sentences, or the one its title opens
    with, outside a speaker's label ("Sushila Desikan, Deditinepa Partners:"); an analyst's firm
    or a ministry never."""
    for sentence in sentences[:8]:  # the company a call or a release is about opens it
        label = _FIRM_LABEL.match(sentence.text)
        for ident, start, _ in sentence.mentions:
            known = resolver.companies.get(ident)
            if (label and start < label.end()) or not known:
                continue
            # The company the title names first, of no kind the text states, is the page's
            # own unless a lender or a ministry ("Ovanta Storage Integrated Report 2026").
            titled = sentence.index == 0 and start == sentence.mentions[0][1]
            if known.kind in _MAKERS or (
                titled and known.kind == "other" and not unable(ident, resolver)
            ):
                return ident
    return ""


def maker_of(sentence: Sentence, at: int, resolver: Resolver) -> str:
    """Whose product: "X's Y battery" says it; else the company the sentence is about. The
    firm in a speaker's label ("Sushila Desikan, Deditinepa Partners: ... the Summit cell?") is
    whom the speaker works for, not the product's maker."""
    label = _FIRM_LABEL.match(sentence.text)
    if label and any(m[1] < label.end() for m in sentence.mentions):
        mentions = [m for m in sentence.mentions if m[1] >= label.end()]
        if not mentions:
            return ""
        sentence = dataclasses.replace(sentence, mentions=mentions)
    before = [m for m in sentence.mentions if m[2] <= at]
    if before and re.fullmatch(r"['’]s?\s+(?:[\w-]+\s+){0,3}", sentence.text[before[-1][2] : at]):
        return before[-1][0]
    if len(sentence.mentions) > 1:
        subject = resolver.subject(sentence)
        if subject:
            return subject
    if before:
        return before[-1][0]
    if sentence.mentions:
        if any(m.end() <= at for m in _anaphors(sentence)):
            # "The company's growth came from its LMFP "Saltmarsh" cell ... of Qingmu's
            # installations": the product is the company referred to, not one named after it.
            return ""
        sources = cell_sources(sentence)
        # "the Gen 3 battery pack, which we design in-house ... using cells from our partner
        # Nubanir Energy": the cells' maker named after the pack did not make the pack.
        return next(
            (
                ident
                for ident, start, _ in sentence.mentions
                if ident not in sources or "pack" not in sentence.text[at:start]
            ),
            "",
        )
    unread = _UNREAD_SUBJECT.match(sentence.text)
    if unread and unread.end("who") <= at:
        return ""  # "Finally, Vardby Cells is sampling the Holmvik cell": a maker not read
    for earlier in reversed(resolver.sentences[max(0, sentence.index - 4) : sentence.index]):
        if earlier.mentions:
            label = _FIRM_LABEL.match(earlier.text)
            if label and all(m[2] <= label.end() for m in earlier.mentions):
                # "Sushila Desikan, Deditinepa Partners: Thanks. Wibke, ... the Summit cell?"
                return ""
            break
    focus = resolver.focus(sentence)
    if focus and named_beside(focus, sentence, at, resolver):
        # "... according to the trade association Pellova. The plant will make the T5 cell":
        # the company named most besides the one in that role (else who "we" are).
        aside = side_parties(focus, resolver.sentences)
        lead = principal(resolver.sentences, False, aside)
        lead = (
            lead if lead and not unable(lead, resolver) else speaker(resolver.sentences, resolver)
        )
        if lead and lead not in aside:
            return lead
    if (
        focus
        and resolver.companies.get(focus, None) is not None
        and resolver.companies[focus].kind == "automaker"
        and _CELL.search(sentence.text, max(0, at - 60), at + 60)
    ):
        # "Dukunito will take half of the output. The factory will make cells of the company's
        # second generation, WC-2": a cell is a cell maker's, the one the text spoke of
        # before the carmaker that buys or fits it, else the cell maker the article is about.
        lead = principal(resolver.sentences)
        known = resolver.companies.get(lead)
        maker = known is not None and known.kind == "cell maker"
        return resolver.focus(sentence, _NOT_CELL_MAKERS) or (lead if maker else focus)
    # "... for Arvo Cells, a joint venture of Peba Holding and Kelso Energy. The plant's only
    # product will be the AC-9": the venture the text named, not its owner named last.
    return (focus and venture_for(focus, resolver.sentences[: sentence.index])) or focus


# A speaker's label naming the firm they speak for: "Ansel Quinby, Ashwell Securities: ".
_FIRM_LABEL = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},\s+[A-Z][^:]{1,60}:\s")


# A sentence whose subject is a capitalised name that is no company read in the text.
_UNREAD_SUBJECT = re.compile(
    r"^(?:[A-Z][a-z]+,\s+)?(?!(?:The|It|Its|This|That|These|They|We|Our|He|She|A|An)\b)"
    r"(?P<who>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)+)\s+(?:is|are|has|have|was|were|said|says|plans?|"
    r"will|hopes?|aims?|expects?)\b"
)


def maker_fact(
    maker: str, sentence: Sentence, sentences: Sequence[Sentence], source: str
) -> tuple[Fact, ...]:
    """The maker as a fact citing a sentence that names it (this one, else the nearest before,
    else the nearest after)."""
    if not maker:
        return ()
    # A headline may name the product before the text names its maker in full: then the
    # nearest sentence after.
    after = sentences[sentence.index + 1 :]
    for earlier in (sentence, *reversed(sentences[: sentence.index]), *after):
        for ident, start, end in earlier.mentions:
            if ident == maker:
                written = earlier.text[start:end]
                return (_fact("maker", written, earlier, source, text=written, confidence=0.6),)
    return ()


# "the Gen 3 battery pack, which we design in-house": a product whose maker the sentence does
# not name, in the words of the company the article speaks for.
_WE = re.compile(r"\b(?:we|We|our|Our)\b")
_FIRST_PERSON = re.compile(r"\b(?i:our\s+(?:[\w-]+\s+){0,3}|we\s+call\s+)$")


# The first person governing a product's name: the subject of a verb of making or selling
# before it, an "our ..." noun it is apposed to, or a relative clause after it.
_WE_MAKE = re.compile(
    r"\b(?i:we)\s+(?:[a-z]+\s+){0,2}?(?:make|produc|build|launch|introduc|sell|offer|ship|"
    r"suppl|call|develop|manufactur|design)[a-z]*\s+(?:(?:the|our|a|an)\s+)?$"
)
_OUR_NOUN = re.compile(
    r"\b(?i:our)\s+(?:[\w-]+\s+){0,3}?(?:cells?|batter(?:y|ies)|packs?|products?|systems?)"
    r",\s+(?:the\s+)?$"
)
_WHICH_WE = re.compile(r",\s+(?:which|that)\s+we\b")


def first_person_owns(text: str, at: int, end: int) -> bool:
    """Whether the first person governs the product named at `at`..`end`."""
    if "we" not in text and "our" not in text and "We" not in text and "Our" not in text:
        return False
    return bool(
        _WE_MAKE.search(text, max(0, at - 50), at)
        or _OUR_NOUN.search(text, max(0, at - 70), at)
        or _WHICH_WE.match(text, end)
    )


def speaker(sentences: Sequence[Sentence], resolver: Resolver) -> str:
    """Who "we" are: the first maker the article names, else the company it names most when
    that one can make batteries; "" when neither is clear."""
    lead = speaking_for(sentences, resolver) or principal(sentences)
    return "" if not lead or unable(lead, resolver) else lead


def named_maker(
    found: tuple[str, int, int, str],
    sentence: Sentence,
    sentences: Sequence[Sentence],
    names: dict[str, str],
    resolver: Resolver,
    batteries: dict[str, Battery],
) -> str:
    """Whose product the sentence names (`found` is its name, start, end and kind): a car's
    version its carmaker's, else the maker the sentence says or refers to, a generation's
    line's maker, the company the article speaks for ("our ..."), a listed product's."""
    name, at, end, kind = found
    maker = (
        version_maker(sentence, end - len(name), sentences, end, names, resolver)
        if kind == "version"
        else (
            car_owner(sentence, at, end)
            # "a used Kelso Brio ... The Brio sold here carries a 60 kWh battery"
            or car_maker(name, sentences, names)
            or version_maker(sentence, at, sentences, end, names, resolver)
        )
        if kind == "car"
        else maker_of(sentence, at, resolver)
        or referred_maker(sentence, at, resolver, sentences)
        or short_named(sentence.text[:at], names)
    )
    if not sentence.mentions and (owner := generation_of(name, batteries)):
        # "The second-generation VoltCore" is a generation of the VoltCore's maker, whichever
        # company the text named last.
        maker = owner
    if kind not in ("version", "car") and (owner := unread_owner(sentence, at, sentences, names)):
        maker = owner  # "Brenhold's first product, the BH-7": a short form the mentions missed
    if _FIRST_PERSON.search(sentence.text, max(0, at - 60), at):
        # "our second-generation Skarv cell": the company the article speaks for, which a
        # release or a call names first.
        maker = next((s.mentions[0][0] for s in sentences if s.mentions), maker)
    elif not sentence.mentions and first_person_owns(sentence.text, at, end):
        # "Our fourth-generation cell, the HX4, ...", "we also make the VL2", "The K2, which we
        # start producing in 2026": the company the article speaks for, never the one last in
        # view (a fund, a customer); none when the text does not make clear who speaks.
        maker = speaker(sentences, resolver)
    elif not maker and _WE.search(sentence.text):
        # Without "our" before the name: the first company named that can make batteries, not
        # an analyst's firm nor a ministry.
        maker = speaking_for(sentences, resolver)
    if kind == "listed" and not maker:
        # A spec list names the products the article presented: one of them by name, else a new
        # one of the article's only maker.
        makers = {b.maker for b in batteries.values() if b.name == name}
        makers = makers or {b.maker for b in batteries.values()}
        maker = makers.pop() if len(makers) == 1 else principal(sentences)
    return maker


def running_maker(
    sentence: Sentence, at: int, last: Battery, named_at: int, sentences: Sequence[Sentence]
) -> str:
    """The maker of the product named just before in the same paragraph (`last`, named in
    sentence `named_at`), for a product whose own sentence names no company nor any other name
    before it: "Its successor, Momodo 2, ... The Tianwo storage cell, an LFP cell ...": one
    maker's range, listed in turn."""
    if sentence.mentions or not last.maker or sentence.index - named_at != 1:
        return ""
    if sentences[named_at].passage is not sentence.passage:
        return ""
    opening = sentence.text[:at].split()
    if any(w[:1].isupper() for w in opening[1:]) or (opening and opening[0] not in _OPENERS):
        return ""  # "A few metres away, Gifemoz Battery displayed its ...": another's, unread
    return last.maker


_OPENERS = frozenset(["The", "Its", "Their", "A", "An", "Our"])
