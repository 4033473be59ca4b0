"""The general path for specs: a figure written after a product's name, of a kind the product
has none of, is the product's; a kind it holds already, a name a figure is compared with, or a
name two products share take nothing."""

from __future__ import annotations

import dataclasses

from evkb.kb.extract.quantities import extract_quantities
from evkb.kb.records.battery_named_specs import CONFIDENCE, named_specs
from evkb.kb.records.context import Sentence
from evkb.model import Battery, Citation, Fact, Passage


def sentences(*texts: str) -> tuple[str, list[Sentence]]:
    source = "\n".join(texts)
    out, at = [], 0
    for n, text in enumerate(texts):
        passage = Passage(
            id=f"a:p{n}", source="a", index=n, kind="body", start=at, end=at + len(text), text=text
        )
        quantities = [
            dataclasses.replace(q, start=q.start + at, end=q.end + at)
            for q in extract_quantities(text)
        ]
        out.append(Sentence(passage, at, at + len(text), text, quantities, n, True, []))
        at += len(text) + 1
    return source, out


def product(ident: str, name: str, *facts: tuple[str, float, str]) -> Battery:
    cite = Citation("a", name, "a:p0", 0, len(name))
    return Battery(
        id=ident,
        name=name,
        maker="vantle",
        facts=tuple(Fact(a, v, cite, unit=u) for a, v, u in facts),
        origin="extracted",
        rule="battery: named product",
    )


def values(batteries: list[Battery]) -> dict[str, dict[str, list]]:
    out: dict[str, dict[str, list]] = {}
    for b in batteries:
        for f in b.facts:
            out.setdefault(b.name, {}).setdefault(f.attribute, []).append(f.value)
    return out


def test_a_figure_after_the_name_of_a_kind_it_lacks():
    source, read = sentences("In winter tests the QT-7 charged from 10 to 80% in 19 minutes.")
    got = named_specs([product("qt7", "QT-7", ("energy", 61.0, "kWh"))], source, read)
    assert values(got)["QT-7"]["charging"] == [19.0]
    added = next(f for f in got[0].facts if f.attribute == "charging")
    assert added.confidence <= CONFIDENCE


def test_a_bulleted_line_naming_it():
    source, read = sentences("- QT-7: rated for 6,000 cycles")
    got = named_specs([product("qt7", "QT-7")], source, read)
    assert values(got)["QT-7"]["cycles"] == [6000.0]


def test_two_names_each_take_the_figures_after_them():
    source, read = sentences(
        "On the test bench the QT-7 stored 61 kWh, while the Corvish 2 reached 190 Wh/kg."
    )
    got = values(named_specs([product("qt7", "QT-7"), product("c2", "Corvish 2")], source, read))
    assert got["QT-7"]["energy"] == [61.0]
    assert "energy_density" not in got["QT-7"]
    assert got["Corvish 2"]["energy_density"] == [190.0]


def test_a_kind_it_holds_already_is_not_doubled():
    source, read = sentences("The QT-7 charged from 10 to 80% in 19 minutes in the cold.")
    got = named_specs([product("qt7", "QT-7", ("charging", 18.0, "min"))], source, read)
    assert values(got)["QT-7"]["charging"] == [18.0]


def test_a_name_a_figure_is_compared_with_takes_nothing():
    source, read = sentences(
        "It reaches 205 Wh/kg, up from 175 Wh/kg for the QT-6, and charges in 12 minutes."
    )
    got = values(named_specs([product("qt6", "QT-6")], source, read))
    assert "charging" not in got.get("QT-6", {})


def test_a_name_two_products_share_takes_nothing():
    source, read = sentences("The QT-7 charged from 10 to 80% in 19 minutes.")
    twins = [product("a-qt7", "QT-7"), product("b-qt7", "QT-7")]
    got = named_specs(twins, source, read)
    assert all(not b.facts for b in got)
