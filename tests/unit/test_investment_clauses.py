"""A sentence holding two sums, each with its own giver: cut where it turns to the second even
when the verb is left out or the second subject is a described one."""

from __future__ import annotations

import pytest
from test_company_rules import _extract


def _records(text: str) -> list[tuple[str, tuple[float, ...], tuple[str, ...]]]:
    """Each investment's kind, amounts and parties, in order."""
    return [
        (i.kind, tuple(a.value for a in i.amounts), (*i.by, *i.to))
        for i in _extract(text).investments
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a list of two sums without commas
        (
            "Halvane Ferries Ltd converted its flagship to battery power last year.\n\n"
            "The conversion cost 52 million euros, financed by a loan of 40 million euros from "
            "Tindale Bank plc and a grant of 6 million euros from Fennmoor Development Agency.\n",
            40e6,
            6e6,
        ),
        # a second subject described in lower case
        (
            "Norrick Cells Inc. is expanding its plant.\n\n"
            "The state commerce department approved $18 million in incentives for the "
            "expansion, and the company has applied for a $70 million loan from a federal "
            "lender.\n",
            18e6,
            70e6,
        ),
    ],
)
def test_each_of_two_sums_is_a_record_of_its_own(text, first, second):
    amounts = [r[1] for r in _records(text)]
    assert (first,) in amounts and (second,) in amounts


def test_a_second_giver_with_its_verb_left_out_gives_its_own_sum():
    text = (
        "Kelderwick Energy Corp. will build a 30 GWh cell plant at Osgood Falls.\n\n"
        "The federal Brightmere Industry Fund has committed C$500 million in production "
        "support and Westmark's Ministry of Trade C$200 million.\n"
    )
    records = _records(text)
    assert [r for r in records if r[1] == (500e6,)] and [r for r in records if r[1] == (200e6,)]
    (second,) = [r for r in records if r[1] == (200e6,)]
    assert not any("brightmere" in party for party in second[2])


def test_a_range_is_one_sum():
    text = "Osgood Cells Ltd will invest between $1 billion and $2 billion in a plant.\n"
    assert len(_records(text)) == 1


def test_a_plant_told_first_without_its_sum_is_one_record_with_it():
    headline = (
        "Halvane Cells picks Osgood Bay for 12 GWh plant powered by wind\n\n"
        "The start-up Halvane Cells Ltd confirmed on Tuesday that it will build its first cell "
        "plant in Osgood Bay, at a cost of $900 million. The plant will have a capacity of "
        "12 GWh and employ 640 people from 2028.\n"
    )
    announced = (
        "Halvane Cells Ltd will build a 4 GWh plant in Osgood Bay, starting next year, with "
        "first production in 2028.\n\nThe investment is about $300 million. It will employ "
        "700 people.\n"
    )
    for text, value in ((headline, 900e6), (announced, 300e6)):
        ((_, amounts, _),) = _records(text)
        assert amounts == (value,)


def test_a_running_plant_beside_its_priced_expansion_stays_a_record():
    text = (
        "Norrick Cells Inc. runs a 10 GWh cell plant at Osgood Falls.\n\n"
        "Norrick Cells Inc. will spend $400 million to add 6 GWh at Osgood Falls.\n"
    )
    assert len(_records(text)) == 2


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        (  # a noun "grant" is no verb: the name after "from" gives
            "Vellmar Anodes, the cathode maker, also expects a EUR 45 million grant from the Brask "
            "Renewal Fund, which the ministry recommended in May.",
            "brask-renewal-fund",
            "vellmar-anodes",
        ),
        (
            "Quenby Cells, the battery maker, has applied for a loan of $300 million from the "
            "Halvik Development Bank to finish its second line.",
            "halvik-development-bank",
            "quenby-cells",
        ),
        (  # "gave X a loan": the giver is the subject
            "The state lender Halvik Development Bank gave Quenby Cells a loan of $120 million "
            "in 2024.",
            "halvik-development-bank",
            "quenby-cells",
        ),
    ],
)
def test_who_gives_a_sum_is_read_from_from_and_gave(text, giver, receiver):
    investments = _extract(text).investments
    money = [i for i in investments if i.amounts]
    assert money, investments
    assert money[0].by == (giver,) and money[0].to == (receiver,), money[0]


@pytest.mark.parametrize(
    "verb", ["has offered a loan of", "has approved a loan of", "has agreed a loan of"]
)
def test_a_funders_sum_with_no_receiver_named_goes_to_the_company_the_text_is_about(verb):
    text = (
        "Quenby Resources will build a lithium hydroxide refinery at Dremmel for A$900 million, "
        "the company said on Monday. Quenby Resources expects the plant to employ 300 people.\n\n"
        "Hydroxide prices have fallen by half since 2023. Refiners in the region have delayed "
        "projects. Analysts expect prices to recover by 2027.\n\n"
        f"The Halvik Development Bank {verb} A$220 million over twelve years."
    )
    loans = [i for i in _extract(text).investments if i.kind == "loan"]
    assert [(i.by, i.to) for i in loans] == [(("halvik-development-bank",), ("quenby-resources",))]


@pytest.mark.parametrize(
    ("text", "second_giver"),
    [
        # the second subject's short name in brackets, its verb in the past
        (
            "Corvat Cells will build a pack plant in Quenby.\n\n"
            "The Varnholt Regional Council granted an incentive of €12 million, and the Druvel "
            "Development Bank (DDB) agreed to lend €80 million.\n",
            "druvel-development-bank",
        ),
        # a described subject, then its name and short name
        (
            "Corvat Cells will build a pack plant in Quenby.\n\n"
            "The Varnholt Regional Council granted an incentive of €12 million, and the state "
            "lender Druvel Bank (DB) approved a loan of €80 million.\n",
            "druvel-bank",
        ),
        # a present perfect, and a figure written in another style
        (
            "Corvat Cells will build a pack plant in Quenby.\n\n"
            "The Varnholt Regional Council has awarded a grant of EUR 12m, and Druvel Savings "
            "Bank (DSB) has lent EUR 80m.\n",
            "druvel-savings-bank",
        ),
    ],
)
def test_a_second_giver_named_with_its_short_name_gives_its_own_sum(text, second_giver):
    records = _records(text)
    (first,) = [r for r in records if r[1] == (12e6,)]
    (second,) = [r for r in records if r[1] == (80e6,)]
    assert second[2][0] == second_giver
    assert second_giver not in first[2]


def test_a_name_in_brackets_that_is_no_subject_keeps_one_sum():
    # "(DDB)" stands after the receiver, and no verb follows it: the sentence states one sum
    # and its restatement, not two.
    text = (
        "The Varnholt Regional Council granted €12 million (about $13 million) to Druvel "
        "Development Bank (DDB) for a pack plant.\n"
    )
    assert [r[1] for r in _records(text)] == [(12e6, 13e6)]


def test_a_subject_whose_name_the_matcher_reads_only_in_part_gives_its_sum():
    text = (
        "Corvat Cells will build a pack plant in Quenby.\n\n"
        "Corvat Cells will invest €600 million in equity, and Westmark's Export and Trade "
        "Fund (WETF) will lend €400 million.\n"
    )
    (loan,) = [r for r in _records(text) if r[1] == (400e6,)]
    assert loan[2][0] != "corvat-cells"
