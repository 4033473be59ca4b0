"""The words that make a sum of money committed (invested, lent, granted) or not (a price, a size).

An investment's sum sits in a clause with an act of committing money; the words nearest the sum
rule out what is earned, priced or forecast; its kind (subsidy, loan, spending) is named by them.
"""

from __future__ import annotations

import re

from evkb.kb.extract.gates import folded_pattern
from evkb.kb.records.context import Sentence

INVEST = re.compile(
    r"\b(?:invest(?!ors?\b)\w*|spend\w*|spent|pour\w*|commit\w*|earmark\w*|allocat\w*|fund\w*|financ\w*|"
    r"subsid\w*|grant\w*|loan\w*|incentive\w*|tax\s+credits?|build\w*|plant|factory|gigafactory|facility|"
    r"expan(?:d|ds|ded|ding|sion|sions)|"
    r"aid|contribut\w*|provid\w*|lend\w*|lent|giv(?:e|es|ing)\s+us|receiv\w*|stakes?|inject\w*|"
    r"put\s+(?:in|up)|put(?=[^.;]{0,40}\b(?:into|towards?)\b)|(?:joint\s+)?ventures?|lenders?|debt\s+package|"
    r"abatements?|tax(?:es)?\b[^.;]{0,60}\b(?:breaks?|relief|holidays?|exemptions?)|capex|"
    r"capital\s+expenditure|(?:production|manufacturing|investment|energy)\s+credits?|"
    # "a credit of MXN 800 million", "a 25 million dollar credit from the Bank": a lender's
    r"credits?\s+(?:of|from)\b|credit\s+lines?|"
    r"support(?:s|ed|ing)?|award(?:s|ed|ing)?|(?:will|would|to|set\s+to|expected\s+to)\s+cost|costing|"
    # "It costs 1.8 billion francs", "That phase costs 3.8 billion yuan", "the refinery, which
    # cost $640 million when it was built": what a plant costs
    r"(?:it|which|plant|factory|line|phase|stage|project)\s+costs?\b|(?:funding|financing|equity)?\s*round|"
    # "raised a $42 million Series A", "Ferrona raised 95 million euros": money raised
    r"rais(?:e|ed|es|ing)(?=\s+(?:an?\s+|about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?"
    r"(?:[$€£¥₹₩]|[A-Z]{1,3}\$|(?:Rs\.?|[A-Z]{3})\s?\d|\d))|series\s+[A-F]|seed\s+round|"
    r"putting\s+(?:in|up)|pledg(?:e|es|ed|ing)|"
    # "Its capital cost is estimated at A$680 million": what building the plant costs
    r"capital\s+costs?|(?:total|overall|estimated)\s+(?:project\s+)?costs?|at\s+a\s+cost\s+of|"
    # "confirmed a £74 million second production line", "is adding a $145 million assembly
    # line": a line the sum prices is what is built with it, as "a $2 billion plant" is
    r"(?:million|billion|bn|mn|m|crore)\s+(?:[a-z-]+\s+){0,3}?lines?(?!\s+(?:of\s+sight|items?)\b)|"
    # the undertaking a sum is the size of: "in a R1.4 billion programme", "the project,
    # worth around 450 million dollars"
    r"programmes?|programs?|projects?|schemes?|packages?|"
    # "agreed to buy Acme for $1.35 billion": a company bought is money put into it
    r"(?:buy|buys|bought|buying|acquir(?:e|es|ed|ing))(?=[^.;]{0,60}\bfor\s+(?:about\s+|around\s+|"
    r"roughly\s+|some\s+)?(?:[$€£¥₹₩]|[A-Z]{1,3}\$|\d)))\b",
    re.I,
)
INVEST = folded_pattern(INVEST)


def commits(sentence: Sentence) -> bool:
    """A word of committing money outside the names ("Acme Investment & Securities" is none)."""
    return any(
        not any(s <= m.start() < e for _, s, e in sentence.mentions)
        for m in INVEST.finditer(sentence.text)
    )


# Money that is a price or a size, not money committed: "raised its target price to 520,000
# won", "could be valued at Rs 14,000 crore", "closed 3% higher at Rs 1,284".
NOT_COMMITTED = re.compile(
    # ("the project, valued at $2bn" is what the project costs)
    r"\b(?:target\s+price|price\s+target|(?<!project,\s)(?<!project\s)valued\s+at|valuation|market\s+(?:value|cap\w*)|"
    # "The round values Acme at $2.8 billion", "valuing the company at": what it is worth ("a
    # project it values at N1 trillion" is what the project costs)
    r"(?:values|valuing)\s+(?!the\s+(?:project|plant|investment)\b)(?:[\w'’.-]+\s+){1,4}?at|"
    # "a call launched with a budget of 1.5 billion lei", "set itself a limit of PLN 3 billion":
    # what a programme or a lender may spend at most, not a sum committed to anyone
    r"(?<!project\s)(?<!project's\s)(?<!plant's\s)(?:budget|limit|ceiling|envelope)\s+of|"
    # ("closed 3% higher at Rs 1,284" is a price; "opened in 2025 at a cost of $1.4 billion" is
    # what a plant cost)
    r"share\s+price|(?:closed|traded|ended|opened)\s+(?:[\w.%-]+\s+){0,4}at"
    r"(?!\s+(?:an?|the)\s+(?:total\s+|overall\s+|estimated\s+)?cost\b)|orders?\s+worth|"
    # "has indicated that it may lend up to USD 200 million", "is in talks to lend a further
    # €600 million": a sum a lender or investor only might give
    r"(?:may|might|in\s+talks\s+to|in\s+discussions\s+to)\s+(?:lend|invest|provide|grant|contribute)|"
    r"revenue|turnover|net\s+(?:profit|loss|income)|"
    # what is earned or what a thing sells for: "expects sales of", "sells for", "an operating
    # loss of", "priced at", "EBITDA of"
    r"sales|earnings|ebitda|(?:operating|gross|pre-?tax)\s+(?:profit|loss|income|margin)|"
    r"(?:sells?|sold|selling|retails?|retailed|retailing)\s+(?:\w+\s+){0,2}?(?:for|at)|priced\s+at|"
    r"(?:retail|sticker|list|selling|purchase|unit|starting)\s+prices?)\b[^.;$€£¥]{0,30}$",
    re.I,
)
NOT_COMMITTED = folded_pattern(NOT_COMMITTED)
# "received $2 billion in orders", "$4.1bn of revenue": money earned, not committed.
NOT_COMMITTED_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:in|of|worth\s+of)\s+(?:new\s+)?(?:orders|revenue|sales|bookings|"
    r"contracts|profit|dividends?)\b|"
    # "an average wage of $27.40 an hour": pay, not money committed; "about €98 million a
    # year", "payments that start at $3 million a year": a fee, a tax or a cost that recurs
    r"\s*(?:an|a|per|each|every)\s+(?:hour|week|month|year(?!\s+(?:earlier|ago|before)))\b|"
    r"\s*(?:annually|per\s+annum)\b|"
    # "US$130 per kWh", "$4 a share": a price of a unit, not a sum committed
    r"\s*(?:an?|per|/)\s*(?:kWh|kilowatt-hours?|MWh|shares?|units?|vehicles?|cars?|tonnes?|tons?)\b|"
    # "an incentive of up to EUR 350 per moped", "€3,000 per buyer": a sum for each of a
    # class of things or people is a rate, not a sum committed
    r"\s*(?:per|for\s+(?:each|every))\s+(?!cent\b)[a-z][\w-]*\b|"
    # "Acme Cells' $900 million plant in Pellmoor, was cancelled in March", "a 500-million-
    # euro project in Tellisford, dropped last year", "for a larger project; that project was
    # later abandoned": a project given up commits nothing now
    r"[\s-]*(?:[\w-]+\s+){0,3}?(?:plant|factory|gigafactory|facility|project|refinery|line|"
    r"expansion)\b(?:[^.;]{0,50}?,?\s+(?:which\s+)?|[^.;]{0,50};\s+(?:that|the|this)\s+(?:[\w-]+\s+)?"
    r"(?:plant|factory|gigafactory|facility|project|refinery|line|expansion)\s+)"
    r"(?:(?:was|were|has|had)\s+)?(?:(?:later|since|subsequently|eventually|then)\s+)?(?:been\s+)?"
    r"(?:cancell?ed|dropped|abandoned|scrapped|shelved|called\s+off|mothballed)\b|"
    # "will spend £4 million on a new access road", "put £12 million into road and jetty works
    # around the site", "on roads and a water connection": a body's own spending on public
    # works around a site is neither an investment in the plant nor aid to its builder (a
    # grant "for roads" is aid the builder receives: no "on" or "into" after a grant's sum)
    r"\s*(?:(?!grant|loan|subsid|aid\b)[\w-]+\s+){0,2}?(?:on|into)\s+(?:(?:an?|the|its|their)\s+)?"
    r"(?:(?:new|improved|wider|widened|local|public|upgraded)\s+)?(?:(?:access|link|relief|"
    r"ring|slip)\s+)?(?:roads?|roadworks|streets?|highways?|junctions?|bridges?|jett(?:y|ies)|"
    r"roundabouts?)\b(?!\s+(?:freight|transport|haulage|vehicles?|trucks?|tests?|testing|"
    r"safety|charging|maps?))",
    re.I,
)
# A sum on a household's scale ("I got EUR 2,000 back under the retrofit incentive", "$48,490
# for the Long Range, before the excise tax exemption"): a price, a rebate or a fee, not money
# committed to a plant or a company, whose least is in the hundreds of thousands in any currency.
LEAST_COMMITTED = 100_000
# "We still expect capex of $3.2 billion to $3.5 billion for the year": a company's budget for
# a period, not money committed to a plant or a company.
PERIOD_BUDGET = re.compile(
    r"\b(?:capex|capital\s+(?:expenditures?|spending))\b(?:[^.;]|\.\d){0,60}\b(?:for|in)\s+(?:the|this|"
    r"next)\s+(?:full\s+)?(?:fiscal\s+)?(?:year|quarter)\b",
    re.I,
)
# Money for a class of companies, or a cost they bear, is a programme or an estimate, not a
# company's commitment: "300 billion won in policy loans to battery firms", "grants to help
# smaller suppliers", "would cost the industry $300 million". (A question, "Should you invest
# $1,000 in Acme?", commits nobody either, nor does a whole market's forecast.)
TO_A_CLASS = re.compile(
    r"\b(?:to|help)\s+(?:the\s+)?(?:(?:small|smaller|battery|cell|domestic|local|eligible|"
    r"qualifying|other|young|clean-?tech|component|parts)\s+){0,2}(?:firms|companies|suppliers|"
    r"makers|manufacturers|producers|businesses|start-?ups)\b|"
    # "small loans to households buying batteries", "offers riders who scrap an old bike a
    # subsidy of": money for people of a kind, a scheme's, not a company's
    r"\b(?:to|help|offers?|offered|offering|gives?|gave|giving|pays?|paid|paying)\s+(?:the\s+)?"
    r"(?:(?:local|eligible|qualifying|poor|rural|low-income|private)\s+)?(?:households|consumers|"
    r"buyers|riders|drivers|motorists|homeowners|families|farmers|residents)\b|"
    r"\bcost\s+(?:the\s+)?(?:industry|sector|consumers|taxpayers|households|companies|"
    r"carmakers|automakers|manufacturers)\b|"
    # "India's EV market could draw investment of Rs 4 lakh crore": a market's forecast.
    r"\b(?:market|sector|industry)\s+(?:could|would|will|may|might|is\s+expected\s+to)\s+"
    r"(?:draw|attract|see|need|require|reach|hit|top|exceed|be\s+worth|grow\s+to)\b",
    re.I,
)
TO_A_CLASS = folded_pattern(TO_A_CLASS)
KIND = (
    (
        "subsidy",
        re.compile(
            r"\bsubsid(?:y|ies|ise[sd]?|ize[sd]?)\b|\bgrants?\b|\bincentives?\b|\btax\s+credits?\b|"
            r"\b(?:state|regional|public|federal)\s+aid\b|\baid\s+from\b|\bin\s+(?:regional\s+)?aid\b|"
            r"\babatements?\b|\btax(?:es)?\b[^.;]{0,60}\b(?:breaks?|relief|holidays?|exemptions?)\b|"
            r"\b(?:production|manufacturing|investment|energy)\s+credits?\b|"
            # "approved €430 million of support", "committed C$640 million in production
            # support": a sum of support is aid
            r"\b(?:million|billion|bn|mn|m|crore|\d)\s+(?:of|in)\s+(?:[\w-]+\s+)?support\b",
            re.I,
        ),
    ),
    (
        "loan",
        re.compile(
            r"\bloans?\b|\blenders?\b|\blend(?:s|ing)?\b|\blent\b|\bdebt\s+package\b|"
            # "a new A$250 million debt facility", "a $180 million syndicated facility"
            r"\b(?:credit|debt|syndicated|loan|term|revolving)\s+facilit|"
            # "approved a credit of 800 million pesos", "a credit line from": a lender's credit
            r"\bcredits?\s+(?:of|from)\b|\bcredit\s+lines?\b",
            re.I,
        ),
    ),
    # "Acme Agency has granted EUR 38 million for the project": money granted with no word of a
    # loan is aid
    ("subsidy", re.compile(r"\b(?:grant(?:s|ed|ing)|award(?:s|ed|ing))\b", re.I)),
    ("spending", re.compile(r"\bspend\w*|\bspent\b", re.I)),
)
# "An earlier version of this article said CABEI would lend 52 million dollars": a correction
# quotes the figure it withdraws.
RETRACTED = re.compile(
    r"\bearlier\s+version\s+of\s+(?:this|the)\s+(?:article|story|report|post)\s+"
    r"(?:said|stated|reported|gave|misstated)\b",
    re.I,
)


# "a $2.1 billion electric vehicle battery plant": the sum is what the plant costs.
# ("a N45bn loan for the facility" is a loan all the same, and "a $180 million syndicated
# facility" is a loan; "lend $150 million for the plant's connections", "finance SAR 2.2
# billion of the plant's cost" say what the money pays for, not what the plant costs.)
PLANT_COSTING = re.compile(
    r"(?:\s+(?!loans?\b|grants?\b|subsid|incentive|credit|aid\b|abatement|debt\b|syndicated\b|"
    r"term\b|revolving\b|financing\b|of\b|for\b|towards?\b)[a-z][\w-]*){0,4}\s+"
    r"(?:plant|factory|gigafactory|facility|refinery|complex)\b"
)
