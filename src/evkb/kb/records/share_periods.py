"""The period of a share figure: the nearest date in its clause, else the sentence's, else the
one in view (the ranking's, the paragraph's, the article's), shifted for "a year earlier" (also
inside the figure's own clause before it). A present-tense figure written as a measurement
("commands 3.1%") after a ranking's dated figures is of the ranking's period. What
the figure's own clause says (a date opening it, a present tense, a comparison) is read in
`share_clauses.py`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from evkb.kb.records.context import Sentence
from evkb.kb.records.periods import SAME_PERIOD, YEAR_TO_DATE, Dateline
from evkb.kb.records.relative_periods import (
    EARLIER,
    EARLIER_OWN,
    IN_VIEW,
    RELATIVE_COLUMN,
    UNCHANGED,
    UNDATABLE_AFTER,
    fiscal_dated,
    shifted,
    to_date,
    undatable,
)
from evkb.kb.records.share_clauses import (
    _PRESENT,
    _SERIES_APPOSED,
    _SINCE,
    COMPARED,
    COMPARES_TO,
    _against_now,
    _in_relative,
    _named_between,
    compared_date,
)
from evkb.kb.records.share_figures import by_before
from evkb.kb.records.share_twins import from_twin, opens_a_change, year_before
from evkb.kb.records.share_words import rank_of
from evkb.kb.records.share_year_so_far import year_so_far
from evkb.model import Quantity

_SAME_IN_VIEW = re.compile(
    r"[^.;%\d]{0,30}?\b(?:in|during|over|for|across)\s+the\s+same\s+(?:period|quarter|half|months?|time)\b"
    r"(?!\s+(?:a\s+year|last\s+year|the\s+previous|of|in)\b)",
    re.I,
)


@dataclass(frozen=True)
class Figures:
    """A sentence's percents read once: where each stands, the periods the sentence states,
    and which of them open or close the figures' own clauses."""

    sentence: Sentence
    positions: list[tuple[int, int]]
    # figure n shares the date after figure last[n] ("38.1% and 15.2% ... last year")
    last: list[int]
    stated: list[tuple[int, str]]
    named: list[tuple[int, str]]
    own_clause: dict[int, tuple[int, str]]
    opening: re.Match[str] | None
    handed: dict[int, re.Match[str]]


@dataclass(frozen=True)
class InView:
    """The periods in view when a figure is read: the sentence's first dated figure's, the
    ranking's, the paragraph's, the article's, a table's bracketed one, a comparison's."""

    main: str
    inherited: str
    running: str
    frame: str
    written: Dateline
    reported: str
    bracketed: str
    comparison: str
    # the period the figure before in the sentence was given: "to 8.9% from 10.2%"
    partner: str = ""


def figure_period(
    fig: Figures, n: int, holder: str, last_holder: str, view: InView
) -> tuple[str, re.Match[str] | None, bool]:
    """(as_of, the "a year earlier" that shifted it or None, whether an undated "last year"
    left it unknown) for figure n of the sentence."""
    sentence, text, positions = fig.sentence, fig.sentence.text, fig.positions
    stated, named, last, handed, opening = fig.stated, fig.named, fig.last, fig.handed, fig.opening
    own_clause = fig.own_clause
    opening_at = {p for p, _ in own_clause.values()}
    count = len(positions)
    at, end = positions[n]
    low = positions[n - 1][1] if n else 0
    high = positions[n + 1][0] if n + 1 < count else len(text)
    main, inherited, running, frame = view.main, view.inherited, view.running, view.frame
    written, reported, bracketed, comparison = (
        view.written,
        view.reported,
        view.bracketed,
        view.comparison,
    )
    year_unknown = False
    # "The company holds about 9 per cent of the European market": a figure in the present
    # tense whose sentence names no period of its own is of no period the text states.
    present = _PRESENT.search(text, max(low, at - 80), at) is not None
    tail_end = positions[last[n]][1]
    tail_high = positions[last[n] + 1][0] if last[n] + 1 < count else len(text)
    stop = text.find(";", tail_end, tail_high)
    after_at = [
        (p, pd)
        for p, pd in stated
        if tail_end <= p < (tail_high if stop < 0 else stop)
        and p not in opening_at
        and not measured_against(text, p)
    ]
    # A date after an earlier figure belongs to it ("5.1 percent in June 2023").
    before = (
        [pd for p, pd in stated if low <= p < at and not _in_relative(text, p, at)] if not n else []
    )
    if before:
        # "In October alone its share was 39.0 percent, the highest monthly figure this
        # year": an apposition that places the figure in a series dates the series, not the
        # figure its clause dated before it
        after_at = [(p, pd) for p, pd in after_at if not _SERIES_APPOSED.fullmatch(text, end, p)]
    after = [pd for _, pd in after_at]
    first_at = positions[0][0]
    leading = [pd for p, pd in stated if p < first_at and not _in_relative(text, p, first_at)]
    # "X took 27.4% in the June quarter, ahead of Y on 22.9%": the date after an
    # earlier figure is the sentence's when this one has none of its own.
    between = next((pd for p, pd in stated if low <= p < at), "") if n else ""
    ahead = EARLIER.match(text, end)
    if ahead is not None and n + 1 in handed and ahead.end() == handed[n + 1].end():
        ahead = None  # the next figure's own
    if ahead is None and last[n] != n:
        # "compared with 5.7%, 3.6% and 1.9% a year before": the list's earlier period is
        # every figure's of it, as a date after it is
        ahead = EARLIER.match(text, tail_end)
        if ahead is not None and last[n] + 1 in handed and ahead.end() == handed[last[n] + 1].end():
            ahead = None
    run = n  # the first figure of the list figure n is in
    while run and last[run - 1] == last[n]:
        run -= 1
    earlier_year = (
        ahead
        or handed.get(n)
        or EARLIER_OWN.search(text, low, at)
        or opening
        or (None if n else clause_earlier(text, at))
    )
    if earlier_year and UNCHANGED.search(text, end, earlier_year.end()):
        earlier_year = None  # "25%, unchanged from a year earlier": now's figure
    year_colon = PERIOD_COLON.search(text, low, at)
    if undatable(text, at, end, named, bool(after)):  # "(2023/24: 41%)" dated too
        # "in the previous fiscal year": the text does not say when, unless it names the
        # year's end beside it or the fiscal year it is previous to
        as_of = fiscal_dated(text, at, end, named)
        if ahead is not None and n and UNDATABLE_AFTER.match(text, end) is None:
            # "grew to 6.2 per cent in the last financial year, the year to June, from 4.1 per
            # cent the year before": the fiscal year of the figure before, a year back
            as_of = shifted(as_of, ahead)
    elif n in own_clause:
        as_of = own_clause[n][1]  # "...; last year the figure was 24 per cent"
        if (
            len(as_of) == 4
            and len(main) == 7
            and int(main[:4]) == int(as_of) - 1
            and _THIS_YEAR.match(text, own_clause[n][0])
        ):
            # "9.6% in the first nine months of last year, and this year it is down to
            # 8.1%": this year's figure is of the same part of the year
            as_of += main[4:]
    elif after and _RELATIVE_YEAR.search(text, end, after_at[0][0]):
        # "38 per cent of the market last year, and says ... busy into 2028": the
        # figure's year is "last year", which no date of writing dates here
        as_of, year_unknown = "", True
    elif reported and not after and _THE_QUARTER.match(text, end):
        as_of = reported  # a results call's "18.3% in the quarter": its quarter
    elif year_colon is not None:
        # "(2024: 15.2 per cent)", "(Q1 2024: 35.1%)"
        labelled = [pd for p, pd in named if year_colon.start() <= p < year_colon.end()]
        # "(previous year: 44,0 percent)": the period in view, a year back
        relative = RELATIVE_COLUMN.match(year_colon.group("y"))
        as_of = (
            labelled[0]
            if labelled
            else shifted(main or inherited or running or frame, relative)
            if relative
            else ""
        )
        if len(as_of) == 4:
            as_of = _compared_months(fig.sentence, as_of, main or inherited or running or frame)
    elif _SAME_IN_VIEW.match(text, end):
        # "Its rival said its share rose to 7.2% in the same period": the period
        # the figures before it were of
        as_of = main or running or inherited or frame
    elif after and not (earlier_year and earlier_year.end() <= text.find(after[0][:4], end)):
        as_of = after[0]
    elif earlier_year:
        # "16.4% a year earlier", "6.9% in the previous quarter": the period in
        # view, shifted back. After "from" it is the sentence's own period ("9.3%
        # in the three months to September, from 8.1% in the previous quarter"),
        # else the ranking's.
        # "5.4% last year and 6.3% the year before": a later figure of the same
        # holder counts its earlier period from the sentence's own.
        same = n and holder == last_holder and not _named_between(sentence, low, at)
        own = main if same or (n and COMPARES_TO.search(text, low, at)) else ""
        reference = leading[-1] if leading else own or inherited or main or running or frame
        if _against_now(text, positions, n, main or leading, earlier_year) and written.stated:
            # "now hold less than 16 per cent, against more than 20 per cent two years ago",
            # "It holds roughly 35 per cent, up from 22 per cent two years earlier": years
            # before the time of writing, not before the period a ranking was about
            reference = written.period[:4]
        as_of = shifted(reference, earlier_year)
        last_year = earlier_year.re is EARLIER_OWN and earlier_year["year"][:4] == "last"
        if not reference and last_year:
            # "last year's 12 per cent" with no period in view: the year before
            # the date of writing, when that is known.
            as_of = written.shifted(-1)
    elif bracketed and text[:at].rstrip().endswith("("):
        as_of = bracketed  # a table row's "(35.1%)" under "H1 2024 in brackets"
    elif n and (
        COMPARED.match(text, positions[n - 1][1], at)
        # "up from 2.4% and 1.8%": the list a comparison opens is compared whole
        or (run and COMPARED.match(text, positions[run - 1][1], positions[run][0]))
    ):
        # "up from 9.6%", "compared with 5.2%", "(2.4% a year earlier), X had 2.2%
        # (1.9%)": an undated comparison is of the ranking's comparison period, else a year
        # before the figure it is the twin of ("fell to 8.9% from 10.2%")
        as_of = comparison or (year_before(view.partner) if from_twin(text, low, at) else "")
    elif n and holder == last_holder and from_twin(text, low, at):
        # "climbed into third place with 11.8% of installations from 7.6%", "rose to 9.2% in
        # January-October from 6.1%": the same holder's twin, words (its date) between
        as_of = comparison or year_before(view.partner)
    elif not before and not leading and YEAR_TO_DATE.search(text, low, high):
        # "Year to date": to the month the figures before were of, else up to
        # the writing
        in_view_month = main or inherited or running
        as_of = (
            in_view_month
            if len(in_view_month) > 4 and in_view_month[:4] == written.period[:4]
            else to_date(written)
        )
    elif (
        not written.stated
        and not before
        and not leading
        and _RELATIVE_YEAR.search(text, low, handed[n + 1].start() if n + 1 in handed else high)
    ):
        # "This year its share has risen to 29 percent" with no date of writing:
        # not the year another sentence named
        as_of = ""
    else:
        as_of = (
            before[-1]
            if before
            else leading[-1]
            if leading
            else main or between or ("" if present else inherited or running)
        )
        if (
            not as_of
            and present
            and inherited
            and measured_figure(fig, n)
            and not any(p < at for p, _ in named)
        ):
            # "Tesla commands 3.1%." after a ranking's dated figures: a figure stated to a
            # tenth is the tracker's, of the ranking's period; "holds about 9 per cent" is
            # a company's own undated claim, and "X, which began selling cells last year,
            # holds 43.9%" sets its present against the date before it
            as_of = inherited
        if (
            n
            and present
            and as_of in (main, between)
            and not _dated_in_present(text, low, at)
            and not _SAME_FIGURE_NOW.search(text, max(low, at - 80), at)
        ):
            # "... 4.6 per cent of vehicles in 2025 and that electric boats remain below 1
            # per cent": a later figure in a clause of its own in the present tense is of
            # no period the figures before it were of
            as_of = ""
        in_view = IN_VIEW.match(text, end)
        if not as_of and not present and (count > 1 or rank_of(text) or in_view):
            as_of = frame  # a ranking sentence in an article about one period
        if not as_of and in_view and in_view.group("part").lower() == "quarter":
            as_of = written.last("quarter")  # a results call's "in the quarter"
        if not as_of and YEAR_TO_DATE.search(text):
            as_of = written.last("month")
    if earlier_year is None and as_of and opens_a_change(text, positions, n, low):
        as_of = comparison or year_before(as_of)  # "slipped from 2.5% to 1.8%"
    # "slipped to 24.6 per cent this year" after "in January to October": that part of it
    as_of = year_so_far(as_of, text, sentence.passage.text, written)
    return as_of, earlier_year, year_unknown


def _compared_months(sentence: Sentence, year: str, in_view: str) -> str:
    """The period a bracketed figure labelled with a year alone is of: "(2025: 15 per cent)"
    after "down from 41 per cent in the same period of 2025" earlier in its paragraph is of
    the months the paragraph compares, those of the period in view; else the year."""
    if len(in_view) != 7 or in_view[:4] == year:
        return year
    before = sentence.passage.text[: max(0, sentence.start - sentence.passage.start)]
    if any(m.group("y") == year for m in SAME_PERIOD.finditer(before)):
        return year + in_view[4:]
    return year


def clause_earlier(text: str, at: int) -> re.Match[str] | None:
    """ "a year earlier" inside the clause that holds the sentence's first figure, before it:
    "It was the runner-up a year earlier, with 24.2 per cent, but ..." (not a comparison's,
    "up from a year earlier", nor one a clause break parts from the figure)."""
    for found in EARLIER.finditer(text, 0, at):
        begins = min(found.start(g) for g, v in found.groupdict().items() if v)
        if _COMPARING.search(text, max(0, begins - 40), begins) or _BREAK.search(
            text, found.end(), at
        ):
            continue
        return found
    return None


# the words that make "a year earlier" what a figure is compared with, and the clause breaks
# that part it from the figure after it
_COMPARING = re.compile(
    r"(?i)\b(?:from|than|on|since|over|against|with|versus|vs\.?|to|unchanged|flat)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
_BREAK = re.compile(
    r"(?i)[;:]|,\s*(?:and|but|while|whereas|though|although)\b|\band\s+(?:now|today)\b"
)


def measured_figure(fig: Figures, n: int) -> bool:
    """Whether figure n is written as a measurement: to a decimal place ("3.1%", "8,9 %"),
    with no word bounding it ("about", "more than") and not in words ("a fifth")."""
    at, end = fig.positions[n]
    quantity = next(
        (q for q in fig.sentence.quantities if fig.sentence.local(q) == (at, end)), None
    )
    if quantity is None or quantity.qualifier:
        return False
    return _DECIMAL.search(fig.sentence.text, at, end) is not None


_DECIMAL = re.compile(r"\d[.,·]\d")


def measured_against(text: str, p: int) -> bool:
    """Whether the date at p is only what the figures before it are measured against ("held
    7.9% and 6.8% respectively, both down on last year", "9.1%, higher than in 2025"), not
    their period: no figure of its own follows it ("down on last year's 8.4%" dates that one)."""
    return _AGAINST_DATE.search(text, max(0, p - 40), p) is not None and not _OWN_FIGURE.match(
        text, p
    )


# "down on", "up on the", "higher than in", "lower than": the words that set a date against a
# figure before it
_AGAINST_DATE = re.compile(
    r"\b(?:up|down|higher|lower|flat|level|unchanged)\s+(?:on|than(?:\s+in)?)\s+(?:the\s+)?$",
    re.I,
)
# a date owning the figure after it: "last year's 8.4%", "2025's 6.1 percent"
_OWN_FIGURE = re.compile(r"[^,;.%]{0,30}?['’]s?\s+(?:about\s+|around\s+)?\d")


def _dated_in_present(text: str, low: int, at: int) -> bool:
    """Whether the present-tense clause of the figure at `at` (after the figure at `low`)
    names a period of its own ("... and this year it holds 31%")."""
    verb = _PRESENT.search(text, max(low, at - 80), at)
    return (
        verb is not None
        and _DATE_WORD.search(text, low, at) is not None
        and any(verb.start() <= m.start() for m in _DATE_WORD.finditer(text, low, at))
    )


# "...; it is 23 per cent", "its share is 9%": the figure before, restated or gone on with.
_SAME_FIGURE_NOW = re.compile(r"(?i)\b(?:it|share)(?:\s+is|['’]s)\b")
_DATE_WORD = re.compile(
    r"\b(?:(?:19|20)\d{2}|year|quarter|month|half|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Q[1-4]|H[12])\b"
)


# A year named against the day of writing, which `dates` reads only when that day is known.
_RELATIVE_YEAR = re.compile(r"\b(?:this|current|last|past|next)\s+year\b", re.I)
_THIS_YEAR = re.compile(r"(?i)(?:so\s+far\s+)?this\s+year\b")

# "in the quarter", "this quarter": the quarter in view, with no other words for it between.
_THE_QUARTER = re.compile(
    r"[^.;%\d]{0,40}?\b(?:(?:in|during|for|over)\s+the|this)\s+quarter\b(?!\s+(?:of|to|ended)\b)",
    re.I,
)


# "(2024: 26.3%)", "(Q1 2024: 35.1%)": a bracketed figure labelled with its own period.
PERIOD_LABEL = re.compile(r"\s?\(\s*[^():]{2,25}:\s*(?=[\d(])")
PERIOD_COLON = re.compile(r"\(\s*(?P<y>[^():]{2,25}?)\s*:\s*$")


def dates_figures(text: str, at: int, period: str, written: Dateline) -> bool:
    """Whether the period named at `at` may date the sentence's figures: not "by the end of
    2025" (a deadline, unless the article was written after it), not the label of a bracketed
    figure ("(2024: 26.3%)"), not where a change starts ("the share has tripled since 2021")."""
    if by_before(text, at) and (not written.stated or period[:4] >= written.period[:4]):
        return False
    if PERIOD_LABEL.match(text, max(0, at - 2)):
        return False
    return _SINCE.search(text, max(0, at - 30), at) is None


# A bracket a date opens, its figure after a colon: "(2025: 26.3%)", "(Jan-Sep 2025: 28.4%)"
_OPEN = re.compile(r"\(\s*$")
_BRACKETED_DATE = re.compile(r"[^():;]{1,24}:\s*[<>~]?\s*\d")


def bracket_dated(text: str, p: int) -> bool:
    """Whether the date at p opens a bracket whose figure follows a colon: "(2025: 26.3%)"."""
    return _BRACKETED_DATE.match(text, p) is not None and _OPEN.search(text, 0, p) is not None


def period_in_view(
    sentence: Sentence,
    stated: list[tuple[int, str]],
    percents: Sequence[Quantity],
    previous: str = "",
) -> str:
    """The period a sentence leaves in view for the next: its first date that is not a
    comparison's ("17.4 percent in January, down from 21.9 percent a year earlier and from
    19.2 percent for the whole of last year" leaves January); its last without figures. A
    sentence whose every date is a comparison's ("its share has slipped from 35.1 per cent
    last year", "almost double the figure for the same period of 2025") leaves the period
    that was in view before it (`previous`), when there was one."""
    text = sentence.text
    starts = [sentence.local(q)[0] for q in percents]
    for p, period in stated:
        if compared_date(text, p) or bracket_dated(text, p):
            continue  # "31.2% (Jan-Sep 2025: 28.4%)": the bracket's own period
        if not percents:
            return period
        figure = max((a for a in starts if a < p), default=-1)
        if figure < 0 or not COMPARES_TO.search(text, max(0, figure - 30), figure):
            return period
    if previous:
        return previous
    return stated[-1][1]


# "..., against 24 percent for the whole of 2025": "for" that opens a period, not a holder
FOR_PERIOD = re.compile(
    r"(?i)\s+for\s+(?:the\s+)?(?:whole|full|first|second|third|fourth|last|previous|prior|same|"
    r"entire|calendar|fiscal|financial|year|period|quarter|half|months?|[1-4]Q|[QH][1-4]|\d)"
)
