"""Tax relief beside a sum: the relief's words give the kind only to a sum that is the relief's
own, and a body named only in a clause granting relief with no sum gives none of the money
another clause states."""

from __future__ import annotations

from test_company_rules import _extract

from evkb.kb.records.investment_tax import relief_sum, without_relief

_PLANT = "Teskov Cells Ltd will build a cell plant in Varnholt with a capacity of 6 GWh a year.\n\n"


def _money(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], float]]:
    return [
        (i.kind, i.by, i.to, i.amounts[0].value)
        for i in _extract(_PLANT + text).investments
        if i.amounts
    ]


def _sum_at(text: str, figure: str) -> tuple[int, int]:
    start = text.index(figure)
    return start, start + len(figure)


def test_a_sum_the_relief_words_hold_is_the_reliefs_own():
    for text, figure in (
        ("The agency approved $95 million in tax credits tied to the jobs.", "$95 million"),
        ("It offered up to $48 million in conditional tax credits.", "$48 million"),
        ("The aid includes a tax credit of €160 million over ten years.", "€160 million"),
        (
            "The county approved a property tax abatement worth an estimated $38 million.",
            "$38 million",
        ),
        ("The abatement is worth $412 million over its life.", "$412 million"),
        (
            "a 20-year abatement, which county officials valued at about $240 million",
            "$240 million",
        ),
        ("The board gave it a $40 million tax break.", "$40 million"),
        ("Tax relief valued at roughly 2 billion baht was granted.", "2 billion baht"),
    ):
        assert relief_sum(text, *_sum_at(text, figure)), text


def test_a_sum_beside_the_relief_but_not_its_own_is_not():
    for text, figure in (
        (
            "The agency granted a tax holiday, and Pellina Bank will lend $300 million.",
            "$300 million",
        ),
        (
            "Dunreave Holdings will spend $2 billion on the plant despite the tax exemption.",
            "$2 billion",
        ),
        ("A grant of €20 million and tax relief for ten years were approved.", "€20 million"),
        ("The county approved a tax abatement for the $1.2 billion plant.", "$1.2 billion"),
        ("The ministry will pay $15 million in grants.", "$15 million"),
    ):
        assert not relief_sum(text, *_sum_at(text, figure)), text


def test_the_relief_words_are_blanked_for_the_kind_of_another_sum():
    text = "The board granted an eight-year corporate income tax exemption, and a bank will lend."
    blanked = without_relief(text)
    assert len(blanked) == len(text) and "exemption" not in blanked and "lend" in blanked
    assert without_relief("Kelbridge Bank will lend $50 million.") == (
        "Kelbridge Bank will lend $50 million."
    )


def test_a_loan_beside_a_tax_holiday_is_a_loan_of_the_lender():
    for sentence in (
        "The Oskarholm Investment Board granted it an eight-year corporate income tax "
        "exemption, and Pellina Bank will lend 3,000 million baht.\n",
        # another order: the loan first, the relief after
        "Pellina Bank will lend 3,000 million baht for the plant, while the Oskarholm "
        "Investment Board has granted it a ten-year tax holiday.\n",
        # a semicolon, a clause between, another number style
        "The Oskarholm Investment Board, which reviews large projects, approved tax relief "
        "for the plant; Pellina Bank will lend THB 3 billion.\n",
    ):
        money = _money(sentence)
        loans = [m for m in money if m[3] == 3e9]
        assert loans and all(m[0] == "loan" for m in loans), (sentence, money)
        assert all(m[1] == ("pellina-bank",) for m in loans), (sentence, money)


def test_a_grant_beside_a_tax_holiday_is_still_the_grants_givers_subsidy():
    # the sum in the same clause as its giver keeps it; the relief words change nothing
    money = _money(
        "The Oskarholm Investment Board granted the plant a tax holiday and a cash grant of "
        "400 million baht.\n"
    )
    assert any(
        kind == "subsidy" and by == ("oskarholm-investment-board",) and value == 4e8
        for kind, by, _, value in money
    ), money


def test_a_reliefs_own_sum_and_a_clause_without_relief_are_read_as_before():
    money = _money(
        "The Oskarholm Investment Board approved the plant on Monday, and Pellina Bank will "
        "lend $300 million.\n\nDunreave Holdings granted it a $40 million tax break.\n"
    )
    assert ("loan", ("pellina-bank",), ("teskov-cells",), 3e8) in money, money
    # the relief's own sum keeps the kind its words give it, and its grantor
    assert ("subsidy", ("dunreave-holdings",), ("teskov-cells",), 4e7) in money, money


def test_a_receiver_named_in_the_relief_clause_still_receives_the_loan():
    # the relief clause's subject gives no money; the company it grants relief to is kept
    for text in (
        "Dunreave Motors said sales rose in Varnholt.\n\n"
        "The Oskarholm Investment Board granted Teskov Cells Ltd an eight-year tax holiday, "
        "and Pellina Bank will lend 3,000 million baht.\n",
        "Dunreave Motors said sales rose in Varnholt.\n\n"
        "Pellina Bank will lend 3,000 million baht, while the Oskarholm Investment Board "
        "granted Teskov Cells Ltd a tax holiday.\n",
    ):
        found = [
            (i.kind, i.by, i.to)
            for i in _extract(text).investments
            if i.amounts and i.amounts[0].value == 3e9
        ]
        assert found == [("loan", ("pellina-bank",), ("teskov-cells",))], (text, found)
