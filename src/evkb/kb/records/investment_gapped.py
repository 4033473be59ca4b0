"""Whose a later clause of a sentence is: one with a subject of its own, and one that leaves
out the verb of the clause before it ("The Department is giving us a grant of $15 million and
the Fund another $10 million", "X will contribute €190 million and Y €270 million"), whose sum
the name it opens on gives, in the kind of money the clause before gave, never the clause
before's own giver.
"""

from __future__ import annotations

import re

from evkb.kb.records.context import Sentence

# ", while the state-owned development bank KfW is providing": a clause with a subject of its own.
# ("the state's development agency, GrowNorland, is ...": the subject described, then named)
# ("and Westmark's Ministry of Trade C$280 million": a place's body, named with the place)
# ("and Westmark's Export and Trade Fund (WETF) will lend": the words of the name before the
# part of it the names matched, all capitalised or joining)
OWN_SUBJECT = re.compile(
    r"\W*(?:(?:the|a|an)\s+(?:[\w'’-]+,?\s+){0,4}|(?-i:[A-Z])[\w-]*['’]s\s+"
    r"(?:(?-i:[A-Z])[\w-]*\s+(?:(?:and|of|for|&)\s+)?){0,3})?$",
    re.I,
)

# The name, capitalised, then at most a word that says the sum comes on top ("another", "a
# further") or what it is ("a loan of"), then the sum: no verb between.
_GAPPED = re.compile(
    r"\W*(?:the\s+)?(?:(?-i:[A-Z])[\w.&-]*['’]s\s+)?"
    # ("and the province of Kelso a €4 million grant": a place's body, its head in lower case)
    r"(?:(?:province|state|region|county|canton|city|municipality)\s+of\s+(?:the\s+)?)?"
    r"(?P<name>(?-i:[A-Z])[\w'’.&-]*(?:\s+(?:(?:of|for|and|de|du|la|des|del|di)\s+)?"
    r"(?-i:[A-Z])[\w'’.&-]*){0,6})"
    r"(?:\s*\([^()]{1,30}\))?,?\s+"
    r"(?:(?:another|a\s+further|a\s+second|an?|the\s+other|the\s+remaining|its)\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:grant|loan|subsidy|credit|investment|equity|contribution)\s+of\s+)?"
    r"(?:[A-Z]{1,3}\s?)?$",
    re.I,
)


def gapped_name(sentence: Sentence) -> tuple[int, int] | None:
    """Where the name a verbless clause opens on stands, when its first sum follows at once."""
    starts = [sentence.local(q)[0] for q in sentence.quantities]
    if not starts:
        return None
    found = _GAPPED.match(sentence.text, 0, min(starts))
    return found.span("name") if found else None


def gapped_giver(sentence: Sentence) -> str | None:
    """The company a verbless later clause opens on ("and the Fund another $10 million"); ""
    when the name it opens on is no company the text knows (no giver the clause before had);
    None when the clause is no such clause."""
    span = gapped_name(sentence)
    if span is None:
        return None
    return next((cid for cid, start, _ in sentence.mentions if start == span[0]), "")


def gapped_parties(
    giver: str, by: tuple[str, ...], to: tuple[str, ...], first_to: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Who gives and who receives a verbless later clause's sum: the name it opens on gives
    it, whatever kind of company the text takes it for, to whom the clause before gave (to no
    one when the clause before gave to no one: "X will contribute €216 million of the
    investment and Y €324 million")."""
    return (giver,), tuple(c for c in first_to if c != giver)
