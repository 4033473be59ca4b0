"""Candidates: capitalised runs that look like organisations the knowledge base does not know."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.names import NameFinder
from evkb.kb.extract.passages import _is_title_cased, _words
from evkb.kb.extract.quantities import _MONTH_WORDS
from evkb.kb.units import CURRENCIES
from evkb.model import BODY, CLAIM_KINDS, HEADING, Candidate, Passage

# Knowledge of English, not of any document: places, peoples, months and days, which are
# capitalised without being organisations.
_PLACES = frozenset(
    """africa america americas asia europe oceania antarctica arctic pacific atlantic middle east
    west north south central eastern western northern southern united states kingdom nations
    emirates arab republic kingdom of korea japan china india taiwan hong kong singapore
    thailand vietnam indonesia malaysia philippines australia new zealand canada mexico
    brazil argentina chile peru colombia germany france italy spain portugal britain great
    england scotland wales ireland netherlands belgium luxembourg switzerland austria sweden
    norway denmark finland iceland poland hungary czech slovakia romania bulgaria greece
    turkey russia ukraine israel iran iraq saudi arabia qatar egypt nigeria kenya morocco
    pakistan bangladesh us usa uk eu u.s. u.k. europe's california texas nevada michigan
    ohio kentucky tennessee georgia carolina alabama indiana arizona york washington florida
    illinois virginia london paris berlin tokyo beijing shanghai shenzhen seoul osaka nagoya
    aichi detroit brussels munich frankfurt stockholm amsterdam madrid rome milan geneva
    zurich american african asian european japanese chinese korean indian german french
    italian spanish british english scottish welsh irish dutch belgian swiss austrian
    swedish norwegian danish finnish polish hungarian russian ukrainian israeli iranian
    saudi egyptian canadian mexican brazilian australian taiwanese thai vietnamese
    indonesian malaysian singaporean turkish""".split()
)
_CALENDAR = _MONTH_WORDS | frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday""".split()
)
# Acronyms of the trade and of everyday English that name no organisation.
_COMMON_ACRONYMS = frozenset(
    """EV EVS BEV BEVS PHEV PHEVS HEV HEVS FCEV ICE SUV SUVS IPO AI CEO CFO CTO COO GDP LFP NMC NCA
    WLTP EPA CLTC NEDC OEM OEMS API IT TV PC FY YOY ESG CO2 ID OK PM AM GMT BST UTC CET DC
    AC HQ VAT ETF R&D PR UN NATO US USA UK EU USD EUR JPY GBP CNY KRW INR GWH MWH TWH KWH GW
    MW KW KM MPH LLC PLC LTD INC CO Q1 Q2 Q3 Q4 H1 H2 FAQ PDF URL TBA NEW THE AND LMFP LMO
    LCO NCM NCMA LTO SSB BMS CTP CTB NEV NEVS ZEV ADAS OTA""".split()
)
# Words that start sentences without being names, however they are capitalised.
_FUNCTION_WORDS = frozenset(
    """the a an this that these those its it their our his her my your both each every all
    some many most several few no any another other such only even also but and or so yet
    then now meanwhile however still while when where after before since until if as at by
    for from in into on with without under over about among between during through via per
    according unlike like despite although though because whereas whether why how what
    which who new former rival fellow further more less last next first earlier later""".split()
)
# Words that make a capitalised run an organisation's name.
_ORG_WORDS = frozenset(
    """association ministry agency authority bank board commission committee corp corp. corporation
    co co. company council department energy fund foundation group holdings inc inc.
    industries institute labs laboratories limited ltd ltd. llc plc motor motors partners
    research solution solutions systems technologies technology university ventures capital
    electric electronics chemical chemicals materials battery batteries automotive power
    federation organisation organization office services securities trust ag sa se gmbh nv
    alliance consortium exchange media news press times journal post insights analytics
    consulting manufacturing mobility service cells automobile automobiles insight lithium
    high-tech""".split()
)
# Titles that end an organisation's name and start a person's ("County Council Chairman Ray
# Stuckey"): the run is cut before them.
_TITLES = frozenset(
    """chairman chairwoman chair president ceo cfo cto chief executive director minister
    secretary spokesman spokeswoman spokesperson governor mayor senator founder analyst
    professor dr mr mrs ms""".split()
)
# Suffixes that make even a single capitalised word a company ("Acme Inc").
_ORG_SUFFIXES = frozenset(
    """inc inc. corp corp. corporation co co. ltd ltd. llc plc group holdings ag sa se gmbh
    nv""".split()
)
_CONNECTORS = frozenset(["of", "and", "&", "for", "de", "der", "von", "du", "la", "le"])

# A capitalised word: periods only inside it ("U.S"), so a run never crosses a sentence end.
_CAPITALISED_WORD = r"(?:[\w&-]|\.(?=\w))*(?:[\u2019']s\b)?"
# One space between a name's words: a tab or a run of spaces parts the cells of a table.
_GAP = r"(?:[ \u00a0]|\n)"
# Two or more capitalised words (with "of", "and" ... between), or one acronym.
_CAPITALISED_RUN = re.compile(
    r"[A-Z](?<![\w\u2019'-][A-Z])"
    rf"(?:{_CAPITALISED_WORD}(?:{_GAP}(?:(?:of|and|&|for|de|der|von|du|la|le){_GAP})?[A-Z]"
    rf"{_CAPITALISED_WORD})+|[A-Z0-9&]{{2,6}}(?![\w&]))"
)
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?\u2026][\"'\u201d\u2019)\]]*\s+)$")
_RUN_WORD = re.compile(r"\S+")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,6}$")
_QUOTE_BEFORE = re.compile(r"[\"\u201c\u2018']\s*$")


def _capitalised_mid_sentence(passages: Sequence[Passage]) -> set[str]:
    """Words the document capitalises somewhere other than at a sentence start: names."""
    names: set[str] = set()
    for passage in passages:
        if passage.kind != BODY:
            continue
        for match in re.finditer(r"(?<=[a-z,;:\u2013\u2014(]\s)([A-Z][\w-]*)", passage.text):
            names.add(match.group(1))
    return names


def _strip_possessive(word: str) -> str:
    for tail in ("\u2019s", "'s"):
        if word.endswith(tail):
            return word[: -len(tail)]
    return word


def _run_candidates(run: str, at_sentence_start: bool, proper: set[str]) -> list[str]:
    """The organisation-like names inside one capitalised run."""
    words = _RUN_WORD.findall(run)
    # "Japan's Ministry of Trade": a possessive ends one name and starts another.
    groups: list[list[str]] = [[]]
    for word in words:
        bare = _strip_possessive(word).rstrip(".,")
        groups[-1].append(bare)
        if bare != word.rstrip(".,"):
            groups.append([])
    if at_sentence_start and groups[0] and _ordinary_start(groups[0][0], proper):
        groups[0] = groups[0][1:]
    names: list[str] = []
    for group in _split_lists(groups):
        cut = next((i for i, w in enumerate(group) if w.lower() in _TITLES), None)
        group = group[:cut]
        # "Kumo Energy of Japan": where it is from, not its name.
        if len(group) > 2 and group[-2] == "of" and group[-1].lower() in _PLACES:
            group = group[:-2]
        while group and (
            group[0].lower() in _CONNECTORS
            or group[0].lower() in _CALENDAR
            or group[0].lower() in ("the", "a", "an", "our", "its", "their")
        ):
            group = group[1:]
        while group and group[-1].lower() in _CONNECTORS:
            group = group[:-1]
        if not group:
            continue
        lowered = [w.lower() for w in group]
        content = [w for w in lowered if w not in _CONNECTORS]
        if all(w in _PLACES or w in _CALENDAR for w in content):
            continue
        if len(group) == 1:
            # Two-letter capitals are as often models or grades ("RZ", "A4") as companies.
            # A currency code the unit table reads ("SEK 2.4 billion") is money, not a name.
            common = group[0] in _COMMON_ACRONYMS or group[0] in CURRENCIES
            if _ACRONYM.match(group[0]) and len(group[0]) >= 3 and not common:
                names.append(group[0])
            continue
        if (
            lowered[-1] in _ORG_SUFFIXES
            or any(w in _ORG_WORDS for w in lowered)
            or _has_acronym(group)
        ):
            names.append(" ".join(group))
    return names


def _ordinary_start(word: str, proper: set[str]) -> bool:
    """True for a word capitalised only because it starts the sentence ("The", "Updated").

    Function words always are; so are adverbs and participles ("Reportedly", "Updated")
    unless the document also capitalises them mid-sentence. Any other word stays: a name
    that opens a sentence ("Prime Planet Energy Solution will ...") is still a name.
    """
    lower = word.lower()
    if lower in _FUNCTION_WORDS:
        return True
    return word not in proper and not word.isupper() and lower.endswith(("ly", "ed", "ing"))


def _is_name_like(words: list[str]) -> bool:
    """An organisation word in it, or a lone acronym ("EVE Energy", "SVOLT")."""
    if len(words) == 1:
        return _ACRONYM.match(words[0]) is not None
    return any(w.lower() in _ORG_WORDS for w in words)


def _has_acronym(words: list[str]) -> bool:
    """A name that carries an acronym after its first word ("Daesan SDI"); two capitals are
    as often a model ("Lexus RZ")."""
    return any(_ACRONYM.match(w) and len(w) >= 3 and w not in _COMMON_ACRONYMS for w in words[1:])


def _split_lists(groups: list[list[str]]) -> list[list[str]]:
    """Split "Tata Motors and SVOLT" or "Stellantis and Solid Power" into two names.

    A run splits at "and" ("&" joins the words of one name: "Power & Mobility") where its left
    part is complete on its own: one word, ending in
    an organisation word or an acronym, or a two-word name before another organisation
    ("Li Auto and EVE Energy", "Li Auto and SVOLT"). "Ministry of Trade and Industry" and
    "Motor Vehicle and Motorcycle Association" stay whole: their left parts do not end like
    a name.
    """
    result: list[list[str]] = []
    for group in groups:
        start = 0
        for index, word in enumerate(group):
            if word == "and" and start < index < len(group) - 1:
                left, right = group[start:index], group[index + 1 :]
                if (
                    len(left) == 1
                    or left[-1].lower() in _ORG_WORDS
                    or _ACRONYM.match(left[-1])
                    or (len(left) == 2 and _is_name_like(right))
                ):
                    result.append(left)
                    start = index + 1
        result.append(group[start:])
    return result


def _known(name: str, matcher: NameFinder) -> bool:
    """True when the matcher's names cover the whole name, give or take generic org words."""
    rest = name
    for _, start, end in sorted(matcher.find(name), key=lambda f: -f[1]):
        rest = rest[:start] + " " + rest[end:]
    leftover = [w for w in rest.split() if w.lower() not in _CONNECTORS]
    if len(leftover) == len(name.split()):
        return False
    return all(w.lower() in _ORG_SUFFIXES or w.lower() in ("motor", "motors") for w in leftover)


def find_candidates(
    source_id: str, passages: Sequence[Passage], matcher: NameFinder
) -> list[Candidate]:
    """Organisation-like names in body and heading passages that no known name covers.

    A candidate is a run of capitalised words that carries an organisation word
    ("... Association", "Ministry of ...", "... Energy Solution", "... Inc"), or an acronym
    that is not an everyday one (EV, IPO, CEO ...). Places, peoples, months and days are not
    organisations; a capitalised word that starts a sentence is dropped unless the document
    also capitalises it mid-sentence; words in quotation marks are titles, not names; in a
    title-cased heading every word is capitalised, so only acronyms and suffixed names
    ("Acme Inc") count there. Candidates come in order of first mention, with their counts.
    """
    proper = _capitalised_mid_sentence(passages)
    known: dict[str, bool] = {}
    order: list[str] = []
    first_passage: dict[str, str] = {}
    counts: dict[str, int] = {}
    for passage in passages:
        if passage.kind not in CLAIM_KINDS:
            continue
        title_cased = passage.kind == HEADING and _is_title_cased(_words(passage.text))
        text = passage.text
        for match in _CAPITALISED_RUN.finditer(text):
            begin = match.start()
            if _QUOTE_BEFORE.search(text, max(0, begin - 2), begin):
                continue
            at_start = _SENTENCE_START_BEFORE.search(text, max(0, begin - 4), begin) is not None
            for name in _run_candidates(match.group(), at_start, proper):
                if title_cased and not (
                    _ACRONYM.match(name) or name.split()[-1].lower() in _ORG_SUFFIXES
                ):
                    continue
                if name not in known:
                    known[name] = _known(name, matcher)
                if known[name]:
                    continue
                if name not in counts:
                    order.append(name)
                    first_passage[name] = passage.id
                    counts[name] = 0
                counts[name] += 1
    return [Candidate(name, source_id, first_passage[name], counts[name]) for name in order]
