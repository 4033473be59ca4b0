"""The battery chemistries of the trade as a table: each cathode, anode and electrolyte family
with the ways copy writes it (letters, formula, words, a cathode's grade), and its one label.

A table of facts about batteries, not of phrases seen in articles: a family named in copy the
rules never read is still found, and "lithium iron phosphate", "LiFePO4" and "LFP" are one."""

from __future__ import annotations

import re
from functools import lru_cache

from evkb.kb.extract.gates import folded_pattern, gated

# (label, how copy writes it): case-blind, hyphen or space between words. Where one written form
# starts another at the same place, the longer comes first ("lithium manganese iron phosphate"
# before "lithium manganese oxide"), as the first alternative that matches wins.
# "High-nickel", "nickel-rich" (and "Ni-rich", "ultra-high-nickel") are grades of the layered
# oxides: written before one of them, the family is the chemistry.
_GRADED = "(?:(?:ultra-)?high-nickel-|nickel-rich-|Ni-rich-)?"
CHEMISTRY_TABLE: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Cathodes: the phosphates (olivines) ...
    (
        "LMFP",
        (
            "lithium-manganese-iron-phosphate",
            "lithium-iron-manganese-phosphate",
            "LiFeMnPO4",
            "LiMnFePO4",
            "manganese-iron-phosphate",
            "iron-manganese-phosphate",
            "LMFP",
            "LFMP",
        ),
    ),
    (
        "LFP",
        (
            "lithium-iron-phosphate",
            "lithium-ferro-?phosphate",
            # a slip of the trade press for the same chemistry
            "lithium-ion-phosphate",
            "iron-phosphate",
            "LiFePO4",
            "LFP",
        ),
    ),
    # ... the layered oxides, by their metals or their letters (NCM and NMC are one family,
    # each kept as written, as the trade writes both), their grade before them aside ...
    (
        "NCMA",
        (f"{_GRADED}(?:nickel-cobalt-manganese-alumin(?:i)?um|NCMA)",),
    ),
    (
        "NMC",
        (
            f"{_GRADED}(?:nickel-manganese-cobalt|nickel-cobalt-manganese|NMC)",
            "nickel-?(?:811|622|532|523)",
        ),
    ),
    ("NCM", (f"{_GRADED}NCM",)),
    (
        "NCA",
        (f"{_GRADED}(?:nickel-cobalt-alumin(?:i)?um|NCA)",),
    ),
    ("LCO", ("lithium-cobalt-oxide", "LiCoO2", "LCO")),
    ("LMR", ("(?:lithium-)?manganese-rich", "lithium-rich-manganese", "LMR")),
    ("high-nickel", ("(?:ultra-)?high-nickel",)),
    ("nickel-rich", ("nickel-rich", "Ni-rich")),
    # ... and the spinels.
    ("LNMO", ("lithium-nickel-manganese-oxide", "LNMO")),
    ("LMO", ("lithium-manganese-oxide", "LiMn2O4", "LMO")),
    # Anodes.
    ("LTO", ("lithium-titanate(?:-oxide)?", "Li4Ti5O12", "LTO")),
    ("silicon-anode", ("silicon-(?:carbon-)?(?:composite-)?anode",)),
    # An "anode-free" cell plates lithium metal as it charges.
    ("lithium-metal", ("lithium-metal", "anode-free")),
    # Other cells, named by the ion or the cathode's element.
    ("sodium-ion", ("sodium-ion", "Na-ion")),
    ("lithium-sulfur", ("lithium-sul(?:ph|f)ur",)),
    ("lithium-air", ("lithium-air",)),
    ("potassium-ion", ("potassium-ion",)),
    ("zinc-ion", ("zinc-ion",)),
    # Electrolytes: solid ones by degree and by what they are made of.
    ("all-solid-state", ("all-solid-state",)),
    ("semi-solid-state", ("(?:semi|quasi)-solid(?:-state)?",)),
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
# Nor does a name carry a formula ("LiFePO4"), a slip ("lithium-ion phosphate"), a grade before
# the family ("high-nickel NMC" is read as a chemistry and a name's chemistry in turn) or a
# family no product of the trade is sold as yet: fewer forms, a cheaper pattern for every name.
_NOT_IN_NAMES = frozenset(
    ["lithium-ion-phosphate", "lithium-ferro-?phosphate", "Na-ion", "anode-free"]
    + ["lithium-air", "potassium-ion", "zinc-ion", "nickel-?(?:811|622|532|523)"]
)
_NAME_FORMS = "|".join(
    _written(f.removeprefix(_GRADED))
    for label, forms in CHEMISTRY_TABLE
    if label not in _SPEC_ONLY
    for f in forms
    if not f.startswith(("iron", "manganese-iron"))
    and f not in _NOT_IN_NAMES
    and not any(c.isdigit() for c in f.replace("?:811|622|532|523", ""))
)
_CHEMISTRIES = r"(?:all-|semi-)?solid[- ]state|" + _NAME_FORMS
# Every form of the table holds one of these (lower case): most sentences hold none, and the
# patterns below are not run over them (see `gates`).
_WORDS = (
    *("phosph", "lfp", "lmfp", "lfmp", "nmc", "ncm", "nca", "lco", "lmr", "nickel", "ni-rich"),
    *("lnmo", "lmo", "lto", "titan", "li4ti", "lifemnpo", "limnfepo", "lifepo", "licoo", "limn2o"),
    *("silicon", "lithium", "sodium", "na-ion", "li-ion", "mangan", "solid", "sul", "oxide"),
    *("bipolar", "anode-free", "potassium", "zinc"),
)
# The letters a form of the table starts with (a grade's "high-", "ultra-", "Ni-" included):
# tested first, they spare trying every form at every other word.
FIRST_LETTERS = "abhilmnopqsuz"
_STARTS = rf"(?=[{FIRST_LETTERS}{FIRST_LETTERS.upper()}])"
_CHEMISTRY = gated(
    folded_pattern(re.compile(rf"\b{_STARTS}(?P<chem>{_CHEMISTRIES})\b", re.I)), _WORDS
)
# A spec states a chemistry in every way of the table, and a cathode's grade run into its
# letters ("NCM811", where a word boundary never falls between the letters and the figures).
SPEC_CHEMISTRY = gated(
    folded_pattern(
        re.compile(
            rf"\b{_STARTS}(?:(?P<chem>"
            + "|".join(_written(f) for _, forms in CHEMISTRY_TABLE for f in forms)
            + r")\b"
            r"|(?P<grade>NMC|NCM|NCA|NCMA)\d{3}\b)",
            re.I,
        )
    ),
    _WORDS,
)


@lru_cache(maxsize=1024)
def chemistry_label(text: str) -> str:
    """A chemistry as the trade abbreviates it where it has an abbreviation, else its words in
    lower case and hyphenated."""
    for label, forms in _LABEL_FORMS:
        if forms.fullmatch(text):
            return label
    return text if text.isupper() else text.lower().replace(" ", "-")
