"""Marks read off the words around a name, or off a whole sentence.

A name given a place in a ranking with its figure ("Acme was second with 21 per cent", "Acme,
third with 14 percent", "second-placed Acme with 21%") holds a share, whether or not the
sentences around it say "share"; so does one the text makes a market's leader or its largest
seller ("Acme remains the leader of the scooter market", "Acme, the largest supplier of ...").
A name in apposition to a company's rival or customer ("its nearest rival, Acme,") is a company
too, as is one a "Source:" line lists. A research report's legal notice ("Acme Securities does
and seeks to do business with companies covered in its research reports") names its publisher,
not a company of the story."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.gates import gated
from evkb.kb.records import company_cues as cue
from evkb.kb.records.company_cells import cells_maker
from evkb.kb.records.company_names import calendar, ordinary
from evkb.kb.records.company_shapes import ACRONYM
from evkb.kb.records.context import PLACE_WORDS, Sentence, country_of, share_talk

_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
_FIGURE = r"\s+(?:with|at|on)\s+(?:an?\s+)?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b|pct\b)"
# The verbs and prepositions that lead to a place ("followed in", "is down to", "came in").
_TO_PLACE = (
    r"(?:was|is|came|ranked|placed|finished|followed|took|kept|held|remains|remained|stood|"
    r"slipped|fell|dropped|rose|climbed|moved|jumped|now|still|again|down|up|in|to|into|at)"
)
# After the name: an apposition between commas at most ("Acme, once the leader, is down to
# sixth place with 3.1%"), a few of those words, the place, then the figure.
_PLACE_AFTER = re.compile(
    rf"(?:,[^,;:.!?]{{1,60}},)?,?\s+(?:{_TO_PLACE}\s+){{0,3}}"
    rf"(?:{_ORDINAL}(?:\s+place)?|No\.\s?\d+),?{_FIGURE}"
)
# "Acme, fourth, slipped to 3.9 per cent": the place in apposition, a verb to the figure.
_PLACE_APPOSED = re.compile(
    rf",\s+{_ORDINAL}(?:\s+place)?,\s+(?:{_TO_PLACE}\s+){{1,3}}(?:(?:less|more)\s+than\s+|"
    r"about\s+|around\s+|just\s+|under\s+|over\s+)?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)"
)
# "Acme, fifth, is the newcomer": a sentence opening on a name and its place in apposition.
_PLACE_APPOSED_ALONE = re.compile(
    rf",\s+{_ORDINAL},\s+(?:{_TO_PLACE}|has|had|is|was|remains|made|added|sold|kept)\b"
)
# Before the name: "second-placed", "third-ranked"; the figure follows the name.
_PLACE_BEFORE = re.compile(rf"\b{_ORDINAL}[\s-](?:placed|ranked)\s+$", re.I)
_FIGURE_AFTER = re.compile(_FIGURE)
# The words a ranking's place is written with: a sentence holding none is not read further.
_PLACE_WORDS = re.compile(rf"\b{_ORDINAL}\b|\bNo\.\s?\d", re.I)


# "Its nearest rival, Acme,", "its largest customer, the Lyon-based Acme Motors,": what one
# company is to another, said of the name in apposition ("its": an organisation's).
_RELATION_BEFORE = re.compile(
    r"\b(?:its|their|[A-Z][\w&-]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?:rivals?|competitors?|"
    r"customers?|clients?|suppliers?|buyers?)\s*,\s+(?:the\s+)?(?:[\w-]+-based\s+)?$",
    re.I,
)


# "Our largest competitor here is Acme, with ...", "The largest supplier is still Acme.": a
# rival or a supplier (of the speaker's company, or of one named) the copula names.
_RELATION_IS = re.compile(
    r"\b(?:our|its|their|the|[A-Z][\w&-]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?:rivals?|competitors?|"
    r"suppliers?)\s+(?:(?:here|now|still|today)\s+)?(?:is|was|remains|remained)\s+"
    r"(?:(?:still|now|also)\s+)?$",
    re.I,
)


# "the cells we bought from Acme", "buys its cells from Acme", "packs sourced from Acme": whom
# cells or packs are bought from is their maker ("cells from Uckerland" may be where they are
# made, "packs supplied by Acme" may name the fitter: neither is read).
_SUPPLIED_BEFORE = re.compile(
    r"\b(?:(?:buys?|bought|buying|sources?|sourced|sourcing|purchases?|purchased|orders?|"
    r"ordered)\s+(?:[\w-]+\s+){0,5}?(?:cells|batteries|packs|modules)|(?:cells|batteries|packs|"
    r"modules)\s+(?:(?:we|they|it|that|which|are|is|were|was|mainly|mostly|now|already|still)\s+)"
    r"{0,2}(?:bought|sourced|purchased|ordered))\s+from\s+(?:the\s+)?$"
)


# "a pack with cells from Acme Cells", "a battery from ACME", "cells supplied by ACME": where
# cells come from, when the name is of two words or initials (one word, "cells from Uckerland",
# is as often where they are made, and "cells supplied by Orsk" may name who fitted them).
_FROM_BEFORE = re.compile(
    r"\b(?:(?:cells?|battery|batteries|packs?|modules?)\s+from|cells\s+(?:(?:are|were|is|was)\s+)?"
    r"(?:supplied|made|produced|manufactured)\s+by)\s+(?:the\s+)?$"
)
# "Cells will come from Acme", "the cells are from Acme", "cells from Acme Cells and, since
# May, from Borel": the clause says whom the cells come from, and one name in a list of those
# is a seller as the first is (a country or a place the text uses as one is not read so).
_AND_FROM = r"[^.;:]{1,60}?\s+and(?:,[^,;.]{1,40},)?\s+from\s+"
_COME_FROM_BEFORE = re.compile(
    r"\b(?:[Cc]ells?|[Bb]atter(?:y|ies)|[Pp]acks?|[Mm]odules?)\s+(?:(?:(?:(?:will|would|now|"
    r"mainly|mostly|still|also|all|are|is|were|was)\s+){0,2}(?:come|comes|came|coming)|"
    r"(?:are|is|were|was)(?:\s+(?:now|mainly|mostly|still|also|all))?)\s+from\s+(?:"
    + _AND_FROM
    + r")?|from\s+"
    + _AND_FROM
    + r")(?:the\s+)?$"
)


# "makes cylindrical cells for Acme in Nevada", "supplies cells for Acme's Shanghai-built
# cars", "makes cells in Ashcombe for Acme", "builds batteries at Ashcombe for Acme", "its
# long-running supply deal with Acme": whom a maker's cells are made for, or who holds its
# supply deal, buys them.
_BOUGHT_FOR_BEFORE = re.compile(
    r"\b(?:(?:cells|batteries|battery\s+packs|modules)\s+(?:(?:in|at)\s+[A-Z][\w-]*\s+)?for|"
    r"supply\s+(?:deal|agreement|contract)s?\s+with)\s+(?:the\s+)?$"
)


# "Acme remains the leader of the electric scooter market", "Acme, a brand sold through 140
# dealers, is the leader with about 30%", "Acme remained the largest supplier of automotive
# cells", "Acme, whose scooters the fleet uses, led two-wheeler sales ... with a share of 34%":
# a name the text makes a market's leader or largest seller is a business's.
_SELLERS = (
    r"(?:suppliers?|makers?|manufacturers?|producers?|sellers?|brands?|operators?|importers?|"
    r"assemblers?|marketplaces?|retailers?|distributors?|exporters?|miners?|refiners?)"
)
_LEADS_AFTER = re.compile(
    # "Acme, the largest online marketplace for used cars with about 31%"
    r",\s+the\s+(?:largest|biggest|leading)\s+(?:[\w-]+\s+){0,3}?" + _SELLERS + r"\b|"
    r"(?:,[^,;:.!?]{1,80},)?\s+(?:(?:still|now|again|also)\s+)?(?:"
    r"(?:is|was|remains|remained|became|has\s+been)\s+(?:still\s+|now\s+)?the\s+(?:"
    r"(?:clear\s+|undisputed\s+|market\s+|segment\s+)?leader(?=\s+(?:of|in|with|among)\b)|"
    r"(?:(?:largest|biggest|leading)\s+(?:[\w-]+\s+){0,3}?)" + _SELLERS + r"\b)|"
    r"led\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:market|sales|segment|registrations|installations)\b"
    r"[^.;%]{0,40}?\bwith\s+(?:a\s+(?:market\s+)?share\s+of\s+)?(?:about\s+|around\s+)?\d)"
)


# "Acme led with 18.6%", "Acme followed with 9.8 percent", "Acme, the Kelso group, stayed far
# ahead with 44.1%", "Acme is still well ahead with roughly three-quarters of the market", "Acme
# held 4.3 percent": a name a ranking's verb puts in front, behind or next with its figure, or
# that holds a figure of its own, is a seller there, with no place written out.
_SHARE_FIGURE = (
    r"(?:(?:about|around|roughly|nearly|almost|just|some|over|under|barely|(?:more|less)\s+than)"
    r"\s+)?(?:\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b|pct\b)|(?:a|one|two|three)[\s-]"
    r"(?:half|thirds?|quarters?|fifths?)\s+of\b|half\s+of\b)"
)
_MANNER = (
    r"(?:still|again|now|also|then|clearly|comfortably|narrowly|easily|far|well|way|closely|just)"
)
_LEADS_WITH = re.compile(
    rf"(?:,[^,;:.!?]{{1,60}},)?\s+(?:{_MANNER}\s+){{0,3}}(?:"
    r"(?:(?:led|leads|followed|follows|trailed|trails)(?:\s+(?:the\s+)?(?:[\w-]+\s+)?"
    rf"(?:market|field|ranking|table|segment|pack))?(?:\s+{_MANNER}){{0,2}}|"
    r"(?:stayed|stays|remained|remains|was|is|came|comes|finished|ended|sat|sits)\s+"
    r"(?:(?:still|far|well|way|clearly|comfortably|just|narrowly|close)\s+){0,2}"
    r"(?:ahead|behind|next))\s+with|"
    r"(?:held|holds|had|took|takes|captured|claimed|accounted\s+for|commands?|commanded|"
    r"controls?|controlled))\s+" + _SHARE_FIGURE
)


# "Acme, which has no official dealer here, had less than 5 per cent", "Acme, whose cars
# arrive only through parallel imports, fell below 1%": a name opening a sentence, described by
# a relative clause, then given a part of the market.
_HOLDS_AFTER_ASIDE = re.compile(
    r",\s+(?:which|whose)\b[^,;:.!?]{1,80},\s+(?:(?:still|now|only)\s+)?(?:had|has|held|holds|"
    r"took|takes|controls?|controlled|accounted\s+for|accounts\s+for|(?:fell|slipped|dropped)\s+"
    r"(?:below|to)|rose\s+to|was\s+at)\s+(?:(?:less|more)\s+than\s+|about\s+|around\s+|just\s+|"
    r"under\s+|over\s+|nearly\s+|almost\s+)?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)"
)

# "Acme, which had 7.4%, slipped to fifth", "Acme, which still commands 8.9 per cent of the
# segment, was fourth": the relative clause after a name opening a sentence itself gives the
# name its part of the market (a figure's decimal point does not end the clause).
_HOLDS_IN_ASIDE = re.compile(
    r",\s+(?:which|that)\s+(?:(?:still|now|only|then|already)\s+)?(?:had|has|held|holds|took|"
    r"takes|captured|claimed|commands?|commanded|controls?|controlled|accounted\s+for|"
    r"accounts\s+for)\s+" + _SHARE_FIGURE
)


# "ranking third behind Acme and Borel", "held 38 percent, ahead of Acme, Borel and Cato",
# "remained well behind Acme": the names a ranking puts one behind or ahead of are its rivals
# in it, sellers of their own (the list of them up to the name in view).
# "the second-largest supplier after Acme Packs", "the third-largest operator there after Acme
# and Borel": the names a place below them is given after.
_RIVALS = (
    r"(?:behind|ahead\s+of|second\s+only\s+to|overt(?:ook|aking|akes?)|trail(?:s|ed|ing)?|"
    r"(?:second|third|fourth|fifth|sixth)[\s-](?:largest|biggest)\s+(?:[\w-]+\s+){0,3}?after)"
)
_RIVALS_BEFORE = re.compile(
    rf"\b{_RIVALS}\s+(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}},?\s+(?:and\s+)?){{0,4}}$"
)
_RIVALS_WORDS = ("behind", "ahead", "only", "overt", "trail", "after")

# "the first port of entry for these cars, ahead of Acme": a ranking of places has places
# for rivals.
_PLACE_RANKED = re.compile(
    r"\b(?:ports?|cities|city|countries|country|regions?|provinces?|hubs?|"
    rf"airports?|harbou?rs?|terminals?|destinations?)\b[^.;]*{_RIVALS}\b"
)

# "ahead of Acme's Model Y": the rival is the product, the name only its maker's.
_OWNS_RIVAL = re.compile(r"['’]s\s+[A-Z]")


# "Source: Acme Data, Beta Securities estimates": the line under a table or chart that names
# who the figures come from (an outlet's credit line, "Source: Acme Weekly | Editor: ...", is
# set with bars and names no source of the figures).
_SOURCE_LINE = re.compile(r"(?:Data\s+)?Sources?\s*:\s+[^|]*$")


# A row of a list that is a name and its figures alone, the name's words first: "Acme: 24.5%
# (28.0%)", "Borel Cells (Korea) - 14.6% (15.8%)" (a list's number may stand as a sentence of
# its own: "1.").
_ROW_NAME = re.compile(r"[^\W\d][\w&.'’ -]{0,60}?(?=\s*(?:\([^)]{1,30}\)\s*)?(?::|\s[-–—])\s)")
_ROW_FIGURES = re.compile(
    r"\s*(?:\([^)]{1,30}\)\s*)?(?::|\s[-–—])"
    r"(?:\s+(?:\d[\d.,]*\s?(?:%|pc|GWh|MWh|bn|m)|\(\d[\d.,]*\s?(?:%|pc)?(?:;\s*\d[\d.,]*\s?(?:%|pc)?)*\))"
    r"(?:\s+[-–—])?)+\s*$"
)
_LIST_NUMBER = re.compile(r"\d{1,2}[.)]")
# A bullet's mark before a row: "- Acme: 24.5% (28.0%)" is the row "Acme: 24.5% (28.0%)".
_BULLET = re.compile(r"[-–•*]\s+")


def ranking_rows(sentences: Sequence[Sentence]) -> frozenset[int]:
    """The indices of the sentences that are rows of a ranking written as a list: three rows
    or more in a row, each a name and its figures, one in percent at least, and nothing else
    ("Acme: 24.5% (28.0%)", "- Borel Cells - 14.6pc", a bullet's mark before it). Such a list
    ranks sellers by their share whether or not a sentence near it says "share"; one row alone
    ("Number of the week: 62%") ranks nothing."""
    run: list[int] = []
    out: set[int] = set()
    for s in [*sentences, None]:
        if s is not None and _LIST_NUMBER.fullmatch(s.text):
            continue  # "1." set apart from its row
        bullet = _BULLET.match(s.text) if s is not None else None
        name = (
            _ROW_NAME.match(s.text, bullet.end() if bullet else 0)
            if s is not None and ("%" in s.text or "pc" in s.text)
            else None
        )
        if s is not None and name and _ROW_FIGURES.match(s.text, name.end()):
            run.append(s.index)
            continue
        if len(run) >= 3:
            out.update(run)
        run = []
    return frozenset(out)


def share_talks(sentences: Sequence[Sentence]) -> list[bool]:
    """Whether each sentence talks of shares: it says so, or a ranking goes on in it. A
    ranking names its places ("ranked fifth with 4.9%") long after it last says "share", but
    an ordinal alone ("the second line runs at 80%") starts none."""
    talks = [share_talk(s.text) for s in sentences]
    for n, s in enumerate(sentences):
        if (
            not talks[n]
            and any(talks[max(0, n - 8) : n])
            and any(q.unit == "percent" for q in s.quantities)
            and cue.RANKED.search(s.text) is not None
        ):
            talks[n] = True
    return talks


def _placed_head(name: str) -> bool:
    """Whether a name is a place's or ends with a place's word ("Lower Saxony", "Western
    Australia"); "Atlantic Haulage" only opens with one."""
    last = name.rsplit(None, 1)[-1]
    return bool(country_of(last) or country_of(name)) or last.casefold() in PLACE_WORDS


def marked(
    sentence: Sentence, name: str, before: str, after: str, plain: set[str], governed: bool
) -> str:
    """The rule by which the words around `name` (between `before` and `after` in
    `sentence`) make it a company, or "": a ranking's place with a figure in percent, an
    apposition to a company's rival or customer, a place in a line naming the figures'
    sources, or the rivals a ranking puts one "behind" or "ahead of". Never a name of words
    the text writes in lower case as well (`plain`); after a preposition (`governed`), only
    the rivals of a ranking."""
    if (
        any(word in before for word in _RIVALS_WORDS)
        and _RIVALS_BEFORE.search(before)
        and not _PLACE_RANKED.search(before)
        and not _OWNS_RIVAL.match(after)
        and (
            any(q.unit == "percent" for q in sentence.quantities)
            or _PLACE_WORDS.search(sentence.text) is not None
        )
        # "behind South Korea" ranks a place; "after Atlantic Haulage", a name a place opens
        and not _placed_head(name)
        and not all(ordinary(w, plain) for w in name.split())
    ):
        return "ranked against"
    if cells_maker(name, before, after):
        return "maker of its cells"  # "a pack built from XQT cells"
    if (
        governed
        and (
            _SUPPLIED_BEFORE.search(before[-70:])
            or (
                (" " in name or ACRONYM.match(name) is not None)
                and _FROM_BEFORE.search(before[-40:]) is not None
            )
            or _COME_FROM_BEFORE.search(before[-110:])
        )
        and not any(country_of(w) or w.casefold() in PLACE_WORDS for w in name.split())
        and not all(ordinary(w, plain) or calendar(w.casefold()) for w in name.split())
    ):
        return "seller of cells"
    if (
        governed
        and _BOUGHT_FOR_BEFORE.search(before[-60:])
        and not after[:2].strip().isdigit()  # "packs for Class 8 trucks": a class, no buyer
        and not any(country_of(w) or w.casefold() in PLACE_WORDS for w in name.split())
        and not all(ordinary(w, plain) or calendar(w.casefold()) for w in name.split())
    ):
        return "buyer of cells"
    if governed:
        return ""
    if (
        sentence.text.startswith(("Source", "Data source"))
        and before.rstrip()[-1:] in ":,;"
        and after.strip()[:1] in ",;."  # "Acme estimates" may be the author's own, as "ours"
        and _SOURCE_LINE.match(sentence.text)
        and not all(ordinary(w, plain) for w in name.split())
    ):
        return "source of the figures"
    tail = before[-80:]
    if "," in tail and _RELATION_BEFORE.search(tail) and after[:1] in ",;.":
        return "" if all(ordinary(w, plain) for w in name.split()) else "rival or customer"
    placed = not any(country_of(w) or w.casefold() in PLACE_WORDS for w in name.split())
    if (
        after[:1] in ",;."
        and tail.endswith(" ")
        and placed
        and _RELATION_IS.search(tail)
        and not all(ordinary(w, plain) for w in name.split())
    ):
        return "rival or supplier"
    if (
        not before.strip()
        and placed
        and _HOLDS_AFTER_ASIDE.match(after)
        and not all(ordinary(w, plain) for w in name.split())
    ):
        return "share holder after an aside"
    if (
        (not before.strip() or before.rstrip().endswith((",", ";", ":")))
        and placed
        and _HOLDS_IN_ASIDE.match(after)
        and not all(ordinary(w, plain) or calendar(w.casefold()) for w in name.split())
        # "Imports, which had 40%": a plural opening a sentence is a noun
        and not (" " not in name and name.endswith("s") and name[-2:] != "ss")
    ):
        return "share holder after an aside"
    if (
        (not before.strip() or before.rstrip().endswith((",", ";", ":")))
        and _LEADS_AFTER.match(after)
        and not all(ordinary(w, plain) for w in name.split())
        and placed
        # "Imports remained the leader": a plural opening a sentence is a noun
        and not (" " not in name and name.endswith("s") and name[-2:] != "ss")
    ):
        return "market leader"
    if (
        (not before.strip() or before.rstrip().endswith((",", ";", ":")))
        and placed
        and _LEADS_WITH.match(after)
        and not all(ordinary(w, plain) for w in name.split())
        # "Imports led with 40%": a plural opening a sentence is a noun
        and not (" " not in name and name.endswith("s") and name[-2:] != "ss")
    ):
        return "ranked with a share"
    if (
        not before.strip()
        and placed
        and _PLACE_APPOSED_ALONE.match(after)
        and not all(ordinary(w, plain) for w in name.split())
    ):
        return "ranked with a share"
    if not any(q.unit == "percent" for q in sentence.quantities):
        return ""
    if all(ordinary(w, plain) for w in name.split()):
        return ""
    if not before.strip() and " " not in name and name.endswith("s") and name[-2:] != "ss":
        return ""  # "Exports came second with 12%": a plural opening a sentence is a noun
    if _PLACE_WORDS.search(sentence.text) is None:
        return ""
    if (
        _PLACE_AFTER.match(after)
        or _PLACE_APPOSED.match(after)
        or (
            _FIGURE_AFTER.match(after) is not None
            and _PLACE_BEFORE.search(before[-30:]) is not None
        )
    ):
        return "ranked with a share"
    return ""


# The sentences a broker's report closes with, required of it by its regulator: the firm's
# business with the companies covered, its positions in their securities, the analysts'
# certification of their views.
_NOTICE = re.compile(
    r"\bseeks\s+to\s+do\s+business\s+with\s+companies\s+covered\b|"
    r"\bmay\s+(?:hold|have)\s+(?:a\s+)?(?:long\s+or\s+short\s+)?positions?\s+in\s+the\s+securities\b|"
    r"\bcertif(?:y|ies)\s+that\s+the\s+views\s+expressed\b",
    re.I,
)
_NOTICE = gated(_NOTICE, "business positions certif")


def notice(text: str) -> bool:
    """Whether a sentence is a research report's legal notice."""
    return _NOTICE.search(text) is not None
