"""Battery generations and products with their specs, from the sentences that name them.

A product is what `battery_names` finds in a sentence; its specs (`battery_specs`) are the
figures of that sentence and of the following sentences that refer to it ("the battery", "it",
"the 77kWh battery", the car said to use it) while no other product is named. A product named
again ("the Gen 2 cell" after "our second-generation Skarv cell") is the one named before.
Products merge with a generation of the same maker whose name matches up to British and
American spelling; two makers' products never merge; one whose maker stays unknown is dropped.

Following a product through the sentences that refer to it is one pass over one article's
sentences; how names, chemistries and generations are written (`battery_names`,
`battery_words`), how a sentence speaks of a product again (`battery_mentions`), specs, makers,
tables, versions, figures shared among products, a plant's start and capacity
(`battery_plants`), where a sentence's named products go (`battery_placing`) and the products
found so far (`battery_store`) live in their own modules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.battery_able import cell_sources, unable
from evkb.kb.records.battery_anodes import anode_chemistry
from evkb.kb.records.battery_candidates import (
    prose_products,
)
from evkb.kb.records.battery_compared import compared_only
from evkb.kb.records.battery_defined import Definitions
from evkb.kb.records.battery_figures import (
    RESPECTIVELY,
    figures_for,
    older_generation,
    older_subject,
    respectively,
)
from evkb.kb.records.battery_funded import Funding
from evkb.kb.records.battery_generations import line_chemistry
from evkb.kb.records.battery_headings import (
    company_keys,
    headed_battery,
    headed_facts,
    heading_product,
)
from evkb.kb.records.battery_lines import _other_line
from evkb.kb.records.battery_maker_chemistry import maker_chemistry
from evkb.kb.records.battery_mentions import (
    _BOTH,
    _FORMER,
    _FORMER_LATTER,
    _INTRODUCES,
    _THE_CELL,
    named_again,
    one_product,
)
from evkb.kb.records.battery_name_checks import vehicle
from evkb.kb.records.battery_placing import place_named
from evkb.kb.records.battery_plants import (
    launched_before,
    made_alone,
    made_there,
    maker_launch,
    phased,
    plant_chemistry,
    plant_facts,
    plant_owners,
    plant_start,
    plant_started,
)
from evkb.kb.records.battery_predecessors import predecessors_named, replaced_own
from evkb.kb.records.battery_runins import run_in_head, run_in_name
from evkb.kb.records.battery_specs import specs
from evkb.kb.records.battery_store import (
    add_facts,
    joined_aliases,
    lines_named_later,
    named_before,
    without_chemistry,
)
from evkb.kb.records.battery_supplied import SuppliedLines
from evkb.kb.records.battery_tables import (
    ROW_UNITS,
    maker_row,
    spec_label_end,
    table_cells,
    table_row,
)
from evkb.kb.records.battery_trims import trims_named_with_car
from evkb.kb.records.battery_versions import trim_version, version_of
from evkb.kb.records.battery_view_facts import facts_in_view
from evkb.kb.records.battery_words import (
    _CHEMISTRY,
    chemistry_label,
    spelling_key,
)
from evkb.kb.records.company_cues import OPENERS
from evkb.kb.records.company_names import plain_words
from evkb.kb.records.context import Resolver, Sentence
from evkb.kb.records.periods import UNDATED, Dateline
from evkb.model import Battery, Fact

__all__ = ["chemistry_label", "extract_batteries", "joined_aliases", "spelling_key"]

# A plant's start still to come: "where production is scheduled to start in fiscal 2028".
_PLANNED = re.compile(
    r"\b(?:will|would|to\s+(?:start|begin)|scheduled|planned|slated|due|is\s+to|are\s+to)\b"
)


def extract_batteries(
    source: str,
    sentences: Sequence[Sentence],
    resolver: Resolver,
    names: dict[str, str],
    written: Dateline = UNDATED,
    headings: dict[str, str] | None = None,
    funded: Funding | None = None,
) -> list[Battery]:
    """The products and generations of the body sentences, each with the specs stated for it;
    `written` (when the article was written) dates a launch "next year"; `headings` (a heading
    passage's id -> its text) may name the product of the sentences under them; `funded` (a lender
    or grant-giver -> whom it pays, `battery_funded`) whose product one it hands over is."""
    batteries: dict[str, Battery] = {}
    keys = company_keys(names) if headings else {}
    heads: dict[str, tuple[str, str] | None] = {}  # a heading's id -> its product, if it names one
    active: str | None = None
    pair: list[str] = []  # the products of the last sentence naming two: "the former", "the latter"
    header = ""  # the column names of the table being read, as one line of words
    # The last sentence about one company that names no product, and its one chemistry.
    stance: tuple[int, str, list[Fact]] = (-2, "", [])
    vehicles: dict[str, str] = {}  # a car's name -> the product the text says it uses
    # A sentence introducing a product it does not name, its maker ("" when unnamed) and figures.
    teaser: tuple[int, str, list[Fact]] = (-2, "", [])
    # When and at what capacity the plant the article is about starts, before it names what
    # the plant makes: the companies the sentences name ("" for none) and the figures.
    plant: tuple[set[str], list[Fact]] = (set(), [])
    # The chemistry a plant's sentence names as its kind ("an LFP cell line"), and its companies.
    kind: tuple[int, set[str], list[Fact]] = (-9, set(), [])
    named_at = -9  # the sentence that last named the product in view
    # The sentence that last named it again ("In our tests the H10 returned ..."): the article's
    # one product stays in view for the cell's own specs of the sentences after it.
    seen_at = -9
    both: list[str] = []  # one maker's two products named in turn, for "Both packs ..."
    # A line a maker is said to make, named in no sentence yet: where, whose, its chemistry.
    introduced: tuple[int, str, list[Fact]] = (-9, "", [])
    lineage: dict[str, str] = {}  # a name extending a product's name -> that product's maker
    lead: str | None = None  # the one product the headline (the first sentence) names
    runin = ("", "")  # a paragraph under a run-in head naming a product, and that product
    definitions = Definitions(sentences)
    plain: set[str] | None = None
    supplied = SuppliedLines(source, sentences)  # a supplier's cells another product uses
    for sentence in sentences:
        cells = table_cells(sentence.text)
        if cells and not any(q.unit in ROW_UNITS for q in sentence.quantities):
            header = " ".join(cells)  # "| Cell | Chemistry | Fast charge (10-80%) |"
            continue
        header = header if cells else ""
        row_words = header
        if cells and not header:
            # A row under a header the body does not hold (a heading): its first cell may
            # only name a product named before ("Urban" for the "Pelvo Urban"), and a battery
            # table's minutes are its charging time.
            named = [
                n
                for n in table_row(cells, sentence)
                if named_before(n[0], "", batteries) or maker_row(n, cells, sentence)
            ]
            row_words = "charging" if named else ""
        elif cells:
            named = table_row(cells, sentence)
        else:
            named = prose_products(sentence, sentences, batteries, lineage)
            if plain is None:
                plain = plain_words(sentences)
            named = [n for n in named if not _ordinary(n, sentence.text, plain)]
            supplied.read(sentence, named, batteries)
            if not named and (head := run_in_name(sentence)):
                named = [head]
            elif runin[0] == sentence.passage.id and all(n[3] == "line" for n in named):
                named = []  # "... sells the Mira with a 40 kWh LFP battery": the head's pack
            if named and active is not None and active == lead and not sentence.mentions:
                # "Reference pack: 85 kWh" in the headline product's sheet: a row's label
                # names what the figure is, not another product.
                # A version of the headline product is one ("- K4 Long Range: 86 kWh pack").
                label_end = spec_label_end(sentence.text)
                named = [
                    n
                    for n in named
                    if n[1] >= label_end or version_of(n, sentence, batteries[active])
                ]
        under = sentence.passage.heading
        if headings and not cells and under in headings:
            if under not in heads:
                heads[under] = heading_product(headings[under], keys, named)
            headed = heads[under]
            if headed and headed_facts(headed, named, sentence):
                # "Kestova Motors KS-2 — EUR 3,800" over "- Battery: 2.5 kWh LFP": its figures.
                given = [f for _, f in specs(sentence, source, "", written)]
                ident = headed_battery(batteries, headed, named, sentence, sentences, source, given)
                if ident in batteries:
                    add_facts(batteries, ident, given)
                    active, named_at, pair = ident, sentence.index, []
                    heads[under] = (headed[0], batteries[ident].name)  # as the text names it
                continue
        if (
            not named
            and len({m[0] for m in sentence.mentions}) == 1
            and _CHEMISTRY.search(sentence.text)
        ):
            chosen = [f for _, f in specs(sentence, source) if f.attribute == "chemistry"]
            stance = (
                sentence.index,
                sentence.mentions[0][0],
                chosen[:1] if len(chosen) == 1 else [],
            )
        if (
            not named
            and (" that " in sentence.text or " which " in sentence.text)
            and (_INTRODUCES.search(sentence.text))
        ):
            # "A start-up has unveiled a cell that can be recharged ... in 12 minutes": a lede
            # whose product the next sentence names.
            owners = {m[0] for m in sentence.mentions}
            teaser = (
                sentence.index,
                owners.pop() if len(owners) == 1 else "?" if owners else "",
                [f for _, f in specs(sentence, source, "", written)],
            )
        if (
            not named
            and _CHEMISTRY.search(sentence.text)
            and (chosen := plant_chemistry(sentence, specs(sentence, source)))
        ):
            kind = (sentence.index, {m[0] for m in sentence.mentions}, chosen)
        if not named and plant_start(sentence):
            owners = plant_owners(sentence)
            started = [
                f
                for _, f in specs(sentence, source, "", written)
                if f.attribute in ("launch", "production")
                # "The first phase, with 8 GWh, starts in 2027": a phase's size is no product's.
                and (f.attribute == "launch" or not phased(sentence))
            ]
            plant = (owners | plant[0], plant[1] + started)
            if (
                active is not None
                and sentence.index - named_at <= 2
                and _PLANNED.search(sentence.text)
                and any(q.unit == "GWh" for q in sentence.quantities)
                and sum(b.maker == batteries[active].maker for b in batteries.values()) == 1
                and not launched_before(batteries[active], started)
            ):
                # "The cell, code-named Nerunifu, ... Hayate Denchi will invest in a plant
                # where production starts in 2028 with 3 GWh": the plant sized right after the
                # maker's one product is named makes it.
                sized = plant_facts((owners, started), batteries[active], [])
                add_facts(batteries, active, [f for _, f in sized])
                plant = (set(), []) if sized else plant
        if (
            not named
            and plant[1]
            and active is not None
            and sentence.index - named_at == 1
            and made_alone(sentence)
        ):
            # "Its cells are sold as the Velk 3. The plant will make only this cell."
            taken = plant_facts(plant, batteries[active], [])
            add_facts(batteries, active, [f for _, f in taken])
            plant = (set(), []) if taken else plant
        if not named and runin[0] == sentence.passage.id and runin[1] in batteries:
            # Under a run-in head, every figure of the paragraph is its product's.
            active = runin[1]
            add_facts(batteries, active, [f for _, f in specs(sentence, source, "", written)])
            continue
        idle = not named and active is None and len(pair) != 2 and not maker_launch(sentence)
        # "the Long Range went from 10 to 80 percent in 27 minutes" after a sentence about
        # another company: a product named again may still take figures.
        again = (
            named_again(sentence, batteries, vehicles)
            if not named and (not idle or (batteries and sentence.quantities))
            else []
        )
        if idle and len(again) != 1:
            continue  # nothing to attach specs to: spare reading them
        if compared_only(named, sentence, batteries, active):
            named, again = [], [active] if active else []  # "up from 140 Wh/kg for the first X"
        older: list[tuple[int, Fact]] = []
        facts = specs(sentence, source, row_words, written, older)
        if (
            active
            and not named
            and older_subject(batteries, active, sentence, facts, sentences, source)
        ):
            continue  # "The first-generation Saltreve, launched in 2024, managed 145 Wh/kg."
        if batteries and (shared := figures_for(sentence, facts, batteries)):
            for ident, given in shared.items():
                add_facts(batteries, ident, given)
            active, pair = None, []
            continue
        if len(again) == 1:
            active, pair, seen_at = again[0], [], sentence.index
            if version := trim_version(sentence.text, batteries[active]):
                # "The standard-range Tollip is a 64 kWh pack": that version's figures.
                active = version.id
                batteries.setdefault(active, version)
            add_facts(batteries, active, [f for _, f in facts])
            if older:  # "the energy density of Haruvo 2.0 ... compared with the first ... Haruvo"
                older_generation(batteries, active, sentence, older, sentences, source)
            predecessors_named(batteries, active, sentence, sentences, source)
            continue
        if named:
            known = set(batteries)  # products named before this sentence
            placed, facts, introduced = place_named(
                named,
                sentence,
                sentences,
                definitions,
                source,
                names,
                resolver,
                batteries,
                facts,
                active,
                named_at,
                lineage,
                stance,
                introduced,
                funded if funded is not None else Funding(),
            )
            placed = one_product(batteries, placed, sentence.text, known)
            # The rules find names in turn, not in reading order: each name takes the figures
            # after it only when the names are in the order the sentence gives them.
            placed.sort()
            idents = list(dict.fromkeys(i for _, i in placed))
            if len(idents) == 1:
                if sentences and sentence.index == sentences[0].index:
                    lead = idents[0]
                if run_in_head(sentence, named):
                    runin = (sentence.passage.id, idents[0])
                one_maker = (
                    active is not None
                    and active != idents[0]
                    and active in batteries
                    and batteries[idents[0]].maker in ("", batteries[active].maker)
                    and sentence.index - named_at <= 1
                )
                both = [active, idents[0]] if one_maker and active else []
                active, pair, named_at = idents[0], [], sentence.index
                if plant[1]:
                    facts, plant = plant_started(
                        plant,
                        sentence,
                        placed[0][0],
                        bool(known),
                        batteries[active],
                        facts,
                        sentences[max(0, sentence.index - 2) : sentence.index],
                    )
                if (
                    kind[2]
                    # the plant's company, or a plant just before that names none
                    and (
                        batteries[active].maker in kind[1]
                        if kind[1]
                        else sentence.index - kind[0] <= 3
                    )
                    and not any(f.attribute == "chemistry" for _, f in facts)
                    and not batteries[active].values("chemistry")
                    and made_there(sentence, placed[0][0], bool(known))
                ):
                    # "... a lithium iron phosphate cell plant. The new plant's first cell, the
                    # CP-314, ...": the plant's kind is the product's chemistry.
                    facts = facts + [(0, f) for f in kind[2]]
                    kind = (-9, set(), [])
                if (
                    introduced[0] >= sentence.index - 2
                    and introduced[1] == batteries[active].maker
                    and _THE_CELL.match(sentence.text)
                    and not any(f.attribute == "chemistry" for _, f in facts)
                    and not batteries[active].values("chemistry")
                ):
                    # "... will mass-produce a lithium-metal cell. The cell, code-named
                    # Nerunifu, ...": the cell just introduced, now named, is of that chemistry.
                    facts = facts + [(0, f) for f in introduced[2]]
                if car := vehicle(sentence):
                    vehicles[car] = active
                # "It replaces the TE-Bus 2, a 350 kWh pack": the older product named, its figures.
                facts = facts + replaced_own(sentence.text, placed[0][0], older)
                add_facts(batteries, active, [f for _, f in facts])
                if (
                    teaser[0] == sentence.index - 1
                    and active not in known
                    and teaser[1] in ("", batteries[active].maker)
                ):
                    add_facts(batteries, active, teaser[2])
            elif idents:
                # Several products in one sentence: each takes the figures that follow it.
                active, pair = None, idents
                if RESPECTIVELY.search(sentence.text) and len(placed) == len(idents):
                    facts = respectively(placed, facts)
                for n, (at, ident) in enumerate(placed):
                    upto = placed[n + 1][0] if n + 1 < len(placed) else len(sentence.text)
                    start = at if n else 0
                    add_facts(batteries, ident, [f for p, f in facts if start <= p < upto])
        elif (len(both) == 2 or len(pair) == 2) and _BOTH.match(sentence.text):
            # "The Standard Haul carries 420 kWh. The Long Haul gets 560 kWh. Both packs charge
            # ... in 75 minutes": the two products just named, each in turn, or named in one
            # sentence ("... the Mirren pack and the Mirren 2. Both use LFP cells").
            for ident in both if len(both) == 2 else pair:
                if ident in batteries:  # not since taken in by its maker's (`adopt_unowned`)
                    add_facts(batteries, ident, [f for _, f in facts])
        elif len(pair) == 2 and _FORMER.search(sentence.text):
            latter = _FORMER_LATTER.search(sentence.text)
            cut = latter.start() if latter else len(sentence.text)
            add_facts(batteries, pair[0], [f for p, f in facts if p < cut])
            add_facts(batteries, pair[1], [f for p, f in facts if p >= cut])
        elif facts_in_view(batteries, active, lead, sentence, facts, named_at, seen_at):
            continue  # a row of the product's spec sheet
        if older and active is not None:
            older_generation(batteries, active, sentence, older, sentences, source)
        if active is not None:  # "... will also keep making the older TK-21"
            predecessors_named(batteries, active, sentence, sentences, source)
        if (
            active is not None
            and sentence.mentions
            and not named
            and not _other_line(sentence)
            and batteries[active].maker not in {m[0] for m in sentence.mentions}
            # "The pack is built from Acme's NMC cells": where its cells come from is no move.
            and {m[0] for m in sentence.mentions} - cell_sources(sentence)
            and not (
                sentence.index - named_at <= 2
                and all(unable(m[0], resolver) for m in sentence.mentions)
            )
        ):
            # A ministry's subsidy or a researcher's remark right between the product and its
            # figures does not take the text away from it.
            active = None  # the text has moved on to another company
    # A product whose maker the article never makes clear can be neither merged nor compared:
    # it would only ever be a stray.
    trims_named_with_car(batteries, sentences)  # "The Standard model": the Marram Standard
    lines_named_later(batteries)
    line_chemistry(batteries)  # "its second-generation sodium-ion cell": the line's earlier ones
    anode_chemistry(batteries)  # "a solid-state cell with a lithium-metal anode": solid-state
    maker_chemistry(batteries, sentences, resolver, source)  # "the maker of LFP cells"
    return [
        b
        for b in without_chemistry(batteries)
        if b.maker
        and (
            any(f.attribute != "maker" for f in b.facts)
            or b.rule.endswith(("named product", "older product"))
        )
    ]


def _ordinary(named: tuple[str, int, int, str], text: str, plain: set[str]) -> bool:
    """Whether a one-word name is only a sentence's first word, capitalised for standing there,
    that the document writes elsewhere in lower case ("Power is stored in two ... batteries",
    "At pack level ..."): a word of the language, not a product. A name the copy capitalises
    inside a sentence ("The Standard pack") is a name whatever else the text writes."""
    name, at, _, kind = named
    return (
        kind == "named"
        and " " not in name
        and not OPENERS.sub("", text[:at])
        and name.casefold() in plain
    )
