"""Organisation-like names in a sentence: runs of capitalised words, cut where one name ends.

Where a run splits in two ("Tata Motors and SVOLT", never "Power & Mobility"; what "and" parts
is read in `company_and.py`), where a title or a place cuts it, and whether what is left can
name anything at all (not a place, a month or an ordinary word). `companies.py` weighs what
the text says about each name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from evkb.kb.currencies import WORD_CODES, big_figure_at
from evkb.kb.extract.gates import finditer_at
from evkb.kb.records import company_cues as cue
from evkb.kb.records.company_and import after_plural, closes_list, ordinary, two_names
from evkb.kb.records.company_bodies import place_opens_body
from evkb.kb.records.company_cuts import (
    next_phrase,
    of_the,
    registered_in,
    remits_end,
    riverbank,
    vessel_of,
)
from evkb.kb.records.company_models import maker_end
from evkb.kb.records.company_openers import opening_words
from evkb.kb.records.company_shapes import ACRONYM, RUN, RUN_START
from evkb.kb.records.context import (
    CALENDAR_WORDS,
    KIND_OF_NOUN,
    NATIONALITY_OF_WORD,
    PLACE_WORDS,
    Sentence,
    country_of,
)
from evkb.kb.units import CURRENCY_CODES

# Words that join a name's words and cannot end one; "for" can ("Institute for").
_CONNECTORS_NOT_FOR = cue.CONNECTORS - {"for"}


def _nationalities() -> frozenset[str]:
    """Adjectives of nationality ("Swedish", "South-Korean"): before a name they say where it
    is from, where a country's own name ("Korea Acme Securities", "UK Research") is part of it."""
    firsts: dict[str, str] = {}
    for word, country in NATIONALITY_OF_WORD.items():
        firsts.setdefault(country, word)  # each country's words start with its adjective
    return frozenset(firsts.values()) | frozenset(w for w in NATIONALITY_OF_WORD if "-" in w)


NATIONALITIES = _nationalities()


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """Names that are the same company share a key: case, possessive, suffixes and
    punctuation aside ("Acme Motor Co." and "Acme" give "acme")."""
    name = cue.POSSESSIVE_END.sub("", name.strip())
    words = [w.strip(".,").casefold() for w in name.replace("-", " ").split()]
    while len(words) > 1 and (
        words[-1].strip("()") in cue.SUFFIXES or words[-1] + "." in cue.SUFFIXES
    ):
        words.pop()  # "(Pty) Ltd" too
    return " ".join(words)


# A footnote's mark after a word ("SK On¹" in a table): the note's, never the name's.
_FOOTNOTE_MARKS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"


def _token(match: re.Match[str]) -> tuple[int, int, str]:
    """A run's word with its span, less a closing comma and any footnote mark before it."""
    word = match.group().rstrip(",")
    bare = word.rstrip(_FOOTNOTE_MARKS)
    if bare == word:
        return match.start(), match.end(), word
    return match.start(), match.start() + len(bare), bare


def runs(
    sentence: Sentence,
    known: list[tuple[str, int, int]],
    plain: set[str],
    persons: set[str] | None = None,
):
    """Candidate name runs (start, end, name) in a sentence, outside known mentions; the words
    of a person's name after a title ("President Vezote Okabe") join `persons`."""
    text = sentence.text
    consumed = 0
    for run_start, run_end in _runs_outside(text, known):
        if run_start < consumed:
            continue
        if " of " in text[run_start:run_end]:
            # "Ministry of Economy, Trade and Industry": a list inside a name after "of".
            listed = cue.LISTED.match(text, run_end)
            if listed:
                run_end = consumed = listed.end()
        elif text[run_end : run_end + 1] == ",":
            # "Innovation, Trade and Industry Canada": a body named by its remits, one run
            run_end = consumed = remits_end(text, run_start, run_end, plain) or run_end
        tokens = [_token(m) for m in cue.TOKEN.finditer(text, run_start, run_end)]
        tokens = [token for token in tokens if token[2]]
        # Titles split a run: "Acme CEO Jane Roe" is a company, a title and a person.
        for i, (_, _, word) in enumerate(tokens):
            # "the Federal Executive Council": a title's word naming a body with its head
            # (not "the Executive Committee of Acme": a company's own committee)
            if _is_title(word) and not (
                i + 1 < len(tokens)
                and tokens[i + 1][2].casefold() in _BODY_AFTER_TITLE
                and (i + 2 == len(tokens) or tokens[i + 2][2] != "of")
            ):
                named = [t[2] for t in tokens[i + 1 : i + 4]]
                if (
                    persons is not None
                    and len(named) >= 2
                    and all(cue.PERSON_WORD.fullmatch(w) for w in named)
                ):
                    persons.update(w.casefold() for w in named)
                tokens = tokens[:i]
                break
        # "Lyon-based Veloris Energy", "Shenzhen-listed Tianjun": where it sits, not its name.
        while (
            tokens
            and (
                (
                    tokens[0][2].split("-")[0].casefold() in cue.LEADING
                    # "AS Lemadudi": a legal form written first, not the word "as"
                    and not (len(tokens) > 1 and tokens[0][2] in cue.LEADING_FORMS_WRITTEN)
                    and not place_opens_body([t[2] for t in tokens])
                )
                or cue.SITED.search(tokens[0][2])
                or (tokens[0][2].isupper() and tokens[0][2].casefold() in cue.LABELS)
                or tokens[0][2].casefold() in cue.CONNECTORS
                # "Carmaker Olvara Motors" opening a sentence: the kind, then the name.
                or (
                    len(tokens) > 1
                    and tokens[1][2][:1].isupper()
                    and tokens[0][2].casefold() in KIND_OF_NOUN
                    # "Government Accountability Office": the noun qualifies a body's name.
                    and tokens[-1][2].casefold() not in cue.INSTITUTION_HEADS
                )
            )
        ):
            tokens = tokens[1:]
        if len(tokens) > 2 and tokens[1][2] == "of" and tokens[0][2].casefold() in _PARTITIVES:
            tokens = tokens[3:] if tokens[2][2] == "the" else tokens[2:]  # "One of the Korean"
        opens = run_start == 0 or cue.OPENERS.fullmatch(text, 0, run_start) is not None
        if opens and len(tokens) > 2 and _opening_word(tokens, text):
            tokens = tokens[2:] if tokens[1][2] == "of" else tokens[1:]
        elif opens:
            tokens = tokens[opening_words(tokens) :]  # "Newcomer Acme", "Excluding Acme"
        tokens = of_the(vessel_of(tokens))
        tokens = _whose(tokens, plain, persons)
        tokens = registered_in(next_phrase(tokens, text, NATIONALITIES))
        # "Acme Power Overweight", "Korea Exchange Tuesday": a rating or a day after a name.
        while len(tokens) > 1 and (
            tokens[-1][2].casefold() in cue.RATINGS or calendar(tokens[-1][2].casefold())
        ):
            tokens = tokens[:-1]
        while tokens and tokens[-1][2].casefold() in _CONNECTORS_NOT_FOR:
            tokens = tokens[:-1]
        if not tokens or riverbank(tokens):
            continue
        # "Acme and Aurivale": two names unless one side cannot stand alone. "&" joins the
        # words of one name ("Power & Mobility", "E&M"), never two companies.
        parts: list[list[tuple[int, int, str]]] = []
        current: list[tuple[int, int, str]] = []
        # "SK On and Borel each held 5.1 percent": holders said to hold each their own are two.
        each = _EACH_AFTER.match(text, tokens[-1][1]) is not None
        for n, token in enumerate(tokens):
            if (
                token[2] == "and"
                and current
                and (
                    each
                    or two_names(current, tokens[n + 1 :], plain)
                    or closes_list(text, current, tokens[n + 1 :], known, plain)
                    or after_plural(text, current, tokens[n + 1 :], plain)
                )
            ):
                parts.append(current)
                current = []
                continue
            current.append(token)
        parts.append(current)
        # "The Zebin Motors Lipo comes with": a carmaker's name, then its model's.
        for n, part in enumerate(parts):
            if len(part) < 2:
                continue
            at = next(
                (
                    k
                    for k in range(max(0, len(part) - 3), len(part) - 1)
                    if part[k][2].casefold() in cue.MAKER_WORDS
                ),
                None,
            )
            if at is not None and part[at - 1][2].casefold() in cue.CONNECTORS:
                at = None  # "Department of Motor Vehicles": a body's remit, not a carmaker
            if at is not None and not any(
                t[2].casefold() in cue.ORG_WORDS
                or t[2].casefold() in PLACE_WORDS
                or t[2].rstrip(".").casefold() in cue.SUFFIXES
                for t in part[at + 1 :]
            ):
                parts[n] = part[: at + 1]
        for part in parts:
            # "the Acme Carts G4 Lithium": the maker's name ends where the model's code starts
            code = next((k for k in range(1, len(part)) if cue.MODEL_CODE.fullmatch(part[k][2])), 0)
            while code > 1 and part[code - 1][2].casefold() in cue.CONNECTORS | {"the", "a"}:
                code -= 1  # "Launch of the DM-50 module": no maker named
            part = part[:code] if code else part
            # "my 1998 Acme Tuk", "two Acme Homewall 3 batteries": a maker, then its model
            made = 0 if code else maker_end([t[2] for t in part], text, part[0][0])
            part = part[:made] if made else part
            if len(part) > 1 and text[part[-1][1] : part[-1][1] + 1] == "$":
                part = part[:-1]  # "... Development C$280 million": the dollar's mark
            if part and not _figure(text, part[0][0], part[-1][1]):
                end = part[-1][1]
                if text[end : end + 1] == "." and part[-1][2].casefold() in _DOTTED_SUFFIXES:
                    end += 1  # "Co." is the suffix, not a sentence end
                    more = re.match(
                        r",?\s+(?:Limited|Ltd\.?|Inc\.?|LLC|Plc|Corporation|KGaA|KG|OHG)(?!\w)",
                        text[end:],
                    )
                    end += more.end() if more else 0
                    consumed = max(consumed, end)  # "Co., Ltd.": one suffix, not a name
                elif text[end : end + 1] in (" ", ","):
                    # "Fomasavu Cells s.r.o.", "Acme Polska sp. z o.o.": a legal form written
                    # in lower case ends the name it follows.
                    lower = _LOWER_LEGAL.match(text, end)
                    if lower:
                        end = consumed = lower.end()
                yield part[0][0], end, text[part[0][0] : end].rstrip(",")


# What joins a known name to the names listed with it: "and" or "or", a comma before either.
_KNOWN_JOINT = re.compile(r",?\s+(?:and|or)\s+")
_KNOWN_JOINT_END = re.compile(r",?\s+(?:and|or)\s+$")


def _runs_outside(text: str, known: list[tuple[str, int, int]]) -> Iterator[tuple[int, int]]:
    """The runs of capitalised words of a sentence (start, end), cut at the known names."""
    for match in finditer_at(RUN, text, [m.start() for m in RUN_START.finditer(text)]):
        yield from _outside_known(text, *match.span(), known)


def _outside_known(
    text: str, start: int, end: int, known: list[tuple[str, int, int]]
) -> list[tuple[int, int]]:
    """The parts of a run outside the known names in it. "Borel Cells and KnownCo" is two
    names, of which only one is still to read; a part is kept only where "and" or "or" joins
    it to each known name it touches, so a known name's own longer form ("KnownCo Motor
    Norvia") or its product ("KnownCo Acme 3") is still no name of its own."""
    inside = [(s, e) for _, s, e in known if s < end and start < e] if known else []
    if not inside:
        return [(start, end)]
    parts = []
    for (_, left), (right, _) in zip([(start, start), *inside], [*inside, (end, end)]):
        low, high = max(left, start), min(right, end)
        if left > start:
            joint = _KNOWN_JOINT.match(text, left, high)
            if joint is None:
                continue
            low = joint.end()
        if right < end:
            joint = _KNOWN_JOINT_END.search(text[low:high])
            if joint is None:
                continue
            high = low + joint.start()
        if low < high and text[low].isupper():
            parts.append((low, high))
    return parts


# After names joined by "and": each of them holds, does or is what follows on its own.
_EACH_AFTER = re.compile(r",?\s+(?:each|both|respectively)\b")
# "SK On and Borel each held 5.1 percent": a name, and one joined to it that each hold.
_EACH_HOLDS = re.compile(r"\s+and\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3},?\s+(?:each|both)\b")


def holds_next(text: str, end: int, figure: int) -> bool:
    """Whether a name ending at `end` may hold the figure at `figure`: no other name stands
    between them, or only one joined to it by "and" that "each" or "both" hold it too."""
    return RUN.search(text, end, figure) is None or _EACH_HOLDS.match(text, end) is not None


# The heads of bodies that a title's word may qualify ("Executive Council", "Director's Office").
_BODY_AFTER_TITLE = cue.ORG_HEADS | {"committee"}
# Counts and quantifiers that take a part of what follows: "One of the Korean makers", "Two of
# Acme's plants", "Most of the Nordic suppliers".
_PARTITIVES = frozenset("one two three four five some many most each all none several both".split())
# Words that open a spoken or written sentence before a name without being part of it: an
# imperative ("Take Acme Power in Czechia.", "Consider Acme"), a kin noun ("Nelenurani Acme").
_OPENING_WORDS = frozenset("take consider compatriot compatriots".split())


def _opening_word(tokens: list[tuple[int, int, str]], text: str) -> bool:
    """Whether a sentence's first word is no part of the name after it: an opening word, or a
    plural noun of a count the sentence gives before a company's possessive ("Shipments of Acme
    Power's packs rose", "Deliveries of Acme's cells"); "Friends of Acme" does not own them."""
    first = tokens[0][2]
    if first.casefold() in _OPENING_WORDS:
        return True
    return (
        tokens[1][2] == "of"
        and first[1:].islower()
        and first.endswith("s")
        and not first.endswith("ss")
        and first.casefold() not in cue.ORG_WORDS | cue.ORG_HEADS
        and cue.POSSESSIVE_AFTER.match(text, tokens[-1][1]) is not None
    )


# Legal forms that end a company's name ("Acme Co.", "Acme Lithium Ltd").
LEGAL_FORMS = frozenset("co company inc corp corporation ltd limited llc plc".split())
# What a company has rather than is: "authorised by the Board of Acme Lithium Ltd".
_PARTS_OF = frozenset("board directors shareholders members management staff employees".split())


def _whose(
    tokens: list[tuple[int, int, str]], plain: set[str], persons: set[str] | None
) -> list[tuple[int, int, str]]:
    """The organisation in "<someone> of <organisation>": "Jane Roe of Acme Research said" is
    a person and the body she speaks for, "the Board of Acme Lithium Ltd." a company's board.
    Only where the part after "of" reads as an organisation (an organisation word or a legal
    form) and the part before cannot name one ("Bank of ...", "Ministry of ..." can)."""
    if len(tokens) < 3:
        return tokens  # no room for "<someone> of <organisation>" (most runs are shorter)
    at = next((i for i in (1, 2) if i < len(tokens) - 1 and tokens[i][2] == "of"), 0)
    if not at:
        return tokens
    after = tokens[at + 1 :]
    if after and after[0][2] == "the":
        after = after[1:]
    if not after or not any(
        t[2].casefold() in cue.ORG_WORDS
        or t[2] in cue.LEGAL_WORDS
        or t[2].rstrip(".").casefold() in LEGAL_FORMS
        for t in after[1:]
    ):
        return tokens
    head = [t[2] for t in tokens[:at]]
    if at == 1:
        return (
            after
            if head[0].casefold() in _PARTS_OF
            and after[-1][2].rstrip(".").casefold() in LEGAL_FORMS
            else tokens
        )
    if not all(
        cue.PERSON_WORD.fullmatch(w)
        and w.casefold() not in cue.ORG_WORDS | cue.ORG_HEADS | PLACE_WORDS
        and not country_of(w)
        and not ordinary(w, plain)
        for w in head
    ):
        return tokens
    if persons is not None:
        persons.update(w.casefold() for w in head)
    return after


# Suffixes written with a stop that does not end the sentence ("Acme Co.", "Acme Pte. Ltd.").
_DOTTED_SUFFIXES = frozenset("co inc corp ltd bros pte pvt pty".split())
# Legal forms of Central and Eastern Europe, written in lower case after the name.
_LOWER_LEGAL = re.compile(
    r",?\s(?:a\.\s?s\.|s\.\s?r\.\s?o\.|spol\.\s+s\s+r\.\s?o\.|d\.\s?o\.\s?o\.|d\.\s?d\.|"
    r"sp\.\s+z\s+o\.\s?o\.|o\.\s?p\.\s?s\.|k\.\s?s\.|v\.\s?o\.\s?s\.)(?!\w)"
)
_MONEY_SIGN = frozenset("$€£¥₩₹")


def _figure(text: str, start: int, end: int) -> bool:
    """A run that is a figure's currency and number ("R1.1bn", "$48M", "S$25", "KZT 300
    million"), not a name."""
    return (
        (start > 0 and text[start - 1] in _MONEY_SIGN)
        or (text[end : end + 1] == "." and text[end + 1 : end + 2].isdigit())
        or (
            end - start == 3
            and text[end : end + 1] == " "
            and text[end + 1 : end + 2].isdigit()
            and text[start:end] in CURRENCY_CODES
            and (text[start:end] not in WORD_CODES or big_figure_at(text, end + 1))
        )
    )


# Who a sentence is about when it names nobody; "US" in capitals is the country, not "us".
PRONOUNS = frozenset("i we you he she they us them me him".split())


# A year or fiscal year as a table's column label: "2025E" (estimate), "2024A", "FY26".
# "FY25", "2026E", and the halves and quarters of a year ("1H26", "H2 2025", "3Q25", "Q4'25").
_YEAR_LABEL = re.compile(
    r"(?:fy|cy)?(?:\d{2}|\d{4})[aef]?|[1-4]q\d{2}|[12]h\d{2}|q[1-4]['’]?\d{2}|h[12]['’]?\d{2}",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)  # asked of every word of every name run
def calendar(word: str) -> bool:
    """A month or a day, a span of them ("April-June"), or a year label ("2025E", "FY26"): a
    date, never a name."""
    return bool(_YEAR_LABEL.fullmatch(word)) or all(
        part in CALENDAR_WORDS for part in word.split("-")
    )


@lru_cache(maxsize=8192)
def _is_title(word: str) -> bool:
    """A title that splits a run ("CEO"): asked of every word of every run."""
    return cue.TITLE_WORD.match(word.rstrip(",")) is not None


def owns_a_company(after: str) -> bool:
    """Whether a name is followed by a possessive and a company's name ("Vasadi's Devgiri
    Cells"): what owns a company by name in news copy is its city or country; a company's own
    units and products come with a word of their kind ("its battery unit", "Acme's Allegro")."""
    if not after.startswith(("'s ", "’s ")):
        return False
    run = RUN.match(after, 3)
    owned = run.group().split() if run else []
    return len(owned) > 1 and any(w.casefold() in cue.ORG_WORDS for w in owned[1:])


def plain_words(sentences: Sequence[Sentence]) -> set[str]:
    """Words the document writes in lower case somewhere: ordinary words, not names."""
    found: set[str] = set()
    for s in sentences:
        found.update(lower_words(s.text))
    return found


@lru_cache(maxsize=1024)
def lower_words(text: str) -> tuple[str, ...]:
    """The words a sentence writes in lower case: the companies stage and the short forms of
    names both ask it of every sentence."""
    return tuple(cue.LOWER_WORD.findall(text))


def initials_owners(names: Sequence[str]) -> dict[str, str]:
    """Acronym -> the one longer name among `names` whose initials it spells ("GAO" for
    "Government Accountability Office", "DOE" with or without the "of"); an acronym that two
    names could spell is left alone."""
    owners: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if len(words) < 2:
            continue
        spelt = {"".join(w[0] for w in words).upper()}
        spelt.add("".join(w[0] for w in words if w[:1].isupper()))
        for initials in spelt:
            if len(initials) >= 3:
                owners.setdefault(initials, set()).add(name)
    return {
        name: next(iter(owners[name]))
        for name in names
        if ACRONYM.match(name) and len(owners.get(name, ())) == 1
    }
