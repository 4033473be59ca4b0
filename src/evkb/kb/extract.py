"""General extraction from article text: passages, sentences, quantities, names and candidates.

Every rule here is about how English news copy is written, never about a particular document:
adding an article must be enough to get its passages, figures and known names out of it.
Offsets are character offsets into the decoded text, and `text[start:end]` is always the
stored text, so every figure can be traced back to the exact words that state it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from evkb.kb.furniture import find_furniture
from evkb.kb.units import unit_kind
from evkb.model import (
    BODY,
    BOILERPLATE,
    CAPTION,
    CLAIM_KINDS,
    HEADING,
    UNRELATED,
    Candidate,
    Claim,
    Passage,
    Quantity,
)

# ---------------------------------------------------------------------------------------------
# Reading bytes
# ---------------------------------------------------------------------------------------------

_MAX_DECODE_WARNINGS = 20


def read_text(data: bytes) -> tuple[str, list[str]]:
    """Decode a document: UTF-8, BOM stripped, bad bytes replaced, line ends normalised to LF.

    Returns the text and warnings ("invalid UTF-8 at byte 1234 (replaced)"). Raises ValueError
    for a file holding NUL bytes (not a text file) or nothing but whitespace.
    """
    nul = data.find(b"\x00")
    if nul >= 0:
        hint = " (UTF-16 text? save it as UTF-8)" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
        raise ValueError(f"binary file: NUL byte at byte {nul}{hint}")
    base = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    warnings: list[str] = []
    pieces: list[str] = []
    position = base
    while True:
        try:
            pieces.append(data[position:].decode("utf-8"))
            break
        except UnicodeDecodeError as error:
            bad = position + error.start
            pieces.append(data[position:bad].decode("utf-8"))
            pieces.append("\ufffd")
            if len(warnings) < _MAX_DECODE_WARNINGS:
                warnings.append(f"invalid UTF-8 at byte {bad} (replaced)")
            else:  # the rest in one pass: re-decoding it after each bad byte is quadratic
                warnings.append("more invalid UTF-8 bytes (replaced)")
                pieces.append(data[position + error.end :].decode("utf-8", "replace"))
                break
            position = position + error.end
    text = "".join(pieces)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ValueError("empty file: no text")
    return text, warnings


# ---------------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------------

# A sentence ends at . ! ? or … (with closing quotes/brackets), followed by space and a
# character that can open a sentence. Abbreviations are ruled out afterwards.
_SENTENCE_END = re.compile(
    r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?:\s+)(?=[\"'\u201c\u2018(\[]?[A-Z0-9$\u20ac\u00a3\u00a5])"
    r"|\n\s*\n"
)
_TOKEN_BEFORE = re.compile(r"[\"'\u201c\u2018(\[]*([\w.&'\u2019-]*)\.$")
# Words whose trailing period does not end a sentence, whatever follows.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft gen gov sen rep rev capt col lt sgt vs etc eg ie cf al
    approx est fig figs dept univ assn bros ca""".split()
)
# Words whose period does not end a sentence before a number ("No. 1", "Jul. 2024").
_BEFORE_NUMBER = frozenset(
    """no nos nr vol p pp art sec ch jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]|[A-Z]")


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of `text` (stripped), shifted by `offset`.

    Decimals ("$1.7 billion") never split because a period must be followed by space;
    initials and dotted abbreviations ("U.S.", "J. Smith"), titles ("Dr.") and labels before a
    number ("No. 1", "Jul. 2024") do not end a sentence either.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        cut = match.start()
        if text[cut] == ".":
            token = _TOKEN_BEFORE.search(text, max(0, cut - 24), cut + 1)
            word = token.group(1) if token else ""
            lower = word.lower().rstrip(".")
            follower = text[match.end()] if match.end() < len(text) else ""
            if (
                lower in _ABBREVIATIONS
                or _INITIALS.fullmatch(word.rstrip("."))
                or (lower in _BEFORE_NUMBER and follower.isdigit())
            ):
                continue
        end = match.end()
        _add_span(spans, text, start, end, offset)
        start = end
    _add_span(spans, text, start, len(text), offset)
    return spans


def _add_span(spans: list[tuple[int, int]], text: str, start: int, end: int, offset: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        spans.append((offset + start + lead, offset + start + lead + len(stripped)))


# ---------------------------------------------------------------------------------------------
# Passages
# ---------------------------------------------------------------------------------------------

_LINE = re.compile(r"[^\n]+")
_LETTER = re.compile(r"[^\W\d_]")
_LIST_ITEM = re.compile(r"(?:[-*+\u2022\u2013\u2014]|\d{1,2}[.)])\s")
_WORD = re.compile(r"[^\W\d_][\w\u2019'&.-]*|\d[\w,.%\u2013-]*|[$\u20ac\u00a3\u00a5][\w.,]*")
# Words a title-cased headline leaves in lower case.
_MINOR_WORDS = frozenset(
    """a an the and or but nor for so yet as at by in of on to up via vs vs. with from into amid
    over per than off out is are be its their his her our your if""".split()
)
# Ends like a sentence or a clause, so not a heading.
_TERMINAL = re.compile(r"[.!?\u2026;:,][\"'\u201d\u2019)\]]*$")
_FULL_STOP = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
_CAPTION = re.compile(
    r"(?i)^(?:gallery|photos?|image|picture|pictured|credit|credits|watch|video|caption|"
    r"illustration|graphic|chart|source\s+image)\s*[:|\u2013\u2014-]"
)
_BOILERPLATE = re.compile(
    r"(?i)^(?:got\s+a\s+(?:news\s+)?tip|tips?\s*:|e-?mail\s*:|subscribe\b|sign\s+up\b|"
    r"share\s+(?:this|on|the)\b|follow\s+us\b|advertisement\b|sponsored\b|"
    r"read\s+(?:more|next|also)\b|also\s+read\b|related(?:\s+(?:articles?|stories|news|"
    r"reading|coverage|content|links?))?\s*(?:[:|\u2013\u2014-]|$)|recommended\b|more\s+from\b|"
    r"more\s+stories\b|most\s+(?:read|popular)\b|trending\b|click\s+here\b|copyright\b|"
    r"\u00a9|\(c\)\s|all\s+rights\s+reserved|reporting\s+by\b|editing\s+by\b|"
    r"additional\s+reporting\b|contact\s+us\b|newsletter\b|get\s+our\b.*\bnewsletter|"
    r"download\s+(?:our|the)\s+app\b|leave\s+a\s+comment|join\s+the\s+conversation|"
    r"\d+\s+comments?$|comments?$|last\s+updated\b|(?:published|updated)\s*:?\s*\d|"
    r"this\s+article\s+(?:was|first|originally)\b)"
)
_BOILERPLATE_ANYWHERE = re.compile(r"(?i)\u00a9|all rights reserved|sign up to our newsletter")
# "By Jane Smith", "By JANE SMITH, Energy Correspondent", "By our Motoring Correspondent".
_BYLINE = re.compile(
    r"^By\s+(?:(?:our|the|a|an)\s+)?[A-Z][\w.\u2019'-]+(?:\s+(?:[A-Z][\w.\u2019'-]+|de|van|von|and))*"
    r"(?:\s*(?:[,|\u2013\u2014-]|\bin\b).*)?$"
)
_DATE_LINE = re.compile(
    r"(?i)^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)[a-z]*,?\s+)?"
    r"(?:\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2},?)\s+\d{4}(?:[\s,]+\d{1,2}[:.]\d{2}.*)?$"
)

# A heading is short and has no terminal punctuation; more words than this make it prose.
_HEADING_MAX_WORDS = 24
_HEADING_MAX_CHARS = 160
_SHORT_HEADING_WORDS = 10
# A trailing headline is one line of a sidebar list ("More news"): short, at most two sentences.
_HEADLINE_MAX_CHARS = 200
_HEADLINE_MIN_WORDS = 3
_UNRELATED_MIN_LINES = 3


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def _is_title_cased(words: list[str]) -> bool:
    """Most words that a headline capitalises are capitalised (or figures)."""
    significant = [w for w in words if w.lower() not in _MINOR_WORDS]
    if not significant:
        return False
    capital = sum(1 for w in significant if not w[0].islower())
    return capital >= 0.75 * len(significant)


def _line_spans(text: str) -> list[tuple[int, int, int]]:
    """Non-blank lines as (start, end, blank lines before), stripped of surrounding space."""
    lines: list[tuple[int, int, int]] = []
    previous_end = 0
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + len(raw) - len(raw.lstrip())
        gap = text.count("\n", previous_end, match.start())
        blanks = max(0, gap - 1) if lines else gap
        lines.append((start, start + len(stripped), blanks))
        previous_end = match.end()
    return lines


def _blocks(text: str) -> list[tuple[int, int]]:
    """Lines joined into paragraphs where the text is hard-wrapped.

    A line continues into the next when it has no terminal punctuation, is not title-cased
    (not a headline) and the next line starts in lower case with no blank line between:
    that is a paragraph broken by a fixed line width, not two passages.
    """
    blocks: list[tuple[int, int]] = []
    for start, end, blanks in _line_spans(text):
        if blocks and blanks == 0 and text[start].islower():
            prev_start, prev_end = blocks[-1]
            previous = text[prev_start:prev_end]
            if not _TERMINAL.search(previous) and not _is_title_cased(_words(previous)):
                blocks[-1] = (prev_start, end)
                continue
        blocks.append((start, end))
    return blocks


def _line_kind(line: str) -> str:
    """The kind of one passage on its own: caption, boilerplate, heading or body."""
    if _CAPTION.match(line):
        return CAPTION
    if len(line) <= _HEADLINE_MAX_CHARS and (
        _BOILERPLATE.match(line)
        or _BOILERPLATE_ANYWHERE.search(line)
        or (len(line) <= 80 and _BYLINE.match(line) and not _FULL_STOP.search(line))
        or _DATE_LINE.match(line)
    ):
        return BOILERPLATE
    if not _LETTER.search(line):
        return BOILERPLATE  # separators ("***", "---") and stray numbers
    if len(line) > _HEADING_MAX_CHARS or _TERMINAL.search(line) or _LIST_ITEM.match(line):
        return BODY  # prose, or an item of a list within the article
    words = _words(line)
    if len(words) <= _HEADING_MAX_WORDS and (
        _is_title_cased(words) or len(words) <= _SHORT_HEADING_WORDS
    ):
        return HEADING
    return BODY


def _is_headline(line: str) -> bool:
    """One line of a list of headlines: short, at most two sentences, and titled like one."""
    words = _words(line)
    if len(line) > _HEADLINE_MAX_CHARS or len(words) < _HEADLINE_MIN_WORDS:
        return False
    if len(split_sentences(line)) > 2:
        return False
    return not _FULL_STOP.search(line) or _is_title_cased(words)


_TOPIC_WORD = re.compile(r"[^\W\d_]{4,}")


def _topic(line: str) -> set[str]:
    return {w.lower() for w in _TOPIC_WORD.findall(line)} - _MINOR_WORDS


def _unrelated_tail(lines: list[str], kinds: list[str]) -> set[int]:
    """Indexes of the trailing list of unrelated headlines, if the article ends with one.

    Walking back from the end past boilerplate, collect the run of headline-like lines. It is
    the list of other stories when it has at least three headlines, starts with one that does
    not end like a sentence (the article's last sentence is not part of it), at least half of
    them are title-cased, and its lines are about different things (consecutive lines share
    few words), unlike a closing list of key facts about one subject.
    """
    run: list[int] = []
    index = len(lines) - 1
    while index >= 0:
        if kinds[index] in (BOILERPLATE, CAPTION):
            index -= 1
            continue
        if not _is_headline(lines[index]):
            break
        run.append(index)
        index -= 1
    run.reverse()
    while run and _FULL_STOP.search(lines[run[0]]):
        run.pop(0)
    if len(run) < _UNRELATED_MIN_LINES:
        return set()
    # Headline lists are mostly title-cased; a closing list of facts is mostly not.
    if 2 * sum(_is_title_cased(_words(lines[i])) for i in run) < len(run):
        return set()
    topics = [_topic(lines[i]) for i in run]
    overlaps = [
        len(a & b) / max(1, min(len(a), len(b))) for a, b in zip(topics, topics[1:], strict=False)
    ]
    if sum(overlaps) / len(overlaps) > 0.5:
        return set()
    # Everything from the run's first line to the end is the sidebar (boilerplate stays so).
    return {i for i in range(run[0], len(lines)) if kinds[i] not in (BOILERPLATE, CAPTION)}


def split_passages(source_id: str, text: str) -> list[Passage]:
    """The passages of a document, each a paragraph or a line, classified by kind.

    Paragraphs are lines (one-paragraph-per-line copy) or blank-line-separated blocks, with
    hard-wrapped lines joined (see `_blocks`). Each passage is classified on its own (see
    `_line_kind`: caption and boilerplate patterns, then headings: short lines without
    terminal punctuation that are title-cased or only a few words), and then the page
    furniture is found by its relatedness to the article and its place (see
    `evkb.kb.furniture`). A line of a list of other stories that repeats one of the article's
    own headings stays a heading. `heading` is the id of the nearest heading above a body,
    caption or boilerplate passage; headings, unrelated headlines and comments sit under none.
    """
    blocks = _blocks(text)
    lines = [text[s:e] for s, e in blocks]
    kinds = [_line_kind(line) for line in lines]
    furniture = find_furniture(lines, kinds)
    own_headings = {lines[i] for i, kind in enumerate(kinds) if kind == HEADING and i not in furniture}
    passages: list[Passage] = []
    current_heading = ""
    for index, ((start, end), line, kind) in enumerate(zip(blocks, lines, kinds, strict=True)):
        if index in furniture and not (furniture[index] == UNRELATED and line in own_headings):
            kind = furniture[index]
        passage_id = f"{source_id}:p{index}"
        under = current_heading if kind in (BODY, CAPTION, BOILERPLATE) else ""
        passages.append(Passage(passage_id, source_id, index, kind, start, end, line, under))
        if kind == HEADING:
            current_heading = passage_id
    return passages


# ---------------------------------------------------------------------------------------------
# Quantities
# ---------------------------------------------------------------------------------------------

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A number is not part of a word or code ("H200", "bZ4X", "Under-16") or of a bigger number.
_NUM_START = r"(?<![\w.,\u2013-])"
_SMALL_NUMBERS = {
    word: value
    for value, word in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
        fifteen sixteen seventeen eighteen nineteen twenty""".split()
    )
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_NUMWORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozen)"
)
_SCALE_WORDS = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "lakh": 1e5, "million": 1e6, "mn": 1e6,
    "m": 1e6, "mln": 1e6, "crore": 1e7, "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
_SCALE = (
    r"(?:\s?(?i:trillion|billion|million|thousand|crore|lakh|trn|tn|bn|bln|mn|mln)|(?:m|b|k))"
    r"(?![\w])"
)
_RANGE = rf"(?P<to>\s?[-\u2013]\s?(?:{_NUM})|\s+to\s+(?:{_NUM}))?"

_CURRENCY_PREFIX = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "usd": "USD", "a$": "AUD", "au$": "AUD",
    "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "s$": "SGD", "\u20ac": "EUR", "eur": "EUR",
    "\u00a3": "GBP", "gbp": "GBP", "\u00a5": "JPY", "jpy": "JPY", "\u20b9": "INR", "rs": "INR",
    "rs.": "INR", "inr": "INR", "\u20a9": "KRW", "krw": "KRW", "cny": "CNY", "rmb": "CNY",
    "chf": "CHF",
}  # fmt: skip
_CURRENCY_WORD = {
    "yen": "JPY", "euro": "EUR", "euros": "EUR", "dollars": "USD", "us dollars": "USD",
    "u.s. dollars": "USD", "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
    "yuan": "CNY", "renminbi": "CNY", "won": "KRW", "rupees": "INR", "usd": "USD", "eur": "EUR",
    "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "krw": "KRW", "inr": "INR",
}  # fmt: skip


def _variants(template: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A pattern compiled twice: numbers in digits only, and digits or words ("two").

    Most sentences have no number word; the digits-only pattern scans them much faster.
    """
    digits = re.compile(template.replace("@NUM@", _NUM))
    words = re.compile(template.replace("@NUM@", f"{_NUM}|(?i:{_NUMWORD})"))
    return digits, words


# Where a written number starts: a digit not inside a word, code or bigger number.
_NUMBER_START = re.compile(r"[0-9](?<![\w.,\u2013-][0-9])")
_LOWER_TOKEN = re.compile(r"[a-z]+")
# Words that may be figures; a sentence without any skips the slower word patterns.
_NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety dozen
    half third thirds quarter quarters""".split()
)
_SCALE_TOKENS = frozenset(["hundred", "thousand", "million", "billion", "trillion"])
_FRACTION_TOKENS = frozenset(["half", "third", "thirds", "quarter", "quarters"])
_MONTH_GATE = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_CURRENCY_BEFORE = re.compile(
    r"(?:(?<![\w$])(?P<cur>(?i:US|U\.S\.|A|AU|C|CA|HK|S)?\$|[\u20ac\u00a3\u00a5\u20b9\u20a9])"
    r"|(?<![\w])(?P<code>Rs\.?|INR|USD|EUR|GBP|JPY|CNY|RMB|KRW|CHF)\s?)$"
)
_CURRENCY_CHARS = frozenset("$\u20ac\u00a3\u00a5\u20b9\u20a9 .")
_AMOUNT = re.compile(rf"(?P<num>{_NUM})(?P<scale>{_SCALE})?")
_NUMBER = re.compile(_NUM)

_MONEY_SUFFIX = _variants(
    rf"{_NUM_START}(?P<num>@NUM@)(?P<scale>{_SCALE})?\s?"
    r"(?P<cur>(?i:yen|euros?|(?:U\.?S\.?\s)?dollars|pounds(?:\ssterling)?|sterling|yuan|"
    r"renminbi|won|rupees)|USD|EUR|GBP|JPY|CNY|KRW|INR)(?![\w])"
)
_PERCENT = _variants(
    rf"{_NUM_START}(?P<num>@NUM@){_RANGE}\s?"
    r"(?:%|(?i:percent|per\s?cent|pc|percentage\s+points?|pp)(?![\w]))"
)
_ENERGY = _variants(
    rf"{_NUM_START}(?P<num>@NUM@){_RANGE}\s?"
    r"(?P<unit>[kMGT]Wh|(?i:(?:kilo|mega|giga|tera)watt[\s-]hours?))(?![\w])"
)
_DISTANCE = _variants(
    rf"{_NUM_START}(?P<num>@NUM@){_RANGE}(?:\s?-\s?|\s)?"
    r"(?P<unit>(?i:km|kilomet(?:er|re)s?|miles?|mi))(?![\w])"
)
_DURATION = _variants(
    rf"{_NUM_START}(?P<num>@NUM@){_RANGE}(?:\s?-\s?|\s)?"
    r"(?P<unit>(?i:minutes?|mins?|hours?|hrs?|h|seconds?|secs?))(?![\w])"
)
_YEAR_NUM = r"(?:19\d{2}|20\d{2}|2100)"
_YEAR = re.compile(rf"(?<![\w.,$\u20ac\u00a3\u00a5#-])(?P<y1>{_YEAR_NUM})(?![\w%\u2013-]|[.,]\d)")
_YEAR_RANGE = re.compile(
    rf"(?<![\w.,$\u20ac\u00a3\u00a5#-])(?P<y1>{_YEAR_NUM})"
    rf"(?P<sep>\s?[-\u2013/]\s?|\s+(?:or|to|and|through|until)\s+)(?P<y2>{_YEAR_NUM}|\d{{2}})"
    r"(?![\w%\u2013-]|[.,]\d)"
)
_MONTH_NAMES = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
_MONTH_YEAR = re.compile(
    rf"(?<![\w])(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<mon>{_MONTH_NAMES})\.?"
    rf"(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?)?\s+(?P<y>{_YEAR_NUM})(?![\w])"
)
_FRACTION = re.compile(
    r"(?<![\w-])(?P<frac>(?i:half|(?:a|one)[\s-]third|two[\s-]thirds|(?:a|one)[\s-]quarter|"
    r"three[\s-]quarters))(?![\w-])"
)
_FRACTIONS = {"half": 50.0, "third": round(100 / 3, 2), "thirds": round(200 / 3, 2),
              "quarter": 25.0, "quarters": 75.0}  # fmt: skip
_COUNT_NUMBER = _variants(
    rf"{_NUM_START}(?P<num>@NUM@)"
    r"(?:\s+(?P<scale>(?i:hundred|thousand|million|billion|trillion)))?(?![\w%])"
)
_NEXT_WORD = re.compile(r"[\s-]+([^\W\d_][\w\u2019'-]*)")

_QUALIFIER = re.compile(
    r"(?i)(?<![\w-])(up\s+to|up\s+over|just\s+over|just\s+under|well\s+over|well\s+above|"
    r"more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|no\s+more\s+than|"
    r"as\s+much\s+as|as\s+many\s+as|close\s+to|in\s+excess\s+of|upwards\s+of|an\s+estimated|"
    r"about|around|roughly|approximately|approx\.|nearly|almost|over|exceeding|under|below|"
    r"above|some|by|after|before|circa|~)\s*(?:(?:a|an|the|the\s+year|the\s+end\s+of)\s+)?$"
)
# The word just before a number must be one of these for a qualifier to be possible.
_QUALIFIER_LAST_WORDS = frozenset(
    """to over under than least most as of estimated about around roughly approximately approx.
    nearly almost exceeding below above some by after before circa a an the year""".split()
)
_LAST_WORD = re.compile(r"(\S+)\s*$")


def _qualifier_before(text: str, start: int) -> re.Match[str] | None:
    """The qualifier written just before `start` ("more than", "up to", "by the year")."""
    window = max(0, start - 40)
    last = _LAST_WORD.search(text, max(window, start - 16), start)
    if last is None:
        return None
    word = last.group(1).lower().lstrip("([{\"'\u201c\u2018")
    if word not in _QUALIFIER_LAST_WORDS and not word.endswith("~"):
        return None
    return _QUALIFIER.search(text, window, start)


# Words just before a fraction that make it a time span, not a share ("the first half").
_ORDINAL_BEFORE = re.compile(
    r"(?i)(?:first|second|third|fourth|last|latter|former|final|back|front|other|next)[\s-]+$"
)
_FRACTION_OF_TIME = re.compile(
    r"(?i)\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?(?:\d{4}|year|decade|century|month|week|"
    r"day|season|quarter|fiscal|hour)"
)
_FRACTION_OF = re.compile(r"\s+of\b")
_EQUIVALENT_GAP = re.compile(
    r"\s*(?:\(\s*|,?\s+or\s+|\s*[\u2013\u2014]\s*|\s*/\s*)"
    r"(?:(?i:about|approximately|roughly|around|some|nearly|almost|or|c\.)\s+)?$"
)
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
    alone apiece half halves third thirds quarter quarters""".split()
)
_MONTH_WORDS = frozenset(
    """january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec""".split()
)


def _number(text: str) -> float:
    """The value of a written number: "1,158", "1.5", "two", "twenty-five", "a dozen"."""
    if text[0].isdigit():
        return float(text.replace(",", ""))
    words = text.lower().replace("-", " ").split()
    if words[-1] == "dozen":
        return 12.0
    if words[0] in _TENS:
        return float(_TENS[words[0]] + (_SMALL_NUMBERS[words[1]] if len(words) > 1 else 0))
    return float(_SMALL_NUMBERS[words[0]])


def _scaled(match: re.Match[str]) -> float:
    value = _number(match.group("num"))
    scale = match.group("scale")
    if scale:
        value *= _SCALE_WORDS[scale.strip().lower()]
    return value


def _range_end(match: re.Match[str]) -> float | None:
    to = match.group("to")
    if not to:
        return None
    number = _NUMBER.search(to)
    return _number(number.group()) if number else None


# A found figure before qualifiers and equivalents: start, end, value, unit, value_to, iso.
_Found = tuple[int, int, float, str, "float | None", str]


def _unit_figure(m: re.Match[str], unit_of) -> _Found:
    unit, factor = unit_of(m)
    value_to = _range_end(m)
    value = _number(m.group("num")) * factor
    return m.start(), m.end(), value, unit, None if value_to is None else value_to * factor, ""


def _money_word(m: re.Match[str]) -> _Found:
    code = _CURRENCY_WORD[" ".join(m.group("cur").lower().split())]
    return m.start(), m.end(), _scaled(m), code, None, ""


def _percent_unit(m: re.Match[str]) -> tuple[str, float]:
    return "percent", 1.0


def _energy_unit(m: re.Match[str]) -> tuple[str, float]:
    unit = m.group("unit").lower()
    prefix = unit[0]
    return "GWh", {"k": 1e-6, "m": 1e-3, "g": 1.0, "t": 1e3}[prefix]


def _distance_unit(m: re.Match[str]) -> tuple[str, float]:
    return ("km", 1.0) if m.group("unit").lower().startswith("k") else ("mi", 1.0)


def _duration_unit(m: re.Match[str]) -> tuple[str, float]:
    unit = m.group("unit").lower()
    if unit.startswith("h"):
        return "min", 60.0
    if unit.startswith("s"):
        return "min", 1 / 60
    return "min", 1.0


# Figures written as a number and a unit: (digits-only/with-words patterns, unit reader).
_UNIT_FAMILIES = (
    (_PERCENT, _percent_unit),
    (_ENERGY, _energy_unit),
    (_DISTANCE, _distance_unit),
    (_DURATION, _duration_unit),
)
# The first word after a number (past a range and a scale word) says which reading to try.
_WORD_AFTER_NUMBER = re.compile(
    rf"(?:{_NUM})(?:\s?[-\u2013]\s?(?:{_NUM})|\s+to\s+(?:{_NUM}))?(?:{_SCALE})?[\s-]*"
    r"(%|[^\W\d_]+)"
)
_MONEY_WORD = -1
_COUNT_WORD = -2
_READING_OF_WORD = {
    word: reading
    for reading, words in (
        (0, "% percent per pc percentage pp"),
        (1, "kwh mwh gwh twh kilowatt megawatt gigawatt terawatt"),
        (2, "km kilometer kilometers kilometre kilometres mi mile miles"),
        (3, "minute minutes min mins hour hours hr hrs h second seconds sec secs"),
        (_MONEY_WORD, "yen euro euros dollars pounds sterling yuan renminbi won rupees"),
        (_MONEY_WORD, "usd eur gbp jpy cny krw inr us u"),  # "5 US dollars", "5 U.S. dollars"
    )
    for word in words.split()
}


def _at_number(text: str, start: int, found: list[_Found]) -> None:
    """Every reading of the number written at `start`; the longest is chosen later.

    The word after the number picks the one pattern worth trying (a unit, a currency, or
    a counted noun), so each number costs a few anchored matches, not one per unit.
    """
    if start and text[start - 1] in _CURRENCY_CHARS:
        currency = _CURRENCY_BEFORE.search(text, max(0, start - 6), start)
        if currency:
            amount = _AMOUNT.match(text, start)
            written = (currency.group("cur") or currency.group("code")).strip().lower()
            code = _CURRENCY_PREFIX[written]
            found.append((currency.start(), amount.end(), _scaled(amount), code, None, ""))
    if text[start : start + 4].isdigit():
        _year_at(text, start, found)
    after = _WORD_AFTER_NUMBER.match(text, start)
    if after is None:
        return
    reading = _READING_OF_WORD.get(after.group(1).lower(), _COUNT_WORD)
    if reading == _MONEY_WORD:
        m = _MONEY_SUFFIX[0].match(text, start)
        if m:
            found.append(_money_word(m))
    elif reading == _COUNT_WORD:
        m = _COUNT_NUMBER[0].match(text, start)
        if m:
            _count(text, m, found)
    else:
        patterns, unit_of = _UNIT_FAMILIES[reading]
        m = patterns[0].match(text, start)
        if m:
            found.append(_unit_figure(m, unit_of))


def _number_words(text: str, found: list[_Found], tokens: set[str]) -> None:
    """Figures written in words ("two all-electric vehicles", "more than half")."""
    for m in _MONEY_SUFFIX[1].finditer(text):
        if not m.group("num")[0].isdigit():
            found.append(_money_word(m))
    for patterns, unit_of in _UNIT_FAMILIES:
        for m in patterns[1].finditer(text):
            if not m.group("num")[0].isdigit():
                found.append(_unit_figure(m, unit_of))
    for m in _COUNT_NUMBER[1].finditer(text):
        if not m.group("num")[0].isdigit():
            _count(text, m, found)
    if not _FRACTION_TOKENS.isdisjoint(tokens):
        _fractions(text, found)


def _year_at(text: str, start: int, found: list[_Found]) -> None:
    m = _YEAR.match(text, start)
    if m:
        found.append((m.start(), m.end(), float(m.group("y1")), "year", None, ""))
    # A range is a longer reading of its first year; the overlap rule prefers it.
    m = _YEAR_RANGE.match(text, start)
    if m:
        first, second = int(m.group("y1")), m.group("y2")
        sep = m.group("sep").strip()
        upper = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if upper <= first or (len(second) == 2 and sep not in ("-", "\u2013", "/")):
            return
        before = text[max(0, m.start() - 12) : m.start()].rstrip().lower()
        if sep == "and" and not before.endswith("between"):
            return  # "in 2026 and 2027" lists two years; "between 2026 and 2027" spans them
        found.append((m.start(), m.end(), float(first), "year", float(upper), ""))


def _months(text: str, found: list[_Found]) -> None:
    for m in _MONTH_YEAR.finditer(text):
        month = _MONTH_INDEX[m.group("mon")[:3].lower()]
        year = m.group("y")
        found.append((m.start(), m.end(), float(year), "month", None, f"{year}-{month:02d}"))


_MONTH_INDEX = {
    name: i for i, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)
}


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


def extract_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every figure in `text`, normalised, in order; offsets shifted by `offset`.

    Money ("$853 million", "¥56bn", "5 billion euros"), percentages ("37.6%", "20 per cent",
    "94pc"), energy (GWh; MWh/TWh converted), distance (km, mi), durations (minutes; hours
    converted), counts (a number with a counted noun), years and ranges of years ("2026 or
    2027", "2027-28"), and month-year dates ("June 2024", "3 March 2025": iso "2024-06",
    "2025-03"; a day is read but not kept). Shares in words count only when used as a share:
    "half", "a third", "a quarter" (50, 33.33, 25) after a qualifier ("more than half") or
    before "of" ("a third of the market"), never "the first half of 2023". Where two readings
    overlap the longer wins. The qualifier is the word(s) just before, in lower case. Two
    figures of the same kind in different units written as a restatement ("600 miles (965
    kilometers)", "$1.7 billion, or 250 billion yen") point at each other through
    `equivalent` (indexes into the returned list).
    """
    found: list[_Found] = []
    for match in _NUMBER_START.finditer(text):
        _at_number(text, match.start(), found)
    tokens = set(_LOWER_TOKEN.findall(text.lower()))
    if not _NUMBER_WORDS.isdisjoint(tokens) or (
        "one" in tokens and not _SCALE_TOKENS.isdisjoint(tokens)
    ):
        _number_words(text, found, tokens)
    if found and _MONTH_GATE.search(text):
        _months(text, found)
    if not found:
        return []
    # Longest reading first at each start; a reading inside an accepted one is dropped.
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    chosen: list[_Found] = []
    last_end = -1
    for item in found:
        if item[0] >= last_end:
            chosen.append(item)
            last_end = item[1]
    equivalents = _equivalents(text, chosen)
    quantities = []
    for index, (start, end, value, unit, value_to, iso) in enumerate(chosen):
        qualifier = _qualifier_before(text, start)
        quantities.append(
            Quantity(
                value=_clean(value),
                unit=unit,
                text=text[start:end],
                qualifier=" ".join(qualifier.group(1).lower().split()) if qualifier else "",
                start=start + offset,
                end=end + offset,
                value_to=None if value_to is None else _clean(value_to),
                equivalent=equivalents.get(index, -1),
                iso=iso,
            )
        )
    return quantities


def _clean(value: float) -> float:
    # Scaling ("1.7" x 1e9) can leave binary noise; keep the written precision.
    return float(f"{value:.12g}")


def _equivalents(text: str, chosen: list[_Found]) -> dict[int, int]:
    """Pairs of neighbouring figures where the second restates the first in another unit."""
    links: dict[int, int] = {}
    for index in range(len(chosen) - 1):
        first, second = chosen[index], chosen[index + 1]
        if first[3] == second[3] or unit_kind(first[3]) != unit_kind(second[3]):
            continue
        if unit_kind(first[3]) not in ("money", "distance", "energy", "duration"):
            continue
        if _EQUIVALENT_GAP.fullmatch(text, first[1], second[0]) is None:
            continue
        gap = text[first[1] : second[0]]
        if "(" in gap and not text[second[1] :].lstrip().startswith(")"):
            continue
        links[index] = index + 1
        links[index + 1] = index
    return links


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------


_NAME_WORD = re.compile(r"\w+")


class NameMatcher:
    """Finds known names (companies, terms) in text: whole words, longest first, no overlaps.

    Names of four characters or fewer, or with a word in capitals ("BYD", "CATL", "SK On",
    "LG Energy Solution"), match case-sensitively, so ordinary words ("sk on", "byd") are
    not taken for them; other names match in any case ("TOYOTA" in a shouting headline).
    A possessive ("Toyota's") is a mention.
    Names are indexed by their first word, so finding costs the same for ten names or ten
    thousand: each word of the text is looked up once and only names starting with it are
    tried there.
    """

    def __init__(self, names: Mapping[str, str]):
        by_first: dict[str, list[tuple[int, re.Pattern[str], str]]] = {}
        for name, ident in names.items():
            name = " ".join(name.split())
            first = _NAME_WORD.search(name)
            if first is None:
                continue
            body = r"\s+".join(re.escape(part) for part in name.split(" "))
            exact = len(name) <= 4 or any(len(w) > 1 and w.isupper() for w in name.split(" "))
            pattern = re.compile(body if exact else f"(?i:{body})")
            # The first word is found in the text by `\w+`; a name that does not start
            # with a word character ("3M" does, "@Home" does not) starts at that word.
            start = first.start()
            key = first.group().casefold()
            by_first.setdefault(key, []).append((len(name), pattern, ident, start))
        for entries in by_first.values():
            entries.sort(key=lambda entry: -entry[0])
        self._by_first = by_first

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def find(self, text: str) -> list[tuple[str, int, int]]:
        found: list[tuple[str, int, int]] = []
        by_first = self._by_first
        if not by_first:
            return found
        last_end = 0
        for word in _NAME_WORD.finditer(text):
            entries = by_first.get(word.group().casefold())
            if entries is None or word.start() < last_end:
                continue
            for _, pattern, ident, lead in entries:
                begin = word.start() - lead
                if begin < last_end or (begin > 0 and _is_word_char(text[begin - 1])):
                    continue
                match = pattern.match(text, begin)
                if match is None:
                    continue
                end = match.end()
                if end < len(text) and _is_word_char(text[end]):
                    continue
                found.append((ident, begin, end))
                last_end = end
                break
        return found


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


# ---------------------------------------------------------------------------------------------
# Claims
# ---------------------------------------------------------------------------------------------


def extract_claims(
    source_id: str, passages: Sequence[Passage], matcher: NameMatcher
) -> list[Claim]:
    """One claim per sentence of a body or heading passage that states a figure or a name.

    Captions, boilerplate and unrelated headlines never make claims. Quantities carry
    absolute offsets; `equivalent` indexes into the claim's own quantities.
    """
    claims: list[Claim] = []
    for passage in passages:
        if passage.kind not in CLAIM_KINDS:
            continue
        # One pass over the passage, then each figure and name goes to its sentence.
        quantities = extract_quantities(passage.text, passage.start)
        names = matcher.find(passage.text)
        if not quantities and not names:
            continue
        text = passage.text
        q_index = n_index = 0
        for start, end in split_sentences(text, passage.start):
            first = q_index
            while q_index < len(quantities) and quantities[q_index].start < end:
                q_index += 1
            entities = set()
            while n_index < len(names) and names[n_index][1] + passage.start < end:
                entities.add(names[n_index][0])
                n_index += 1
            if first == q_index and not entities:
                continue
            claims.append(
                Claim(
                    id=f"{source_id}:c{len(claims)}",
                    passage=passage.id,
                    source=source_id,
                    start=start,
                    end=end,
                    text=text[start - passage.start : end - passage.start],
                    quantities=_within(quantities, first, q_index),
                    entities=tuple(sorted(entities)),
                )
            )
    return claims


def _within(quantities: list[Quantity], first: int, last: int) -> tuple[Quantity, ...]:
    """quantities[first:last] with `equivalent` renumbered within the slice."""
    own = quantities[first:last]
    for index, quantity in enumerate(own):
        if quantity.equivalent != -1:
            local = quantity.equivalent - first
            own[index] = replace(quantity, equivalent=local if 0 <= local < len(own) else -1)
    return tuple(own)


# ---------------------------------------------------------------------------------------------
# Candidates
# ---------------------------------------------------------------------------------------------

# Knowledge of English, not of any document: places, peoples, months and days, which are
# capitalised without being organisations.
_PLACES = frozenset(
    """africa america americas asia europe oceania antarctica arctic pacific atlantic middle east
    west north south central eastern western northern southern united states kingdom nations
    emirates arab republic kingdom of korea japan china india taiwan hong kong singapore
    thailand vietnam indonesia malaysia philippines australia new zealand canada mexico
    brazil argentina chile peru colombia germany france italy spain portugal britain great
    england scotland wales ireland netherlands belgium luxembourg switzerland austria sweden
    norway denmark finland iceland poland hungary czech slovakia romania bulgaria greece
    turkey russia ukraine israel iran iraq saudi arabia qatar egypt nigeria kenya morocco
    pakistan bangladesh us usa uk eu u.s. u.k. europe's california texas nevada michigan
    ohio kentucky tennessee georgia carolina alabama indiana arizona york washington florida
    illinois virginia london paris berlin tokyo beijing shanghai shenzhen seoul osaka nagoya
    aichi detroit brussels munich frankfurt stockholm amsterdam madrid rome milan geneva
    zurich american african asian european japanese chinese korean indian german french
    italian spanish british english scottish welsh irish dutch belgian swiss austrian
    swedish norwegian danish finnish polish hungarian russian ukrainian israeli iranian
    saudi egyptian canadian mexican brazilian australian taiwanese thai vietnamese
    indonesian malaysian singaporean turkish""".split()
)
_CALENDAR = _MONTH_WORDS | frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday""".split()
)
# Acronyms of the trade and of everyday English that name no organisation.
_COMMON_ACRONYMS = frozenset(
    """EV EVS BEV BEVS PHEV PHEVS HEV HEVS FCEV ICE SUV SUVS IPO AI CEO CFO CTO COO GDP LFP NMC NCA
    WLTP EPA CLTC NEDC OEM OEMS API IT TV PC FY YOY ESG CO2 ID OK PM AM GMT BST UTC CET DC
    AC HQ VAT ETF R&D PR UN NATO US USA UK EU USD EUR JPY GBP CNY KRW INR GWH MWH TWH KWH GW
    MW KW KM MPH LLC PLC LTD INC CO Q1 Q2 Q3 Q4 H1 H2 FAQ PDF URL TBA NEW THE AND LMFP LMO
    LCO NCM NCMA LTO SSB BMS CTP CTB NEV NEVS ZEV ADAS OTA""".split()
)
# Words that start sentences without being names, however they are capitalised.
_FUNCTION_WORDS = frozenset(
    """the a an this that these those its it their our his her my your both each every all
    some many most several few no any another other such only even also but and or so yet
    then now meanwhile however still while when where after before since until if as at by
    for from in into on with without under over about among between during through via per
    according unlike like despite although though because whereas whether why how what
    which who new former rival fellow further more less last next first earlier later""".split()
)
# Words that make a capitalised run an organisation's name.
_ORG_WORDS = frozenset(
    """association ministry agency authority bank board commission committee corp corp. corporation
    co co. company council department energy fund foundation group holdings inc inc.
    industries institute labs laboratories limited ltd ltd. llc plc motor motors partners
    research solution solutions systems technologies technology university ventures capital
    electric electronics chemical chemicals materials battery batteries automotive power
    federation organisation organization office services securities trust ag sa se gmbh nv
    alliance consortium exchange media news press times journal post insights analytics
    consulting manufacturing mobility""".split()
)
# Suffixes that make even a single capitalised word a company ("Acme Inc").
_ORG_SUFFIXES = frozenset(
    """inc inc. corp corp. corporation co co. ltd ltd. llc plc group holdings ag sa se gmbh
    nv""".split()
)
_CONNECTORS = frozenset(["of", "and", "&", "for", "de", "der", "von", "du", "la", "le"])

# A capitalised word: periods only inside it ("U.S"), so a run never crosses a sentence end.
_CAPITALISED_WORD = r"(?:[\w&-]|\.(?=\w))*(?:[\u2019']s\b)?"
# Two or more capitalised words (with "of", "and" ... between), or one acronym.
_CAPITALISED_RUN = re.compile(
    r"[A-Z](?<![\w\u2019'-][A-Z])"
    rf"(?:{_CAPITALISED_WORD}(?:\s+(?:(?:of|and|&|for|de|der|von|du|la|le)\s+)?[A-Z]"
    rf"{_CAPITALISED_WORD})+|[A-Z0-9&]{{2,6}}(?![\w&]))"
)
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?\u2026][\"'\u201d\u2019)\]]*\s+)$")
_RUN_WORD = re.compile(r"\S+")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,6}$")
_QUOTE_BEFORE = re.compile(r"[\"\u201c\u2018']\s*$")


def _capitalised_mid_sentence(passages: Sequence[Passage]) -> set[str]:
    """Words the document capitalises somewhere other than at a sentence start: names."""
    names: set[str] = set()
    for passage in passages:
        if passage.kind != BODY:
            continue
        for match in re.finditer(r"(?<=[a-z,;:\u2013\u2014(]\s)([A-Z][\w-]*)", passage.text):
            names.add(match.group(1))
    return names


def _strip_possessive(word: str) -> str:
    for tail in ("\u2019s", "'s"):
        if word.endswith(tail):
            return word[: -len(tail)]
    return word


def _run_candidates(run: str, at_sentence_start: bool, proper: set[str]) -> list[str]:
    """The organisation-like names inside one capitalised run."""
    words = _RUN_WORD.findall(run)
    # "Japan's Ministry of Trade": a possessive ends one name and starts another.
    groups: list[list[str]] = [[]]
    for word in words:
        bare = _strip_possessive(word).rstrip(".,")
        groups[-1].append(bare)
        if bare != word.rstrip(".,"):
            groups.append([])
    if at_sentence_start and groups[0] and _ordinary_start(groups[0][0], proper):
        groups[0] = groups[0][1:]
    names: list[str] = []
    for group in _split_lists(groups):
        while group and (group[0].lower() in _CONNECTORS or group[0].lower() in _CALENDAR):
            group = group[1:]
        while group and group[-1].lower() in _CONNECTORS:
            group = group[:-1]
        if not group:
            continue
        lowered = [w.lower() for w in group]
        content = [w for w in lowered if w not in _CONNECTORS]
        if all(w in _PLACES or w in _CALENDAR for w in content):
            continue
        if len(group) == 1:
            # Two-letter capitals are as often models or grades ("RZ", "A4") as companies.
            if _ACRONYM.match(group[0]) and len(group[0]) >= 3 and group[0] not in _COMMON_ACRONYMS:
                names.append(group[0])
            continue
        if lowered[-1] in _ORG_SUFFIXES or any(w in _ORG_WORDS for w in lowered):
            names.append(" ".join(group))
    return names


def _ordinary_start(word: str, proper: set[str]) -> bool:
    """True for a word capitalised only because it starts the sentence ("The", "Updated").

    Function words always are; so are adverbs and participles ("Reportedly", "Updated")
    unless the document also capitalises them mid-sentence. Any other word stays: a name
    that opens a sentence ("Prime Planet Energy Solution will ...") is still a name.
    """
    lower = word.lower()
    if lower in _FUNCTION_WORDS:
        return True
    return word not in proper and not word.isupper() and lower.endswith(("ly", "ed", "ing"))


def _is_name_like(words: list[str]) -> bool:
    """An organisation word in it, or a lone acronym ("EVE Energy", "SVOLT")."""
    if len(words) == 1:
        return _ACRONYM.match(words[0]) is not None
    return any(w.lower() in _ORG_WORDS for w in words)


def _split_lists(groups: list[list[str]]) -> list[list[str]]:
    """Split "Tata Motors and SVOLT" or "Stellantis and Solid Power" into two names.

    A run splits at "and"/"&" where its left part is complete on its own: one word, ending in
    an organisation word or an acronym, or a two-word name before another organisation
    ("Li Auto and EVE Energy", "Li Auto and SVOLT"). "Ministry of Trade and Industry" and
    "Motor Vehicle and Motorcycle Association" stay whole: their left parts do not end like
    a name.
    """
    result: list[list[str]] = []
    for group in groups:
        start = 0
        for index, word in enumerate(group):
            if word in ("and", "&") and start < index < len(group) - 1:
                left, right = group[start:index], group[index + 1 :]
                if (
                    len(left) == 1
                    or left[-1].lower() in _ORG_WORDS
                    or _ACRONYM.match(left[-1])
                    or (len(left) == 2 and _is_name_like(right))
                ):
                    result.append(left)
                    start = index + 1
        result.append(group[start:])
    return result


def _known(name: str, matcher: NameMatcher) -> bool:
    """True when the matcher's names cover the whole name, give or take generic org words."""
    rest = name
    for _, start, end in sorted(matcher.find(name), key=lambda f: -f[1]):
        rest = rest[:start] + " " + rest[end:]
    leftover = [w for w in rest.split() if w.lower() not in _CONNECTORS]
    if len(leftover) == len(name.split()):
        return False
    return all(w.lower() in _ORG_SUFFIXES or w.lower() in ("motor", "motors") for w in leftover)


def find_candidates(
    source_id: str, passages: Sequence[Passage], matcher: NameMatcher
) -> list[Candidate]:
    """Organisation-like names in body and heading passages that no known name covers.

    A candidate is a run of capitalised words that carries an organisation word
    ("... Association", "Ministry of ...", "... Energy Solution", "... Inc"), or an acronym
    that is not an everyday one (EV, IPO, CEO ...). Places, peoples, months and days are not
    organisations; a capitalised word that starts a sentence is dropped unless the document
    also capitalises it mid-sentence; words in quotation marks are titles, not names; in a
    title-cased heading every word is capitalised, so only acronyms and suffixed names
    ("Acme Inc") count there. Candidates come in order of first mention, with their counts.
    """
    proper = _capitalised_mid_sentence(passages)
    known: dict[str, bool] = {}
    order: list[str] = []
    first_passage: dict[str, str] = {}
    counts: dict[str, int] = {}
    for passage in passages:
        if passage.kind not in CLAIM_KINDS:
            continue
        title_cased = passage.kind == HEADING and _is_title_cased(_words(passage.text))
        text = passage.text
        for match in _CAPITALISED_RUN.finditer(text):
            begin = match.start()
            if _QUOTE_BEFORE.search(text, max(0, begin - 2), begin):
                continue
            at_start = _SENTENCE_START_BEFORE.search(text, max(0, begin - 4), begin) is not None
            for name in _run_candidates(match.group(), at_start, proper):
                if title_cased and not (
                    _ACRONYM.match(name) or name.split()[-1].lower() in _ORG_SUFFIXES
                ):
                    continue
                if name not in known:
                    known[name] = _known(name, matcher)
                if known[name]:
                    continue
                if name not in counts:
                    order.append(name)
                    first_passage[name] = passage.id
                    counts[name] = 0
                counts[name] += 1
    return [Candidate(name, source_id, first_passage[name], counts[name]) for name in order]
