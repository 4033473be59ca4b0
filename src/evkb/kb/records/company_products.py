"""Words of news copy that make a capitalised name a product rather than a company: a product's
noun after it, set in apposition to it, or owned by it; and a model's code after a maker's name.

Read through `company_cues` (as `cue.X`) like the rest of the cues on a name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from evkb.kb.records.sentences import Sentence

# "A second cell, the Sorrel Pro,", "the Paxley Dart, a small crossover", "the pack offered,
# the Sorrel Power 60": a name set in apposition to a product's noun (or to the noun and the
# participle that says which one) names the product.
_PRODUCT_NOUN = (
    r"(?:cell|battery|pack|model|car|crossover|SUV|sedan|hatchback|pickup|truck|bus|scooter|"
    r"e-?bike|motorcycle|moped|module|system|version|generation|chemistry|product)s?"
)
PRODUCT_APPOSED_BEFORE = re.compile(
    rf"\b{_PRODUCT_NOUN}(?:\s+[a-z]+(?:ed|en))?,\s+(?:the|its|their)\s+$", re.I
)
PRODUCT_APPOSITION_AFTER = re.compile(
    # the product noun heads the apposition: punctuation or a linking word follows it, not
    # another noun ("a Swiss battery systems specialist" is a company)
    # ("a lithium manganese iron phosphate (LMFP) cell": a chemistry's words and its initials)
    rf"^,\s+(?:a|an|the|its)\s+(?:(?:[\w-]+\s+){{0,3}}?|(?:[a-z-]+\s+){{1,4}}\([A-Z]{{2,5}}\)\s+)"
    rf"{_PRODUCT_NOUN}"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:with|that|which|for|from|of|in|on|by|whose|powered|built|made|"
    r"launched|due|set|sold|using|rated|aimed|designed)\b)",
    re.I,
)
PRODUCT_AFTER = re.compile(
    r"^(?:\s+[\d.]+)?\s+(?:battery|batteries|cell|cells|pack|packs|platform|chemistry|SUV|SUVs|sedan|"
    r"crossover|crossovers|hatchback|pickup|model|models|concept|EV\b|car|cars|vehicle|truck)\b"
    r"(?!\s+(?:plant|plants|factory|factories|gigafactory|facility|site|unit|business|division|arm|"
    r"subsidiary|venture|maker|makers|supplier|suppliers|production|output|sales)\b)"
)
# "Halvern Cells unveils Pellwyn P2 pack": a word another company launches with a model's code
# and a battery's noun after it is the line's name, not the maker's ("The Acme S2 battery, sold
# under the importer's own brand" may be a maker's).
_LAUNCHED_BEFORE = re.compile(
    r"\b(?:unveil|launch|present|introduc|show)(?:s|es|ed|ing)?\s+(?:(?:the|its|a|an|new)\s+)*$"
)
_LINE_CODE_AFTER = re.compile(
    r"^\s+[A-Z][A-Za-z]?\d[\w.-]*(?:\s+(?:LFP|LMFP|NMC|NCM|NCA|LMR))?\s+"
    r"(?:battery|batteries|cells?|packs?)\b"
)
# "Dazononi Auto's LFP cells", "Vapag's new Allegro battery": whose product it is. The words
# between describe the product, no phrase of their own: "Brisca's hopes of a battery cluster",
# "the region's busiest place for battery investment" are a place's.
MAKER_OF = re.compile(
    r"^['’]s?\s+(?:(?!(?:of|for|in|on|at|to|from|with|a|an|the)\s)[\w-]+\s+){0,3}?"
    r"(?:battery|batteries|cells?|packs?|plants?|factory|factories|gigafactory)\b",
    re.I,
)
# "the Acme Carts G4 Lithium", "Acme Scooters V3", "an Acme RX5000": a model's code (a capital
# and a digit in one word) after a capitalised name; the words before it name the model's maker.
MODEL_CODE = re.compile(r"[A-Z][A-Za-z]*-?\d[\w.-]*")
MODEL_CODE_AFTER = re.compile(r"^\s+[A-Z][A-Za-z]*-?\d[\w.-]*(?![\w'’])")
# The figures of a product's specification ("the Acme RX5000, 4.8 kWh, 6,000 cycles").
_SPEC_UNITS = frozenset("kWh Wh/kg Wh/L cycle km mi".split())
_DESCRIBING = re.compile(r"\w-[a-z]+$")
_OWNED_BEFORE = re.compile(r"\b(?:its|their|our|his|her|calls?|called|named|dubbed)\s+(?:the\s+)?$")


def model_maker(sentence: Sentence, name: str, before: str, after: str) -> bool:
    """Whether a name is a maker's, its model's code after it ("the Acme RX5000, 4.8 kWh")
    in a sentence giving the model's specification. Not a
    product line someone else owns or names ("its Acme K600", "a cell it calls Acme A1"), nor
    one a product noun is set beside ("the Acme E12, a 12-metre model that Beta builds"), nor
    where it was made ("the Brisca-built V3")."""
    code = MODEL_CODE_AFTER.match(after)
    return (
        code is not None
        and _DESCRIBING.search(name) is None
        and any(q.unit in _SPEC_UNITS for q in sentence.quantities)
        and _OWNED_BEFORE.search(before) is None
        and PRODUCT_APPOSITION_AFTER.match(after[code.end() :]) is None
        # "Marrodo R2 | Acme Motors | 4.2 kWh": a table's row gives the maker a cell of its own
        and after[code.end() :].lstrip(" ")[:1] not in ("|", "\t")
    )


# The last words of a maker's name that no product's name ends with: "the Acme Motors
# crossover", "a pack with Acme Energy Solution cells" are the maker's products, named by it.
_MAKER_HEADS = frozenset(
    "motors motor automotive automobiles auto solution solutions group industries corporation "
    "corp company co holdings".split()
)


def maker_head(words: list[str]) -> bool:
    """Whether a name of two words or more ends with a maker's head word ("Acme Motors",
    "Acme Energy Solution"), so a product's noun after it is its product, not its name."""
    return len(words) > 1 and words[-1].rstrip(".,").casefold() in _MAKER_HEADS


def product_after(before: str, after: str) -> bool:
    """Whether the words after a name (`before` and `after` it) make it a product's: a
    product's noun, or a model's code and a battery's noun after a word another company
    launches ("unveils Pellwyn P2 pack")."""
    return bool(
        PRODUCT_AFTER.match(after)
        or (_LINE_CODE_AFTER.match(after) and _LAUNCHED_BEFORE.search(before))
    )
