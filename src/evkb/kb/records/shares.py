"""Market shares: who holds what percent of which market, as of when; one record per period.

A percent is a share when the sentence (or the one before, for a ranking list) speaks of a
share or a market and the percent is not a change ("a jump of 45 percent", "2 percentage
points"), a charge level ("to 80 per cent"), a cost or price change, or a part of sales or a
target ("half of its sales by 2035"). Its holder is the nearest company named before it in the
sentence, or the company "it" / "the Korean cell giant" resolves to; unresolved stays unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.context import (
    ANAPHOR,
    SHARE_TALK,
    Resolver,
    Sentence,
    number_id,
    restates,
    share_talk,
    slug,
)
from evkb.kb.records.dateline import reported_quarter
from evkb.kb.records.holders import (
    LIST_GAP,
    PRONOUNS,
    asked_about,
    described_before,
    holder_of,
    host_in_header,
    in_aside,
    may_hold,
    respective_holders,
    subject_before,
)
from evkb.kb.records.periods import (
    UNDATED,
    YEAR_TO_DATE,
    Dateline,
    clause_periods,
    dates,
    frame_of,
)
from evkb.kb.records.relative_periods import (
    EARLIER,
    EARLIER_OWN,
    IN_VIEW,
    LEGEND,
    RELATIVE_COLUMN,
    UNCHANGED,
    shifted,
    to_date,
    undatable,
)
from evkb.kb.records.share_figures import BY_BEFORE, holds_part, is_share_figure, is_target
from evkb.kb.records.share_tables import share_sections, table_shares
from evkb.kb.records.share_words import (
    bound_of,
    placed_figure,
    rank_of,
    ranks_in_brackets,
    ranks_stated_after,
    row_rank,
    scope_metric,
)
from evkb.model import HEADING, Passage, Quantity, Share

_SAME_IN_VIEW = re.compile(
    r"[^.;%\d]{0,30}?\b(?:in|during|over|for|across)\s+the\s+same\s+(?:period|quarter|half|months?|time)\b"
    r"(?!\s+(?:a\s+year|last\s+year|the\s+previous|of|in)\b)",
    re.I,
)
# "(2025E: 65.9%)", "2026F: 41%": an analyst's estimate or forecast, not a share held.
_ESTIMATE = re.compile(r"(?:19|20)\d{2}\s?[EF]\s*:\s*$")


def extract_shares(
    source: str,
    sentences: Sequence[Sentence],
    resolver: Resolver,
    names: dict[str, str],
    written: Dateline = UNDATED,
    passages: Sequence[Passage] = (),
) -> list[Share]:
    """Every market-share figure of the body sentences; `written` is when the article was
    written, for the periods it names against that ("in May", "last year")."""
    seen: set[str] = set()
    running = ""  # the last period a sentence of the passage named
    carried = ""  # the last period a sentence with a percent named, for the next passage
    passage = ""
    # The period a ranking is about: it goes on to the following figures that name none, until
    # a few sentences pass without a share ("Borealis ranked second with 15.8 percent").
    ranking, ranking_scope, ranking_seen = "", "", -10
    talks = [
        share_talk(s.text)
        or (
            any(q.unit == "percent" for q in s.quantities)
            and (holds_part(s.text) or ranks_in_brackets(s.text) or placed_figure(s.text))
        )
        for s in sentences
    ]
    bracketed = ""  # the period a table's bracketed figures are of ("H1 2024 in brackets")
    holders: dict[int, set[str]] = {}  # the companies each sentence gives a share to
    groups: dict[int, set[str]] = {}  # the groups ("LFP", "Chinese suppliers") likewise
    # A results call that states no date of writing is held on its quarter ("Q3 2026 Earnings
    # Call"): "last year" and "the quarter" count from it.
    reported = reported_quarter(passages)
    if reported and not written.stated:
        written = Dateline(reported, True, written.fiscal)
    frame = frame_of(sentences, written)
    # A heading about shares ("Global EV battery market share, 2025") opens a section whose
    # first sentences speak of shares, and of its period when they name none.
    sections = share_sections(passages, frame, written)
    asked = asked_about(passages, resolver, names)
    header = host_in_header(passages, resolver, names)
    section_count: dict[str, int] = {}
    for n, sentence in enumerate(sentences):
        opened = sections.get(sentence.passage.id)
        if opened is not None:
            heading, _ = opened
            section_count[heading] = section_count.get(heading, 0) + 1
            talks[n] = talks[n] or section_count[heading] <= _SECTION_SENTENCES
    # Tables whose header dates each column are read as tables, their rows not as sentences.
    # No share talk anywhere (a heading may carry it): no table of shares to read.
    tabled = any(talks) or any(p.kind == HEADING and SHARE_TALK.search(p.text) for p in passages)
    shares, read = (
        table_shares(source, passages, sentences, resolver, names, frame, written)
        if tabled
        else ([], set())
    )
    seen.update(s.id for s in shares)
    # The period a ranking's comparisons are about ("down from 15.9% a year earlier"): an
    # undated figure after "up from" / "compared with" later in the ranking is of that period.
    comparison = ""
    for sentence in sentences:
        if sentence.passage.id in read:
            continue
        if sentence.passage.id != passage:
            # A paragraph that names no period goes on with the one before it ("... in 2024.
            # X was the largest supplier, with a 38.5 per cent share"), never with a plan's.
            passage = sentence.passage.id
            running = carried if written.stated and carried <= written.period else ""
            running = running or sections.get(passage, ("", ""))[1]
        if sentence.index - ranking_seen > 4:
            ranking, comparison, bracketed = "", "", ""
        # A period in "(2024: 26.3%)", "(Q1 2024: 35.1%)" is the bracketed figure's, not the
        # one before.
        named = dates(sentence, frame, written)
        stated = [
            (p, period)
            for p, period in named
            if not BY_BEFORE.search(sentence.text, 0, p)
            and not _PERIOD_LABEL.match(sentence.text, max(0, p - 2))
        ]
        percents = [
            q
            for i, q in enumerate(sentence.quantities)
            if q.unit == "percent" and not restates(sentence.quantities, i)
        ]
        legend = LEGEND.search(sentence.text)
        if legend is not None:
            group = "p" if legend.group("p") else "q"
            bracketed = next(
                (pd for p, pd in stated if legend.start(group) <= p < legend.end(group)), ""
            )
            stated = [(p, pd) for p, pd in stated if not legend.start() <= p < legend.end()]
            ranking_seen = sentence.index
        # A ranking goes on over sentences and paragraphs that no longer say "share".
        last_year_unknown = False
        share_like = False  # a percent of the sentence read as a share
        changes = False  # a percent of the sentence read as a change or a level, no share
        if sentence.text.rstrip().endswith("?"):
            percents = []  # "can you hold 9%-plus into Q4?": a question states no share
        if percents and (ranking or any(talks[max(0, sentence.index - 4) : sentence.index + 1])):
            text = sentence.text
            scope, metric = scope_metric(text)
            # Another market ("the Indian market") is not the ranking's: no period inherited.
            inherited = ranking if not scope or not ranking_scope or scope == ranking_scope else ""
            positions = [sentence.local(q) for q in percents]
            main = ""  # the period of the sentence's first dated figure: the one it is about
            unheld = -1  # the last figure left without a holder
            # "38.1% and 15.2% ... last year": the figures of a list share the date after it.
            last = list(range(len(percents)))
            for n in reversed(range(len(percents) - 1)):
                gap = (positions[n][1], positions[n + 1][0])
                if LIST_GAP.fullmatch(text, *gap) or _NAMED_GAP.fullmatch(text, *gap):
                    last[n] = last[n + 1]  # "X (36.5%), Y (14.1%) and Z (10.9%) ... in 2024"
            respective = respective_holders(sentence, positions, last, resolver)
            own_clause = clause_periods(text, positions, stated)
            opening_at = {p for p, _ in own_clause.values()}
            # "A year earlier the order was reversed, with X on 30.2 per cent": every figure of
            # a sentence that opens on an earlier period is of that period.
            opening = EARLIER.match(text)
            if opening is not None and (
                opening.end() > positions[0][0]
                or min(opening.start(g) for g, v in opening.groupdict().items() if v) > 0
            ):
                opening = None
            group = ""  # the group the sentence's last figure was given to
            last_holder = ""  # the holder the sentence's last figure was given to
            last_rank = 0  # the rank of the sentence's last figure
            # "X took 38.5%, and in the same period last year its share was 44.0%": the
            # earlier period opens the next figure's clause, and is that figure's.
            handed = _clause_openers(text, positions)
            dropped = -1  # the last figure read as no share
            for n, q in enumerate(percents):
                at, end = positions[n]
                # "recoveries of 78 per cent, against 70 per cent assumed": a figure compared
                # with one that is no share is none either
                compared_to_none = (
                    n > 0
                    and dropped == n - 1
                    and _COMPARED.match(text, positions[n - 1][1], at) is not None
                )
                if (
                    compared_to_none
                    or not is_share_figure(sentence, at, end, not q.text[:1].isdigit())
                    or (
                        q.text.lower().startswith("half")
                        and re.search(
                            r"(?:first|second|the|this|that|last|past|lower|upper|bottom|top|other)\s+$",
                            text[:at],
                            re.I,
                        )
                    )
                ):
                    # "X posted the fastest growth, 61.2 percent. Still, the company held
                    # 9.6 percent": no share, but the company it opens on is in view.
                    if sentence.mentions and sentence.mentions[0][1] == 0:
                        holders.setdefault(sentence.index, set()).add(sentence.mentions[0][0])
                    changes, dropped = True, n
                    continue
                share_like = True
                low = positions[n - 1][1] if n else 0
                high = positions[n + 1][0] if n + 1 < len(percents) else len(text)
                if is_target(text, at, end, high, written) or _ESTIMATE.search(text, low, at):
                    continue
                holder, label, how = holder_of(sentence, at, end, low, resolver, names, header)
                if (
                    not how
                    and group
                    and (_COMPARES_TO.search(text, low, at) or _PERIOD_COLON.search(text, low, at))
                ):
                    label, how = group, "group"  # "Korean makers held 18.4%, down from 23.1%"
                if n in respective:
                    holder, how = respective[n], "named"
                    label = names.get(holder, holder)
                pronoun_at = ANAPHOR.search(text, 0, at) if how == "resolved" else None
                if pronoun_at is not None and sentence.passage.id in asked:
                    holder = asked[sentence.passage.id]  # "Q: Is X catching up?" "A: It ..."
                    label, pronoun_at = names.get(holder, holder), None
                if pronoun_at is not None and pronoun_at.group("pron"):
                    # "The Korean battery maker's profit fell ... It also held 41.5%": the
                    # company a description in between names, not one named further back
                    described = described_before(sentences, sentence, resolver)
                    if described:
                        holder, label = described, names.get(described, described)
                if how in ("unknown", "resolved", "") and not may_hold(holder, resolver):
                    # "its" after a sentence whose one holder was "the Korean battery giant"
                    # is that holder, not the researcher the sentence quoted; so is "the
                    # share" that "rose further" with no holder named.
                    # the holders of the last sentence a few back that gave any
                    earlier = next(
                        (
                            holders[i]
                            for i in range(sentence.index - 1, sentence.index - 4, -1)
                            if i in holders
                        ),
                        None,
                    )
                    pronoun = how == "resolved" or label.lower() in PRONOUNS
                    if not how:
                        pronoun = (
                            _BARE_SHARE.search(text, low, at) is not None
                            or _THAT_FIGURE.fullmatch(text, 0, at) is not None
                        )
                    subject = subject_before(sentences, sentence, resolver) if pronoun else ""
                    if pronoun and earlier and len(earlier) == 1:
                        holder = next(iter(earlier))
                        label, how = names.get(holder, holder), "resolved"
                    elif pronoun and subject and not earlier:
                        holder, label, how = subject, names.get(subject, subject), "resolved"
                    elif pronoun and not earlier and len(groups.get(sentence.index - 1, ())) == 1:
                        # "LFP cells made up 46 percent ... In Europe it's lower, maybe 20
                        # percent": the one group the sentence before gave a share
                        label, how = next(iter(groups[sentence.index - 1])), "group"
                    elif how == "resolved":
                        continue
                if not how or (n and unheld == n - 1 and _COMPARED.match(text, low, at)):
                    unheld = n  # "Y had 2.2% (1.9%)": the comparison is Y's too
                    continue
                tail_end = positions[last[n]][1]
                tail_high = positions[last[n] + 1][0] if last[n] + 1 < len(percents) else len(text)
                stop = text.find(";", tail_end, tail_high)
                after_at = [
                    (p, pd)
                    for p, pd in stated
                    if tail_end <= p < (tail_high if stop < 0 else stop) and p not in opening_at
                ]
                after = [pd for _, pd in after_at]
                # A date after an earlier figure belongs to it ("5.1 percent in June 2023").
                before = (
                    [pd for p, pd in stated if low <= p < at and not _in_relative(text, p, at)]
                    if not n
                    else []
                )
                first_at = positions[0][0]
                leading = [
                    pd for p, pd in stated if p < first_at and not _in_relative(text, p, first_at)
                ]
                # "X took 27.4% in the June quarter, ahead of Y on 22.9%": the date after an
                # earlier figure is the sentence's when this one has none of its own.
                between = next((pd for p, pd in stated if low <= p < at), "") if n else ""
                ahead = EARLIER.match(text, end)
                if ahead is not None and n + 1 in handed and ahead.end() == handed[n + 1].end():
                    ahead = None  # the next figure's own
                earlier_year = (
                    ahead or handed.get(n) or EARLIER_OWN.search(text, low, at) or opening
                )
                if earlier_year and UNCHANGED.search(text, end, earlier_year.end()):
                    earlier_year = None  # "25%, unchanged from a year earlier": now's figure
                year_colon = _PERIOD_COLON.search(text, low, at)
                if undatable(text, at, end, stated, bool(after)):
                    as_of = ""  # "in the previous fiscal year": the text does not say when
                elif n in own_clause:
                    as_of = own_clause[n][1]  # "...; last year the figure was 24 per cent"
                elif after and _RELATIVE_YEAR.search(text, end, after_at[0][0]):
                    # "38 per cent of the market last year, and says ... busy into 2028": the
                    # figure's year is "last year", which no date of writing dates here
                    as_of, last_year_unknown = "", True
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
                elif _SAME_IN_VIEW.match(text, end):
                    # "Its rival said its share rose to 7.2% in the same period": the period
                    # the figures before it were of
                    as_of = main or running or inherited or frame
                elif after and not (
                    earlier_year and earlier_year.end() <= text.find(after[0][:4], end)
                ):
                    as_of = after[0]
                elif earlier_year:
                    # "16.4% a year earlier", "6.9% in the previous quarter": the period in
                    # view, shifted back. After "from" it is the sentence's own period ("9.3%
                    # in the three months to September, from 8.1% in the previous quarter"),
                    # else the ranking's.
                    # "5.4% last year and 6.3% the year before": a later figure of the same
                    # holder counts its earlier period from the sentence's own.
                    same = n and holder == last_holder and not _named_between(sentence, low, at)
                    own = main if same or (n and _COMPARES_TO.search(text, low, at)) else ""
                    reference = (
                        leading[-1] if leading else own or inherited or main or running or frame
                    )
                    as_of = shifted(reference, earlier_year)
                    last_year = (
                        earlier_year.re is EARLIER_OWN and earlier_year["year"][:4] == "last"
                    )
                    if not reference and last_year:
                        # "last year's 12 per cent" with no period in view: the year before
                        # the date of writing, when that is known.
                        as_of = written.shifted(-1)
                elif bracketed and text[:at].rstrip().endswith("("):
                    as_of = bracketed  # a table row's "(35.1%)" under "H1 2024 in brackets"
                elif n and _COMPARED.match(text, positions[n - 1][1], at):
                    # "up from 9.6%", "compared with 5.2%", "(2.4% a year earlier), X had 2.2%
                    # (1.9%)": an undated comparison is of the ranking's comparison period.
                    as_of = comparison
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
                    and _RELATIVE_YEAR.search(
                        text, low, handed[n + 1].start() if n + 1 in handed else high
                    )
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
                        else main or between or inherited or running
                    )
                    in_view = IN_VIEW.match(text, end)
                    if not as_of and (len(percents) > 1 or rank_of(text) or in_view):
                        as_of = frame  # a ranking sentence in an article about one period
                    if not as_of and in_view and in_view.group("part").lower() == "quarter":
                        as_of = written.last("quarter")  # a results call's "in the quarter"
                    if not as_of and YEAR_TO_DATE.search(text):
                        as_of = written.last("month")
                if (
                    n
                    and as_of
                    and as_of != main
                    and (
                        _COMPARED.match(text, positions[n - 1][1], at)
                        or _COMPARES_TO.search(text, low, at)
                    )
                ):
                    comparison = as_of  # "..., down from 38.1% in 2024
                clause = text[low:high]
                tail = _RANK_TAIL.match(text, end, high)
                # "X, the world's third-largest maker of ... cells, held 6.8%": the rank
                # may sit in the holder's apposition, however long.
                named_at = [m[1] for m in sentence.mentions if m[0] == holder and m[2] <= at]
                start = min(at - 80, named_at[-1]) if how == "named" and named_at else at - 80
                rank_text = text[max(low, start) : tail.end() if tail else end]
                # "Y, with 15.2 per cent, was second, while X came third at 9.8%": from X's
                # name on, when it says a rank, it is X's
                own_rank = text[named_at[-1] : tail.end() if tail else end] if named_at else ""
                if named_at and named_at[-1] >= low and rank_of(own_rank):
                    rank_text = own_rank
                if earlier_year or (n and _COMPARED.match(text, low, at)):
                    rank_text = ""  # "down from 25.6 percent the previous year": no rank of its own
                if as_of and written.stated and as_of[:4] > written.period[:4]:
                    continue  # "2% of demand in 2030" in a 2026 article: a forecast
                period = as_of or "undated"
                ident = f"{source}-share-{slug(holder or label)}-{period}-{number_id(q.value)}"
                # A figure a table row stated already still sets the period in view.
                duplicate = ident in seen
                seen.add(ident)
                if as_of and not ranking and not (n and _COMPARED.match(text, low, at)):
                    ranking, ranking_scope = as_of, scope
                if as_of and not main and not earlier_year:
                    main = as_of
                ranking_seen = sentence.index
                if holder:
                    holders.setdefault(sentence.index, set()).add(holder)
                group = label if how == "group" else ""
                if group:
                    groups.setdefault(sentence.index, set()).add(group)
                last_holder = holder
                if duplicate:
                    continue
                rank = rank_of(rank_text) or row_rank(sentence, n, rank_text)
                if not rank and n and last_rank and _FOLLOWED_BY.search(text, low, at):
                    rank = last_rank + 1  # "X ranked first with 44.6%, followed by Y with 17.3%"
                last_rank = rank
                confidence = {
                    "named": 0.8,
                    "resolved": 0.6,
                    "group": 0.6,
                    "header": 0.5,
                    "unknown": 0.4,
                }[how]
                members = tuple(
                    dict.fromkeys(
                        m[0]
                        for m in sentence.mentions
                        if how == "group" and low <= m[1] < at and in_aside(text, m[1], at)
                    )
                )
                if not SHARE_TALK.search(clause) and how == "named":
                    confidence = 0.7
                shares.append(
                    Share(
                        holder=holder,
                        label=label,
                        percent=q.value,
                        bound=bound_of(q.qualifier),
                        cite=sentence.cite(source),
                        members=members,
                        as_of=as_of,
                        scope=scope,
                        metric=metric,
                        rank=rank,
                        text=f"{q.qualifier} {q.text}"
                        if q.qualifier and f"{q.qualifier} {q.text}" in text
                        else q.text,
                        id=ident,
                        origin="extracted",
                        confidence=confidence,
                        rule=f"share: {how} holder",
                    )
                )
        if stated:
            # "... last year, and says it will be busy into 2028. Rival Y held 21 per cent":
            # the year in view is the undated "last year", not the plan's.
            running = "" if last_year_unknown else _period_in_view(sentence, stated, percents)
            # Only a period stated with a percent, or by a lead announcing rows ("... in the
            # first quarter:"), goes on to the next paragraph: "founded in 2017" dates none.
            # A growth rate's date is its own: "output rose 41% ... reached full output in
            # August" dates no share of the next paragraph.
            carried = (
                running
                if (percents and (share_like or not changes))
                or sentence.text.rstrip().endswith(":")
                else ""
            )
    return ranks_stated_after(shares, sentences)


# A year named against the day of writing, which `dates` reads only when that day is known.
_RELATIVE_YEAR = re.compile(r"\b(?:this|current|last|past|next)\s+year\b", re.I)


_SECTION_SENTENCES = 8
# "in the quarter", "this quarter": the quarter in view, with no other words for it between.
_THE_QUARTER = re.compile(
    r"[^.;%\d]{0,40}?\b(?:(?:in|during|for|over)\s+the|this)\s+quarter\b(?!\s+(?:of|to|ended)\b)",
    re.I,
)


# "(2024: 26.3%)", "(Q1 2024: 35.1%)": a bracketed figure labelled with its own period.
_PERIOD_LABEL = re.compile(r"\s?\(\s*[^():]{2,25}:\s*(?=[\d(])")
_PERIOD_COLON = re.compile(r"\(\s*(?P<y>[^():]{2,25}?)\s*:\s*$")


def _clause_openers(text: str, positions: Sequence[tuple[int, int]]) -> dict[int, re.Match[str]]:
    """Figure index -> the earlier period opening that figure's own clause after an earlier
    figure (", and in the same period last year its share was 44.0%")."""
    found: dict[int, re.Match[str]] = {}
    for n in range(1, len(positions)):
        low, at = positions[n - 1][1], positions[n][0]
        for brk in _NEXT_CLAUSE.finditer(text, low, at):
            earlier = EARLIER.match(text, brk.end(), at)
            if (
                earlier is not None
                and min(earlier.start(g) for g, v in earlier.groupdict().items() if v) == brk.end()
                and _SAME_CLAUSE.fullmatch(text, earlier.end(), at) is not None
            ):
                found[n] = earlier
    return found


_NEXT_CLAUSE = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s+", re.I)
_SAME_CLAUSE = re.compile(r"[^,;()%]{1,60}")


def _period_in_view(
    sentence: Sentence, stated: list[tuple[int, str]], percents: Sequence[Quantity]
) -> str:
    """The period a sentence leaves in view for the next: its first date that is not a
    comparison's ("17.4 percent in January, down from 21.9 percent a year earlier and from
    19.2 percent for the whole of last year" leaves January); its last without figures."""
    if not percents:
        return stated[-1][1]
    text = sentence.text
    starts = [sentence.local(q)[0] for q in percents]
    for p, period in stated:
        figure = max((a for a in starts if a < p), default=-1)
        if figure < 0 or not _COMPARES_TO.search(text, max(0, figure - 30), figure):
            return period
    return stated[-1][1]


def _in_relative(text: str, p: int, at: int) -> bool:
    """Whether a date sits in a relative clause that closes before the figure: "Korean
    suppliers, which held the majority as recently as 2024, fell to 36.0%"."""
    return _RELATIVE_OPEN.search(text, max(0, p - 80), p) is not None and "," in text[p:at]


_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whose)\b[^,;()]*$")


def _named_between(sentence: Sentence, low: int, at: int) -> bool:
    return any(low <= m[1] < at for m in sentence.mentions)


# "That's up from 5.1 percent in 2024": the figure the sentence before gave its holder.
_THAT_FIGURE = re.compile(
    r"\W*(?:that|this)(?:['’]s|\s+is|\s+was)\s+(?:up|down)\s+from\s+(?:about\s+|around\s+)?",
    re.I,
)
_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\b", re.I)
_BARE_SHARE = re.compile(r"\b[Tt]he\s+(?:market\s+)?share\b(?!\s+of\s+[A-Z])")
_COMPARES_TO = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?|than|after)\s+(?:about\s+|around\s+)?$",
    re.I,
)
_RANK_TAIL = re.compile(
    r"[^,.;]*(?:,\s+(?:ranking|ranked|placing|in|was|came|finished|placed)\s+(?:it\s+)?"
    r"[\w-]+(?:\s+place)?\b)?"
)
_NAMED_GAP = re.compile(r"\s*\)\s*(?:,|;|and|,\s*and)\s+(?:[A-Z][\w&.'’-]*\s+){1,5}\(\s*")
_COMPARED = re.compile(
    r"[^.;%]{0,12}?(?:\b(?:up|down)\s+from|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?|"
    r"\bfrom)\s+(?:about\s+|around\s+)?$|\s*\($"
)
