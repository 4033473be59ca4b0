"""The words and patterns of news copy that make a capitalised run a company or rule it out.

English only, never a name: kinds and titles, corporate suffixes and verbs, the phrases around
an organisation ("a unit of", "analysts at", "carmakers such as") and around a person, a place
or a product. `companies.py` weighs them on each name.
"""

from __future__ import annotations

import re

from evkb.kb.extract.gates import folded_pattern
from evkb.kb.records.company_bodies import (  # noqa: F401  (read as cue.X)
    CHAMBERS,
    INSTITUTION_HEADS,
    LEGISLATURES,
    named_with_place,
    national_body,
    of_its_town,
    public_body,
)
from evkb.kb.records.company_forms import (  # noqa: F401  (read as cue.X)
    COMMON_ACRONYMS,
    CONNECTORS,
    DOTTED_FORM,
    LEADING_FORMS,
    LEADING_FORMS_WRITTEN,
    LEGAL_FORM,
    LEGAL_WORDS,
    MAKER_WORDS,
    NOUN_ENDINGS,
    ORG_HEADS,
    ORG_WORDS,
    ORGAN,
    ORGAN_ENDS,
    ORGAN_OF,
    SUFFIXES,
)
from evkb.kb.records.company_people import (  # noqa: F401  (read as cue.X)
    HOLDER_BEFORE,
    INITIALS,
    PERSON_AFTER,
    PERSON_BEFORE,
    PORTFOLIO_BEFORE,
    SPEECH_AFTER,
    TITLE_WORD,
    TITLES,
    WHO_AFTER,
)
from evkb.kb.records.company_places import (  # noqa: F401  (read as cue.X)
    DATELINE,
    DATELINE_DASH,
    EXCHANGE_BEFORE,
    FILED_BEFORE,
    PLACE_BEFORE,
    PLACE_LAST,
    PLACED,
    TOWN_REGION,
    dateline_outlet,
)
from evkb.kb.records.company_products import (  # noqa: F401  (read as cue.X)
    MAKER_OF,
    MODEL_CODE,
    PRODUCT_AFTER,
    PRODUCT_APPOSED_BEFORE,
    PRODUCT_APPOSITION_AFTER,
    maker_head,
    model_maker,
    product_after,
)
from evkb.kb.records.context import COUNTRY_WORD, KIND_NOUN, KIND_OF_NOUN, NAME_KIND_WORDS

# Words that open sentences or phrases without being part of a name.
LEADING = frozenset(
    """the a an this that these those its it their our his her both each every all some many most
    several few no any another other such only even also but and or so yet then now meanwhile
    however still while when where after before since until if as at by for from in into on with
    without under over about among between during through via per according unlike like despite
    although though because whereas whether why how what which who new former rival fellow
    further more less last next first earlier later sales shares analysts executives officials
    production demand prices output data figures reports research moreover furthermore
    additionally besides overall instead indeed thus hence therefore second third fourth fifth
    sixth seventh eighth ninth tenth top together respectively elsewhere currently
    recently competitor competitors rivals there here outside inside beyond separately notably
    importantly crucially similarly likewise alternatively conversely nevertheless nonetheless
    ultimately initially previously subsequently consequently accordingly behind ahead alongside
    against beside around below toward towards except including excluding versus upon within
    unless""".split()
)
# Words an analyst's note prints after a company's name: its rating, never part of the name
# ("Acme Power Overweight", "Acme Underweight thesis").
RATINGS = frozenset(
    """overweight underweight equal-weight equalweight market-weight outperform underperform
    buy sell hold neutral accumulate reduce""".split()
)
# "We cut Acme to Underweight", "Acme (Buy)", "our Overweight on Acme": only a listed company
# is rated. Capitals only: "Tokyo to hold talks" is a verb.
RATED_AFTER = re.compile(
    r"^(?:\s+(?:to|at)\s+(?:an?\s+)?|\s+\(|\s+)(?:Overweight|Underweight|Equal-weight|"
    r"Outperform|Underperform|Market-weight|Buy|Sell|Hold|Accumulate)\b(?!\s+(?:the|a|an|its)\b)"
)

POSSESSIVE_END = re.compile(r"['’]s$")
# After the outlet a speaker "told": what was told, when, or the sentence's end.
TOLD_AFTER = re.compile(
    r"^(?:\s+(?:that|the|this|last|on|in|at|during|earlier|recently|when|how|it|its|in\s+an)\b|"
    r"\s*[.,;:\"”]|\s*$)"
)
POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
TOKEN = re.compile(r"\S\S*")  # (see quantities._LOWER_TOKEN)
NO_LETTERS = re.compile(r"[\d\W]+")
# What may open a sentence before its first word: quotes, brackets, a bullet's mark.
OPENERS = re.compile(r"(?:[-–•*]\s+)?[\"“‘(\[]*")
PERSON_WORD = re.compile(r"[A-Z][a-z'’-]+")
OF_PLACE = re.compile(r"^(.+?)\s+of\s+(.+)$")
# (not the parts of an address: "ir@acme.example", "www.acme.com" write a name in lower case)
# The first letter is read before the look back ("\b" and no "@" or "." before it): a pattern
# that opens with a letter is tried only where one stands, not at every character.
LOWER_WORD = re.compile(r"[a-z](?<![\w@.][a-z])[a-z-]+\b(?![@.][a-z])")
# (and the place the body is of: "... Trade and Crafts of Moldova")
LISTED = re.compile(
    r"(?:,\s+[A-Z][\w&-]*)+,?\s+(?:and|&)\s+[A-Z][\w&-]*(?:\s+of\s+(?:the\s+)?[A-Z][\w&-]*)?"
)

DESCRIBED_BEFORE = re.compile(
    rf"(?:^|\b)(?P<adj>(?:[\w'’.-]+\s+){{0,3}}?)(?P<noun>{KIND_NOUN}),?\s+$", re.I
)
DESCRIBED_BEFORE = folded_pattern(DESCRIBED_BEFORE)
DESCRIBED_AFTER = re.compile(
    # ("Yacimientos de Litio de Yaraví (YLY), the provincial state company": its initials first)
    rf"^(?:\s+\([A-Z][\w&-]{{1,9}}\))?"
    rf"(?:,\s+(?:which\s+is\s+|who\s+is\s+)?|\s+(?:is|was|remains|remained|became)\s+)(?:the|a|an|its)\s+"
    rf"(?P<adj>(?:[\w'’.-]+\s+){{0,4}}?)(?P<noun>{KIND_NOUN})\b"
    # An apposition closes ("X, the Swedish cell maker, said"); "Moreover, the automaker will"
    # is a sentence going on after an adverb.
    r"(?=\s*(?:,|\.|;|\)|$)|\s+(?:that|which|based|headquartered|in|with|and|backed|owned|"
    r"founded|listed|controlled|run|led|known|whose|of|from|for|since)\b"
    # "X, the battery start-up spun out of a university": a participle going on about it.
    r"|\s+(?:[a-z]+ed|spun|set|built|born|made|grown)\s+(?:out|up|off|in|by|from|at|with|as)\b)",
    re.I,
)
COUNTRY_POSSESSIVE = re.compile(
    rf"\b(?P<c>{COUNTRY_WORD}|China|Japan|Korea|Germany|Sweden|France)['’]s\s+$"
)
# "Pavan Motors, India's third-largest seller": the country of an apposition.
COUNTRY_APPOSITION = re.compile(rf"^,\s+(?:the\s+)?(?P<c>{COUNTRY_WORD}|South\s+Korea)['’]s\s")
# Words before a kind noun that change the kind it says ("rating agency" is no government's).
QUALIFIED_KINDS = {
    "rating": "research firm",
    "ratings": "research firm",
    "credit": "research firm",
    "news": "media",
    "press": "media",
    "advertising": "other",
}
OF_COUNTRY = re.compile(r"^\s+of\s+(?P<c>[A-Z][\w.]+(?:\s+[A-Z]\w+)?)")
SITED = re.compile(
    r"-(?:based|headquartered|listed|born|backed|owned|registered|built|made|assembled|produced|"
    r"controlled|funded|run)$",
    re.I,
)
BASED = re.compile(rf"(?P<c>{COUNTRY_WORD}|China|Japan|Korea|Germany|Sweden|France)-based\s+$")
# What a call's operator says before the person who asks: "The next question comes from ",
# "is from the line of ".
QUESTION_FROM = r"\bquestions?\s+(?:comes?|is|are)\s+from\s+(?:the\s+line\s+of\s+)?"
# The operator's words before a run, which is a person then, and "of" the body they ask for:
# "The first question comes from Jo Roe of Acme Partners".
QUESTION_FROM_BEFORE = re.compile(QUESTION_FROM + r"$", re.I)
AT_ORG = re.compile(
    r"\b(?:analysts?|executives?|researchers?|officials?|engineers?|staff|workers|employees|"
    r"campaigners|activists|members|representatives|protesters|volunteers|"
    r"spokes(?:person|man|woman)|chief executive|CEO|president|head|boss|chairman|shareholders?)\s+"
    r"(?:at|of|for|from|with)\s+$|"
    # the operator of a call: "Our next question comes from Jo Roe with Acme Partners.", "is
    # from the line of Jo Roe from Acme Partners" (the line is no person)
    rf"{QUESTION_FROM}(?!the\s)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}\s+"
    r"(?:with|of|at|from)\s+$",
    re.I,
)
AT_ORG = folded_pattern(AT_ORG)
# A transcript's or a byline's "Name, Analyst, Firm": the firm after the person's title.
TITLED_AT = re.compile(
    r"\b(?:analyst|economist|strategist|managing\s+director|partner|portfolio\s+manager|"
    r"head\s+of\s+research|research\s+analyst),\s+$",
    re.I,
)
ACCORDING = re.compile(
    r"\b(?:according\s+to|told|reported\s+by|data\s+from|figures\s+from|compiled\s+by|cited\s+by)\s+$",
    re.I,
)
# "the Anhui provincial government", "the Gujarat government", "Sorvika municipality", "the
# Corbin school district": a public body named by its place, the rest in lower case; a body
# named by its place and its remit ("the Marrish port authority", "the Halvane Development
# Zone management committee").
GOVERNMENT_AFTER = re.compile(
    r"^\s+(?:(?:(?:state|provincial|municipal|regional|prefectural|city|county|federal|territory|"
    r"local)\s+)?(?:government|govt)|municipality|(?:city|county|district|regional)\s+council|"
    r"school\s+district|(?:port|harbour|harbor|zone|park|management|planning|development|"
    r"transport|transit|water|airport)\s+(?:authority|committee|commission)|"
    # "the Orvalle region has granted EUR 45 million", "Kelso province will support the
    # line": a region that gives is its body
    r"(?:region|province|prefecture|county)(?=\s+(?:has|have|"
    r"had|will|is|was|are)\s+(?:also\s+)?(?:granted|awarded|lent|pledged|committed|contribut(?:ed|"
    r"ing)|approved|provided|offered|agreed|support(?:ing)?)\b))\b"
)
# "Samsung SDI", "Soyang SDX": initials after a first name word make a company's name (two
# letters are as often a model, "Lexus RZ"; five or digits a product, "IONIQ", "EV6").
NAME_INITIALS = re.compile(r"^[A-Z]{3,4}$")
DETERMINERS = frozenset("my your our his her their its".split())
# "a Halberg research institute", "a Shenzhen battery maker": a name before a kind noun in
# lower case qualifies an organisation left unnamed.
ATTRIBUTIVE_AFTER = re.compile(rf"^\s+(?:[a-z][\w-]*\s+){{0,2}}?{KIND_NOUN}\b")
# Money "through the ... Fund" or "under the ... Scheme" runs through a programme, not a body.
# "the France Industrie 2030 plan", "its Vision 2030 programme": a plan's name, not a body's.
PLAN_AFTER = re.compile(
    r"\s+(?:\d{4}\s+)?(?:plan|programme|program|strategy|initiative|scheme|agenda|roadmap)\b"
)
PROGRAMME_HEADS = frozenset("fund programme program scheme initiative facility pool".split())
THROUGH_BEFORE = re.compile(
    r"\b(?:through|under|via|(?:paid|financed|funded|drawn)\s+from)\s+"
    r"(?:the|its|a|(?:the\s+)?[A-Z][\w.]*['’]s)\s+(?:(?:federal|national|state|government['’]s)\s+)?$|"
    # "awarded it £380 million from its Drive Forward Fund", "a grant from the Danish Energy
    # Agency's Green Freight Pool": a fund some body owns is that body's programme
    r"\bfrom\s+(?:its|their|(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}['’]s)\s+$",
    re.I,
)
# "at its Fernmoor plant", "their Quillbank factory": the name says where the company's site is.
ITS_BEFORE = re.compile(r"\b(?:its|their|our)\s+$", re.I)
OWN_SITE = re.compile(
    r"^\s+(?:[a-z][\w-]*\s+){0,2}?(?:plant|plants|factory|factories|site|sites|facility|"
    r"gigafactory|works|campus|mine|refinery)\b"
)
# A row of a table written as text that opens on the name: "Ampelis | Dunkirk | 24 GWh".
# A colon only before a figure: "Wibke Brumfitt: The site will ..." is a transcript's speaker.
ROW_AFTER = re.compile(r"^\s*(?:\([^)]{1,30}\)\s*)?(?:[|\t]|\s{2,}|:\s+(?=[$€£¥\d]))")
# The rest of such a row is figures only: "Falvik Home        9.6             10.2" (its country
# in brackets first: "Acme Cells (Korea) | 9.6 | 10.2").
FIGURES_ROW = re.compile(
    r"^(?:\s*\([^)]{1,30}\))?(?:\s*[|\t]?\s*[-–—]?[$€£¥]?[\d][\d.,]*\s*(?:%|pp?|bn|m)?)+\s*\|?\s*$"
)
# Nouns that end a site's name: an industrial park or zone is where plants stand, not who owns them.
SITE_HEADS = frozenset("park zone estate".split())
# Nouns that end an event's name: "Supplier Day", "Battery Show", "Mobility Summit".
EVENT_HEADS = frozenset("day summit conference expo festival awards fair show".split())
# A table's rows that are no company of their own.
ROW_LABELS = frozenset(
    "others other total rest all remainder subtotal average market rank no. position".split()
)
# "said Jane Roe, chief executive", "said Lee of Acme": the speaker's name ends there.
SPEAKER_ENDS = re.compile(r"^\s*(?:$|[,.;:)!?\"”’]|\s+(?:of|at|from|who|in|on)\b)")
RANKED = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:[\s-]+plac(?:e|ed))?\b|"
    r"\branked\b|\bNo\.\s?\d\b",
    re.I,
)
RANKED = folded_pattern(RANKED)
# Prepositions a title-cased headline capitalises and a name does not carry.
HEADLINE_WORDS = frozenset("On In To For With At From Into Over After As By Amid".split())
AT_LAST = frozenset("at of for from with".split())
# "Nubanir's Guletu", "Acme's Allegro": what a company's possessive names is its own product,
# plant or unit, not another company (a country's possessive aside: "Korea's SK On").
OWNED = re.compile(r"\b[A-Z][\w&-]*['’]s\s+$")
# Versions a carmaker sells a model in ("the Rave Long Range"): a name ending so is a car's.
TRIMS = ("long range", "standard range", "extended range", "performance", "standard")
# Plural nouns that end the names of a site's pages and policies, never an organisation's.
PAGE_NOUNS = frozenset(
    "principles standards guidelines policies terms conditions values notices rules".split()
)
# Labels a press page prints in capitals before a name ("SOURCE Acme", "NEWS PROVIDED BY").
LABELS = frozenset("source news provided by update breaking exclusive contact media".split())
VERBS = (
    r"announce[sd]?|confirm(?:s|ed)?|unveil(?:s|ed)?|launch(?:es|ed)?|introduce[sd]?|invest(?:s|ed)?|build(?:s)?|"
    r"built|open(?:s|ed)?|plan(?:s|ned)?|produce[sd]?|suppl(?:y|ies|ied)|sign(?:s|ed)?|agree[sd]?|"
    r"acquire[sd]?|bought|buys|sell(?:s)?|sold|ship(?:s|ped)?|deliver(?:s|ed)?|report(?:s|ed)?|"
    r"post(?:s|ed)|raise[sd]?|secure[sd]?|develop(?:s|ed)?|manufactur(?:es|ed)|aim(?:s|ed)?|"
    r"intend(?:s|ed)?|began|begins|start(?:s|ed)|reveal(?:s|ed)|showcase[sd]?|debut(?:s|ed)|"
    r"partner(?:s|ed)|team(?:s|ed)|won|receive[sd]?|employ(?:s|ed)?|make[s]?|operate[sd]?|"
    r"hold(?:s)?|held|control(?:s|led)?|lead(?:s)?|rank(?:s|ed)|capture[sd]|accounted|took|"
    r"commit(?:s|ted)?|spend(?:s)?|spent|pour(?:s|ed)?|earmark(?:s|ed)?|allocate[sd]?|"
    r"financ(?:es|ed)|borrow(?:s|ed)?|"
    r"form(?:s|ed)|expand(?:s|ed)?|cut(?:s)?|halt(?:s|ed)?|delay(?:s|ed)?|recall(?:s|ed)?|"
    r"overtook|overtake[sn]?|trail(?:s|ed)|followed|unveil|will|has\s+been|made|"
    # "Acme presents its plant", "Acme presents the Allegro 160": a programme's exhibitor
    r"present(?:s|ed)\s+(?:its\b|their\b|the\s+(?:new\s+)?(?=[A-Z]))|"
    r"is\s+(?:also\s+)?(?:building|investing|planning|developing|considering|seeking|weighing)"
)
CORPORATE_VERB = re.compile(
    # "Acme Power Limited (APL) will build": its short form first
    # "Acme (ACM) on Tuesday signed": the day between the name and its verb
    rf"^(?:\s+\([A-Z][\w&-]{{1,9}}\))?(?:,[^,.]{{1,60}},)?(?:\s+on\s+[MTWFS][a-z]+day)?"
    rf"(?:\s+(?:also|has|have|had|would|could|may|recently|previously|now|"
    rf"already|jointly|said\s+it\s+(?:will|would|had|has)|is\s+set\s+to|is\s+expected\s+to|expects\s+to|"
    rf"intends\s+to|plans\s+to|aims\s+to|[a-z]{{3,}}ly))*\s+(?:{VERBS})\b"
)
TITLE_LAST = frozenset(
    """mr mrs ms dr prof sir dame ceo cfo cto executive officer chairman chairwoman president
    founder co-founder analyst spokesperson spokesman spokeswoman minister secretary senator
    governor director head professor economist engineer manager reporter author boss
    chief""".split()
)
KIND_LAST = (
    frozenset(n.replace("-", " ").split()[-1] for n in KIND_OF_NOUN)
    | frozenset(n.split("-")[-1] for n in KIND_OF_NOUN if "-" in n)
    | frozenset(n.split()[-1] for n in KIND_OF_NOUN)
)
PREPOSITIONS = frozenset(
    "of in at from to for with by on into near across over under than between among".split()
)
# "the IG Metall union", "the Unite trade union": a union named before its kind.
UNION_AFTER = re.compile(r"^\s+(?:trade\s+|labou?r\s+)?union\b(?!\s+(?:of|for)\b)")
# "Mahlangu Transit, which runs 640 buses": what only an organisation does, said of it in a
# relative clause (a person is "who", a town "hosts" or "is home to").
WHICH_RUNS = re.compile(
    r"^,\s+(?:which\s+(?:also\s+)?(?:runs|operates|employs|represents|supplies|manufactures|"
    r"produces|assembles|makes|builds|sells|owns)|whose\s+(?:\w+\s+)?(?:factories|plants|"
    r"cars|vehicles|buses|cells|batteries|shares|customers|products|models))\b"
)
# "Department of Energy (DOE)"; a release's defined name, after its ticker if any:
# 'Acme Materials Inc. (TSX: AMI) ("Acme" or "the Company")'.
ABBREVIATION_AFTER = re.compile(
    r"^\s+(?:\([A-Z]{2,8}:\s*[A-Z0-9.]{1,8}\)\s+)?\((?:(?P<abbr>[A-Z][A-Za-z0-9&]{1,7})|"
    # a Chinese filing's '(hereinafter referred to as "Tianli Energy")'
    r"(?:(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as|called)\s+)?"
    r"[\"“](?P<defined>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})[\"”](?:\s+or\s+[^()]{1,40})?)\)"
)
# A filing's definitions, the term first: '"ACW" means Acme Cell Works LLP;'.
DEFINED_BEFORE = re.compile(
    r"(?:^|\s)[\"“](?P<abbr>[A-Z][A-Z0-9&]{1,9})[\"”]\s+means\s+$(?P<defined>)"
)


# Words of a name that say its kind before the general ones do: a county council governs
# (an "association" by its last word), "... Chemicals" supplies, "... Securities" analyses, a
# chamber of commerce speaks for its members.
OWN_NAME_KINDS = (
    (
        "government",
        (
            "county council",
            "city council",
            "district council",
            "borough council",
            "state council",
            "government of",
            "treasury",
        ),
    ),
    # "... Securities" analyses; "... Mobility Data", "... Metrics" sell figures
    ("research firm", ("securities", "data", "metrics")),
    # a chamber of commerce or of industry is its members' body (a "Chamber of Deputies" sits)
    ("association", ("chamber of commerce", "chamber of industry", "chambers of commerce")),
    (
        "supplier",
        (
            "materials",
            "chemical",
            "chemicals",
            "lithium",
            "mining",
            "metals",
            "minerals",
            "anode",
            "cathode",
            "graphite",
            "nickel",
            "cobalt",
            "refining",
            "recycling",
            # what a cell is made of, and what is made of cells ("... Cathodes", "... Packs")
            "cathodes",
            "anodes",
            "separator",
            "separators",
            "electrolyte",
            "electrolytes",
            "membrane",
            "precursor",
            "precursors",
            "pack",
            "packs",
            "cellpack",
            "modules",
            "powertrain",
            "drive systems",
            # a maker of systems of packs ("... Power Systems", "... Energy Systems")
            "power systems",
            "energy systems",
            # the metals in the languages names keep ("... Litio S.A.", "PT ... Nikel ...")
            "litio",
            "nikel",
        ),
    ),
    (
        "automaker",
        (
            "trucks",
            "automobile",
            "automobiles",
            "bus",
            "buses",
            "coachworks",
            "moto",
            "motorcycle",
            "motorcycles",
            "carts",
        ),
    ),
    # "battery" in the languages company names keep untranslated ("... Baterías S.L.", "PT ...
    # Baterai ...", "... Batteri AB"); a German "Batterie" names pack makers as often
    (
        "cell maker",
        ("batteri", "baterias", "baterías", "batarya", "baterai", "baterije"),
    ),
)
NAME_KINDS = [
    (kind, re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b"))
    for kind, words in (*OWN_NAME_KINDS, *NAME_KIND_WORDS)
]
