"""A company's units named by the words around a name: "its battery unit, Acme", "Acme
Energy, the battery unit of ...", "through the Acme unit". A unit noun says the name is an
organisation's part, where the same name after a possessive ("Borel's Acme unit") would read
as a product; and the unit's owner, named by its possessive or by the unit's "of" ("the
battery arm of Borel", "the venture of Borel and Ostkel"), is a company.
"""

from __future__ import annotations

import re

from evkb.kb.records.company_cues import ATTRIBUTIVE_AFTER
from evkb.kb.records.company_relations import CALLED, UNIT_AFTER, UNIT_BEFORE, UNIT_NOUNS
from evkb.kb.records.context import PLACE_WORDS, country_of

# The nouns of a company's part; "unit sales", "unit price" count things sold, not a part.
_UNIT = (
    r"(?:unit|subsidiary|arm|affiliate|division)\b"
    r"(?!\s+(?:sales|prices?|costs?|volumes?|economics|shipments|of\s+(?:energy|capacity))\b)"
)
# "the Acme unit", "its Acme subsidiary", "Borel's Acme unit": the name between a determiner
# and a unit noun is the unit's own.
_NAMED_BEFORE = re.compile(r"(?:^|\b(?:the|its|their)\s+|[A-Z][\w&-]*['’]s\s+)$")
# "at its Drevin unit", "in the Borel unit": a plant, where things are made.
_SITE_BEFORE = re.compile(
    r"\b(?:at|in|from|near|to|into)\s+(?:the|its|their|[A-Z][\w&-]*['’]s)\s+$"
)
_NAMED_AFTER = re.compile(rf"^\s+(?:battery\s+|cell\s+|cells\s+)?{_UNIT}")


def _placed(name: str) -> bool:
    """Whether a word of the name is a country's or a place word's ("China's state arm")."""
    return any(country_of(w) or w.casefold() in PLACE_WORDS for w in name.split())


def named_unit(name: str, before: str, after: str) -> bool:
    """Whether the name is a unit's own, written between a determiner and a unit noun ("sells
    through the Acme unit", "Borel's Acme unit supplied 24%")."""
    return (
        _NAMED_AFTER.match(after) is not None
        and _NAMED_BEFORE.search(before[-40:]) is not None
        and not _placed(name)
        and _SITE_BEFORE.search(before[-40:]) is None
    )


def unit_role(name: str, last: str, before: str, after: str) -> str | None:
    """Whether the words around a name make it a company's unit: None if not, else what the
    unit makes ("battery" for "its battery unit, Acme Fenutapal,"), "" when unsaid. `last` is
    the word before the name, case folded. The forms: "its battery unit, Acme Fenutapal,",
    "Acme's cathode arm Borel", "Acme Energy, the battery unit of ...", "through the Acme
    unit", "a venture, to be called Ultiva,"."""
    if last.rstrip(",") in UNIT_NOUNS:
        unit = UNIT_BEFORE.search(before)
        if unit:
            return unit.group("what") or ""
    apposed = UNIT_AFTER.match(after)
    if apposed:
        return apposed.group("what") or ""  # "Acme Energy, the battery unit of Borel,"
    if named_unit(name, before, after) or (
        last in ("called", "named", "as", "dubbed") and CALLED.search(before)
    ):
        return ""
    return None


# After the owner: "Acme's Borel unit", "Acme's Velko battery arm", "Acme's joint venture
# with Borel", "Acme's new cathode subsidiary": what holds a unit or a venture is a company.
_OWNS_UNIT = re.compile(
    r"^['’]s\s+(?:(?:new|own|former|local|European|Chinese|American|battery|cells?|cathode|"
    r"anode|recycling|storage|materials|energy)\s+|[A-Z][\w&.-]*\s+){0,3}"
    rf"(?:joint[\s-]+ventures?\b|{_UNIT})"
)


# Words before a term a document calls its own company by: "the Issuer's subsidiary".
_TERM_BEFORE = frozenset("the this that its their our".split())


# Before the owner: "Borel, the battery arm of Acme", "a joint venture of Acme and Borel", "the
# venture between Acme and Borel": the name after a unit's "of" or a venture's "between" owns it.
_UNIT_OF = re.compile(
    r"\b(?:(?:unit|subsidiary|arm|affiliate|division)\s+of|(?:joint[\s-]+)?venture\s+(?:of|between))"
    r"\s+(?:the\s+)?$",
    re.I,
)


def owner_role(name: str, last: str, after: str, before: str = "") -> bool:
    """Whether the name owns the unit or the joint venture its possessive names ("Acme's
    Borel unit supplied 24%", "Acme's joint venture with Borel"), or whose "of" or "between"
    names it the owner ("Borel, the battery arm of Acme", "the venture of Acme, Ostkel and
    Borel"); `last` is the word before the name, case folded. A country's or a place's arm
    ("China's state arm", "a subsidiary of the Kelby utility group Acme") is no company's,
    and "the Issuer's subsidiary" names the company by a term."""
    if _placed(name):
        return False
    if last in ("of", "between", "the") and _UNIT_OF.search(before[-60:]):
        # "the venture of Acme's founder": the founder owns it; "a subsidiary of the Kelby
        # utility group Acme": the place only qualifies the owner named after it
        return after[:1] not in "'’" and not (
            (last == "the" and after[1:2].islower()) or ATTRIBUTIVE_AFTER.match(after)
        )
    return _OWNS_UNIT.match(after) is not None and last not in _TERM_BEFORE
