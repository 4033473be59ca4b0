"""Which percents of a sentence are market shares: not a change ("a jump of 45 percent", "2
percentage points"), a charge level ("to 80 per cent"), a part of one company's business
("half of its sales"), a target ("to reach 40% by 2030") or a hypothetical ("40 percent of
models could lose ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from evkb.kb.extract.gates import folded_pattern, gated, holds_any
from evkb.kb.records.context import PLACE_WORDS, Resolver, Sentence
from evkb.kb.records.periods import Dateline
from evkb.kb.records.share_word_figures import HOLDING_VERBS, MARKET_VOLUME

_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:by|jump|jumps|rise|rises|growth|increase|increases|surge|climb|decline|drop|fall|gain|"
    r"cut|cuts|reduction|boost|improvement|discount)\s+(?:of\s+)?|"
    r"\b(?:jumped|rose|grew|increased|surged|climbed|declined|dropped|fell|gained|slipped|slid|soared|"
    r"plunged|plummeted|tumbled|shrank|expanded|added|lost|risen|fallen|grown|shrunk|"
    r"rising|jumping|growing|climbing|falling|surging|increasing|declining|dropping|gaining|"
    r"slipping|sliding|soaring|shrinking|"
    # a headline's present tense: "shares slide 19%", "stock sinks 8 per cent"
    r"slides?|slips|sinks?|sank|sunk|dips?|dipped|plunges?|tumbles?|soars|climbs|surges|falls|"
    r"drops|grows|gains|loses)\s+(?:by\s+)?|\b(?<!made\s)(?<!make\s)(?<!makes\s)(?:up|down)\s+(?:by\s+)?)"
    r"(?:about|around|roughly|nearly|almost|some|over|more\s+than|just|an\s+estimated)?\s*$",
    re.I,
)
_CHANGE_BEFORE = folded_pattern(_CHANGE_BEFORE)
# A word each alternative of _CHANGE_BEFORE holds: without one, it cannot match.
_CHANGE_WORDS = (
    *("by", "jump", "rise", "grow", "grew", "increase", "surge", "climb", "decline", "drop"),
    *("fall", "fell", "gain", "cut", "reduction", "boost", "improvement", "discount", "rose"),
    *("slip", "slid", "soar", "plunge", "plummeted", "tumble", "shrank", "shrunk", "sink"),
    *("sank", "sunk", "dip", "loses"),
    *("expanded", "added", "lost", "up", "down"),
    *("rising", "surging", "increasing", "declining", "soaring", "shrinking"),
)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:-|\s)?(?:points?|percentage\s+points?|pp\b|increase|rise|jump|growth|gain|drop|decline|fall|"
    r"year[- ]on[- ]year|year[- ]over[- ]year|on[- ](?:year|quarter)\b|yoy|y/y|q/q|qoq|"
    r"more\b|less\b|cheaper|lower|higher|faster|slower|smaller|larger|"
    r"(?:of\s+)?(?:its|their|the\s+company['’]s|the\s+group['’]s)\s+(?:\w+\s+)?(?:sales|revenue|output|production|profit|lineup|fleet|vehicles)|"
    r"of\s+(?:new\s+)?(?:car|vehicle|cars|vehicles)\s+sales\s+by|charge|charged|state\s+of\s+charge|"
    r"of\s+(?:its\s+|their\s+|full\s+|installed\s+|nameplate\s+)?(?:capacity|range|charge)|efficien|capacity\b|"
    r"discount|tariff|tax|stake|shareholding|equity|ownership|interest\s+in|-?\s*owned\b|"
    # "holds 40 percent of the shares": a part of a company's stock is owned, not sold
    r"of\s+(?:the\s+|its\s+|their\s+)?(?:voting\s+|outstanding\s+|issued\s+)?(?:shares|stock|"
    r"share\s+capital)\b|"
    r"of\s+(?:its|their|the\s+company['’]s)\s+(?:market\s+)?share\b|"
    # "holds 40% of the joint venture": a part of a business owned, not of a market
    r"of\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:joint\s+venture|venture|"
    r"company|firm|business|plant|project|subsidiary|start-?up)\b(?!['’])|"
    r"(?:held|controlled)\s+by|(?:share|holding)\s+in\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:joint\s+venture|venture|company|firm|business|plant|project|unit|subsidiary|start-?up|group))",
    re.I,
)
_OWN_BUSINESS = re.compile(
    r"^\s*(?:of\s+)?(?:(?:its|their|our|the\s+company['’]s|(?P<whose>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})['’]s?)"
    r"\s+(?:\w+\s+)?"
    r"(?:sales|revenue|turnover|earnings|output|lineup|models|packs|cells|batteries|purchases|"
    r"needs|requirements|"
    r"demand|supplies|capacity|production|workforce|employees|staff|workers|jobs|installations|"
    r"shipments|deliveries|volumes?|orders|output)|"
    r"the\s+(?:\w+\s+){0,2}(?:it|they|we)\s+(?:uses?|used|buys?|bought|needs?|needed|makes?|made|"
    r"sells?|sold|produces?|produced|consumes?|consumed|sources?|sourced|imports?|imported|"
    r"builds?|built|installs?|installed)\b|"
    # "12 per cent of the 800-truck fleet at hauler X": one operator's own fleet
    r"the\s+(?:[\w,.-]+\s+){0,2}fleets?\s+(?:at|run\s+by|operated\s+by|of\s+(?-i:[A-Z])))",
    re.I,
)
# A part of what one business takes in, whoever's: no market is shared ("of sales" may be).
_OF_TAKINGS = re.compile(
    r"^\s*of\s+(?:total\s+|group\s+|annual\s+|net\s+)?(?:revenues?|turnover|earnings|profits?|"
    r"orders|order\s+book)\b|"
    # "finance a third of the cost", "30% of the investment": a part of a sum of money
    # "38 per cent of the company's operating costs": whose sum it is may be said too
    r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:(?:company|group|firm|[A-Z][\w&-]*)['’]s?\s+)?"
    r"(?:[\w-]+\s+)?(?:costs?|price|bill|budget|capex|"
    r"investment|spending|funding|financing|expenses?|loan|debt)\b|"
    # "(3.3% of the Fund)", "30 per cent of the first line": a fund's weight, a stake in a
    # line or a site, not a market's part; nor is "35 percent of the jobs"
    r"^\s*of\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+)?(?:fund|portfolio|net\s+assets|line|"
    r"facility|factory|mine|refinery|jobs|workforce|staff|employees|workers)\b(?!\s+of\b)|"
    # "to purchase not less than 60% of output", "its largest customer takes 58 per cent of
    # output", "60% of the refinery's output": a buyer's part of one producer's output (an
    # offtake), not a market's; "38% of global output", "of output in China" are markets'
    r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:(?:plant|refinery|line|mine|factory|facility|"
    r"smelter|site|project)['’]s\s+)?output\b(?!\s+(?:in|of|from|across|worldwide)\b)",
    re.I,
)
# "pays between 6.8% and 40% of sales as royalties": a figure paid is a rate, not a share.
_PAID = re.compile(r"(?i)\b(?:pays?|paid|paying)\b(?:[^.;]|\.\d){0,35}$")
# "X held 18.4 per cent of ...", "supplied 40% of ...", a speaker's "we had 22 percent of ...":
# holding a part of a whole is share talk;
# so is making, shipping or handling a part of what a whole makes, ships or handles ("produced
# 6% of the world's manganese sulphate", "handled 31% of all new electric cars imported").
HOLDS_PART = re.compile(
    HOLDING_VERBS + r"(?:\w+\s+){0,2}?[\d.]+\s*(?:%|per\s*cent|percent|pc\b)\s+of\b",
    re.I,
)
HOLDS_PART = folded_pattern(HOLDS_PART)
# "ended 2025 with 6.8 percent of European EV cell installations", "had 41.3% of electric car
# sales", "handled 23 per cent of the batteries collected for recycling": a part of what a whole
# market sells, installs, ships or takes in, whatever the verb before it (the verbs of holding
# are an open class; a part of one company's own business is no share, see _OWN_BUSINESS).
_PART_OF_MARKET = re.compile(
    r"[\d.]+\s*(?:%|per\s*cent|percent|pc\b)\s+of\s+(?!its\b|their\b|our\b|the\s+company)"
    r"(?:[\w'’-]+\s+){0,5}?" + MARKET_VOLUME,
    re.I,
)
_MARKET_VOLUMES = (
    *("installations", "registrations", "deliveries", "shipments", "sales", "supply", "demand"),
    *("swaps", "purchases", "sold", "fitted", "installed", "collected", "shipped", "delivered"),
    *("registered", "bought", "supplied", "imported", "recycled"),
)


# "mines about 40 per cent of the world's tin", "more than half of global output":
# a part of the world's whole is a share of it, whatever the verb.
_PART_OF_WORLD = re.compile(
    r"(?:[\d.]+\s*(?:%|per\s*cent|percent|pc\b)|\bhalf|\bthirds?|\bquarters?)\s+of\s+"
    r"(?:the\s+)?(?:world['’]s|global)\s",
    re.I,
)


def holds_part(text: str) -> bool:
    """Whether a sentence gives a holder a part of a whole (see HOLDS_PART, _PART_OF_MARKET,
    _PART_OF_WORLD); the volumes' words are tested first, being much cheaper than the pattern."""
    return (
        HOLDS_PART.search(text) is not None
        or (holds_any(text, ("world", "global")) and _PART_OF_WORLD.search(text) is not None)
        or (holds_any(text, _MARKET_VOLUMES) and _PART_OF_MARKET.search(text) is not None)
        or (holds_any(text, _JOINT_WORDS) and _HELD_JOINTLY.search(text) is not None)
        or (holds_any(text, _PRODUCTS) and _PRODUCTS_WENT_INTO.search(text) is not None)
    )


# "X's cells went into 5.8% of the vans built", "its packs are used in about 30 percent of the
# conversions", "X cells equipped 28,4 % of the cars": a supplier's product in a part of what a
# market makes is the supplier's share of it. The product is a supplier's (a possessive, or a
# capitalised name before it), not a kind's ("lead-acid batteries still power 70% of ...").
_PRODUCTS_WENT_INTO = re.compile(
    r"(?:['’]s?|\b(?:[Ii]ts|[Tt]heir|[Oo]ur)|\b[A-Z][\w&-]*)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:cells|batteries|packs|modules)\s+(?:(?:are|were|is|was|have\s+been)\s+)?"
    r"(?:(?:now|still|already|also)\s+)?"
    r"(?:went\s+into|go(?:es)?\s+into|ended\s+up\s+in|equipped|equips?|powered|powers?|"
    r"used\s+in|found\s+in|installed\s+in|fitted\s+(?:to|in))\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under)\s+)?"
    r"\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent|pc\b)\s+of\b"
)
_PRODUCTS = ("cells", "batteries", "packs", "modules")


# "The top two Chinese makers together took 54.9%", "... took 18.9% combined": what several
# hold together is a part of a whole, said without "of" or "share".
_HELD_JOINTLY = re.compile(
    r"\b(?:together|jointly)\s+(?:took|held|had|accounted\s+for|controlled|made\s+up|captured|"
    r"commanded)\s+(?:\w+\s+){0,2}?[\d.]+\s*(?:%|per\s*cent|percent)|"
    r"\b(?:took|held|had|controlled|captured|commanded)\s+(?:\w+\s+){0,2}?[\d.]+\s*"
    r"(?:%|per\s*cent|percent)\s+(?:combined|together|between\s+them)\b",
    re.I,
)
_JOINT_WORDS = ("together", "jointly", "combined", "between them")


# A share to come: "a 25 per cent share of UK supply by 2030", "its share to reach 40%".
_BY_YEAR = re.compile(
    r"[^.;%]{0,60}?\bby\s+(?:the\s+end\s+of\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?)?"
    r"(?P<y>(?:19|20)\d{2})\b"
)
_BY_THEN = re.compile(r"[^.;%]{0,60}?\bby\s+then\b", re.I)
_TO_COME = re.compile(
    r"(?:\bwill\s+(?:hold|own|take|have)|"
    r"\bto\s+(?:reach|hit|exceed|top|rise\s+to|grow\s+to|climb\s+to|increase\s+to|"
    r"account\s+for|make\s+up|hold|take|capture|supply|meet|win(?:\s+back)?)|"
    r"\bto\s+(?:recover|return|rebound|fall|drop|slip|decline|rise|grow|climb|increase|stay|"
    r"remain)\b[^.;%\d]{0,20}|"
    # "expects it to stay between 13% and 15%": the range's end is the forecast's too
    r"\bto\s+(?:stay|remain|be)\s+between\s+[\d.]+\s*(?:%|per\s*cent|percent)?\s+and|"
    r"\b(?:targets?|targeting|goal\s+of|aims?\s+(?:for|at))\s+(?:an?\s+)?|"
    # "Our aim is 20% by FY28", "the goal remains a quarter": the aim's figure
    r"\b(?:aim|target|goal|ambition)\s+(?:is|was|remains)\s+(?:to\s+(?:reach|hit|hold)\s+)?|"
    # "We want to be at 5% before the end of the decade": a wish, not a share held
    r"\b(?:wants?|wanted|hopes?|plans?|intends?|aims?)\s+to\s+(?:be(?:\s+at)?|reach|hold|have|"
    r"get\s+to|take)|"
    # "will account for less than 2%", "would on its own meet about 4 per cent", "could
    # recover to around 30 percent": what may come, not what is held
    r"\b(?:will|would|could|might|may)\s+(?:[\w-]+\s+){0,3}?(?:hold|own|take|have|"
    r"account\s+for|make\s+up|reach|supply|meet|capture|win|"
    r"(?:recover|return|rebound|rise|grow|climb|fall|drop|slip)\s+(?:back\s+)?to))\s*"
    r"(?:about\s+|around\s+|more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|almost\s+)?$",
    re.I,
)


def is_target(text: str, at: int, end: int, high: int, written: Dateline) -> bool:
    """A target or forecast, not a share held: the figure is one "to reach", or one "by" a
    year after the article was written (any year when the day of writing is unknown)."""
    come = _TO_COME.search(text, max(0, at - 40), at)
    if come is not None and not _AFTER_POINTS.search(text, max(0, come.start() - 40), come.start()):
        return True
    if _BY_THEN.match(text, end, high):
        return True  # "... by 2029 and supply a quarter of the cells ... by then"
    by = _BY_YEAR.match(text, end, high)
    return by is not None and (not written.stated or by.group("y") > written.period[:4])


# "gained 2.1 percentage points to take 20.1%": the change's result, not an aim
_AFTER_POINTS = re.compile(r"\d\s*(?:percentage\s+points?|points?|pp|pts)\.?,?\s*$", re.I)
_POINTS = re.compile(r"(?i)\bpoints?\b|\bpp\b|\bpts\b")
_RUNS_AT = re.compile(
    r"\b(?:runs?|running|ran|operat(?:es|ed|ing|e))\s+at\s+(?:about\s+|around\s+|nearly\s+)?$", re.I
)
REST = re.compile(r"\b(?:remaining|rest\s+of\s+the|other)\s+$", re.I)
# Words of owning a company or a project, of whose whole "the remaining 49%" is a part.
_OWNING = re.compile(
    r"(?i)\b(?:owns|owned|owning|(?:will|to|would)\s+own|stakes?|shareholdings?|shareholders?|"
    r"(?:joint\s+)?venture|equity|capital)\b"
)
_DURATION = re.compile(r"^\s*(?:an?\s+)?(?:hour|minute|year|day|decade|century)s?\b", re.I)
_NOT_A_SHARE_NOUN = re.compile(
    r"\b(?:margins?|returns?|rates?|yields?|growth|inflation|efficiency|tax(?:es)?|tariffs?|interest|"
    r"discounts?|stakes?|payout|dividends?|profits?|revenues?|costs?|prices?|utili[sz]ation|"
    r"threshold|requirement|requires?|required|mandates?|quotas?|vat|gst|content|duty|duties|levy|"
    r"recover(?:y|ies|s|ed|ing)?|swell(?:s|ing)?|swelled|expansion|"
    # a credit ratio: "funds from operations to debt of around 14%"
    r"debt|leverage|gearing|ratios?|"
    # an index's weight or free float, a buyer's offtake: "a weight of about 1.9% of the index"
    r"weights?|free\s+float|offtake|minimum|maximum|"
    # a charge or a cost of capital: "raised the royalty on lithium to 7%", "a WACC of 8.7%"
    r"royalt(?:y|ies)|wacc)\b"
    # "its operating margin on electric models was barely 3 per cent": a few words may come
    # between, but none that gives a share ("margins fell, yet it held 20% of ...").
    r"(?:(?!\b(?:share|held|holds?|took|takes|accounted|accounts|made|makes|supplied|supplies|"
    r"captured|controlled|commanded|led|ranked)\b)[^.;%,]){0,45}"
    # "the port's handling tax, currently 12%": the noun's level in an apposition
    r"(?:,\s+(?:currently|now|still|then|today)\s+(?:at\s+)?(?:about\s+|around\s+)?)?$",
    re.I,
)
_NOT_A_SHARE_NOUN = gated(
    _NOT_A_SHARE_NOUN,
    "margin return rate yield growth inflation efficiency tax tariff interest discount stake payout"
    " dividend profit revenue cost price utili threshold requir mandate quota vat gst content dut"
    " levy recover swell expansion debt leverage gearing ratio weight float offtake minimum"
    " maximum royalt wacc",
)
# "a joint venture in which it holds 40%", "holds 51% of the shares and Y 49%": a part of a
# business owned, said before the figure.
_OWNED_BEFORE = re.compile(
    r"(?:\b(?:joint\s+venture|venture|company|firm|subsidiary|business|project|plant)\s*,?\s+"
    r"in\s+which\s+(?:[\w'’-]+\s+){1,4}?(?:holds?|owns?|has|had|held|owned)\s+"
    r"(?:a\s+|an\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+)?|"
    r"(?:%|per\s*cent|percent)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:voting\s+)?"
    r"(?:shares|stock|share\s+capital|capital|equity)\b(?:[^.;%]{0,50}%){0,3}[^.;%]{0,50}|"
    # "70 per cent of our cells went into storage, and 30 per cent into buses": the same own
    r"(?:%|per\s*cent|percent)\s+of\s+(?:its|their|our)\s+[^.;%]{1,60}?,?\s+and\s+"
    r"(?:about\s+|around\s+|some\s+|the\s+other\s+)?)$",
    re.I,
)
# The rest of a market, held by no one the text names.
_FROM_OTHERS = re.compile(
    r"[^.;%]{0,50}?\b(?:came|come|comes|were|was|is|are)\s+(?:made\s+|supplied\s+|sold\s+)?"
    r"(?:from|by)\s+(?:all\s+)?(?:the\s+)?other\s+(?:companies|makers|suppliers|manufacturers|firms|"
    r"brands|producers|players)\b",
    re.I,
)
_OF_ANOTHER = re.compile(r"\s*of\s+(?!(?:the\s+|its\s+)?(?:shares|stock|capital|equity)\b)", re.I)
_OWNED_BEFORE = gated(_OWNED_BEFORE, "which shares stock capital equity its their our")
_CHARGE = re.compile(r"\b(?:re|dis|fast[- ]?|super)?charg", re.I)
_CHARGE = gated(_CHARGE, "charg")
_RANGE = re.compile(r"\d[\d.]*\s*%?\s*(?:-|\u2013|to)\s*\d")
# Lower case only: "in May" is a month.
# A threshold that sorts a plural: "the only other suppliers above 5%", "makers with more than 10%"
_THRESHOLD = re.compile(
    r"\b(?:suppliers|makers|companies|players|firms|producers|brands|manufacturers|rivals|"
    r"competitors|ones)\s+(?:with\s+)?(?:above|over|below|under|(?:more|less)\s+than)\s+$",
    re.I,
)
# the figure's own clause only: "X, which holds 31.2% of the market, said it would build"
_HYPOTHETICAL = re.compile(
    r"[^.;%,]{0,50}?\b(?:could|might|may|would)\s+(?!have\s+(?:held|had|taken))"
)
_IN_MINUTES = re.compile(
    r"^[^.;,]{0,30}?\bin\s+(?:(?:under|less\s+than|about|around|just|only)\s+)?\d+(?:\.\d+)?\s*"
    r"(?:minutes?|mins?|seconds?|secs?|hours?|hrs?)\b",
    re.I,
)
_LEFT_AT = re.compile(
    r"\b(?:leave|leaving|left|keep|keeping|kept|store|stored|park|parked)\s+"
    r"(?:(?!share\b)[\w-]+\s+){1,3}?at\s+(?:about\s+|around\s+)?$",
    re.I,
)
_LEFT_AT = folded_pattern(_LEFT_AT)
# "a loan at 7.5% a year", "5% per annum": a rate over time, not a part of a market.
_PER_TIME = re.compile(
    r"(?i)^\s*(?:a|per|each)\s+(?:year|annum|month)\b(?![\s-]+(?:earlier|ago|before|later|on|"
    r"prior|back)\b)|^\s*(?:annually|p\.\s?a\.)"
)
# "if its market share exceeded 10%", "should its share fall below 5%": a condition's threshold.
_IF_PASSES = re.compile(
    r"(?i)\b(?:if|unless|should|once)\b[^.;%]{0,80}?\b(?:exceeds?|exceeded|surpass(?:es|ed)?|"
    r"tops?|topped|(?:falls?|fell|drops?|dropped|goes|went|stays?|stayed)\s+(?:below|above|under|"
    r"over))\s+$"
)
_IF_PASSES = gated(
    _IF_PASSES, "if unless should once", "exceed surpass top fall fell drop goes went stay"
)
# "the display showed 10 percent": a gauge's reading, a charge level.
_READING = re.compile(
    r"(?i)\b(?:display|gauge|meter|screen|dashboard|indicator|app)\s+(?:showed|shows|read|reads|"
    r"said|says|displayed|displays)\s+(?:about\s+|around\s+|just\s+|only\s+)?$"
)
_READING = gated(_READING, "display gauge meter screen dashboard indicator app")
_TO_LEVEL = re.compile(r"\b(?:to|from|and|-|–)\s*$", re.I)
BY_BEFORE = re.compile(r"\b(?:by|until|through|before)\s+(?:the\s+end\s+of\s+)?$", re.I)
# The last letter of each word BY_BEFORE can end with ("by", "until", "through", "before",
# "of"), in either case: no other character matches them case aside.
_BY_LAST = frozenset("yYlLhHeEfF")


def by_before(text: str, end: int) -> bool:
    """Whether `text[:end]` ends as BY_BEFORE reads it ("by the end of", "until"). The pattern,
    anchored at the end, is tried from every character of the text; a text whose last letter
    before the white space ends none of its words is answered without it."""
    if text[:end].rstrip()[-1:] not in _BY_LAST:
        return False
    return BY_BEFORE.search(text, 0, end) is not None


# "of its/their/our ..." is a part of the holder's own business, never of a market, unless
# the words name a market ("of its home market").
_OF_OWN = re.compile(
    r"(?i)^\s*of\s+(?:its|their|our)\s+"
    r"(?!(?:[\w'’-]+\s+){0,3}?(?:markets?|segments?|industry|category|sector)\b)"
)
# A figure after an article ("a", "an") modifies the noun after it ("a 25% cost reduction").
_SHARE_HEAD = re.compile(r"(?i)^\s*(?:-\s*)?(?:[\w-]+\s+){0,2}?(?:share|slice|portion|piece)s?\b")


# "An earlier version of this article said X handled 32 per cent; it is 23 per cent", "(b)
# Revised from 18.6% in our June issue": a figure a correction withdrew is no one's share.
_WITHDRAWN = re.compile(
    r"(?i)\b(?:earlier|previous|original|first)\s+(?:version|edition)\s+of\s+(?:this|the|our)\s+"
    r"\w+\s+(?:said|stated|gave|reported|put|wrote)\b[^;]*$|"
    r"\brevised\s+(?:(?:up|down)(?:wards?)?\s+)?from\s+$"
)
_WITHDRAWN = gated(_WITHDRAWN, "version edition revised")


def is_share_figure(sentence: Sentence, at: int, end: int, fraction: bool = False) -> bool:
    """False for a percent that is a change, a charge level, a part of sales or a duration."""
    text = sentence.text
    # "the remaining 49%" is what is left of an owned whole in a paragraph about owning
    # ("X owns 51%; Y the remaining 49%"), else the rest of a market split among holders
    owned = bool(REST.search(text, max(0, at - 40), at)) and bool(
        _OWNING.search(sentence.passage.text)
    )
    return _share_figure(text, at, end, fraction, owned)


@lru_cache(maxsize=4096)
def _share_figure(text: str, at: int, end: int, fraction: bool, owned: bool = True) -> bool:
    # Asked of the same figures by the companies and the shares stage: the second is looked up.
    if _POINTS.search(text, at, end):
        return False  # "three percentage points": a change read as one figure
    before, after = text[max(0, at - 40) : at], text[end:]
    changed = holds_any(before, _CHANGE_WORDS) and _CHANGE_BEFORE.search(before)
    if changed or _CHANGE_AFTER.match(after) or _RUNS_AT.search(before):
        return False
    if _CHARGE.search(text) and (_TO_LEVEL.search(before) or _RANGE.match(text, at, end)):
        return False  # "charges to 80 per cent", "charges 10-80% in 15 minutes"
    if _IN_MINUTES.match(after) and (_TO_LEVEL.search(before) or _RANGE.match(text, at, end)):
        return False  # "goes from 10 to 80 percent in 18 minutes": a charge, the word unsaid
    if _LEFT_AT.search(before):
        return False  # "leave an EV at 100 percent for a week": a charge level
    if _READING.search(before):
        return False  # "until the gauge read 10 percent": a charge level
    if "a" in after[:12] and _PER_TIME.match(after):
        return False  # "a loan at 7.5% a year": a rate
    if _IF_PASSES.search(text, max(0, at - 120), at) or _THRESHOLD.search(before):
        return False  # "if its market share exceeded 10%", "the only suppliers above 5%"
    if _HYPOTHETICAL.match(after):
        return False  # "as many as 40 percent of current models could lose eligibility"
    if _WITHDRAWN.search(text, max(0, at - 200), at):
        return False  # "An earlier version of this article said ... 32 per cent"
    if _NOT_A_SHARE_NOUN.search(before):
        return False  # "its operating margin to 8 percent", "a tariff of 25 percent"
    own = _OWN_BUSINESS.match(after)
    whose = own.group("whose") if own else None
    if own and not (whose and all(w in PLACE_WORDS for w in whose.lower().split())):
        # "half of its sales", "30% of a carmaker's cells": a part of one company's business,
        # not a market share ("40% of China's batteries" is one)
        return False
    if _OF_OWN.match(after):
        return False  # "60% of its cathode materials", "9% of our revenue": the holder's own
    if before.rsplit(None, 1)[-1:] in (["a"], ["an"], ["A"], ["An"]) and not _SHARE_HEAD.match(
        after
    ):
        return False  # "a 25% cost reduction", "a 10% premium": an article's figure is a share
        # only when the noun it modifies is one ("a 4.7% share of")
    if "pa" in before and _PAID.search(before):
        return False
    if _OF_TAKINGS.match(after):
        return False  # "now make up 23% of revenue", "70 percent of orders so far"
    rest = REST.search(before)
    if rest and owned:
        return False  # "the remaining 49%" of a venture
    if not rest and "other" in after[:80] and _FROM_OTHERS.match(after):
        return False  # "more than 60 per cent of batteries came from other companies"
    if _OWNED_BEFORE.search(text, max(0, at - 160), at) and not _OF_ANOTHER.match(after):
        return False  # "a joint venture in which it holds 40%", not "... and 30% of the market"
    return not (fraction and _DURATION.match(after))  # "half an hour"


def league_table_in_prose(
    sentences: Sequence[Sentence], resolver: Resolver, talks: list[bool]
) -> None:
    """Marks as share talk the sentences that pair a company with a percent that is no change
    or level ("Tianzhu Energy covered 34.2%", "Ampa Celle stops at 3.1%") when the article
    pairs three or more companies so: a league table written as prose speaks of shares though
    no word says "share" (its figures' own clauses still decide each one)."""
    paired: dict[int, set[str]] = {}
    for n, sentence in enumerate(sentences):
        if talks[n] or not sentence.mentions or not sentence.quantities:
            continue
        for q in sentence.quantities:
            if q.unit != "percent":
                continue
            at, end = sentence.local(q)
            named = [m for m in sentence.mentions if m[2] <= at]
            if not named or at - named[-1][2] > _PAIR_GAP or not resolver.mentioned:
                continue
            ident = named[-1][0]
            known = resolver.companies.get(ident)
            if known is not None and known.kind in ("research firm", "media", "government"):
                continue
            if is_share_figure(sentence, at, end):
                paired.setdefault(n, set()).add(ident)
    if len(set().union(*paired.values()) if paired else ()) >= 3:
        for n in paired:
            talks[n] = True


_PAIR_GAP = 60  # characters between a name and its figure, about a clause's length


# "40 percent of the venture", "31% of the company": a stake in a firm, no part of a market
_OF_A_VENTURE = re.compile(
    r"\s*of\s+(?:the|its|their|this|that)\s+(?:new\s+)?(?:joint\s+)?(?:venture|company|"
    r"consortium|partnership)\b(?!['’])"
)
_NO_FIGURE = re.compile(r"[^\d%;]{1,60}")
_OF_AFTER = re.compile(r"\s*of\b")


def stake_ellipsis(text: str, positions: Sequence[tuple[int, int]], n: int, dropped: int) -> bool:
    """Whether figure n is a stake: "of the venture" after it, or after the figure before it
    that the sentence goes on from ("X will hold 40 percent of the venture and Y 60 percent")."""
    end = positions[n][1]
    if _OF_A_VENTURE.match(text, end):
        return True
    if not n or dropped != n - 1 or not _OF_A_VENTURE.match(text, positions[n - 1][1]):
        return False
    return (
        _NO_FIGURE.fullmatch(text, positions[n - 1][1], positions[n][0]) is not None
        and _OF_AFTER.match(text, end) is None
    )


_OF_THE = re.compile(r"\s*of\s+(?:the\s+)?")


def of_a_company(sentence: Sentence, end: int) -> bool:
    """Whether the figure ending at `end` is a part of a company the text names ("the state
    fund holds 24 percent of X"): a stake, not a market ("of X's sales" is X's own business)."""
    of = _OF_THE.match(sentence.text, end) if sentence.mentions else None
    if of is None:
        return False
    return any(
        start == of.end() and sentence.text[stop : stop + 1] not in ("'", "’")
        for _, start, stop in sentence.mentions
    )
