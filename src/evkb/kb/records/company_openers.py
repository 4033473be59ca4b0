"""Which words opening a sentence are no part of the capitalised name after them, though
written with a capital: a role the company plays in the story ("Newcomer Acme Cells",
"Customers of Acme Power"), a kind noun run into one word with what it makes ("Cellmaker
Acme"), a preposition written as a participle ("Excluding Acme, ..."). Only the sentence's
first word is read: anywhere else such a word is written in lower case and never joins the run.
`company_names.py` cuts the run after them."""

from __future__ import annotations

from evkb.kb.records.context import KIND_OF_NOUN

# Nouns of the part a company plays toward others or in a market: before a name opening a
# sentence they say what it is to the story, never what it is called.
_ROLE_NOUNS = frozenset(
    """newcomer newcomers entrant entrants upstart upstarts incumbent incumbents customer
    customers client clients buyer buyers user users owner owners member members
    shareholder shareholders investor investors backer backers employee employees peer peers
    driver drivers""".split()
)

# Prepositions written as participles ("Excluding Acme, the market grew"): an adverbial
# phrase opens with one, a name never does.
_PARTICIPLE_PREPOSITIONS = frozenset(
    """excluding including following regarding concerning considering barring excepting
    pending notwithstanding""".split()
)

# Kind nouns of an agent ("maker", "producer", "supplier") that run into one word with what
# the agent makes or does ("Packmaker", "Cellproducer"): the kind, written as a compound.
_AGENT_KINDS = tuple(
    sorted(
        (noun for noun in KIND_OF_NOUN if " " not in noun and "-" not in noun),
        key=len,
        reverse=True,
    )
)
_AGENT_KINDS = tuple(noun for noun in _AGENT_KINDS if noun.endswith(("er", "or")))


def compound_kind(word: str) -> bool:
    """Whether a word is a kind noun of an agent run into the thing it makes or handles
    ("Packmaker", "Cellmaker", "Modulebuilder"): three letters or more before a kind noun
    that ends the word, the whole written in lower case after its capital."""
    if not word[1:].islower() or not word.isalpha():
        return False
    folded = word.casefold()
    return any(folded.endswith(noun) and len(folded) - len(noun) >= 3 for noun in _AGENT_KINDS)


def opening_words(tokens: list[tuple[int, int, str]]) -> int:
    """How many of a sentence-opening run's first words are no part of the name after them:
    a role noun or a participle preposition ("Newcomer Acme Cells", "Excluding Acme"), a role
    noun before "of" ("Customers of Acme Power", "Owners of the Acme Tuk"), a compound kind
    noun ("Packmaker Acme Energia"). None when nothing capitalised is left after them."""
    if len(tokens) < 2:
        return 0
    first = tokens[0][2]
    folded = first.casefold()
    if not first[1:].islower():
        return 0
    if folded in _ROLE_NOUNS and tokens[1][2] == "of":
        cut = 3 if len(tokens) > 3 and tokens[2][2] == "the" else 2
        return cut if len(tokens) > cut and tokens[cut][2][:1].isupper() else 0
    if not tokens[1][2][:1].isupper():
        return 0
    if folded in _ROLE_NOUNS or folded in _PARTICIPLE_PREPOSITIONS or compound_kind(first):
        return 1
    return 0
