"""Where a sentence's named products go: each name's maker, the product it is (one named
before, a version of one, or a new one), and the figures it takes from what the text said of
its maker just before (the chemistry a maker chose, a plant's start, an introduced line's)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evkb.kb.records.battery_able import able_maker, cells_only, lends_only, unable
from evkb.kb.records.battery_answers import in_answer
from evkb.kb.records.battery_bought import seller
from evkb.kb.records.battery_candidates import chemistry_before, line_maker, model_shaped
from evkb.kb.records.battery_cars import car_model
from evkb.kb.records.battery_defined import Definitions, role_owner
from evkb.kb.records.battery_firm_starts import firm_start
from evkb.kb.records.battery_funded import Funding
from evkb.kb.records.battery_initials import spelt_maker
from evkb.kb.records.battery_introduced import introducer, join_introduced
from evkb.kb.records.battery_line_figures import line_figures
from evkb.kb.records.battery_lines import _anaphors, bought_from_unnamed, bought_in
from evkb.kb.records.battery_makers import (
    maker_fact,
    named_maker,
    principal,
    referred_maker,
    running_maker,
    speaker,
)
from evkb.kb.records.battery_mentions import _ITS, _ITS_BEFORE, maker_next
from evkb.kb.records.battery_side_roles import side_named
from evkb.kb.records.battery_specs import _fact
from evkb.kb.records.battery_stated import only_customers, stating_maker
from evkb.kb.records.battery_storage_units import supplied_before
from evkb.kb.records.battery_store import adopt_unowned, also_named, named_before, new_product
from evkb.kb.records.battery_version_makers import trim_maker
from evkb.kb.records.battery_versions import trim_version, version_written
from evkb.kb.records.battery_words import _CHEMISTRY
from evkb.kb.records.context import Resolver, Sentence, slug
from evkb.model import Battery, Fact

_DEFINITE = re.compile(r"\b(?i:the|this|that)\s+(?:new\s+)?$")
_CELL_SPECS = frozenset(["energy_density", "energy", "range", "charging", "cycles", "cost_change"])

Named = tuple[str, int, int, str]  # a name, where it starts and ends, and how it was found
Figures = list[tuple[int, Fact]]  # a sentence's figures, each with its offset
Prior = tuple[int, str, list[Fact]]  # a sentence's index, a maker and the figures it gave


def place_named(
    named: Sequence[Named],
    sentence: Sentence,
    sentences: Sequence[Sentence],
    definitions: Definitions,
    source: str,
    names: dict[str, str],
    resolver: Resolver,
    batteries: dict[str, Battery],
    facts: Figures,
    active: str | None,
    named_at: int,
    lineage: dict[str, str],
    stance: Prior,
    introduced: Prior,
    funded: Funding,
) -> tuple[list[tuple[int, str]], Figures, Prior]:
    """Each name of the sentence as the product it is (made or found in `batteries`), with its
    offset; the sentence's figures with the chemistry its maker was said to choose added, and
    the line a maker was just said to make (`introduced`), as the next sentence may name it."""
    placed: list[tuple[int, str]] = []
    # "Quelmar Motors, which started deliveries in March, sells ...": the company's start.
    facts = [(o, f) for o, f in facts if f.attribute != "launch" or not firm_start(sentence, o)]
    for name, at, _end, kind in named:
        if (
            kind == "line"
            and active is not None
            and batteries[active].rule == "battery: version product"
            and _ITS_BEFORE.search(sentence.text, max(0, at - 30), at)
        ):
            # "The Nupo also comes as a Long Range model. Its 92 kWh NMC battery ...":
            # the battery of the version in view, not a line of its maker's.
            placed.append((at, active))
            continue
        if kind != "line" and bought_from_unnamed(sentence, _end):
            continue
        if kind != "line" and definitions.company(name):
            continue  # '"VTC" means Vetra Cells Ltd': a company's short name, no product
        maker = named_maker((name, at, _end, kind), sentence, sentences, names, resolver, batteries)
        if kind not in ("version", "car") and (owner := role_owner(sentence, at, definitions)):
            maker = owner  # "the Company's AX-90 cell": the company the document defines so
        if kind == "made":
            # The maker is the company doing the making, named or referred to ("The
            # company said it would start ..."), and a year must date the line.
            by = [m for m in sentence.mentions if m[2] <= at]
            referred = [m.end() for m in _anaphors(sentence) if m.end() <= at]
            if referred and (not by or referred[-1] > by[-1][2]):
                maker = referred_maker(sentence, at, resolver, sentences)
            elif by:
                maker = by[-1][0]
            # else: a plant makes them, and the maker is the company in view
            # ... or a spec of the cells themselves: "supplies NCMA pouch cells rated
            # at 300 Wh/kg". A supply deal's date is the deal's, not the line's launch.
            of_cells = any(f.attribute in _CELL_SPECS for _, f in facts)
            dated = any(f.attribute == "launch" and f.value for _, f in facts)
            supplied = "suppl" in sentence.text[max(0, at - 40) : at].lower()
            if not of_cells and (supplied or not dated):
                if (chem := _CHEMISTRY.search(name)) and maker:
                    # "... to mass-produce lithium-metal cells": the chemistry of the
                    # cell the next sentences may name.
                    label = chem.group()
                    made = _fact("chemistry", label, sentence, source, text=label)
                    introduced = (sentence.index, maker, [made])
                continue
            if (chem := _CHEMISTRY.search(name)) and maker:
                # "... will start mass production of a solid-state cell in 2028": a line of
                # its own, which the next sentence may still name ("The cell, called ...").
                label = chem.group()
                introduced = (sentence.index, maker, [_fact("chemistry", label, sentence, source)])
        if not maker and not sentence.mentions and model_shaped(name):
            # "The second is the P7, a prismatic cell that it says stores 270 Wh/kg":
            # a model's name in a sentence naming no company is the article's company's.
            # Not a company named in a side role: a rival, a shareholder, a lender.
            maker = principal(sentences, sources_too=False, besides=side_named(sentences))
        if not maker and not sentence.mentions and in_answer(sentence, sentences):
            # "Quell: ... The line makes one product only, the Corrib cell": an interview's
            # answer naming no company speaks of the company the interview is with.
            maker = speaker(sentences, resolver)
        if not maker and kind == "named" and (supplier := supplied_before(sentence, sentences)):
            # "The containers will come from the supplier Penlow Energy. Each Corrib unit
            # stores 4.6 MWh": the supplier the sentence before names makes what it supplies.
            maker = supplier
        as_written = version_written(name, _end - len(name), sentence) if kind == "version" else ""
        if kind == "car":
            # "Corra E4": the model's name, and the name as written another of it.
            as_written, name = name, car_model(name, at, sentence)
        lender = lends_only(maker, funded.lenders, resolver)
        if maker in funded and (lender or unable(maker, resolver)):
            # "METI has approved a subsidy for the project. The new line will make only the
            # NE-5", "Kelso Bank has granted a loan for the company's second-generation cell":
            # the company the lender or the ministry pays, not one named before it.
            maker = funded[maker]
        maker = able_maker(maker, sentence, resolver, sentences, funded.lenders)
        if not maker and kind == "named" and active in batteries:
            maker = running_maker(sentence, at, batteries[active], named_at, sentences)
        if kind not in ("version", "car"):  # a version's maker was sought as a car's
            maker = trim_maker(name, maker, sentence, at, sentences, names, resolver)
        # "The first-generation SkyStack" after "Pomeril's SkyStack 2": one line, one
        # maker, whichever company the sentence named last.
        if kind not in ("version", "car"):
            maker = lineage.get(name) or line_maker(name, maker, batteries) or maker
        if (
            kind == "named"
            and not sentence.mentions
            and name not in lineage
            and (ahead := maker_next(sentence, sentences))
            and ahead != maker
            and not unable(ahead, resolver)
        ):
            # "The first product will be a cell called Tolvik. Fenwyra says the cell reaches
            # 175 Wh/kg": the company stating what the product does is its maker, not the one
            # the text spoke of before (a utility, a lender).
            maker = ahead
        elif (
            kind == "named"
            and only_customers(sentence)
            and name not in lineage
            and (ahead := stating_maker(sentence, sentences))
            and ahead != maker
            and not unable(ahead, resolver)
        ):
            # "The cell for Ardane, called AX-46, ... Velkor states an energy density of
            # 295 Wh/kg", "Each bus uses seven of its Norrpack 3 packs. A Norrpack 3 ..., and
            # Velkor guarantees it": who answers for its figures makes it, not its customer.
            maker = ahead
        if kind == "named" and (introducing := introducer(sentence, at, introduced)):
            maker = introducing  # "The cell, called the Tesvik, ...": the line just introduced
        if kind == "named" and (sold_by := seller(sentence, _end)):
            maker = sold_by  # "I chose the RR-9 pack from Quelmar": the company it came from
        if kind not in ("version", "car", "line") and (
            spelt := spelt_maker(
                name,
                maker,
                resolver.mentioned,
                names,
                lambda c: unable(c, resolver) or lends_only(c, funded.lenders, resolver),
            )
        ):
            maker = (
                spelt  # "the QPS-Bus 155" after a grant: Quarry Power Systems's, not the giver's
            )
        if kind == "line" and (
            not maker
            or not line_figures(sentence.text, at, facts)
            or bought_in(sentence, sentences)
            or cells_only(maker, sentence, at, _end)
        ):
            continue
        ident = f"{slug(maker) if maker else slug(source)}-{slug(name)}"
        if ident not in batteries:
            # "The Gen 2 cell" is the one product the article named so before,
            # whoever is in view; "Its Long Range model" is the company in view's.
            definite = _DEFINITE.search(sentence.text, max(0, at - 20), at)
            inferred = "" if definite else maker
            ident = named_before(name, inferred, batteries) or ident
        if ident in batteries and (version := trim_version(sentence.text, batteries[ident])):
            ident = version.id
            batteries.setdefault(ident, version)
        elif ident in batteries:
            also_named(batteries, ident, name)
        if ident not in batteries:
            batteries[ident] = new_product(
                ident,
                name,
                maker,
                maker_fact(maker, sentence, sentences, source),
                kind,
                _CONFIDENCE.get(kind, 0.55),
            )
            if maker:
                adopt_unowned(batteries, ident)
            if not any(f.attribute == "chemistry" for _, f in facts):
                # The product in view's own names: a chemistry said of it is not the new one's.
                in_view = batteries[active].names if active in batteries else ()
                facts = facts + [
                    (at, f) for f in chemistry_before(sentence, sentences, maker, source, in_view)
                ]
        if kind == "named" and maker and maker == introducer(sentence, at, introduced):
            stated = {f.attribute for _, f in facts}
            join_introduced(batteries, ident, introduced, sentences, source, stated)
        if as_written and as_written != name:
            also_named(batteries, ident, as_written)
        chem = _CHEMISTRY.search(name)
        if kind in ("line", "made") and chem:
            label = chem.group()
            # The line's chemistry is its name's; one written after an earlier product
            # of the sentence stays that product's.
            earlier = [a for _, a, _, _ in named if a < at]
            facts = [
                (p, f)
                for p, f in facts
                if f.attribute != "chemistry" or (earlier and earlier[0] <= p < at)
            ] + [
                (
                    at,
                    _fact("chemistry", label, sentence, source, text=label, confidence=0.6),
                )
            ]
        if (
            stance[0] == sentence.index - 1
            and stance[1] == maker
            and _ITS.match(sentence.text)
            and not any(f.attribute == "chemistry" for _, f in facts)
        ):
            # "X has doubled down on LFP. Its Veranda cell ...": the chemistry the
            # maker was just said to choose is its new product's.
            facts = facts + [(at, f) for f in stance[2]]
        placed.append((at, ident))
    return placed, facts, introduced


_CONFIDENCE = {
    "named": 0.7,
    "listed": 0.65,
    "version": 0.65,
    "car": 0.6,
    "made": 0.5,
    "candidate": 0.5,
}
