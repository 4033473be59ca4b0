"""How news copy names public bodies: an office or agency in words of English ("National Debt
Office"), a nationality that opens a body's descriptive name ("the Brazilian Development Bank"),
a state's place name that opens its body's name ("New" and the place's word before a body's
head, kept by `company_names.py`), a legislature and its chambers; and when a company's own
name goes on with "of" and the town it is from ("Acme Power of Springvale"). Read by
`companies.py` through `company_cues`."""

from __future__ import annotations

from evkb.kb.records.company_forms import LEGAL_WORDS, ORG_HEADS, ORG_WORDS

# Heads of bodies whose names are qualified by the word before them ("Government
# Accountability Office", "State Grid Board"): a kind noun before them is part of the name.
INSTITUTION_HEADS = frozenset(
    """office agency committee subcommittee commission council authority bureau administration
    board department ministry directorate service inspectorate tribunal""".split()
)
# Words of a public body's name that say whose it is ("National Debt Office").
_PUBLIC = frozenset("national federal state public royal central regional provincial".split())


def public_body(words: list[str], plain: set[str]) -> bool:
    """A state's office or agency named in words of English ("National Debt Office", "Federal
    Cartel Office", "Public Roads Administration"), or a body of members ("Workers' Union"):
    a nationality before it is its name's."""
    return (
        len(words) > 1
        and words[-1].casefold() in INSTITUTION_HEADS | _MEMBERS_BODIES
        and (
            words[0].casefold() in _PUBLIC
            or all(w.casefold() in plain or w.endswith(("s'", "s’")) for w in words[:-1])
        )
    )


def place_opens_body(words: list[str]) -> bool:
    """Whether "New" opens a public body's name as the first word of its place's ("New Tamsford
    Department of Roads", "the New Varrow Economic Development Office"), not the adjective
    before a name ("New Energy Office rules" says what is new of the "Energy Office"): a
    capitalised word after it that is no body's word, and a state's head ending the name or
    before its "of"."""
    return (
        len(words) > 2
        and words[0] == "New"
        and words[1][:1].isupper()
        and words[1].casefold() not in INSTITUTION_HEADS | ORG_WORDS | ORG_HEADS
        and words[words.index("of") - 1 if "of" in words else -1].casefold() in INSTITUTION_HEADS
    )


# Heads of the names of public and member bodies that a nationality opens ("the Brazilian
# Development Bank", "the Indian Institute of Science", "the Dutch Authority for Consumers").
# Not a ministry: a country has one of each, so "the Spanish Ministry of Industry" is Spain's.
_NATIONAL_HEADS = frozenset(
    """bank fund authority agency commission institute association council board office
    university foundation administration bureau federation society chamber""".split()
)


def national_body(words: list[str]) -> bool:
    """Whether a name after a nationality is a body's descriptive name, the nationality part of
    it: its head is a body's noun and the words before the head are words of English, not a
    company's own name ("Swedish Bisusok Bank" stays Bisusok's, "Korean SK Bank" too)."""
    cut = next((n for n, w in enumerate(words) if w in ("of", "for")), len(words))
    head, rest = words[cut - 1 : cut], words[: cut - 1]
    return bool(
        head
        and head[0].casefold() in _NATIONAL_HEADS
        and all(_english_word(w) or w in ("and", "&") for w in rest)
    )


def named_with_place(words: list[str]) -> bool:
    """Whether the words before "of <place>" name a body with that place: a body's head
    ("Government of Canada", "Bank of Korea") or a body's descriptive name in words of English
    ("National Housing Fund of" a country, which names nothing without it); a company's
    own name before it ("Bisusok of Sweden") is complete and the place only says where."""
    return (
        words[-1].casefold() in ORG_HEADS
        or (len(words) == 1 and words[0].casefold() in PLACE_BODY_HEADS)
        or national_body(words)
    )


# A company's heads that a state's corporations take with their place ("Electricity Company
# of" a country, "Industrial Finance Corporation of" a province): the place is their name's.
_PLACED_HEADS = frozenset("company corporation corp".split())


def of_its_town(name: list[str], place: list[str], plain: set[str]) -> bool:
    """Whether "<name> of <place>" is a company and the town it is from, a place the copy
    knows no other way: the name is a company's own (its last word a company's word, a word
    of it no word of English the document writes in lower case, no body's head) and the place
    one or two capitalised words that are none of a company's words, initials or words of
    English ("Bank of Springvale", "Institute of Materials", "Jane Roe of Acme Power", "Power
    Corporation of Springvale" stay)."""
    return (
        len(name) > 1
        and len(place) <= 2
        and name[-1].casefold() in ORG_WORDS - _PLACED_HEADS
        and not named_with_place(name)
        and any(w.casefold() not in plain and w.casefold() not in ORG_WORDS for w in name)
        and all(
            w[:1].isupper()
            and w[1:].islower()
            and w.isalpha()
            and w.casefold() not in plain
            and w.casefold() not in ORG_WORDS
            and w not in LEGAL_WORDS
            for w in place
        )
    )


# The heads of a place's own public body, in English and in the languages whose names copy
# keeps ("Province of Upper Austria", "County of Kelso", "Provincia di ..."): before "of"
# and a place they name the body that governs it.
PLACE_BODY_HEADS = frozenset(
    """province county region prefecture canton municipality provincia província provinz
    région región regione comune municipio""".split()
)


def _english_word(word: str) -> bool:
    """A title-cased word of English ("Public", "Export-Import", "Green"): letters, one capital,
    no initials or digits inside a company's coined name."""
    return all(part[:1].isupper() and part[1:].islower() for part in word.split("-")) and all(
        part.isalpha() and part.isascii() for part in word.split("-")
    )


# Bodies of members, named for them in the plural possessive ("Workers' Union").
_MEMBERS_BODIES = frozenset("union unions association associations federation council".split())


# A legislature named by its kind alone, capitalised: the country's own.
LEGISLATURES = frozenset("congress parliament bundestag".split())
# Chambers of a legislature: "House Energy and Commerce Committee" is one committee.
CHAMBERS = frozenset("house senate joint select assembly".split())
