"""What a capitalised run's own words say it is, before the words around it are read.

An organisation's word inside the name ("... Energy", "... Co.", "UAB ...", "Banco Nacional de
...", "Soyang SDX"), and the shape of a person's name ("van Dalsen", "Ahn Sung-jae of Yeonam
Securities"). `companies.discover` weighs these with the words around the run.
"""

from __future__ import annotations

from evkb.kb.records import company_cues as cue
from evkb.kb.records.company_names import PRONOUNS

# The particles of family names ("van Dalsen", "de Kruif", "von Haberl").
PARTICLES = frozenset("van von de der den da di du le la".split())


# The kind of firm that opens a company's name in Romance languages ("Compagnie ...",
# "Distribuidora ...", "Talleres ..."): a company, a distributor, a builder, works.
_FIRM_HEADS = frozenset(
    """compañía companhia compagnie società sociedad sociedade société empresa empresas
    distribuidora distribuidor talleres comercializadora constructora industrias""".split()
)


def has_org_word(words: list[str]) -> bool:
    """Whether the name's own words make it an organisation's: an organisation word after its
    first word, a legal form, a body's head word and its remit, or a proper name and initials."""
    if len(words) > 1 and any(w.strip(".,").casefold() in cue.ORG_WORDS for w in words[1:]):
        return True
    if len(words) > 1 and (
        words[-1].rstrip(".,") in cue.LEGAL_WORDS
        # "AS Lemadudi", "UAB Acme": a legal form written first, in capitals
        or words[0] in cue.LEADING_FORMS_WRITTEN
    ):
        return True
    # "Banco Nacional de Fomento", "Ministry for the Environment": a body's head word
    # first, as Romance languages and official English name bodies, then its remit.
    if (
        len(words) > 2
        and words[0].casefold().split("-")[0] in cue.ORG_HEADS
        and words[1].casefold() in cue.CONNECTORS | {"nacional", "national", "federal"}
    ):
        return True
    if len(words) > 1 and words[0].casefold() in _FIRM_HEADS and words[1][:1].isupper():
        return True  # "Distribuidora Quelmar del Sur", "Talleres Ortiz": the firm's kind first
    return (
        len(words) == 2
        and cue.NAME_INITIALS.match(words[1]) is not None
        and words[1] not in cue.COMMON_ACRONYMS
        # a proper name first ("Soyang SDX"): not "BUSINESS WIRE", "27E EPS", "My OBD"
        and cue.PERSON_WORD.fullmatch(words[0]) is not None
        and len(words[0]) > 2
        and words[0].casefold() not in cue.LEADING | PRONOUNS | cue.DETERMINERS
    )


def person_of(person: str, body: str) -> bool:
    """Whether "X of Y" is a person X speaking for an organisation Y: Y carries an
    organisation's word, X is two or three capitalised words and none of them is one."""
    words = person.split()
    return (
        1 < len(words) <= 3
        # "Samira Al-Qudsi", "Jean-Luc Roy": a name's hyphen may join two capitalised parts
        and all(_person_word(p) for w in words for p in w.split("-"))
        and not any(w.casefold() in cue.ORG_WORDS for w in words)
        and any(w.casefold() in cue.ORG_WORDS for w in body.split())
    )


def _person_word(word: str) -> bool:
    """A capital, then lower-case letters of any script ("Sjöberg", "Núñez")."""
    rest = word[1:].replace("'", "").replace("\u2019", "")
    return len(word) > 1 and word[0].isupper() and rest.isalpha() and rest.islower()
