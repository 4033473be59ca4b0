"""One document -> its build products: the function a build maps over its documents.

Everything the build learns from a document alone (passages with their kinds, claims, name
candidates, extracted records) depends only on the document's text, its date of writing as
sources.toml states it (periods such as "last year" count from it) and the curated companies.
`DocumentExtractor` is that function; `pool.extract_documents` maps it over many documents.
This file is part of the extractor's digest (`products.EXTRACTOR_CODE`): a change to it makes
every product again, so what runs the pool lives apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from evkb import model
from evkb.kb.extract import NameMatcher, candidates_of, extract_claims, split_passages
from evkb.kb.records import Extracted, Lexicon, RememberedFinds, extract_records


class Document(NamedTuple):
    """One document as extraction sees it."""

    source: str
    text: str
    published: str = ""  # sources.toml's ISO date, "" when it states none
    added: str = ""  # the day `evkb add` put it in, "" when it did not


@dataclass
class DocumentProducts:
    """What one document contributes to the knowledge base, before collection-level steps."""

    # Lists when extracted; records read back from a product's cache entry when reused.
    passages: Sequence[model.Passage]
    claims: Sequence[model.Claim]
    candidates: Sequence[model.Candidate]
    extracted: Extracted


def name_matcher(companies: Sequence[model.Company]) -> NameMatcher:
    names: dict[str, str] = {}
    for company in companies:
        for name in company.names:
            names.setdefault(name, company.id)
    return NameMatcher(names)


class DocumentExtractor:
    """Extraction of one document at a time against the curated companies."""

    def __init__(self, companies: Sequence[model.Company]):
        self._matcher = RememberedFinds(name_matcher(companies))
        self._lexicon = Lexicon(companies, self._matcher)

    def __call__(
        self, source_id: str, text: str, published: str = "", added: str = ""
    ) -> DocumentProducts:
        try:
            passages = split_passages(source_id, text)
            claims = extract_claims(source_id, passages, self._matcher)
            extracted = extract_records(
                source_id, passages, self._lexicon, claims, published, added
            )
            candidates = candidates_of(source_id, extracted.companies, passages)
        finally:
            self._matcher.forget()  # what was found in one document says nothing of the next
        return DocumentProducts(passages, claims, candidates, extracted)
