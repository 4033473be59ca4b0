"""Words of news copy that put a name in a place: a site, a town, a dateline, an exchange.

Read through `company_cues` (as `cue.X`) like the rest of the cues on a name.
"""

from __future__ import annotations

import re

from evkb.kb.extract.gates import gated

PLACED = re.compile(
    r"\b(?:near|outside|(?:city|town|village|state|province|district|region|county|"
    r"municipality)\s+of)\s+([A-Z][\w'’-]*)\b(?!\s+[A-Z])|\b([A-Z][\w'’]*)-(?:based|headquartered)\b"
)
PLACED = gated(
    PLACED,
    "near outside city town village state province district region county municipality"
    " -based -headquartered",
)
# "a cell plant at Vasadi", "a factory at Kelby in Ostrevan": where a plant stands is a place
# (not "works at Acme": people work at a company).
SITE_AT = re.compile(
    r"\b(?:plants?|factory|factories|gigafactory|sites?|facility|refinery|mine)\s+(?:at|in|near)\s+"
    r"([A-Z][\w'’-]*)\b(?!\s+[A-Z&])"
)
SITE_AT = gated(SITE_AT, "plant factor gigafactory site facility refinery mine")
# "in Lanxiu, Jiangxi." (not "in China, Moselwerk said": a clause of its own starts there)
# "in" leads (the boundary before it is looked behind): the pattern is tried only where "in"
# is, not at every character.
TOWN_REGION = re.compile(
    r"in(?<=\bin)\s+[A-Z][\w'’-]*,\s+([A-Z][\w'’-]*)(?=\s*(?:[.,;:)]|$|\s+(?:and|in|on|at|for|to|with|"
    r"from|by|near)\b))"
)
# A dateline's agency or wire ("SEOUL, Feb. 11 (Agency) --", "TORONTO, June 3, 2025 /Wire/"):
# the name of who carried the story, not of whom it is about.
# ("RENO, Nev., Dec. 2, 2026 /Wire/", "OSLO, Norway, 3 March 2027 /Wire/": a state or a
# country may follow the city, the day come before its month)
DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]+,(?:\s+[A-Z][A-Za-z.]{1,12},)?"
    r"\s+(?:(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?)(?:,?\s+\d{4})?\s+)?[(/]\s*$"
)
# The words that end an outlet's own name: "Kelvale Business Wire", "Ostrand Newswire",
# "Marrow News", "Tarn Press Agency", one word made with a wire's noun, "XYNewswire".
_OUTLET_LAST = frozenset("wire newswire news press".split())
_OUTLET_WORD = re.compile(r"[A-Z][A-Za-z]+(?:Newswire|Wire)")


def dateline_outlet(text: str, start: int, name: str) -> bool | None:
    """Whether the name a dateline gives in brackets or between slashes ("GENEVA, Dec 2
    (Kelvale Business Wire) -", "RENO, Nev., Dec. 2, 2026 /Ostrand Newswire/ --") is the outlet
    that carried the story, which is a company of the article: a name ending in a wire's or a
    news service's noun. False for another name there (initials, a city's agency whose name
    says nothing of what it is: no company on that alone), None outside a dateline."""
    if not (
        start < 60
        and text[start - 2 : start].strip() in ("(", "/")
        and DATELINE.match(text, 0, start)
    ):
        return None
    words = name.split()
    if len(words) == 1:
        return _OUTLET_WORD.fullmatch(name) is not None
    last = words[-1].casefold()
    return last in _OUTLET_LAST or (last == "agency" and words[-2] in ("News", "Press"))


# "ADELAIDE, SA — The state ...", "OSLO - Acme said": a dateline's place (and state) and dash.
DATELINE_DASH = re.compile(r"(?:,\s+[A-Z][A-Za-z.]{0,5})?\s+[\u2014\u2013-]{1,2}\s+[A-Za-z]")
# "Shares in Acme rose 11 per cent on the ASX", "closed higher at Rs 812 on the BSE": the
# exchange a company's shares trade on.
EXCHANGE_BEFORE = re.compile(
    r"\b(?:shares?|stock|listed|traded|trading|closed|ended|rose|fell|gained|jumped|slipped|"
    r"surged|dropped|higher|lower)\b(?:[^.;]|\.\d){0,60}\bon\s+the\s+$",
    re.I,
)
# "in a filing with Acme Bourse", "a statement to the Acme Bourse exchange": where a company
# files its news is an exchange, an organisation of its own.
FILED_BEFORE = re.compile(
    r"\b(?:filings?|statements?|notices?|disclosures?|announcements?)\s+(?:with|to)\s+"
    r"(?:the\s+)?$",
    re.I,
)
PLACE_LAST = frozenset("in near outside across throughout around the of".split())
PLACE_BEFORE = re.compile(
    r"\b(?:in|near|outside|across|throughout|around|of\s+the\s+state\s+of)\s+(?:the\s+)?$"
)
