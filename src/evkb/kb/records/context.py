"""What every record rule needs: body sentences, their figures, names and periods; words of English.

Knowledge of English only (kinds of organisation, nationalities, calendar words), never of a
document: a rule here must hold for any news article about the battery industry.

Past ~500 lines: about half of it is word tables of English (kinds, nationalities, calendar)
that every record rule reads, and the periods and references all rules resolve alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from evkb.kb.extract import extract_quantities, split_sentences
from evkb.model import BODY, BOILERPLATE, HEADING, Citation, Claim, Passage, Quantity


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
        "start-up",
        "startup",
        "utility",
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
        ("research", "insights", "analytics", "intelligence", "consulting", "bloombergnef"),
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


# --- periods ---------------------------------------------------------------------------------


def period_of(quantity: Quantity) -> str:
    """The as-of period a date quantity names: "2024-07" for a month, "2024" for a year."""
    if quantity.unit == "month" and quantity.iso:
        return quantity.iso
    if quantity.unit == "year" and quantity.value_to is None:
        return str(int(quantity.value))
    return ""


# Parts of a year, as the month they end in ("the first half of 2025" is as of 2025-06).
_PART_OF_YEAR = re.compile(
    r"\b(?:(?P<half>first|second)[\s-]half|(?P<quarter>first|second|third|fourth)[\s-]quarter|Q(?P<q>[1-4])|"
    r"H(?P<h>[12])|first\s+(?P<months>three|six|nine|ten|eleven)\s+months)\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})\b"
)
_ORDINAL_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_MONTH_COUNT = {"three": 3, "six": 6, "nine": 9, "ten": 10, "eleven": 11}


def _part_of_year(match: re.Match[str]) -> str:
    if match.group("half"):
        month = 6 * _ORDINAL_NUMBER[match.group("half")]
    elif match.group("quarter"):
        month = 3 * _ORDINAL_NUMBER[match.group("quarter")]
    elif match.group("q"):
        month = 3 * int(match.group("q"))
    elif match.group("h"):
        month = 6 * int(match.group("h"))
    else:
        month = _MONTH_COUNT[match.group("months")]
    return f"{match.group('y')}-{month:02d}"


_MONTH_NAMES = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
)  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
# Periods that lean on the period the article is about: "January-September" and "the first
# nine months" without a year, "the same period of 2024" (the same months, another year).
_YEARLESS = re.compile(
    rf"\b(?:{_MONTH}\s*[-–]\s*(?P<last>{_MONTH})|first\s+(?P<months>three|six|nine|ten|eleven)\s+months|"
    r"(?P<half>first|second)\s+half|(?P<quarter>first|second|third|fourth)\s+quarter|"
    r"(?-i:Q(?P<q>[1-4])|H(?P<h>[12])))\b"
    r"(?!,?\s+(?:of\s+)?(?:19|20)\d{2}|\s*[-–]|\s+of\s+(?:this|last)\s+year)"
)
_SAME_PERIOD = re.compile(
    r"\b(?:the\s+)?same\s+(?:period|months|time|quarter)\s+(?:of|in)\s+(?P<y>(?:19|20)\d{2})\b"
)
_RANGE_WITH_YEAR = re.compile(
    rf"\b{_MONTH}\s*[-–]\s*(?P<last>{_MONTH}),?\s+(?P<y>(?:19|20)\d{{2}})\b"
)


def _month_number(word: str) -> int:
    return _MONTH_NAMES.index(word[:3].lower()) + 1


def frame_of(sentences: Sequence[Sentence]) -> str:
    """The part of a year the article is about: its first "first nine months of 2025",
    "January-September 2025" or "first half of 2025"; "" when it names none."""
    for sentence in sentences:
        for found in (_PART_OF_YEAR.search(sentence.text), _RANGE_WITH_YEAR.search(sentence.text)):
            if found is not None:
                if found.re is _RANGE_WITH_YEAR:
                    return f"{found.group('y')}-{_month_number(found.group('last')):02d}"
                return _part_of_year(found)
    return ""


def _year_for(month: int, frame: str, written: Dateline) -> str:
    """The year of a part of a year named without one: the frame's, or the year before when
    the part ends after the frame ("Q4" in an article about Q1 2025 is 2024's); without a
    frame, the latest such part not after the writing."""
    if not frame:
        return written.year_of(month)
    year = int(frame[:4])
    return str(year - 1 if len(frame) > 4 and month > int(frame[5:7]) else year)


def _leaning(text: str, frame: str, written: Dateline) -> list[tuple[int, int, str]]:
    """(start, end, period) of the periods that take their year or months from the frame, or,
    in an article without one, their year from when it was written."""
    found = []
    for m in _YEARLESS.finditer(text):
        if m.group("last"):
            month = _month_number(m.group("last"))
        elif m.group("months"):
            month = _MONTH_COUNT[m.group("months")]
        elif m.group("half"):
            month = 6 * _ORDINAL_NUMBER[m.group("half")]
        elif m.group("quarter"):
            month = 3 * _ORDINAL_NUMBER[m.group("quarter")]
        elif m.group("q"):
            month = 3 * int(m.group("q"))
        else:
            month = 6 * int(m.group("h"))
        year = _year_for(month, frame, written)
        if year:
            found.append((m.start(), m.end(), f"{year}-{month:02d}"))
    if len(frame) > 4:
        for m in _SAME_PERIOD.finditer(text):
            found.append((m.start(), m.end(), f"{m.group('y')}{frame[4:]}"))
    return found


@dataclass(frozen=True, slots=True)
class Dateline:
    """When the article was written, as far as its text says ("2025-07"). `stated` is False
    when only the latest date the body names gave it: good enough for the year of a bare month
    ("in May"), not for "last year", which needs the day of writing."""

    period: str = ""
    stated: bool = False

    def year_of(self, month: int) -> str:
        """The year of a month named without one: the latest such month not after the writing."""
        if not self.period:
            return ""
        year = int(self.period[:4])
        if self.stated and len(self.period) > 4 and month > int(self.period[5:7]):
            year -= 1  # "in December" in a February article is last December
        return str(year)

    def shifted(self, years: int) -> str:
        """ "this year" (0) and "last year" (-1): only from a stated date of writing."""
        return str(int(self.period[:4]) + years) if self.stated and self.period else ""

    def last(self, part: str) -> str:
        """ "last quarter" and "last month": the last whole one before the month of writing."""
        if not self.stated or len(self.period) < 7:
            return ""
        year, month = int(self.period[:4]), int(self.period[5:7])
        month = (month - 1) // 3 * 3 if part == "quarter" else month - 1
        return f"{year - 1}-12" if month == 0 else f"{year}-{month:02d}"


UNDATED = Dateline()

# A date of writing: "October 29, 2025", "12 March 2026", "2026-02-10", "2025/08/05".
_FULL_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d{{2}})|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>(?:19|20)\d{{2}})|"
    r"(?P<y3>(?:19|20)\d{2})[-/.](?P<m3>0?[1-9]|1[0-2])[-/.](?:[12]\d|3[01]|0?[1-9])|"
    r"(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[01]?\d)(?P=sep)(?P<y4>(?:19|20)\d{2}))(?!\d)"
)
_DATELINE_KINDS = frozenset({BODY, HEADING, BOILERPLATE})


def _numeric_date(found: re.Match[str]) -> str:
    """ "09/10/2025": day first where the day says so or the dots do (European), month first
    where the month says so (American); only the year where either could be the month."""
    a, b, year = int(found.group("a")), int(found.group("b")), found.group("y4")
    if found.group("sep") == "." or a > 12:
        month = b
    elif b > 12:
        month = a
    else:
        return year
    return f"{year}-{month:02d}" if 1 <= month <= 12 else year


def article_date(passages: Sequence[Passage]) -> Dateline:
    """When the article was written: the full date at the head of one of its first passages
    (the byline's or dateline's "July 8, 2025", "Posted : 2026-02-10") or in a page's meta
    line; else the latest date its body names, which bounds it from below. News copy says
    "last year" against the first."""
    head = [p for p in passages if p.kind in _DATELINE_KINDS][:6]
    # A page's meta line may sit anywhere: "First published on Tue 14 Oct 2025 07.00 BST".
    meta = [p for p in passages if p.kind == BOILERPLATE and p not in head]
    for passage in head + meta:
        found = _FULL_DATE.search(passage.text, 0, 80 if passage in head else len(passage.text))
        if found is not None:
            if found.group("y3"):
                year, month = found.group("y3"), int(found.group("m3"))
            elif found.group("y4"):
                return Dateline(_numeric_date(found), True)
            else:
                year = found.group("y1") or found.group("y2")
                month = _month_number(found.group("m1") or found.group("m2"))
            return Dateline(f"{year}-{month:02d}", True)
    latest = ""
    for passage in passages:
        if passage.kind == BODY:
            for q in extract_quantities(passage.text, passage.start):
                period = period_of(q)
                at = q.start - passage.start
                if period and not _FUTURE.search(passage.text[max(0, at - 60) : at]):
                    latest = max(latest, period)
    return Dateline(latest)


# A date after these words is a plan's, not a date the text was written after.
_FUTURE = re.compile(
    r"\b(?:will|would|shall|plans?|planned|aims?|expects?|expected|targets?|forecasts?|goal|"
    r"scheduled|due)\b|\b(?:by|until|through|before)\s+(?:the\s+end\s+of\s+)?$"
)

# Months and years named against the date of writing: "in May", "last year", "first half of
# this year". A month with a day ("July 8") is a dateline, not a period.
_BARE_MONTH = re.compile(
    rf"\b(?i:in|of|for|during|from|to|and|since|than|through|until|with|end\s+of)\s+"
    rf"(?P<m>{_MONTH})(?!\s*[-–]|,?\s+\d|\w)"
)
_RELATIVE_YEAR = re.compile(
    r"\b(?:(?P<part>(?:first|second)[\s-]half|(?:first|second|third|fourth)[\s-]quarter|"
    r"first\s+(?:three|six|nine|ten|eleven)\s+months)\s+of\s+)?"
    r"(?P<which>(?i:this|last))\s+year\b"
)
_PUBLISHED = re.compile(
    r"\b(?:published|released|issued|announced|unveiled|presented|updated|filed|said|reported)\s+"
    r"(?:\w+\s+)?(?:in|on|during|since)\s+$",
    re.I,
)
_LAST_PART = re.compile(r"\b(?i:last)\s+(?P<part>quarter|month)\b")
_SAME_AS_LAST = re.compile(r"\bsame\s+(?:\w+\s+)?(?:period|months?|time|quarter|half)\s+$")


def _against_writing(text: str, written: Dateline, frame: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    if not written.period:
        return found
    for m in _BARE_MONTH.finditer(text):
        if _PUBLISHED.search(text, 0, m.start("m")):
            continue  # "a report published in February" dates the report, not its figures
        month = _month_number(m.group("m"))
        year = _year_for(month, frame, written)
        found.append((m.start("m"), m.end("m"), f"{year}-{month:02d}"))
    for m in _LAST_PART.finditer(text):
        last = written.last(m.group("part").lower())
        if last:
            found.append((m.start(), m.end(), last))
    for m in _RELATIVE_YEAR.finditer(text):
        if _SAME_AS_LAST.search(text, 0, m.start()):
            continue  # "the same period last year": a year before the period in view
        year = written.shifted(0 if m.group("which").lower() == "this" else -1)
        if not year:
            continue
        period = year
        if m.group("part"):
            part = _PART_OF_YEAR.match(f"{m.group('part')} {year}")
            period = _part_of_year(part) if part else year
        found.append((m.start(), m.end(), period))
    return found


# "the year to June", "the three months to September 2025", "the quarter ended March": a span
# named by the month it ends in (British and financial copy).
_SPAN_TO = re.compile(
    r"\b(?:(?:twelve|12|three|3|six|6|nine|9)\s+months|year|quarter|half[\s-]year|half)\s+"
    rf"(?:to|ended|ending)\s+(?:the\s+end\s+of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?\b"
)


def _spans_to(text: str, frame: str, written: Dateline) -> list[tuple[int, int, str]]:
    found = []
    for m in _SPAN_TO.finditer(text):
        month = _month_number(m.group("m"))
        year = m.group("y") or _year_for(month, frame, written)
        if year:
            found.append((m.start(), m.end(), f"{year}-{month:02d}"))
    return found


def dates(
    sentence: Sentence, frame: str = "", written: Dateline = UNDATED
) -> list[tuple[int, str]]:
    """(local offset, period) of every date the sentence states, in order; with the article's
    frame, also the periods that lean on it ("January-September", "the same period of 2024");
    with its date of writing, the months and years named against it ("in May", "last year")."""
    text = sentence.text
    spans = _spans_to(text, frame, written)
    leaning = _leaning(text, frame, written) + _against_writing(text, written, frame)
    if (
        not spans
        and not leaning
        and not any(q.unit in ("year", "month") for q in sentence.quantities)
    ):
        return []
    parts = [(m.start(), m.end(), _part_of_year(m)) for m in _PART_OF_YEAR.finditer(text)]
    parts += spans
    parts += [p for p in leaning if not any(s <= p[0] < e for s, e, _ in parts)]
    found = [(start, period) for start, _, period in parts]
    for q in sentence.quantities:
        period = period_of(q)
        at = q.start - sentence.start
        if period and not any(start <= at < end for start, end, _ in parts):
            found.append((at, period))
    return sorted(found)


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
