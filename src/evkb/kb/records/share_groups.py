"""A group that holds a share figure no company holds: the noun phrase its clause says holds
the figure when that phrase is plural or a mass noun ("Chinese suppliers", "the top five",
"Imports from China", "lithium iron phosphate", "Electric tricycles"), not a company's name
and not a place alone. Read in any of the orders copy writes it in: the phrase before a verb
of holding ("X held 38%", "X together accounted for 38 per cent"), after the figure ("38% went
to X"), as the owner of a share ("X's combined share rose to 38%", "the share of X was 38%"),
or as a list item's or a row's label ("X: 38%", "X 38% | Y 20%"). The label is the phrase as
written, less a leading article and an adverb of combining ("together", "combined"). The rest
of a market split ("the remaining 11% came from other makers", "with the remaining 12 per cent
from smaller firms", "Everyone else accounted for the remaining 6%") is the group its own
clause names, never a company an earlier clause gave its own figure (`rest_group`).

The fallback after the particular holder rules: it reads only the words of the figure's own
clause, never names a holder the text gives as a company, and the share rules' guards (growth,
targets, charge levels) have already left out what is no share."""

from __future__ import annotations

import re

from evkb.kb.records.context import Sentence
from evkb.kb.records.words import PLACE_WORDS, country_of

# How a holder this path found is told (`share_made.py` names its records' rule after it), and
# how sure its records are: below the particular group rules' 0.6.
RULE_HOW = "general group"
CONFIDENCE = 0.5
GROUP_HOWS = frozenset({"group", RULE_HOW})  # a group's label either way

# Words between a holder and its figure: how much, and how it is counted.
_QUALIFIER = (
    r"(?:(?:about|around|roughly|nearly|almost|some|just|only|still|barely|close\s+to|"
    r"more\s+than|less\s+than|fewer\s+than|over|under|well\s+(?:over|under|above|below)|"
    r"a\s+further|a\s+combined|an\s+estimated|a\s+total\s+of|the\s+(?:other|remaining)|"
    r"up\s+to|at\s+least|at\s+most)\s+)*"
)
# Verbs whose object is the holder's part of a whole.
_HOLDING = (
    r"(?:held|holds?|had|has|have|took|takes?|accounted\s+for|accounts?\s+for|made\s+up|"
    r"makes?\s+up|represented|represents?|controlled|controls?|commanded|commands?|captured|"
    r"captures?|shared|share|supplied|supplies|supply|won|claimed|covered|covers?|comprised|"
    r"combined\s+for|amounted\s+to|went\s+into|go(?:es)?\s+into|were\s+fitted\s+to|"
    r"processed|process(?:es)?|handled|handles?|produced|produces?|made|make)"
)
# A being verb holds a part only with "of" after the figure: "were 63% of all cells".
_BEING = r"(?:were|was|are|is|remained|remain|stood\s+at|stand\s+at)"
# Any verb whose object is the figure's part of a whole, "of" after it: "provide more than
# 40 percent of the reserve".
_ANY_VERB = (
    r"(?:(?!(?:in|of|for|to|by|with|from|at|on|than|about|and|or|the|an?|only|just|that|"
    r"which|who|whom)\b)"
    r"[a-z]+(?:\s+(?:for|up|into|in|to|from))?)"
)
# "held a stable share of around 32%"
_A_SHARE_OF = r"(?:an?\s+(?:[a-z]+\s+)?share\s+of\s+)?"
_ADVERB = (
    r"(?:(?:together|combined|jointly|collectively|now|still|alone|also|already|only|"
    r"currently|today)\s+)"
)
# Where the figure's clause opens: the sentence's start, a clause break, a quotation mark, a
# verb of reporting ("the researcher said makers outside ...").
_OPENING = re.compile(
    r"(?:^|[;:\u2013\u2014|\u2022(]\s*|[\"\u201c]\s*|"
    r",\s+(?:and|while|whereas|but|where|as|although|though|since|because|when)\s+|"
    # an opening phrase set off by a comma: "According to the survey, ...", "Together, ..."
    r"^(?:(?:According\s+to|By|In|For|Among|Of|At|On|Within|Outside|Across)\s[^,;%]{1,50}|"
    r"Together|Combined|Overall|Meanwhile|Elsewhere|Today|Now|Globally|Worldwide),\s+|"
    # not "we said": a figure the writer takes back
    r"(?<![Ww]e\s)\b(?:show|shows|showed|say|says|said|estimate|estimates|estimated|found|"
    r"finds|note|notes|noted|reckon|reckons|thinks?|believes?|reports?|reported|"
    r"told\s+(?:me|us|[A-Z][\w-]+))"
    r"\s+(?:that\s+)?)"
)
# The phrase before the verb: words, possibly an aside between commas ("Imports from third
# countries, mainly from Japan, held ...").
_BEFORE = re.compile(
    rf"(?P<np>[^,;:%\d][^,;:%]*?)(?:\s*,[^,;%]{{1,60}},)?\s+{_ADVERB}{{0,2}}"
    rf"(?:(?P<hold>{_HOLDING})|(?P<be>{_BEING})|(?P<any>{_ANY_VERB}))\s+{_ADVERB}?{_A_SHARE_OF}"
    rf"{_QUALIFIER}$",
    re.I,
)
# A whole that is no market: a country's power mix, its economy.
_NO_MARKET = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?:energy|electricity|power)\s+generated|"
    r"generation|GDP|(?:industrial\s+)?added\s+value|value\s+added|economic\s+output)\b",
    re.I,
)
# The group a list or a comparison names with its figure: "ahead of European brands with 31%",
# "..., and ternary batteries for 18.7%" (the verb gapped), "followed by Korean makers on 20%".
_WITH = re.compile(
    r"(?:\b(?:ahead\s+of|behind|followed\s+by|then)|(?P<gap>,\s*(?:and|while|with)))\s+"
    rf"(?P<np>[^,;:%\d]{{3,60}}?)\s+(?:with|at|on|for)\s+{_QUALIFIER}$"
)
# "..., against 61% for nickel-rich chemistries": the group the words after it name.
_AGAINST = re.compile(rf"\b(?:against|versus|vs\.?|compared\s+with)\s+{_QUALIFIER}$")
_FOR_AFTER = re.compile(r"\s+for\s+(?P<np>[^,;:%.()]{3,60}?)(?=\s*(?:[,;:.()]|$))")
# After the figure: "38% went to Chinese suppliers", "... of the total came from imports".
_AFTER = re.compile(
    r"[^,;%]{0,60}?\b(?:went\s+to|came\s+from|was\s+supplied\s+by|were\s+supplied\s+by|"
    r"was\s+held\s+by|is\s+held\s+by|belonged\s+to|was\s+taken\s+by)\s+"
    r"(?P<np>[^,;:%.()]{3,60}?)(?=\s*(?:[,;:.()]|$|\s+(?:in|during|last|this|a\s+year|"
    r"according|up|down|against|compared)\b))",
    re.I,
)
# Whose share it is: "Korean makers' combined share fell to", "the share of LFP cells was".
_SHARE_WORDS = r"(?:(?:combined|joint|total|overall|collective|market)\s+)*share"
_CHANGE = (
    r"(?:was|is|were|stood\s+at|rose|fell|reached|climbed|dropped|slipped|grew|increased|"
    r"decreased|declined|edged\s+(?:up|down)|jumped|came\s+to|hit|slid)"
)
_OWNER = re.compile(
    rf"(?:(?P<own>[^,;:%\d][^,;:%]*?)['’]s?\s+{_SHARE_WORDS}|(?:[^,;:%\d]*?\s)?[Tt]he\s+"
    rf"{_SHARE_WORDS}\s+of\s+"
    rf"(?P<of>[^,;:%]*?))(?:\s+(?:of|in|among|across)\s+[^,;:%]{{1,60}}?)?\s+{_CHANGE}\b"
    rf"[^,;:%]{{0,50}}?(?:to|at)?\s*{_QUALIFIER}$"
)
# A list item's or a row's label: "LFP 79% | NMC 20%", "- Chinese suppliers: 41%".
_LABEL = re.compile(
    r"\s*(?:[-*\u2022]\s+|\d{1,2}[.)]\s+)?(?P<np>[A-Za-z][\w'’ -]{1,40}?)"
    r"\s*(?:[:=\u2013\u2014-]\s*)?$"
)

# Chemistries and kinds named without a plural ("LFP", "lithium-ion", "sodium-ion").
_MASS = re.compile(
    r"(?i)(?:LFP|LMFP|NMC|NCM|NCA|LCO|LTO|ternary|lithium[- ]ion|sodium[- ]ion|lead[- ]acid|"
    r"lithium\s+iron\s+(?:manganese\s+)?phosphate|nickel[- ](?:rich|based|manganese[- ]cobalt)|"
    r"solid[- ]state|lithium[- ][a-z]+|others?|the\s+rest|"
    # the rest of a market by its holders: "Everyone else", "All the others"
    r"(?:everyone|everybody)\s+else|all\s+(?:the\s+)?others)"
)
# A set named by its rank: "the top five", "the eight largest".
_RANKED = re.compile(
    r"(?i)(?:the\s+)?(?:top|leading|largest|biggest)\s+(?:two|three|four|five|six|seven|eight|"
    r"nine|ten|twenty|\d{1,2})$"
)
# Heads that name people, measures or times, which hold no market.
_NO_HOLDER_HEADS = frozenset(
    """analysts buyers owners drivers customers consumers households respondents people users
    investors officials experts researchers economists motorists traders voters workers
    employees staff members readers we they these those it its this that which who
    sales prices costs margins revenues revenue profits earnings shares figures numbers data
    estimates forecasts rates emissions deliveries registrations installations shipments
    volumes units years months days hours weeks points percent cent orders imports exports
    tariffs taxes subsidies loans funds bonds savings reserves assets stocks returns yields
    levels charges cycles tests trials results terms conditions industries sectors sources
    """.split()
)
# A head "imports" holds when its origin is named: "Imports from China", "imports of cells".
_ORIGIN_HEADS = frozenset({"imports", "exports"})
_POSTMODIFIER = re.compile(
    r"\s+(?:outside|from|in|with|of|made|built|assembled|produced|sold|fitted|owned|based|"
    r"inside|beyond|among|below|above|under|bought|shipped|[a-z]+ed)\b",
    re.I,
)
_ARTICLE = re.compile(r"(?i)^(?:the|a|an)\s+")
_TRAILING = re.compile(
    r"(?i)\s+(?:together|combined|jointly|collectively|now|still|alone|also|each|as\s+a\s+group)$"
)
_PRONOUN_WORDS = frozenset("it its their they we our this that which who whose he she".split())


def group_holder(sentence: Sentence, low: int, at: int, end: int) -> str:
    """The label of the group figure `at`..`end` of the sentence is held by (its clause read
    from `low`, the end of the figure before it), or "" when its clause names none."""
    text = sentence.text
    if _NO_MARKET.search(sentence.passage.text):
        return ""  # "Solar plants supplied 3.1 percent of energy generated": a power mix
    for found in (_owner_before(text, low, at), _subject_before(text, low, at, end)):
        if found is not None:
            return _checked(sentence, *found)
    after = _AFTER.match(text, end)
    if after is None and _AGAINST.search(text, low, at):
        after = _FOR_AFTER.match(text, end)
    if after is not None:
        return _checked(sentence, after.start("np"), after.end("np"))
    listed = _WITH.search(text, low, at)
    if listed is not None and (low or not listed.group("gap")):
        return _checked(sentence, listed.start("np"), listed.end("np"))
    row = _row_label(text, low, at)
    return _checked(sentence, *row) if row is not None else ""


def rest_group(sentence: Sentence, low: int, at: int, end: int) -> str:
    """The group holding the rest of a market split, figure `at`..`end` written as the rest
    ("the remaining 11% came from other makers", "with the remaining 12 per cent from smaller
    firms", "All the others had the remaining 6.1%"), or "": the companies an earlier clause
    names hold their own figures, not this one."""
    text = sentence.text
    if _REST_BEFORE.search(text, max(low, at - 30), at) is None:
        return ""
    found = group_holder(sentence, low, at, end)
    if found:
        return found
    bare = _REST_FROM.match(text, end)
    return _checked(sentence, bare.start("np"), bare.end("np")) if bare is not None else ""


# "the remaining 11%", "the other 30 per cent", "the rest, 9%": the figure is what is left
_REST_BEFORE = re.compile(r"(?i)\bthe\s+(?:remaining|other|rest,?)\s+(?:[a-z]+\s+)?$")
# "with the remaining 12 per cent from other makers": the holder after a bare "from"
_REST_FROM = re.compile(r"\s+(?:from|by|for)\s+(?P<np>[^,;:%.()]{3,60}?)(?=\s*(?:[,;:.()]|$))")


def _clause_start(text: str, low: int, at: int) -> int:
    start = low
    for opening in _OPENING.finditer(text, low, at):
        start = opening.end()
    return start


def _subject_before(text: str, low: int, at: int, end: int) -> tuple[int, int] | None:
    start = _clause_start(text, low, at)
    found = _BEFORE.fullmatch(text, start, at)
    if found is None:
        return None
    if found.group("any") and not text[at : at + 1].isdigit():
        return None  # "carry about two-thirds of": a figure in words takes a verb of holding
    if (found.group("be") or found.group("any")) and not re.match(r"\s+of\b", text[end:]):
        return None  # "were 63% of all cells": a part; "were 63%" alone may be anything
    return found.start("np"), found.end("np")


def _owner_before(text: str, low: int, at: int) -> tuple[int, int] | None:
    start = _clause_start(text, low, at)
    found = _OWNER.fullmatch(text, start, at)
    if found is None:
        return None
    group = "own" if found.group("own") else "of"
    return found.start(group), found.end(group)


def _row_label(text: str, low: int, at: int) -> tuple[int, int] | None:
    """A label opening a list item or a row's cell just before its figure."""
    start = max(low, text.rfind("|", 0, at) + 1, text.rfind("\t", 0, at) + 1)
    if start == 0 and low == 0:
        start = 0
    elif start == low and low:
        return None  # "X held 38% and Y 20%": the verb's list, not a row
    found = _LABEL.fullmatch(text, start, at)
    if found is None:
        return None
    # only a row or a label set off as one: after "|", a tab, or a colon at a line's start
    if start == 0 and "|" not in text and not re.search(r"[:=\u2013\u2014-]\s*$", text[:at]):
        return None
    return found.start("np"), found.end("np")


def _checked(sentence: Sentence, start: int, stop: int) -> str:
    """The phrase as a group's label, or "" when it names a company, a place alone, a pronoun,
    people or a measure, or is no plural or mass noun."""
    text = sentence.text
    while start < stop and text[start].isspace():
        start += 1
    joined = _JOINING.match(text, start, stop)
    start = joined.end() if joined else start
    phrase = _TRAILING.sub("", _ARTICLE.sub("", text[start:stop].strip())).strip()
    words = phrase.split()
    if not words or len(words) > 8:
        return ""
    if any(w.lower().strip("'’") in _PRONOUN_WORDS for w in words):
        return ""
    head_end = _POSTMODIFIER.search(phrase)
    core = phrase[: head_end.start()] if head_end else phrase
    if not core:
        return ""
    head = core.split()[-1]
    origin_named = head_end is not None
    # a company the text names holds nothing here: holder_of reads names
    for _, m_start, m_end in sentence.mentions:
        if m_start < stop and m_end > start:
            return ""
    if country_of(phrase) or (
        len(words) == 1 and phrase[:1].isupper() and not _MASS.fullmatch(phrase)
    ):
        return ""  # a place alone, or one capitalised word: a name, not a group
    if _named_inside(text, start, core):
        return ""  # "Acme Batteries", "the Korean-built Acme and Brio models": names
    if _MASS.fullmatch(core) or (_MASS.search(core) and _is_kind_noun(head)):
        return phrase
    if _RANKED.search(core):
        return phrase
    lowered = head.lower().strip("'’")
    if lowered in _ORIGIN_HEADS:
        return phrase if origin_named else ""
    if lowered in _NO_HOLDER_HEADS:
        return ""
    origin = _GOODS_FROM.fullmatch(phrase)
    if origin is not None:
        return origin.group("origin")  # "Cells from Korean makers": the makers' share
    if re.fullmatch(r"[a-z][\w-]*[^su\W's]s|[a-z][\w-]*ies", lowered) is None:
        return ""  # no plural head: "the market", "demand"
    return phrase


# Goods named by whom or where they come from hold the share of those: "Batteries from two
# European countries", "Cells from the three big Korean makers".
_GOODS_FROM = re.compile(
    r"(?i:cells|batteries|packs|cars|vehicles|models|goods|products|systems)\s+from\s+"
    r"(?:the\s+)?(?P<origin>.+)"
)
_JOINING = re.compile(r"(?i)(?:and|but|while|whereas|or)\s+")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w-]*")
_CLAUSE_MARK = re.compile(r"(?:^|[.:;|\"\u201c(\n\u2022*-]|\s-)\s*$")


def _named_inside(text: str, start: int, core: str) -> bool:
    """Whether the phrase's words before any modifier after its head (`core`, from `start`)
    hold a capitalised word that is no place, no people of one and does not open the clause:
    a name's word ("Acme Batteries", "Korean-built Acme and Brio models")."""
    offset = text.find(core, start)
    for word in _CAPITALISED.finditer(core):
        first = word.group().split("-")[0]
        if country_of(first) or first.lower() in PLACE_WORDS:
            continue
        if not word.start() and _CLAUSE_MARK.search(text, 0, offset):
            continue  # "Cells made in ..." opening the sentence
        return True
    return False


def _is_kind_noun(head: str) -> bool:
    return head.lower() in {"cells", "batteries", "packs", "chemistries", "cathodes", "systems"}
