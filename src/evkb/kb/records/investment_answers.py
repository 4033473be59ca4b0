"""An interview's answers speak for the interviewee's company: a passage that opens on an
answer's label ("A:", "AR:") and asks nothing is the company's own words, "we" whether written
or not ("AR: A A$40 million assembly plant at Pellmoor", "A: In Tellisford. It costs 1.8
billion francs"). A sum such a passage commits without naming whose is the company's the
document is about.
"""

from __future__ import annotations

import re

from evkb.kb.records.context import Sentence

# "A:", "A8.", "AR:" (the speaker's initials): the label an answer opens on.
_ANSWER_LABEL = re.compile(r"\W*(?:A\d{0,2}|[A-Z]{2,3})[:.]\s+(?=[A-Z0-9])")


def in_answer(sentence: Sentence) -> bool:
    """Whether a sentence lies in a passage that opens on an answer's label and asks nothing."""
    text = sentence.passage.text
    return _ANSWER_LABEL.match(text) is not None and "?" not in text
