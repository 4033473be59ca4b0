"""An older generation named beside the product in view with no figure of its own: "the line
will also keep making the older QZ-31", "replacing the cells of the original Kestrin", "after the
first-generation Tamsel product was launched in 2024", "up from 15 kWh in the current Tamsel 15".
The words before the name say it is another product of the one maker (the one it replaces,
the one still made, the first of the line), and its name says it is of the same line (its
name without the model's mark, or a model code's letters): it is a generation of the product
in view's maker, whether or not the sentence states a figure of it. Named alone right after
"replaces the" ("It replaces the TE-Bus 2, a 350 kWh pack launched in 2023"), it takes the
figures written after its name, which are its own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.battery_candidates import name_unfit
from evkb.kb.records.battery_figures import older_product, same_line
from evkb.kb.records.context import Sentence
from evkb.model import Battery, Fact

# The words that set an older product beside the one in view, then its name (one to three
# words, a capital each, the first a capital): "the older QZ-31", "its original Kestrin",
# "replaces the 4,000-cycle Tamsel", "its predecessor, the Tamsel".
_PREDECESSOR = re.compile(
    r"\b(?:(?:the|its|their)\s+(?:original|first[\s-]generation|previous|older|earlier|current|"
    r"existing|outgoing)\s+|"
    r"(?:replac(?:es|ed|ing)|succeeds|supersedes)\s+(?:the|its|their)\s+"
    r"(?:[\d.,]+[\s-]?[\w/]+\s+)?|"
    r"predecessor,?\s+(?:the\s+)?)"
    r"(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2})"
)
# "costs 20% less than the original Tamsel pack", "Compared with the predecessor QZ-2": the
# measure the product in view is compared with, which the copy does not present as a product.
_COMPARED = re.compile(r"\b(?i:than|compared\s+(?:to|with)|versus|vs\.?|unlike)\s+(?:[\w-]+\s+)?$")
# Cheap tests that spare the pattern most sentences.
_WORDS = (
    "original",
    "generation",
    "previous",
    "older",
    "earlier",
    "current",
    "existing",
    "outgoing",
    "replac",
    "succeeds",
    "supersedes",
    "predecessor",
)


def predecessors_named(
    batteries: dict[str, Battery],
    active: str,
    sentence: Sentence,
    sentences: Sequence[Sentence],
    source: str,
) -> None:
    """Makes each older generation of the product in view (`active`) the sentence names so,
    with the maker of the product in view; a name of the product itself, or of another line,
    is none."""
    current = batteries[active]
    text = sentence.text
    if not current.maker or not any(word in text for word in _WORDS):
        return
    for match in _PREDECESSOR.finditer(text):
        if _COMPARED.search(text, max(0, match.start() - 30), match.start()):
            continue
        name = match.group("name").rstrip(".")
        # (never the product's own name, nor a chemistry's, a grade's or a quarter's: "the
        # current NMC cells" beside the "NMC 811" cell)
        if not name_unfit(name) and same_line(name, current.name):
            older_product(batteries, current, name, sentence, sentences, source)


# "It replaces the TE-Bus 2, a 350 kWh pack launched in 2023": the words that set the older
# product the sentence names right after them.
_REPLACES = re.compile(
    r"\b(?:replac(?:es|ed|ing)|succeeds|supersedes)\s+(?:the|its|their)\s+$", re.I
)


def replaced_own(text: str, at: int, older: list[tuple[int, Fact]]) -> list[tuple[int, Fact]]:
    """The figures read as an older product's (`older`) after its name, when the product named
    at `at` is that older one: a sentence naming it alone right after "replaces the" ("It
    replaces the TE-Bus 2, a 350 kWh pack") gives its own figures, not the product in view's."""
    if not older or _REPLACES.search(text, max(0, at - 30), at) is None:
        return []
    return [(p, f) for p, f in older if p > at]
