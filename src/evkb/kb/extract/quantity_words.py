"""The words around a figure: the qualifier before it ("more than", "up to"), a number written
in words or digits, the counted noun after it ("29,282 units", "two all-electric vehicles") and
shares written as words ("more than half", "a third of") or as a ratio ("one in three", "two out
of every five")."""

from __future__ import annotations

import re

from evkb.kb.extract.gates import folded_pattern
from evkb.kb.extract.numbers import scale_factor
from evkb.kb.extract.quantity_dates import _Found
from evkb.kb.extract.sentences import _BEFORE_NUMBER
from evkb.kb.numberwords import SMALL_NUMBERS, TENS

_FRACTION = re.compile(
    r"(?<![\w-])(?P<frac>(?i:half|(?:a|one)[\s-]third|two[\s-]thirds|(?:a|one)[\s-]quarter|"
    r"three[\s-]quarters|(?:a|one)[\s-]fifth))(?![\w-])"
)
_FRACTIONS = {"half": 50.0, "third": round(100 / 3, 2), "thirds": round(200 / 3, 2),
              "quarter": 25.0, "quarters": 75.0, "fifth": 20.0}  # fmt: skip
_NEXT_WORD = re.compile(r"[\s-]+([^\W\d_][\w\u2019'-]*)")

_QUALIFIER = re.compile(
    r"(?i)(?<![\w-])(up\s+to|up\s+over|just\s+over|just\s+under|well\s+over|well\s+above|"
    r"more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|no\s+more\s+than|"
    r"as\s+much\s+as|as\s+many\s+as|close\s+to|in\s+excess\s+of|upwards\s+of|an\s+estimated|"
    r"about|around|roughly|approximately|approx\.|nearly|almost|over|exceeding|under|below|"
    r"above|some|by|after|before|circa|~)\s*(?:(?:a|an|the|the\s+year|the\s+end\s+of)\s+)?$"
)
_QUALIFIER = folded_pattern(_QUALIFIER)
# The word just before a number must be one of these for a qualifier to be possible.
_QUALIFIER_LAST_WORDS = frozenset(
    """to over under than least most as of estimated about around roughly approximately approx.
    nearly almost exceeding below above some by after before circa a an the year""".split()
)


def _qualifier_before(text: str, start: int) -> re.Match[str] | None:
    """The qualifier written just before `start` ("more than", "up to", "by the year")."""
    window = max(0, start - 40)
    # The last word of the 16 characters before the number: split, not a pattern ending in "$",
    # which `re` would try from every character of the window.
    words = text[max(window, start - 16) : start].split()
    if not words:
        return None
    word = words[-1].lower().lstrip("([{\"'\u201c\u2018")
    if word not in _QUALIFIER_LAST_WORDS and not word.endswith("~"):
        return None
    return _QUALIFIER.search(text, window, start)


# Words just before a fraction that make it a time span, not a share ("the first half").
_ORDINAL_BEFORE = re.compile(
    r"(?i)(?:first|second|third|fourth|last|latter|former|final|back|front|other|next)[\s-]+$"
)
_ORDINAL_BEFORE = folded_pattern(_ORDINAL_BEFORE)
_FRACTION_OF_TIME = re.compile(
    r"(?i)\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?(?:\d{4}|year|decade|century|month|week|"
    r"day|season|quarter|fiscal|hour)"
)
_FRACTION_OF = re.compile(r"\s+of\b")
_LABEL_BEFORE = re.compile(r"([A-Z][\w\u2019'-]*)(\.?)\s+$")

# Nouns that turn a year-like number into a count ("2000 vehicles").
_STRONG_COUNT_NOUNS = frozenset(
    """units vehicles cars people jobs workers employees homes households customers users stations
    chargers plants factories tonnes tons batteries cells""".split()
)
_IRREGULAR_PLURALS = frozenset(["people", "children", "men", "women", "staff", "personnel"])
# Words after a number that end a noun phrase without making it a count.
_COUNT_STOP = frozenset(
    """a an the and or but nor of to in on at by for from with into onto over under after before
    since until than as is are was were be been being has have had will would could should
    may might can this that these those its it their his her our your which who whom whose
    what when where while per percent cent pc more less times time years year months month
    weeks week days day decades decade hours hour minutes minute seconds second billion
    million thousand hundred trillion bn mn yen euros euro dollars pounds sterling yuan won
    rupees crore lakh miles mile km kilometres kilometers kilometre kilometer mi gwh mwh twh
    kwh gw mw percentage points point also only just each every other such respectively
    reais pesos ringgit rupiah dong baht zloty zlotys forint forints koruna lira riyals dirhams
    cedis roubles rubles
    alone apiece half halves third thirds quarter quarters""".split()
)
_MONTH_WORDS = frozenset(
    """january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec""".split()
)


_DECIMAL_COMMA_NUMBER = re.compile(r"\d{1,2},\d{1,2}")


def written_number(text: str) -> float:
    """The value of a written number: "1,158", "1.5", "two", "twenty-five", "a dozen"."""
    if text[0].isdigit():
        if _DECIMAL_COMMA_NUMBER.fullmatch(text):
            return float(text.replace(",", "."))
        return float(text.replace(",", ""))
    words = text.lower().replace("-", " ").split()
    if words[-1] == "dozen":
        return 12.0
    if words[0] in TENS:
        return float(TENS[words[0]] + (SMALL_NUMBERS[words[1]] if len(words) > 1 else 0))
    return float(SMALL_NUMBERS[words[0]])


def _scaled(match: re.Match[str]) -> float:
    value = written_number(match.group("num"))
    scale = match.group("scale")
    if scale:
        value *= scale_factor(scale)
    return value


def _is_plural(word: str) -> bool:
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return True
    return (
        len(lower) > 2
        and lower.endswith("s")
        and not lower.endswith(("ss", "us", "is", "\u2019s", "'s"))
    )


def _count(text: str, m: re.Match[str], found: list[_Found]) -> None:
    """A counted thing: a number, then up to three modifiers and a plural noun.

    "29,282 units", "10 new BEVs", "two all-electric vehicles", "1 million young people".
    A bare number is not a quantity, nor is a number labelled by a capitalised word before
    it ("Chapter 11", "Model 3"), nor a year followed by a noun ("2030 targets").
    """
    written = m.group("num")
    lower = written.lower()
    if lower == "one" and not m.group("scale"):
        return  # "one of", "no one": too common to be a count
    label = _LABEL_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if label:
        word = label.group(1).lower()
        # "No. 1" labels its number; "... in Japan. 10 plants" ends a sentence before it.
        dotted = label.group(2) == "."
        if (word in _BEFORE_NUMBER) if dotted else (word not in _LABEL_OK):
            return
    year_like = written.isdigit() and len(written) == 4 and 1900 <= int(written) <= 2100
    value = _scaled(m)
    position = m.end()
    end = None
    for _ in range(4):
        word_match = _NEXT_WORD.match(text, position)
        if not word_match:
            break
        word = word_match.group(1)
        word_lower = word.lower()
        if word_lower in _COUNT_STOP or word_lower in _MONTH_WORDS:
            break
        if _is_plural(word) or (value == 1 and word[0].islower()):
            if not year_like or (word_lower in _STRONG_COUNT_NOUNS and position == m.end()):
                end = word_match.end()
            break
        if word[0].isupper() and not word.isupper():
            break  # a name ("2026 Toyota") is not the counted thing
        position = word_match.end()
    if end is not None:
        found.append((m.start(), end, value, "count", None, ""))


# Capitalised words before a number that do not label it.
_LABEL_OK = (
    frozenset(
        """about around roughly approximately nearly almost over some by after before in on at from
        to than under below above exceeding with and or the only just sold some all""".split()
    )
    | _MONTH_WORDS
)


def _fractions(text: str, found: list[_Found]) -> None:
    """Shares written as words: "more than half", "a third of". See `extract_quantities`."""
    for m in _FRACTION.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if _ORDINAL_BEFORE.search(before) or _FRACTION_OF_TIME.match(text, m.end()):
            continue
        qualified = _QUALIFIER.search(before) is not None
        if not qualified and not _FRACTION_OF.match(text, m.end()):
            continue
        word = m.group("frac").lower().replace("-", " ").split()[-1]
        found.append((m.start(), m.end(), _FRACTIONS[word], "percent", None, ""))


# A share written as a ratio: "one in three", "two out of every five", "three in every ten",
# "1 in 4". The counted noun may follow ("one in six boats"), never a span of time or a scale
# ("one in three years", "one in ten thousand").
_RATIO_WORDS = "two|three|four|five|six|seven|eight|nine|ten|twenty"
_RATIO = re.compile(
    r"(?<![\w.,-])(?P<n>(?i:one|two|three|four|five|six|seven|eight|nine)|[1-9])\s+"
    rf"(?i:out\s+of\s+|in\s+)(?i:every\s+)?(?P<m>(?i:{_RATIO_WORDS})|[2-9]|10|20)(?![\w.,-])"
    r"(?!\s+(?i:years?|months?|weeks?|days?|decades?|hours?|minutes?|thousand|hundred|million|"
    r"billion|per\s*cent|percent|%))"
)
RATIO_TOKENS = frozenset(_RATIO_WORDS.split("|"))
# "the top three in ten markets", "the first two in five years": counted things, no ratio.
_RATIO_BEFORE = re.compile(r"(?i)\b(?:top|the|first|last|all|those|these|its|their)\s+$")


def ratios(text: str, found: list[_Found]) -> None:
    """Shares written as a ratio of counts ("one in three", "two out of every five"), in
    percent; the part must be less than the whole."""
    for m in _RATIO.finditer(text):
        if _RATIO_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        n, whole = m.group("n").lower(), m.group("m").lower()
        part = float(n) if n.isdigit() else float(SMALL_NUMBERS[n])
        of = float(whole) if whole.isdigit() else float(SMALL_NUMBERS[whole])
        if part < of:
            found.append((m.start(), m.end(), round(100 * part / of, 2), "percent", None, ""))


# Durations written as words around "hour": "two and a half hours", "an hour and a half", "half
# an hour", "a quarter of an hour", and "an hour" where a word before makes it a span ("in an
# hour", "takes an hour"; "$31 an hour" is a rate).
_HOUR_WORDS = re.compile(
    r"(?<![\w-])(?:(?P<n>\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve))\s+and\s+a\s+half\s+hours"
    r"|(?P<hh>(?i:an|one)\s+hour\s+and\s+a\s+half)"
    r"|(?P<half>(?i:half\s+an\s+hour))"
    r"|(?P<quarter>(?i:a\s+quarter\s+of\s+an\s+hour))"
    r"|\b(?i:in|within|under|than|about|around|nearly|roughly|for|takes|take|took|just)\s+"
    r"(?P<one>(?i:an|one)\s+hour)(?![\w'’-]|\s+and\s+a\s+half))"
)


def hour_words(text: str, found: list[_Found]) -> None:
    """Durations written in words around "hour" (see `_HOUR_WORDS`), in minutes."""
    for m in _HOUR_WORDS.finditer(text):
        if m.group("n"):
            n = m.group("n")
            value = (float(n) if n.isdigit() else float(SMALL_NUMBERS[n.lower()])) * 60 + 30
        elif m.group("hh"):
            value = 90.0
        elif m.group("half"):
            value = 30.0
        elif m.group("quarter"):
            value = 15.0
        else:
            value = 60.0
        start = m.start("one") if m.group("one") else m.start()
        found.append((start, m.end(), value, "min", None, ""))


# One duration written in two units: "2 hours 10 minutes", "five hours and 30 minutes", "1 hr
# 45 min" is a single span, 130, 330 and 105 minutes, not an hour count and a minute count.
_HOURS_AND_MINUTES = re.compile(
    r"(?<![\w.,-])(?P<h>\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve))\s+(?i:hours?|hrs?)\s+(?:and\s+)?(?P<m>[1-5]?\d)\s*(?i:minutes?|mins?)(?![\w-])"
)


def hours_and_minutes(text: str, found: list[_Found]) -> None:
    """Durations written as hours then minutes, in minutes (the longer reading wins)."""
    for m in _HOURS_AND_MINUTES.finditer(text):
        hours = m.group("h")
        value = float(hours) if hours.isdigit() else float(SMALL_NUMBERS[hours.lower()])
        found.append((m.start(), m.end(), value * 60 + float(m.group("m")), "min", None, ""))
