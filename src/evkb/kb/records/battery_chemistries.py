"""The battery chemistries of the trade as a table: each cathode, anode and electrolyte family
with the ways copy writes it (letters, formula, words, a cathode's grade), and its one label.

A table of facts about batteries, not of phrases seen in articles: a family named in copy the
rules never read is still found, and "lithium iron phosphate", "LiFePO4" and "LFP" are one."""

from __future__ import annotations

import re

from evkb.kb.extract.gates import folded_pattern

# (label, how copy writes it): case-blind, hyphen or space between words. Where one written form
# starts another at the same place, the longer comes first ("lithium manganese iron phosphate"
# before "lithium manganese oxide"), as the first alternative that matches wins.
CHEMISTRY_TABLE: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Cathodes: the phosphates (olivines) ...
    (
        "LMFP",
        (
            "lithium-manganese-iron-phosphate",
            "lithium-iron-manganese-phosphate",
            "manganese-iron-phosphate",
            "iron-manganese-phosphate",
            "LMFP",
            "LFMP",
        ),
    ),
    (
        "LFP",
        ("lithium-iron-phosphate", "lithium-ferro-?phosphate", "iron-phosphate", "LiFePO4", "LFP"),
    ),
    # ... the layered oxides, by their metals or their letters (NCM and NMC are one family,
    # each kept as written, as the trade writes both). "High-nickel" and "nickel-rich" are
    # grades of these: written before one, the family is the chemistry ...
    ("NCMA", ("(?:high-nickel-|nickel-rich-)?(?:nickel-cobalt-manganese-alumin(?:i)?um|NCMA)",)),
    (
        "NMC",
        (
            "(?:high-nickel-|nickel-rich-)?(?:nickel-manganese-cobalt|nickel-cobalt-manganese|NMC)",
            "nickel-?(?:811|622|532|523)",
        ),
    ),
    ("NCM", ("(?:high-nickel-|nickel-rich-)?NCM",)),
    ("NCA", ("(?:high-nickel-|nickel-rich-)?(?:nickel-cobalt-alumin(?:i)?um|NCA)",)),
    ("LCO", ("lithium-cobalt-oxide", "LCO")),
    ("LMR", ("(?:lithium-)?manganese-rich", "lithium-rich-manganese", "LMR")),
    ("high-nickel", ("high-nickel",)),
    ("nickel-rich", ("nickel-rich",)),
    # ... and the spinels.
    ("LNMO", ("lithium-nickel-manganese-oxide", "LNMO")),
    ("LMO", ("lithium-manganese-oxide", "LMO")),
    # Anodes.
    ("LTO", ("lithium-titanate(?:-oxide)?", "LTO")),
    ("silicon-anode", ("silicon-(?:carbon-)?(?:composite-)?anode",)),
    ("lithium-metal", ("lithium-metal",)),
    # Other cells, named by the ion or the cathode's element.
    ("sodium-ion", ("sodium-ion", "Na-ion")),
    ("lithium-sulfur", ("lithium-sul(?:ph|f)ur",)),
    # Electrolytes: solid ones by degree and by what they are made of.
    ("all-solid-state", ("all-solid-state",)),
    ("semi-solid-state", ("semi-solid(?:-state)?",)),
    ("sulfide solid-state", ("sul(?:ph|f)ide(?:-based)?-(?:solid-)?electrolyte",)),
    ("oxide solid-state", ("oxide(?:-based)?-solid-electrolyte",)),
    ("solid-state", ("solid-state",)),
    ("bipolar", ("bipolar",)),
    # Every battery of the trade is one: read so that it is not mistaken for another, then
    # left out of a product's specs (it tells nothing apart).
    ("lithium-ion", ("lithium-ion", "Li-ion")),
)


def _written(form: str) -> str:
    """A form of the table as a pattern: a hyphen between its words is a hyphen or a space
    ("Na-ion" and "Li-ion" are written with theirs)."""
    return form if form in ("Na-ion", "Li-ion") else form.replace("-", "[- ]")


_LABEL_FORMS = tuple(
    (label, re.compile("|".join(map(_written, forms)), re.I)) for label, forms in CHEMISTRY_TABLE
)

# The forms a product's name or a maker's line carries ("its LFP cells", "sodium-ion packs");
# an electrolyte's material or a bare "iron phosphate" says what a cell holds, not what it is
# called, so only a spec reads those.
_SPEC_ONLY = frozenset(["sulfide solid-state", "oxide solid-state", "semi-solid-state"])
_NAME_FORMS = "|".join(
    _written(f)
    for label, forms in CHEMISTRY_TABLE
    if label not in _SPEC_ONLY
    for f in forms
    if not f.startswith(("iron", "manganese-iron")) and f not in ("LiFePO4", "Na-ion")
)
_CHEMISTRIES = r"(?:all-|semi-)?solid[- ]state|" + _NAME_FORMS
_CHEMISTRY = folded_pattern(re.compile(rf"\b(?P<chem>{_CHEMISTRIES})\b", re.I))
# A spec states a chemistry in every way of the table, and a cathode's grade run into its
# letters ("NCM811", where a word boundary never falls between the letters and the figures).
SPEC_CHEMISTRY = folded_pattern(
    re.compile(
        r"\b(?P<chem>"
        + "|".join(_written(f) for _, forms in CHEMISTRY_TABLE for f in forms)
        + r")\b"
        r"|\b(?P<grade>NMC|NCM|NCA|NCMA)\d{3}\b",
        re.I,
    )
)


def chemistry_label(text: str) -> str:
    """A chemistry as the trade abbreviates it where it has an abbreviation, else its words in
    lower case and hyphenated."""
    for label, forms in _LABEL_FORMS:
        if forms.fullmatch(text):
            return label
    return text if text.isupper() else text.lower().replace(" ", "-")
