"""The other names copy gives a battery product: "also called", a generation's apposed name,
and a name given in a sentence of its own ("It's called Saltmarsh.")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.battery_name_checks import _name_ok, without_maker
from evkb.kb.records.context import Sentence

# "The second-generation VoltCore, also called the VoltCore 2, ...": one product, two names.
ALSO_CALLED = re.compile(
    r"(?P<name>(?:(?:first|second|third|fourth|fifth|next)[\s-]generation\s+)?"
    r"[A-Z][\w.+™®-]*(?:\s+[A-Z0-9][\w.+™®-]*){0,2}),?\s+(?:also\s+(?:called|known\s+as|"
    r"sold\s+as|branded(?:\s+as)?)|internally\s+called)\s+(?:the\s+)?[\"“‘]?"
    r"(?P<alias>[A-Z][\w.+™®-]*(?:\s+[A-Z0-9][\w.+™®-]*){0,2})"
)

# "The next-generation Capstone, Capstone Plus, moves to LMFP": a generation and its name.
_GENERATION_APPOSED = re.compile(
    r"(?P<name>\b(?:first|second|third|fourth|fifth|next)[\s-]generation\s+[A-Z][\w.+™®-]*),\s+"
    r"(?P<alias>[A-Z][\w.+™®-]*(?:\s+[A-Z0-9][\w.+™®-]*){0,2}),"
)


def same_product(text: str) -> list[re.Match[str]]:
    """The places a sentence gives one product two names ("name" and "alias" groups)."""
    # Each pattern holds a word most sentences lack: tested first, being much cheaper.
    also = "also" in text or "internally" in text
    return [
        *(ALSO_CALLED.finditer(text) if also else ()),
        *(_GENERATION_APPOSED.finditer(text) if "generation" in text else ()),
    ]


# "... a sodium-ion cell for storage only. It's called Saltmarsh.": a name given in a sentence
# of its own to the product the sentence before described (a speaker's "Yes." may sit between).
_IT_IS_CALLED = re.compile(
    r"^(?:(?:Yes|So|Well|And|Internally),?\s+)?(?:It|This\s+one|The\s+new\s+one)(?:['’]s|\s+is)\s+"
    r"(?:called|named|dubbed|christened|code-?named|branded)\s+(?:the\s+)?[\"“‘]?"
    r"(?P<name>[A-Z][\w.+™®-]*(?:\s+[A-Z0-9][\w.+™®-]*){0,2})"
)
_DESCRIBED = re.compile(r"batter|cell|pack|prismatic|pouch|product", re.I)


def named_after(sentence: Sentence, before: Sequence[Sentence]) -> list[tuple[str, int, int, str]]:
    """The product "It's called X" names, when one of the two sentences before speaks of a
    battery product; else nothing."""
    text = sentence.text
    if "alled" not in text and "amed" not in text and "dubbed" not in text and "isten" not in text:
        return []
    found = _IT_IS_CALLED.match(SPEAKER.sub("", text, count=1))
    if not found or not any(_DESCRIBED.search(s.text) for s in before[-2:]):
        return []
    name = found.group("name").rstrip(".")
    at = text.find(name)
    # "It's called the Acme Brennock 5": the product after its maker's name.
    name = without_maker(name, at, sentence)
    at = text.find(name, at)
    if not _name_ok(name, sentence):
        return []
    return [(name, at, at + len(name), "named")]


# A transcript's speaker label: "Seo-yun Bae: ", "Ansel Quinby, Ashwell Securities: ".
SPEAKER = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s+[^:]{2,60})?:\s+")
