"""A company a sentence names by the first words of its name only ("Temova Power" for
"Temova Power Technology"), looked up through the sentence's own words so that the cost of
a sentence does not grow with the number of companies the document names."""

from __future__ import annotations

import re

from evkb.kb.extract.gates import has_phrase


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
