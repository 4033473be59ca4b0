"""Company records from the names `discover` found: which names are accepted, their kind,
display name, country and aliases, one record a company, and the references ("the Korean
cell maker") that describe one already named."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from evkb.kb.extract.furniture_forms import ends_sentence
from evkb.kb.extract.gates import minimal_words
from evkb.kb.records import company_cues as cue
from evkb.kb.records.anaphora import NOT_A_COMPANY
from evkb.kb.records.company_found import legal_name
from evkb.kb.records.company_names import name_key
from evkb.kb.records.company_shapes import ACRONYM, COUNTRY_INITIALS
from evkb.kb.records.company_short_forms import ShortForms
from evkb.kb.records.context import (
    KIND_OF_NOUN,
    Sentence,
    anaphors,
    country_of,
    kind_of_noun,
    slug,
)
from evkb.model import HEADING, Citation, Company

if TYPE_CHECKING:
    from evkb.kb.records.company_found import Found


# A maker named by what it makes: "Nikevete's Long Range pack", "my 1998 Acme Tuk".
_MAKER_RULES = ("maker of a product", "maker of a vehicle")
# The head a lender's one-word name ends with: "Acmebank", "Z-Bank".
_LENDER_HEAD = re.compile(r"(?:bank|fund)$", re.I)
# A one-word name coined with initials after a hyphen: "Acme-NL", "Invest-QX"; no ordinary word.
_COINED = re.compile(r"^[A-Z][a-z]+-[A-Z]{2,4}$")


def accepted(entry: Found) -> tuple[str, float] | None:
    """The rule and confidence that make a found name a company, or None."""
    words = entry.name.split()
    # A word capitalised only where sentences start ("Total", "Overall") is an ordinary word
    # unless the text describes it as an organisation.
    if (
        len(words) == 1
        and not entry.inside
        and not ACRONYM.match(words[0])
        and not any(
            rule
            in (
                "descriptor",
                "table row",
                "table column",
                "listed with a company",
                "what it does",
                "seller of cells",
                "maker of its cells",
                "buyer of cells",
                "listed company",
                "legislature",
                "ranked with a share",
                "market leader",
                "share holder after an aside",
                "owner of a unit",
                "owner of a programme",
                # a role only an organisation has, given by the last resort (company_general.py)
                "listed in a league",
                "leads a market",
                "commits a sum",
                "owns what a company owns",
                "owner of a plant",
                "buys from a maker",
            )
            for rule, _, _ in entry.strong
        )
        # "Nikevete's Long Range pack holds ...": an ordinary word owns no product.
        and not any(rule in _MAKER_RULES for rule, _, _ in entry.weak)
        # "Acmebank has agreed to lend $40m", "Z-Bank is supporting it with a loan of ...": a
        # word made with a lender's head gives money as a lender, never as a capital city.
        and not (
            (_LENDER_HEAD.search(words[0]) or _COINED.match(words[0]))
            and any(rule in ("gives a sum", "funder") for rule, _, _ in entry.strong)
        )
    ):
        return None
    if (
        not entry.inside
        and not entry.weak
        and all(r == "taken up as a company" for r, _, _ in entry.strong)
    ):
        return None  # "Residents of Kelby have asked ... The port authority said": seen once
    if (
        "programme" in entry.vetoes
        and all(r == "organisation word" for r, _, _ in entry.strong)
        and not any(r == "corporate verb" for r, _, _ in entry.weak)
    ):
        return None  # a fund money runs through, never seen to act on its own
    if "owned programme" in entry.vetoes and not any(legal_name(v) for v in entry.variants):
        return None  # "EECA's Low Emission Transport Fund": the owner's programme, no body
    if entry.strong:
        rule, confidence, _ = max(entry.strong, key=lambda e: e[1])
        overriding = any(r in ("descriptor", "people at") for r, _, _ in entry.strong)
        org_word = any(r == "organisation word" for r, _, _ in entry.strong)
        # "Corbin Motor Company", "Acme AB": no product is named with a legal form, whatever
        # a quotation or a possessive elsewhere made of the name
        corporate = any(legal_name(v) for v in entry.variants)
        # "cells from Acme SDI", then "(Acme SDI cells)": the cells' maker, not a product;
        # "makes cells for Acme", then "Acme cars": whom cells are made for, not a product
        vetoes = entry.vetoes
        # "the venture of Acme and Borel", then "Acme models": what owns a venture is no product
        lifts = (
            "seller of cells",
            "buyer of cells",
            "unit of a company",
            "maker of its cells",
            "owner of a unit",
        )
        if any(r in lifts for r, _, _ in entry.strong):
            vetoes = vetoes - {"product"}
        if vetoes and not overriding and (("product" in vetoes and not corporate) or not org_word):
            return None
        return rule, confidence
    if entry.weak and not entry.vetoes:
        rule, confidence, _ = max(entry.weak, key=lambda e: e[1])
        # One weak cue seen once is not enough unless it is a clear corporate subject.
        if len(entry.weak) >= 2 or rule in (
            "corporate verb",
            "statement",
            *_MAKER_RULES,
            "company finances",
            "its people",
        ):
            return rule, confidence
    return None


def kind_of(entry: Found) -> str:
    kinds = [k for k in entry.kinds if k != "other"]
    if kinds:
        return max(set(kinds), key=lambda k: (kinds.count(k), -kinds.index(k)))
    lowered = entry.name.casefold()
    # "Minerals Council of Australia", "Office for Lithium and Mining": the head noun
    # before "of" or "for" says the kind first; else the last word ("Tarnholt Materials
    # Safety Administration"), before a kind's word elsewhere in the name.
    heads = _HEAD_BEFORE.split(lowered)[0].split()[-1:] if _HEAD_BEFORE.search(lowered) else []
    heads = heads or lowered.split()[-1:]
    for part in (*heads, lowered):
        for kind, pattern in cue.NAME_KINDS:
            if pattern.search(part):
                return "government" if kind == "association" and _governs(lowered) else kind
    return "other"


_HEAD_BEFORE = re.compile(r"\s(?:of|for)\s")


# A council of a trade names what its members make or do ("Battery Industry Council", "Motor
# Dealers Council"); one that names none is a place's or a state's ("Ardmore Council", "Town
# Council", "Council of Ministers").
_COUNCIL = re.compile(r"\bcouncil\b")
_TRADE = re.compile(
    r"\b(?:industr(?:y|ies|ial)|trade|business|commerce|chamber|manufactur\w*|makers?|"
    r"producers?|dealers?|suppliers?|innovators|storage|vehicles?|electric|energy|power|"
    r"mobility|automobiles?|automotive|auto|motors?|batter(?:y|ies)|cells?|minerals?|mining|"
    r"metals?|chemicals?|employers|workers)\b"
)


def _governs(name: str) -> bool:
    """Whether a name (lower case) whose kind word is "council" names no trade: a public body."""
    return bool(_COUNCIL.search(name)) and not _TRADE.search(name)


def _display(entry: Found) -> str:
    """The fullest name the text uses, without its legal form ("Ampelis SAS" is Ampelis)."""
    name = max(entry.variants, key=lambda v: (len(name_key(v).split()), -entry.variants.index(v)))
    first, _, rest = name.partition(" ")
    if rest and first.casefold() in cue.LEADING_FORMS:
        name = rest  # "SIA Rapebamo Dedumazudes" is Rapebamo Dedumazudes
    return cue.LEGAL_FORM.sub("", name) or name


def _first_seen(entry: Found) -> int:
    """The sentence where the text first gives a cue for the name (0 when it gives none)."""
    return min((i for _, _, i in entry.strong + entry.weak), default=0)


def _first_mention(entry: Found, sentences: Sequence[Sentence]) -> int:
    """The first full sentence that names the company in any of its forms: a headline or a
    masthead calls a company by its short name before the body gives it in full."""
    forms = [entry.name, *entry.variants]
    return next(
        (
            i
            for i, s in enumerate(sentences)
            if s.passage.kind != HEADING
            and ends_sentence(s.text)
            and any(f in s.text for f in forms)
        ),
        len(sentences),
    )


def company_records(
    source: str, sentences: Sequence[Sentence], found: dict[str, Found], taken: set[str]
) -> tuple[list[Company], dict[str, str]]:
    """Company records for the accepted names, and each accepted name or alias -> company id."""
    companies: list[Company] = []
    names: dict[str, str] = {}
    keys = sorted(found, key=lambda k: _first_seen(found[k]))
    accepted_keys = {k: a for k in keys if (a := accepted(found[k])) is not None}
    # "Its parent, Acme," beside "Acme Cells AS": two companies of one name family.
    forms = ShortForms(
        accepted_keys,
        lambda k: _first_mention(found[k], sentences),
        parents=(k for k in accepted_keys if found[k].parent),
    )
    longer_of = {k: forms.longer_name(k) for k in accepted_keys}
    for key, longer in longer_of.items():
        if longer:  # what the text says of the short form, it says of the company
            short, full = found[key], found[longer]
            full.kinds += short.kinds
            full.countries += short.countries
            full.aliases += [v for v in short.variants if v not in full.aliases]
    for key in keys:
        verdict = accepted_keys.get(key)
        if verdict is None:
            continue
        entry = found[key]
        # "Acme" in a text about "Acme Cells" is the longer name's short form; so is "Acme
        # Electric" beside "Acme Electric Industries".
        longer = longer_of[key]
        if longer:
            names[entry.name] = slug(_display(found[longer]))
            continue
        name = _display(entry)
        ident = slug(name)
        rule, confidence = verdict
        evidence = sorted({i for _, _, i in entry.strong + entry.weak})[:3]
        cites = tuple(sentences[i].cite(source) for i in evidence)
        countries = [c for c in entry.countries if c]
        # "U.S. Department of Energy" is as often written "the Department of Energy"
        initials = _INITIALS_FIRST.match(name)
        unprefixed = [name[initials.end() :]] if initials else []
        aliases = tuple(
            dict.fromkeys(
                a
                for a in [*entry.aliases, *entry.variants, *unprefixed]
                if a != name and (name_key(a) != name_key(name) or a in entry.aliases)
            )
        )
        companies.append(
            Company(
                id=ident,
                name=name,
                kind=kind_of(entry),
                aliases=tuple(a for a in aliases if a != name),
                country=max(set(countries), key=countries.count) if countries else "",
                cites=cites,
                origin="extracted",
                confidence=confidence,
                rule=rule,
            )
        )
        taken.add(ident)
        for variant in (name, *entry.variants, *entry.aliases):
            names.setdefault(variant, ident)
    return companies, names


_INITIALS_FIRST = re.compile(rf"{COUNTRY_INITIALS}\s+")
# A rank's adjective ("largest", "second-biggest"): "the largest supplier is Tesla" ranks the
# name it is said of, which is no company in view that the reference points back to.
_SUPERLATIVE = re.compile(r"(?<![\w'’])(?:\w+-)?[a-z]{3,}est\b")
_OF_VEHICLES = re.compile(
    r"\s+of\s+(?:[\w-]+\s+){0,2}?(?:cars|buses|trucks|vans|vehicles|scooters|motorcycles|"
    r"(?:two|three)-wheelers|evs)\b",
    re.I,
)
_COPULA_NAME = re.compile(r"\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:the\s+)?")


def _ranked_name(sentence: Sentence, match: re.Match[str]) -> str:
    """The company a rank ("the second-largest supplier") is said of: the sentence's first
    name before it ("A supplied 12%, making it the second-largest supplier after B"), or the
    name it is equated with ("The largest supplier is still B"); "" where the sentence names
    none so ("We are the largest supplier": the reference's own reading)."""
    before = [ident for ident, start, _ in sentence.mentions if start < match.start()]
    if before:
        return before[0]
    copula = _COPULA_NAME.match(sentence.text, match.end())
    after = copula.end() if copula else -1
    return next((ident for ident, start, _ in sentence.mentions if start == after), "")


_APPOSED_NAME = re.compile(r",\s+(?:the\s+)?[A-Z]")
# The last words of the nouns a reference uses ("the battery maker", "the Swedish firm").
_REFERENCE_NOUNS = minimal_words(sorted({n.replace("-", " ").split()[-1] for n in KIND_OF_NOUN}))


def described_by_references(
    companies: list[Company], sentences: Sequence[Sentence], resolve
) -> list[Company]:
    """Kind and country a document gives a company only by a reference to it ("the battery
    maker said", "The British firm will"), where the company has none of its own."""
    learnt: dict[str, tuple[str, str]] = {}
    if all(c.kind != "other" and c.country for c in companies):
        return companies
    for sentence in sentences:
        lowered = sentence.text.casefold()
        if not any(map(lowered.__contains__, _REFERENCE_NOUNS)):
            continue
        for match in anaphors(sentence.text):
            if not match.group("noun") or _APPOSED_NAME.match(sentence.text, match.end()):
                continue  # "the employers' association, the Confederación ...": another's
            if match.group("noun").casefold() in NOT_A_COMPANY:
                continue  # "The government of Sweden will ..." read as the company in view
            ranked = _SUPERLATIVE.search(match.group("adj"))
            if ranked and _OF_VEHICLES.match(sentence.text, match.end()):
                continue  # "the largest supplier of electric buses" makes them
            ident = (ranked and _ranked_name(sentence, match)) or resolve(sentence, match)
            if not ident:
                continue
            kind, country = learnt.get(ident, ("", ""))
            noun_kind = kind_of_noun(match.group("noun"))
            countries = [country_of(w.strip(",.")) for w in match.group("adj").split()]
            learnt[ident] = (
                kind or (noun_kind if noun_kind != "other" else ""),
                country or next((c for c in countries if c), ""),
            )
    out = []
    for company in companies:
        kind, country = learnt.get(company.id, ("", ""))
        kind = kind if company.kind == "other" and kind else company.kind
        country = company.country or country
        if kind == company.kind and country == company.country:
            out.append(company)  # nothing learnt: the record as it is, not a copy of it
        else:
            out.append(replace(company, kind=kind, country=country))
    return out


def cite_of(sentence: Sentence, source: str) -> Citation:
    return sentence.cite(source)
