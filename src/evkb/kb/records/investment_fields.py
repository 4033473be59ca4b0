"""Sums stated as the fields of a record written one "Label: value" line a field: a filing's
"Investment amount (KRW): 684,000,000,000", a notice's "Approved investment: SCR 58,000,000",
a list of grants' "Total investment: 338,000,000 lei | Grant: 119,280,000 lei".

Which fields are sums (their label names an investment, a cost, a grant or a loan), the figure a
label gives the currency of, and whose the sum is: the company a field of the same record names
("Beneficiary: Acme Cells S.A.", "1. Customer: ..."), else the company the document is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from evkb.kb.records.context import Sentence
from evkb.kb.units import CURRENCY_CODES
from evkb.model import Quantity

# "- Investment amount (KRW): ", "4. Total Project Cost: ", "Holder: ": a field's label, a
# list's mark or number before it, the currency it is stated in after it.
_FIELD = re.compile(
    r"[\s•*·–-]*(?:\d{1,2}[.)]\s+|[a-z][.)]\s+)?(?P<label>[A-Z][\w'’&/, -]{1,50}?)\s*"
    r"(?:\((?P<code>[A-Z]{3})\)\s*)?:\s+"
)
# The labels of a sum committed: "Approved investment", "Total Project Cost", "Grant" (not
# "Funding sources: own funds ...; borrowings ...", the parts of a sum told in another field).
_SUM_LABEL = re.compile(
    r"\b(?:investments?|costs?|capex|capital\s+expenditure|grants?|loans?|subsid\w+)\b", re.I
)
# The labels of aid a record's holder receives: "Grant:", "Loan amount:".
_AID_LABEL = re.compile(r"\b(?:grants?|loans?|subsid\w+)\b", re.I)
# A figure written bare after a label that gave its currency: "684,000,000,000".
_BARE = re.compile(r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*$")
# The most lines a record's fields are looked back over.
_RECORD_LINES = 12


def field_owner(
    sentences: Sequence[Sentence],
    sentence: Sentence,
    companies: Sequence[str],
    subject: str,
    invest: bool,
) -> tuple[str, bool]:
    """Whose the sum of a field naming no company is ("Total investment: ..."), and whether it
    is aid that company receives ("Grant: ..."): the company its record names in a field of its
    own, else the company the document is about unless the sentence's story gave one already
    ("Total cost: EUR 210 million." after a plant told of is that plant's); ("", False) for a
    sentence that is no such field or commits no money."""
    field = _FIELD.match(sentence.text) if invest and ":" in sentence.text else None
    if field is None or sentence.mentions or not _SUM_LABEL.search(field.group("label")):
        return "", False
    owner = holder(sentences, sentence.index) or ("" if companies else subject)
    return owner, _AID_LABEL.search(field.group("label")) is not None


def labelled_sum(sentence: Sentence) -> Sentence:
    """The sentence with the figure of a field whose label gives the currency ("Investment
    amount (KRW): 684,000,000,000") read as that sum; the sentence itself otherwise."""
    field = _FIELD.match(sentence.text)
    code = field.group("code") if field else None
    if field is None or code not in CURRENCY_CODES or not _SUM_LABEL.search(field.group("label")):
        return sentence
    bare = _BARE.match(sentence.text, field.end())
    if bare is None:
        return sentence
    figure = Quantity(
        value=float(bare.group().replace(",", "")),
        unit=code,
        text=bare.group().strip(),
        start=sentence.start + bare.start(),
        end=sentence.start + bare.start() + len(bare.group().strip()),
    )
    return replace(sentence, quantities=[*sentence.quantities, figure])


def holder(sentences: Sequence[Sentence], at: int) -> str:
    """The company the record of the field at sentence `at` names in a field of its own: the
    first of its fields whose value opens on a company's name, going back over its lines as far
    as a line that is no field (a list's item number "2.", a heading, a paragraph), "" when
    none names one."""
    named = ""
    for back in range(at - 1, max(-1, at - 1 - _RECORD_LINES), -1):
        sentence = sentences[back]
        field = _FIELD.match(sentence.text)
        if field is None:
            break  # "2.", a heading, a paragraph: the record began after it
        opening = [ident for ident, start, _ in sentence.mentions if start == field.end()]
        if opening:
            named = opening[0]
    return named
