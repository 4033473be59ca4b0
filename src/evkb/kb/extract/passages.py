"""Splitting a document into passages and telling headings, captions, boilerplate and body apart."""

from __future__ import annotations

import re

from evkb.kb.extract.furniture import find_furniture
from evkb.kb.extract.gates import gated
from evkb.kb.extract.tables import read_row
from evkb.model import BODY, BOILERPLATE, CAPTION, HEADING, UNRELATED, Passage

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
# A gallery's caption counts its place in the gallery: "Photo 3 of 8: ...", "Image 2/5 - ...".
_CAPTION = re.compile(
    r"(?i)^(?:gallery|photos?|image|picture|pictured|credit|credits|watch|video|caption|"
    r"illustration|graphic|chart|source\s+image)(?:\s+\d{1,3}\s*(?:of|/)\s*\d{1,3})?"
    r"\s*[:|\u2013\u2014-]|^slides?\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*[:|\u2013\u2014-]"
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
_BOILERPLATE_ANYWHERE = gated(
    _BOILERPLATE_ANYWHERE, ("\u00a9", "all rights reserved", "sign up to our newsletter")
)
# "By Jane Smith", "By JANE SMITH, Energy Correspondent", "By our Motoring Correspondent".
_BYLINE = re.compile(
    r"^By\s+(?:(?:our|the|a|an)\s+)?[A-Z][\w.\u2019'-]+(?:\s+(?:[A-Z][\w.\u2019'-]+|de|van|von|and))*"
    r"(?:\s*(?:[,|\u2013\u2014-]|\bin\b).*)?$"
)
_DATE_LINE = re.compile(
    r"(?i)^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)[a-z]*,?\s+)?"
    r"(?:\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2},?)\s+\d{4}(?:[\s,]+\d{1,2}[:.]\d{2}.*)?$"
)

# "Energy density: 160 Wh/kg", "Range: 310 km (WLTP)": a spec table written as lines.
# A row of a table written as text: "| T-Facet | LFP | 190 Wh/kg |".
_TABLE_ROW = re.compile(r"^\|[^|\n]*\|[^|\n]*\|")
_SPEC_ROW = re.compile(
    r"^[A-Z][\w -]{1,30}:\s+[^:]*?\d[\d.,]*\s*(?:Wh/kg|Wh/L|kWh|MWh|GWh|km|miles|mi|min|minutes|"
    r"cycles|\u00b0C|V|kW|%)(?!\w)"
)

# A heading is short and has no terminal punctuation; more words than this make it prose.
_HEADING_MAX_WORDS = 24
_HEADING_MAX_CHARS = 160
_SHORT_HEADING_WORDS = 10
# One question alone on its line, no other sentence before it, opening with a capital.
_QUESTION_HEADING = re.compile(r"^[\"'\u201c\u2018]?[A-Z][^.!?\u2026]*\?[\"'\u201d\u2019]?$")
_HEADLINE_MAX_CHARS = 200

# A heading the document marks as one, written as Markdown does ("## Where the cells go"):
# what evkb stores for a Markdown file's or a web page's headings, and what a plain text may
# carry. The mark is outside the passage (its span starts after it), so a passage's text and
# every quote's offsets are the stored text's own characters.
_HEADING_MARK = re.compile(r"#{1,6}[ \t]+(?=\S)")
# A closing sequence ("## Where the cells go ##") is part of the mark too.
_CLOSING_MARK = re.compile(r"[ \t]+#+$")


def heading_line(text: str, level: int) -> str:
    """A heading of the given level (1-6) as a marked line of a stored text."""
    return "#" * min(max(level, 1), 6) + " " + text


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def _is_title_cased(words: list[str]) -> bool:
    """Most words that a headline capitalises are capitalised (or figures)."""
    significant = [w for w in words if w.lower() not in _MINOR_WORDS]
    if not significant:
        return False
    capital = sum(1 for w in significant if not w[0].islower())
    return capital >= 0.75 * len(significant)


def _line_spans(text: str) -> list[tuple[int, int, int, bool]]:
    """Non-blank lines as (start, end, blank lines before, marked as a heading), stripped of
    surrounding space and of a heading's mark."""
    lines: list[tuple[int, int, int, bool]] = []
    previous_end = 0
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + len(raw) - len(raw.lstrip())
        end = start + len(stripped)
        gap = text.count("\n", previous_end, match.start())
        blanks = max(0, gap - 1) if lines else gap
        previous_end = match.end()
        mark = _HEADING_MARK.match(stripped)
        if mark:
            closing = _CLOSING_MARK.search(stripped, mark.end())
            if closing and closing.start() > mark.end():
                end = start + closing.start()
            start += mark.end()
        lines.append((start, end, blanks, bool(mark)))
    return lines


def _blocks(text: str) -> list[tuple[int, int, bool]]:
    """Lines joined into paragraphs where the text is hard-wrapped, each with its heading mark.

    A line continues into the next when it has no terminal punctuation, is not title-cased
    (not a headline) and the next line starts in lower case with no blank line between:
    that is a paragraph broken by a fixed line width, not two passages. A marked heading is
    one line: nothing joins it or is joined to it. Two rows of a table stay two passages, so
    that each row is read on its own.
    """
    blocks: list[tuple[int, int, bool]] = []
    for start, end, blanks, marked in _line_spans(text):
        if blocks and blanks == 0 and not marked and not blocks[-1][2] and text[start].islower():
            prev_start, prev_end, _ = blocks[-1]
            previous = text[prev_start:prev_end]
            if (
                not _TERMINAL.search(previous)
                and not _is_title_cased(_words(previous))
                and not (read_row(previous) and read_row(text[start:end]))
            ):
                blocks[-1] = (prev_start, end, False)
                continue
        blocks.append((start, end, marked))
    return blocks


def _line_kind(line: str, marked: bool = False) -> str:
    """The kind of one passage on its own: caption, boilerplate, heading or body.

    A heading the document marks as one stays a heading whatever its length or punctuation,
    unless it is a caption or boilerplate ("## Related stories", "<h2>Get our newsletter</h2>").
    """
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
    if marked:
        return HEADING
    if _QUESTION_HEADING.match(line) and len(_words(line)) <= _SHORT_HEADING_WORDS:
        return HEADING  # a subheading asked as a question ("Who makes the cells?")
    if (
        len(line) > _HEADING_MAX_CHARS
        or _TERMINAL.search(line)
        or _LIST_ITEM.match(line)
        or _SPEC_ROW.match(line)
        or _TABLE_ROW.match(line)
    ):
        return BODY  # prose, an item of a list within the article, or a row of a table
    words = _words(line)
    if len(words) <= _HEADING_MAX_WORDS and (
        _is_title_cased(words) or len(words) <= _SHORT_HEADING_WORDS
    ):
        return HEADING
    return BODY


def split_passages(source_id: str, text: str) -> list[Passage]:
    """The passages of a document, each a paragraph or a line, classified by kind.

    Paragraphs are lines (one-paragraph-per-line copy) or blank-line-separated blocks, with
    hard-wrapped lines joined (see `_blocks`). Each passage is classified on its own (see
    `_line_kind`: caption and boilerplate patterns, then headings: short lines without
    terminal punctuation that are title-cased or only a few words, or any line the document
    marks as a heading, "## " as Markdown writes it; see `heading_line`), and then the page
    furniture is found by its relatedness to the article and its place (see
    `evkb.kb.extract.furniture`). A line of a list of other stories that repeats one of the
    article's own headings stays a heading. `heading` is the id of the nearest heading above a
    body, caption or boilerplate passage; headings, unrelated headlines and comments sit under
    none.
    """
    blocks = _blocks(text)
    lines = [text[s:e] for s, e, _ in blocks]
    kinds = [_line_kind(line, marked) for line, (_, _, marked) in zip(lines, blocks, strict=True)]
    furniture = find_furniture(lines, kinds)
    own_headings = {
        lines[i] for i, kind in enumerate(kinds) if kind == HEADING and i not in furniture
    }
    passages: list[Passage] = []
    current_heading = ""
    for index, ((start, end, _), line, kind) in enumerate(zip(blocks, lines, kinds, strict=True)):
        if index in furniture and not (furniture[index] == UNRELATED and line in own_headings):
            kind = furniture[index]
        passage_id = f"{source_id}:p{index}"
        under = current_heading if kind in (BODY, CAPTION, BOILERPLATE) else ""
        passages.append(Passage(passage_id, source_id, index, kind, start, end, line, under))
        if kind == HEADING:
            current_heading = passage_id
    return passages
