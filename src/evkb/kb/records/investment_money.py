"""Which currency a shared mark stands for in a document: "pesos" and "Rs" by the copy's country.

The readers give a bare "pesos" Mexico's code and "Rs" India's; copy from another country with a
peso or a rupee of its own writes them the same way. The country the copy names (and no other
with that mark) decides, as the home dollar does for "$".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.gates import holds
from evkb.kb.records.context import Sentence
from evkb.kb.records.investment_places import count_opening, home_dollar
from evkb.model import Fact

# A shared mark's reading -> the countries using it: their code, the word every mention holds
# (a cheap test before the pattern), and how copy names the country or its people.
_HOMES = {
    "MXN": (
        ("MXN", ("Mexic",), re.compile(r"\bMexic(?:o|an|ans)\b")),
        ("COP", ("Colombia",), re.compile(r"\bColombian?s?\b")),
        ("PHP", ("Philippin", "Filipin", "Manila"),
         re.compile(r"\bPhilippines?\b|\bFilipin[oa]s?\b|\bManila\b")),
        ("CLP", ("Chile",), re.compile(r"\bChile(?:an|ans)?\b")),
        ("ARS", ("Argentin",), re.compile(r"\bArgentin(?:a|e|ian|ians)\b")),
    ),
    "INR": (
        ("INR", ("India",), re.compile(r"\bIndian?s?\b")),
        ("PKR", ("Pakistan",), re.compile(r"\bPakistan(?:i|is)?\b")),
        ("LKR", ("Sri",), re.compile(r"\bSri\s+Lankan?s?\b")),
        ("MUR", ("Mauriti",), re.compile(r"\bMauriti(?:us|an|ans)\b")),
    ),
    "IQD": (
        ("IQD", ("Iraq",), re.compile(r"\bIraqi?s?\b")),
        ("LYD", ("Liby",), re.compile(r"\bLibyan?s?\b")),
        ("KWD", ("Kuwait",), re.compile(r"\bKuwait(?:i|is)?\b")),
        ("BHD", ("Bahrain",), re.compile(r"\bBahrain(?:i|is)?\b")),
        ("JOD", ("Jordan",), re.compile(r"\bJordanians?\b|\bin\s+Jordan\b")),
        ("TND", ("Tunisia",), re.compile(r"\bTunisian?s?\b")),
        ("DZD", ("Alger",), re.compile(r"\bAlgeri(?:a|an|ans)\b")),
        ("RSD", ("Serbia",), re.compile(r"\bSerbian?s?\b")),
    ),
    "DKK": (
        ("DKK", ("Denmark", "Danish", "Greenland", "Faroe"),
         re.compile(r"\bDenmark\b|\bDanish\b|\bGreenland(?:ic|ers?)?\b|\bFaroe(?:se|s)?\b")),
        ("NOK", ("Norw",), re.compile(r"\bNorw(?:ay|egian|egians)\b")),
    ),
    # A bare "crowns": Sweden's, Norway's, Denmark's, the Czech Republic's or Iceland's.
    "SEK": (
        ("SEK", ("Swed",), re.compile(r"\bSwed(?:en|ish|es)\b")),
        ("NOK", ("Norw",), re.compile(r"\bNorw(?:ay|egian|egians)\b")),
        ("DKK", ("Denmark", "Danish"), re.compile(r"\bDenmark\b|\bDanish\b")),
        ("CZK", ("Czech",), re.compile(r"\bCzech(?:ia|s)?\b")),
        ("ISK", ("Iceland",), re.compile(r"\bIceland(?:ic|ers?)?\b")),
    ),
    # The franc of the six Central African states against the West African one.
    "XOF": (
        ("XAF", ("Gabon", "Cameroon", "Congo", "Chad", "Central African", "Equatorial"),
         re.compile(r"\bGabon(?:ese)?\b|\bCameroon(?:ian)?s?\b|\bCongo(?:lese)?\b|\bChad(?:ian)?\b|"
                    r"\bCentral\s+African\s+Republic\b|\bEquatorial\s+Guinea\b")),
        ("XOF", ("Senegal", "Mali", "Ivor", "Burkin", "Benin", "Niger", "Togo", "Bissau"),
         re.compile(r"\bSenegal(?:ese)?\b|\bMali(?:an)?\b|\bIvor(?:y\s+Coast|ian)\b|"
                    r"\bC[oô]te\s+d['’]Ivoire\b|\bBurkina\b|\bBenin(?:ese)?\b|\bNiger(?:ien)?\b|"
                    r"\bTogo(?:lese)?\b|\bGuinea-Bissau\b")),
    ),
}  # fmt: skip
# The countries some of whose names open with none of their words as written ("in Jordan",
# "Côte d'Ivoire", "Central\nAfrican Republic"): counted by `findall`, the others by
# `count_opening`, only where one of their words stands.
_OPENS_OTHERWISE = frozenset({"JOD", "XAF", "XOF"})
# The figure's own words that leave the country open: a bare "pesos", "Rs", "rupees", "dinars",
# "CFA francs".
_SHARED = {
    "MXN": re.compile(r"\bpesos?\b", re.I),
    "INR": re.compile(r"^Rs(?![a-z])|\brupees?\b", re.I),
    "IQD": re.compile(r"\bdinars?\b", re.I),
    "XOF": re.compile(r"\bCFA\b", re.I),
    "DKK": re.compile(r"\bkroner\b", re.I),
    "SEK": re.compile(r"\bcrowns\b", re.I),
}
_NAMED = re.compile(
    r"\b(?:mexican|indian|iraqi|west\s+african|danish|swedish|norwegian|czech|icelandic)\b|\bMX\$",
    re.I,
)


def home_currencies(sentences: Sequence[Sentence]) -> dict[str, str]:
    """The reading of a shared mark -> the currency it is in this document's copy (the dollar
    under "USD"); a mark whose country the copy does not settle is left out."""
    text = "\n".join(s.text for s in sentences[:40])
    homes = {"USD": home_dollar(sentences)}
    for read_as, countries in _HOMES.items():
        counts = [
            (
                len(rx.findall(text))
                if code in _OPENS_OTHERWISE
                else count_opening(rx, words, text),
                code,
            )
            for code, words, rx in countries
            if holds(text, words)
        ]
        counts = sorted((c for c in counts if c[0]), reverse=True)
        # one country named, or one named more than twice as often as any other; two named
        # once each, the one named first ("Sri Lanka's market ..." then "Indian importer X":
        # the copy's country is told before a foreign company's)
        if counts and (len(counts) == 1 or counts[0][0] > 2 * counts[1][0]):
            homes[read_as] = counts[0][1]
        elif len(counts) == 2 and counts[0][0] == counts[1][0] == 1:
            homes[read_as] = min(counts, key=lambda c: _first_at(countries, c[1], text))[1]
    return {k: v for k, v in homes.items() if v and v != k}


def _first_at(countries: tuple, code: str, text: str) -> int:
    """Where the text first names the country of `code`."""
    rx = next(rx for c, _, rx in countries if c == code)
    found = rx.search(text)
    return found.start() if found else len(text)


_BARE_DOLLARS = re.compile(r"(?<![Ss]\s)(?<!S\.\s)(?<!American\s)\bdollars?$")


def unit_of(q, homes: dict[str, str]) -> str:
    """The currency of a figure, a shared mark read as the copy's country's."""
    home = homes.get(q.unit)
    if not home:
        return q.unit
    if q.unit == "USD":
        # "$290 million", "290 million dollars"; not "US$" or "U.S. dollars"
        return home if q.text.startswith("$") or _BARE_DOLLARS.search(q.text) else q.unit
    shared = _SHARED[q.unit]
    return home if shared.search(q.text) and not _NAMED.search(q.text) else q.unit


def amount_fact(q, sentence: Sentence, source: str, homes: dict[str, str]) -> Fact:
    """A sum as a record's amount, in the currency its mark stands for in this copy."""
    unit = unit_of(q, homes) if homes else q.unit
    return Fact(
        attribute="amount",
        value=q.value,
        cite=sentence.cite(source),
        unit=unit,
        qualifier=q.qualifier,
        value_to=q.value_to,
        text=q.text,
        origin="extracted",
        confidence=0.7,
        rule="investment amount",
    )
