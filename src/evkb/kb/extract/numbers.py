"""Tables of scale words and currencies, and the number patterns built from them."""

from __future__ import annotations

import re

from evkb.kb.currencies import WORLD_CURRENCIES
from evkb.kb.extract.gates import fold

# "18,4 percent", "NOK 3,4 billion", "1,2 GWh": a comma before one or two digits is a decimal
# comma (a thousands separator never is) where a percent, a scale word or an energy unit
# follows, as copy translated from German, French or Spanish keeps it.
# Other languages' scale words, as translated copy keeps them beside a currency: "R$ 3,4 bilhão",
# "R$ 275 milhões", "47,3 millones de euros", "Rp7,25 triliun", "9.1 yi yuan" (a yi is 10^8).
_FOREIGN_SCALE = (
    r"bilh(?:ão|ões|ao|oes)|milh(?:ão|ões|ao|oes)|(?:mil\s+)?mill(?:ones|ón|on)|"
    r"triliun|miliar|juta|yi"
)
_NUM = (
    r"\d{1,2},\d{1,2}(?=\s?(?:%|(?i:percent|per\s?cent|trillion|billion|million|bn|mn|mln|bln|"
    + _FOREIGN_SCALE
    + r")(?![\w])|[kMGT]Wh\b))|"
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
)
# A number is not part of a word or code ("H200", "bZ4X", "Under-16") or of a bigger number;
# "c.400 Wh/kg" is "circa 400", as analysts abbreviate it.
_NUM_START = r"(?:(?<![\w.,\u2013-])|(?<=(?<!\w)c\.))"
_NUMWORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozen)"
)
_SCALE_WORDS = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "lakh": 1e5, "million": 1e6, "mn": 1e6,
    "m": 1e6, "mln": 1e6, "crore": 1e7, "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9,
    "lakh crore": 1e12, "trillion": 1e12, "tn": 1e12, "trn": 1e12, "tln": 1e12, "tril.": 1e12,
    "bilhão": 1e9, "bilhões": 1e9, "bilhao": 1e9, "bilhoes": 1e9, "milhão": 1e6, "milhões": 1e6,
    "milhao": 1e6, "milhoes": 1e6, "millones": 1e6, "millón": 1e6, "millon": 1e6,
    "mil millones": 1e9, "mil millón": 1e9, "mil millon": 1e9, "triliun": 1e12, "miliar": 1e9,
    "juta": 1e6, "yi": 1e8,
}  # fmt: skip


def scale_factor(written: str) -> float:
    """What a scale word as written multiplies by ("bn", "Million", "millones de": 10^6)."""
    words = written.strip(" -").lower().split()
    if len(words) > 1 and words[-1] == "de":  # "millones de euros"
        words.pop()
    return _SCALE_WORDS[" ".join(words)]


_SCALE = (
    # "$1.4-billion" as Canadian copy hyphenates it; "Rs 4 lakh crore" is 4 x 10^12.
    # "1.2 tln won", "1.2 tril. won": a Korean wire's abbreviations of trillion; "$48M", "$2.4B"
    # in American headlines.
    r"(?:[\s-]?(?i:trillion|billion|million|thousand|lakh\s+crore|crore|lakh|trn|tn|tln|tril\.|bn|"
    r"bln|mn|mln)|(?:m|b|k|M|B))(?![\w])"
    # "47,3 millones de euros": the "de" before the currency goes with the scale word
    r"|\s(?i:" + _FOREIGN_SCALE + r")(?![\w])(?:\s+de(?=\s+[^\W\d_]))?"
)
_RANGE = rf"(?P<to>\s?[-\u2013]\s?(?:{_NUM})|\s+to\s+(?:{_NUM}))?"

_CURRENCY_PREFIX = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "usd": "USD", "a$": "AUD", "au$": "AUD",
    "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "s$": "SGD", "\u20ac": "EUR", "eur": "EUR",
    "\u00a3": "GBP", "gbp": "GBP", "\u00a5": "JPY", "jpy": "JPY", "\u20b9": "INR", "rs": "INR",
    "rs.": "INR", "inr": "INR", "\u20a9": "KRW", "krw": "KRW", "cny": "CNY", "rmb": "CNY",
    "chf": "CHF", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "r": "ZAR", "zar": "ZAR",
    "n": "NGN", "\u20a6": "NGN", "ngn": "NGN",
}  # fmt: skip
_CURRENCY_WORD = {
    "yen": "JPY", "euro": "EUR", "euros": "EUR", "dollars": "USD", "dollar": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD", "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
    "yuan": "CNY", "renminbi": "CNY", "won": "KRW", "rupees": "INR", "usd": "USD", "eur": "EUR",
    "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "krw": "KRW", "inr": "INR",
    "kronor": "SEK", "krona": "SEK", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "rand": "ZAR",
    "zar": "ZAR", "naira": "NGN", "ngn": "NGN",
}  # fmt: skip


# The world's other currencies, every one of ISO 4217's (`kb/currencies.py`).
_WORLD_CURRENCIES = WORLD_CURRENCIES
for _code, _marks, _words in _WORLD_CURRENCIES:
    _CURRENCY_PREFIX.update({mark.lower(): _code for mark in _marks})
    _CURRENCY_WORD.update({word: _code for word in _words})
    _CURRENCY_WORD[_code.lower()] = _code
# The codes and letter marks written before a figure, longest first ("MX$" before "MX"): the
# readers build their patterns from these, so a currency added above is read everywhere.
CODES_BEFORE = sorted(
    {m for _, marks, _ in _WORLD_CURRENCIES for m in marks if m[0].isalpha() and "$" not in m}
    | {"INR", "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "KRW", "CHF", "SEK", "NOK", "DKK"}
    | {"ZAR", "NGN", "Rs"},  # "Rs28 billion": a rupee glued to its figure
    key=lambda m: (-len(m), m),
)
DOLLAR_MARKS = sorted(
    {m[:-1] for _, marks, _ in _WORLD_CURRENCIES for m in marks if m.endswith("$")},
    key=lambda m: (-len(m), m),
)
SYMBOLS_BEFORE = "".join(m for _, marks, _ in _WORLD_CURRENCIES for m in marks if len(m) == 1)
# The words after a figure, and their first words ("mexican" of "mexican pesos").
WORDS_AFTER = sorted(
    {w for _, _, words in _WORLD_CURRENCIES for w in words}, key=lambda w: (-len(w), w)
)
CODES_AFTER = sorted({code for code, _, _ in _WORLD_CURRENCIES})


# "VND6 trillion", "RM3.2 billion": a currency's code may be glued to its figure (one look-behind
# a code length, as look-behinds are of fixed width).
GLUED_CODES = (
    "|(?<=[A-Za-z][0-9])(?:"
    + "|".join(
        f"(?<=(?<![\\w&])(?:{'|'.join(re.escape(c) for c in CODES_BEFORE if len(c) == n)})[0-9])"
        for n in sorted({len(c) for c in CODES_BEFORE})
    )
    + ")"
)
# A currency's mark that ends right before a figure (searched in the few characters before it).
CURRENCY_BEFORE = re.compile(
    r"(?:(?<![\w$])(?P<cur>(?i:US|U\.S\.|A|AU|C|CA|HK|S)?\$|(?:"
    + "|".join(map(re.escape, DOLLAR_MARKS))
    # "€ 30 million": Dutch and Baltic copy spaces the symbol from its figure
    + r")\$\s?|[\u20ac\u00a3\u00a5\u20b9\u20a9\u20a6"
    + SYMBOLS_BEFORE
    + r"]\s?|R|N)|(?<![\w])(?P<code>Rs\.?|"
    + "|".join(map(re.escape, CODES_BEFORE))
    + r")\s?)$"
)
# The last character of a currency's mark, before a figure or the space before it: a number
# after anything else ("of 5", "in 2024") has no currency in front and skips the pattern.
CURRENCY_CHARS = frozenset(
    "$\u20ac\u00a3\u00a5\u20b9\u20a9\u20a6.RNs"
    + SYMBOLS_BEFORE
    + "".join(c[-1] for c in CODES_BEFORE)
)

# "$1.2-1.5 billion", "€300–400m": a range whose one scale word follows its second figure.
_SHARED_SCALE = re.compile(
    rf"(?P<num>{_NUM})\s?[-\u2013]\s?(?:[A-Z]{{0,2}}\$|[\u20ac\u00a3\u00a5\u20b9\u20a9])?(?P<to>{_NUM})(?P<scale>{_SCALE})"
)


def shared_scale(text: str, start: int) -> tuple[float, float, int] | None:
    """The two ends of a range of money written at `start` with one scale word after both
    ("1.2-1.5 billion"), and where it ends; None if none is written there."""
    m = _SHARED_SCALE.match(text, start)
    if m is None:
        return None
    factor = scale_factor(m.group("scale"))
    low, high = (float(m.group(g).replace(",", "")) for g in ("num", "to"))
    return low * factor, high * factor, m.end()


# German copy, translated or not: "EUR 1,2 Mrd.", "120 Mio. Euro", "3,5 Mrd. €", "240 Mio.
# Franken" (a decimal comma, a stop between thousands, "Mrd." a billion and "Mio." a million);
# French copy: "1,4 Md€", "2 Mds €", "35 M€" (a billion and a million, the sign right after).
_CONTINENTAL_MONEY = re.compile(
    r"(?<![\w.,])(?:(?P<pre>EUR|€|CHF)\s?)?"
    r"(?P<num>\d{1,3}(?:[.\u00a0\u202f ]\d{3})*(?:,\d{1,3})?)\s?"
    r"(?:(?P<scale>Mrd|Mio)\.?(?:\s?(?P<post>Euro|EUR|€|Franken|CHF)(?![\w]))?"
    r"|(?P<sign_scale>Mds?|M)\s?(?P<sign>€)(?![\w]))"
)
_CONTINENTAL_CURRENCY = {"Franken": "CHF", "CHF": "CHF"}


def continental_money(text: str) -> list[tuple[int, int, float, str, None, str]]:
    """Euros and Swiss francs written the German way, as readings (start, end, value, unit,
    None, ""); the longer reading wins over "EUR 1" read before."""
    found = []
    for m in _CONTINENTAL_MONEY.finditer(text):
        if not (m.group("pre") or m.group("post") or m.group("sign")):
            continue
        value = float(re.sub(r"[.\u00a0\u202f ]", "", m.group("num")).replace(",", "."))
        scale = (
            1e9 if (m.group("scale") or m.group("sign_scale")).startswith(("Mrd", "Md")) else 1e6
        )
        currency = _CONTINENTAL_CURRENCY.get(m.group("pre") or m.group("post") or "", "EUR")
        found.append((m.start(), m.end(), value * scale, currency, None, ""))
    return found


# A document's own habit with the decimal mark: "44,5 %", "3,5 GWh", "R$ 3,4" (a comma before one
# or two digits, ending the number) against "44.5%" (a stop before one or two digits).
_DECIMAL_COMMA = re.compile(r"(?<![\w.,])\d{1,3},\d{1,2}(?![\w]|[.,]\d)")
_DECIMAL_POINT = re.compile(r"(?<![\w.,])\d+\.\d{1,2}(?![\w]|[.,]\d)")
# In continental copy a stop before groups of three digits marks thousands ("5.000 cycles",
# "1.750 MWh", "1.234,5").
_STOPPED_THOUSANDS = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w]|[.,]\d)")
# In any copy a space or an apostrophe between groups of three digits marks thousands ("9 000
# cycles", "8'000 cycles"): no decimal habit writes either inside a number. A space after a
# figure of its own ("in 2028 100 jobs") or in a telephone number ("+49 40 555 0199") never.
_SPACED_THOUSANDS = re.compile(
    r"(?<![\w.,+'’])(?<![\d+][ \u00a0\u202f])\d{1,3}(?:[ \u00a0\u202f'’]\d{3})+"
    r"(?![\w]|[.,]\d|[ \u00a0\u202f'’]\d)"
)
_LONE_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}(?![\w]|[.,]\d))")


def writes_continental(text: str) -> bool:
    """Whether a document writes its decimals with a comma: more decimal commas than decimal
    stops ("1.25 billion" restated once in an English aside leaves "41,7 %" copy continental).
    A comma before exactly three digits is a thousands mark in either habit and counts for
    neither."""
    commas = len(_DECIMAL_COMMA.findall(text))
    return commas > 0 and commas > len(_DECIMAL_POINT.findall(text))


def english_marks(text: str, continental: bool = True) -> str:
    """`text` with its figures' marks written the English way, character for character (so
    every offset holds): in any copy "9 000" and "8'000" as "9,000" and "8,000"; in a
    `continental` document also "5.000" as "5,000", "1.234,5" as "1,234.5", "27,5 %" as
    "27.5 %"; "2,300 jobs" stays 2,300."""
    if _DIGITS.search(text) is None:
        return text
    chars = list(text)
    for m in _SPACED_THOUSANDS.finditer(text):
        for at in range(m.start(), m.end()):
            if not chars[at].isdigit():
                chars[at] = ","
    if not continental:
        return "".join(chars)
    for m in _STOPPED_THOUSANDS.finditer(text):
        for at in range(m.start(), m.end()):
            if chars[at] == ".":
                chars[at] = ","
            elif chars[at] == ",":
                chars[at] = "."
    for m in _LONE_DECIMAL_COMMA.finditer(text):
        if chars[m.start()] == ",":
            chars[m.start()] = "."
    return "".join(chars)


def _variants(template: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A pattern compiled twice: numbers in digits only, and digits or words ("two").

    Most sentences have no number word; the digits-only pattern scans them much faster.
    """
    digits = re.compile(template.replace("@NUM@", _NUM))
    words = re.compile(template.replace("@NUM@", f"{_NUM}|(?i:{_NUMWORD})"))
    return digits, words


# The words a number in words can start with ("a dozen" aside: found by its "dozen"); a word
# that starts with another ("eighteen", "eight") is found where that one is.
_NUMWORD_HEADS = tuple(
    word
    for word in sorted(set(re.findall(r"[a-z]{3,}", _NUMWORD)))
    if not any(
        word != head and word.startswith(head) for head in re.findall(r"[a-z]{3,}", _NUMWORD)
    )
)
_DIGITS = re.compile(r"\d+")


def number_starts(text: str) -> list[int]:
    """Every place a pattern of `_variants` could match: the first digit of a run of digits
    and every place a number word's first word is written (case aside), in order.

    Such a pattern tried at these places only (`gates.finditer_at`) finds what it finds tried at
    every character, many times faster: most of a text is neither."""
    starts = [m.start() for m in _DIGITS.finditer(text)]
    low = fold(text)  # one character for one: its places are the text's
    for word in _NUMWORD_HEADS:
        at = low.find(word)
        while at >= 0:
            starts.append(at)
            if word == "dozen":  # "a dozen": the "a" before the spaces
                spaced = low[:at].rstrip()
                if len(spaced) < at and spaced.endswith("a"):
                    starts.append(len(spaced) - 1)
            at = low.find(word, at + 1)
    return sorted(set(starts))
