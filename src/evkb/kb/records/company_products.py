"""Words of news copy that make a capitalised name a product rather than a company: a product's
noun after it, set in apposition to it, or owned by it.

Read through `company_cues` (as `cue.X`) like the rest of the cues on a name.
"""

from __future__ import annotations

import re

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
    rf"^,\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,3}}?{_PRODUCT_NOUN}"
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
# "Dazononi Auto's LFP cells", "Vapag's new Tempo battery": whose product it is.
MAKER_OF = re.compile(
    r"^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:battery|batteries|cells?|packs?|plants?|factory|factories|gigafactory)\b",
    re.I,
)
