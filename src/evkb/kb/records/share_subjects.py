"""Holders a share's subject names without a company's name: a group as the subject of the verb
governing the figure (a kind of vehicle, cells named by where they are made, a country, a
chemistry), and "we" inside a quotation, the company its paragraph names."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from evkb.kb.extract.gates import holds_any
from evkb.kb.records.context import Resolver, Sentence
from evkb.kb.records.share_clauses import COMPARES_TO
from evkb.kb.records.share_speakers import speakers_company
from evkb.kb.records.words import (
    CALENDAR_WORDS,
    COUNTRY_OF_WORD,
    COUNTRY_WORD_LISTS,
    PLACE_WORDS,
    country_of,
)

# Where a clause whose subject may hold a share opens, beyond a sentence's start and a
# conjunction: after an opening quotation mark ("\u201cElectric buses made up 12% of ..."), and
# after a verb of reporting whose "that" the copy leaves out ("Registry figures show sodium-ion
# cells made up about 2%", "it says Spanish-made packs account for ..."); not "we said", a
# figure the writer takes back.
_QUOTE_OPENS = r"(?:^|[;:,]\s*)[\"\u201c]\s*"
REPORTED = (
    r"(?<![Ww]e\s)\b(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|say|says|"
    r"said|estimate|estimates|estimated|reckon|reckons|reckoned|believe|believes|believed|"
    r"think|thinks|thought|note|notes|noted|find|finds|found)\s+"
)
_OPENS = rf"(?:{_QUOTE_OPENS}|{REPORTED})"


# A kind of vehicle, or cells named by where they are made, as the subject of the verb that
# governs the figure holds a share of sales: "Electric vehicles made up 4.1 per cent of ...",
# "and zero-emission cars took 13.8 per cent", "Electric trucks were still only 3.4% of heavy
# truck registrations", "UK-made cells met less than 10 per cent of the demand".
_SEGMENT_SUBJECT = re.compile(
    r"(?:"
    + _OPENS
    + r"|^|[;:,]\s*|\b(?:and|while|whereas|but|that|with)\s+)(?P<seg>(?i:(?:fully\s+|pure\s+)?"
    r"(?:electric|electrified|zero[- ]emission|battery[- ]electric|plug-in(?:\s+hybrid)?|hybrid|"
    r"new[- ]energy)"
    # "Electric and hybrid cars made up about 9 percent": two kinds joined hold it together
    r"(?:\s+(?:and|or)\s+(?:plug-in\s+)?hybrid)?"
    r"\s+(?:vehicles|cars|models|trucks|buses|coaches|vans|two-wheelers|three-wheelers|scooters|"
    r"motorcycles|motorbikes|taxis|minibuses|lorries|"
    # after "electric", any kind in the plural ("electric golf carts"; not "new energy
    # industries"), and two joined: "Electric scooters and motorcycles made up 6.8%"
    r"(?<=(?i:electric)\s)(?:[a-z][\w-]*\s+)?[a-z][\w-]*[^s\W]s)"
    r"(?:\s+(?:and|or)\s+[a-z][\w-]*[^s\W]s)?)|EVs|BEVs|PHEVs|NEVs|[A-Z][\w.]*-(?:made|built)\s+(?:cells|batteries|packs))"
    # "Electrified vehicles, including hybrids, represented 9.8%": an aside before the verb
    r"(?=(?:,\s+(?:including|excluding|mostly|mainly)\s+[^,;%\d]{1,30},)?"
    r"\s+(?:(?:still|only|just|now|alone|together|themselves)\s+){0,2}(?:made\s+up|making\s+up|"
    r"accounted\s+for|accounting\s+for|took|held|had|represented|comprised|captured|met|"
    # "Spanish-made packs covered barely 6% of the vans sold", "account for more than 70 per
    # cent of those fitted": any verb whose object is the figure's part of a whole
    r"[a-z]+(?:\s+(?:for|up))?(?=\s+(?:[a-z]+\s+){0,2}[\d.]+\s*(?:%|per\s*cent|percent)\s+of\b)|"
    r"(?:were|was)(?=\s+(?:(?:still|only|just|about|around|roughly|nearly|almost)\s+){0,2}[\d.]+"
    r"\s*(?:%|per\s*cent|percent)\s+of\b))\b)"
)
# A country or a region as the subject of a verb of holding: "China accounted for about 80% of
# global cell manufacturing capacity", "Alabama, whose mines sit near the border, supplied
# around 10%", "Illinois remained the biggest supplier with 48%". Its part of a market is a
# share under the place's name as written. A place is a country's name or one of its own words
# ("UAE", not the adjective "Emirati"), or a region `PLACE_WORDS` knows.
_NOT_PLACES = frozenset(
    """african asian european nordic scandinavian balkan baltic gulf middle east west north south
    central eastern western northern southern united states kingdom republic emirates arab latin
    lower upper state province county city region new silicon valley hong kong world eu uk
    europe's pacific atlantic arctic""".split()
)
_PLACE_WORDS = sorted(
    {c for c in COUNTRY_OF_WORD.values()}
    | {
        n.title() if len(n) > 3 else n.upper()  # "Britain", "UAE"
        for words in COUNTRY_WORD_LISTS
        for n in words.split()[1:]
        if n.isalpha()
    }
    | {w.title() for w in PLACE_WORDS - set(COUNTRY_OF_WORD) - _NOT_PLACES if w.isalpha()},
    key=len,
    reverse=True,
)
# A place's first word as written: the patterns below take a place only as words of their own
# (nothing of a word before or after), so a text none of whose words is one of these names no
# place; one set test of its words, where 200 names were each searched for in it.
_PLACE_FIRSTS = frozenset(c.split()[0] for c in _PLACE_WORDS)
_WORD = re.compile(r"\w+")


def _may_name_a_place(text: str) -> bool:
    return not _PLACE_FIRSTS.isdisjoint(_WORD.findall(text))


_AMOUNT = (
    r"(?:(?:only|about|around|roughly|nearly|almost|some|just|barely|more\s+than|over|"
    r"less\s+than)\s+)*(?:[\d.]+\s*(?:%|per\s*cent|percent)|half|a\s+third|a\s+quarter|"
    r"two[- ]thirds|three[- ]quarters)"
)
_HOLDING = (
    r"(?:accounted\s+for|accounts\s+for|made\s+up|makes\s+up|held|holds|took|supplied|supplies|"
    r"produced|produces|mined|refined|controlled|controls|commanded|represented|handled)"
)
_COUNTRY_SUBJECT = re.compile(
    r"(?:"
    + _OPENS
    + r"|^|[;:,]\s*|\b(?:and|while|whereas|but|that)\s+)(?:[Tt]he\s+)?(?P<seg>"
    + "|".join(re.escape(c) for c in _PLACE_WORDS)
    # "Alabama's output", "Illinois Power": a possessive or a longer name is no place as subject
    + r")(?![\w'’-]|\s+[A-Z])(?:,\s+(?:which|whose|who|where)\b[^,;%]{1,80},)?"
    r"(?:\s+(?:alone|itself|now|still|also))*(?=\s+(?:"
    # "Illinois is the largest producer and supplied about 11% of ..."
    r"(?:(?:is|was|remains|remained)\s+[^,;%\d]{1,60}?\s+and\s+)?"
    + _HOLDING
    + r"\s+"
    + _AMOUNT
    + r"(?:\s+of\b|\s*[.,;]|$)|"
    # "Alabama was the second-largest origin with 9.2%", "now ranks fifth with 5%"
    r"(?:is|was|remains|remained|ranks|ranked|came|stood|stands)\s+[^,;%\d]{1,50}?\s+with\s+"
    + _AMOUNT
    # "Ruritania mines about 40 per cent of the world's tin": whatever the verb, a part of the
    # world's whole is the place's share of it
    + r"|[a-z]+\s+"
    + _AMOUNT
    + r"\s+of\s+(?:the\s+)?(?:world['’]s|global)\b))"
)


# Goods named by where they come from, as such a subject: "cars made in China accounted for
# 61.3 percent of ...", "Goods of Chinese origin accounted for more than 80 percent", "Cars
# from member states of the European Union, mostly used ones, accounted for 27.4 percent".
# The share is the country's (or the union's) as a customs note counts imports by origin.
_COUNTRY_ALTERNATIVES = "|".join(
    sorted({re.escape(c) for c in COUNTRY_OF_WORD.values()}, key=len, reverse=True)
)
_ORIGIN_SUBJECT = re.compile(
    r"(?:" + _OPENS + r"|^|[;:,]\s*|\b(?:and|while|whereas|but|that)\s+)"
    r"(?i:cars|vehicles|cells|batteries|packs|goods|imports|products|models)\s+(?:(?i:made|built|produced|assembled|manufactured)\s+in\s+"
    r"(?:the\s+)?(?P<seg>" + _COUNTRY_ALTERNATIVES + r"|European\s+Union)|from\s+(?:member\s+"
    r"states\s+of\s+)?(?:the\s+)?(?P<member>" + _COUNTRY_ALTERNATIVES + r"|European\s+Union)|"
    r"of\s+(?P<origin>[A-Z][a-z]+)\s+origin)"
    r"(?:,[^,.;%]{1,60},)?(?=\s+(?:accounted\s+for|made\s+up|held|took|supplied|represented)\s+"
    r"(?:(?:only|about|around|roughly|nearly|almost|some|just|more\s+than|over)\s+)*[\d.]+\s*"
    r"(?:%|per\s*cent|percent))"
)
_ORIGIN_WORDS = (
    "made in",
    "built in",
    "produced in",
    "assembled in",
    "manufactured in",
    "origin",
    "from ",
)


# The rest of a market's sellers as the subject of a verb of holding: "Other makers together
# held 28.9 per cent", "All other makers together accounted for 21.6 per cent". The group
# holds it, under the words the text uses.
_OTHERS_SUBJECT = re.compile(
    r"(?:"
    + _OPENS
    + r"|^|[;:,]\s*|\b(?:and|while|whereas|but)\s+)(?P<seg>(?:[Aa]ll\s+(?:the\s+)?other|Other|"
    r"[Tt]he\s+other)\s+(?:[a-z][\w-]*\s+){0,2}?(?:companies|firms|makers|manufacturers|suppliers|"
    r"producers|carmakers|automakers|brands|players|groups|assemblers|importers|exporters))"
    r"(?=\s+(?:together\s+|combined\s+)?(?:held|took|accounted\s+for|made\s+up|had|"
    r"controlled|captured)\s+" + _AMOUNT + r")"
)


# Goods of a brand as the subject of a verb of holding: "that Zentra batteries, all sold
# through one importer, held 23 percent of home-battery installations". The brand holds it.
_BRAND_SUBJECT = re.compile(
    r"(?:^|[;:,]\s*|\b(?:and|while|whereas|but|that|with)\s+)(?P<seg>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?)"
    r"\s+(?:batteries|cells|packs|scooters|cars|buses)(?=(?:,\s+[^,;%\d]{1,40},)?\s+(?:held|took|"
    r"made\s+up|accounted\s+for|captured|had)\s+(?:(?:about|around|roughly|nearly|almost|some|just|"
    r"more\s+than|over)\s+)*[\d.]+\s*(?:%|per\s*cent|percent)\s+of\b)"
)
_BRAND_WORDS = ("batteries", "cells", "packs", "scooters", "cars", "buses")
_NO_BRAND = frozenset("the our its their these those all most some many other such both".split())


def _brand_subject(text: str, low: int) -> re.Match[str] | None:
    for found in _BRAND_SUBJECT.finditer(text, low):
        first = found.group("seg").split()[0]
        if first.casefold() not in _NO_BRAND and not country_of(first):
            return found
    return None


def group_subject(text: str, low: int, at: int) -> re.Match[str] | None:
    """The group (its `seg` group) subject of the verb governing the figure at `at`, searched
    from `low`, or None. The patterns look past the verb to the figure, so they search to the
    text's end and keep a subject only before the figure."""
    found = _SEGMENT_SUBJECT.search(text, low)
    if found is None and _may_name_a_place(text):
        found = _COUNTRY_SUBJECT.search(text, low)
    if found is None and holds_any(text, _ORIGIN_WORDS):
        found = _ORIGIN_SUBJECT.search(text, low)
    if found is None and holds_any(text, _BRAND_WORDS):
        found = _brand_subject(text, low)
    if found is None and holds_any(text, ("other",)):
        found = _OTHERS_SUBJECT.search(text, low)
    return found if found is not None and found.end() < at else None


def held_by_place(found: re.Match[str]) -> bool:
    """Whether `group_subject` found a country or a region."""
    return found.re is _COUNTRY_SUBJECT


def group_label(found: re.Match[str]) -> str:
    """The label of a group `group_subject` found: a country for goods of its origin
    ("of Chinese origin" is China's), the group as written otherwise."""
    if found.re is not _ORIGIN_SUBJECT:
        return found.group("seg")
    named = found.group("seg") or found.group("member")
    if named:
        return " ".join(named.split())
    return COUNTRY_OF_WORD.get(found.group("origin").lower(), "") or found.group("origin")


_QUOTES = re.compile(r'["\u201c\u201d]')


def _quoted(text: str, at: int) -> bool:
    """Whether `at` lies inside a quotation of `text` (straight or curly marks)."""
    marks = _QUOTES.findall(text, 0, at)
    if "\u201c" in marks or "\u201d" in marks:
        return bool(marks) and marks[-1] == "\u201c"
    return len(marks) % 2 == 1


def quoted_company(
    sentence: Sentence, at: int, resolver: Resolver, may_hold: Callable[[str, Resolver], bool]
) -> str:
    """The company a "we" at `at` (local to the sentence) speaks for when it sits inside a
    quotation: the company its speaker is tied to by name (`share_speakers`), else the one
    company that may hold a share its paragraph names outside quotations ("Tveitaas's
    technology chief said ... "We have about 18 percent ...," he said"), or ""."""
    passage = sentence.passage
    if not _quoted(passage.text, sentence.start - passage.start + at):
        return ""
    # '"We have about 9% here," Li said': the company the speaker is tied to by name
    speaking = speakers_company(sentence, resolver, may_hold)
    if speaking:
        return speaking
    named = {
        ident
        for other in resolver.sentences
        if other.passage.id == passage.id
        for ident, start, _ in other.mentions
        if not _quoted(passage.text, other.start - passage.start + start)
        and may_hold(ident, resolver)
    }
    return named.pop() if len(named) == 1 else ""


# A chemistry holds a share of the cells made or fitted: "LFP cells took 47.5 per cent",
# "Sodium-ion's share ... was below 1%", "that lithium iron phosphate cells made up 36 per cent".
_CHEMISTRIES = (
    r"(?:lithium[- ])?iron[- ]phosphate|LFP|LMFP|NMC|NCM|NCA|sodium[- ]ion|"
    r"(?:semi-|all-)?solid[- ]state|high[- ]nickel|nickel[- ](?:based|rich)|lead[- ]acid|"
    r"(?:lithium[- ])?manganese[- ]rich|LMR"
)
_CHEMISTRY_NOUN = r"(?:\s+(?:cells?|batter(?:y|ies)|packs?|chemistry|chemistries|cathodes?))"
_CHEMISTRY_LABEL = re.compile(rf"(?i)^(?P<chem>{_CHEMISTRIES}){_CHEMISTRY_NOUN}?$")
# Only as the subject of a clause (at its start, or after "that", "while", "and", "with" or a
# bullet) or after "share of" ("the share of sodium-ion cells rose to 3%"). Plain "lithium" (or
# "lithium-ion") names a chemistry only before its noun: "Lithium batteries made up 58%", not
# the metal of "lithium made up 5% of the ore".
CHEMISTRY_SUBJECT = re.compile(
    rf"(?:{_OPENS}|^|[;:,\u2022\u2013\u2014-]\s*|\b(?:that|while|whereas|and|but|with)\s+|"
    rf"\b(?i:share)\s+of\s+)(?:the\s+)?"
    rf"(?:(?P<chem>(?i:{_CHEMISTRIES}))(?P<abbr>\s+\([A-Z]{{2,5}}\))?(?P<own>['’]s)?"
    rf"(?P<noun>(?i:{_CHEMISTRY_NOUN}))?|"
    rf"(?P<metal>(?i:lithium(?:[- ]ion)?))(?P<its>(?i:{_CHEMISTRY_NOUN})))(?=[\s:])"
)


def chemistry_as_written(found: re.Match[str]) -> str:
    """The label of a chemistry `CHEMISTRY_SUBJECT` found, its noun and the abbreviation it
    defines kept as the copy writes them ("LFP cells", "Sodium-ion batteries", "Lithium iron
    phosphate (LFP) batteries"; "Sodium-ion" of "Sodium-ion's share")."""
    if found.group("metal"):
        return found.group("metal") + found.group("its")
    noun = found.group("noun") if not found.group("own") else ""
    # "Lithium iron phosphate (LFP) batteries": the abbreviation the copy defines is the label's
    return found.group("chem") + (found.group("abbr") or "") + (noun or "")


def chemistry_label(text: str) -> str:
    """The chemistry a table row or a bullet is about ("LFP", "Sodium-ion cells"), or ""."""
    found = _CHEMISTRY_LABEL.match(text.strip())
    return found.group("chem") if found else ""


# "It accounted for 12.3% of ...", "The country itself accounted for 58 per cent": a clause
# that opens on "it" or "the country" before a verb of holding, the subject going on from a
# sentence before that names a place.
_PLACE_REFERENCE = re.compile(
    r"(?:^|[;:]\s*|,\s+(?:and|while|but)\s+)(?P<ref>[Ii]t|[Tt]he\s+country)"
    r"(?:\s+(?:alone|itself|also|still|now))*\s+" + _HOLDING + r"\s+" + _AMOUNT + r"$"
)
_PLACE_NAMED = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(c) for c in _PLACE_WORDS) + r")(?![\w-])"
)


def place_referred(text: str, low: int, end: int, before: str) -> str:
    """The place "it" or "the country" opening the figure's clause (`text[low:end]` ending on
    the figure) goes back to: the first place `before` (the sentence before) names, or ""."""
    found = _PLACE_REFERENCE.search(text, low, end)
    if found is None or found.start("ref") < low:
        return ""
    place = _PLACE_NAMED.search(before) if _may_name_a_place(before) else None
    if place is None:
        return ""
    # "it" goes back to the subject: a place a few words in ("That made X the ..."), not one
    # after another name ("Acme stayed the biggest maker in X. It held ...": Acme's)
    if found.group("ref") in ("It", "it") and not _SUBJECT_OPENING.fullmatch(
        before, 0, place.start()
    ):
        return ""
    return place.group()


_SUBJECT_OPENING = re.compile(r"(?:[A-Z][a-z]*\s+)?(?:[a-z][\w'’-]*\s+){0,3}")


# "X and Y each held 5.1 percent", "X, Y and Z both ...": names joined before the holder, and
# "each" or "both" after it; past the holder's apposition ("X and Y, the maker in which Z is
# the largest shareholder, each held 6.0 per cent") or a verb's few words ("X and Y shared
# third place, each with 7.4%").
_JOINED = re.compile(r",?\s+(?:and\s+)?|\s+and\s+")
_EACH = re.compile(
    r"(?P<aside>,\s+(?:the|an?)\s[^,;]*,)?(?:\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3},)?"
    r",?\s+(?:each|both)\b"
)


def joined_holders(sentence: Sentence, holder: str, at: int) -> list[str]:
    """The companies named joined to `holder` by "and" (or a list) right before it, when the
    words after it say each holds the figure at `at` on its own; else none."""
    mentions = [m for m in sentence.mentions if m[2] <= at]
    own = [i for i, m in enumerate(mentions) if m[0] == holder]
    each = _EACH.match(sentence.text, mentions[own[-1]][2]) if own else None
    if each is None or each.end() > at or ";" in sentence.text[each.end() : at]:
        return []  # "each with 7.4%; a year earlier their figures were ...": that clause's
    # names after the holder's own lie in its apposition, none elsewhere before "each"
    if any(not each.start("aside") <= m[1] < each.end("aside") for m in mentions[own[-1] + 1 :]):
        return []
    mentions = mentions[: own[-1] + 1]
    joined: list[str] = []
    for before, after in zip(reversed(mentions[:-1]), reversed(mentions[1:])):
        if not _JOINED.fullmatch(sentence.text, before[2], after[1]) or before[0] == holder:
            break
        joined.append(before[0])
    return joined


# A plural noun phrase that a sentence is about, the subject of a clause whose verb says how
# it stands ("Electric ferries are no longer rare.", "The launch comes as electric ferries keep
# growing."): "They made up 11% of ..." in the next sentence is that group's share.
_PLURAL_SUBJECT = re.compile(
    r"(?:^|\b(?:as|while|because|since|now\s+that)\s+)(?:the\s+)?"
    r"(?P<np>(?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*[^s\W]s)"
    r"\s+(?:are|were|keep|kept|remain|remained|continue|continued|have\s+been|still)\b",
    re.I,
)
_NOT_IN_GROUP = frozenset(
    """the a an they these those its their our we it this that some many most all both such
    other others there here sales prices figures numbers results shares volumes""".split()
)


def plural_subject(text: str) -> str:
    """The plural noun phrase a sentence is about (`_PLURAL_SUBJECT`), as written, or ""."""
    found = _PLURAL_SUBJECT.search(text)
    if found is None:
        return ""
    words = found.group("np").split()
    if any(w.casefold() in _NOT_IN_GROUP for w in words):
        return ""
    return found.group("np")


# A capitalised name opening the clause whose verb governs the figure ("Quellbrook held 4.3
# percent", "..., and Acme took 12%", "Vessor followed with 9.8 percent", "Vessor ranked third
# in vans with 9.8 percent"): a company the text
# gives no other cue for still holds the share, under the name as written.
_NAME_SUBJECT = re.compile(
    r"(?:^|[;:]\s*|,\s+(?:and\s+|while\s+|but\s+)?|\b(?:and|while|whereas|but)\s+)"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})"
    # or the subject of a relative clause the figure stands in: "Vessor, which had 7.4%, slipped
    # to fifth", "Vessor, which then commanded 8.9% of the segment, was fourth" (a verb in the
    # past: a present tense's figure is of no period the text states, see share_periods)
    r"(?:,\s+(?:which|who)\s+(?:then\s+|still\s+|also\s+)?|\s+)"
    r"(?:held|had|took|captured|claimed|commanded|followed\s+with|came\s+next\s+with|"
    r"(?:was|came|ranked|finished|placed)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|next|last)\s+"
    # the field or the period it is ranked in, between the place and its figure: "ranked second
    # in battery-electric cars with 13.2%", "came fourth among pack makers in 2025 with 6%"
    r"(?:(?:in|among|for|by|across)\s+[^,;:%()]{1,60}?\s+)?(?:with|on|at))\s+"
    r"(?:a\s+share\s+of\s+|(?:about|around|roughly|nearly|almost|just)\s+)?$"
)


def named_subject(text: str, low: int, at: int) -> str:
    """The capitalised name `_NAME_SUBJECT` finds opening the clause of the figure at `at`
    (searched from `low`, an earlier figure's end), or "" for a word of no name (a month,
    "It", "The", a place)."""
    found = _NAME_SUBJECT.search(text, low, at)
    if found is None:
        return ""
    words = found.group("name").split()
    if any(w.casefold().strip("'’") in _NOT_A_NAME for w in words) or country_of(words[0]):
        return ""
    return found.group("name")


_NOT_A_NAME = CALENDAR_WORDS | frozenset(
    """the a an it its this that these those they we he she there here our their his her
    together combined others other all both each which who""".split()
)


# A name opening a sentence before its verb: "Quellbrook remained the best-selling maker".
_OPENING_NAME = re.compile(r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+(?=[a-z])")


def described_holder(
    sentences: Sequence[Sentence],
    sentence: Sentence,
    low: int,
    at: int,
    resolver: Resolver,
    names: dict[str, str],
    may_hold: Callable[[str, Resolver], bool],
) -> tuple[str, str, str] | None:
    """(company id, label, how) of the figure at `at` in a sentence that opens on a
    description ("The Ruritanian company had 15.2 percent") no company it fits settles: the name
    the sentence before opens on ("Quellbrook remained the best-selling maker ..."), a
    company or a name nothing else makes one. Only the first figure, or one compared with the
    figure before ending at `low` ("..., down from 16.8 percent"). None when the sentence
    opens on no description, or the one before on no name, or names another that may hold a
    share."""
    text = sentence.text
    if _DESCRIPTION.match(text) is None or not sentence.index:
        return None
    if low and not COMPARES_TO.search(text, low, at):
        return None
    before = sentences[sentence.index - 1]
    found = _OPENING_NAME.match(before.text)
    if found is None:
        return None
    words = found.group("name").split()
    if any(w.casefold().strip("'’") in _NOT_A_NAME for w in words) or country_of(words[0]):
        return None
    opens = [m[0] for m in before.mentions if m[1] == 0 and m[2] >= found.end("name")]
    if {m[0] for m in before.mentions if may_hold(m[0], resolver)} - set(opens):
        return None  # "X and Y ... The Ruritanian firm's share": either
    if opens:
        return opens[0], names.get(opens[0], found.group("name")), "resolved"
    return "", found.group("name"), "group"


# A description opening a clause: "The Ruritanian company", "The brand" (not "The company": that
# one is "it").
_DESCRIPTION = re.compile(
    r"The\s+(?:[\w-]+\s+){0,2}?(?:company|firm|group|maker|manufacturer|brand|builder|producer|"
    r"supplier|carmaker|automaker|marque)\b(?<!The\scompany)(?<!The\sfirm)(?<!The\sgroup)"
)
