"""How an article's story of a plant goes on over sentences, and whose plant it is.

Its details merged into one record, the plant stated by place and start alone, the venture that
receives its aid, and when another maker has taken the story.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from evkb.kb.extract.gates import folded_pattern
from evkb.kb.records.context import Resolver, Sentence, slug
from evkb.kb.records.investment_companies import companies_of
from evkb.kb.records.investment_places import place_of, year_of
from evkb.model import Fact, Investment


def detail(attribute: str, q, sentence: Sentence, source: str, unit: str) -> Fact:
    return Fact(
        attribute,
        q.value,
        sentence.cite(source),
        unit,
        q.qualifier,
        q.value_to,
        q.text,
        "extracted",
        0.7,
        f"plant {attribute}",
    )


def place_detail(place: str, sentence: Sentence, source: str) -> Fact:
    """The place of a plant or a sum, as the sentence names it."""
    return Fact(
        "place",
        place,
        sentence.cite(source),
        text=place,
        origin="extracted",
        confidence=0.6,
        rule="plant place",
    )


def merged(record: Investment, facts: Sequence[Fact], year: str) -> Investment:
    """A record with the details a later sentence adds about the same plant or sum."""
    have = {(f.attribute, f.value) for f in record.facts}
    more = tuple(f for f in facts if (f.attribute, f.value) not in have)
    kept = record.facts
    old = next((f for f in kept if f.attribute == "place"), None)
    new = next((f for f in more if f.attribute == "place"), None)
    if old is not None and new is not None and _narrower(new, str(old.value)):
        kept = tuple(f for f in kept if f is not old)  # "at Bhiwa in Rajasthan" for "in Rajasthan"
    elif old is not None:
        more = tuple(f for f in more if f.attribute != "place")
    return replace(record, facts=kept + more, year=record.year or year)


def _narrower(place: Fact, wider: str) -> bool:
    """Whether a place lies in the one stated before: its sentence names the wider place after
    it ("at Bhiwa in Rajasthan", "in Floyd County, Georgia")."""
    quote, value = place.cite.quote, str(place.value)
    at = quote.find(value)
    return value != wider and at >= 0 and wider in quote[at:]


# "Acme will build it", "Acme is behind the project": who builds the plant spoken of before.
BUILDS_IT = re.compile(r"\b(?:build|run|operate|develop)s?\s+it\b|\bis\s+behind\b", re.I)
# A plant whose start the text schedules: it is being built, not only spoken of.
SCHEDULED = re.compile(
    r"\b(?:scheduled|due|set|expected|slated|planned|poised)\s+to\s+(?:start|begin|open|enter|"
    r"commence)|\bunder\s+construction\b|\bwill\s+(?:start|begin)\s+(?:production|operations)\b",
    re.I,
)
SCHEDULED = folded_pattern(SCHEDULED)


# "The Dh2.2 billion ($600 million) plant is due to open in 2028", "The $36-million plant will
# employ 60 people": a sentence that opens on a plant sized by its cost goes on about the plant
# just told of, that cost its own.
_OPENS_PRICED = re.compile(r"\W*(?:The|This|That|Its)\s+(?:new\s+|planned\s+|proposed\s+)?")
_RESTATED = re.compile(r"\s*\([^()]{1,40}\)")
_PLANT_NOUN = re.compile(
    r"(?:\s+(?!loans?\b|grants?\b|subsid|incentive|credit|aid\b|debt\b|financing\b)"
    r"[a-z][\w-]*){0,3}\s+(?:plant|factory|gigafactory|facility|refinery|complex)\b"
)


def priced_plant(sentence: Sentence, money: Sequence) -> re.Match[str] | None:
    """The plant a sentence opens on with its cost before it ("The €1.3 billion plant"), else
    None ("The €40 million grant for the plant" opens on the grant, not on the plant)."""
    opening = _OPENS_PRICED.match(sentence.text) if money else None
    if opening is None or sentence.local(money[0])[0] != opening.end():
        return None
    end = sentence.local(money[0])[1]
    restated = _RESTATED.match(sentence.text, end)
    return _PLANT_NOUN.match(sentence.text, restated.end() if restated else end)


# "The joint venture, Acme Cathode Partners (", "The venture, to be called TK Battery Partners,"
_VENTURE_BEFORE = re.compile(
    r"\b(?:joint\s+)?venture,?\s+(?:(?:which\s+will\s+be\s+|to\s+be\s+)?(?:called|named|"
    r"known\s+as|dubbed)\s+)?$",
    re.I,
)


# "Acme Foils, a joint venture of ...", "Acme Cells is the joint venture of ..."
_VENTURE_AFTER = re.compile(r"(?:,|\s+is)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?joint\s+venture\b", re.I)
# "The joint venture is spending", "lend the joint venture 200 billion dinars": the venture the
# text has named.
THE_VENTURE = re.compile(r"\b[Tt]he\s+(?:joint\s+)?venture\b(?!\s+(?:of|with|between)\b)")


def venture_in(sentence: Sentence) -> str:
    """The company a sentence names as a joint venture, or ""."""
    for ident, start, end in sentence.mentions:
        if _VENTURE_BEFORE.search(sentence.text, max(0, start - 45), start):
            return ident
        if _VENTURE_AFTER.match(sentence.text, end):
            return ident  # "Acme Foils, a joint venture of ..."
    return ""


def aid_unaddressed(sentence: Sentence, resolver: Resolver) -> bool:
    """Whether a sentence of aid names no company it could be for: only givers."""
    known = resolver.companies
    return all(cid in known and known[cid].kind in _BYSTANDERS for cid, _, _ in sentence.mentions)


def other_maker(company: str, builder: str, resolver: Resolver) -> bool:
    """Whether `company` is a maker other than the builder of the plant last placed."""
    known = resolver.companies.get(company)
    return bool(builder) and company != builder and known is not None and known.kind in _MAKERS


_MAKERS = frozenset(("automaker", "cell maker", "supplier"))


def named_since(resolver: Resolver, after: int, before: int, record: Investment) -> bool:
    """Whether a sentence between names only companies other than the record's (a ministry or
    an agency weighing aid for the plant leaves the story with it)."""
    parties = {*record.by, *record.to}
    known = resolver.companies
    for sentence in resolver.sentences[after + 1 : before]:
        named = {
            cid
            for cid, _, _ in sentence.mentions
            if cid not in known or known[cid].kind not in _BYSTANDERS
        }
        if named and not named & parties:
            return True
    return False


_BYSTANDERS = frozenset(("government", "association", "media", "research firm"))


def sited_plant(
    source: str,
    sentence: Sentence,
    resolver: Resolver,
    subject: str,
    is_name: Callable[[str], bool],
    earlier: Sequence[Investment],
) -> Investment | None:
    """A plant stated by its place and start year alone, when its builder is known and no
    record has that place yet."""
    place = place_of(sentence, is_name)
    year = year_of(sentence, sentence.end + 999)
    builders = companies_of(sentence, resolver, subject)
    if not (place and year and builders) or any(
        f.attribute == "place" and f.value == place for r in earlier for f in r.facts
    ):
        return None
    cite = sentence.cite(source)
    fact = Fact("place", place, cite, text=place, origin="extracted", confidence=0.6,
                rule="plant place")  # fmt: skip
    return Investment(
        id=f"{source}-plant-{slug(builders[0])}-{slug(place)}",
        kind="plant",
        amounts=(),
        cite=cite,
        by=(builders[0],),
        to=(),
        year=year,
        qualifier="",
        facts=(fact,),
        origin="extracted",
        confidence=0.55,
        rule="investment: plant",
    )


_JOBS = re.compile(r"\b(?:jobs?|workers|employees|staff|positions|people|roles)\b", re.I)
# Staff a company sheds or has already are not the jobs a project makes: "its final 120 staff
# were let go", "on top of the 3,100 people already on site".
_STAFF_NOW_BEFORE = re.compile(
    r"\b(?:cut(?:s|ting)?|shed(?:s|ding)?|lay(?:s|ing)?\s+off|"
    r"laid\s+off|los(?:e|es|ing|t)|axe[sd]?|axing|eliminat\w+|(?:its|their)\s+(?:final|last|"
    r"remaining))\s+(?:\w+\s+){0,2}$|"
    # "The company employs 210 people at its pilot plant": the company's staff, where "the
    # plant employs 900 people" are the plant's jobs
    r"\b(?:the\s+(?:company|firm|group)|it)\s+(?:currently\s+|now\s+)?employs\s+(?:about\s+|some\s+|"
    r"around\s+)?$",
    re.I,
)
_STAFF_NOW_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:already|were\s+(?:let\s+go|laid\s+off|cut)|will\s+lose|lost)\b",
    re.I,
)


def plant_figures(sentence: Sentence) -> tuple[list, list]:
    """A plant's capacity (GWh) and jobs that a sentence states."""
    text = sentence.text
    capacity = [q for q in sentence.quantities if q.unit == "GWh"]
    jobs = [
        q
        for q in sentence.quantities
        if q.unit == "count"
        and _JOBS.search(q.text + text[sentence.local(q)[1] : sentence.local(q)[1] + 12])
        and not _STAFF_NOW_BEFORE.search(
            text, max(0, sentence.local(q)[0] - 40), sentence.local(q)[0]
        )
        and not _STAFF_NOW_AFTER.match(text, sentence.local(q)[1])
    ]
    return capacity, jobs


def kind_of(resolver: Resolver, ident: str) -> str:
    """The kind of a company the resolver knows, else ""."""
    known = resolver.companies.get(ident)
    return known.kind if known else ""


def in_part_of(sentence: Sentence, figure, companies: list[str]) -> list[str]:
    """The companies of the part of a sentence (between semicolons) that states the sum: "Maker
    commits 240 billion yen to plant; Acme Motor first customer" names Acme in another part."""
    at = sentence.local(figure)[0]
    low = sentence.text.rfind(";", 0, at) + 1
    high = sentence.text.find(";", at) % (len(sentence.text) + 1)
    outside = {c for c, s, _ in sentence.mentions if not low <= s < high}
    inside = {c for c, s, _ in sentence.mentions if low <= s < high}
    return [c for c in companies if c in inside or c not in outside]


# The forms a sum of aid or finance takes ("a direct grant of", "a tax credit of").
_FORM = re.compile(
    r"\b(?:grants?|loans?|credits?|relief|equity|guarantees?|subsid\w+|allowances?|exemptions?|"
    r"abatements?|incentives?|bonds?|rebates?)\b",
    re.I,
)


def parts_of(
    sentence: Sentence, amounts: Sequence, earlier: Sequence[Investment], company: str
) -> int | None:
    """The record whose sum these add up to, for the same company, when each is a form of it:
    "The aid will take the form of a grant of €580 million and a tax credit of €160 million"
    after "€740 million of aid" tells one sum twice. (Sums from two givers, "the ministry is
    contributing €160 million and the state €70 million", are two records.)"""
    unit = amounts[0].unit
    if len(amounts) < 2 or any(q.unit != unit for q in amounts):
        return None
    after = 0
    for q in amounts:
        start, end = sentence.local(q)
        if not _FORM.search(sentence.text, after, start):
            return None
        after = end
    total = sum(q.value for q in amounts)
    for n, record in enumerate(earlier):
        first = record.amounts[0] if record.amounts else None
        if (
            first is not None
            and first.unit == unit
            and company in (*record.by, *record.to)
            and abs(float(first.value) - total) <= 0.005 * total
        ):
            return n
    return None
