"""Page furniture told by its form, in the forms documents other than web pages take: breadcrumb
trails, legal notices and disclaimers, contact lines, a press release's closing source line,
translation and editing notes, cookie banners, mailing-list footers, sponsor lines that go
on after the sponsor's name and a message's sender among its header fields.

Each test is for a whole line and reads a phrase no article's own prose uses of itself ("does
not constitute investment advice", "Media contact:"); a paragraph that only mentions a contact
or a sponsor stays body. A pattern that searches a whole line runs only after a few substring
tests find one of its words; the others are tried at the line's start only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.extract.furniture_bars import bar_kind
from evkb.kb.extract.furniture_forms import ends_sentence, is_dateline
from evkb.kb.extract.gates import fold, folded, holds
from evkb.model import BODY, BOILERPLATE, CAPTION, HEADING

# "Home > Section > Page", "Forum » Section » Topic": three or more short parts.
_CRUMB = re.compile(
    r"^[^\s>\u203a\u00bb][^>\u203a\u00bb]{0,40}?(?:\s+[>\u203a\u00bb]\s+[^>\u203a\u00bb]{1,40}){2,}$"
)
# Legal notices and disclaimers, wherever they stand in their line.
_NOTICE = re.compile(
    r"(?i)^(?:disclaimers?|(?:important\s+)?disclosures?|compliance\s+notice)\s*:|"
    r"^(?:important\s+disclosures|analyst\s+certifications?|forward-looking\s+statements)$|"
    r"\bdoes\s+not\s+constitute\s+(?:investment|legal|financial|tax)\s+advice\b|"
    r"\bis\s+not\s+(?:legal|investment|financial|tax)\s+advice\b|"
    r"\bpast\s+performance\s+(?:is|does)\s+not\b|"
    r"\bbelieved\s+(?:to\s+be\s+)?accurate\s+but\s+(?:is\s+)?not\s+guaranteed\b|"
    r"\bdoes\s+not\s+express\s+the\s+(?:position|views?|opinion)\s+of\b|"
    r"\breproduction\s+(?:is\s+)?(?:authori[sz]ed|reserved|prohibited)\b|"
    r"\bunauthori[sz]ed\s+reproduction\b|\bmay\s+not\s+be\s+reproduced\b|"
    r"\breprinting\s+without\s+permission\b|\ball\s+rights\s+reserved\b|"
    r"\b(?:contains|in\s+this\s+(?:release|report|announcement))\s+forward-looking\s+"
    r"(?:statements|information)\b|^forward-looking\s+statements\s+in\s+this\b|"
    r"\bfor\s+(?:institutional|professional|retail|accredited)\s+investors\s+only\b|"
    r"\bcertif(?:y|ies)\s+that\s+the\s+views\b|\banalyst\s+certifications?\b|"
    r"\bauthori[sz]ed\s+for\s+(?:release|lodgement)\s+by\b|"
    r"\bearn\s+a\s+commission\b|\baffiliate\s+(?:links?|disclosure)\b|"
    r"\b(?:text|version|listing|original)\s+(?:prevails|shall\s+prevail|is\s+authoritative)\b|"
    r"^translator['\u2019]s\s+note\s*:|\bdo\s+not\s+necessarily\s+reflect\b|"
    r"\bviews\s+expressed\s+(?:are|here|in\s+this\s+\w+\s+are)\s+(?:\w+\s+){0,2}own\b|"
    r"\bnot\s+for\s+(?:retail\s+)?(?:re)?distribution\b|"
    r"^(?:strictly\s+)?(?:private\s+and\s+)?confidential\b|"
    r"\bthis\s+is\s+a\s+marketing\s+communication\b|\bnot\s+an\s+offer\s+to\s+(?:buy|sell)\b|"
    # what the house or the writer may gain: a research or column disclosure, a review's note
    # on who paid
    r"\b(?:not|nothing\s+in\s+this\s+[\w-]+\s+is)\s+(?:an?\s+)?(?:recommendations?|solicitations?)"
    r"\s+to\s+(?:buy|sell|hold)\b|"
    r"\bmay\s+(?:hold|have|take)\s+(?:a\s+)?(?:long\s+or\s+short\s+)?positions?\s+in\s+the\s+"
    r"(?:securities|shares|stocks?|companies)\b|"
    r"\bdo(?:es)?\s+not\s+accept\s+payment\s+for\s+(?:\w+\s+){0,2}(?:reviews?|coverage|tests?|"
    r"test\s+drives|articles|stories)\b"
)
# Words one of which each notice holds: a few substring tests rule most lines out.
_NOTICE_WORDS = (
    "disclaim",
    "disclos",
    "compliance",
    "certif",
    "forward-looking",
    "advice",
    "past performance",
    "believed",
    "not express",
    "reproduc",
    "reprint",
    "rights reserved",
    "investors only",
    "marketing communication",
    "not an offer",
    "for release",
    "for lodgement",
    "earn a commission",
    "affiliate",
    "prevail",
    "authoritative",
    "translator",
    "necessarily reflect",
    "views expressed",
    "distribution",
    "confidential",
    "recommendation",
    "solicitation",
    "positions in",
    "accept payment",
)
# "Media contact:", "For further information, please contact:", "Tel.: ..." at a line's start.
_CONTACT = re.compile(
    r"(?i)^(?:for\s+)?(?:(?:media|press|investor)\s+(?:contacts?|enquiries|inquiries)|"
    r"contacts?|for\s+(?:further|more)\s+information(?:,?\s+please\s+contact)?|"
    r"tel(?:ephone)?\.?|phone|fax)\s*:"
)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?i)\b(?:tel(?:ephone)?\.?|phone|fax)\s*:?\s*\+?\d[\d\s().-]{5,}")
# A field of a notice's own block ("Reference: RFT-1", "Closing date: 5 May"): the contact in
# such a block is the notice's content.
_FIELD = re.compile(r"^[A-Z][\w ]{0,25}:\s+\S")
# "SOURCE Zorvex Cells Inc.": the closing line of a press release as a newswire carries it.
_SOURCE = re.compile(r"^SOURCE\s+[A-Z]")
# A note on the translation: at the line's start, or the document saying it of itself ("This
# article is a translation of ...", "[This text was machine-translated from ...]").
_TRANSLATED = re.compile(
    r"(?i)^(?:(?:unofficial\s+)?(?:english\s+)?translation\b|(?:text\s+)?translated\s+(?:from|by)\b|"
    r"\[?this\s+(?:text|article|story|report|interview|piece|page|version|document)\s+"
    r"(?:was|has\s+been|is)\s+(?:an?\s+)?(?:\w+[-\s])?"
    r"translat(?:ed\s+(?:from|by)|ion\s+of)\b|"
    # the same note in the language the page was written in ("Aus dem Deutschen übersetzt",
    # "Traduit du français", "Traducido del inglés", "Tradotto dall'inglese")
    r"(?:aus\s+dem\s+\w+\s+)?(?:\u00fcbersetzt|uebersetzt)\s+(?:aus|von)\b|aus\s+dem\s+\w+\s+"
    r"(?:\u00fcbersetzt|uebersetzt)\b|(?:(?:article|texte)\s+)?traduit\s+(?:du|de|de\s+l|par)\b|"
    r"(?:art\u00edculo\s+|texto\s+)?traducido\s+(?:del?|por)\b|(?:articolo\s+)?tradotto\s+(?:dal?|dall|da)\b|"
    r"traduzido\s+(?:do|de|por)\b|vertaald\s+(?:uit|door)\b|\u00f6versatt\s+fr\u00e5n\b|"
    r"oversatt?\s+fra\b)"
)
# A note on the edition or the translation in brackets after the page's date ("30 November
# 2026 (Translated from the Japanese edition of 28 November)").
_DATED_NOTE = re.compile(r"^(?P<date>[^()]{4,60}?)\s*\((?P<note>[^()]{4,120})\)$")
_EDITED = re.compile(
    r"(?i)^this\s+(?:interview|transcript|conversation)\s+(?:has\s+been|was)\s+"
    r"(?:lightly\s+)?(?:edited|condensed|generated)"
)
_COOKIES = re.compile(r"(?i)\bcookies\b")
_MAILING = re.compile(
    r"(?i)\bunsubscribe\b|^you\s+are\s+receiving\s+this\b|\bin\s+your\s+browser\b"
)
# A sponsor line that goes on after the sponsor's name: "Presented by Pelvane Bank: loans from 9%".
_SPONSOR_LINE = re.compile(
    r"(?i)^(?:\(sponsor\)|\[sponsor\b|(?:presented|sponsored|brought\s+to\s+you)"
    r"\s+by\s+[^:.]{2,50}:)"
)
# A sponsor named after what it pays for: "This episode is sponsored by X, ...", "Motoring is
# sponsored by X: ...", "This newsletter is supported by X: ...". Being supported, presented or
# powered is said of a publication's own unit only ("Its sales are supported by ..." is news);
# the subject is written in capitals, the sponsor's name too.
_UNIT_SPONSORED = re.compile(
    r"^(?:(?:This|Our|Today['’]s)\s+(?i:issue|episode|newsletter|edition|podcast|show|"
    r"section|page|column|programme|program|series|briefing|bulletin|update)\s+(?:is|was)\s+"
    r"(?:sponsored|supported|presented|powered|brought\s+to\s+you)|"
    r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}\s+(?:is|are)\s+"
    r"(?:sponsored|brought\s+to\s+you))\s+by\s+[A-Z]"
)
# "Staff benefits partner: ...", "Partner offer: ...".
_PARTNER = re.compile(r"(?i)^(?:[\w-]+\s+){0,2}(?:benefits?\s+)?partner(?:\s+offer)?\s*:")

# A writer's role alone under the name ("Staff Writer", "Energy Correspondent"): three words
# at most.
_ROLE_ALONE = re.compile(
    r"(?i)^(?:[a-z]+\s+){0,2}(?:correspondent|reporter|writer|editor|columnist)s?$"
)
# Who wrote or analysed: "Analysts: Lise Talvoro, CFA / Pim Quillmar",
# "Words: Lise Talvoro | Photos: ...".
_AUTHORS = re.compile(r"^(?:Analysts?|Authors?|Editors?|WRITER|Writer|Text|Words)\s*:\s*[A-Z]")
# A release's or a wire's own notes: its label, its sources, how to reach or buy it.
_RELEASE_LABEL = re.compile(r"(?i)^(?:news\s+provided\s+by|for\s+immediate\s+release)\b")
_WIRE_NOTE = re.compile(r"(?i)^\(?(?:with\s+inputs\s+from|catch\s+all\s+the)\b")
_TIP = re.compile(r"(?i)^(?:have|do\s+you\s+have)\s+a\s+(?:news\s+)?(?:tip|question|story)\b")
_SUBSCRIPTION = re.compile(r"(?i)\bsubscriptions?\s*:|\bannual\s+subscription\b")
# "Call participants:" and the "Name, Role" lines under it.
_PARTICIPANTS = re.compile(r"(?i)^(?:conference\s+)?call\s+participants\s*:?$")
_PARTICIPANT = re.compile(r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3},\s+\S[^.!?]{0,80}$")

# A page's own notes on what it is and how to get it whole: "This is a transcript of ...",
# "Reading time: 5 min", "Download the full report (PDF)", an exchange's ticker alone
# ("ABC: XYZ"), an outlet's English edition, an encyclopedia page's edit notes.
_PAGE_NOTE = re.compile(
    r"(?i)^this\s+(?:article\s+)?is\s+a\s+transcript\s+of\b|"
    r"^(?:reading\s+time|listen|duration)\s*:?\s*(?:approx\.?\s*)?\d+\s*min(?:ute)?s?\.?$|"
    r"^download\s+(?:the\s+)?(?:full\s+)?(?:report|data|slides|pdf|prospectus|brochure)\b|"
    r"^this\s+page\s+was\s+last\s+(?:edited|updated|modified)\b|"
    r"^this\s+article\s+is\s+about\b.{0,200}\bfor\b.{0,120}\bsee\b"
)
_TICKER_ALONE = re.compile(r"^[A-Z]{2,6}:\s?[A-Z0-9.]{2,6}$")
_EDITION = re.compile(r"(?i)\benglish\s+(?:edition|service|digest|summary|version)\b")
_EDITION_MAX_CHARS = 100
# "Photo caption: ...", "Image source: ...": a caption by its label.
_CAPTION_LABEL = re.compile(r"(?i)^(?:photo\s+caption|image\s+source)\s*:")
# A list of other stories on one line after its label ("Read also: ...", "Related: ...",
# "Also in this issue: ... | ...", "Previous reports: ...").
_INLINE_LIST = re.compile(
    r"(?i)^(?:also\s+in(?:\s+[\w']+){1,3}|also\s+(?:of\s+interest|interesting\s+for\s+you)|"
    r"more\s+(?:from|on|in)(?:\s+[\w']+){1,2}|"
    r"more\s+(?:transcripts|reviews|guides|stories|news|analysis|coverage|reading)|"
    r"related(?:\s+(?:topics|briefs|stories|articles|coverage|reading|news|links))?|"
    r"you\s+may\s+also\s+like|read\s+(?:too|also|more|next)|"
    r"(?:previous|other|past|earlier)\s+(?:reports|notes|bulletins|issues|editions|episodes)"
    r"(?:\s+in\s+this\s+series)?)\s*:\s+\S"
)

# Who compiled, distributed or organised it: "Compiled by the markets desk", "By our
# correspondent", "Distribution: board, branches", "Organised by Zorvex Fairs | www...".
_COMPILED = re.compile(
    r"(?i)^(?:(?:compiled|prepared)\s+by\b|by\s+(?:the|our)\s+(?:[\w'-]+\s+){0,3}"
    r"(?:desk|team|correspondents?|staff|reporters?|editors?)\b|distribution\s*:|"
    r"organi[sz]ed\s+by\b.*\|)"
)

# A script's or an editor's bracketed note: "[MUSIC UP]", "[PRODUCTION NOTE: ...]",
# "[Editor's note] ...", "[Extract ends. ...]".
_BRACKET_NOTE = re.compile(
    r"^\[(?:[A-Z][A-Z0-9 ,.'&/:-]{2,80}\]$|[A-Z][A-Z ]+:|"
    r"(?i:editor['\u2019]s\s+note\]|extract\s+ends\b))"
)

# The forms above that open a line, tried as one case-blind pattern at the line's start.
_OPENING = re.compile(
    "|".join(
        f"(?:{pattern.pattern.removeprefix('(?i)')})"
        for pattern in (
            _TRANSLATED,
            _EDITED,
            _SPONSOR_LINE,
            _RELEASE_LABEL,
            _WIRE_NOTE,
            _TIP,
            _PAGE_NOTE,
            _INLINE_LIST,
            _COMPILED,
        )
    ),
    re.IGNORECASE,
)

_SHORT = 200
_ROLE_SPACES = 2
_NOTICE_MAX_CHARS = 400


# Under a contact label alone ("Media contact:"), the short line naming who to contact.
_CONTACT_LINE_WORDS = 8


def _under_contact_label(lines: Sequence[str], index: int) -> bool:
    """Whether a short line without a full stop stands right under a contact label alone
    ("Media contact:", then "Jane Doe, Communications")."""
    line, label = lines[index], lines[index - 1]
    return (
        label.endswith(":")
        and bool(_CONTACT.match(label))
        and len(line.split()) <= _CONTACT_LINE_WORDS
        and not ends_sentence(line)
    )


def _is_contact(lines: Sequence[str], kinds: Sequence[str], index: int, low: str) -> bool:
    """A contact line (a contact label, an e-mail address, a telephone number), unless a
    field of a notice's block of fields ("Closing date: 5 May") stands beside it."""
    line = lines[index]
    if not (
        _CONTACT.match(line)
        or ("@" in line and _EMAIL.search(line))
        or (("tel" in low or "phone" in low or "fax" in low) and _PHONE.search(line))
        or (index > 0 and lines[index - 1].endswith(":") and _under_contact_label(lines, index))
    ):
        return False
    beside = (i for i in (index - 1, index + 1) if 0 <= i < len(lines))
    return not any(
        kinds[i] in (BODY, HEADING) and _FIELD.match(lines[i]) and not _CONTACT.match(lines[i])
        for i in beside
    )


def notice_words(lines: Sequence[str]) -> tuple[str, ...]:
    """The words of notices (`_NOTICE_WORDS`) that the document holds at all: looked for once
    in its whole text, so that a line is searched for those few only (most documents hold
    none)."""
    low = fold("\n".join(lines))
    return tuple(word for word in _NOTICE_WORDS if word in low)


def _dated_note(line: str) -> bool:
    """A dateline, then a note on the translation in brackets (see `_DATED_NOTE`)."""
    found = _DATED_NOTE.match(line)
    if found is None:
        return False
    return is_dateline(found["date"]) and bool(_TRANSLATED.match(found["note"]))


# A message's sender among its header fields ("From: Name <news@example.org>", or over "Date:"
# or under "To:"): the head of an email or a memo, not its text.
_SENDER = re.compile(r"^From:\s+\S")
_ADDRESS = re.compile(r"<[^<>\s@]+@[^<>\s]+>|[\w.+-]+@[\w-]+\.\w")
_HEADER_FIELD = re.compile(r"(?i)^(?:to|cc|bcc|date|sent|subject)\s*:\s*\S")


# An email's subject among its header fields, near a sender with an address: a newsletter's
# subject line. A memo's subject, its sender a department with no address, is its title.
_SUBJECT = re.compile(r"^Subject:\s+\S")
_SUBJECT_REACH = 2


def _is_mail_subject(lines: Sequence[str], index: int) -> bool:
    """A subject line (see `_SUBJECT`) with a sender's line that holds an address beside it."""
    near = range(max(0, index - _SUBJECT_REACH), min(len(lines), index + _SUBJECT_REACH + 1))
    return bool(_SUBJECT.match(lines[index])) and any(
        _SENDER.match(lines[i]) and _ADDRESS.search(lines[i]) for i in near
    )


def _is_sender(lines: Sequence[str], index: int) -> bool:
    """A sender's line (see `_SENDER`) with an address, or beside another header field."""
    if not _SENDER.match(lines[index]) or ends_sentence(lines[index]):
        return False
    beside = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    return bool(_ADDRESS.search(lines[index])) or any(_HEADER_FIELD.match(b) for b in beside)


def notice_kind(
    lines: Sequence[str],
    kinds: Sequence[str],
    index: int,
    words: tuple[str, ...] = _NOTICE_WORDS,
) -> str | None:
    """The furniture kind of the line at `index` told by the forms above, or None. `words` are
    the document's `notice_words`."""
    line = lines[index]
    if len(line) > _NOTICE_MAX_CHARS:
        return None
    if _CAPTION_LABEL.match(line):
        return CAPTION
    low = folded(line)
    if words and holds(low, words) and _NOTICE.search(line):
        return BOILERPLATE
    if len(line) > _SHORT:
        return None
    if "|" in line or "\u00b7" in line or "\u2022" in line:
        bar = bar_kind(lines, index)
        if bar:
            return bar
    if (
        _SOURCE.match(line)
        or _OPENING.match(line)
        or (line.endswith(")") and _dated_note(line))
        or (line.count(" ") <= _ROLE_SPACES and bool(_ROLE_ALONE.match(line)))
        or ("partner" in low and bool(_PARTNER.match(line)))
        or (" by " in line and bool(_UNIT_SPONSORED.match(line)))
        or _AUTHORS.match(line)
        or _TICKER_ALONE.match(line)
        or (line.startswith("[") and bool(_BRACKET_NOTE.match(line)))
        or (
            (">" in line or "\u203a" in line or "\u00bb" in line)
            and bool(_CRUMB.match(line))
            and not ends_sentence(line)
        )
        or ("cookies" in low and bool(_COOKIES.search(line)))
        or (
            ("unsubscribe" in low or "receiving" in low or "browser" in low)
            and bool(_MAILING.search(line))
        )
        or ("subscription" in low and bool(_SUBSCRIPTION.search(line)))
        or (
            "english" in low
            and len(line) <= _EDITION_MAX_CHARS
            and not ends_sentence(line)
            and bool(_EDITION.search(line))
        )
        or _is_contact(lines, kinds, index, low)
        or (line.startswith("From:") and _is_sender(lines, index))
        or (line.startswith("Subject:") and _is_mail_subject(lines, index))
    ):
        return BOILERPLATE
    return None


def participants(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """The lines of a call's list of participants: its label and the "Name, Role" lines under
    it, to the first line of another form."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        if "articipants" not in line or not _PARTICIPANTS.match(line):
            continue
        found.add(index)
        for after in range(index + 1, len(lines)):
            if kinds[after] not in (BODY, HEADING) or not _PARTICIPANT.match(lines[after]):
                break
            found.add(after)
    return found
