"""A grant or a loan whose sentence names only its giver goes on about the sum told just before:
its receiver is whom that sum went to (or who spent it on a plant of its own), not the company
the document names most; a verb that names its receiver by a noun ("awarded the laboratory a
grant") keeps that receiver."""

from __future__ import annotations

from test_investment_direction import _sum

_VENTURE = (
    "Norbeck Cathodes, a joint venture of Vennmark Materials and the Chinese producer "
    "Brisko Chemical, will invest 520 million euros in a cathode plant in Kameoka, Brisko "
    "Chemical said.\n\n"
    "Vennmark holds 60% of the venture and Brisko 40%. Brisko supplies the precursor and "
    "Brisko runs two plants in China.\n\n"
)


def test_a_grant_in_a_clause_of_its_own_goes_to_the_receiver_of_the_first_clause():
    by, to = _sum(
        _VENTURE + "The Ministry of Industry has awarded the project €62 million, and the "
        "Dunmere Regional Council will add a grant of €35 million.\n",
        35e6,
    )
    assert to == ("norbeck-cathodes",) and "norbeck-cathodes" not in by


def test_a_loan_in_the_next_sentence_goes_to_the_receiver_of_the_aid_before():
    by, to = _sum(
        _VENTURE + "The Ministry of Industry has awarded the project €62 million. "
        "Selvik Bank is lending €90 million.\n",
        90e6,
    )
    assert by == ("selvik-bank",) and to == ("norbeck-cathodes",)


def test_a_receiver_the_verb_names_by_a_noun_is_not_the_receiver_told_before():
    _, to = _sum(
        "The Quellmont Technical University has designed a sodium-ion cell. The Quellmont "
        "Technical University tested it for two years. The Quellmont Technical University "
        "will license the design to a company its graduates set up.\n\n"
        "Brisko Bank has lent Orsvik Sodium 12 million US dollars for a pilot line.\n\n"
        "The Ministry of Industry has awarded the laboratory a grant of 4.2 million US dollars "
        "for the next stage of research.\n",
        4.2e6,
    )
    assert "orsvik-sodium" not in to


def test_a_sum_told_further_back_gives_no_receiver():
    _, to = _sum(
        _VENTURE + "The Ministry of Industry has awarded the project €62 million.\n\n"
        "The plant will make cathode material for 18 GWh of cells. It will employ 430 people. "
        "Exports will go to Poland.\n\n"
        "Selvik Bank is lending €90 million.\n",
        90e6,
    )
    assert to != ("norbeck-cathodes",)


_PROFILE = (
    "Ulvenbrook Cells Corp. makes lithium cells for buses. Ulvenbrook Cells Corp. opened a pilot "
    "line in 2024 and plans a cell plant.\n\n"
)


def test_a_grant_that_named_only_its_giver_makes_it_no_receiver_of_the_next_sum():
    by, to = _sum(
        _PROFILE + "The Tolloway Innovation Fund has committed a $180 million contribution, "
        "and the Government of Fenwarde a $45 million grant. "
        "The Drossel Export Bank is providing a $300 million loan.\n",
        300e6,
    )
    assert by == ("drossel-export-bank",)
    assert to == ("ulvenbrook-cells",)


def test_a_plant_of_its_own_told_before_still_receives_the_next_sum():
    by, to = _sum(
        _PROFILE + "Ulvenbrook Cells Corp. will spend $900 million on the plant. "
        "The Drossel Export Bank is providing a $300 million loan.\n",
        300e6,
    )
    assert by == ("drossel-export-bank",) and to == ("ulvenbrook-cells",)
