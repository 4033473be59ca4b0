"""The phrases that say a name is an organisation by what it is to another or what it has: a
unit, a parent or a joint venture ("a unit of X", "its parent, X", "a venture called X"), a
funder ("a grant from X"), a member of a list of companies ("customers including X"), a party
to a deal ("a supply deal with X"), a listed company ("Shenzhen-listed X", a ticker after it),
and what only an organisation has ("X's third-quarter earnings", "X's chief executive", "X's
Harbour Fund", a fund or programme it pays from).
`companies.py` weighs them on each name with the rest of `company_cues.py`."""

from __future__ import annotations

import re

from evkb.kb.extract.gates import folded_pattern
from evkb.kb.records.context import KIND_NOUN

# "a unit of X", "owned by X", "a joint venture with X": only an organisation is these.
PART_OF = re.compile(
    r"\b(?:(?:unit|subsidiary|affiliate|division|parent|spin-?off|joint\s+venture)\s+(?:of|with|between)|"
    r"(?:owned|controlled|acquired|bought)\s+by)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$",
    re.I,
)


PART_OF = folded_pattern(PART_OF)
# "Its Oslo-listed parent, Acme,", "the parent company Acme": the owner of the company the
# sentence is about, never its short form.
PARENT_BEFORE = re.compile(
    r"\b(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?parent(?:\s+company|\s+group)?,?\s+$", re.I
)


# "a €45m grant from X", "a group of banks led by X", "part-funded by X": who gives money is
# an organisation (a lone word after "from" is as often a place, and is not taken).
FUNDER_BEFORE = re.compile(
    r"\b(?:(?:grants?|loans?|funding|financing|backing|investment|money|aid|support|capital|"
    r"subsid(?:y|ies)|equity|stake)\s+from|(?:banks?|lenders?|investors?|consortium|syndicate|"
    r"round)\s+(?:[\w-]+\s+){0,2}?led\s+by|(?:part[\s-])?(?:funded|financed|underwritten)\s+by)"
    r"\s+(?:the\s+)?$",
    re.I,
)


FUNDER_BEFORE = folded_pattern(FUNDER_BEFORE)
# A company's unit named after it: "its battery unit, Y", "Acme's cathode arm Y", "a joint
# venture called Y"; the word before the unit says what the unit makes.
UNIT_NOUNS = frozenset(
    "unit units subsidiary arm affiliate division venture spin-off spinoff offshoot".split()
)


UNIT_BEFORE = re.compile(
    r"\b(?:its|their|the|a|an|of|[A-Z][\w&-]*['’]s)\s+(?:new\s+|joint\s+)?(?:(?P<what>[\w-]+)\s+)?"
    r"(?:unit|units|subsidiary|arm|affiliate|division|venture|spin-?off|offshoot),?\s+$"
)


# "The venture, to be called Ultiva,", "a new company named Gibap": a name given to one.
CALLED = re.compile(
    r"\b(?:venture|partnership|unit|subsidiary|company|firm|entity|startup|start-up)\b"
    r"[^.;]{0,25}\b(?:called|named|known\s+as|dubbed)\s+$",
    re.I,
)


UNIT_AFTER = re.compile(
    r"^,\s+(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,2}?(?:(?P<what>[\w-]+)\s+)??"
    r"(?:unit|subsidiary|arm|affiliate|division|joint\s+venture)\s+(?:of|between|with)\b",
    re.I,
)


# "cell makers such as X", "carmakers including X, Y and", "cell makers, including X": a list of
# the kind named before it.
SUCH_AS = re.compile(
    rf"\b(?P<noun>{KIND_NOUN}),?\s+(?:such\s+as|including|like)\s+"
    r"(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*,\s+)*(?:and\s+|or\s+)?(?:[\w-]+-based\s+)?$",
    re.I,
)


# "customers including X, Y and Z", "rivals such as X", "its lenders include X": companies
# listed after a plural of what companies are to one another.
LISTED_AS = re.compile(
    r"\b(?:customers|clients|partners|rivals|competitors|peers|buyers|lenders|investors|backers|"
    r"shareholders|suppliers|players|brands|OEMs|companies|firms|groups|manufacturers),?\s+"
    r"(?:such\s+as|including|like|include|included)\s+"
    r"(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*(?:,\s+|,?\s+(?:and|or)\s+))*"
    r"(?:[\w-]+-based\s+)?$",
    re.I,
)


# "the state-owned development bank KfW": a bank named after what it is. (A kind noun after a
# name is no cue: "the Wolfsburg carmaker", "the Frankfurt lender" name a company by its city.)
BANK_BEFORE = re.compile(r"\b(?:development|state|investment|central|policy)\s+bank\s+$", re.I)
# "Its first customer will be X": a company named as what it is to another.
CUSTOMER_IS = re.compile(r"\bcustomers?\s+(?:will\s+be|would\s+be|is|was|are|were)\s+$", re.I)
# A ticker after a name: "Solmyra (NYSE: SLMY)", "Dutarare Metals (5711.T)", "(002911.SZ)".
TICKER_AFTER = re.compile(
    r"^\s*\((?:[A-Z]{2,8}:\s*[A-Z0-9.]{1,10}|\d{3,6}\.[A-Z]{1,2}|[A-Z]{1,5}\.[A-Z]{1,2})\)"
)


# "Shenzhen-listed X", "ASX-listed X": only a company is listed on an exchange.
LISTED_BEFORE = re.compile(r"\b[\w&]+-listed\s+$")
# "a supply deal with X", "a partnership with X", "supplies cells to X": what only companies do
# with one another (one word after it is as often a capital or a state: it counts for less).
DEALT_WITH = re.compile(
    r"\b(?:(?:deal|agreement|partnership|contract|tie-up|alliance|collaboration|merger|talks|"
    r"memorandum|MoU|pact)\s+(?:[\w-]+\s+){0,2}?with|(?:tied|teamed|tying|teaming)\s+up\s+with|"
    r"(?:supplies|supplied|supplying|sells|sold|"
    r"ships|shipped|delivers|delivered)\s+(?:[\w-]+\s+){0,3}?to)\s+(?:the\s+)?$",
    re.I,
)


DEALT_WITH = folded_pattern(DEALT_WITH)
# "Acme, once the leader thanks to X,", "helped by X's Kelso volumes": whom a company's
# standing in a market is owed to (its customer), named bare and closed by a comma, a bracket,
# the sentence's end or a possessive before a capital (its plant, its model); "special thanks to
# X for the $40 million credit line": whom money is owed to (its lender).
CREDITED_BEFORE = re.compile(r"\b(?:thanks\s+to|helped\s+by)\s+$", re.I)
CREDITED_AFTER = re.compile(r"(?:['’]s\s+[A-Z]|[,;)]|\.(?:\s|$))")
CREDITED_FOR_MONEY = re.compile(
    r"\s+for\s+(?:the|a|an|its|their)\s+(?:[\w$€£¥.,-]+\s+){0,4}?(?:financing|loans?|grants?|"
    r"facility|facilities|investment|funding|credit|backing)\b"
)
# "Acme's third-quarter earnings", "shares of Acme": only a company has these.
FINANCES_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:(?:first|second|third|fourth)[\s-]quarter\s+(?:\d{4}\s+)?|"
    r"(?:full|half)[\s-]year\s+|annual\s+)?(?:earnings|results|revenue|profits?|net\s+income|"
    r"share\s+price|stock(?!\s+(?:exchange|market))|shareholders|(?:earnings\s+|conference\s+)?call)\b",
    re.I,
)


# "Quelmar Cargas' founder", "Acme's chief executive": people only a company has.
PEOPLE_AFTER = re.compile(
    r"^['’]s\s+(?:co-?founders?|founders?|chief\s+executive|chief\s+(?:financial|technology|"
    r"operating|commercial)\s+officer|CEO|CFO|CTO|COO|chair(?:man|woman|person)|"
    r"board\s+of\s+directors|managing\s+director|workforce|employees)\b"
)


# "EECA's Low Emission Transport Fund", "Acme's Climate Pledge Fund": whoever owns a fund or a
# programme by name pays from it (the fund is its programme, `company_vetoes.py`).
PROGRAMME_OWNED_AFTER = re.compile(
    r"^['’]s\s+(?:[A-Z][\w&.-]*\s+){1,5}(?:Fund|Programme|Program|Scheme)\b"
)


FINANCES_BEFORE = re.compile(r"\b(?:shares|stock|shareholders|stake)\s+(?:of|in)\s+$", re.I)
