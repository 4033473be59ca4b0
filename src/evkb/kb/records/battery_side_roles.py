"""Whether the company last in view is named in a role beside the article's own: the source
of a figure ("according to the trade association Pellova") or a partner ("Our technology
partner is Kovra Cells"). Such a company does not make the product that a sentence naming no
company speaks of next; the company the article is about does."""

from __future__ import annotations

import re

from evkb.kb.records.context import Resolver, Sentence


def named_beside(focus: str, sentence: Sentence, at: int, resolver: Resolver) -> bool:
    """Whether `focus`, the company in view, is named in such a role in the nearest earlier
    sentence naming a company, and the sentence (before `at`) does not refer to it by "its"
    ("Rival Kovra offers its Velmo SUV. Its Long Range model ...": "its" is that company)."""
    if _ITS.search(sentence.text, 0, at):
        return False
    for earlier in reversed(resolver.sentences[max(0, sentence.index - 4) : sentence.index]):
        if not earlier.mentions:
            continue
        starts = [a for ident, a, _ in earlier.mentions if ident == focus]
        return bool(starts) and bool(
            _SIDE_ROLE.search(earlier.text, max(0, starts[0] - 60), starts[0])
        )
    return False


# ("It's called ..." is no reference to the company: "it is".)
_ITS = re.compile(r"\b(?i:its?|their|they)\b(?!['’])")
# The words naming a company as a source of figures or a partner, right before its name.
_SIDE_ROLE = re.compile(
    r"\b(?i:partners?(?:\s+is)?|according\s+to\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:association|consultancy|research\s+firm|analysts?)|"
    # "We buy lithium iron phosphate cells from Kovra": the seller of what the company buys.
    r"(?:buy|buys|bought|source|sources|sourced|purchase|purchases|purchased)\s+"
    r"(?:[\w-]+\s+){0,5}?from)\s+$"
)
