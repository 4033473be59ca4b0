"""Which way an investment's money goes: who gives it and who receives it, as the sentence's
verb and the story around it say."""

from __future__ import annotations

from test_company_rules import _paid


def _sum(text: str, value: float) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Who gives and who receives the sum of `value` proposed from `text`."""
    found = [(by, to) for by, to, v in _paid(text) if v == value]
    assert found, _paid(text)
    return found[0]


def test_money_raised_in_a_currency_code_is_received_from_the_one_named_after_from():
    by, to = _sum(
        "Tavrin Cells AG makes solid-state cells in a pilot line near Basel.\n\n"
        "It has just raised CHF 35 million from Oskarby Capital to expand the line.\n",
        35e6,
    )
    assert to == ("tavrin-cells",) and by == ("oskarby-capital",)


def test_a_round_closed_and_led_by_an_investor_is_the_investors_money():
    by, to = _sum(
        "Tavrin Cells AG said on Monday it had closed a EUR 28 million Series A round led by "
        "Oskarby Capital.\n",
        28e6,
    )
    assert to == ("tavrin-cells",) and by == ("oskarby-capital",)


def test_a_name_before_the_verb_of_receiving_gives_nothing():
    # "The spin-out from X has raised": X is where the company comes from, not its investor.
    by, to = _sum(
        "Tavrin Cells AG, the spin-out from the Quellmont Institute, has raised CHF 18 million "
        "and is building a pilot line.\n",
        18e6,
    )
    assert to == ("tavrin-cells",) and "quellmont-institute" not in by


def test_raising_a_figure_is_no_money_received():
    # "raises its output to 400 MWh": no sum, and the sum of the plant stays its builder's
    by, to = _sum(
        "Tavrin Cells AG will invest CHF 40 million in a plant in Basel that raises its "
        "output to 400 MWh a year.\n",
        40e6,
    )
    assert by == ("tavrin-cells",) and to == ()
