"""A company a sentence names by the first words of its name only ("Temova Power" for
"Temova Power Technology"), looked up through the sentence's own words so that the cost of
a sentence does not grow with the number of companies the document names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.gates import has_phrase
from evkb.kb.records.context import Sentence


def short_named(text: str, names: dict[str, str]) -> str:
    """The one company whose name the text gives without its last words, "Temova Power"
    for "Temova Power Technology" (a short form not read as a mention), else ""."""
    found = set()
    shorts = _shorter_names(names)
    for word in set(_WORD_RUN.findall(text)).intersection(shorts):
        for ident, forms in shorts[word]:
            if ident not in found and any(has_phrase(text, form) for form in forms):
                found.add(ident)
    return found.pop() if len(found) == 1 else ""


_WORD_RUN = re.compile(r"\w+")
# The names `short_named` last indexed and their index: one document's names serve every
# sentence of it (the dict is kept, so no other dict takes its identity).
_SHORTS: list = [None, 0, {}]


def _shorter_names(names: dict[str, str]) -> dict[str, list[tuple[str, list[str]]]]:
    """Each company's names without their last words (longest first, two words at least),
    under the first run of word characters they start with: a text can give one only if it
    holds that run as a whole word, so a sentence is tested against its own words' companies
    and not against every company of the document."""
    if _SHORTS[0] is names and _SHORTS[1] == len(names):
        return _SHORTS[2]
    index: dict[str, list[tuple[str, list[str]]]] = {}
    for ident, name in names.items():
        words = name.split()
        forms = [" ".join(words[:n]) for n in range(len(words) - 1, 1, -1)]
        first = _WORD_RUN.search(forms[-1]) if forms else None
        if first:
            index.setdefault(first.group(), []).append((ident, forms))
    _SHORTS[:] = [names, len(names), index]
    return index


def unread_owner(
    sentence: Sentence, at: int, sentences: Sequence[Sentence], names: dict[str, str]
) -> str:
    """The company a short form the mentions did not read gives as the product's owner: its
    possessive right before the name ("Brenhold's first product, the BH-7"), else, for a product
    "its" governs in a sentence naming no company, the subject a sentence since the last one
    naming a company opens with ("Salmora Verde says it ... The line starts production. Its
    first product, the Pikestone cell, ..."); "" when no short form names one company."""
    text = sentence.text
    if "'" in text or "’" in text:
        own = _POSSESSIVE.search(text, max(0, at - 60), at)
        if own and not any(
            a < own.end("who") and own.start("who") < b for _, a, b in sentence.mentions
        ):
            return _short_owner(own.group("who"), names)
    if sentence.mentions or not _ITS.search(text, max(0, at - 40), at):
        return ""
    for earlier in reversed(sentences[max(0, sentence.index - 3) : sentence.index]):
        if earlier.mentions:
            return ""
        subject = _SUBJECT.match(earlier.text)
        if subject and (owner := _short_owner(subject.group("who"), names)):
            return owner
    return ""


# "Brenhold's first product, the ", "Brenhold's new ": a name's possessive before the product's.
_POSSESSIVE = re.compile(
    r"\b(?P<who>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})['’]s\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:[a-z][\w-]*,\s+(?:the\s+)?)?$"
)
_ITS = re.compile(r"\b(?:Its|its)\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+,\s+(?:the\s+)?)?$")
# A sentence opening with its subject, a name, and a verb: "Salmora Verde says it ...".
_SUBJECT = re.compile(
    r"^(?P<who>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+(?:says|said|is|was|has|had|will|plans|"
    r"planned|expects|expected|announced|reported|opened|began|started)\b"
)


def _short_owner(who: str, names: dict[str, str]) -> str:
    """The one company whose name starts with the words `who` and goes on ("Brenhold" for
    "Brenhold Cells"), else ""."""
    first = _WORD_RUN.match(who)
    if not first:
        return ""
    owners = {
        ident
        for ident, name in _by_first_word(names).get(first.group(), ())
        if name.startswith(who + " ")
    }
    return owners.pop() if len(owners) == 1 else ""


_FIRSTS: list = [None, 0, {}]


def _by_first_word(names: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    """Each company's id and name under its name's first run of word characters, kept for the
    document's names as `_shorter_names` keeps its index."""
    if _FIRSTS[0] is names and _FIRSTS[1] == len(names):
        return _FIRSTS[2]
    index: dict[str, list[tuple[str, str]]] = {}
    for ident, name in names.items():
        first = _WORD_RUN.match(name)
        if first:
            index.setdefault(first.group(), []).append((ident, name))
    _FIRSTS[:] = [names, len(names), index]
    return index
