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
one; `find_furniture` is the entry point. Lines told by their form alone are in
`furniture_forms`, the article's own tables and lists of figures in `furniture_own`; the
measures of relatedness are in `relatedness`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

from evkb.kb.extract.furniture_comments import (
    COMMENT_AUTHOR,
    HANDLE_SAYS,
    NAME_DASH,
    comment_meta,
    is_reply_marker,
)
from evkb.kb.extract.furniture_entries import dated_entries
from evkb.kb.extract.furniture_forms import (
    BYLINE_PLACE,
    COMMENT_HEADER,
    LIST_LABEL,
    LIST_LINE_MAX_CHARS,
    SENTENCE_BREAK,
    ends_sentence,
    form_kind,
    is_byline,
    is_dateline,
    is_link,
)
from evkb.kb.extract.furniture_mastheads import head_starts
from evkb.kb.extract.furniture_notices import notice_kind, notice_words, participants
from evkb.kb.extract.furniture_own import (
    _MIN_UNLABELLED,
    _SKIPPED,
    _UNRELATED_BELOW,
    _figure_lists,
    _outside,
    _own_tables,
)
from evkb.kb.extract.furniture_places import placed_furniture
from evkb.kb.extract.furniture_rows import (
    FIGURES_LABEL,
    outside_bulleted_lists,
    repeated_specs,
)
from evkb.kb.extract.relatedness import (
    coherence,
    relatedness,
    terms_of,
    vocabulary,
)
from evkb.model import BODY, BOILERPLATE, COMMENT, HEADING, UNRELATED

# ---------------------------------------------------------------------------------------------
# Lists, comments and the whole page
# ---------------------------------------------------------------------------------------------

# A run whose consecutive lines share more than this is one list about one subject.
_COHERENT_ABOVE = 0.5
_SHORT_ITEM_CHARS = 40
_ANNOUNCING = re.compile(r"(?:\S+\s+){4}.*:\s*$")  # five words or more, then a colon
# A headline that ends like a sentence is short; a longer sentence is the article again.
_HEADLINE_CHARS = 110
# At least this many unterminated lines in a list for each line ending like a sentence in it.
_JOINS_PER_LINE = 3
# With fewer body terms than this there is too little body to measure a run against.
_MIN_BODY_TERMS = 8


@lru_cache(maxsize=4096)  # asked of each line by the runs, their joins and their segments
def _is_list_line(line: str) -> bool:
    """Short enough for a list item, with at most two sentences and a few words."""
    if is_link(line):
        return True
    if len(line) > LIST_LINE_MAX_CHARS or len(line.split()) < 2:
        return False
    return len(SENTENCE_BREAK.findall(line)) <= 1


def _is_short_item(line: str) -> bool:
    """One or two words without a full stop: an item of a labelled list of topics or tags."""
    return len(line) <= _SHORT_ITEM_CHARS and not ends_sentence(line)


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
        if _is_list_line(line) and (not ends_sentence(line) or index in joins):
            current.append(index)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    trimmed = []
    for run in runs:
        while run and ends_sentence(lines[run[0]]):
            run = run[1:]
        while run and ends_sentence(lines[run[-1]]):
            run = run[:-1]
        if run:
            trimmed.append(run)
    return trimmed


def _runs(lines: Sequence[str], kinds: list[str]) -> tuple[list[list[int]], set[int]]:
    """Runs of list-like lines, and the lines that ended like sentences but joined one.

    A line that ends like a sentence breaks a run ("Toyota declined to comment." after a
    heading), unless it stands between two unterminated list lines and it and both of them
    share too little with the body to be the article's own: a list of other stories may hold
    a headline that ends with a full stop.
    """
    segments = _segments(lines, kinds, set())
    shown = [i for i in range(len(lines)) if kinds[i] not in _SKIPPED]
    unterminated = {i for i in shown if _is_list_line(lines[i]) and not ends_sentence(lines[i])}
    candidates = [
        (before, index, after)
        for before, index, after in zip(shown, shown[1:], shown[2:], strict=False)
        if before in unterminated
        and after in unterminated
        and index not in unterminated
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
        alone = sum(1 for term, _weight in terms_of(lines[index]) if body[term] == 1)
        if len(body) - alone < _MIN_BODY_TERMS:
            continue  # too little body to tell
        if unrelated(index) and unrelated(before) and unrelated(after):
            joins.add(index)
    if not joins:
        return segments, joins
    # A few such headlines in a long list; lines taking turns with them are a body's own form
    # (a speaker and what they said, a question and its answer).
    runs = _segments(lines, kinds, joins)
    for run in runs:
        joined = [i for i in run if i in joins]
        if _JOINS_PER_LINE * len(joined) > len(run) - len(joined):
            joins.difference_update(joined)
    return _segments(lines, kinds, joins), joins


def _labelled_list(
    lines: Sequence[str],
    kinds: list[str],
    label: int,
    joins: set[int],
    related: Callable[[int], float],
) -> list[int]:
    """The items of the list under a list label: one-sentence lines of one form.

    The list ends at a longer paragraph, at the next label, or where its items change form: an
    item ending like a sentence under unterminated ones is the article again, unless it is a
    short line unrelated to it (see `_runs`). A last item that leads into a paragraph, shares
    its words with the body and is shorter than the headlines above it is the article's next
    subheading.
    """
    items: list[int] = []
    terminated: bool | None = None
    into_prose = False
    for index in range(label + 1, len(lines)):
        line = lines[index]
        if kinds[index] in _SKIPPED:
            if LIST_LABEL.match(line):
                break
            continue
        if not (_is_list_line(line) or _is_short_item(line)) or (
            SENTENCE_BREAK.search(line) and ends_sentence(line)
        ):
            into_prose = True  # a paragraph; a headline may ask a question and go on
            break
        ends = ends_sentence(line)
        if terminated is None:
            terminated = ends
        elif ends != terminated and not (
            ends
            and (
                index in joins
                or (len(line) <= _HEADLINE_CHARS and related(index) < _UNRELATED_BELOW)
            )
        ):
            into_prose = ends
            break
        items.append(index)
    if into_prose and items and not terminated and related(items[-1]) >= _UNRELATED_BELOW:
        words = [len(lines[i].split()) for i in items]
        if all(words[-1] < other for other in words[:-1]):
            items.pop()  # shorter than every headline above it, and about the article
    return items


def _announced(lines: Sequence[str], kinds: list[str], run: list[int]) -> bool:
    """Whether the article's own words announce the run ("... in January:"): its own list.

    A label of four words or fewer ("Read too:") does not: what the run shares with the body
    tells. Labels of furniture lists ("More from us:") are told apart before this."""
    before = run[0] - 1
    leads = [before] if before >= 0 and kinds[before] not in _SKIPPED else []
    return any(_ANNOUNCING.match(lines[i]) for i in leads + run[:-1])


def _spec_items(runs: list[list[int]], specs: set[int]) -> set[int]:
    """The lines of runs that are items with their spec lines (see `repeated_specs`): each
    run from its start to its last spec line, an item's name and its words among them."""
    own: set[int] = set()
    for run in runs:
        last = max((position for position, i in enumerate(run) if i in specs), default=-1)
        own.update(run[: last + 1])
    return own


def _story_lists(
    lines: Sequence[str], kinds: list[str], tables: set[int]
) -> tuple[set[int], set[int]]:
    """Lines of lists of other stories or links, labelled or not, anywhere in the text, and
    the lines of the article's own lists of figures found among them (see `_figure_lists`).

    The lines of the article's own `tables` are its own and never part of such a list, and
    so are the items of a list that each carry their spec lines (see `_spec_items`).
    """
    runs, joins = _runs(lines, kinds)
    figures = _figure_lists(lines, kinds, runs)
    tables = tables | figures | _spec_items(runs, repeated_specs(lines))
    own = _outside(kinds, runs) | tables
    vocabularies: list[Counter[str]] = []

    def body() -> Counter[str]:
        if not vocabularies:
            vocabularies.append(vocabulary([lines[i] for i in sorted(own)]))
        return vocabularies[0]

    def related(index: int) -> float:
        return relatedness(lines[index], body(), itself=index in own)

    # Lines before the first paragraph are the article's head (title, issue line, standfirst).
    heads = head_starts(lines, [i for i, kind in enumerate(kinds) if kind not in _SKIPPED])
    found: set[int] = set()
    for index, line in enumerate(lines):
        if kinds[index] in _SKIPPED and LIST_LABEL.match(line):
            found.update(_labelled_list(lines, kinds, index, joins, related))
    found -= tables
    pieces = []
    for run in runs:
        run = [i for i in run if i not in found and i not in tables]
        links = sum(is_link(lines[i]) for i in run)
        if links >= 2 and 2 * links >= len(run):
            found.update(run)
            continue
        if not run or _announced(lines, kinds, run):
            continue  # the article's own list, and so every stretch of it
        # The article's own bulleted lists split a run; what is left of it is weighed alone.
        pieces += outside_bulleted_lists(lines, kinds, run)
    for run in pieces:
        run = run[heads.get(run[0], 0) :] if run else run  # less the article's head
        run_lines = [lines[i] for i in run]
        if len(run) < _MIN_UNLABELLED:
            continue  # too short
        unterminated = sum(not ends_sentence(line) for line in run_lines)
        if 2 * unterminated < len(run_lines) or coherence(run_lines) > _COHERENT_ABOVE:
            continue
        if len(body()) < max(_MIN_BODY_TERMS, len(vocabulary(run_lines)) / 2):
            continue  # a run twice the size of the rest is the article itself, whatever its form
        score = sum(relatedness(line, body()) for line in run_lines) / len(run_lines)
        if score < _UNRELATED_BELOW:  # a last line ending in a colon leads into what follows
            found.update(run[:-1] if run_lines[-1].rstrip().endswith(":") else run)
    return found, figures


def _comment_lines(lines: Sequence[str], kinds: list[str]) -> set[int]:
    """Reader comments.

    After a comment header ("14 comments") followed by comment marks, everything to the end
    of the page (or to a list label) is comments. Without a header, each reply marker takes
    the comment just above it and the author and time lines above that.
    """
    for index, line in enumerate(lines):
        if not COMMENT_HEADER.match(line):
            continue
        following = range(index + 1, min(len(lines), index + 4))
        if any(
            comment_meta(lines[i]) or HANDLE_SAYS.match(lines[i]) or NAME_DASH.match(lines[i])
            for i in following
        ):
            end = next(
                (i for i in range(index + 1, len(lines)) if LIST_LABEL.match(lines[i])), len(lines)
            )
            return set(range(index + 1, end))
    found: set[int] = set()
    for index, line in enumerate(lines):
        if not is_reply_marker(line):
            continue
        found.add(index)
        above = index - 1
        if (
            above >= 0
            and kinds[above] == BODY
            and (HANDLE_SAYS.match(lines[above]) or not comment_meta(lines[above]))
        ):
            found.add(above)  # the comment itself ("name: text" carries its author)
            above -= 1
        for _ in range(2):  # its author and its time
            if above < 0 or not (comment_meta(lines[above]) or COMMENT_AUTHOR.match(lines[above])):
                break
            if is_reply_marker(lines[above]) or ends_sentence(lines[above]):
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
    tables, captions = _own_tables(lines, kinds)
    # Comments first: a comment's own lines ("Anna 2 hours ago") would pass for a dateline.
    for index in sorted(_comment_lines(lines, kinds)):
        if kinds[index] in (BODY, HEADING):
            changed[index] = kinds[index] = COMMENT
    words = notice_words(lines)
    told = list(kinds)
    for index, line in enumerate(lines):
        if kinds[index] in (BODY, HEADING):
            kind = form_kind(line) or notice_kind(lines, kinds, index, words)
            if kind:
                changed[index] = kinds[index] = kind
    # Three dated headings or more over the body's paragraphs are the article's entries.
    for index in dated_entries(lines, kinds):
        if told[index] in (BODY, HEADING):
            changed.pop(index, None)
            kinds[index] = told[index]
        else:  # read alone as the page's date
            changed[index] = kinds[index] = BODY
    for index in sorted(participants(lines, kinds)):
        if kinds[index] in (BODY, HEADING):
            changed[index] = kinds[index] = BOILERPLATE
    # "Jane Smith in Tokyo" reads as a headline on its own; beside a byline it is one.
    for index, line in enumerate(lines):
        if kinds[index] in (BODY, HEADING) and BYLINE_PLACE.match(line):
            beside = [i for i in (index - 1, index + 1) if 0 <= i < len(lines)]
            if any(is_byline(lines[i]) or is_dateline(lines[i]) for i in beside):
                changed[index] = kinds[index] = BOILERPLATE
    stories, figures = _story_lists(lines, kinds, tables)
    for index in sorted(stories):
        if kinds[index] in (BODY, HEADING):
            changed[index] = kinds[index] = UNRELATED
    # After the lists: a name or a prompt is no item of one, and a list keeps its length.
    for index, kind in sorted(placed_furniture(lines, kinds).items()):
        if kinds[index] in (BODY, HEADING):
            changed[index] = kinds[index] = kind
    # An item of the article's own list of figures reads as a heading on its own; its label
    # ("Key figures") may stay one.
    for index in sorted(figures):
        if kinds[index] == HEADING and not FIGURES_LABEL.match(lines[index]):
            changed[index] = kinds[index] = BODY
    # The rows of the article's own tables are body whatever their form made them (a title-
    # cased row reads as a heading, "Name: 12.3%" as a comment, a Markdown rule as a
    # separator); a caption or a header row may stay the heading it reads as.
    for index in sorted(tables):
        if kinds[index] != BODY and not (index in captions and kinds[index] == HEADING):
            changed[index] = kinds[index] = BODY
    return changed
