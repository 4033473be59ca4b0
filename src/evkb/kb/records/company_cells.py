"""Whether a name stands where only the maker of the cells after it can: initials written bare
before plural cells, batteries, packs or modules ("a pack built from XQT cells", "XQT cells
equipped a third of the cars sold", "with XQT and QRV cells").

A product line is named with a word or a code ("Pellory cells", "Q7720 cells") or is owned ("its
XR cells"); a chemistry or a format is initials too ("LFP cells"). Initials of letters only,
which name no chemistry, no common abbreviation and no place, with no determiner before them,
name the cells' maker; initials of what cells are for ("ESS cells") do not. A plant or a
business after the noun ("XQT battery plant") is left to the rules of plants.
"""

from __future__ import annotations

import re

from evkb.kb.records.battery_chemistries import chemistry_label
from evkb.kb.records.company_forms import COMMON_ACRONYMS
from evkb.kb.records.context import PLACE_WORDS, country_of

# Three letters or more, letters only: "Q7720", "QX-20" are products' codes, and two letters are
# as often a brand's short form as its maker's.
_INITIALS = re.compile(r"[A-Z]{3,6}")
# What cells are built for or as, written in initials: storage systems, power supplies, light
# vehicles, starter batteries, sodium-ion and glass-mat batteries.
_USES = frozenset("ESS BESS UPS LEV SLI SIB AGM".split())
# The plural noun of the things a maker sells, a battery's noun between at most ("XQT battery
# cells"), and not a site or a business of the name that follows ("XQT battery plants").
_CELLS_AFTER = re.compile(
    r"\s+(?:(?:battery|lithium-ion|sodium-ion)\s+)?(?:cells|batteries|packs|modules)\b"
    r"(?!\s+(?:plants?|factory|factories|gigafactory|facility|site|business|division|unit|arm|"
    r"maker|makers|supplier|suppliers|production|output)\b)"
)
# Whose or which cells: "its XR cells", "the XR cells", "these XR packs".
_DETERMINER_BEFORE = re.compile(
    r"(?:^|\s)(?:the|a|an|its|their|our|his|her|my|your|this|that|these|those)\s+$", re.I
)


def cells_maker(name: str, before: str, after: str) -> bool:
    """Whether the bare initials `name`, between `before` and `after`, name the maker of the
    cells (batteries, packs, modules) that follow them."""
    return (
        _INITIALS.fullmatch(name) is not None
        and name not in COMMON_ACRONYMS
        and name not in _USES
        and chemistry_label(name.lower()) == name.lower()
        and not country_of(name)
        and name.casefold() not in PLACE_WORDS
        and _CELLS_AFTER.match(after) is not None
        and _DETERMINER_BEFORE.search(before[-12:]) is None
    )
