"""Companies named in body sentences: found by the words around a name, never by a list of names.

A capitalised run becomes a company when the text says it is one: a kind noun before or after
it ("battery maker X", "X, the Swedish cell maker"), an organisation word in it ("... Energy
Solution", "... Motor Co."), a share held, people working "at" it, or a corporate verb after it
("X announced", "X will build"). People (a title or role next to them), products (followed by
"battery", "pack" ...), places and dates are never companies.

The words and patterns themselves are in `company_cues.py`, the cutting of capitalised runs into
names in `company_names.py`; here they are weighed together on one name (what makes it a company
against what rules it out), which is why `discover` is long.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from evkb.kb.records import company_cues as cue
from evkb.kb.records.company_names import (
    NATIONALITIES,
    is_nameable,
    name_key,
    ordinary,
    owns_a_company,
    plain_words,
    runs,
)
from evkb.kb.records.context import (
    ANAPHOR,
    KIND_OF_NOUN,
    PLACE_WORDS,
    Sentence,
    country_of,
    kind_of_noun,
    share_talk,
    slug,
)
from evkb.kb.records.shares import is_share_figure
from evkb.model import Citation, Company


@dataclass(slots=True)
class Found:
    """What the document says about one organisation-like name."""

    name: str
    strong: list[tuple[str, float, int]] = field(
        default_factory=list
    )  # (rule, confidence, sentence)
    weak: list[tuple[str, float, int]] = field(default_factory=list)
    vetoes: set[str] = field(default_factory=set)
    kinds: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    inside: bool = False  # seen somewhere other than at a sentence's start


def discover(
    sentences: Sequence[Sentence], known_mentions: list[list[tuple[str, int, int]]]
) -> dict[str, Found]:
    """Every organisation-like name the document's body gives evidence for, by name key."""
    plain = plain_words(sentences)
    # A ranking names its places ("ranked fifth with 4.9%") long after it last says "share",
    # but an ordinal alone ("the second line runs at 80%") starts none.
    talks = [share_talk(s.text) for s in sentences]
    for n, s in enumerate(sentences):
        if (
            not talks[n]
            and any(talks[max(0, n - 8) : n])
            and any(q.unit == "percent" for q in s.quantities)
            and cue.RANKED.search(s.text) is not None
        ):
            talks[n] = True
    found: dict[str, Found] = {}
    persons: set[str] = set()
    for sentence, mentions in zip(sentences, known_mentions):
        text = sentence.text
        # A ranking goes on over sentences that no longer say "share" (as in shares.py).
        has_share = any(talks[max(0, sentence.index - 4) : sentence.index + 1])
        percent_starts = (
            [
                q.start - sentence.start
                for q in sentence.quantities
                if q.unit == "percent" and is_share_figure(sentence, *sentence.local(q))
            ]
            if has_share
            else []
        )
        for start, end, name in runs(sentence, mentions, plain):
            before, after = text[max(0, start - 90) : start], text[end:]
            # The word before a name decides which of the patterns below can match at all:
            # checking it first keeps the cost per name to a few set lookups.
            tail = before.rsplit(None, 1)[-1] if before.strip() else ""
            last = tail.rstrip(",").casefold()
            words = name.split()
            org_word = len(words) > 1 and any(
                w.strip(".,").casefold() in cue.ORG_WORDS for w in words[1:]
            )
            org_word = org_word or (len(words) > 1 and words[-1].rstrip(".,") in cue.LEGAL_WORDS)
            org_word = org_word or (
                len(words) > 2
                and words[0].casefold() in cue.ORG_HEADS
                and words[1] in cue.CONNECTORS  # "Ministry of ...", "Confederación de ..."
            )
            if (
                start < 60
                and text[start - 2 : start].strip() in ("(", "/")
                and cue.DATELINE.match(text, 0, start)
            ):
                continue
            at_start = start == 0 or cue.OPENERS.fullmatch(text, 0, start) is not None
            person = bool(
                (
                    last.rstrip(".") in cue.TITLE_LAST
                    and cue.PERSON_BEFORE.search(before)
                    and not tail.endswith(
                        ","
                    )  # "Analyst, Pelham Brothers": the title is the person before
                )
                or (cue.PERSON_AFTER.match(after) and not org_word)  # "Acme Corp, CEO Jane Roe"
            )
            # "backed by the carmaker Brenner Werke, said": the kind before it says what it is.
            described_before = last in cue.KIND_LAST and cue.DESCRIBED_BEFORE.search(before)
            if (
                described_before
                and tail.endswith(",")
                and not after.startswith(",")
                and cue.SPEECH_AFTER.match(after)
            ):
                # "a contract with a European carmaker, Meridale said": the clause ends at the
                # comma and the name opens the attribution; the noun was someone else ("the cell
                # maker, Acme, said" closes its apposition with a comma, and stays described).
                described_before = None
            # "officials from Ulsan" is as often a city as an organisation: one word after
            # "from" or "with" is not enough.
            at_org = (
                last in cue.AT_LAST
                and (len(words) > 1 or last not in ("from", "with"))
                and cue.AT_ORG.search(before)
            ) or (tail.endswith(",") and cue.TITLED_AT.search(before))
            if (
                not person
                and not described_before
                and not at_org
                and len(words) in (2, 3)
                and all(cue.PERSON_WORD.fullmatch(w) for w in words)
                and not org_word
                # "Homes England said", "Business Finland said": a place in it names a body
                and not any(w.casefold() in PLACE_WORDS or country_of(w) for w in words)
                and (cue.SPEECH_AFTER.match(after) or last == "said")
            ):
                person = True
            if person:
                persons.update(w.casefold() for w in words)
                continue
            # "Nordvik of Sweden": the place is the country, not part of the name.
            run_after = after  # the verb follows the whole run: "Nordvik of Sweden raised ..."
            country = ""
            of = cue.OF_PLACE.match(name) if " of " in name else None
            if of and all(
                w.casefold() in PLACE_WORDS or country_of(w) for w in of.group(2).split()
            ):
                country = country_of(of.group(2)) or of.group(2)
                # "Government of Canada", "Bank of Korea": the place belongs to the name.
                if of.group(1).split()[-1].casefold() not in cue.ORG_HEADS:
                    name, end = of.group(1), start + len(of.group(1))
                    after = text[end:]
            # "Swedish Nordvik": a leading nationality is the country; "Swedish Energy
            # Agency" keeps it, the rest being only words any organisation may carry.
            lead = name.split()
            while (
                len(lead) > 1
                and lead[0].casefold() in NATIONALITIES
                and not all(
                    w.strip(".,").casefold() in cue.ORG_WORDS or w.casefold() in cue.KIND_LAST
                    for w in lead[1:]
                )
            ):
                country = country or country_of(lead[0])
                lead = lead[1:]
            if len(lead) > 1 and country_of(lead[0]):
                country = country or country_of(lead[0])
            if len(lead) != len(name.split()):
                shift = name.find(lead[0])
                start, name = start + shift, name[shift:]
            if not is_nameable(name, plain):
                continue
            key = name_key(name)
            entry = found.setdefault(key, Found(name))
            entry.variants.append(name)
            entry.inside = entry.inside or not at_start
            i = sentence.index
            if country:
                entry.countries.append(country)
            described = described_before or cue.DESCRIBED_AFTER.match(after)
            listed = (
                cue.SUCH_AS.search(before)
                if not described and (" as " in before or "includ" in before or " like " in before)
                else None
            )
            if listed:
                entry.strong.append(("descriptor", 0.8, i))
                entry.kinds.append(kind_of_noun(listed.group("noun")))
            elif (
                not described
                and (" as " in before or "includ" in before or " like " in before)
                and cue.LISTED_AS.search(before)
            ):
                entry.strong.append(("listed with companies", 0.75, i))
            if described:
                noun = kind_of_noun(described.group("noun"))
                entry.strong.append(("descriptor", 0.85, i))
                # "rating agency", "news agency": the word before the noun says the kind.
                qualified = [
                    cue.QUALIFIED_KINDS[w.casefold()]
                    for w in described.group("adj").split()
                    if w.casefold() in cue.QUALIFIED_KINDS
                ]
                entry.kinds.append(qualified[-1] if qualified else noun)
                for word in described.group("adj").split():
                    if country_of(word.strip(",.")):
                        entry.countries.append(country_of(word.strip(",.")))
            if org_word:
                entry.strong.append(("organisation word", 0.8, i))
            # "The government of Fujian will ...", "sales in Jiangsu fell by 35%": a name after a
            # preposition is not the subject of the verb or the holder of the figure that follow.
            governed = last in cue.PREPOSITIONS
            possessive = (
                last.endswith(("'s", "\u2019s")) and cue.COUNTRY_POSSESSIVE.search(before)
            ) or (last.endswith("-based") and cue.BASED.search(before))
            if possessive:
                entry.countries.append(country_of(possessive.group("c")))
                entry.weak.append(("country possessive", 0.6, i))
            country_apposition = cue.COUNTRY_APPOSITION.match(after)
            if country_apposition and country_of(country_apposition.group("c")):
                entry.countries.append(country_of(country_apposition.group("c")))
            of_country = cue.OF_COUNTRY.match(after)
            if of_country and country_of(of_country.group("c")):
                entry.countries.append(country_of(of_country.group("c")))
            if at_org:
                entry.strong.append(("people at", 0.75, i))
            if (
                (len(words) > 1 or cue.ACRONYM.match(name))
                and last in ("from", "by", "the")
                and cue.FUNDER_BEFORE.search(before)  # "a €45m grant from X", "banks led by X"
            ):
                entry.strong.append(("funder", 0.75, i))
            unit = cue.UNIT_BEFORE.search(before) if last.rstrip(",") in cue.UNIT_NOUNS else None
            if unit:  # "its battery unit, Acme Cellworks,", "Acme's cathode arm Borel"
                entry.strong.append(("unit of a company", 0.75, i))
                if unit.group("what"):
                    entry.kinds.append(kind_of_noun(f"{unit.group('what')} maker"))
            elif cue.UNIT_AFTER.match(after) or (  # "Acme Energy, the battery unit of ..."
                last in ("called", "named", "as", "dubbed") and cue.CALLED.search(before)
            ):  # "a venture, to be called Ultiva,"
                entry.strong.append(("unit of a company", 0.75, i))
            if cue.TICKER_AFTER.match(after) or (
                last.endswith("-listed") and cue.LISTED_BEFORE.search(before)
            ):
                entry.strong.append(("listed company", 0.8, i))
            if last == "bank" and cue.BANK_BEFORE.search(before):
                entry.strong.append(("descriptor", 0.8, i))  # "the development bank KfW"
            if (last in ("with", "to", "the") and cue.DEALT_WITH.search(before)) or (
                last in ("be", "is", "was", "are", "were") and cue.CUSTOMER_IS.search(before)
            ):
                if len(words) > 1 or cue.ACRONYM.match(name):
                    entry.strong.append(("dealt with", 0.7, i))
                else:
                    entry.weak.append(("dealt with", 0.55, i))
            if (
                start == 0
                and cue.ROW_AFTER.match(after)
                and any(q.unit == "GWh" for q in sentence.quantities)
                # "Production Capacity: 40 GWh" is a key figure's label, not a maker
                and not all(ordinary(w, plain) for w in words)
            ):
                entry.strong.append(("table row", 0.65, i))  # only a maker has GWh of its own
            near = before[-45:]
            if (" of " in near or " by " in near or " with " in near) and cue.PART_OF.search(near):
                entry.strong.append(("part of an organisation", 0.7, i))
            if cue.FINANCES_AFTER.match(run_after) or (
                last in ("of", "in") and cue.FINANCES_BEFORE.search(before)
            ):
                entry.weak.append(("company finances", 0.6, i))

            if (
                last in ("to", "told", "by", "from")
                and cue.ACCORDING.search(before)
                and (len(words) == 1 or org_word)
            ):
                # "according to SNE", "data from EVTank": initials a source goes by are a body's
                # (the station a speaker "told" is the outlet telling the story)
                acronym = last != "told" and (
                    cue.ACRONYM.match(name) or cue.MIXED_ACRONYM.match(name)
                )
                (entry.strong if acronym else entry.weak).append(("source of a statement", 0.6, i))
            if not governed and any(
                0 <= p - end <= 60 and not cue.RUN.search(text, end, p) for p in percent_starts
            ):
                entry.strong.append(("share holder", 0.75, i))
            if governed:
                pass
            elif cue.CORPORATE_VERB.match(run_after) and not cue.SPEECH_AFTER.match(run_after):
                entry.weak.append(
                    ("corporate verb", 0.6 if not at_start or len(words) > 1 else 0.55, i)
                )
            elif cue.SPEECH_AFTER.match(after) and (
                len(words) == 1 or any(w.casefold() in PLACE_WORDS or country_of(w) for w in words)
            ):
                entry.weak.append(
                    ("statement", 0.5, i)
                )  # "Orlov says": a surname is caught as a person
            if cue.MAKER_OF.match(after):
                entry.weak.append(("maker of a product", 0.6, i))
            abbr = cue.ABBREVIATION_AFTER.match(after)
            alias = abbr and (abbr.group("abbr") or abbr.group("defined"))
            if alias and alias.upper() not in cue.COMMON_ACRONYMS and alias != name:
                entry.aliases.append(alias)
            if (
                cue.PRODUCT_AFTER.match(after)
                or cue.QUOTE_BEFORE.search(before)
                or name.casefold().endswith(cue.TRIMS)
                or (
                    last.endswith(("'s", "’s"))
                    and not country_of(last[:-2])
                    and last[:-2] not in PLACE_WORDS
                    and cue.OWNED.search(before)
                    # "the Department of Energy's Loan Programs Office": a body inside a body;
                    # "Pune's Sahyadri Cells": a company of a city
                    and words[-1].casefold() not in cue.ORG_HEADS
                    and not org_word
                )
            ):
                entry.vetoes.add("product")
            if len(words) == 1 and not org_word and owns_a_company(after):
                entry.vetoes.add("place")  # "Pune's Sahyadri Cells": a city's company
            if (
                last in cue.PLACE_LAST
                and cue.PLACE_BEFORE.search(before)
                and not cue.FINANCES_BEFORE.search(before)  # "shares in Acme" is no place
            ):
                entry.vetoes.add("place")
    # Proper names are capitalised mid-sentence too, also inside a longer name ("the Orlov Tempo").
    inside = {
        m.group() for s in sentences for m in re.finditer(r"(?<=[^\s.!?\"“]\s)[A-Z][\w&-]*", s.text)
    }
    # A word the text uses as a place elsewhere ("near Pune", "Pune-based", "the city of Pune")
    # is no company on a verb alone ("Pune will host the plant").
    placed = {m.group(1) or m.group(2) for s in sentences for m in cue.PLACED.finditer(s.text)}
    for entry in found.values():
        entry.inside = entry.inside or entry.name in inside
        if entry.name in placed:
            entry.vetoes.add("place")
    # A person's name never names a company, nor does either half of it.
    for key in list(found):
        if set(key.split()) <= persons:
            del found[key]
    # An alias seen as its own name ("... (DOE)" then "the DOE") is the same company.
    for entry in list(found.values()):
        for alias in entry.aliases:
            other = found.pop(name_key(alias), None)
            if other is not None and other is not entry:
                entry.strong += other.strong
                entry.weak += other.weak
                entry.kinds += other.kinds
                entry.countries += other.countries
    return found


def accepted(entry: Found) -> tuple[str, float] | None:
    """The rule and confidence that make a found name a company, or None."""
    words = entry.name.split()
    # A word capitalised only where sentences start ("Total", "Overall") is an ordinary word
    # unless the text describes it as an organisation.
    if (
        len(words) == 1
        and not entry.inside
        and not cue.ACRONYM.match(words[0])
        and not any(
            rule in ("descriptor", "table row", "listed company") for rule, _, _ in entry.strong
        )
        # "Hartwell's Long Range pack holds ...": an ordinary word owns no product.
        and not any(rule == "maker of a product" for rule, _, _ in entry.weak)
    ):
        return None
    if entry.strong:
        rule, confidence, _ = max(entry.strong, key=lambda e: e[1])
        overriding = any(r in ("descriptor", "people at") for r, _, _ in entry.strong)
        org_word = any(r == "organisation word" for r, _, _ in entry.strong)
        if entry.vetoes and not overriding and ("product" in entry.vetoes or not org_word):
            return None
        return rule, confidence
    if entry.weak and not entry.vetoes:
        rule, confidence, _ = max(entry.weak, key=lambda e: e[1])
        # One weak cue seen once is not enough unless it is a clear corporate subject.
        if len(entry.weak) >= 2 or rule in (
            "corporate verb",
            "statement",
            "maker of a product",
            "company finances",
        ):
            return rule, confidence
    return None


def kind_of(entry: Found) -> str:
    kinds = [k for k in entry.kinds if k != "other"]
    if kinds:
        return max(set(kinds), key=lambda k: (kinds.count(k), -kinds.index(k)))
    lowered = entry.name.casefold()
    # "Minerals Council of Australia": the head noun before "of" says the kind first.
    heads = (lowered.split(" of ")[0].split()[-1],) if " of " in lowered else ()
    for part in (*heads, lowered):
        for kind, pattern in cue.NAME_KINDS:
            if pattern.search(part):
                return kind
    return "other"


def _display(entry: Found) -> str:
    """The fullest name the text uses, without its legal form ("Voltaris SAS" is Voltaris)."""
    name = max(entry.variants, key=lambda v: (len(name_key(v).split()), -entry.variants.index(v)))
    return cue.LEGAL_FORM.sub("", name) or name


def _longer_name(key: str, multi: list[str]) -> str:
    """The one longer accepted name a name is the start of, or "": a single word may stand for
    any longer name it starts, a longer one only where the rest is organisation words."""
    words = key.split()
    longer = [m for m in multi if m != key and m.split()[: len(words)] == words]
    if not longer:
        return ""
    full = max(longer, key=len)
    if any(full.split()[: len(m.split())] != m.split() for m in longer):
        return ""  # "Acme Cells" and "Acme Motors": two companies, the short form is neither
    rest = full.split()[len(words) :]
    if len(words) > 1 and not all(w in cue.ORG_WORDS or w in cue.SUFFIXES for w in rest):
        return ""
    return full


def company_records(
    source: str, sentences: Sequence[Sentence], found: dict[str, Found], taken: set[str]
) -> tuple[list[Company], dict[str, str]]:
    """Company records for the accepted names, and each accepted name or alias -> company id."""
    companies: list[Company] = []
    names: dict[str, str] = {}
    keys = sorted(
        found,
        key=lambda k: (
            min(i for _, _, i in found[k].strong + found[k].weak)
            if found[k].strong + found[k].weak
            else 0
        ),
    )
    accepted_keys = {k: a for k in keys if (a := accepted(found[k])) is not None}
    multi = [k for k in accepted_keys if " " in k]
    for key in list(accepted_keys):
        longer = _longer_name(key, multi)
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
        longer = _longer_name(key, multi)
        if longer:
            names[entry.name] = slug(_display(found[longer]))
            continue
        name = _display(entry)
        ident = slug(name)
        rule, confidence = verdict
        evidence = sorted({i for _, _, i in entry.strong + entry.weak})[:3]
        cites = tuple(sentences[i].cite(source) for i in evidence)
        countries = [c for c in entry.countries if c]
        aliases = tuple(
            dict.fromkeys(
                a
                for a in [*entry.aliases, *entry.variants]
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


_APPOSED_NAME = re.compile(r",\s+(?:the\s+)?[A-Z]")
# The last words of the nouns a reference uses ("the battery maker", "the Swedish firm").
_REFERENCE_NOUNS = tuple(sorted({n.replace("-", " ").split()[-1] for n in KIND_OF_NOUN}))


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
        if not any(word in lowered for word in _REFERENCE_NOUNS):
            continue
        for match in ANAPHOR.finditer(sentence.text):
            if not match.group("noun") or _APPOSED_NAME.match(sentence.text, match.end()):
                continue  # "the employers' association, the Confederación ...": another's
            ident = resolve(sentence, match)
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
        out.append(
            replace(
                company,
                kind=kind if company.kind == "other" and kind else company.kind,
                country=company.country or country,
            )
        )
    return out


def merge_companies(records: list[Company]) -> list[Company]:
    """One record per id across documents: first kind and country stated, every citation."""
    merged: dict[str, Company] = {}
    for company in records:
        had = merged.get(company.id)
        if had is None:
            merged[company.id] = company
            continue
        merged[company.id] = Company(
            id=had.id,
            name=had.name,
            kind=had.kind if had.kind != "other" else company.kind,
            aliases=tuple(dict.fromkeys((*had.aliases, *company.aliases))),
            country=had.country or company.country,
            cites=(*had.cites, *company.cites),
            origin="extracted",
            confidence=max(had.confidence, company.confidence),
            rule=had.rule,
        )
    return list(merged.values())


def cite_of(sentence: Sentence, source: str) -> Citation:
    return sentence.cite(source)
