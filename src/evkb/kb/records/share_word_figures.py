"""Whether a sentence gives a holder a part of a market written in words: a fraction ("had
roughly a third of European storage cell deliveries", "in more than half of new electric cars
sold") or a ratio of counts ("one in five electric buses registered", "supplied two out of
every five cells fitted"). Such a figure is share talk as a percent in digits is
(`share_figures.holds_part`); which of its figures are shares, and their periods, the share
stage decides as for digits. The words of holding and the market's volumes are this module's,
for the digits' patterns too."""

from __future__ import annotations

import re

from evkb.kb.extract.gates import folded_pattern, holds_any

# "held", "supplies", "accounted for", "made up", a speaker's "we had": holding a part of a whole
HOLDING_VERBS = (
    r"\b(?:held|holds?|(?<=\b[Ww]e\s)(?:had|have)|supplied|supplies|supply|accounted\s+for|accounts?\s+for|made\s+up|"
    r"makes?\s+up|took|takes|controlled|controls?|captured|captures?|commanded|commands?|"
    r"provided|provides?|produced|produces?|manufactured|manufactures?|refined|refines?|mined|"
    r"mines|shipped|ships|handled|handles?|carried|carries|carry)\s+"
)
# What a whole market sells, installs, ships or takes in: "installations", "new cars sold",
# "the batteries collected for recycling".
MARKET_VOLUME = (
    r"(?:(?:installations|registrations|deliveries|shipments|sales|supply|"
    r"demand|swaps|purchases)\b|(?:batter(?:y|ies)|cells|packs|cars|vehicles|buses|trucks|"
    r"scooters|two-wheelers|energy)\s+(?:sold|fitted|installed|collected|shipped|delivered|registered|"
    r"bought|supplied|imported|recycled)\b)"
)

# A fraction in words before its "of", a ratio of counts ("one in three", "two out of every
# five", "3 in 10"): the forms `quantity_words` reads as percents.
_FRACTION_OF = (
    r"(?<![\w-])(?:half|(?:a|one)[\s-](?:third|quarter|fifth)|two[\s-]thirds|three[\s-]quarters)"
    r"\s+of\s+"
)
_RATIO = (
    r"(?<![\w.,-])(?:one|two|three|four|five|six|seven|eight|nine|[1-9])\s+(?:out\s+of\s+|in\s+)"
    r"(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|[2-9]|10|20)\s+"
    r"(?:of\s+(?:the\s+)?)?"
)
# Not of the holder's own business: "half of its cells", "a third of the company's sales".
_NOT_OWN = r"(?!its\b|their\b|our\b|his\b|her\b|the\s+company)"
_WORDS_PART_OF_MARKET = re.compile(
    rf"(?:{_FRACTION_OF}|{_RATIO}){_NOT_OWN}(?:[\w'’-]+\s+){{0,5}}?{MARKET_VOLUME}", re.I
)
_WORDS_PART_OF_MARKET = folded_pattern(_WORDS_PART_OF_MARKET)
# "supplies more than one in three EV batteries", "controls roughly a third of the market"
_HOLDS_WORDS_PART = re.compile(
    rf"{HOLDING_VERBS}(?:\w+\s+){{0,2}}?(?:{_FRACTION_OF}|{_RATIO}){_NOT_OWN}", re.I
)
_HOLDS_WORDS_PART = folded_pattern(_HOLDS_WORDS_PART)
# A word every match holds, in lower case: tested first, being much cheaper than the patterns.
_FIGURE_WORDS = ("half", "third", "quarter", "fifth", " in ", " out of ")


def holds_part_in_words(text: str) -> bool:
    """Whether the sentence gives a holder a part of a market as a fraction or ratio in words
    (of a market's volume, or after a verb of holding)."""
    return holds_any(text, _FIGURE_WORDS) and _WORDS_PART_OF_MARKET.search(text) is not None
