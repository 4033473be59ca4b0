"""The lines that close a page after its article: where its foot can start (after the first
paragraph), and among the last lines a prompt to the reader ("What do you think? Tell us"), a
note on the writer ("Jane Doe covers energy for ..."), the document's note on itself, a
bracketed end mark or credit, a show's credits (who produced it, its music, when it was
recorded), a team's sign-off with only short lines after it, and a label and a title alone on
their line under furniture (the principles a page works to).

Each is a form an article's own prose writes too; among the last lines, in this shape, it is
the page's. `furniture_places.py` reads the head and the back matter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.model import BODY, HEADING

_PARAGRAPH_CHARS = 200
# A tail is the document's last lines, at most this many.
_TAIL_LINES = 6


def _article_start(lines: Sequence[str], kinds: Sequence[str]) -> int:
    """The line after the article's first paragraph: a page's foot lies below it; a document
    with no paragraph has no foot to tell apart from its text."""
    return next(
        (
            i + 1
            for i, kind in enumerate(kinds)
            if kind == BODY and len(lines[i]) > _PARAGRAPH_CHARS
        ),
        len(lines),
    )


# A question to the reader, then what to do about it: "What did we miss? Tell us in the
# comments.", "Enjoyed the show? Leave us a review." The answer opens on a verb: a word that
# is not a pronoun or an article, does not end like a plural, and has its object or a
# preposition next ("Tell us", "Post it", "Write to").
_PROMPT = re.compile(
    r"^[^.?!]{3,100}\?\s+(?P<verb>[A-Z][a-z]+)\s+(?P<next>[a-z]+)\b(?P<rest>[^?!]{0,120})\.$"
)


_NOT_VERBS = frozenset(
    """we i it the this they our yes no he she a an that there in at on for its his her their
    most some many all not you your so but and if then what where when why how who which""".split()
)


_AFTER_VERB = frozenset(
    "us it the a an to our your me them this in on with for here now up".split()
)


_PROMPT_ANSWER_WORDS = 10
# A note on the writer: "Jane Doe is a senior writer at X.", "Jane Doe covers energy policy."
_WRITER_NOTE = re.compile(
    r"^[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}\s+(?:is\s+(?:a|an|the)\s+"
    r"(?:[\w&-]+\s+){0,4}(?:writer|editor|reporter|correspondent|columnist|journalist|"
    r"contributor)\b|covers\s|writes\s)[^.]*\.$"
)


# The document speaking of itself: "This transcript may contain errors.", "These notes are a
# summary ...", "This page is for information only ...": "this" or "these", a kind of
# document (perhaps after one word), and the sentence going on about it.
_SELF_NOTE = re.compile(
    r"^(?:This|These)\s+(?:[\w-]+\s+)?(?:article|page|story|transcript|summary|summaries|"
    r"notes?|term\s+sheet|fact\s+check|clarification|translation|newsletter|digest|edition|"
    r"episode|alert|brief|bulletin|letter|(?:press\s+)?release|announcement|notice|material|"
    r"document|guide|report|e-?mail|post|factsheet|disclosure)s?\s+[a-z]"
)


_SELF_NOTE_CHARS = 200
# A line wholly in brackets after the article, with no figure: the wire's end mark and
# credits ("(END)", "(Editing by Jane Doe)"); "($1 = 7.05 yuan)" is the article's own note.
_ASIDE = re.compile(r"^\([^()\d]{3,200}\)$")
# A sign-off from a team: "The Tervane research team", "- Jane and the Tervane Letter team".
_TEAM = re.compile(r"(?i)^(?:[-\u2013\u2014]\s*)?[^.!?,:;]{0,60}\bteam$")
_SIGN_OFF_WORDS = 10
# A newsletter's sign-off, a short statement and what the reader may do about it ("That's all
# for this week. Reply to this email with tips."), as the last line before the mailing
# footer; a letter's close with the writer's name under it stays the letter's.
_SIGN_OFF = re.compile(
    r"^(?P<said>[^.?!:\d]{3,40})\.\s+(?P<verb>[A-Z][a-z]+)\s+(?P<next>[a-z]+)\b[^?!]{0,160}\.$"
)


# A show's or a publication's credits, one a sentence: who produced, presented or edited it
# ("The Weekly Cell is produced by Kelvale Audio in Ostvald."), a role and a name
# ("Executive producer: Ada Moss.", "Music: \"Slow Harbour\" by Quillmere."), the recording's date
# ("Recorded 12 November 2026."), "Music by ...", "The editor is ...".
_CREDIT = re.compile(
    r"^(?:(?:The\s+)?[A-Z][\w'\u2019&.-]*(?:\s+[A-Z][\w'\u2019&.-]*){0,5}\s+(?:is|was)\s+"
    r"(?:produced|presented|hosted|edited|mixed|engineered|recorded|made)\s+(?:by|for)\s+"
    r"[A-Z\d][^.!?]{0,60}|"
    r"(?i:(?:executive\s+|senior\s+|series\s+|assistant\s+)?(?:producers?|editors?|music|sound|"
    r"hosts?|presenters?|engineers?|artwork|theme(?:\s+music)?|mixing|recording))\s*:\s*"
    r"[\"\u201c\w][^!?]{0,60}|"
    r"(?:Recorded|Produced|Edited|Mixed|Hosted|Presented)\s+(?:(?:on|in|at|by)\s+)?[A-Z\d][^!?]{0,40}|"
    r"(?:Music|Theme(?:\s+music)?|Artwork|Sound\s+design)\s+by\s+[A-Z][^!?]{0,40}|"
    r"The\s+(?:editor|producer|host|presenter)s?\s+(?:is|are)\s+[A-Z][^!?]{0,40})$"
)
_CREDIT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")
_CREDITS_LINE_CHARS = 300


def _is_credits(line: str) -> bool:
    """Two credits or more and nothing else (see `_CREDIT`): one alone ("The cell is made by
    Acme at Kelvale.") is as often the article's own last statement."""
    if len(line) > _CREDITS_LINE_CHARS or not line.endswith("."):
        return False
    sentences = [part.rstrip(".") for part in _CREDIT_SPLIT.split(line)]
    return len(sentences) >= 2 and all(_CREDIT.match(sentence) for sentence in sentences)


_SIGN_OFF_SAID_WORDS = 6
_SIGN_OFF_ANSWER_WORDS = 16
# A wire's note naming the principles it works to, after its credits: a label of a word or
# two, then a title of capitalised words ("Our Standards: The Delmere Trust Principles.").
_TITLE_NOTE = re.compile(
    r"^[A-Z][a-z]+(?:\s[A-Z]?[a-z]+)?:\s+(?:The\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,5}\.$"
)


_TITLE_NOTE_CHARS = 80


def _is_prompt(line: str) -> bool:
    found = _PROMPT.match(line)
    if found is None:
        return False
    return _answers(found.group("verb"), found.group("next")) and (
        len(line.split("?", 1)[1].split()) <= _PROMPT_ANSWER_WORDS
    )


def _answers(verb: str, after: str) -> bool:
    """Whether a sentence opening on `verb` and `after` tells the reader what to do."""
    verb = verb.lower()
    return verb not in _NOT_VERBS and not verb.endswith("s") and after in _AFTER_VERB


def _is_sign_off(lines: Sequence[str], kinds: Sequence[str], index: int) -> bool:
    found = _SIGN_OFF.match(lines[index])
    return (
        found is not None
        and index + 1 < len(lines)
        and kinds[index + 1] not in (BODY, HEADING)
        and len(found.group("said").split()) <= _SIGN_OFF_SAID_WORDS
        and _answers(found.group("verb"), found.group("next"))
        and len(lines[index][found.end("said") + 1 :].split()) <= _SIGN_OFF_ANSWER_WORDS
    )


def _title_notes(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """A label and a title alone on their line after the article, under furniture (a wire's
    credits): the note naming the principles the page works to."""
    return {
        index
        for index in range(max(1, _article_start(lines, kinds)), len(lines))
        if kinds[index] in (BODY, HEADING)
        and kinds[index - 1] not in (BODY, HEADING)
        and len(lines[index]) <= _TITLE_NOTE_CHARS
        and _TITLE_NOTE.match(lines[index])
    }


def _tail(lines: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """Prompts to the reader, notes on the writer, the document's notes on itself, a bracketed
    end mark or credit after the article, a show's credits and a team's sign-off among the
    last lines; a sign-off only with nothing after it but short lines and furniture."""
    found = set()
    start = _article_start(lines, kinds)
    for index in range(max(0, len(lines) - _TAIL_LINES), len(lines)):
        if kinds[index] not in (BODY, HEADING):
            continue
        line = lines[index]
        if (
            ("?" in line and _is_prompt(line))
            or (line.endswith(".") and bool(_WRITER_NOTE.match(line)))
            or (len(line) <= _SELF_NOTE_CHARS and line[:2] == "Th" and bool(_SELF_NOTE.match(line)))
            or (line[:1] == "(" and bool(_ASIDE.match(line)) and index >= start)
            or (". " in line and _is_sign_off(lines, kinds, index))
            or (". " in line and index >= start and _is_credits(line))
            or (
                line[-4:].lower() == "team"
                and _TEAM.match(line)
                and all(
                    len(lines[after].split()) <= _SIGN_OFF_WORDS
                    or kinds[after] not in (BODY, HEADING)
                    for after in range(index + 1, len(lines))
                )
            )
        ):
            found.add(index)
    return found
