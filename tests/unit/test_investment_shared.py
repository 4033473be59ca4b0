"""A sum shared among several receivers the sentence counts ("for five battery projects",
"The winning projects will receive", "combined investment of") is no one company's; a company's
sum for several plants of its own, or a body whose name says "Combined", still is. Money for
people of a kind ("loans to households", "offers riders a subsidy") is a scheme's too."""

from __future__ import annotations

from test_company_rules import _paid

_LEDE = "Halbury Cells GmbH will build a cell plant in Ostervik for €900 million.\n\n"


def _values(text: str) -> set[float]:
    return {value for _, _, value in _paid(text)}


def test_a_total_shared_among_counted_receivers_is_no_ones_sum():
    for sentence in (
        "The Quillmere Ministry of Economy has approved grants totalling €28 million for five "
        "battery projects.\n",
        "€28 million for the region's battery industry: five companies receive regional aid.\n",
        "The winning projects will receive aid of €28 million from the Quillmere Ministry.\n",
        "The Quillmere agency recorded three projects with combined committed investment of "
        "€28 million.\n",
        "The Quillmere Ministry will split €28 million among 12 recipients, it said.\n",
    ):
        values = _values(_LEDE + sentence)
        assert 28e6 not in values and 900e6 in values, sentence


def test_a_companys_sum_for_several_plants_of_its_own_is_its_own():
    assert 28e6 in _values(
        _LEDE + "Halbury Cells will also invest €28 million in three plants in Ostervik.\n"
    )


def test_a_body_named_combined_gives_its_own_sum():
    assert 28e6 in _values(
        _LEDE + "The Dunmarsh Combined Authority will lend Halbury Cells €28 million.\n"
    )


def test_money_for_people_of_a_kind_is_a_schemes_not_a_companys():
    for sentence in (
        "The Quillmere Fund has begun a €28 million programme of small loans to households "
        "buying home batteries.\n",
        "The city offers riders who scrap an old scooter a subsidy of €28 million in all.\n",
        "Under the scheme, the agency will pay eligible homeowners €28 million over five years.\n",
    ):
        values = _values(_LEDE + sentence)
        assert 28e6 not in values and 900e6 in values, sentence
    # a grant to a company named after the word is a company's
    assert 28e6 in _values(
        _LEDE + "The Quillmere Fund will give Halbury Cells a grant of €28 million.\n"
    )
