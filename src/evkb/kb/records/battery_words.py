"""How a battery's chemistry and generation are written, and when two written names are one:
chemistry labels ("lithium iron phosphate" is LFP), generation numbers ("second-generation",
"Gen 2", "Qinglan II") and a spelling key that ignores British and American spelling."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from evkb.kb.extract.gates import folded, folded_pattern, holds_any
from evkb.kb.numberwords import ORDINALS

# The chemistries' table lives in `battery_chemistries`; its names stay importable from here.
from evkb.kb.records.battery_chemistries import _CHEMISTRIES as _CHEMISTRIES
from evkb.kb.records.battery_chemistries import _CHEMISTRY as _CHEMISTRY
from evkb.kb.records.battery_chemistries import SPEC_CHEMISTRY
from evkb.kb.records.battery_chemistries import chemistry_label as chemistry_label

# The nouns a battery product is written with, and the cell formats that may precede them.
# A stationary product is sold as a "storage system" or "storage container" of its cells.
_NOUN = (
    r"(?:battery|batteries|cell|cells|pack|packs|battery\s+pack|battery\s+cells?|"
    r"(?:energy\s+)?storage\s+(?:systems?|units?|containers?))"
)
_FORMAT = r"(?i:pouch|prismatic|cylindrical|blade|coin)"
# Where a product or a maker's line is named after its owner or a determiner ("Acme's ...",
# "its ...", "the ...", "a 60 kWh ..."): at an apostrophe or one of these words before a space
# (case aside, as the folded text is read; more places do no harm).
# (Each alternative opens with a plain character, so `re` skips to where one stands.)
_LEADS = re.compile(r"'|’|the\s|its\s|their\s|our\s|an?\s|new\s|whose\s")


@lru_cache(maxsize=256)  # asked of a sentence by the product, line, format and generation patterns
def product_leads(text: str) -> tuple[int, ...]:
    """The places where a match of a pattern that opens with such a lead can start (see
    `gates.finditer_at`): one scan a sentence instead of one a pattern."""
    return tuple([m.start() for m in _LEADS.finditer(folded(text))])


_GRADE = re.compile(r"(?:NMC|NCM|NCA|NCMA)[\s-]?\d{2,3}", re.I)
# What SPEC_CHEMISTRY reads that _CHEMISTRY does not holds one of these words or a grade run
# into its letters (see `gates`).
_SPEC_ONLY_WORDS = (
    *("semi", "quasi", "phosphate", "lifepo", "na-ion", "electrolyte"),
    # a grade before a family ("high-nickel NMC"), a cathode's grade in figures ("nickel 811"),
    # a formula, and the families no name carries (see `battery_chemistries._NOT_IN_NAMES`)
    *("high-nickel", "high nickel", "rich", "811", "622", "532", "523"),
    *("lifemnpo", "limnfepo", "licoo", "limn2o", "li4ti", "anode-free", "-air", " air"),
    *("potassium", "zinc"),
)
_GRADE_RUN = re.compile(r"(?:NMC|NCM|NCA)\d", re.I)
_GRADE_RUN = folded_pattern(_GRADE_RUN)


def spec_chemistries(text: str) -> Iterator[re.Match[str]]:
    """The chemistries a spec sentence states ("chem" or "grade" group), read with the
    narrower pattern where the text holds none of the wider one's words."""
    wide = holds_any(text, _SPEC_ONLY_WORDS) or _GRADE_RUN.search(text) is not None
    return (SPEC_CHEMISTRY if wide else _CHEMISTRY).finditer(text)


# "second-generation", "2nd-gen", "Gen 2", "Gen2", "Generation 2": one generation, written
# the ways news copy writes it.
_GENERATION_NUMBER = re.compile(
    r"\b(?:(?P<word>first|second|third|fourth|fifth|sixth)|(?P<nth>\d)(?:st|nd|rd|th))"
    r"[\s-]gen(?:eration)?\b|\bgen(?:eration)?[\s-]?(?P<num>\d)\b"
    # "Vortix 2", "Blade 2.0": a name's own number is its generation.
    r"|(?<=[A-Za-z])\s(?P<own>\d)(?:\.0)?$"
    # "Qinglan II": the same in Roman numerals.
    r"|(?<=[A-Za-z])\s(?P<roman>(?-i:II|III|IV))$",
    re.I,
)
_ROMAN = {"II": 2, "III": 3, "IV": 4}
_NOUN_WORDS = re.compile(r"\b(?:battery|batteries|cells?|packs?|battery\s+packs?)\b", re.I)


@lru_cache(maxsize=4096)  # (see `spelling_key`)
def generation_number(name: str) -> tuple[int, str]:
    """The generation a name numbers (0 when none) and the name without it."""
    found = _GENERATION_NUMBER.search(name)
    if found is None:
        return 0, name
    word = found.group("word")
    number = (
        ORDINALS[word.lower()]
        if word
        else _ROMAN[found.group("roman")]
        if found.group("roman")
        else int(found.group("nth") or found.group("num") or found.group("own"))
    )
    rest = (name[: found.start()] + " " + name[found.end() :]).strip(" -")
    return number, " ".join(rest.split())


@lru_cache(maxsize=4096)  # asked of every product named before, for each name read
def spelling_key(name: str) -> str:
    """Names equal up to case, hyphens, British/American spelling, generic words and the way a
    generation is numbered ("second-generation Skarv", "Skarv Gen 2")."""
    number, name = generation_number(name)
    words = [
        w
        for w in re.split(r"[\s-]+", name.lower())
        if w not in ("battery", "batteries", "cell", "cells", "pack", "packs", "version", "the")
    ]
    text = (f"gen{number}" if number else "") + "".join(words)
    for british, american in (
        ("isation", "ization"),
        ("ise", "ize"),
        ("our", "or"),
        ("tre", "ter"),
        ("yse", "yze"),
    ):
        text = text.replace(british, american)
    return text
