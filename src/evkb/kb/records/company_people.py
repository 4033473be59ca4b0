"""Words of news copy that make a capitalised run a person: titles and honorifics, initials.

Read through `company_cues` (as `cue.X`) like the rest of the cues on a name.
"""

from __future__ import annotations

import re

TITLES = (
    r"(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|CEO|CFO|CTO|chief executive|chief executive officer|chairman|"
    r"chairwoman|president|founder|co-founder|analyst|spokesperson|spokesman|spokeswoman|minister|"
    r"secretary|senator|governor|director|head|professor|economist|engineer|executive|manager|"
    r"officer|reporter|author|vice president|boss|chief|commissioner|mayor|councillor|premier|"
    r"treasurer|"
    # honorifics of other languages' copy: "Encik Faizal Osman", "Datuk Seri ...", "Shri ..."
    r"encik|puan|datuk|dato['’]?|tan\s+sri|shri|smt|herr|frau|mme|monsieur|madame|señor|señora)"
)
INITIALS = re.compile(r"(?:[A-Z]\.){1,4}")
# The word of a name a title's apposition gives ("its chief executive, Ximena Zubiría,"): small
# letters after the capital, accented ones too, and a hyphen's parts each with its capital
# ("Jean-Marc"). Only there: elsewhere a run of such words is as often a firm's ("Éclat Sud").
NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ž]?[a-zß-öø-ÿĀ-ž'’]+)*")
# "Industries Minister T.R.B. Rajaa", "CEO J. K. Mehta": a title and initials, then a surname.
PERSON_BEFORE = re.compile(rf"\b{TITLES}\.?,?\s+(?:[A-Z]\.\s?){{0,4}}$", re.I)
PERSON_AFTER = re.compile(
    rf",\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’-]+\s+){{0,3}}?{TITLES}\b|\s+\(\d{{2}}\)", re.I
)
# "the group managing director, Encik Faizal Osman.", "Steinholt's technical director, Heike
# Lindner": a title held by someone the article names, then their name after a comma.
HOLDER_BEFORE = re.compile(
    rf"\b(?:the|its|our|their|his|her|[A-Z][\w&-]*['’]s)\s+(?:[\w-]+\s+){{0,3}}?{TITLES},\s+$",
    re.I,
)
WHO_AFTER = re.compile(r",\s+who\b")
SPEECH_AFTER = re.compile(r",?\s+(?:said|says|told|added|noted|explained|wrote|argued|warned)\b")
TITLE_WORD = re.compile(rf"^{TITLES}$", re.I)
# "the Minister for Public Works": a portfolio, not a body (the ministry would be named so).
PORTFOLIO_BEFORE = re.compile(r"\b(?:Minister|Secretary|Commissioner)\s+(?:for|of)\s+(?:the\s+)?$")
