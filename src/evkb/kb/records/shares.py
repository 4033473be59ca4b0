"""Market shares: who holds what percent of which market, as of when; one record per period.

A percent is a share when the sentence (or the one before, for a ranking list) speaks of a
share or a market and the percent is not a change ("a jump of 45 percent", "2 percentage
points"), a charge level ("to 80 per cent"), a cost or price change, or a part of sales or a
target ("half of its sales by 2035"). Its holder is the nearest company named before it in the
sentence, or the company "it" / "the Korean cell giant" resolves to; unresolved stays unknown.
The percents dropped as no share are told in `share_dropped.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from evkb.kb.records.context import (
    SHARE_TALK,
    Resolver,
    Sentence,
    number_id,
    restates,
    share_talk,
    slug,
)
from evkb.kb.records.dateline import reported_quarter
from evkb.kb.records.periods import (
    UNDATED,
    Dateline,
    dates,
    frame_of,
)
from evkb.kb.records.relative_periods import EARLIER, LEGEND, interview_today, pointed_back
from evkb.kb.records.share_clauses import (
    COMPARED,
    COMPARES_TO,
    clause_openers,
    clause_periods,
    compared_figure,
    own_dated,
)
from evkb.kb.records.share_compared import behind_name
from evkb.kb.records.share_dropped import no_share
from evkb.kb.records.share_fallback import RULE_HOW, fallback_holder, part_of_volume
from evkb.kb.records.share_figures import (
    holds_part,
    is_target,
    league_table_in_prose,
)
from evkb.kb.records.share_groups import GROUP_HOWS
from evkb.kb.records.share_holders import (
    Holders,
    asked_about,
    figure_holder,
    host_in_header,
    is_interview,
    speakers,
)
from evkb.kb.records.share_lists import LIST_GAP, holders_going_on, respective_holders
from evkb.kb.records.share_made import Holding, Placing, share_records
from evkb.kb.records.share_periods import (
    Figures,
    InView,
    bracket_dated,
    dates_figures,
    figure_period,
    period_in_view,
)
from evkb.kb.records.share_rank_moves import (
    ranks_after_rows,
    ranks_behind,
    ranks_moved,
    ranks_preceding,
)
from evkb.kb.records.share_ranks import (
    rank_in_view,
    ranked_against,
    ranks_following,
    ranks_in_clauses,
    ranks_in_lists,
    ranks_stated_before,
)
from evkb.kb.records.share_restated import without_restatements
from evkb.kb.records.share_tables import aims_sections, share_sections, table_shares
from evkb.kb.records.share_twins import opens_a_change
from evkb.kb.records.share_word_figures import holds_part_in_words
from evkb.kb.records.share_words import (
    placed_figure,
    rank_of,
    ranks_in_brackets,
    ranks_stated_after,
    row_rank,
    scope_metric,
    shares_by_sentence,
)
from evkb.model import HEADING, Passage, Share

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
    # a few sentences pass without a share ("Aurivale ranked second with 15.8 percent").
    ranking, ranking_scope, ranking_seen = "", "", -10
    talks = [
        share_talk(s.text)
        or (
            any(q.unit == "percent" for q in s.quantities)
            and (holds_part(s.text) or ranks_in_brackets(s.text) or placed_figure(s.text))
        )
        for s in sentences
    ]
    league_table_in_prose(sentences, resolver, talks)
    # A part of a market in words ("a third of the cells sold") is share talk in its own
    # sentence only: it opens no window over the digit figures around it.
    worded_talk = [not t and holds_part_in_words(s.text) for t, s in zip(talks, sentences)]
    bracketed = ""  # the period a table's bracketed figures are of ("H1 2024 in brackets")
    keyed = ""  # the one a note's legend gives every bracketed figure after it
    holders: dict[int, set[str]] = {}  # the companies each sentence gives a share to
    groups: dict[int, set[str]] = {}  # the groups ("LFP", "Chinese suppliers") likewise
    # A results call that states no date of writing is held on its quarter ("Q3 2026 Earnings
    # Call"): "last year" and "the quarter" count from it; so does one whose only date is the
    # year of a copyright notice, which the quarter makes exact.
    reported = reported_quarter(passages)
    if reported and (not written.stated or written.period == reported[:4]):
        written = Dateline(reported, True, written.fiscal)
    frame = frame_of(sentences, written)
    # A heading about shares ("Global EV battery market share, 2025") opens a section whose
    # first sentences speak of shares, and of its period when they name none.
    sections = share_sections(passages, frame, written)
    known = Holders(
        sentences,
        resolver,
        names,
        host_in_header(passages, resolver, names),
        asked_about(passages, resolver, names),
        holders,
        groups,
        speakers(passages, resolver, names),
        is_interview(passages),
    )
    section_count: dict[str, int] = {}
    prior: tuple[int, str, list[str]] = (-1, "", [])  # the last sentence's holders
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
    # Figures under a heading of targets ("Targets (fiscal 2030)") are aims, whatever they say.
    aims = aims_sections(passages)
    shares = [s for s in shares if s.cite.passage not in aims]
    read = read | aims
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
            running = carried if written.stated and not written.precedes(carried) else ""
            running = running or sections.get(passage, ("", ""))[1]
        if sentence.index - ranking_seen > 4:
            ranking, comparison, bracketed = "", "", keyed
        # A period in "(2024: 26.3%)", "(Q1 2024: 35.1%)" is the bracketed figure's, not the
        # one before.
        named = pointed_back(
            sentence.text, dates(sentence, frame, written), (frame, running, ranking)
        )
        stated = [
            (p, period) for p, period in named if dates_figures(sentence.text, p, period, written)
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
            # "Figures in brackets are for 2024." alone in a note: the key of the whole report
            keyed = bracketed if not percents and legend.group("q") else keyed
        # "1. X 31.2% (2025: 28.4%)", then "2. Y 20.1% (22.0%)": the first bracket dates the rest
        pointed = next((pd for p, pd in named if bracket_dated(sentence.text, p)), "")
        bracketed = bracketed or (pointed if legend is None else "")
        # A ranking goes on over sentences and paragraphs that no longer say "share".
        last_year_unknown = False
        share_like = False  # a percent of the sentence read as a share
        changes = False  # a percent of the sentence read as a change or a level, no share
        if sentence.text.rstrip().endswith("?"):
            percents = []  # "can you hold 9%-plus into Q4?": a question states no share
        in_talk = bool(
            ranking
            or worded_talk[sentence.index]
            or any(talks[max(0, sentence.index - 4) : sentence.index + 1])
        )
        # The general path: a figure beside a company the document knows, in an article that
        # speaks of shares, is read too; what it gives is the fallback's (share_fallback.py).
        broad = (
            not in_talk
            and bool(sentence.mentions)
            and part_of_volume(sentence, [sentence.local(q) for q in percents])
        )
        if percents and (in_talk or broad):
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
            respective = respective_holders(sentence, positions, last, resolver, sentences)
            given: list[str] = []  # the company each figure read as a share was given to
            own_clause = clause_periods(text, positions, stated)
            # "A year earlier the order was reversed, with X on 30.2 per cent": every figure of
            # a sentence that opens on an earlier period is of that period.
            opening = EARLIER.match(text)
            if opening is not None:
                # also a clause the sentence opens after a colon: "For X that is a big step: a
                # year earlier it had 8.9%"
                begins = min(opening.start(g) for g, v in opening.groupdict().items() if v)
                if opening.end() > positions[0][0] or (
                    begins > 0 and not _CLAUSE_OPENS.search(text, 0, begins)
                ):
                    opening = None
            group = ""  # the group the sentence's last figure was given to
            last_holder = ""  # the holder the sentence's last figure was given to
            last_as_of = ""  # the period the sentence's last share figure was given
            last_rank = 0  # the rank of the sentence's last figure
            # "X took 38.5%, and in the same period last year its share was 44.0%": the
            # earlier period opens the next figure's clause, and is that figure's.
            handed = clause_openers(text, positions, last)
            fig = Figures(sentence, positions, last, stated, named, own_clause, opening, handed)
            dropped = -1  # the last figure read as no share
            held: dict[int, str] = {}  # the holder each figure was given
            for n, q in enumerate(percents):
                at, end = positions[n]
                if no_share(sentence, q, positions, n, dropped):
                    # "X posted the fastest growth, 61.2 percent. Still, the company held
                    # 9.6 percent": no share, but the company it opens on is in view.
                    if sentence.mentions and sentence.mentions[0][1] == 0 and not broad:
                        holders.setdefault(sentence.index, set()).add(sentence.mentions[0][0])
                    changes, dropped = True, n
                    continue
                share_like = True
                low = positions[n - 1][1] if n else 0
                high = positions[n + 1][0] if n + 1 < len(percents) else len(text)
                if is_target(text, at, end, high, written) or _ESTIMATE.search(text, low, at):
                    continue
                if not respective.get(n):
                    respective |= holders_going_on(sentence, positions, last, n, given, prior)
                found = figure_holder(known, sentence, positions, n, group, respective, bracketed)
                holder, label, how = found or ("", "", "")
                general = broad  # a record of the general path: no period or holder in view
                if not how:
                    holder = fallback_holder(sentences, sentence, positions, n, held.get(n - 1, ""))
                    label, how, general = (
                        names.get(holder, holder),
                        RULE_HOW if holder else "",
                        True,
                    )
                if general and (not holder or how not in ("named", "resolved", RULE_HOW)):
                    how = ""  # the general path proposes companies' shares only
                if not how or (
                    n
                    and unheld == n - 1
                    and (
                        COMPARED.match(text, low, at)
                        # "Fires accounted for 35 percent of the claims ..., against 12
                        # percent in 2024": no one's, as the figure it is compared with
                        or (
                            COMPARES_TO.search(text, low, at)
                            and not any(low <= m[1] < at for m in sentence.mentions)
                        )
                    )
                ):
                    unheld = n  # "Y had 2.2% (1.9%)": the comparison is Y's too
                    continue
                as_of, earlier_year, year_unknown = figure_period(
                    fig,
                    n,
                    holder,
                    last_holder,
                    InView(
                        main,
                        inherited,
                        running,
                        frame,
                        written,
                        reported,
                        bracketed,
                        comparison,
                        last_as_of,
                    ),
                )
                last_year_unknown = last_year_unknown or year_unknown
                # "today" in an interview: its date, which no other figure inherits
                today = interview_today(text, positions, n, written) if known.interview else ""
                as_of = today or as_of
                if (
                    n
                    and as_of
                    and as_of != main
                    and (
                        COMPARED.match(text, positions[n - 1][1], at)
                        or COMPARES_TO.search(text, low, at)
                    )
                ):
                    comparison = comparison if general else as_of  # "..., down from 38.1% in 2024
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
                # "X held 14%, second only to Y's 22%": Y is whom X's rank is measured against
                against = ranked_against(text, named_at[-1]) if named_at else None
                if against is not None and not rank_of(own_rank):
                    rank_text = own_rank
                if earlier_year or (
                    n and (COMPARED.match(text, low, at) or COMPARES_TO.search(text, low, at))
                ):
                    rank_text = ""  # "down from 25.6 percent the previous year": no rank of its own
                if as_of and written.stated and as_of[:4] > written.period[:4]:
                    continue  # "2% of demand in 2030" in a 2026 article: a forecast
                period = as_of or "undated"
                ident = f"{source}-share-{slug(holder or label)}-{period}-{number_id(q.value)}"
                # A figure a table row stated already still sets the period in view.
                duplicate = ident in seen
                seen.add(ident)
                # "from 2.5% to 1.8%": the change's start is of the period compared with
                opening_change = opens_a_change(text, positions, n, low)
                # "X, which supplied 40% a year earlier, slipped to 27.4%": a figure shifted
                # back opens no ranking of its period
                if (
                    as_of
                    and not ranking
                    and not general
                    and not earlier_year
                    and not compared_figure(text, n, low, at, end)
                ):
                    ranking, ranking_scope = (as_of, scope) if not opening_change else ("", "")
                if as_of and not main and not earlier_year and not today and not opening_change:
                    main = as_of
                ranking_seen = ranking_seen if general else sentence.index
                held[n] = holder
                if holder and not general:
                    holders.setdefault(sentence.index, set()).add(holder)
                group = label if how in GROUP_HOWS else ""
                if group:
                    groups.setdefault(sentence.index, set()).add(group)
                last_holder = holder
                last_as_of = as_of
                given.append(holder if how in ("named", "resolved") and not general else "")
                rank = (
                    rank_in_view(rank_text, as_of)
                    or row_rank(sentence, n, rank_text)
                    or ((against or 0) if rank_text else 0)
                )
                if rank > 1 and behind_name(text, low, at):
                    rank -= 1  # "the second-largest, behind Y with 36 percent": Y is first
                if duplicate:
                    # "Quanlu, ranked third, held 9.2%" after a table row without a rank: the
                    # prose gives the row's figure its rank
                    if rank:
                        _rank_unranked(shares, ident, rank)
                    continue
                if not rank and n and last_rank and _FOLLOWED_BY.search(text, low, at):
                    rank = last_rank + 1  # "X ranked first with 44.6%, followed by Y with 17.3%"
                last_rank = rank
                if (
                    rank
                    and as_of != ranking
                    and not general
                    and not earlier_year
                    and not opening_change
                    and own_dated(text, stated, as_of)
                    and not compared_figure(text, n, low, at, end)
                ):
                    # "X is the leader with 30% this year. ... Y is second with 18%": a placed
                    # figure dated in its own sentence starts the ranking of its period
                    ranking, ranking_scope = as_of, scope
                shares.extend(
                    share_records(
                        source,
                        sentence,
                        q,
                        Holding(holder, label, RULE_HOW if general else how),
                        (low, at),
                        clause,
                        Placing(as_of, scope, metric, rank),
                        ident,
                        seen,
                        names,
                    )
                )
            if broad:
                share_like = changes = False  # read by the general path only: no period carried
            else:
                prior = (sentence.index, sentence.passage.id, given)
        if stated:
            # "... last year, and says it will be busy into 2028. Rival Y held 21 per cent":
            # the year in view is the undated "last year", not the plan's.
            running = (
                "" if last_year_unknown else period_in_view(sentence, stated, percents, running)
            )
            if running and written.stated and running[:4] > written.period[:4]:
                running = ""  # "... when it opens in 2027. X today collects 60%": a plan's year
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
    # Ranks stated apart from a figure's own words: the passes replace shares in place.
    by_sentence = shares_by_sentence(shares, sentences)
    for rank_pass in (
        ranks_in_clauses,
        ranks_stated_before,
        ranks_stated_after,
        ranks_in_lists,
        ranks_following,
        ranks_behind,
        ranks_preceding,
        ranks_after_rows,
        ranks_moved,
    ):
        shares = rank_pass(shares, sentences, by_sentence)
    return without_restatements(shares, sentences)


def _rank_unranked(shares: list[Share], ident: str, rank: int) -> None:
    for n, share in enumerate(shares):
        if share.id == ident and not share.rank:
            shares[n] = replace(share, rank=rank)


_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\b", re.I)
_RANK_TAIL = re.compile(
    r"[^,.;]*(?:,\s+(?:ranking|ranked|placing|in|was|came|finished|placed)\s+(?:it\s+)?"
    r"[\w-]+(?:\s+place)?\b|"
    # "14% of the batteries collected, the second-largest share after X": the apposition
    # after the figure ranks it
    r",\s+(?:which\s+(?:made|makes|put|puts|left|leaves)\s+it\s+)?the\s+(?:[\w-]+[- ])?"
    r"(?:largest|biggest)\s+(?:share|supplier|maker|producer|brand|seller|player)\b)?"
)
_NAMED_GAP = re.compile(r"\s*\)\s*(?:,|;|and|,\s*and)\s+(?:[A-Z][\w&.'’-]*\s+){1,5}\(\s*")
_SECTION_SENTENCES = 8
_CLAUSE_OPENS = re.compile(r"[:;\u2013\u2014]\s*$")
