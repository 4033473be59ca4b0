"""The year a title gives a plant the body announces without one: "Acme targets 2028
production in Quenby", "Mass production at Quenby from 2028", "Quenby line to start in 2027".

A title (a heading, or a first line written as one: no full stop at its end) among a
document's first that states the year a plant starts, and names the place of a record or the
company that builds it, gives that year to each such record that has none (a loan's or a
grant's year is the money's, not read from a title).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from evkb.kb.company_keys import slug
from evkb.kb.records.context import Sentence
from evkb.kb.records.investment_receivers import builder
from evkb.model import Investment

# "from 2028", "to start in 2027", "production in 2028", "by the end of 2027"; "targets 2028
# production", "a 2028 launch": the year a plant starts, after or before its word (a launch
# is a plant's only in a title naming its place: "Acme plans 2028 launch for its new cells" is
# a product's)
_TITLE_YEAR = re.compile(
    r"\b(?:from|(?:start\w*|begin\w*|open\w*|production|output|operation)(?:\s+(?:in|by))?)\s+"
    r"(?:(?:the\s+)?(?:end|middle|start)\s+of\s+|mid-|early\s+|late\s+)?(?P<after>20\d\d)\b|"
    r"\b(?P<before>20\d\d)\s+(?:production|start|start-up|opening|(?P<launch>launch)|output)\b",
    re.I,
)
_TITLES_READ = 4  # a title, a standfirst and a dateline come first


def _written_as_title(sentence: Sentence) -> bool:
    """Whether a body sentence is a title or a standfirst: a line of its own with no full stop
    at its end."""
    return (
        sentence.first_in_passage
        and "\n" not in sentence.passage.text.strip()
        and not sentence.text.rstrip().endswith((".", ":"))
    )


def headline_years(
    titles: Sequence[str], sentences: Sequence[Sentence], records: list[Investment]
) -> list[Investment]:
    """The records, each plant or sum without a year given the start year of a title (a
    heading's text, or a first sentence written as one) that names its place or its company."""
    texts = [
        *titles[:_TITLES_READ],
        *(s.text for s in sentences[:_TITLES_READ] if _written_as_title(s)),
    ]
    out = list(records)
    for text in texts:
        stated = _TITLE_YEAR.search(text) if "20" in text else None
        if stated is None:
            continue
        year = stated.group("after") or stated.group("before")
        keyed = f"-{slug(text)}-"
        for n, record in enumerate(out):
            if record.year or record.kind in ("loan", "subsidy") or not (record.by or record.to):
                continue
            places = [
                str(f.value).split(",")[0]
                for f in record.facts
                if f.attribute == "place" and isinstance(f.value, str)
            ]
            by_company = not stated.group("launch") and f"-{builder(record)}-" in keyed
            if any(p and p in text for p in places) or by_company:
                out[n] = replace(record, year=year)
    return out
