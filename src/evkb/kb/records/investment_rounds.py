"""An investor's part of a round, told in a relative clause: "a funding round led by Acme
Ventures, which is contributing 20 million euros", "The round was led by Acme Capital, which put
in 300 million yuan", "the A$160m placement completed in October, in which the fund Acme
Partners took A$60m". The investor named before "which" (or after "in which") gives that sum
to whoever raised the round; the round's own sum stays the raiser's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from evkb.kb.records.clauses import sums
from evkb.kb.records.context import Sentence, number_id, slug
from evkb.kb.records.investment_money import amount_fact
from evkb.model import Investment

# ", which is contributing", ", which put in", ", in which the fund Acme took": the relative
# clause of an investor's own part.
_PART = re.compile(
    r",\s+(?:in\s+which\s+(?P<inside>[^,;.]{0,80}?)\s+|which\s+)(?:is\s+|was\s+|has\s+|had\s+|"
    r"will\s+)?(?:contribut\w*|put(?:s|ting)?\s+in|invest\w*|took|takes|taking|provid\w*)\b"
)
# The nearest a sum stands after the clause's verb to be its own.
_SUM_AFTER = 30


def round_shares(
    source: str,
    sentences: Sequence[Sentence],
    records: list[Investment],
    subject: str,
    homes: dict[str, str],
) -> list[Investment]:
    """The records with each investor's part of a round its own record: given by the investor
    to the round's raiser (the last raise told before, else the document's company)."""
    for sentence in sentences:
        if "which" not in sentence.text or not sentence.mentions:
            continue
        for part in _PART.finditer(sentence.text):
            records = _with_part(source, sentence, part, records, subject, homes)
    return records


def _with_part(
    source: str,
    sentence: Sentence,
    part: re.Match[str],
    records: list[Investment],
    subject: str,
    homes: dict[str, str],
) -> list[Investment]:
    if part.group("inside") is not None:
        low, high = part.start("inside"), part.end("inside")
        named = [c for c, s, _ in sentence.mentions if low <= s < high]
    else:
        named = [c for c, _, e in sentence.mentions if e == part.start()]
    own = [q for q in sums(sentence) if 0 <= sentence.local(q)[0] - part.end() <= _SUM_AFTER]
    if not named or not own:
        return records
    giver, figure = named[-1], own[0]
    raiser = _raiser(sentence, records) or subject
    if not raiser or raiser == giver:
        return records
    out = []
    placed = False
    for record in records:
        inside = sentence.start <= record.cite.start < sentence.end
        if inside and any(a.value == figure.value for a in record.amounts):
            rest = tuple(a for a in record.amounts if a.value != figure.value)
            if rest:  # the round's own sum, told in the same clause: the raiser's
                out.append(replace(record, amounts=rest, by=(), to=(raiser,)))
            placed = True
            out.append(
                replace(
                    record,
                    id=f"{source}-investment-{slug(giver)}-{number_id(figure.value)}",
                    kind="investment",
                    amounts=tuple(a for a in record.amounts if a.value == figure.value),
                    by=(giver,),
                    to=(raiser,),
                )
            )
        else:
            out.append(record)
    if placed:
        return out
    return [
        *records,
        Investment(
            id=f"{source}-investment-{slug(giver)}-{number_id(figure.value)}",
            kind="investment",
            amounts=(amount_fact(figure, sentence, source, homes),),
            cite=sentence.cite(source),
            by=(giver,),
            to=(raiser,),
            year="",
            qualifier=figure.qualifier,
            facts=(),
            origin="extracted",
            confidence=0.6,
            rule="investment: part of a round",
        ),
    ]


def _raiser(sentence: Sentence, records: Sequence[Investment]) -> str:
    """Who raised the round a sentence tells a part of: the receiver of the last sum raised
    (received from no one named) told up to the sentence."""
    for record in reversed(records):
        if record.cite.start > sentence.end:
            continue
        if record.kind == "investment" and record.to and not record.by:
            return record.to[0]
    return ""
