"""Whose product an interview's answer names when it names no company: the company the
interview speaks for. An answer is a paragraph that opens with its speaker's label ("Quell: ",
"MQ: ", "A: ") and asks nothing; the company is the one the text is about, found as the first
person's ("we", "our") is. "The line makes one product only, the Corrib cell" in an answer,
with the company last named many questions before, is still the speaker's company's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.context import Sentence

# A speaker's label opening a paragraph: a name, a surname or initials, then a colon.
_LABEL = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}:\s+(?=\S)")
# The interviewer's labels: a question is no answer.
_ASKING = frozenset(["Q", "Question", "Interviewer"])
# The first person plural of a company speaking for itself.
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")
# The answers of a text speaking in the first person: one of an answer's sentences near this
# one says "we" (a window of sentences, so that the test costs the same in any document).
_WINDOW_BEFORE = 12
_WINDOW_AFTER = 3


def in_answer(sentence: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether the sentence is part of an interview's answer: its paragraph opens with a
    speaker's label that is not the interviewer's, asks no question, and an answer near it
    speaks in the first person."""
    text = sentence.passage.text
    label = _LABEL.match(text)
    if label is None or text.rstrip().endswith("?"):
        return False
    if label.group().split(":")[0].strip() in _ASKING:
        return False
    return _speaks_first_person(sentences, sentence.index)


def _speaks_first_person(sentences: Sequence[Sentence], at: int) -> bool:
    """Whether an answer among the sentences around the one at `at` says "we" or "our"."""
    for s in sentences[max(0, at - _WINDOW_BEFORE) : at + _WINDOW_AFTER + 1]:
        text = s.text
        if "we" not in text and "our" not in text and "We" not in text and "Our" not in text:
            continue
        if _WE.search(text) and _LABEL.match(s.passage.text):
            return True
    return False
