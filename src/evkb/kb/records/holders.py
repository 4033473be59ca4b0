"""Who holds a market share: the company named before the figure, the one "it" or "the Korean
cell giant" resolves to, a group ("Chinese suppliers"), or nobody the text makes certain.

A researcher or outlet quoted for a figure is its source, not its holder; "we" is the one
company a call or release names; an ambiguous reference stays unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.context import ANAPHOR, SHARE_TALK, Resolver, Sentence
from evkb.kb.records.holder_asides import (
    RELATIVE,
    in_aside,
    in_relative_clause,
    outside_appositions,
)
from evkb.kb.records.holder_relatives import antecedent_holds
from evkb.kb.records.share_after import gapped_name, holder_after
from evkb.kb.records.share_compared import compared_holder
from evkb.kb.records.share_story import may_hold, sole_holder
from evkb.kb.records.share_subjects import (
    CHEMISTRY_SUBJECT,
    chemistry_as_written,
    group_label,
    group_subject,
    held_by_place,
    quoted_company,
)

# A description of several companies: counted, or a plural noun ("makers", "companies").
_PLURAL_DESCRIPTION = re.compile(
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|both|"
    r"several|few|many|\d+)\b"
)
_PLURAL_NOUN = re.compile(r"(?i)(?:[^s]s|ies)$")
_RIVAL_AFTER = re.compile(
    r"(?<=[Ii]ts)\s+(?:[\w-]+\s+){0,2}?(?:competitors?|rivals?|peers?|challengers?)\b"
)
# ", the Auckland-based " between a rival and its name.
_APPOSED = re.compile(r",\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?")
_REPORTS_AFTER = re.compile(
    r"\s+(?:said|says|estimates?|estimated|reckons?|believes?|thinks?|claims?|added|reported)\s*[,.;]"
)
_OWN_ESTIMATE = re.compile(
    r"\s+(?:own\s+)?(?:estimates?|count|calculations?|data|numbers|figures|research|analysis)\b",
    re.I,
)
_AFTER_COMMA = re.compile(r"['’]?\s*,\s*")
# "it" or "the company" opening a clause, not "its closest rival" or "the company that ...",
# which stand beside a name.
_SUBJECT_PRONOUN = re.compile(r"(?i)it|the\s+(?:company|firm|group)")
_APPOSITION_GOES_ON = re.compile(r"(?i)\s*(?:,|that\b|which\b|who\b|behind\b|of\b)")
_CALENDAR = re.compile(
    r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"(?:\s*[-–/]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)?"
)
# An analyst's period token taken for a name: "1H26", "9M25", "Q3", "FY26", "CY2025".
_PERIOD_TOKEN = re.compile(
    r"(?i)(?:[12]H|H[12]|[1-4]Q|Q[1-4]|(?:[2-9]|1[01])M|FY|CY)\s?['’]?(?:\d{2}|\d{4})?"
)


def _counted_label(sentences: Sequence[Sentence], sentence: Sentence, count: int) -> str:
    """The group of `count` companies one of the sentence's three before names by origin and
    number ("South Korea's three big battery makers", "the two Chinese leaders"), or ""."""
    found = []
    for i in range(max(0, sentence.index - 3), sentence.index):
        earlier = sentences[i]
        if earlier.passage.source != sentence.passage.source:
            continue
        for m in _COUNTED_ORIGIN.finditer(earlier.text):
            if _NUMBER_WORDS.get(m.group("n").lower()) == count:
                found.append(m.group("g"))
    return found[-1] if len(set(found)) == 1 else ""


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNTED_ORIGIN = re.compile(
    r"(?P<g>(?:(?:South|North)\s+)?[A-Z][a-z]+['’]s\s+(?P<n>two|three|four|five|six)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:makers|suppliers|producers|companies|manufacturers|carmakers|"
    r"automakers|groups|leaders|giants))\b"
)
_JOINT = re.compile(r"[^.;%\d]{0,30}?\b(?:together|combined|jointly|between\s+them)\b", re.I)
_LIST_BEFORE = re.compile(r"\s*(?:,|,?\s+and)\s+")
# A company the text does not name: "one of the big Korean players", "a Korean manufacturer
# that asked not to be named", "one supplier whose name ... withheld".
_UNNAMED_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|,\s+)(?:[Oo]ne\s+of\s+(?:the|its|their)\s+|[Aa]n?\s+|[Oo]ne\s+)"
    r"(?:[\w-]+\s+){0,3}?(?:players?|makers?|manufacturers?|suppliers?|compan(?:y|ies)|producers?|"
    r"brands?|rivals?|competitors?|carmakers?|automakers?|customers?|clients?)\b"
)
_ONE_OF = re.compile(r"(?i)one\s+of\b")
_LEVY_AFTER = re.compile(
    r"\s+(?:rates?|tax(?:es)?|dut(?:y|ies)|levy|levies|tariffs?|credits?)\b", re.I
)
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")  # not "US"
# "us" that another is measured against: "ahead of us", "behind us", "bigger than us"
_MEASURED_US = re.compile(r"\b(?:ahead\s+of|behind|than|after|overtook|overtaken)\s+$")


# A name followed by a verb of holding is that verb's subject: "Y held around 14 per cent",
# "Y kept first place in 2025 with a market share of 27.5 per cent".
_HOLDS_AFTER = re.compile(
    r"(?i)\s+(?:held|holds|took|takes|had|has|kept|keeps|captured|commanded|controlled|"
    r"supplied|supplies|accounted\s+for|accounts\s+for|led|leads|ranked|ranks|came|finished|placed|"
    r"won|claimed|handled|handles|produced|produces|shipped|ships|carried|carries)\b"
)


# References that, after a company named earlier in the same sentence, are that company.
_SAME_SENTENCE_PRONOUNS = frozenset(
    {"its", "it", "the company", "the company's", "the firm", "the firm's", "the group's"}
)
PRONOUNS = frozenset({"it", "its", "the company", "the company's", "the company’s", "the firm"})


def holder_of(
    sentence: Sentence,
    at: int,
    end: int,
    low: int,
    resolver: Resolver,
    names: dict[str, str],
    header: tuple[str, str] = ("", ""),
) -> tuple[str, str, str]:
    """(company id, label, how): how is "named", "resolved", "group" (a label such as "Chinese
    suppliers" and no id), "header" (the company a transcript's title names, the body never),
    "unknown" or "" for no holder. `header` is `host_in_header` of the document."""
    text = sentence.text
    # "..., against more than 60 percent for Chinese suppliers": a holder named just after
    # the figure by "for" is its own, whoever the sentence named before.
    # "Japan's X, which it puts at 11% of the same market": the relative's antecedent is
    # the one a source's estimate is of.
    for ident, _, stop in reversed(sentence.mentions):
        if stop <= at and _PUT_AT.fullmatch(text, stop, at):
            return ident, names.get(ident, ident), "named"
    held = antecedent_holds(sentence, low, at, resolver, names, _GROUP)
    if held is not None:
        return held
    compared = compared_holder(sentence, low, at, names)
    if compared is not None:
        return compared
    named_for = FOR_HOLDER.match(text, end)
    if named_for is not None:
        for ident, start, _ in sentence.mentions:
            if start == named_for.end():
                return ident, names.get(ident, ident), "named"
        group_for = _GROUP.match(text, named_for.end())
        if group_for is not None:
            return "", group_for.group().strip(), "group"
    handed = holder_after(sentence, at, end, low, resolver)  # "With 17.2%, second went to X"
    if handed:
        return handed, names.get(handed, handed), "named"
    # A name inside an aside ("Japanese companies – led by X – hold ...") is not the holder.
    before = [
        m
        for m in sentence.mentions
        if m[2] <= at
        and not _FIRST_PERSON.fullmatch(text, m[1], m[2])  # "We" taken for a name: the speaker
        and not _CALENDAR.fullmatch(text, m[1], m[2])  # "April-June" taken for a name
        and not _PERIOD_TOKEN.fullmatch(text, m[1], m[2])
        and not _LEVY_AFTER.match(text, m[2])  # "a lower GST rate": a tax, no company
        and not _ONE_OF.match(text, m[1])  # "One of the Korean makers": no one named
        # not a trade body, unless it is the subject of a verb of holding: the kind read from
        # the words around a name may be the source's ("According to X, Y held 14 per cent")
        and (
            m[0] in resolver.mentioned
            and (may_hold(m[0], resolver) or _HOLDS_AFTER.match(text, m[2], at) is not None)
        )
        and not in_aside(text, m[1], at)
        and not in_relative_clause(text, m, at)
        and not (_reports(text, m, at, resolver) and _HOLDS_AFTER.match(text, m[2], at) is None)
    ]
    # "X, the Japanese supplier to Y, was fourth with 5.2 percent", "X, once the leader thanks
    # to Y, is down to 3.1%", "X, a supplier to Y, Z and W, had 27.4%": the names in X's
    # apposition, closed by a comma before the figure, are not who holds it.
    before = outside_appositions(text, before, at)
    nearest = before[-1] if before else None
    if (
        nearest is not None
        and len(before) > 1
        and _JOINT.match(text, nearest[2], at)
        and _LIST_BEFORE.fullmatch(text, before[-2][2], nearest[1])
    ):
        # "X, Y and Z together accounted for 17.4 percent": no one's, but the group's when
        # a sentence just before names as many ("South Korea's three big battery makers")
        listed = 2
        while listed < len(before) and _LIST_BEFORE.fullmatch(
            text, before[-listed - 1][2], before[-listed][1]
        ):
            listed += 1
        label = _counted_label(resolver.sentences, sentence, listed)
        return ("", label, "group") if label else ("", "", "")
    if nearest is not None and gapped_name(sentence, nearest[2], at):
        return "", "", ""  # "Y had 3.4%, and X 2.6%": X's, no company record of it
    vague = _VAGUE.search(text, nearest[2], at) if nearest is not None else None
    if vague is not None:
        return "", vague.group(), "unknown"
    base = nearest[2] if nearest else 0
    # "Chinese suppliers – mainly X and Y – control more than half": a group holds the share.
    group = None
    has_count = _COUNT_WORD.search(text) is not None
    counted = _COUNTED_GROUP.search(text, max(base, low), at) if has_count else None
    for found in _GROUP.finditer(text, max(base, low), at):
        if _OBJECT.search(text, 0, found.start()) and not _holds_relative(text, found.end(), at):
            # "the largest supplier to India's two-wheeler makers": not the subject, unless a
            # relative clause makes it one ("from Chinese suppliers, who held 60%")
            continue
        if counted is not None and counted.start() <= found.start() < counted.end():
            continue  # "the two Chinese leaders held 51%": the leaders counted, below
        if _OWNED_SHARE_OF.search(text, max(0, found.start() - 60), found.start()):
            continue  # "our share of lithium-ion cells was 27.5%": the market, not its holder
        if ANAPHOR.search(text, found.end(), at):
            continue  # "It supplies three Japanese carmakers, and its share ...": its own
        if not RELATIVE.search(text, base, found.start()) or "," not in text[found.end() : at]:
            group = found  # not "X, which sells mainly to Chinese brands, was third"

    if group is not None:
        # "The three Korean makers together: 16.2%": the makers counted, not all of them; but
        # "the share of the three Korean makers", "the three Korean makers in our coverage":
        # the kind, when the count only points into a phrase around it
        start = group.start()
        count = _COUNT_BEFORE.search(text, max(0, start - 24), start) if has_count else None
        if count is not None and (
            _POSTMODIFIER.match(text, group.end()) or _OF_BEFORE.search(text, 0, count.start())
        ):
            count = None
        return "", text[count.start() if count else start : group.end()].strip(), "group"
    # "The top five held 74.1%", "the two Chinese leaders held 51.0%": the leaders, counted.
    if counted is not None and not ANAPHOR.search(text, counted.end(), at):
        return "", counted.group("g"), "group"
    origin = _ORIGIN_SHARE.search(text, max(base, low), at)
    if origin is not None:
        # "European producers had only 7 per cent ... the European share went down to 6.5
        # per cent": the share of the group the text named by that origin
        label = _origin_group(resolver.sentences, sentence, origin.group("adj"))
        if label:
            return "", label, "group"
    chemistry = CHEMISTRY_SUBJECT.search(text, max(base, low), at)
    named_at = chemistry.start("chem" if chemistry.group("chem") else "metal") if chemistry else 0
    if chemistry is not None and not _OWNED_SHARE_OF.search(text, max(0, named_at - 60), named_at):
        return "", chemistry_as_written(chemistry), "group"  # "LFP cells took 47.5 per cent"
    # Only in an article about companies: one that names none yields no records.
    segment = group_subject(text, max(base, low), at) if resolver.mentioned else None
    if segment is not None and (
        # "Illinois remained the biggest supplier with 48%": a description, not another holder
        _OWN_REFERENCE.search(text, segment.end(), at) is None
        if held_by_place(segment)
        else not ANAPHOR.search(text, segment.end(), at)
    ):
        return "", group_label(segment), "group"  # "Electric vehicles made up 4.1 per cent"
    anaphor = None
    for found in ANAPHOR.finditer(text, base, at):
        if _AS_BEFORE.search(text, 0, found.start()):
            continue  # "We ended the year as the second-largest supplier": the subject's
        if _SOURCE_BEFORE.search(text, max(0, found.start() - 30), found.start()):
            continue  # "According to the company, ...": the figure's source, not its holder
        if _PLURAL_DESCRIPTION.search(found.group("adj") or "") or _PLURAL_NOUN.search(
            found.group("noun") or ""
        ):
            continue  # "the two largest cell makers together had ...": many, no one company
        if not _REPORTS_AFTER.match(text, found.end()):
            anaphor = found  # not "..., it estimates, up from 22 per cent": a parenthesis
    speaker = None
    for found in _FIRST_PERSON.finditer(text, base, at):
        if _MEASURED_US.search(text, max(0, found.start() - 20), found.start()):
            continue  # "X is still ahead of us, with roughly a quarter": X's, not the speaker's
        if not _OWN_ESTIMATE.match(text, found.end()) and not _THEY_AFTER.search(
            text, found.end(), at
        ):
            # not "our estimate for X is ...": the speaker is the source; nor "we think they
            # had about 60%": the speaker is not the subject
            speaker = found
    if speaker is not None and (anaphor is None or speaker.start() > anaphor.start()):
        # "Our share ... was 7.4%" in a call or a release: the one company the document
        # names that can hold a share speaks; else the writer does, who holds none.
        if _OWN_OPERATIONS.search(text):
            return "", "", ""  # "share of renewable electricity in our plants": no market
        quoted = quoted_company(sentence, speaker.start(), resolver, may_hold)
        if quoted:
            return quoted, names.get(quoted, quoted), "resolved"
        # The company a call's or a report's title names speaks, not another one the text names
        sole = header[0] or sole_holder(resolver)
        if (
            sole
            and not header[0]
            and header[1]
            and not _same_head(names.get(sole, sole), header[1])
        ):
            sole = ""
        if not sole and header[1]:
            return "", header[1], "header"
        return (sole, names.get(sole, sole), "resolved") if sole else ("", "", "")
    # A name before an earlier figure belongs to it; a reference after that figure wins. So
    # does a pronoun opening the clause after the name: "Unlike X, it held 9%", "Outside
    # China, it remained second with 22.6%": the name is no subject.
    first = ANAPHOR.search(text, base, at) if nearest is not None else None
    opens = (
        first is not None
        and _SUBJECT_PRONOUN.fullmatch(first.group())
        and _AFTER_COMMA.fullmatch(text, base, first.start()) is not None
        and not _APPOSITION_GOES_ON.match(text, first.end())
    )
    if opens:
        anaphor = first
    elif nearest is not None and (anaphor is None or not (nearest[2] <= low <= anaphor.start())):
        if _OTHER_HOLDER.search(text, nearest[2], at):
            return "", "", ""  # "X held 2.6%, Y had 2.2%" with Y unknown: not X's figure
        return nearest[0], names.get(nearest[0], nearest[0]), "named"
    unnamed = _UNNAMED_SUBJECT.search(text, base, at) if anaphor is not None else None
    if unnamed is not None and anaphor is not None and unnamed.start() <= anaphor.start():
        # "One of the big Korean players told us its share is ...", "One of its two biggest
        # customers accounts for roughly 40 per cent of sales": no company the text names
        return "", "", ""
    rival = _RIVAL_AFTER.match(text, anaphor.end()) if anaphor is not None else None
    if rival is not None:
        # "Its only sizeable competitor, the Auckland-based X, handled about 41 per cent": the
        # name in the rival's apposition holds it; unnamed, it is another company
        apposed = [m for m in sentence.mentions if rival.end() <= m[1] and m[2] <= at]
        if len(apposed) == 1 and _APPOSED.fullmatch(text, rival.end(), apposed[0][1]):
            return apposed[0][0], names.get(apposed[0][0], apposed[0][0]), "named"
        return "", "", ""
    if anaphor is not None:
        # "X's capacity rose 64%, and its market share was 4.3%": the one company the
        # sentence names before "its", whatever an earlier sentence named (a researcher, or
        # the company the paragraph before spoke of)
        named = {m[0] for m in before if m[2] <= anaphor.start() and may_hold(m[0], resolver)}
        if (
            not opens
            and len(named) == 1
            and anaphor.group().strip().lower().replace("’", "'") in _SAME_SENTENCE_PRONOUNS
        ):
            only = named.pop()
            return only, names.get(only, only), "resolved"
        resolved = resolver.resolve(sentence, anaphor)
        if resolved:
            return resolved, names.get(resolved, resolved), "resolved"
        return "", anaphor.group().strip(), "unknown"
    after = [m for m in sentence.mentions if m[1] >= end and m[1] - end <= 40]
    if after and re.match(
        r"^[^.;,]{0,30}?\b(?:for|held\s+by|belonging\s+to|by)\s+$", text[end : after[0][1]]
    ):
        return after[0][0], names.get(after[0][0], after[0][0]), "named"
    return "", "", ""


# "the Chinese share of cells ... reached 47.6%": an origin's share, not a price's.
_ORIGIN_SHARE = re.compile(
    r"\b[Tt]he\s+(?P<adj>(?:South\s+|North\s+)?[A-Z][a-z]+)\s+share\b(?!\s+(?:price|index))"
)


def _origin_group(sentences: Sequence[Sentence], sentence: Sentence, adjective: str) -> str:
    """The group one of the 20 sentences before (of the same document) names by `adjective`
    ("European producers" for "the European share"), the nearest, or ""."""
    for i in range(sentence.index - 1, max(-1, sentence.index - 21), -1):
        earlier = sentences[i]
        if earlier.passage.source != sentence.passage.source:
            break
        found = [m.group().strip() for m in _GROUP.finditer(earlier.text)]
        found = [g for g in found if g.startswith(adjective + " ")]
        if found:
            return found[-1]
    return ""


def groups_named(text: str) -> set[str]:
    """The groups named by origin or kind in a text ("Chinese suppliers")."""
    return {m.group().strip() for m in _GROUP.finditer(text)}


_THEY_AFTER = re.compile(r"(?i)\b(?:they|their)\b")
_PUT_AT = re.compile(
    r"['’]?,\s+which\s+(?:it|they|we|analysts|[A-Z][\w-]*)\s+(?:puts?|estimates?|reckons?|"
    r"sees?|places?)\s+at\s+(?:about\s+|around\s+|roughly\s+|some\s+)?"
)
FOR_HOLDER = re.compile(r"\s+(?:for|held\s+by)\s+(?:the\s+)?", re.I)
# A group named by origin or kind: "Chinese suppliers", "Asian battery makers".
_GROUP = re.compile(
    r"\b(?!(?:The|These|Those|All|Other|Both|Such|Its|Their|Many|Some|Most|Top|Several)\b)"
    r"(?:South\s+Korean|North\s+American|(?:South\s+|North\s+)?[A-Z][a-z]+['’]s|[A-Z][a-z]+)\s+"
    r"(?:(?:[a-z][\w-]*|[A-Z]{2,5})\s+){0,2}?"
    r"(?:companies|firms|makers|manufacturers|suppliers|producers|carmakers|automakers|brands|rivals|"
    r"competitors|players|groups|leaders|giants|cell\s+makers|battery\s+makers|assemblers|importers)\b"
)
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_COUNT_WORD = re.compile(rf"(?i)\b{_COUNT}\b")
_POSTMODIFIER = re.compile(r"\s+(?:in|of|from|outside|on|at|with|for)\b")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_COUNT_BEFORE = re.compile(rf"(?i)\b(?:(?:top|leading|largest|biggest)\s+)?{_COUNT}\s+$")
# "our share of", "Acme's share of", "its market share of": what follows is the market a
# possessor's share is of, no group holding it.
_OWNED_SHARE_OF = re.compile(
    r"(?i)(?:\b(?:our|its|their)|\w['’]s?)\s+(?:[\w-]+\s+){0,2}?share\s+of\s+(?:the\s+)?$"
)
# Only with an origin: "the top five" together is a ranking's sum, no holder's share.
_COUNTED_GROUP = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<g>(?:(?:top|leading|biggest|largest)\s+)?"
    + _COUNT
    + r"\s+(?:(?:largest|biggest|leading)\s+)?[A-Z][a-z]+\s+(?:(?:cell\s+|battery\s+)?"
    r"(?:makers|suppliers|players|producers|companies|groups|leaders|manufacturers)|leaders|giants|market\s+leaders))"
    r"(?=\s+(?:together\s+)?(?:held|took|accounted|made\s+up|controlled|had|supplied|captured|"
    r"commanded)\b)"
)
# A capitalised name the text gives a figure to ("..., Acme Lithium had 2.2%", "followed by
# Acme at 24.9%") that is not a known company: the figure is not the earlier name's.
_OTHER_HOLDER = re.compile(
    r"(?:,\s+(?:and\s+|while\s+)?|\b(?:and|followed\s+by|ahead\s+of|behind)\s+)"
    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}(?:\s+(?:had|held|has|holds|took|takes|was|with|at|on)\s+"
    r"(?:a\s+|about\s+|around\s+|just\s+)?(?:[\w-]+\s+)?|"
    # "..., and Y, also Korean, fourth with 5.9 per cent": the rank's verb left out
    r"(?:,\s+[^,;%]{1,30},)?,?\s+(?:(?:was|came|ranked|placed)\s+)?(?:second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:with|on|at)\s+"
    r"(?:about\s+|around\s+|just\s+)?)$"
)


def _same_head(name: str, other: str) -> bool:
    """Whether two names open on the same word ("Acme Corp." and "Acme Energy Solutions")."""
    return name.split()[:1] == other.split()[:1]


def _holds_relative(text: str, end: int, at: int) -> bool:
    """Whether a relative clause opened right after a phrase (ending at `end`) holds the figure
    at `at`: "competition from Chinese suppliers, who held more than 60%" is the group's."""
    found = _RELATIVE_AFTER.match(text, end)
    return found is not None and found.end() < at and bool(_HOLDS_AFTER.match(text, found.end()))


# ("suppliers, who we estimate held more than 80%": a source's aside changes nothing)
_RELATIVE_AFTER = re.compile(
    r",?\s+(?:who|which|that)(?:\s+(?:we|they|analysts|it)\s+(?:estimates?|believes?|thinks?|"
    r"reckons?|says?))?(?:\s+(?:together|jointly))?"
)
_OWN_REFERENCE = re.compile(r"(?i)\b(?:its|their|it|the\s+(?:company|firm|group)['’]s)\b")
_AS_BEFORE = re.compile(r"\bas\s+$")
# A part of what a company runs itself: "renewable electricity in our plants", "women among our
# staff". No market is shared.
_OWN_OPERATIONS = re.compile(
    r"(?i)\b(?:in|of|at|across|among)\s+our\s+(?:own\s+)?(?:plants?|factories|sites|operations|"
    r"workforce|employees|staff|fleet|buildings|offices|supply\s+chain|portfolio|board)\b"
)
_OBJECT = re.compile(r"\b(?:to|for|from|of|among|with|by|than|over|against)\s+$", re.I)
_VAGUE = re.compile(
    r"\b(?:one\s+of\s+them|one\s+of\s+the\s+(?:two|three|companies|firms)|either\s+of\s+them)\b",
    re.I,
)


_REPORTING = re.compile(
    r"\b(?:estimat\w*|expect\w*|forecast\w*|predict\w*|project\w*|believ\w*|says?|said|reckon\w*|"
    r"thinks?|reports?|reported|shows?|showed|puts?|putting)\b",
    re.I,
)


def _reports(text: str, mention: tuple[str, int, int], at: int, resolver: Resolver) -> bool:
    """A researcher or outlet that states the figure, or a company quoted as expecting it,
    is the source of the share, not its holder."""
    known = resolver.companies.get(mention[0])
    if known is not None and known.kind in ("research firm", "media"):
        return True
    if _SOURCE_BEFORE.search(text, max(0, mention[1] - 30), mention[1]):
        return True  # "..., according to the European Battery Alliance, against 60 percent"
    if _FORECASTS.search(text, mention[2], at):
        return True  # "Analysts at X expect LFP cells to account for ..., up from 25% today"
    if _SELF_REPORT.match(text, mention[2]):
        return False  # "X said it holds an estimated 14 percent share": X speaks of itself
    return _REPORTING.search(text, mention[2], at) is not None and not SHARE_TALK.search(
        text, mention[2], at
    )


_SOURCE_BEFORE = re.compile(
    r"\b(?:according\s+to|data\s+from|figures\s+from|estimates\s+(?:from|by)|cited\s+by)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# ("X, a container carrier, estimates it carried ...": an apposition between changes nothing)
_SELF_REPORT = re.compile(
    r"['’]?(?:,\s+(?:the|a|an)\s+[^,.;%]{1,60},)?\s*,?\s+(?:said|says|reported|reports|announced|stated|estimated|estimates|claims?|"
    r"claimed)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|its)\b",
    re.I,
)
_FORECASTS = re.compile(
    r"\b(?:expects?|expected|forecasts?|predicts?|projects?|estimates?)\s+(?:[\w-]+\s+){1,6}?to\s+\w",
    re.I,
)
