"""The holder of a share figure beyond its own clause: the company an answer's question asks
about, the one a description or the sentence before opens on, the one sentences just before
gave a share to (a list of names read "respectively" is `share_lists`'s; who "we" is, a
transcript title's company among them, is `share_hosts`')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from evkb.kb.records.context import ANAPHOR, Resolver, Sentence
from evkb.kb.records.holders import FOR_HOLDER, PRONOUNS, groups_named, holder_of, may_hold
from evkb.kb.records.share_clauses import COMPARES_TO
from evkb.kb.records.share_described import place_described
from evkb.kb.records.share_groups import RULE_HOW as GENERAL_GROUP
from evkb.kb.records.share_groups import group_holder, rest_group
from evkb.kb.records.share_hosts import asked_about, host_in_header, is_interview, speakers
from evkb.kb.records.share_lists import rest_item
from evkb.kb.records.share_periods import FOR_PERIOD, PERIOD_COLON
from evkb.kb.records.share_story import lead_subject
from evkb.kb.records.share_subjects import (
    described_holder,
    named_subject,
    place_referred,
    plural_subject,
)

__all__ = [
    "Holders",
    "asked_about",
    "described_before",
    "figure_holder",
    "host_in_header",
    "is_interview",
    "speakers",
    "subject_before",
]


@dataclass(frozen=True)
class Holders:
    """What a document tells about holders beyond a figure's clause: the company a
    transcript's title names, the one each answer's question asks about, and the companies
    and groups each sentence so far gave a share to."""

    sentences: Sequence[Sentence]
    resolver: Resolver
    names: dict[str, str]
    header: tuple[str, str]
    asked: dict[str, str]
    holders: dict[int, set[str]]
    groups: dict[int, set[str]]
    # Passage id -> (company id, name) of the speaker a panel's or call's label names.
    speakers: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Whether the document says it is an interview ("today" is then the day it is dated).
    interview: bool = False


def figure_holder(
    known: Holders,
    sentence: Sentence,
    positions: Sequence[tuple[int, int]],
    n: int,
    group: str,
    respective: dict[int, str],
    bracketed: str = "",
) -> tuple[str, str, str] | None:
    """(company id, label, how) of figure n as `holder_of` reads it, or None when an "it" the
    text does not settle leaves the figure out. `group` is the group the sentence's figure
    before was given to; `respective` maps figures to the names of a list read in order."""
    sentences, resolver, names = known.sentences, known.resolver, known.names
    # "Sushila Desikan (Tilagag Cells): Our share ...": "we" is the company the label names
    header = known.speakers.get(sentence.passage.id, known.header)
    asked, holders, groups = known.asked, known.holders, known.groups
    text = sentence.text
    at, end = positions[n]
    low = positions[n - 1][1] if n else 0
    if rest := rest_item(text, low, at):
        return "", rest, "group"  # "Y 4.4% and others 5.5%": the rest of the market
    if group and _TWIN_OPENS.fullmatch(text, low, at):
        return "", group, "group"  # "and others 5.5 (11.3)": the twin is the group's too
    rest = rest_group(sentence, low, at, end) if resolver.mentioned else ""
    if rest:
        return "", rest, GENERAL_GROUP  # "X 58% and Y 31%; the remaining 11% came from ..."
    holder, label, how = holder_of(sentence, at, end, low, resolver, names, header)
    if how in ("unknown", "resolved") and not may_hold(holder, resolver):
        found = described_holder(sentences, sentence, low, at, resolver, names, may_hold)
        holder, label, how = found or (holder, label, how)  # "The Ruritanian company had 15.2%"
    if not how and (subject := named_subject(text, low, at)):
        label, how = subject, "group"  # "Quellbrook held 4.3 percent": a name with no other cue
    if (
        not how
        and group
        and (COMPARES_TO.search(text, low, at) or PERIOD_COLON.search(text, low, at))
        # "..., against 61% for nickel-rich chemistries": the words after it name its holder
        and not (FOR_HOLDER.match(text, end) and not FOR_PERIOD.match(text, end))
    ):
        label, how = group, "group"  # "Korean makers held 18.4%, down from 23.1%"
    if (
        not how
        and group
        and (_FROM_TO.fullmatch(text, low, at) or _SAME_FIGURE.search(text, low, at))
    ):
        # "the share of X fell from 52% to 37%", "X held 74.1%; a year earlier the figure
        # was 75.1%": the group the figure before was given
        label, how = group, "group"
    if not how and group and bracketed and text[low:at].rstrip().endswith("("):
        label, how = group, "group"  # "Electric cars made up 14.2% of sales in 2025 (9.8%)"
    if not how and not low and _THAT_COMPARES.match(text, 0, at):
        # "X's share reached 31.2%. That compares with 28.4% for the same period in 2025": the
        # one holder of the sentence before
        before = holders.get(sentence.index - 1, set())
        if len(before) == 1 and (one := next(iter(before))):
            holder, label, how = one, names.get(one, one), "resolved"
    if not how and not low and _THEY.match(text, 0, at):
        holder, label, how = _they(sentences, sentence, resolver, names)
    if n in respective:
        if not respective[n]:
            return None  # "X, Y and Z took 31.4, 22.8 and 11.5% respectively", Y unread
        holder, how = respective[n], "named"
        label = names.get(holder, holder)
    pronoun_at = ANAPHOR.search(text, 0, at) if how == "resolved" else None
    if pronoun_at is not None and sentence.passage.id in asked:
        holder = asked[sentence.passage.id]  # "Q: Is X catching up?" "A: It ..."
        label, pronoun_at = names.get(holder, holder), None
    if pronoun_at is not None and pronoun_at.group("pron"):
        # "The Korean battery maker's profit fell ... It also held 41.5%": the
        # company a description in between names, not one named further back
        described = described_before(sentences, sentence, resolver)
        if described:
            holder, label = described, names.get(described, described)
    if how in ("unknown", "resolved", "") and not may_hold(holder, resolver):
        # "its" after a sentence whose one holder was "the Korean battery giant"
        # is that holder, not the researcher the sentence quoted; so is "the
        # share" that "rose further" with no holder named.
        # the holders of the last sentence a few back that gave any
        earlier = next(
            (holders[i] for i in range(sentence.index - 1, sentence.index - 4, -1) if i in holders),
            None,
        )
        pronoun = how == "resolved" or label.lower() in PRONOUNS
        if not how:
            pronoun = (
                _BARE_SHARE.search(text, low, at) is not None
                or _THAT_FIGURE.fullmatch(text, 0, at) is not None
            )
        subject = subject_before(sentences, sentence, resolver) if pronoun else ""
        if pronoun and earlier and len(earlier) == 1:
            holder = next(iter(earlier))
            label, how = names.get(holder, holder), "resolved"
        elif pronoun and subject and not earlier:
            holder, label, how = subject, names.get(subject, subject), "resolved"
        elif pronoun and earlier and (opener := _opener_before(sentences, sentence)) in earlier:
            # "According to K, X held around 14 per cent, second only to Y's 22 per cent. A
            # year earlier, the company had 11.5 per cent": the subject goes on, not Y
            holder, label, how = opener, names.get(opener, opener), "resolved"
        elif pronoun and not earlier and len(groups.get(sentence.index - 1, ())) == 1:
            # "LFP cells made up 46 percent ... In Europe it's lower, maybe 20
            # percent": the one group the sentence before gave a share
            label, how = next(iter(groups[sentence.index - 1])), "group"
        elif how == "resolved":
            # "it" that went back to one who holds no market (a fund, a researcher): the
            # company the story is about, if it has one
            lead = lead_subject(resolver) if pronoun_at is not None else ""
            if not lead:
                return _place_before(sentences, sentence, positions, n, group)
            holder, label = lead, names.get(lead, lead)
    if how == "unknown" and (described := place_described(label, sentence.index, resolver)):
        holder, label, how = described, names.get(described, described), "resolved"
    if how == "unknown" and label.lower() in PRONOUNS:
        # "it" and "the company" that nothing nearer settles: the company the story is about
        lead = lead_subject(resolver)
        if lead:
            holder, label, how = lead, names.get(lead, lead), "resolved"
        else:
            # "It held 21.4%" after a name the text never made a company: no one's, unless
            # the sentence before names a place ("That made X the third-largest supplier.")
            return _place_before(sentences, sentence, positions, n, group)
    if not how:
        placed = _place_before(sentences, sentence, positions, n, group)
        # only in an article about companies, as `group_subject`: one naming none yields none
        if (
            placed is None
            and resolver.mentioned
            and (grouped := group_holder(sentence, low, at, end))
        ):
            return "", grouped, GENERAL_GROUP  # "Makers outside the top ten held 8%"
        return placed or (holder, label, how)
    speaker = _speaker_of_it(sentence, low, at, resolver) if how == "resolved" else None
    if speaker is not None:
        # "Its rival X says it had 11%": X's, the source of its own figure; a name the text
        # never made a company leaves it no one's
        if speaker and may_hold(speaker, resolver):
            holder, label = speaker, names.get(speaker, speaker)
        elif not _speaker_named(sentence, low, at, label):
            return None
    if how == "unknown" and _ONE_DESCRIBED.fullmatch(label):
        # "LG and Samsung SDI have been slow to follow. The Korean firm's share fell to 2.4%":
        # one company described that the text does not settle is no group's and no one's
        return None
    return holder, label, how


_TWIN_OPENS = re.compile(r"\s*\(\s*")
_FROM_TO = re.compile(r"\s+to\s+(?:about\s+|around\s+|roughly\s+|just\s+)?")
_SAME_FIGURE = re.compile(
    r"\b(?:the|that|their|its)\s+(?:combined\s+|market\s+)?(?:figure|share)\s+(?:was|stood\s+at)"
    r"\s+(?:about\s+|around\s+|roughly\s+|just\s+)?$"
)
# A description of one company: "the Korean firm", "The Harbourton-based company's".
_ONE_DESCRIBED = re.compile(r"(?i:the)\s+(?:[\w'’-]+\s+){1,3}?(?-i:[a-z][\w-]*?)(?<!s)(?:['’]s)?")
# A name that says what "it" holds: "X (BME: SLRA), says it had 11%", "X said that it held".
_SPEAKER_IT = re.compile(
    r"(?P<name>(?-i:(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*))(?:\s*\([^()]{0,30}\))?,?\s+"
    r"(?:says|said|reports|reported|claims|"
    r"claimed|estimates|estimated)\s+(?:that\s+)?it\s+(?:[\w'’]+\s+){1,3}?$",
    re.I,
)


def _speaker_named(sentence: Sentence, low: int, at: int, label: str) -> bool:
    """Whether the name saying what "it" holds begins the holder's name ("Acme Verdal says it"
    of Acme Verdal Litio): a short form the names did not match."""
    found = _SPEAKER_IT.search(sentence.text, low, at)
    return found is not None and label.casefold().startswith(found["name"].casefold())


def _speaker_of_it(sentence: Sentence, low: int, at: int, resolver: Resolver) -> str | None:
    """The company that says what "it" holds before the figure at `at` ("X says it had 11%"):
    its id, "" when the name saying it is none the text made a company, None when no name
    says it."""
    found = _SPEAKER_IT.search(sentence.text, low, at)
    if found is None:
        return None
    return next(
        (
            i
            for i, s, e in sentence.mentions
            if s <= found.start("name") < e and i in resolver.mentioned
        ),
        "",
    )


def _place_before(
    sentences: Sequence[Sentence],
    sentence: Sentence,
    positions: Sequence[tuple[int, int]],
    n: int,
    group: str,
) -> tuple[str, str, str] | None:
    """("", place, "group") when figure n's clause opens on "it" or "the country" and the
    sentence before names a place, or goes on comparing with the figure before that such a
    place was given ("..., up from 8.1% a year earlier"); None otherwise."""
    at, end = positions[n]
    low = positions[n - 1][1] if n else 0
    place = ""
    if n and group and group == _place_before_first(sentences, sentence, positions, low):
        place = group if COMPARES_TO.search(sentence.text, low, at) else ""
    elif sentence.index and sentences[sentence.index - 1].index == sentence.index - 1:
        place = place_referred(sentence.text, low, end, sentences[sentence.index - 1].text)
    return ("", place, "group") if place else None


def _place_before_first(
    sentences: Sequence[Sentence],
    sentence: Sentence,
    positions: Sequence[tuple[int, int]],
    low: int,
) -> str:
    """The place the sentence's first figure went back to by "it" or "the country", or ""."""
    if not sentence.index or sentences[sentence.index - 1].index != sentence.index - 1:
        return ""
    return place_referred(sentence.text, 0, positions[0][1], sentences[sentence.index - 1].text)


# "That's up from 5.1 percent in 2024": the figure the sentence before gave its holder.
_THAT_FIGURE = re.compile(
    r"\W*(?:that|this)(?:['’]s|\s+is|\s+was)\s+(?:up|down)\s+from\s+(?:about\s+|around\s+)?",
    re.I,
)
# Not "the share of X", nor "the share of buyers who charge at home": a share of something else.
_BARE_SHARE = re.compile(r"\b[Tt]he\s+(?:market\s+)?(?:share|figure)\b(?!\s+of\b)")


def described_before(sentences: Sequence[Sentence], sentence: Sentence, resolver: Resolver) -> str:
    """The company a sentence of the passage before this one opens on as a description
    ("The Korean battery maker's ...") when no sentence in between names one that may hold a
    share; else ""."""
    for back in range(1, 4):
        at = sentence.index - back
        if at < 0 or sentences[at].index != at or sentences[at].passage.id != sentence.passage.id:
            return ""
        earlier = sentences[at]
        # A university or a researcher named in between holds no share: it ends no description.
        if any(may_hold(m[0], resolver) for m in earlier.mentions):
            return ""
        opening = ANAPHOR.match(earlier.text)
        # "The Korean battery maker's ...", "The company, founded in 2019 as a spin-off of X
        # University, ...": the paragraph opens on its subject.
        if opening is not None and (opening.group("noun") or opening.group().lower()[:4] == "the "):
            return resolver.resolve(earlier, opening)
    return ""


def subject_before(sentences: Sequence[Sentence], sentence: Sentence, resolver: Resolver) -> str:
    """The company the sentence before opens with, when it names no other: "Acme was the
    biggest gainer. It now supplies ..., and its share ..." ("" when not so plain)."""
    at = sentence.index - 1
    if at < 0 or at >= len(sentences) or sentences[at].index != at:
        return ""
    named = {m[0] for m in sentences[at].mentions if may_hold(m[0], resolver)}
    opens = [m for m in sentences[at].mentions if m[1] == 0]
    if len(named) != 1 or not opens or opens[0][0] not in named:
        return ""
    return opens[0][0]


def _opener_before(sentences: Sequence[Sentence], sentence: Sentence) -> str:
    """The company the sentence before opens its main clause with: at its start, or after an
    opening phrase and a comma ("According to K, X held ..."); "" when another comes first."""
    at = sentence.index - 1
    if at < 0 or sentences[at].index != at or not sentences[at].mentions:
        return ""
    before = sentences[at]
    first = before.mentions[0]
    if first[1] == 0 or _OPENING_PHRASE.fullmatch(before.text, 0, first[1]):
        return first[0]
    if len(before.mentions) > 1 and _OPENING_PHRASE.fullmatch(
        before.text, before.mentions[0][2], before.mentions[1][1]
    ):
        # the opening phrase names the source: "According to research firm K, X held ..."
        return before.mentions[1][0] if _SOURCE_OPENING.match(before.text) else ""
    return ""


_OPENING_PHRASE = re.compile(r"[^,;:]{0,60},\s+|(?i:the\s+)?")
_SOURCE_OPENING = re.compile(r"(?i)(?:according\s+to|data\s+from|figures\s+from|per)\b")


# "they" or "their" as the subject of the sentence's first figure, a few words in at most
# ("On our numbers they shipped about 37 percent"), no name or clause break after it.
_THAT_COMPARES = re.compile(
    r"(?:That|This|The\s+figure)\s+(?:compares|compared|is\s+(?:up|down)|was\s+(?:up|down))\s+"
    r"(?:with|to|from)\s+(?:about\s+|around\s+|just\s+)?$"
)
_THEY = re.compile(r"(?i)(?:[\w'’-]+\s+){0,3}?(?:they|their)\b[^,;:]*$")


def _they(
    sentences: Sequence[Sentence], sentence: Sentence, resolver: Resolver, names: dict[str, str]
) -> tuple[str, str, str]:
    """(company id, label, how) of "they" opening a figure's clause: the one group or the one
    company the sentence before names ("Chinese suppliers still hold most of the market. We
    think they had about 60%"); nothing when it names both, several or none."""
    at = sentence.index - 1
    if at < 0 or sentences[at].index != at:
        return "", "", ""
    before = sentences[at]
    companies = {m[0] for m in before.mentions if may_hold(m[0], resolver)}
    groups = groups_named(before.text)
    if len(groups) == 1 and not companies:
        return "", groups.pop(), "group"
    if len(companies) == 1 and not groups:
        only = companies.pop()
        return only, names.get(only, only), "resolved"
    plural = plural_subject(before.text) if not companies and not groups else ""
    return ("", plural, "group") if plural else ("", "", "")
