"""Which company a share's holder is when the document stating it did not know.

A document's rules make a company only of a name its own text gives a reason for; a league
table's row "Ostkel | 4.8%" then holds its figure as a label, while another document of the
collection (or a curated record) knows Ostkel as a company. The collection's companies, by
their names, aliases and ids, resolve such a label, so the company's dossier, the export and
the comparison of sources see the figure as the company's. A key two companies share
resolves to neither; a group ("Others", "the three Korean makers") names no company.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from evkb.model import KnowledgeBase, Share, column

_SLUG_DROP = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=8192)  # a document's records name the same few companies again and again
def slug(text: str) -> str:
    """A stable id piece: lower case ASCII letters and digits joined by hyphens."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _SLUG_DROP.sub("-", plain.lower()).strip("-") or "x"


def company_keys(kb: KnowledgeBase) -> dict[str, str]:
    """Each company's id by the slug of its id, name and aliases (made once a knowledge
    base); a key two companies share is left out."""
    found = kb._index.get("company keys")
    if found is not None:
        return found
    owners: dict[str, set[str]] = {}
    columns = (column(kb.companies, key) for key in ("id", "name", "aliases"))
    for ident, name, aliases in zip(*columns, strict=True):
        for text in (ident, name, *aliases):
            owners.setdefault(slug(text), set()).add(ident)
    found = {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1}
    kb._index["company keys"] = found
    return found


def known_holder(keys: dict[str, str], holder: str, label: str, members: tuple = ()) -> str:
    """The share's holder, else the company its label names, else ""."""
    if holder or members or not label:
        return holder
    return keys.get(slug(label), "")


def holder_of(kb: KnowledgeBase, share: Share) -> str:
    """The company id holding the share, as its document or the collection knows it."""
    return known_holder(company_keys(kb), share.holder, share.label, share.members)
