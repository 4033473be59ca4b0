"""General extraction from article text: passages, sentences, quantities, names and candidates.

Every rule here is about how English news copy is written, never about a particular document:
adding an article must be enough to get its passages, figures and known names out of it.
Offsets are character offsets into the decoded text, and `text[start:end]` is always the
stored text, so every figure can be traced back to the exact words that state it.
One module a stage: text (bytes), sentences, passages, numbers and quantities, names, claims,
candidates.
"""

from evkb.kb.extract.candidates import candidates_of, find_candidates
from evkb.kb.extract.claims import extract_claims
from evkb.kb.extract.names import NameMatcher
from evkb.kb.extract.passages import split_passages
from evkb.kb.extract.quantities import extract_quantities
from evkb.kb.extract.sentences import split_sentences
from evkb.kb.extract.text import read_text

__all__ = [
    "NameMatcher",
    "candidates_of",
    "extract_claims",
    "extract_quantities",
    "find_candidates",
    "read_text",
    "split_passages",
    "split_sentences",
]
