"""Page furniture among an article's passages, told by relatedness to the body and by position.

Furniture is what a page carries around an article: lists of other stories and of links, reader
comments, newsletter and app prompts, photo and video credits, sponsor lines, share bars,
bylines and datelines. None of it may become a claim, a figure or a company. Typography does not
tell it apart (a list of other stories may be in sentence case, unlabelled, in the middle of the
text), so the strongest signal here is relatedness: furniture shares few words, names and
figures with the article's own body, while the article's own closing list of specs or plants
shares many. Position and form come next: lists are runs of short lines that mostly do not end
like sentences, comments follow a comment header or carry reply markers. Short label-like lines
(a byline, "Share", "Sponsored by ...") are recognised by their form, since they are too short to
measure.

Everything here is a pure function over the passages' texts and their kinds as classified one by
one; `find_furniture` is the entry point.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from evkb.model import BODY, BOILERPLATE, CAPTION, COMMENT, HEADING, UNRELATED

# ---------------------------------------------------------------------------------------------
# Lines recognised by their form
# ---------------------------------------------------------------------------------------------

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_ZONE = r"(?:gmt|bst|utc|cet|cest|est|edt|pst|pdt|et|pt|jst|ist|aest)"
# Dates, times and ages of a page ("3 March 2025", "Mar 3, 2025", "2025-03-03", "10:14 GMT",
# "2 hours ago", "5 min read"): the figures of a dateline, not of the article.
_DATE_PART = re.compile(
    rf"(?i)\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?|"
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|"
    rf"\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*{_ZONE})?|"
    rf"\d{{1,2}}\.\d{{2}}\s*(?:[ap]\.?m\.?|{_ZONE})|"
    rf"\d+\s*(?:[smhdw]|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago|"
    rf"\d+\s*min(?:ute)?s?\s+read)\b"
)
# Words a dateline or byline may carry besides a date and a name.
_DATELINE_WORDS = frozenset(
    """published updated posted last modified on at by in and first written words story text
    author reporter correspondent editor writer contributor columnist journalist staff senior
    chief deputy associate energy business technology motoring science climate news desk
    read min mins minute minutes ago am pm""".split()
)
_ROLE = re.compile(
    r"(?i)\b(?:correspondent|reporter|editor|writer|contributor|columnist|journalist|"
    r"staff|newsdesk|news\s+desk)s?\b"
)
_BYLINE_START = re.compile(r"(?i)^(?:(?:written|words|posted|story|text|photos?|reported)\s+by\b|"
                           r"(?:words|author|by)\s*:|by\s+[A-Z])")
_BYLINE_PLACE = re.compile(r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}\s+in\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)?$")
_SEPARATOR = re.compile(r"[|\u00b7\u2022,\u2013\u2014/-]+")
_TOKEN = re.compile(r"[^\s|\u00b7\u2022,\u2013\u2014/]+")

_SHARE_WORDS = frozenset(
    """share shares sharing tweet facebook twitter x linkedin whatsapp email e-mail mail print
    copy link reddit pinterest telegram flipboard messenger bluesky threads mastodon save this
    article story on via gift""".split()
)
_SPONSOR = re.compile(
    r"(?i)^(?:\(?sponsored\)?(?:\s+(?:by|content|post|feature))?\b|paid\s+(?:content|post|"
    r"partnership|for\s+by)\b|partner\s+content\b|promoted(?:\s+by|\s+content)?\b|"
    r"advertis(?:ement|ing\s+feature)\b|this\s+(?:content|article|story|feature)\s+(?:is|was)\s+"
    r"(?:sponsored|paid\s+for|funded|produced\s+in\s+partnership)\b)"
)
# Sponsor openings that also start ordinary sentences: only a short unterminated line is one.
_SPONSOR_SOFT = re.compile(
    r"(?i)^(?:presented\s+by|in\s+(?:association|partnership)\s+with|brought\s+to\s+you\s+by|"
    r"supported\s+by|powered\s+by|with\s+thanks\s+to)\b"
)
_PROMPT = re.compile(
    r"(?i)\bnewsletters?\b|\bsubscribe\b|\bsign\s+up\s+(?:to|for|here|now|today|free)\b|"
    r"^sign\s+up\b|\benter\s+your\s+e-?mail\b|\byour\s+inbox\b|\bapp\s+store\b|\bgoogle\s+play\b|"
    r"\b(?:download|get|install)\s+(?:the|our)\b.{0,40}\bapp\b|\bfollow\s+us\b|"
    r"\b(?:push\s+)?notifications?\s+(?:on|for)\b|\bturn\s+on\s+(?:notifications|alerts)\b|"
    r"^(?:never|don['\u2019]t)\s+miss\b"
)
# Words without one of which no prompt matches: a cheap test before the pattern.
_PROMPT_WORDS = ("newsletter", "subscribe", "sign up", "e-mail", "email", "inbox", "app",
                 "follow us", "notification", "alert", "miss")
_CREDIT = re.compile(
    r"(?i)^\(?\s*(?:(?:lead|top|main|header|hero|featured)\s+)?(?:photo(?:graph)?s?|images?|"
    r"pictures?|pic|video|footage|illustrations?|graphics?|credits?|courtesy|source)"
    r"(?:\s+(?:credit|courtesy))?\s*(?:[:|\u2013\u2014]|by\b)|^\(?courtesy\s+of\b|"
    r"\((?:photo|image|picture|credit|video)[^)]*\)\s*$|^(?:\u25b6|\u25ba)\s*\w|"
    r"^[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,3}\s*/\s*[A-Z][\w.'-]*(?:\s[\w.'-]+){0,3}$"
)
_URL = re.compile(r"(?i)\bhttps?://\S+|\bwww\.\S+|\]\(\S+\)")
_ARROW = re.compile(r"^(?:\u2192|\u00bb|\u203a|\u25b8|>>|->)\s*\S")
# Labels that open a list of other stories or links ("More from ...", "You may also like").
_LIST_LABEL = re.compile(
    r"(?i)^(?:more\s+(?:from|on|in|news|stories|like\s+this|to\s+read|reading|coverage)\b.*|"
    r"(?:you\s+)?(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested\s+in)|"
    r"(?:most|recently)\s+(?:read|popular|viewed|shared|watched)(?:\s+\w+){0,3}|"
    r"(?:top|latest|related|trending|recommended|popular|other|featured|breaking)(?:\s+\w+){0,2}\s+"
    r"(?:stories|news|articles|reads|headlines|posts|links|videos)(?:\s+\w+){0,3}|"
    r"related(?:\s+\w+)?|recommended(?:\s+for\s+you)?|trending(?:\s+now)?|popular(?:\s+now)?|"
    r"read\s+(?:more|next|also)|also\s+read|see\s+also|further\s+reading|don['\u2019]t\s+miss|"
    r"in\s+other\s+news|elsewhere(?:\s+on\s+.*)?|around\s+the\s+web|from\s+(?:our|the)\s+"
    r"(?:partners|network|archive|web)|editor['\u2019]?s\s+picks?|what\s+to\s+read\s+next|"
    r"up\s+next|latest|headlines|useful\s+links|links)\s*[:.\u2026]?$"
)
_COMMENT_HEADER = re.compile(
    r"(?i)^(?:\d[\d,]*\s+)?(?:reader\s+)?comments?(?:\s*\(\d[\d,]*\))?\s*:?$|"
    r"^(?:show|view|see|read|load)\s+(?:all\s+)?(?:\d[\d,]*\s+)?(?:comments?|replies)\b|"
    r"^join\s+the\s+(?:conversation|discussion)|^(?:leave|add|post)\s+a\s+(?:comment|reply)|"
    r"^have\s+your\s+say|^comments\s+are\s+closed|^\d[\d,]*\s+(?:responses?|replies)$|"
    r"^what\s+do\s+you\s+think\??$"
)
_REPLY_PART = re.compile(
    r"(?i)^(?:(?:reply|report(?:\s+abuse)?|like|flag|recommend|share|\d[\d,]*\s*"
    r"(?:likes?|repl(?:y|ies)|upvotes?|points?|recommends?))\s*[\u00b7|\u2022]?\s*)+$"
)
# "Like" or "Share" alone is a page's button; a comment's has "Reply", "Report" or a count.
_REPLY_WORD = re.compile(r"(?i)repl|report|\d")
_TIME_AGO = re.compile(
    r"(?i)\b(?:\d+\s*(?:[smhdw]|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago|"
    r"yesterday|just\s+now)\s*$"
)
# "ev_fan99: Range matters more than charging" — a commenter's handle, then the comment.
_HANDLE_SAYS = re.compile(r"^@?[\w.-]{2,24}(?:\s[\w.-]{2,24})?\s*(?::|wrote:|says:)\s+\S")
_COMMENT_BY = re.compile(
    r"(?i)^@?[\w.'-]{2,30}(?:\s+[\w.'-]{2,30}){0,2}\s+(?:says|said|wrote|commented|replied)\s*:?$"
)
_COMMENT_AUTHOR = re.compile(r"^@?[\w.'-]{2,30}(?:\s+[\w.'-]{2,30}){0,2}$")

_FULL_STOP = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
_SENTENCE_BREAK = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(]?[A-Z0-9]")
_QUOTE = re.compile(r"[\"\u201c\u201d]")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")

_LABEL_MAX_CHARS = 160
_BYLINE_MAX_CHARS = 100
_LIST_LINE_MAX_CHARS = 200
_NAME_MAX_WORDS = 4


def _is_dateline(line: str) -> bool:
    """A line that is a date or time of the page, perhaps with a name or a role beside it."""
    if len(line) > _BYLINE_MAX_CHARS or not _DIGIT.search(line) or not _DATE_PART.search(line):
        return False
    names = 0
    for token in _TOKEN.findall(_DATE_PART.sub(" ", line)):
        word = token.strip(".:;()[]")
        if not word or word.lower() in _DATELINE_WORDS or not _LETTER.search(word):
            continue
        if not word[0].isupper():
            return False  # a lower-case word that is not a dateline's: a sentence
        names += 1
    return names <= _NAME_MAX_WORDS  # a name, an outlet or a place; more is a headline


def _is_byline(line: str) -> bool:
    """A byline: "By Jane Smith", "Words: Jane Smith", "Jane Smith, Energy Correspondent"."""
    ends = _FULL_STOP.search(line)
    if len(line) > _BYLINE_MAX_CHARS or ends and (not line.endswith(".") or len(line.split()) > 6):
        return False  # a question, an exclamation or a sentence
    if _BYLINE_START.match(line):
        return True
    parts = [p.strip() for p in _SEPARATOR.split(line) if p.strip()]
    if len(parts) < 2 or not _ROLE.search(line):
        return False
    name = parts[0].split()
    return 2 <= len(name) <= 4 and all(w[0].isupper() for w in name)


def _is_share_bar(line: str) -> bool:
    if len(line) > 80:
        return False
    tokens = [t.strip(".:()").lower() for t in _TOKEN.findall(line)]
    tokens = [t for t in tokens if t and not t.isdigit() and not re.fullmatch(r"[\d.,]+k?", t)]
    if not tokens or tokens[0] not in _SHARE_WORDS:
        return False
    return all(t in _SHARE_WORDS for t in tokens) and (len(tokens) >= 2 or tokens[0] == "share")


def _is_sponsor(line: str) -> bool:
    if len(line) > _LABEL_MAX_CHARS:
        return False
    if _SPONSOR.match(line):
        return True
    return len(line) <= 80 and not _FULL_STOP.search(line) and bool(_SPONSOR_SOFT.match(line))


def _is_prompt(line: str) -> bool:
    lowered = line.lower()
    if not any(word in lowered for word in _PROMPT_WORDS):
        return False
    return len(line) <= _LIST_LINE_MAX_CHARS and len(_SENTENCE_BREAK.findall(line)) <= 2 and bool(
        _PROMPT.search(line)
    )


def _is_link(line: str) -> bool:
    """A line that is a link: a bare address, a titled one, or an arrowed "read this" line."""
    if _ARROW.match(line):
        return True
    if "http" not in line and "www." not in line and "](" not in line:
        return False
    found = _URL.search(line)
    return bool(found) and len(line.split()) <= 16


def form_kind(line: str) -> str | None:
    """The furniture kind of a line told by its form alone, or None."""
    if len(line) > _LIST_LINE_MAX_CHARS:
        return None  # every form here is a short line
    if _CREDIT.match(line) and len(line) <= _LABEL_MAX_CHARS and not _QUOTE.search(line):
        return CAPTION
    if line.endswith(")") and _CREDIT.search(line):
        return CAPTION
    if (
        _is_share_bar(line)
        or _is_sponsor(line)
        or _is_prompt(line)
        or _is_byline(line)
        or _is_dateline(line)
        or _COMMENT_HEADER.match(line)
        or _LIST_LABEL.match(line)
    ):
        return BOILERPLATE
    return None


# ---------------------------------------------------------------------------------------------
# Relatedness to the body
# ---------------------------------------------------------------------------------------------

_STOP_WORDS = frozenset(
    """the and for are but not you all any can had her was one our out has have him his how its
    may new now old see two who did get let say she too use that with this from they will would
    there their what about which when were been into more than then them these some could other
    after over such only also just most made make like many much very where while your said says
    says year years last first amid after before under between against during without within
    back down off upon onto per via each both every should might must shall being does done
    those here why yet amp""".split()
)
_CONTENT = re.compile(r"[^\W\d_][\w'\u2019-]*|\d[\d,.]*")


@lru_cache(maxsize=1 << 16)
def _term(token: str) -> tuple[str, float] | None:
    """A token's term (a crude stem, or a figure's digits) and weight, or None for a stop word.

    Names (capitalised, or a short acronym) and figures weigh double: a name or a figure the
    body never mentions is the surest sign of a line about something else.
    """
    if token[0].isdigit():
        number = token.rstrip(".,").replace(",", "")
        return (number, 2.0) if number else None
    word = token.lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for tail in ("ies", "es", "s", "ing", "ed"):
        if len(word) > len(tail) + 3 and word.endswith(tail):
            word = word[: -len(tail)] + ("y" if tail == "ies" else "")
            break
    if len(word) < 3 or word in _STOP_WORDS:
        return None
    named = token[0].isupper() and not token.isupper() or len(token) <= 5 and token.isupper()
    return word, 2.0 if named else 1.0


def _terms(line: str) -> list[tuple[str, float]]:
    """Content words and figures of a line, each with its weight (see `_term`).

    A line's first word is capitalised whatever it is, so it weighs as an ordinary word.
    """
    terms = []
    for position, token in enumerate(_CONTENT.findall(line)):
        term = _term(token)
        if term is not None:
            terms.append((term[0], 1.0) if position == 0 and not token.isupper() else term)
    return terms


def vocabulary(lines: Sequence[str]) -> Counter[str]:
    """Every term of the given lines (see `_terms`), with the number of lines using it."""
    counts: Counter[str] = Counter()
    for line in lines:
        counts.update({term[0] for token in _CONTENT.findall(line) if (term := _term(token))})
    return counts


def relatedness(line: str, body: Counter[str], itself: bool = False) -> float:
    """The weighted share of a line's words, names and figures that the body also uses (0..1).

    With `itself`, the line is one of the body's lines and its own use of a term does not count.
    """
    terms = _terms(line)
    total = sum(weight for _term, weight in terms)
    if not total:
        return 0.0
    least = 2 if itself else 1
    return sum(weight for term, weight in terms if body[term] >= least) / total


def _topic(line: str) -> set[str]:
    return {term for term, _weight in _terms(line) if not term[0].isdigit()}


def coherence(lines: Sequence[str]) -> float:
    """How much consecutive lines share their words: high for a list about one subject."""
    topics = [_topic(line) for line in lines]
    pairs = list(zip(topics, topics[1:], strict=False))
    if not pairs:
        return 0.0
    return sum(len(a & b) / max(1, min(len(a), len(b))) for a, b in pairs) / len(pairs)


# ---------------------------------------------------------------------------------------------
# Lists, comments and the whole page
# ---------------------------------------------------------------------------------------------

# Below this share of its terms in the body, an unlabelled run is about other things.
_UNRELATED_BELOW = 0.4
# A run whose consecutive lines share more than this is one list about one subject.
_COHERENT_ABOVE = 0.5
_MIN_UNLABELLED = 3
# With fewer body terms than this there is too little body to measure a run against.
_MIN_BODY_TERMS = 8
_SKIPPED = (BOILERPLATE, CAPTION, COMMENT)


def _is_list_line(line: str) -> bool:
    """Short enough for a list item, with at most two sentences and a few words."""
    if _is_link(line):
        return True
    if len(line) > _LIST_LINE_MAX_CHARS or len(line.split()) < 2:
        return False
    return len(_SENTENCE_BREAK.findall(line)) <= 1


def _segments(lines: Sequence[str], kinds: list[str], joins: set[int]) -> list[list[int]]:
    """Runs of consecutive list-like lines that do not end like sentences.

    Furniture lines between them do not break a run; a line that ends like a sentence breaks
    it unless it is in `joins`. A run's first and last lines never end like a sentence.
    """
    runs: list[list[int]] = []
    current: list[int] = []
    for index, line in enumerate(lines):
        if kinds[index] in _SKIPPED:
            continue
        if _is_list_line(line) and (not _FULL_STOP.search(line) or index in joins):
            current.append(index)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    trimmed = []
    for run in runs:
        while run and _FULL_STOP.search(lines[run[0]]):
            run = run[1:]
        while run and _FULL_STOP.search(lines[run[-1]]):
            run = run[:-1]
        if run:
            trimmed.append(run)
    return trimmed


def _outside(kinds: list[str], runs: list[list[int]]) -> set[int]:
    """The article's own lines: body and headings outside any list of two lines or more."""
    in_runs = {i for run in runs if len(run) > 1 for i in run}
    return {i for i, kind in enumerate(kinds) if kind in (BODY, HEADING) and i not in in_runs}


def _runs(lines: Sequence[str], kinds: list[str]) -> tuple[list[list[int]], set[int]]:
    """Runs of list-like lines, and the lines that ended like sentences but joined one.

    A line that ends like a sentence breaks a run ("Toyota declined to comment." after a
    heading), unless it stands between two unterminated list lines and it and both of them
    share too little with the body to be the article's own: a list of other stories may hold
    a headline that ends with a full stop.
    """
    segments = _segments(lines, kinds, set())
    shown = [i for i in range(len(lines)) if kinds[i] not in _SKIPPED]
    unterminated = {i for i in shown if _is_list_line(lines[i]) and not _FULL_STOP.search(lines[i])}
    candidates = [
        (before, index, after)
        for before, index, after in zip(shown, shown[1:], shown[2:], strict=False)
        if before in unterminated and after in unterminated and index not in unterminated
        and _is_list_line(lines[index])
    ]
    if not candidates:
        return segments, set()
    own = _outside(kinds, segments)
    body = vocabulary([lines[i] for i in sorted(own)])

    def unrelated(index: int) -> bool:
        return relatedness(lines[index], body, itself=index in own) < _UNRELATED_BELOW

    joins = set()
    for before, index, after in candidates:
        alone = sum(1 for term, _weight in _terms(lines[index]) if body[term] == 1)
        if len(body) - alone < _MIN_BODY_TERMS:
            continue  # too little body to tell
        if unrelated(index) and unrelated(before) and unrelated(after):
            joins.add(index)
    return (_segments(lines, kinds, joins) if joins else segments), joins


def _labelled_list(
    lines: Sequence[str], kinds: list[str], label: int, joins: set[int]
) -> list[int]:
    """The items of the list under a list label: one-sentence lines of one form.

    The list ends at a longer paragraph, at the next label, or where its items change form: an
    item ending like a sentence under unterminated ones is the article again, unless it is
    unrelated to it (see `_runs`).
    """
    items: list[int] = []
    terminated: bool | None = None
    for index in range(label + 1, len(lines)):
        line = lines[index]
        if kinds[index] in _SKIPPED:
            if _LIST_LABEL.match(line):
                break
            continue
        if not _is_list_line(line) or _SENTENCE_BREAK.search(line):
            break
        ends = bool(_FULL_STOP.search(line))
        if terminated is None:
            terminated = ends
        elif ends != terminated and not (ends and index in joins):
            break
        items.append(index)
    return items


def _story_lists(lines: Sequence[str], kinds: list[str]) -> set[int]:
    """Lines of lists of other stories or links, labelled or not, anywhere in the text."""
    runs, joins = _runs(lines, kinds)
    found: set[int] = set()
    for index, line in enumerate(lines):
        if kinds[index] in _SKIPPED and _LIST_LABEL.match(line):
            found.update(_labelled_list(lines, kinds, index, joins))
    body: Counter[str] | None = None
    for run in runs:
        run = [i for i in run if i not in found]
        run_lines = [lines[i] for i in run]
        links = sum(_is_link(line) for line in run_lines)
        if links >= 2 and 2 * links >= len(run_lines):
            found.update(run)
            continue
        if len(run) < _MIN_UNLABELLED:
            continue
        unterminated = sum(not _FULL_STOP.search(line) for line in run_lines)
        if 2 * unterminated < len(run_lines) or coherence(run_lines) > _COHERENT_ABOVE:
            continue
        if body is None:
            body = vocabulary([lines[i] for i in sorted(_outside(kinds, runs))])
        if len(body) < _MIN_BODY_TERMS:
            continue
        score = sum(relatedness(line, body) for line in run_lines) / len(run_lines)
        if score < _UNRELATED_BELOW:
            found.update(run)
    return found


def _is_reply_marker(line: str) -> bool:
    return bool(_REPLY_PART.match(line) and _REPLY_WORD.search(line))


def _comment_meta(line: str) -> bool:
    """A comment's own furniture: a reply bar, an author and time line, a "Name says:" line."""
    if len(line) > 80 or _QUOTE.search(line):
        return False
    return bool(
        _is_reply_marker(line)
        or _TIME_AGO.search(line)
        or _COMMENT_BY.match(line)
        or _HANDLE_SAYS.match(line)
        or _is_dateline(line)
    )


def _comment_lines(lines: Sequence[str], kinds: list[str]) -> set[int]:
    """Reader comments.

    After a comment header ("14 comments") followed by comment marks, everything to the end
    of the page (or to a list label) is comments. Without a header, each reply marker takes
    the comment just above it and the author and time lines above that.
    """
    for index, line in enumerate(lines):
        if not _COMMENT_HEADER.match(line):
            continue
        following = range(index + 1, min(len(lines), index + 4))
        if any(_comment_meta(lines[i]) or _HANDLE_SAYS.match(lines[i]) for i in following):
            end = next(
                (i for i in range(index + 1, len(lines)) if _LIST_LABEL.match(lines[i])), len(lines)
            )
            return set(range(index + 1, end))
    found: set[int] = set()
    for index, line in enumerate(lines):
        if not _is_reply_marker(line):
            continue
        found.add(index)
        above = index - 1
        if above >= 0 and kinds[above] == BODY and (
            _HANDLE_SAYS.match(lines[above]) or not _comment_meta(lines[above])
        ):
            found.add(above)  # the comment itself ("name: text" carries its author)
            above -= 1
        for _ in range(2):  # its author and its time
            if above < 0 or not (_comment_meta(lines[above]) or _COMMENT_AUTHOR.match(lines[above])):
                break
            if _is_reply_marker(lines[above]) or _FULL_STOP.search(lines[above]):
                break
            found.add(above)
            above -= 1
    return found


def find_furniture(lines: Sequence[str], kinds: Sequence[str]) -> dict[int, str]:
    """Passage index -> furniture kind, for the passages that are page furniture.

    `lines` are an article's passages in order and `kinds` their kinds as told one by one
    (body, heading, caption, boilerplate). Only passages whose kind changes are returned:
    lists of other stories and of links become unrelated, reader comments comment, credits
    caption, and bylines, datelines, prompts, sponsor lines, share bars and list labels
    boilerplate.
    """
    kinds = list(kinds)
    changed: dict[int, str] = {}
    # Comments first: a comment's own lines ("Anna 2 hours ago") would pass for a dateline.
    for index in sorted(_comment_lines(lines, kinds)):
        if kinds[index] in (BODY, HEADING):
            changed[index] = kinds[index] = COMMENT
    for index, line in enumerate(lines):
        if kinds[index] in (BODY, HEADING):
            kind = form_kind(line)
            if kind:
                changed[index] = kinds[index] = kind
    # "Jane Smith in Tokyo" reads as a headline on its own; beside a byline it is one.
    for index, line in enumerate(lines):
        if kinds[index] in (BODY, HEADING) and _BYLINE_PLACE.match(line):
            beside = [i for i in (index - 1, index + 1) if 0 <= i < len(lines)]
            if any(_is_byline(lines[i]) or _is_dateline(lines[i]) for i in beside):
                changed[index] = kinds[index] = BOILERPLATE
    for index in sorted(_story_lists(lines, kinds)):
        if kinds[index] in (BODY, HEADING):
            changed[index] = kinds[index] = UNRELATED
    return changed
