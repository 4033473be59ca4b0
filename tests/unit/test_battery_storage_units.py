"""A storage product named by the noun a storage system is sold as ("system", "unit",
"container", "cabinet") and given an energy after its name; and its maker when the sentence
before says where such things come from. A business unit, a system that stores nothing, or an
energy written before the name names no product."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

from evkb.kb.records.battery_storage_units import storage_units


@pytest.fixture(scope="module")
def lex():
    return lexicon()


_HEAD = "Storage news\nBy the Energy Desk\n\n"


@pytest.mark.parametrize(
    ("text", "key", "energy"),
    [
        # the maker's possessive, the energy in an apposition
        (
            "The ferry operator has shortlisted the supplier Tidemark Marine's TM-Tolsey "
            "system, a 2.2 MWh lithium iron phosphate system rated for 7,000 cycles.",
            "tidemark-marine/TM-Tolsey",
            2200.0,
        ),
        # "its" and the energy in a second clause about "the unit"
        (
            "Tidemark Energy assembles home batteries. It has now installed its Gunwale S12 "
            "unit in about 7,000 homes; the unit stores 11.4 kWh.",
            "tidemark-energy/Gunwale S12",
            11.4,
        ),
        # a number of containers, the maker after "supplied by", the energy in figures first
        (
            "The park will use 40 Gunwale containers supplied by Tidemark Energy, holding "
            "3.9 MWh each.",
            "tidemark-energy/Gunwale",
            3900.0,
        ),
    ],
)
def test_a_storage_noun_and_an_energy_name_a_product(tmp_path, lex, text, key, energy):
    got = batteries(tmp_path, lex, _HEAD + text + "\n")
    assert got[key]["energy"] == [energy], got


def test_each_unit_takes_the_maker_the_sentence_before_says_it_comes_from(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        _HEAD + "The containers for the Fenlow project will come from the supplier Tidemark "
        "Energy. Each Gunwale unit stores 4.6 MWh and is rated for 12,000 cycles.\n",
    )
    assert got["tidemark-energy/Gunwale"]["cycles"] == [12000.0], got


@pytest.mark.parametrize(
    "text",
    [
        "Tidemark Energy said its Dutch unit had sold 4 MWh of batteries last year.",
        "Tidemark Energy replaced the billing system of its Gunwale unit in March.",
        "A 4 MWh battery now feeds the Gunwale system of the port.",
    ],
)
def test_no_storage_product_without_an_energy_after_a_name(text):
    from types import SimpleNamespace

    sentence = SimpleNamespace(text=text, quantities=[], mentions=[])
    names = [n for n, *_ in storage_units(sentence)]  # type: ignore[arg-type]
    assert names in ([], ["Dutch"]) and "Gunwale" not in names


def test_a_supplier_not_ending_the_sentence_before_is_not_the_maker(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        _HEAD + "The containers will come from Tidemark Energy, and Fenlow Power will install "
        "them. Each Gunwale unit stores 4.6 MWh.\n",
    )
    assert not [k for k in got if k.endswith("/Gunwale")], got
