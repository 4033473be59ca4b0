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


def test_it_opening_the_sentence_after_the_company_spends_for_the_story_s_company():
    # the sentence before names a customer in passing, so "it" has no single company in view;
    # the one before "it" opens on "the company" or "it": the same company goes on
    customers = "Customers of Rosvik Power made up 61% of Quenby Cells's revenue.\n\n"
    for pair in (
        "The company now wants to build its own packs. It will spend $48 million on an "
        "assembly plant in Halbury.\n",
        "Since then, the firm has doubled its sales. In March, it is adding a ¥2.4 billion line "
        "at its Halbury site.\n",
        "It is growing fast. Next year it will build a €60 million pack plant in Halbury.\n",
        "The company has outgrown its hall.\n\nAfter two years of planning and a long search "
        "for a site, it now plans a CHF 80 million plant in Halbury.\n",
    ):
        found = [
            by for by, _, v in _paid(_ABOUT + customers + pair) if v in (48e6, 2.4e9, 60e6, 80e6)
        ]
        assert found == [("quenby-cells",)], pair


def test_it_after_another_subject_or_not_opening_is_not_the_documents():
    customers = "Customers of Rosvik Power made up 61% of Quenby Cells's revenue.\n\n"
    for text in (
        # the sentence before opens on another subject: "it" may be that one
        customers + "The former is not standing still. It will spend $48 million on a plant.\n",
        customers + "Its rival is growing fast. It will spend $48 million on a plant.\n",
        # "it" that is not the subject the sentence opens on
        customers + "The company is growing. Analysts said it would need $48 million for a "
        "plant in Halbury.\n",
    ):
        assert ("quenby-cells",) not in _spenders(_ABOUT + text, 48e6), text
    moved_on = (
        _ABOUT + "Veyland Storage, the Dunmarsh pack maker, now expects lower revenue.\n\n"
        "The company is growing. It will spend $48 million on a plant in Halbury.\n"
    )
    assert ("quenby-cells",) not in _spenders(moved_on, 48e6)


def test_the_company_s_plant_priced_is_the_story_s_company_s():
    customers = "Customers of Rosvik Power made up 61% of Quenby Cells's revenue.\n\n"
    for sentence in (
        "The cell will be made at the company's new plant in Halbury, which will cost "
        "3.2 billion yuan and open in 2027.\n",
        "Output moves to the firm's second line in Halbury, a £74 million investment.\n",
        "Work began in May on the company's Halbury complex, which will cost ¥60 million.\n",
    ):
        found = [
            by for by, _, v in _paid(_ABOUT + customers + sentence) if v in (3.2e9, 74e6, 60e6)
        ]
        assert found == [("quenby-cells",)], sentence
    # after another company opens a sentence, "the company's plant" is not the document's
    moved_on = (
        _ABOUT + "Veyland Storage, the Dunmarsh pack maker, now expects lower revenue.\n\n"
        "The cell will be made at the company's new plant, which will cost $48 million.\n"
    )
    assert ("quenby-cells",) not in _spenders(moved_on, 48e6)
