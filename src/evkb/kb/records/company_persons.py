"""Whether a capitalised run names a person, not a company, by the words around one mention: a
title or initials before it ("analyst Jane Roe", "CEO Jane Roe"), a role after it ("Jane
Roe, chief executive"), a holder's apposition of given-name-like words ("its founder, Jane
Roe,"), or two or three such words that speak ("Jane Roe said", "said Jane Roe.", "Jane Roe,
who founded ..."). `companies.py` drops such a run and remembers its words as a person's.
"""

from __future__ import annotations

from evkb.kb.records import company_cues as cue
from evkb.kb.records.company_people import NAME_WORD
from evkb.kb.records.context import PLACE_WORDS, country_of


def titled_person(
    words: list[str], before: str, after: str, tail: str, last: str, org_word: bool
) -> bool:
    """A person by a title or initials before the run, a role after it, or a holder's
    apposition ("its founder, Jane Roe,"); `tail` and `last` are the word before it as written
    and folded, `org_word` whether its own words name an organisation."""
    return bool(
        (
            (last.rstrip(".") in cue.TITLE_LAST or cue.INITIALS.fullmatch(tail))
            and cue.PERSON_BEFORE.search(before)
            # "Analyst, Pilbrow Brothers": the title is the person before
            and not tail.endswith(",")
        )
        or (cue.PERSON_AFTER.match(after) and not org_word)  # "Acme Corp, CEO Jane Roe"
        or (
            tail.endswith(",")
            and cue.HOLDER_BEFORE.search(before) is not None
            and not org_word
            and 2 <= len(words) <= 4
            and all(NAME_WORD.fullmatch(w) for w in words)
        )
    )


def speaking_person(words: list[str], after: str, last: str, org_word: bool) -> bool:
    """Two or three words shaped like a person's names, none a place's, that speak or are
    spoken of as a person ("Jane Roe said", "Jane Roe, who founded ...", "said Jane Roe.");
    asked only of a run no kind noun or workplace before it describes."""
    return bool(
        len(words) in (2, 3)
        and all(cue.PERSON_WORD.fullmatch(w) for w in words)
        and not org_word
        # "Homes England said", "Business Finland said": a place in it names a body
        and not any(w.casefold() in PLACE_WORDS or country_of(w) for w in words)
        and (
            cue.SPEECH_AFTER.match(after)
            # "Jane Roe, who founded Acme in 1998,": "who" is said of a person
            or cue.WHO_AFTER.match(after)
            # "said Jane Roe." is who spoke; "said Wirrabee Storage had gained" is what
            # was said, about a company.
            or (last == "said" and cue.SPEAKER_ENDS.match(after))
        )
    )
