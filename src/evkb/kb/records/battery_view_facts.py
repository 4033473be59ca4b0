"""The figures of a sentence that names no product of its own, given to the product in view:
a row of its spec sheet ("Nominal energy: 2.6 kWh" under the one product named), a sentence
referring back to it ("the pack"), a line dedicated to it (its production capacity), "the
company announced that mass delivery will begin ..." (its launch), its maker stating the
cell's figures right after naming it, a cell's spec in a sentence naming no company. A maker
the article credits with one product gives that product the date it starts production.
`batteries.py` asks this of a sentence after the forms that name products.
"""

from __future__ import annotations

from evkb.kb.records.battery_able import cell_sources
from evkb.kb.records.battery_in_view import CELL_OWN, in_view_specs
from evkb.kb.records.battery_lines import _other_line
from evkb.kb.records.battery_mentions import (
    _QUOTE_OPENS,
    VEHICLES_OWN,
    maker_states,
    referred_at,
)
from evkb.kb.records.battery_plants import (
    COMPANY_SAYS,
    DEDICATED,
    PLANT_WORDS,
    maker_launch,
)
from evkb.kb.records.battery_store import (
    add_facts,
)
from evkb.kb.records.battery_tables import (
    spec_row,
)
from evkb.kb.records.context import Sentence
from evkb.model import Battery, Fact


def facts_in_view(
    batteries: dict[str, Battery],
    active: str | None,
    lead: str | None,
    sentence: Sentence,
    facts: list[tuple[int, Fact]],
    named_at: int,
    seen_at: int,
) -> bool:
    """Gives the figures of a sentence that names no product of its own to the product in view
    (`active`; `lead` the headline's, `named_at` and `seen_at` the sentences that last named
    it), by the first form the sentence takes; True for a row of its spec sheet, which is read
    no further."""
    if (
        active is not None
        and (len(batteries) == 1 or active == lead)
        and not {m[0] for m in sentence.mentions} - cell_sources(sentence)
        and spec_row(sentence.text)
    ):
        # "Nominal energy: 2.6 kWh" under the one product the article has named, or under
        # the product its headline announces and the text last named: a row of its spec
        # sheet (after several others, the sheet's title says whose, and it is not read);
        # "Battery: 82 kWh, cells supplied by Acme" names only where its cells come from.
        add_facts(batteries, active, [f for _, f in facts])
        return True
    elif (
        active is not None
        and not _other_line(sentence)
        and not VEHICLES_OWN.search(sentence.text)
        and (cited := referred_at(sentence.text)) >= 0
    ):
        others = sentence.mentions and batteries[active].maker not in {
            m[0] for m in sentence.mentions
        }
        if not others or cited < sentence.mentions[0][1]:
            add_facts(batteries, active, [f for _, f in facts])
    elif (
        active is not None
        and DEDICATED.search(sentence.text)
        and batteries[active].maker in {m[0] for m in sentence.mentions} | {batteries[active].maker}
        and len({m[0] for m in sentence.mentions}) <= 1
    ):
        # "The company plans a dedicated line with an annual capacity of 12 GWh": a line
        # built for the product in view is that product's production capacity.
        add_facts(batteries, active, [f for _, f in facts if f.attribute == "production"])
    elif (
        active is not None
        and COMPANY_SAYS.match(sentence.text)
        and not sentence.mentions
        and not PLANT_WORDS.search(sentence.text)
    ):
        # "The company announced that mass delivery will begin in the fourth quarter of
        # this year", right after it named the product: when the product starts.
        add_facts(batteries, active, [f for _, f in facts if f.attribute == "launch"])
    elif maker_launch(sentence):
        # "Tarvik expects to start volume production in 2027": when a maker the article
        # credits with one product says when production starts, the date is that product's.
        own = [b.id for b in batteries.values() if b.maker == sentence.mentions[0][0]]
        if len(own) == 1:
            add_facts(batteries, own[0], [f for _, f in facts if f.attribute == "launch"])
    elif (
        active is not None
        and sentence.index - named_at <= 2
        and maker_states(sentence, batteries[active].maker)
        and not _other_line(sentence)
    ):
        # "The QX-7 is a cylindrical cell ... Tellmark quotes an energy density of
        # 290 Wh/kg": the maker, right after it named its product, states the cell's figures.
        add_facts(batteries, active, [f for _, f in facts if f.attribute in CELL_OWN])
    elif (
        active is not None
        and (kept := in_view_specs(batteries, active, sentence))
        and not sentence.mentions
        and sentence.index - max(named_at, seen_at) <= 3
        and not _other_line(sentence)
        and not VEHICLES_OWN.search(sentence.text)
        and not _QUOTE_OPENS.match(sentence.text)
    ):
        # "And we've taken it past 6,000 cycles": right after the article's one product,
        # in a sentence naming no company, a cell's spec can only be that product's.
        add_facts(batteries, active, [f for _, f in facts if f.attribute in kept])
    return False
