"""A company named in full once and by a part of its name afterwards is one company."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.records import Lexicon, extract_records
from evkb.kb.records.company_short_forms import ShortForms


def _companies(text: str) -> dict[str, tuple[str, ...]]:
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    return {c.name: c.aliases for c in extracted.companies}


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (  # the distinctive word after a city
            "Tianbei Ruvolt Power, the Chinese battery maker, opened a cell plant on Monday. "
            "Ruvolt said the plant would employ 900 people.",
            "Tianbei Ruvolt Power",
            "Ruvolt",
        ),
        (  # after a generic word of another language, with the headline naming it first
            "Ruvolt opens Dremmel line\n\n"
            "Motos Ruvolt, the assembler of electric scooters, opened a line in Dremmel. "
            "Ruvolt said it would make 20,000 scooters a year.",
            "Motos Ruvolt",
            "Ruvolt",
        ),
        (  # a legal form written before the name
            "PT Kuroba Nikel Mandiri, the Indonesian nickel producer, signed the deal. "
            "Kuroba Nikel will supply 30,000 tonnes a year.",
            "Kuroba Nikel Mandiri",
            "Kuroba Nikel",
        ),
        (  # the first words of a longer name whose rest says nothing of a place
            "Halvik Mobility Assembly FZE, the scooter maker, leased a hall. "
            "Halvik Mobility said the hall would open in May.",
            "Halvik Mobility Assembly FZE",
            "Halvik Mobility",
        ),
        (  # a body's common words, after its full name
            "The Brask Valley Working Group, an alliance of aid agencies, published its report. "
            "The Working Group said solar batteries were the main need.",
            "Brask Valley Working Group",
            "Working Group",
        ),
    ],
)
def test_a_part_of_a_name_named_after_it_is_the_same_company(text, full, short):
    companies = _companies(text)
    assert short not in companies, companies
    assert short in companies[full]


def test_a_subsidiary_named_by_its_region_stays_a_company_of_its_own():
    forms = ShortForms(["quenby cells europe", "quenby cells"], lambda k: 0)
    assert forms.longer_name("quenby cells") == ""


def test_a_part_named_before_the_longer_name_stays_a_company_of_its_own():
    # "Ruvolt" is introduced on its own before the joint venture that carries its name.
    first = {"ruvolt": 0, "vellmar ruvolt": 3}
    forms = ShortForms(first, first.__getitem__)
    assert forms.longer_name("ruvolt") == ""
    first = {"ruvolt": 3, "vellmar ruvolt": 0}
    assert ShortForms(first, first.__getitem__).longer_name("ruvolt") == "vellmar ruvolt"


def test_a_part_whose_head_is_a_company_of_its_own_stays_apart():
    first = {"sorrento": 5, "vellmar sorrento bank": 0, "vellmar": 1}
    assert ShortForms(first, first.__getitem__).longer_name("sorrento") == ""


def test_a_part_in_two_longer_names_belongs_to_neither():
    first = {"ruvolt": 5, "tianbei ruvolt power": 0, "vellmar ruvolt": 1}
    assert ShortForms(first, first.__getitem__).longer_name("ruvolt") == ""


def test_an_acronym_and_a_place_are_never_a_part_of_a_name():
    first = {"sk": 5, "brask sk": 0, "paris": 6, "quenby paris": 0}
    forms = ShortForms(first, first.__getitem__)
    assert forms.longer_name("sk") == ""
    assert forms.longer_name("paris") == ""


def test_a_department_named_both_ways_is_one_body():
    first = {"department of energy": 0, "energy department": 4}
    assert ShortForms(first, first.__getitem__).longer_name("energy department") == (
        "department of energy"
    )
