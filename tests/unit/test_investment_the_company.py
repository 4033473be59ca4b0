"""A sum "the company" spends where the sentences before leave "the company" open (a rival
quoted beside it): the company the document is about, while the story is still about it; and
a line the sum prices ("a £74 million second production line") is what is built with it."""

from __future__ import annotations

from test_company_rules import _paid

_ABOUT = (
    "Quenby Cells Ltd, the Marlstow maker of home batteries, held 6.1% of the market in the "
    "third quarter, behind Rosvik Power.\n\n"
    "Chief executive Ana Lind said Quenby Cells aims to reach 10% by 2028. \"We don't need to "
    'beat Rosvik Power," she said.\n\n'
)


def _spenders(text: str, value: float) -> list[tuple[str, ...]]:
    return [by for by, _, v in _paid(text) if v == value]


def test_the_company_left_open_spends_for_the_company_the_story_is_about():
    for sentence in (
        "To get there, the company is adding a $145 million assembly line in Halbury.\n",
        "What the company did confirm is far smaller: a $145 million line at its Halbury site.\n",
        "Asked about Halbury, the company said it would spend $145 million on a new line there.\n",
    ):
        assert _spenders(_ABOUT + sentence, 145e6) == [("quenby-cells",)], sentence


def test_to_get_there_is_no_money_received():
    found = [
        (by, to)
        for by, to, v in _paid(
            _ABOUT + "To get there, the company is adding a $145 million assembly line.\n"
        )
        if v == 145e6
    ]
    assert found == [(("quenby-cells",), ())]


def test_a_story_that_has_moved_on_to_another_company_is_not_the_documents():
    # an entry that opens on another company: "the company" is that one, or no one, not Quenby
    text = (
        _ABOUT + "Quenby Cells will also open an office in Halbury.\n\n"
        "Veyland Storage, the Dunmarsh pack maker, now expects lower revenue.\n\n"
        "The company also gave its share of the market.\n\n"
        "Its chief executive said the company would invest $145 million in a line.\n"
    )
    assert ("quenby-cells",) not in _spenders(text, 145e6)


def test_a_sum_pricing_a_line_is_committed_in_any_wording():
    for sentence in (
        "Quenby Cells confirmed a £74 million second production line that will add 3 GWh.\n",
        "Quenby Cells unveiled plans for a 2.4 billion yen cell line at Halbury.\n",
        "Quenby Cells has picked Halbury for a $74 million line for storage modules.\n",
    ):
        assert any(v in (74e6, 2.4e9) for _, _, v in _paid(sentence)), sentence
    # a line of products is no plant, and a sum not pricing the line commits nothing
    assert not _paid("Quenby Cells's revenue was £74 million, in line with forecasts.\n")
