"""Candidates: names of organisations in a document that no curated company matches.

They are the document's own companies as the records stage finds them (`kb/records/companies`),
so one set of name rules serves both: what the Companies pane proposes and what the candidates
line counts never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence

from evkb.kb.extract.names import NameFinder
from evkb.model import BODY, Candidate, Company, Passage


def candidates_of(
    source_id: str, companies: Sequence[Company], passages: Sequence[Passage]
) -> list[Candidate]:
    """The records stage's companies of a document as candidates, in order of first mention,
    each with the body passage that first names it and how often its names occur."""
    body = [p for p in passages if p.kind == BODY]
    # The body passages as one text, parted by a character no name holds: a name is counted
    # in one pass over it, as often as in the passages one by one.
    joined = "\0".join(p.text for p in body)
    order = {p.id: n for n, p in enumerate(passages)}
    out = []
    for company in companies:
        first = min((c.passage for c in company.cites), key=lambda p: order.get(p, 0), default="")
        count = sum(
            joined.count(name)
            if name and "\0" not in name
            else sum(p.text.count(name) for p in body)
            for name in company.names
        )
        out.append(Candidate(company.name, source_id, first, max(count, 1)))
    out.sort(key=lambda c: order.get(c.passage, len(order)))
    return out


def find_candidates(
    source_id: str, passages: Sequence[Passage], matcher: NameFinder
) -> list[Candidate]:
    """Organisation names in the body that `matcher`'s known names do not cover.

    The build passes the companies it extracted to `candidates_of`; this reads them itself."""
    # The records stage reads this package's sentences and figures: imported when called.
    from evkb.kb.records import Lexicon, extract_records

    lexicon = Lexicon((), matcher)  # type: ignore[arg-type]
    companies = extract_records(source_id, passages, lexicon).companies
    return candidates_of(source_id, companies, passages)
