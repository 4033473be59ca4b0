"""A document's letterhead: the issuer's name and the document's kind at its head, told by their
form and by the page's own furniture under them.

A press release, a filing, a ministry's note or a report's page opens on who issues it and
what it is ("PRESS RELEASE", "Acme Cells S.A.", "Ministry of Transport", "Procurement
Department - Media Office") and then its dateline, its reference line, its running head or
its breadcrumb trail; the headline comes after. A name alone on a line reads as a heading, and
a heading of the article's own is body; what tells the letterhead is that it stands over the
page's furniture, with nothing but furniture (or the start of the document) above it. A
research note's or a fund's first line, the firm and its desk ("Acme Securities | Equity
Research | Batteries"), is its letterhead whatever lies under it.

A name is one of three forms: a name ending in a legal form ("... GmbH", "..., Inc.",
"... Company Limited"), a line in capitals ("OFFICIAL REPORT OF DEBATES"), or capitalised words
holding an institution's word ("Bureau", "Ministry", "Department"); a second part after a bar
or a dash may say the unit ("| Media centre"). A headline has a verb in lower case or a figure
and is none of these; a title the first paragraph opens on ("Acme Company is a maker of ...")
is the article's subject, and the line under such a title is no dateline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.furniture_forms import NAME_PARTICLES, ends_sentence, is_byline
from evkb.model import BODY, BOILERPLATE, HEADING

# Legal forms that close a company's name, as they are written in many countries.
_LEGAL_FORM = re.compile(
    r"(?:,?\s(?:Inc|Ltd|Limited|LLC|L\.L\.C|LLP|LP|plc|PLC|GmbH|AG|SE|S\.?p\.?A|SpA|SAS|S\.A\.S|"
    r"S\.A|SA|S\.L|S\.R\.L|SRL|N\.V|NV|B\.V|BV|Corporation|Corp|Company|Co|a\.s|A\.S|AB|ASA|Oyj|"
    r"Oy|A/S|AS|Pty|Bhd|Berhad|Tbk|K\.K|KK|S\.A\. de C\.V|Sp\. z o\.o|s\.r\.o|d\.o\.o)\.?)$"
)
# The words of an institution that issues documents under its own name.
_INSTITUTION = re.compile(
    r"\b(?:Ministry|Department|Office|Section|Bureau|Council|Committee|Service|Bank|Authority|"
    r"Agency|Commission|Chamber|Centre|Center|Directorate|Secretariat|Division|Board|State|"
    r"Republic|Government|Embassy|Court|Tribunal|Parliament|Assembly|Gazette|Institute|"
    r"University|Federation|Association|Union)\b"
)
# The words of a firm that issues research or reports under its name, with its desk after it.
_FIRM = re.compile(
    r"(?i)\b(?:securities|research|capital|markets|partners|investments|advis[eo]rs|equities|"
    r"brokerage|asset\s+management)\b"
)
_PART_SPLIT = re.compile(r"\s+[|\u2013\u2014-]\s+")
# A desk after the firm's name: between bars or dashes, or across a wide gap, as a PDF's
# letterhead sets it ("ACME SECURITIES LLC        Equity Research").
_DESK_SPLIT = re.compile(r"\s+[|\u2013\u2014-]\s+|\s{3,}")
_DESKS = 3
_DIGIT = re.compile(r"\d")
_NAME_WORDS = 10
_CAPITALS_WORDS = 8
_UNIT_WORDS = 4
_LINE_CHARS = 90
# The letterhead lies among the document's first lines.
_HEAD_LINES = 6
_NAME_LETTERS = re.compile(r"[A-Z]{2}")


# The small words an institution's name holds between its capitalised ones, in the languages
# its letterhead may keep ("Ministry of the Interior", "Cámara de Comercio e Industria").
_JOINS = NAME_PARTICLES | frozenset("of the for on & e et y und für del della des les".split())


def _capitalised(words: list[str]) -> bool:
    return all(w[0].isupper() or w.lower() in _JOINS for w in words)


def _is_name(part: str) -> bool:
    """An issuer's name or a document's kind (see the module's docstring)."""
    words = part.split()
    if not words or not words[0][0].isupper():
        return False
    if _LEGAL_FORM.search(part):
        return len(words) <= _NAME_WORDS and ":" not in part
    if _DIGIT.search(part) or part[-1:] in ".!?:;,":
        return False
    if part.isupper():
        return 2 <= len(words) <= _CAPITALS_WORDS and bool(_NAME_LETTERS.search(part))
    return (
        2 <= len(words) <= _NAME_WORDS
        and _capitalised(words)
        and bool(_INSTITUTION.search(part) or _FIRM.search(part))
    )


def is_letterhead_line(line: str) -> bool:
    """A name alone, or a name and its unit after a bar or a dash ("Acme Cells AG | Media
    centre"): no sentence, no figure but a legal form's."""
    if len(line) > _LINE_CHARS or "\n" in line or (ends_sentence(line) and line[-1:] != "."):
        return False
    name, *units = _PART_SPLIT.split(line.strip())
    return (
        _is_name(name)
        and len(units) <= 1
        and all(
            0 < len(u.split()) <= _UNIT_WORDS and not _DIGIT.search(u) and u[0].isupper()
            for u in units
        )
    )


def _named_again(lines: Sequence[str], kinds: Sequence[str], start: int, line: str) -> bool:
    """Whether a company's letterhead gives a full name that the body writes again: where it
    does not, the letterhead is the one place that says whose document it is ("we", "our
    plant"), and the records read it there."""
    name = _PART_SPLIT.split(line.strip())[0]
    if not _LEGAL_FORM.search(name):
        return True  # an institution's name or the document's kind: no company to read
    return any(kinds[i] == BODY and name in lines[i] for i in range(start, len(lines)))


def is_firm_and_desk(line: str) -> bool:
    """A firm's or an institution's name and its desk or its document's kind, one to three short
    parts without a figure ("Acme Securities | Equity Research | Batteries", "ACME CAPITAL
    MARKETS - Japan Autos"): the head of a note. A section's label ("Markets | Batteries")
    names no firm; a report's title beside the name holds its year."""
    if len(line) > _LINE_CHARS or ends_sentence(line):
        return False
    name, *desks = _DESK_SPLIT.split(line.strip())
    if not 1 <= len(desks) <= _DESKS or not _is_name(name):
        return False
    if not (_LEGAL_FORM.search(name) or _FIRM.search(name) or _INSTITUTION.search(name.title())):
        return False
    return all(
        0 < len(d.split()) <= _UNIT_WORDS and not _DIGIT.search(d) and d[0].isupper() for d in desks
    )


def _opens_on(lines: Sequence[str], kinds: Sequence[str], start: int, name: str) -> bool:
    """Whether the first paragraph after `start` opens on `name` (the article's subject)."""
    for index in range(start, len(lines)):
        if kinds[index] == BODY and not is_letterhead_line(lines[index]):
            return lines[index].startswith(name.rstrip("."))
    return False


# The document's kind alone on its line: "PRESS RELEASE", "ASX ANNOUNCEMENT", "Media release",
# or numbered, "POLICY BRIEF No. 41/2026", "Press release No. 214/2026". A kind of document
# that also titles a section or a publication ("THE WEEKLY BRIEF") is one only with its number.
_KIND_NUMBER = r"(?:\s+No\.?\s*\d+(?:\s*(?:/|of)\s*\d{4})?)"
_KIND_WORDS = r"(?:[A-Z][A-Z'\u2019&.-]*\s+){0,2}"
_DOCUMENT_KIND = re.compile(
    rf"^(?:{_KIND_WORDS}(?:RELEASE|ANNOUNCEMENT|STATEMENT|ADVISORY){_KIND_NUMBER}?|"
    rf"{_KIND_WORDS}(?:BULLETIN|BRIEF|NOTICE|CIRCULAR){_KIND_NUMBER}|"
    rf"(?i:(?:press|news|media)\s+(?:release|statement|advisory)){_KIND_NUMBER}?)$"
)


def document_kinds(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """The document's kind alone on a line among its first lines, above its first paragraph
    (see `_DOCUMENT_KIND`), whatever lies under it: a release opens on its kind, then its
    headline."""
    found: set[int] = set()
    for index in range(min(len(lines), _HEAD_LINES)):
        line = lines[index].strip()
        if kinds[index] == BODY and ends_sentence(line):
            break  # the first paragraph
        if kinds[index] in (BODY, HEADING) and _DOCUMENT_KIND.match(line):
            found.add(index)
    return found


def letterheads(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """The letterhead lines at the document's head: a run of names (see `is_letterhead_line`)
    from the document's start or from a furniture line, with a furniture line under it that
    is no byline (a dateline, a reference line, a running head, a breadcrumb trail)."""
    found: set[int] = set()
    run: list[int] = []
    for index in range(min(len(lines), _HEAD_LINES)):
        if index == 0 and kinds[0] in (BODY, HEADING) and is_firm_and_desk(lines[0]):
            found.add(0)  # a note's first line: the firm and its desk, whatever is under it
            continue
        if kinds[index] in (BODY, HEADING):
            if is_letterhead_line(lines[index]) and (
                run or index == 0 or kinds[index - 1] not in (BODY, HEADING)
            ):
                run.append(index)
            else:
                run = []
            continue
        if (
            run
            and kinds[index] == BOILERPLATE
            and not is_byline(lines[index])
            and not any(_opens_on(lines, kinds, index, lines[i]) for i in run)
            and all(_named_again(lines, kinds, index, lines[i]) for i in run)
        ):
            found.update(run)
        run = []
    return found | document_kinds(lines, kinds)
