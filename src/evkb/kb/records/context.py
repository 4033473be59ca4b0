"""What every record rule needs: body sentences, their figures, names and periods; words of English.

Knowledge of English only (kinds of organisation, nationalities, calendar words), never of a
document: a rule here must hold for any news article about the battery industry.

Past ~500 lines: about half of it is word tables of English (kinds, nationalities, calendar)
that every record rule reads, and the references all rules resolve alike. Periods are in
`periods.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from evkb.kb.extract import extract_quantities, split_sentences
from evkb.kb.extract.gates import holds_any
from evkb.model import BODY, Citation, Claim, Passage, Quantity


@dataclass(slots=True)
class Sentence:
    """One sentence of a body passage; offsets absolute, `text[s - start]` is the source text."""

    passage: Passage
    start: int
    end: int
    text: str
    quantities: list[Quantity]
    index: int  # position among the document's body sentences
    first_in_passage: bool
    mentions: list[tuple[str, int, int]] = field(
        default_factory=list
    )  # (company id, start, end), local

    def cite(self, source: str) -> Citation:
        return Citation(source, self.text, self.passage.id, self.start, self.end)

    def local(self, quantity: Quantity) -> tuple[int, int]:
        return quantity.start - self.start, quantity.end - self.start


def _figures_of_claims(claims: Sequence[Claim]) -> dict[str, list[Quantity]]:
    """Each passage's figures as the claims stage read them, `equivalent` indexing the list."""
    figures: dict[str, list[Quantity]] = {}
    for claim in claims:
        own = figures.setdefault(claim.passage, [])
        base = len(own)
        own += [
            q if q.equivalent == -1 else replace(q, equivalent=q.equivalent + base)
            for q in claim.quantities
        ]
    return figures


def body_sentences(
    passages: Sequence[Passage], claims: Sequence[Claim] | None = None
) -> list[Sentence]:
    """The sentences of body passages only: captions, boilerplate and unrelated lists never
    make records, and headings restate the body without its context.

    `claims` of the same passages, when given, save reading every figure a second time."""
    figures = _figures_of_claims(claims) if claims is not None else None
    sentences: list[Sentence] = []
    for passage in passages:
        if passage.kind != BODY:
            continue
        if figures is None:
            quantities = extract_quantities(passage.text, passage.start)
        else:
            quantities = figures.get(passage.id, [])
        first_sentence = True
        at = 0
        for start, end in _joined(split_sentences(passage.text, passage.start), passage):
            own = []
            first = at
            while at < len(quantities) and quantities[at].start < end:
                at += 1
            for q in quantities[first:at]:
                # `equivalent` indexes the passage's figures; a sentence's records use its own.
                local = q.equivalent - first if q.equivalent != -1 else -1
                own.append(
                    q
                    if local == q.equivalent
                    else replace(q, equivalent=local if 0 <= local < at - first else -1)
                )
            text = passage.text[start - passage.start : end - passage.start]
            sentences.append(
                Sentence(passage, start, end, text, own, len(sentences), first_sentence)
            )
            first_sentence = False
    return sentences


_SUFFIX_END = re.compile(r"\b(?:Co|Inc|Corp|Ltd|Bros)\.$")


def _joined(spans: list[tuple[int, int]], passage: Passage) -> list[tuple[int, int]]:
    """Sentence spans with a split after a corporate suffix ("... Co. Limited") undone."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and _SUFFIX_END.search(passage.text, 0, out[-1][1] - passage.start):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """A stable id piece: lower case ASCII letters and digits joined by hyphens."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _SLUG_DROP.sub("-", plain.lower()).strip("-") or "x"


def number_id(value: float) -> str:
    """A figure as an id piece: "37.6", "3200000000"."""
    return str(int(value)) if float(value).is_integer() else f"{value:.6g}"


# --- kinds of organisation -------------------------------------------------------------------

# Nouns a news text uses for an organisation, and the kind each says.
_KIND_NOUNS: dict[str, tuple[str, ...]] = {
    "automaker": (
        "automaker",
        "automakers",
        "carmaker",
        "carmakers",
        "car maker",
        "car makers",
        "car manufacturer",
        "auto maker",
        "auto giant",
        "auto manufacturer",
        "car company",
        "automobile manufacturer",
        "vehicle maker",
        "vehicle manufacturer",
        "ev maker",
        "ev makers",
        "electric vehicle maker",
        "electric-vehicle maker",
        "ev manufacturer",
        "ev start-up",
        "ev startup",
        "truck maker",
        "carmaking giant",
        "auto group",
        "car group",
        "electric car maker",
        "electric carmaker",
        "marque",
    ),
    "cell maker": (
        "battery maker",
        "battery makers",
        "battery manufacturer",
        "battery producer",
        "battery giant",
        "battery company",
        "battery supplier",
        "battery firm",
        "battery start-up",
        "battery startup",
        "battery developer",
        "cell maker",
        "cell makers",
        "cell manufacturer",
        "cell giant",
        "cell supplier",
        "cell producer",
        "battery cell maker",
        "battery-maker",
        "cell-maker",
        "battery group",
    ),
    "supplier": (
        "supplier",
        "materials supplier",
        "materials company",
        "materials firm",
        "materials maker",
        "miner",
        "mining company",
        "mining group",
        "lithium producer",
        "lithium miner",
        "lithium company",
        "cathode maker",
        "cathode producer",
        "anode maker",
        "chemical company",
        "chemicals group",
        "chemicals company",
        "refiner",
        "parts maker",
        "component maker",
        "components maker",
        "chipmaker",
        "recycler",
        "recycling company",
    ),
    "government": ("government", "ministry", "regulator", "agency", "department"),
    "research firm": (
        "market researcher",
        "research firm",
        "research house",
        "consultancy",
        "consulting firm",
        "analytics firm",
        "data provider",
        "market tracker",
        "research company",
        "think tank",
        "market research firm",
        "research group",
        "analyst firm",
        "researcher",
        "tracker",
    ),
    "media": (
        "newspaper",
        "news agency",
        "news outlet",
        "outlet",
        "publication",
        "broadcaster",
        "magazine",
        "business daily",
        "daily",
        "news service",
        "website",
        "trade publication",
    ),
    "association": (
        "association",
        "federation",
        "trade body",
        "industry body",
        "lobby group",
        "trade group",
    ),
    "other": (
        "company",
        "firm",
        "group",
        "conglomerate",
        "trading house",
        "start-up",
        "startup",
        "utility",
        "brand",
        "giant",
        "maker",
        "manufacturer",
        "producer",
    ),
}
KIND_OF_NOUN = {noun: kind for kind, nouns in _KIND_NOUNS.items() for noun in nouns}
_NOUNS = sorted(KIND_OF_NOUN, key=len, reverse=True)
KIND_NOUN = r"(?:" + "|".join(re.escape(n).replace(r"\ ", r"[\s-]") for n in _NOUNS) + r")"

# Words a name of these kinds carries ("Ministry of ...", "... Research").
NAME_KIND_WORDS = (
    (
        "government",
        (
            "ministry",
            "department",
            "agency",
            "government",
            "commission",
            "office",
            "administration",
        ),
    ),
    (
        "research firm",
        ("research", "insights", "analytics", "intelligence", "consulting"),
    ),
    ("media", ("news", "times", "journal", "post", "press", "media", "herald", "tribune")),
    ("association", ("association", "federation", "council", "alliance", "society")),
    ("cell maker", ("battery", "batteries", "energy solution", "amperex", "cell", "cells")),
    ("automaker", ("motor", "motors", "automotive", "auto", "cars")),
)


def kind_of_noun(noun: str) -> str:
    return KIND_OF_NOUN.get(
        " ".join(noun.lower().replace("-", " ").split()), KIND_OF_NOUN.get(noun.lower(), "other")
    )


# --- countries -----------------------------------------------------------------------------

_COUNTRIES = {
    "China": "chinese china prc",
    "Japan": "japanese japan",
    "South Korea": "korean korea south-korean",
    "United States": "american us u.s. usa america",
    "Germany": "german germany",
    "France": "french france",
    "United Kingdom": "british uk u.k. britain",
    "Sweden": "swedish sweden",
    "Norway": "norwegian norway",
    "Italy": "italian italy",
    "Spain": "spanish spain",
    "India": "indian india",
    "Taiwan": "taiwanese taiwan",
    "Canada": "canadian canada",
    "Australia": "australian australia",
    "Netherlands": "dutch netherlands",
    "Switzerland": "swiss switzerland",
    "Vietnam": "vietnamese vietnam",
    "Indonesia": "indonesian indonesia",
    "Finland": "finnish finland",
    "Poland": "polish poland",
    "Hungary": "hungarian hungary",
    "Belgium": "belgian belgium",
    "Austria": "austrian austria",
    "Chile": "chilean chile",
    "Brazil": "brazilian brazil",
    "Mexico": "mexican mexico",
    "Turkey": "turkish turkey",
    "Israel": "israeli israel",
    "Thailand": "thai thailand",
    "Morocco": "moroccan morocco",
    "Denmark": "danish denmark",
    "Portugal": "portuguese portugal",
    "Czech Republic": "czech",
    "Slovakia": "slovak slovakia",
    "Ireland": "irish ireland",
}
COUNTRY_OF_WORD = {w: country for country, words in _COUNTRIES.items() for w in words.split()}
COUNTRY_WORD = (
    r"(?:South\s+Korean?|North\s+American|"
    + "|".join(
        sorted(
            (re.escape(w.title() if "." not in w else w.upper()) for w in COUNTRY_OF_WORD),
            key=len,
            reverse=True,
        )
    )
    + r")"
)


def country_of(word: str) -> str:
    word = " ".join(word.lower().split())
    if word.startswith("south korea"):
        return "South Korea"
    return COUNTRY_OF_WORD.get(word, "")


# Places and peoples, lower case: capitalised without being organisations.
PLACE_WORDS = frozenset(COUNTRY_OF_WORD) | frozenset(
    """africa asia europe european asian african oceania americas pacific atlantic arctic middle
    east west north south central eastern western northern southern united states kingdom
    republic emirates arab korea latin nordic scandinavia scandinavian balkan baltic gulf
    california texas nevada michigan ohio kentucky tennessee georgia carolina alabama indiana
    arizona new york washington florida illinois virginia ontario quebec bavaria saxony lower
    upper state province county city region london paris berlin tokyo beijing shanghai shenzhen
    seoul osaka detroit brussels munich stockholm madrid rome milan silicon valley hong kong
    wales scotland england uk eu europe's world""".split()
)
CALENDAR_WORDS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday today yesterday q1 q2 q3 q4 h1 h2""".split()
)


# Words that make a percent nearby a candidate share: of a market, or of everybody's total.
SHARE_TALK = re.compile(
    r"\bshares?\b|\bmarket\b|\baccount(?:s|ed|ing)?\s+for\b|\bof\s+(?:the\s+)?(?:global|worldwide|total|all)\b",
    re.I,
)
# A word every match of SHARE_TALK holds, in lower case.
_SHARE_TALK_WORDS = ("share", "market", "account", "global", "worldwide", "total", "all")


def share_talk(text: str) -> bool:
    """Whether SHARE_TALK matches; its words are tested first, being much cheaper (each
    sentence is asked by the companies and the shares stage, and most hold none)."""
    return holds_any(text, _SHARE_TALK_WORDS) and SHARE_TALK.search(text) is not None


# --- who "it", "the company" and "the Korean cell giant" are ----------------------------------

ANAPHOR = re.compile(
    rf"\b(?:(?P<pron>it|its|the\s+company|the\s+firm|the\s+group|the\s+company['’]s|the\s+firm['’]s)|"
    rf"the\s+(?P<adj>(?:[\w'’-]+\s+){{0,3}}?)(?P<noun>{KIND_NOUN}))\b(?!\s+(?-i:[A-Z]))",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Known:
    """A company as resolution needs it: its kind and country."""

    id: str
    kind: str
    country: str


_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'’-]*")  # a name, not a unit ("GWh")
_OPENING_WORDS = frozenset(
    """the a an it its this that these those in on at as after before around by for from with
    during since until meanwhile however also but and or so while when last next early late
    earlier later """.split()
)
# "In December alone, its share ...": a month before "its" is no other name it could be.
_NOT_A_NAME = _OPENING_WORDS | CALENDAR_WORDS


class Resolver:
    """Resolves a reference to the company the article is talking about, only when unambiguous.

    "The Korean cell giant" is the one company of the document with that kind and country;
    "it" and "the company" are the one company the preceding sentences name. Anything else stays
    unknown: a guess would be a false record.
    """

    def __init__(self, sentences: Sequence[Sentence], companies: dict[str, Known]):
        self.sentences = sentences
        self.companies = companies
        self.mentioned = {cid for s in sentences for cid, _, _ in s.mentions}

    def focus(self, sentence: Sentence) -> str:
        """The one company named in the nearest earlier sentence(s) of the passage, or ""."""
        for back in range(1, 5):
            i = sentence.index - back
            if i < 0:
                break
            earlier = self.sentences[i]
            named = {cid for cid, _, _ in earlier.mentions}
            if len(named) == 1:
                return named.pop()
            if named:
                return self.subject(earlier)
            if earlier.passage.id != sentence.passage.id and back > 3:
                break
        return ""

    @staticmethod
    def subject(sentence: Sentence) -> str:
        """The company a sentence is about when it names several: the one it opens with, not
        joined to another ("X and Y will ..." has no single subject)."""
        first, second = sentence.mentions[0], sentence.mentions[1]
        opening = sentence.text[: first[1]]
        if len(opening.split()) > 6 or re.search(
            r"\b(?:by|from|with|to|of|at|for|than|like)\s+$", opening, re.I
        ):
            return ""
        if re.fullmatch(r"\s*(?:,|and|or|&|,\s*and)\s*", sentence.text[first[2] : second[1]]):
            return ""
        return first[0]

    def resolve(self, sentence: Sentence, match: re.Match[str]) -> str:
        if match.group("pron"):
            # "Japan's objective ... as it transitions": another name before "it" may be what
            # "it" is; only a sentence without one leaves the company as the reading.
            for word in _CAPITALISED.finditer(sentence.text, 0, match.start()):
                if word.group().casefold() in _NOT_A_NAME:
                    continue
                if not any(s <= word.start() < e for _, s, e in sentence.mentions):
                    return ""
            return self.focus(sentence)
        kind = kind_of_noun(match.group("noun"))
        countries = {country_of(w.strip(",.")) for w in match.group("adj").split()} - {""}
        fits = [
            k.id
            for k in self.companies.values()
            if k.id in self.mentioned
            and (kind == "other" or k.kind == kind)
            and (not countries or k.country in countries)
        ]
        if len(fits) == 1:
            return fits[0]
        focus = self.focus(sentence)
        return focus if focus and (not fits or focus in fits) else ""


def restates(quantities: Sequence[Quantity], index: int) -> bool:
    """True for the second figure of a pair that states one value twice ("$1 billion (150
    billion yen)", "600 miles (965 km)"): records keep the first as the value."""
    return -1 < quantities[index].equivalent < index
