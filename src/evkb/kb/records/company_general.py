"""The last resort for a name no particular rule accepted: the role a clause gives it.

A capitalised name (or initials of three letters or more) that the text describes in no other
way is still an organisation when it does what only one does with a market or with money: it
opens a clause whose figure is a market share ("Acme led the market ... with 36.4 per cent",
"Acme was third with 18.2%"), opens a clause that commits a sum ("Acme will invest $2bn"), or
stands in a league's run of holders and figures beside a company the text accepted already
("X 9.8 per cent (11.2), Acme 1.9 (2.6)"), or owns, wherever it stands, what only a company
has: vehicles it sells, plants and yards, its representatives and dealers ("Acme's vehicles
assembled in ...", "Acme's repair yard", "the Acme plant in Springvale"). Only names with no cue
at all are read here, and
never one the text vetoes (a person, place, product, programme or publication) or a place's
name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records import company_cues as cue
from evkb.kb.records.company_and import ordinary
from evkb.kb.records.company_found import Found
from evkb.kb.records.company_names import NATIONALITIES
from evkb.kb.records.company_records import accepted
from evkb.kb.records.context import PLACE_WORDS, Sentence, country_of
from evkb.kb.records.share_figures import is_share_figure
from evkb.kb.units import CURRENCY_CODES

# A holder's figure right after its name in a league's run: "Acme 1.9 (2.6)", "Acme: 4.4%",
# "Acme (7.7%) and ...".
_ROW = re.compile(
    r"\s*[:\u2013\u2014-]?\s*\(?\d{1,2}(?:[.,]\d+)?\s*(?:%|per\s*cent|pc\b)?\)?"
    r"\s*(?:\(|,|;|\||\s+and\b|\s+followed\b|\.?\s*$)"
)
# A verb that gives a market's rank or share to its subject.
_LEADS = re.compile(
    r"\s+(?:(?:also|again|still|narrowly|comfortably|clearly)\s+)?"
    r"(?:led|leads|topped|tops|dominated|dominates|took|takes|captured|won|ranked|ranks|"
    r"came|comes|finished|held|holds|kept|claimed|grabbed|had|has|"
    # "was third", "remains the leader": a verb of being gives a rank, never a share alone
    r"(?:was|is|remained|remains)\s+(?:(?:still|again|the|a|clear|market)\s+)*(?:first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|ahead|leader|runner-up|largest|"
    r"biggest|number))\b"
)
# A verb that commits a sum: "Acme will invest", "Acme plans to spend", "Acme will provide",
# "Acme signed a credit agreement of ...".
_COMMITS = re.compile(
    r"\s+(?:(?:will|would|plans\s+to|intends\s+to|is\s+to|agreed\s+to|has|had|is|was|also)\s+)*"
    # (a lender's "will lend" is left to the investments' reading of an unknown lender)
    r"(?:(?:invest|spend|pour|commit|provide|grant|contribute|award|finance|fund)"
    r"(?:s|ed|ing)?|spent|sign(?:s|ed)?\s+an?\s+(?:credit|loan|financing))\b"
)
# What a possessive gives a company only: "Acme's vehicles", "Acme's repair yard", "Acme's
# representative" (a lower-case word between them at most: "Acme's newcomer chases buses" is
# a verb's object). Never after "the": "the Issuer's subsidiary" is a defined term's.
_OWNS = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+)?(?:vehicles|cars|trucks|buses|plants?|factor(?:y|ies)|"
    r"gigafactor(?:y|ies)|(?:ship)?yards?|representatives?|spokes(?:man|woman|person)|dealers|"
    r"dealerships|subsidiar(?:y|ies)|assembly\s+lines?|model\s+line-?up)\b"
)
# "the Acme plant in Springvale", "the former Acme factory near the capital": the name before a
# plant that the words after place somewhere else is the plant's owner, not its town.
_PLANT_BEFORE = re.compile(r"\bthe\s+(?:former\s+|new\s+|old\s+)?$", re.I)
_PLANT_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:plant|factory|gigafactory|works)\s+(?:in|near|at|outside)\s+"
    r"(?:[A-Z]|the\s+(?:capital|city|town|state|province|region)\b)"
)
# A clause's subjects that buy a product of a maker's: "Kia and Hyundai buy cells from X".
_SUBJECTS = re.compile(
    r"[A-Z][\w&.'-]*(?:\s+[A-Z0-9][\w&.'-]*)*"
    r"(?:(?:,\s+|,?\s+and\s+)[A-Z][\w&.'-]*(?:\s+[A-Z0-9][\w&.'-]*)*)*"
)
_BUYS = re.compile(
    r"\s+(?:(?:also|all|both|still|now|will|would|already)\s+)*"
    r"(?:buy|buys|bought|source|sources|sourced|order|orders|ordered|use|uses|used|take|takes|"
    r"took|receive|receives|received|get|gets|got)\s+(?:their\s+|its\s+|the\s+)?"
    r"(?:[a-z-]+\s+)?(?:cells|batteries|battery\s+packs|packs|modules|cathodes?|anodes?)\s+"
    r"(?:from|made\s+by)\s+"
)
# A name whose words are capitalised.
_NAME = re.compile(r"[A-Z][\w&.'-]*(?:\s+[A-Z0-9][\w&.'-]*)*")
_INITIALS = re.compile(r"[A-Z][A-Z0-9&]{2,6}")
# English words joined by a hyphen, the second in lower case: "Sodium-ion", "Long-range".
_JOINED = re.compile(r"-[a-z]")
# How far a league's run goes on in sentences (a row a line, as in a list).
_RUN = 2


def general(
    found: dict[str, Found],
    sentences: Sequence[Sentence],
    spans: Sequence[tuple[int, int, int, str]],
    plain: set[str],
) -> None:
    """Gives each name with no accepted cue the role its clause gives it, once every sentence is
    read; `spans` are (sentence, start, end, key) of every name in the text's order, a known
    company's key empty."""
    own = {key for key, entry in found.items() if accepted(entry) is not None}
    own.add("")
    by_sentence: dict[int, list[tuple[int, int, str]]] = {}
    for index, start, end, key in spans:
        by_sentence.setdefault(index, []).append((start, end, key))
    # the sentences where a company's name stands before its own figure: a league's rows
    rows = {
        index
        for index, names in by_sentence.items()
        if any(k in own and _ROW.match(sentences[index].text, e) for _, e, k in names)
    }
    for index, names in by_sentence.items():
        bare = [n for n in names if _bare(found.get(n[2]), n[2] in own, plain)]
        if not bare:
            continue
        sentence = sentences[index]
        text = sentence.text
        for start, end, key in bare:
            entry = found[key]
            if _buys_from(text, start, end, names, own):
                entry.strong.append(("buys from a maker", 0.6, index))
            elif _ROW.match(text, end) and any(
                i in rows and (i != index or _other_row(text, names, own, key))
                for i in range(index - _RUN, index + _RUN + 1)
            ):
                entry.strong.append(("listed in a league", 0.6, index))
            elif (
                _OWNS.match(text, end)
                and not cue.TITLE_WORD.match(entry.name)
                and not _PLANT_BEFORE.search(text, 0, start)
            ):
                entry.strong.append(("owns what a company owns", 0.6, index))
            elif _PLANT_AFTER.match(text, end) and _PLANT_BEFORE.search(text, 0, start):
                entry.strong.append(("owner of a plant", 0.6, index))
            elif not (start == 0 or cue.OPENERS.fullmatch(text, 0, start)):
                continue  # only a clause's subject: "in Acme's market" gives no role
            elif _LEADS.match(text, end) and any(
                q.unit == "percent"
                and sentence.local(q)[0] > end
                and is_share_figure(sentence, *sentence.local(q))
                for q in sentence.quantities
            ):
                entry.strong.append(("leads a market", 0.6, index))
            elif _COMMITS.match(text, end) and any(
                q.unit in CURRENCY_CODES and sentence.local(q)[0] > end for q in sentence.quantities
            ):
                entry.strong.append(("commits a sum", 0.6, index))


def _buys_from(
    text: str, start: int, end: int, names: list[tuple[int, int, str]], own: set[str]
) -> bool:
    """Whether the name at `start:end` is one of the clause's subjects that buy cells (or packs,
    modules ...) from a company the text accepted: "Kia and Hyundai buy cells from SK On"."""
    opener = cue.OPENERS.match(text) if start else None
    at = opener.end() if opener is not None and opener.end() <= start else 0
    run = _SUBJECTS.match(text, at)
    if run is None or not run.start() <= start < end <= run.end():
        return False
    buys = _BUYS.match(text, run.end())
    return buys is not None and any(s == buys.end() and k in own for s, _, k in names)


def _other_row(text: str, names: list[tuple[int, int, str]], own: set[str], key: str) -> bool:
    """Whether another name of the sentence is a company standing before its own figure."""
    return any(k in own and k != key and _ROW.match(text, e) for _, e, k in names)


def _bare(entry: Found | None, own: bool, plain: set[str]) -> bool:
    """Whether a found name is not accepted, has no veto, and the shape of an organisation's
    name: capitalised words, or one word that is initials or no word of the text's English."""
    if entry is None or own or entry.vetoes:
        return False
    name = entry.name
    lowered = name.casefold()
    if country_of(name) or lowered in PLACE_WORDS or lowered in NATIONALITIES:
        return False
    if lowered in cue.ROW_LABELS:
        return False  # "Others: 11.9%", "Total 100"
    if " " not in name:
        # "Imports led with 40 percent": one word of English, a plural above all, is no name
        # ("Sodium-ion": English words joined)
        return _INITIALS.fullmatch(name) is not None or not (
            ordinary(name, plain) or name.endswith("s") or _JOINED.search(name)
        )
    return _NAME.fullmatch(name) is not None and not country_of(name.split()[0])
