"""Investments, subsidies and plants: money committed by a company, and the plants it builds.

A sentence with an amount of money and a word of committing it ("invest", "spend", "subsidy",
"loan", "plant") is an investment of the company it names (or resolves "it" to); a sentence
about a plant or factory with a capacity, a number of jobs or an amount is a plant, with the
place named after "in" or "at". A sentence that goes on about the plant just announced gives
what it states to that plant (`investment_going_on.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from evkb.kb.records.clauses import in_every_currency, sentence_clauses, sums
from evkb.kb.records.context import Resolver, Sentence, number_id, slug
from evkb.kb.records.investment_aid_places import placed_aid
from evkb.kb.records.investment_committed import committed_sums
from evkb.kb.records.investment_companies import companies_of
from evkb.kb.records.investment_converted import folded_conversions
from evkb.kb.records.investment_fields import field_owner, labelled_sum
from evkb.kb.records.investment_gapped import OWN_SUBJECT, gapped_giver, gapped_parties
from evkb.kb.records.investment_general import general_investments
from evkb.kb.records.investment_going_on import (
    _AT_THE_PLANT,
    _IT_OPENS,
    _NAMED_IN_PASSING,
    _ON_THE_WORKS,
    _OPENS_ON_ITS_PLANT,
    _OPENS_ON_PLANT,
    _OPENS_ON_VENTURE,
    _THE_COST,
    _THE_PLANT,
    goes_on,
)
from evkb.kb.records.investment_headline_years import headline_years
from evkb.kb.records.investment_money import amount_fact, home_currencies
from evkb.kb.records.investment_parties import named_after_from, parties
from evkb.kb.records.investment_places import (
    COUNTY,
    IN_THE_COUNTY,
    ROW_PLACE,
    place_of,
    plant_in,
    year_of,
)
from evkb.kb.records.investment_receivers import builder, funder, plant_owner
from evkb.kb.records.investment_recipients import listed_aid, recipient_lists
from evkb.kb.records.investment_restated import without_restated_aid
from evkb.kb.records.investment_rounds import round_shares
from evkb.kb.records.investment_story import (
    BUILDS_IT,
    SCHEDULED,
    THE_VENTURE,
    aid_unaddressed,
    detail,
    in_part_of,
    kind_of,
    merged,
    other_maker,
    parts_of,
    place_detail,
    plant_figures,
    priced_plant,
    sited_plant,
    venture_in,
)
from evkb.kb.records.investment_subject import defined_company, document_subject
from evkb.kb.records.investment_tax import relief_sum, without_relief, without_relief_givers
from evkb.kb.records.investment_totals import without_totals
from evkb.kb.records.investment_twins import folded_twins
from evkb.kb.records.investment_uses import paid_for_by
from evkb.kb.records.investment_words import (
    KIND,
    PLANT_COSTING,
    RETRACTED,
    commits,
)
from evkb.kb.records.investment_works import work_owner, worked_on
from evkb.model import Investment


def extract_investments(
    source: str,
    sentences: Sequence[Sentence],
    resolver: Resolver,
    is_name: Callable[[str], bool],
    titles: Sequence[str] = (),
) -> list[Investment]:
    """One record per sentence that commits money or announces a plant, with its details (and
    the start year the document's `titles`, its first headings, give a plant)."""
    investments: list[Investment] = []
    seen: dict[str, int] = {}
    last_plant: dict[str, int] = {}  # company -> its last plant record
    latest: int | None = None  # the document's last plant record: "The plant" with no company
    latest_at = 0  # the sentence that made it
    subject = document_subject(sentences, resolver)
    # a company's own minutes or filing: "the Company" all through, its plants its own
    own = subject if subject and defined_company(sentences) == subject else ""
    homes = home_currencies(sentences)
    # Money whose spender the sentence does not name ("Plans for a £640m factory have been
    # approved by the council"): the builder the next sentence names is the spender.
    pending: tuple[int, list] | None = None
    plant_place, plant_place_at, plant_by = "", -9, ""
    county = ""  # the last "X County" named: where "in the county" is
    planned: tuple[int, str] | None = None  # a plant announced without money, and its builder
    carried_by: dict[int, str] = {}  # sentence -> the company its first clause is about
    carried_to: dict[int, str] = {}  # sentence -> whom its first clause's sum is for
    # sentence -> the kind of its first clause's sum and whom it is for
    first_kind: dict[int, tuple[str, tuple[str, ...]]] = {}
    committed: set[int] = set()  # sentences whose first clause commits money
    aid_for: dict[int, str] = {}  # sentence -> who receives its aid from an unnamed giver
    works: tuple[int, str] | None = None  # the last work told unpriced ("will convert its ferry")
    venture = ""  # the joint venture the text names ("The venture, to be called X,")
    whole_of = {s.index: s for s in sentences}  # a clause's whole sentence
    listed = recipient_lists(sentences)  # "The recipients are:" and its items
    for sentence, carried in sentence_clauses(sentences):
        if sentence.index in listed:
            # "- Acme NV: €9.8 million for a plant in X": the list's giver's, to Acme
            aid = (
                None
                if carried
                else listed_aid(
                    source, whole_of[sentence.index], *listed[sentence.index], is_name, homes
                )
            )
            if aid is not None:
                investments.append(aid)
            continue
        given_to = ""  # whom a clause naming only its giver gives to
        if ":" in sentence.text:
            sentence = labelled_sum(sentence)  # "Investment amount (KRW): 684,000,000,000"
        quantities = sentence.quantities
        text = sentence.text
        if "version" in text and RETRACTED.search(text):
            continue  # a correction's withdrawn figures
        if "enture" in text:
            venture = venture_in(sentence) or venture
        works = (sentence.index, owner) if (owner := work_owner(sentence)) else works
        worker = worked_on(works, sentence)  # "The conversion will cost": the work's owner's
        if "County" in text:
            named_county = COUNTY.findall(text)
            county = named_county[-1] if named_county else county
        money = committed_sums(sentence)
        mentions = sentence.mentions
        named = _NAMED_IN_PASSING.match(text) if latest is not None and mentions else None
        if named:
            mentions = [m for m in mentions if m[1] >= named.end()]
        row = ROW_PLACE.match(text, mentions[0][2]) if mentions and mentions[0][1] == 0 else None
        if row and not (any(q.unit == "GWh" for q in quantities) or (row.group("cell") and money)):
            row = None
        priced = priced_plant(sentence, money)  # "The $36-million plant will ..."
        plant = plant_in(text) or row or priced
        going_on = goes_on(sentence, mentions, resolver, investments, latest, latest_at)
        # "raised CHF 35 million to expand its pilot line to 0.5 GWh, which will add 80 jobs":
        # the output and staff a sum pays for are its project's, whatever the project is called
        # (and "The base, built by Acme, has a capacity of 30 GWh": the plant whose sum was told
        # with no builder)
        sized = plant or going_on or money or (pending is not None and _THE_PLANT.search(text))
        capacity, jobs = plant_figures(sentence) if sized else ([], [])
        invest = bool(money) and (
            commits(sentence)
            or row is not None
            # "a $300 million loan from X, and a $150 million prepayment from Y": the sums of a
            # list are all committed when its first is
            or (carried and sentence.index in committed)
            or bool(worker)
        )
        if invest and not carried:
            committed.add(sentence.index)
        if invest and going_on and not plant and (capacity or jobs) and latest is not None:
            # "We will hire 750 workers there, and the state is giving us €40 million": the
            # workers are the plant's, the money is a sum of its own.
            investments[latest] = merged(
                investments[latest],
                [detail("capacity", q, sentence, source, "GWh") for q in capacity]
                + [detail("jobs", q, sentence, source, "count") for q in jobs],
                "",
            )
            capacity, jobs = [], []
        if plant and not money:
            # "... will build a plant in Pécs": where "the facility" of a later sum is,
            # and whose "The investment totals €1.4 billion" is.
            plant_place = place_of(sentence, is_name) or plant_place
            plant_place_at = sentence.index
            builders = companies_of(sentence, resolver, subject)
            plant_by = builders[0] if builders else ""
            if builders:
                planned = (sentence.index, builders[0])
        if plant and not money and not (capacity or jobs) and SCHEDULED.search(text):
            # "Its plant in Kecskemét, Hungary is scheduled to start production in 2026": a plant
            # with no figure is still one, where and when it is stated.
            record = sited_plant(source, sentence, resolver, subject, is_name, investments)
            if record is not None:
                last_plant[builder(record)] = latest = len(investments)
                latest_at = sentence.index
                investments.append(record)
                continue
        if not invest and not (capacity or jobs):
            if (
                latest is not None
                and not investments[latest].year
                and (not mentions or _ON_THE_WORKS.match(text))
                and sentence.index - latest_at <= 2
            ):
                # "Construction begins this fall and production is expected to start in 2027."
                investments[latest] = replace(
                    investments[latest], year=year_of(sentence, sentence.end + 999)
                )
            continue
        if row:
            companies = [mentions[0][0]]
        elif latest is not None and (
            (going_on and not invest and not mentions)
            # ("The plant, to be built with Acme, will employ 1,450": the plant is the subject,
            # whoever else the sentence names)
            or (sentence.index - latest_at <= 3 and (_OPENS_ON_PLANT.match(text) or priced))
        ):
            # "It expects to hire 1,250 people": what follows the plant is the plant's.
            companies = [plant_owner(investments[latest], resolver.companies)]
        else:
            companies = companies_of(sentence, resolver, subject)
            if (
                not invest
                and (capacity or jobs)
                and companies
                and latest is not None
                and not mentions
                and all(funder(c, resolver.companies) for c in companies)
            ):
                # "The Fund has agreed to lend the company £90 million. ... It will employ 190
                # people": "it" read as a lender or a ministry, which builds no plant; the
                # staff are the plant's (a funder the sentence names stays its subject)
                companies = [plant_owner(investments[latest], resolver.companies)]
            if own and not mentions and _OPENS_ON_ITS_PLANT.match(text):
                companies = [own]  # "The plant will cost ... when it starts": not another's
            if invest and ";" in text:
                companies = in_part_of(sentence, money[0], companies)
            if invest and len(money) == 1 and not carried:
                companies = without_relief_givers(sentence, money[0], companies)
        if invest and worker:  # the work's owner first, a giver the sentence names after it
            companies = [worker, *(c for c in companies if c != worker and mentions)]
        gapped = gapped_giver(sentence) if carried and invest else None
        if gapped == "":
            continue  # "and the Fund another $10 million": not the first clause's giver's
        if carried and (not mentions or not OWN_SUBJECT.match(text, 0, mentions[0][1])):
            # A later clause without a subject of its own goes on about the first's; one that
            # names the sum's giver ("and a $150 million prepayment from Acme") is for whoever
            # the first clause's sum was for.
            carried_subject = carried_by.get(sentence.index)
            if mentions and named_after_from(sentence, mentions[0][0]):
                carried_subject = given_to = carried_to.get(sentence.index, "")
            if carried_subject and (not companies or companies[0] != carried_subject):
                companies = [carried_subject, *(c for c in companies if c != carried_subject)]
        if not carried and companies:
            carried_by[sentence.index] = companies[0]
        if (
            not companies
            and not invest
            and latest is not None
            and (going_on or _THE_PLANT.search(text))
        ):
            companies = [builder(investments[latest])]
        if (
            not companies
            and invest
            and planned
            and sentence.index - planned[0] <= 2
            and (priced or _THE_COST.search(text))
        ):
            companies = [planned[1]]
            if not plant:  # the plant announced, now with its cost, output and staff
                plant = _THE_COST.search(text)
                capacity, jobs = plant_figures(sentence)
        elif (
            not companies
            and invest
            and latest is not None
            and sentence.index - latest_at <= 2
            and _THE_COST.search(text)
        ):
            # "... a PLN 800 million loan to finance its plant." then "The total cost of the
            # project is estimated at PLN 2.4 billion": the cost of the plant just announced.
            companies = [builder(investments[latest])]
        if (
            invest
            and not plant
            and planned
            and companies
            and companies[0] == planned[1]
            and sentence.index - planned[0] <= 2
        ):
            plant = _THE_PLANT.search(text)  # "plans to spend $1.1 billion on the project"
        # "Beneficiary: Acme S.A." then "Total investment: ... | Grant: ...": a record's fields
        holder, held_aid = field_owner(sentences, sentence, companies, subject, invest)
        unnamed_giver = carried and sentence.index in aid_for
        if unnamed_giver:
            companies = [aid_for[sentence.index]]  # ", while the federal government adds €150m"
        elif holder:
            companies, unnamed_giver = [holder], held_aid  # "Grant: ...": the holder receives
        elif not companies and invest and subject and KIND[0][1].search(text):
            # "The state will contribute €210 million in regional aid": for the company the
            # document is about, from a giver it does not name as a company.
            companies = [subject]
            unnamed_giver = True
            aid_for[sentence.index] = subject
        if not companies and invest:  # "The money will go towards a £48m plant": the payee's
            companies = [c for c in (paid_for_by(sentence, resolver, money, investments),) if c]
        if not companies and invest and subject and _OPENS_ON_ITS_PLANT.match(text):
            companies = [subject]  # the company slot, empty in the sentence: the document's
        elif invest and subject and sentence.index and _IT_OPENS.match(text):
            # "The board has approved the expansion of X to 14 GWh. It will cost €300 million",
            # "The plant converts ... It was commissioned at a cost of": the plant just told of,
            # the document's company's, whatever else "It" could be
            before = resolver.sentences[sentence.index - 1]
            if _OPENS_ON_PLANT.match(before.text) or (
                not companies
                and (plant_in(before.text) or any(q.unit == "GWh" for q in before.quantities))
            ):
                companies = [subject]
        if venture and _OPENS_ON_VENTURE.match(text):
            # "The joint venture is spending $640 million": the venture the text has named
            companies = [venture, *(c for c in companies if c != venture)]
        if not companies:
            if invest and plant:
                pending = (sentence.index, money)
            continue
        if not carried:
            # the subject found from the story ("The total cost is ..., and €90 million ...")
            carried_by.setdefault(sentence.index, companies[0])
        if not invest and kind_of(resolver, companies[0]) == "government":
            continue  # "the Shire, which approved a worker village for 250 people": it builds none
        details = [detail("capacity", q, sentence, source, "GWh") for q in capacity]
        details += [detail("jobs", q, sentence, source, "count") for q in jobs]
        previous = last_plant.get(companies[0])
        if (
            previous is None
            and latest is not None
            and plant_owner(investments[latest], resolver.companies) == companies[0]
        ):
            previous = latest  # the plant a ministry's money was given for is its receiver's
        if (
            previous is None
            and not invest
            and latest is not None
            and sentence.index - latest_at <= 3
            and _AT_THE_PLANT.search(text)
            and not place_of(sentence, is_name)
        ):
            # "Its unit expects to employ 900 people at the plant": the plant told of
            previous = latest
        if not invest and previous is not None and (going_on or _THE_PLANT.search(text)):
            # "The plant will have a capacity of 40 GWh": details of the plant just announced.
            investments[previous] = merged(
                investments[previous],
                details,
                year_of(sentence, sentence.start + (plant.start() if plant else 0)),
            )
            latest_at = sentence.index
            continue
        details = details[: len(capacity)]
        details += [detail("jobs", q, sentence, source, "count") for q in jobs]
        place = (
            ""
            if unnamed_giver
            else (row.group("place") or row.group("cell"))
            if row
            else place_of(sentence, is_name)
        )
        if (
            not place
            and invest
            and not unnamed_giver
            and (_THE_PLANT.search(text) or (plant and sentence.index - plant_place_at <= 2))
            # another maker's plant is not where the last one is
            and not other_maker(companies[0], plant_by, resolver)
        ):
            place = plant_place  # "... a refinery near X." then "Acme will build the refinery"
        if not place and (plant or invest) and county and IN_THE_COUNTY.search(text):
            place = county  # "a plant in the county" of the commissioners named before
        if place and plant:
            plant_place, plant_place_at, plant_by = place, sentence.index, companies[0]
        if place:
            details.append(place_detail(place, sentence, source))
        amounts = money
        if (
            not invest
            and pending is not None
            and 0 < sentence.index - pending[0] <= 2
            # the builder of "the plant" just spoken of, not a company with a plant of its own
            and (_THE_PLANT.search(text) or BUILDS_IT.search(text))
        ):
            amounts, invest = pending[1], True
        pending = None
        if invest:
            # a tax relief gives a sum its kind only when the sum is the relief's own
            own_relief = relief_sum(text, *sentence.local(amounts[0]))
            kind_text = text if own_relief else without_relief(text)
            kind = next((k for k, rx in KIND if rx.search(kind_text)), "")
            kind = (
                kind
                or (first_kind.get(sentence.index, ("", ()))[0] if gapped else "")
                or "investment"
            )
            if PLANT_COSTING.match(text, sentence.local(amounts[0])[1]):
                kind = "investment"  # "a tax break for a $2.1 billion plant": the plant's cost
            kind = "subsidy" if unnamed_giver and kind == "investment" else kind
            figure = amounts[0]
        else:
            kind = "plant"
            figure = (capacity or jobs)[0]
        kind, by, to = parties(
            sentence, companies, kind, unnamed_giver, resolver, subject, investments
        )
        if gapped:  # "and QDF another $10 million": QDF gives, to the first clause's receiver
            by, to = gapped_parties(gapped, by, to, first_kind.get(sentence.index, ("", ()))[1])
        first_kind.setdefault(sentence.index, (kind, to))
        if not carried and (to or by):
            carried_to[sentence.index] = (*to, *by)[0]
        elif given_to and given_to in by:
            # "..., and a US$150 million prepayment from Acme": Acme gives, to the first's
            by, to = tuple(c for c in companies if c != given_to)[:1], (given_to,)
        if (
            venture
            and kind in ("subsidy", "loan")
            and venture not in by
            and (aid_unaddressed(sentence, resolver) or THE_VENTURE.search(text))
        ):
            to = (venture,)  # "the state offered incentives worth $280 million": for the venture
        year = year_of(sentence, figure.start)
        ident = f"{source}-{kind}-{slug(companies[0])}-{number_id(figure.value)}"
        # A headline and the lede state the same sum ("to spend", "will invest"): one record,
        # with both's details.
        same = f"{slug(companies[0])}-{number_id(figure.value)}-{bool(invest)}"
        whole = parts_of(sentence, amounts, investments, companies[0]) if invest else None
        if whole is None and invest and len(sentence.text) < len(whole_of[sentence.index].text):
            # "a grant of €580 million and a tax credit of €160 million", cut in two: the
            # forms of the €740 million told before, whichever part this is
            original = whole_of[sentence.index]
            whole = parts_of(original, sums(original), investments, companies[0])
        if whole is not None:
            investments[whole] = merged(investments[whole], details, year)
            continue
        if same in seen:
            investments[seen[same]] = merged(investments[seen[same]], details, year)
            if seen[same] == latest or (plant and kind not in ("loan", "subsidy")):
                # the lede restates the headline, now with its own plant: the story goes on
                latest, latest_at = seen[same], sentence.index
            continue
        seen[same] = len(investments)
        if plant or (invest and (capacity or jobs) and kind not in ("loan", "subsidy")):
            # a loan for a plant is for its receiver's plant; a sum spent with the output or
            # staff it pays for is a project the next sentences may go on about
            owner = to[0] if kind in ("loan", "subsidy") and to else companies[0]
            last_plant[owner] = latest = len(investments)
            latest_at = sentence.index
        investments.append(
            Investment(
                id=ident,
                kind=kind,
                amounts=tuple(
                    amount_fact(q, sentence, source, homes)
                    for q in in_every_currency(sentence, amounts)
                )
                if invest
                else (),
                cite=sentence.cite(source),
                by=by,
                to=to,
                year=year,
                qualifier=figure.qualifier if invest else "",
                facts=tuple(details),
                origin="extracted",
                confidence=0.65 if invest else 0.6,
                rule=f"investment: {kind}",
            )
        )
    investments = without_totals(round_shares(source, sentences, investments, subject, homes))
    placed = placed_aid(without_restated_aid(folded_twins(folded_conversions(investments))))
    placed = headline_years(titles, sentences, placed)
    # what no particular rule read: the general path's records, marked as its own
    return general_investments(source, sentences, resolver, is_name, subject, homes, placed)
