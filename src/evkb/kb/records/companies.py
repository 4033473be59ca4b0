"""Companies named in body sentences: found by the words around a name, never by a list of names.

A capitalised run becomes a company when the text says it is one: a kind noun before or after
it ("battery maker X", "X, the Swedish cell maker"), an organisation word in it ("... Energy
Solution", "... Motor Co."), a share held, people working "at" it, or a corporate verb after it
("X announced", "X will build"). People (a title or role next to them), products (followed by
"battery", "pack" ...), places and dates are never companies.

Past ~500 lines: the cues that make a name a company and those that rule it out (people,
places, products) are weighed together on one name; they are kept side by side on purpose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from evkb.kb.records.context import (
    CALENDAR_WORDS,
    COUNTRY_WORD,
    KIND_NOUN,
    KIND_OF_NOUN,
    NAME_KIND_WORDS,
    PLACE_WORDS,
    SHARE_TALK,
    Sentence,
    country_of,
    kind_of_noun,
    slug,
)
from evkb.kb.records.shares import is_share_figure
from evkb.model import Citation, Company

# Corporate suffixes and generic words a name may carry or drop ("Acme Motor Co." is Acme).
SUFFIXES = frozenset(
    """co co. corp corp. corporation inc inc. ltd ltd. limited llc plc ag sa se nv gmbh group
    holdings holding company motor motors sas spa s.a. s.p.a. ab asa oy oyj kk bv pty""".split()
)
_ORG_WORDS = frozenset(
    """association ministry agency authority bank board commission committee council department
    energy fund foundation group holdings industries institute labs laboratories partners
    research solution solutions systems technologies technology tech university ventures capital
    electric electronics chemical chemicals materials battery batteries automotive power
    federation office services trust alliance consortium exchange insights analytics consulting
    manufacturing mobility motor motors amperex corp corporation inc ltd llc plc ag se gmbh co
    intelligence auto cars trucks sas spa automobiles automobile service data news media press
    journal times cells energie energia""".split()
)
# Acronyms of the trade and everyday English that name no organisation.
_COMMON_ACRONYMS = frozenset(
    """EV EVS BEV BEVS PHEV PHEVS HEV HEVS FCEV ICE SUV SUVS IPO AI CEO CFO CTO COO GDP LFP LMFP NMC
    NCM NCA NCMA LMO LCO LTO WLTP EPA CLTC NEDC OEM OEMS API IT TV PC FY YOY ESG CO2 ID OK PM AM
    GMT UTC DC AC HQ VAT ETF R&D PR UN US USA UK EU USD EUR JPY GBP CNY KRW GWH MWH TWH KWH GW MW KW
    KM MPH LLC PLC LTD INC CO Q1 Q2 Q3 Q4 H1 H2 FAQ PDF TBA SSB BMS CTP CTB NEV NEVS ZEV ADAS OTA
    MOU RMB""".split()
)
# Words that open sentences or phrases without being part of a name.
_LEADING = frozenset(
    """the a an this that these those its it their our his her both each every all some many most
    several few no any another other such only even also but and or so yet then now meanwhile
    however still while when where after before since until if as at by for from in into on with
    without under over about among between during through via per according unlike like despite
    although though because whereas whether why how what which who new former rival fellow
    further more less last next first earlier later sales shares analysts executives officials
    production demand prices output data figures reports research moreover furthermore
    additionally besides overall instead indeed thus hence therefore second third fourth fifth
    sixth seventh eighth ninth tenth top together respectively elsewhere currently
    recently""".split()
)
_TITLES = (
    r"(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|CEO|CFO|CTO|chief executive|chief executive officer|chairman|"
    r"chairwoman|president|founder|co-founder|analyst|spokesperson|spokesman|spokeswoman|minister|"
    r"secretary|senator|governor|director|head|professor|economist|engineer|executive|manager|"
    r"officer|reporter|author|vice president|boss)"
)
_PERSON_BEFORE = re.compile(rf"\b{_TITLES}\.?,?\s+$", re.I)
_PERSON_AFTER = re.compile(
    rf",\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’-]+\s+){{0,3}}?{_TITLES}\b|\s+\(\d{{2}}\)", re.I
)
_SPEECH_AFTER = re.compile(r",?\s+(?:said|says|told|added|noted|explained|wrote|argued|warned)\b")
_TITLE_WORD = re.compile(rf"^{_TITLES}$", re.I)

_CAP = r"(?:[A-Z][\w&+\-]*|[0-9][\w-]*[A-Z][\w-]*)"
_RUN = re.compile(
    rf"(?<![\w'’\-.]){_CAP}(?:\s+(?:(?:of|de|du|der|von|&|and)\s+)?{_CAP})*"
    r"(?:,?\s+(?:Co|Inc|Corp|Ltd|Plc|LLC|AG|SE|SA|NV|SAS|SpA|AB|ASA)\.?(?![\w]))?"
)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,6}$")
_POSSESSIVE_END = re.compile(r"['’]s$")
_TOKEN = re.compile(r"\S+")
_NO_LETTERS = re.compile(r"[\d\W]+")
_OPENERS = re.compile(r"[\"“‘(\[]*")
_PERSON_WORD = re.compile(r"[A-Z][a-z'’-]+")
_OF_PLACE = re.compile(r"^(.+?)\s+of\s+(.+)$")
_LOWER_WORD = re.compile(r"\b[a-z][a-z-]+\b")
_LISTED = re.compile(r"(?:,\s+[A-Z][\w&-]*)+,?\s+(?:and|&)\s+[A-Z][\w&-]*")

_DESCRIBED_BEFORE = re.compile(
    rf"(?:^|\b)(?P<adj>(?:[\w'’.-]+\s+){{0,3}}?)(?P<noun>{KIND_NOUN}),?\s+$", re.I
)
_DESCRIBED_AFTER = re.compile(
    rf"^(?:,\s+(?:which\s+is\s+|who\s+is\s+)?|\s+(?:is|was|remains|became)\s+)(?:the|a|an|its)\s+"
    rf"(?P<adj>(?:[\w'’.-]+\s+){{0,4}}?)(?P<noun>{KIND_NOUN})\b"
    # An apposition closes ("X, the Swedish cell maker, said"); "Moreover, the automaker will"
    # is a sentence going on after an adverb.
    r"(?=\s*(?:,|\.|;|\)|$)|\s+(?:that|which|based|headquartered|in|with|and)\b)",
    re.I,
)
_COUNTRY_POSSESSIVE = re.compile(
    rf"\b(?P<c>{COUNTRY_WORD}|China|Japan|Korea|Germany|Sweden|France)['’]s\s+$"
)
_OF_COUNTRY = re.compile(r"^\s+of\s+(?P<c>[A-Z][\w.]+(?:\s+[A-Z]\w+)?)")
_SITED = re.compile(r"-(?:based|headquartered|listed|born|backed|owned|registered)$", re.I)
_BASED = re.compile(rf"(?P<c>{COUNTRY_WORD}|China|Japan|Korea|Germany|Sweden|France)-based\s+$")
_AT_ORG = re.compile(
    r"\b(?:analysts?|executives?|researchers?|officials?|engineers?|staff|workers|employees|"
    r"spokes(?:person|man|woman)|chief executive|CEO|president|head|boss|chairman|shareholders?)\s+"
    r"(?:at|of|for)\s+$",
    re.I,
)
_ACCORDING = re.compile(
    r"\b(?:according\s+to|told|reported\s+by|data\s+from|figures\s+from|compiled\s+by|cited\s+by)\s+$",
    re.I,
)
_VERBS = (
    r"announce[sd]?|unveil(?:s|ed)?|launch(?:es|ed)?|introduce[sd]?|invest(?:s|ed)?|build(?:s)?|"
    r"built|open(?:s|ed)?|plan(?:s|ned)?|produce[sd]?|suppl(?:y|ies|ied)|sign(?:s|ed)?|agree[sd]?|"
    r"acquire[sd]?|bought|buys|sell(?:s)?|sold|ship(?:s|ped)?|deliver(?:s|ed)?|report(?:s|ed)?|"
    r"post(?:s|ed)|raise[sd]?|secure[sd]?|develop(?:s|ed)?|manufactur(?:es|ed)|aim(?:s|ed)?|"
    r"intend(?:s|ed)?|began|begins|start(?:s|ed)|reveal(?:s|ed)|showcase[sd]?|debut(?:s|ed)|"
    r"partner(?:s|ed)|team(?:s|ed)|won|receive[sd]?|employ(?:s|ed)?|make[s]?|operate[sd]?|"
    r"hold(?:s)?|held|control(?:s|led)?|lead(?:s)?|rank(?:s|ed)|capture[sd]|accounted|took|"
    r"commit(?:s|ted)?|spend(?:s)?|spent|pour(?:s|ed)?|earmark(?:s|ed)?|allocate[sd]?|"
    r"form(?:s|ed)|expand(?:s|ed)?|cut(?:s)?|halt(?:s|ed)?|delay(?:s|ed)?|recall(?:s|ed)?|"
    r"overtook|overtake[sn]?|trail(?:s|ed)|followed|unveil|will|has\s+been|is\s+(?:building|investing|planning|developing)"
)
_CORPORATE_VERB = re.compile(
    rf"^(?:,[^,.]{{1,60}},)?(?:\s+(?:also|has|have|had|would|could|may|recently|previously|now|"
    rf"already|jointly|said\s+it\s+(?:will|would|had|has)|is\s+set\s+to|is\s+expected\s+to|expects\s+to|"
    rf"intends\s+to|plans\s+to|aims\s+to))*\s+(?:{_VERBS})\b"
)
_PRODUCT_AFTER = re.compile(
    r"^(?:\s+[\d.]+)?\s+(?:battery|batteries|cell|cells|pack|packs|platform|chemistry|SUV|SUVs|sedan|"
    r"crossover|crossovers|hatchback|pickup|model|models|concept|EV\b|car|cars|vehicle|truck)\b"
    r"(?!\s+(?:plant|plants|factory|factories|gigafactory|facility|site|unit|business|division|arm|"
    r"subsidiary|venture|maker|makers|supplier|suppliers|production|output|sales)\b)"
)
# "Pemberly Auto's LFP cells", "Orlov's new Tempo battery": whose product it is.
_MAKER_OF = re.compile(
    r"^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:battery|batteries|cells?|packs?|plants?|factory|factories|gigafactory)\b",
    re.I,
)
# Legal forms a display name leaves out ("Voltaris SAS" is shown as Voltaris).
_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:Co|Inc|Corp|Corporation|Ltd|Limited|Plc|PLC|LLC|AG|SE|SA|S\.A|NV|GmbH|SAS|SpA|S\.p\.A|AB|ASA|Oy|Oyj|KK|BV|Pty)\.?)+$"
)
_TITLE_LAST = frozenset(
    """mr mrs ms dr prof sir dame ceo cfo cto executive officer chairman chairwoman president
    founder co-founder analyst spokesperson spokesman spokeswoman minister secretary senator
    governor director head professor economist engineer manager reporter author boss""".split()
)
_KIND_LAST = (
    frozenset(n.replace("-", " ").split()[-1] for n in KIND_OF_NOUN)
    | frozenset(n.split("-")[-1] for n in KIND_OF_NOUN if "-" in n)
    | frozenset(n.split()[-1] for n in KIND_OF_NOUN)
)
_PREPOSITIONS = frozenset(
    "of in at from to for with by on into near across over under than".split()
)
_PLACE_LAST = frozenset("in near outside across throughout around the of".split())
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|outside|across|throughout|around|of\s+the\s+state\s+of)\s+(?:the\s+)?$"
)
_ABBREVIATION_AFTER = re.compile(r"^\s+\((?P<abbr>[A-Z][A-Za-z0-9&]{1,7})\)")
_QUOTE_BEFORE = re.compile(r"[\"“‘']\s*$")


def name_key(name: str) -> str:
    """Names that are the same company share a key: case, possessive, suffixes and
    punctuation aside ("Acme Motor Co." and "Acme" give "acme")."""
    name = _POSSESSIVE_END.sub("", name.strip())
    words = [w.strip(".,").casefold() for w in name.replace("-", " ").split()]
    while len(words) > 1 and (words[-1] in SUFFIXES or words[-1] + "." in SUFFIXES):
        words.pop()
    return " ".join(words)


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


def _runs(sentence: Sentence, known: list[tuple[str, int, int]]):
    """Candidate name runs (start, end, name) in a sentence, outside known mentions."""
    text = sentence.text
    consumed = 0
    for match in _RUN.finditer(text):
        if match.start() < consumed or any(
            s < match.end() and match.start() < e for _, s, e in known
        ):
            continue
        run_end = match.end()
        if " of " in match.group():
            # "Ministry of Economy, Trade and Industry": a list inside a name after "of".
            listed = _LISTED.match(text, run_end)
            if listed:
                run_end = consumed = listed.end()
        tokens = [
            (m.start() + match.start(), m.end() + match.start(), m.group().rstrip(","))
            for m in _TOKEN.finditer(text[match.start() : run_end])
        ]
        # Titles split a run: "Acme CEO Jane Roe" is a company, a title and a person.
        for i, (_, _, word) in enumerate(tokens):
            if _TITLE_WORD.match(word.rstrip(",")):
                tokens = tokens[:i]
                break
        # "Lyon-based Aurelis Energy", "Shenzhen-listed Tianhe": where it sits, not its name.
        while (
            tokens
            and (
                tokens[0][2].casefold() in _LEADING
                or tokens[0][2].split("-")[0].casefold() in _LEADING
                or _SITED.search(tokens[0][2])
                # "Carmaker Ostrava Motors" opening a sentence: the kind, then the name.
                or (
                    len(tokens) > 1
                    and tokens[1][2][:1].isupper()
                    and tokens[0][2].casefold() in KIND_OF_NOUN
                )
            )
        ):
            tokens = tokens[1:]
        while tokens and tokens[-1][2].casefold() in ("of", "and", "&", "de", "du", "der", "von"):
            tokens = tokens[:-1]
        if not tokens:
            continue
        # "Acme and Borealis": two names unless the left part cannot stand alone.
        parts: list[list[tuple[int, int, str]]] = []
        current: list[tuple[int, int, str]] = []
        for token in tokens:
            if (
                token[2] in ("and", "&")
                and current
                and (
                    len(current) == 1
                    or _ACRONYM.match(current[-1][2])
                    or current[-1][2].casefold() in _ORG_WORDS
                )
            ):
                parts.append(current)
                current = []
                continue
            current.append(token)
        parts.append(current)
        for part in parts:
            if part:
                end = part[-1][1]
                if text[end : end + 1] == "." and part[-1][2].casefold() in (
                    "co",
                    "inc",
                    "corp",
                    "ltd",
                    "bros",
                ):
                    end += 1  # "Co." is the suffix, not a sentence end
                    more = re.match(
                        r"\s+(?:Limited|Ltd\.?|Inc\.?|LLC|Plc|Corporation)(?!\w)", text[end:]
                    )
                    end += more.end() if more else 0
                yield part[0][0], end, text[part[0][0] : end].rstrip(",")


def _plain_words(sentences: Sequence[Sentence]) -> set[str]:
    """Words the document writes in lower case somewhere: ordinary words, not names."""
    found: set[str] = set()
    for s in sentences:
        found.update(w for w in _LOWER_WORD.findall(s.text))
    return found


def _is_nameable(name: str, plain: set[str]) -> bool:
    words = [w.strip(".,").casefold() for w in name.split()]
    content = [w for w in words if w not in ("of", "and", "&", "de", "du", "der", "von")]
    if any(
        part in PLACE_WORDS or country_of(part)
        for w in content
        if "-" in w
        for part in w.split("-")
    ):
        return False  # "Chinese-related", "Acme-affiliated" ... describe, they do not name
    if not content or all(
        w in PLACE_WORDS or w in CALENDAR_WORDS or country_of(w) for w in content
    ):
        return False
    if len(content) == 1:
        if name.upper() in _COMMON_ACRONYMS or name.upper().rstrip("S") in _COMMON_ACRONYMS:
            return False
        if content[0] in plain or content[0] in _LEADING:
            return False
    # "I" of a first-person text, or no letters at all
    return not (len(name) < 2 or _NO_LETTERS.fullmatch(name))


def discover(
    sentences: Sequence[Sentence], known_mentions: list[list[tuple[str, int, int]]]
) -> dict[str, Found]:
    """Every organisation-like name the document's body gives evidence for, by name key."""
    plain = _plain_words(sentences)
    talks = [SHARE_TALK.search(s.text) is not None for s in sentences]
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
        for start, end, name in _runs(sentence, mentions):
            before, after = text[max(0, start - 90) : start], text[end:]
            # The word before a name decides which of the patterns below can match at all:
            # checking it first keeps the cost per name to a few set lookups.
            tail = before.rsplit(None, 1)[-1] if before.strip() else ""
            last = tail.rstrip(",").casefold()
            words = name.split()
            org_word = len(words) > 1 and any(
                w.strip(".,").casefold() in _ORG_WORDS for w in words[1:]
            )
            at_start = start == 0 or _OPENERS.fullmatch(text, 0, start) is not None
            person = bool(
                (last.rstrip(".") in _TITLE_LAST and _PERSON_BEFORE.search(before))
                or _PERSON_AFTER.match(after)
            )
            if (
                not person
                and len(words) in (2, 3)
                and all(_PERSON_WORD.fullmatch(w) for w in words)
                and not org_word
                and (_SPEECH_AFTER.match(after) or last == "said")
            ):
                person = True
            if person:
                persons.update(w.casefold() for w in words)
                continue
            # "Nordvik of Sweden": the place is the country, not part of the name.
            country = ""
            of = _OF_PLACE.match(name) if " of " in name else None
            if of and all(
                w.casefold() in PLACE_WORDS or country_of(w) for w in of.group(2).split()
            ):
                name, country = of.group(1), country_of(of.group(2)) or of.group(2)
                end = start + len(name)
                after = text[end:]
            # "Swedish Nordvik": a leading nationality is the country.
            lead = name.split()
            while len(lead) > 1 and country_of(lead[0]) and lead[0].casefold() not in ("us",):
                country = country or country_of(lead[0])
                lead = lead[1:]
            if len(lead) != len(name.split()):
                shift = name.find(lead[0])
                start, name = start + shift, name[shift:]
            if not _is_nameable(name, plain):
                continue
            key = name_key(name)
            entry = found.setdefault(key, Found(name))
            entry.variants.append(name)
            entry.inside = entry.inside or not at_start
            i = sentence.index
            if country:
                entry.countries.append(country)
            described = (
                last in _KIND_LAST and _DESCRIBED_BEFORE.search(before)
            ) or _DESCRIBED_AFTER.match(after)
            if described:
                noun = kind_of_noun(described.group("noun"))
                entry.strong.append(("descriptor", 0.85, i))
                entry.kinds.append(noun)
                for word in described.group("adj").split():
                    if country_of(word.strip(",.")):
                        entry.countries.append(country_of(word.strip(",.")))
            if org_word:
                entry.strong.append(("organisation word", 0.8, i))
            # "The government of Fujian will ...", "sales in Jiangsu fell by 35%": a name after a
            # preposition is not the subject of the verb or the holder of the figure that follow.
            governed = last in _PREPOSITIONS
            possessive = (
                last.endswith(("'s", "\u2019s")) and _COUNTRY_POSSESSIVE.search(before)
            ) or (last.endswith("-based") and _BASED.search(before))
            if possessive:
                entry.countries.append(country_of(possessive.group("c")))
                entry.weak.append(("country possessive", 0.6, i))
            of_country = _OF_COUNTRY.match(after)
            if of_country and country_of(of_country.group("c")):
                entry.countries.append(country_of(of_country.group("c")))
            if last in ("at", "of", "for") and _AT_ORG.search(before):
                entry.strong.append(("people at", 0.75, i))
            if (
                last in ("to", "told", "by", "from")
                and _ACCORDING.search(before)
                and (len(words) == 1 or org_word)
            ):
                entry.weak.append(("source of a statement", 0.55, i))
            if not governed and any(
                0 <= p - end <= 60 and not _RUN.search(text, end, p) for p in percent_starts
            ):
                entry.strong.append(("share holder", 0.75, i))
            if governed:
                pass
            elif _CORPORATE_VERB.match(after) and not _SPEECH_AFTER.match(after):
                entry.weak.append(
                    ("corporate verb", 0.6 if not at_start or len(words) > 1 else 0.55, i)
                )
            elif _SPEECH_AFTER.match(after) and len(words) == 1:
                entry.weak.append(
                    ("statement", 0.5, i)
                )  # "Orlov says": a surname is caught as a person
            if _MAKER_OF.match(after):
                entry.weak.append(("maker of a product", 0.6, i))
            abbr = _ABBREVIATION_AFTER.match(after)
            if abbr and abbr.group("abbr").upper() not in _COMMON_ACRONYMS:
                entry.aliases.append(abbr.group("abbr"))
            if _PRODUCT_AFTER.match(after) or _QUOTE_BEFORE.search(before):
                entry.vetoes.add("product")
            if last in _PLACE_LAST and _PLACE_BEFORE.search(before):
                entry.vetoes.add("place")
    # Proper names are capitalised mid-sentence too, also inside a longer name ("the Orlov Tempo").
    inside = {
        m.group() for s in sentences for m in re.finditer(r"(?<=[^\s.!?\"“]\s)[A-Z][\w&-]*", s.text)
    }
    for entry in found.values():
        entry.inside = entry.inside or entry.name in inside
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
        and not _ACRONYM.match(words[0])
        and not any(rule == "descriptor" for rule, _, _ in entry.strong)
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
        if len(entry.weak) >= 2 or rule in ("corporate verb", "statement", "maker of a product"):
            return rule, confidence
    return None


def kind_of(entry: Found) -> str:
    kinds = [k for k in entry.kinds if k != "other"]
    if kinds:
        return max(set(kinds), key=lambda k: (kinds.count(k), -kinds.index(k)))
    lowered = entry.name.casefold()
    for kind, pattern in _NAME_KINDS:
        if pattern.search(lowered):
            return kind
    return "other"


_NAME_KINDS = [
    (kind, re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b"))
    for kind, words in NAME_KIND_WORDS
]


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
    for key in keys:
        verdict = accepted_keys.get(key)
        if verdict is None:
            continue
        entry = found[key]
        # "Acme" in a text about "Acme Cells" is the longer name's short form.
        longer = [m for m in multi if m != key and m.split()[0] == key]
        if " " not in key and len(longer) == 1:
            names[entry.name] = slug(found[longer[0]].name)
            continue
        name = max(
            entry.variants, key=lambda v: (len(name_key(v).split()), -entry.variants.index(v))
        )
        name = _LEGAL_FORM.sub("", name) if _LEGAL_FORM.sub("", name) else name
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
