"""Whether the company last in view is named in a role beside the article's own: the source
of a figure ("according to the trade association Pellova"), a partner ("Our technology
partner is Kovra Cells"), a lender or a customer, by the words before its name ("the state
development bank Kovra") or after it ("Kovra is lending it PLN 250 million", "The largest,
Kovra, uses our cells"), or a rival named only with its share of the market ("Kovra had
roughly 40 per cent"). Such a company does not make the product that a sentence naming no
company speaks of next; the company the article is about does."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.context import Resolver, Sentence
from evkb.kb.records.share_story import DATELINE_PLACE


def named_beside(focus: str, sentence: Sentence, at: int, resolver: Resolver) -> bool:
    """Whether `focus`, the company in view, is named in such a role in the nearest earlier
    sentence naming a company, and the sentence (before `at`) does not refer to it by "its"
    ("Rival Kovra offers its Velmo SUV. Its Long Range model ...": "its" is that company). A
    rival the article only ranks its company against is none "its" refers to (`ranked_only`)."""
    its = bool(_ITS.search(sentence.text, 0, at))
    for earlier in reversed(resolver.sentences[max(0, sentence.index - 4) : sentence.index]):
        if not earlier.mentions:
            continue
        spans = [(a, b) for ident, a, b in earlier.mentions if ident == focus]
        if not spans:
            return False
        before = max(0, spans[0][0] - 60)
        if ranked_only(
            focus, resolver.sentences[max(0, sentence.index - _RANKED_BACK) : sentence.index]
        ):
            return True
        return not its and bool(
            _SIDE_ROLE.search(earlier.text, before, spans[0][0])
            or _GIVES.match(earlier.text, spans[-1][1])
        )
    return False


# How far back a rival's mentions are read: a bounded window, whatever the text's length.
_RANKED_BACK = 20


def ranked_only(focus: str, sentences: Sequence[Sentence]) -> bool:
    """Whether every sentence of `sentences` naming `focus` gives it a share of a market with
    a percent after its name ("Kovra had roughly 40 per cent; they were the leader", "Kovra
    led the segment with 21.5 per cent"): a rival the article ranks its own company against,
    whom "its" next does not name ("Its newest pack, the K-9, ..." is the article's
    company's)."""
    seen = False
    for sentence in sentences:
        ends = [end for ident, _, end in sentence.mentions if ident == focus]
        if not ends:
            continue
        if not _SHARE_WORD.search(sentence.text) or not any(
            _FIGURE_AFTER.match(sentence.text, end) for end in ends
        ):
            return False
        seen = True
    return seen


def side_named(sentences: Sequence[Sentence]) -> frozenset[str]:
    """The companies a text names anywhere in such a role: a product the text gives no maker is
    not theirs ("- KV-280: a 280 Ah cell" on a page where "our shareholder Kovra" owns part of
    the company the page is about)."""
    return frozenset(
        ident
        for sentence in sentences
        for ident, start, end in sentence.mentions
        if _SIDE_ROLE.search(sentence.text, max(0, start - 60), start)
        or _GIVES.match(sentence.text, end)
    )


def side_parties(focus: str, sentences: Sequence[Sentence]) -> frozenset[str]:
    """The companies that are not the article's own when `focus` is named in a side role: that
    one, and a place the dateline names ("KARACHI: ..."), which the text may read as a name."""
    places = {
        ident
        for sentence in sentences[:3]
        for ident, start, _ in sentence.mentions
        if DATELINE_PLACE.match(sentence.text, start)
    }
    return frozenset([focus, *places])


# ("It's called ..." is no reference to the company: "it is".)
_ITS = re.compile(r"\b(?i:its?|their|they)\b(?!['’])")
# The words naming a company as a source of figures or a partner, right before its name.
_SIDE_ROLE = re.compile(
    r"\b(?i:partners?(?:\s+is)?|"
    # "the state development bank Kovra", "our customer Kovra": who lends or buys; "rival
    # Kovra", "our shareholder Kovra": a competitor, an owner, whose products are their own.
    r"(?:lender|bank|customer|client|rival|competitor|shareholder)s?|"
    r"according\s+to\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:association|consultancy|research\s+firm|analysts?)|"
    # "We buy lithium iron phosphate cells from Kovra": the seller of what the company buys.
    r"(?:buy|buys|bought|source|sources|sourced|purchase|purchases|purchased)\s+"
    r"(?:[\w-]+\s+){0,5}?from)\s+$"
)

# A percent in the clause after a holder's name: "had roughly 40 per cent", " (31.2%)".
_FIGURE_AFTER = re.compile(r"[^.;!?]{0,50}?\d+(?:[.,]\d+)?\s*(?:%|per\s*cent\b|percent\b)")
_SHARE_WORD = re.compile(
    r"\b(?i:shares?|market|segment|lead(?:er|s|ing)?|led|rank(?:s|ed|ing)?|place|first|"
    r"second|third|ahead|behind)\b"
)

# A lender or a customer: the company gives the article's company money or buys what it makes,
# in the words right after its name ("the state bank Orvel is lending it PLN 250 million", "The
# largest, Orvel, uses our cells"); not one the passive says is given money ("Orvel, which is
# backed by ...").
_GIVES = re.compile(
    r"(?:,\s+[^,]{1,40},)?,?\s+(?:which\s+|that\s+)?"
    r"(?:(?:is|are|has|have|will|would)\s+(?:also\s+)?)?"
    r"(?:(?:lend(?:s|ing)?|lent|loan(?:s|ed)?|grant(?:s|ed|ing)?|guarantee(?:s|d)?|"
    r"back(?:s|ed|ing)?|financ(?:es|ed|ing)|fund(?:s|ed|ing)?|subsidi[sz](?:es|ed|ing))"
    r"\b(?!\s+by\b)|"
    r"(?:uses?|buys?|takes?|bought)\s+(?:our|its|their|the\s+company['’]s)\s)"
)
