"""Works a company announces on what it owns with no price ("will convert its ferry"), and the sum
a later sentence opens on the work's noun with ("The conversion will cost ..."): the owner's,
whoever that sentence names as the yard or the supplier."""

from __future__ import annotations

import pytest
from test_company_rules import _extract

_SUPPLIER = (
    "The battery system comes from Skelmor Marine Ltd. Skelmor Marine Ltd rates it for "
    "9,000 cycles.\n\n"
)


def _spenders(text: str) -> dict[float, tuple[str, ...]]:
    """Each investment's first amount and its spender (its giver, else its receiver)."""
    return {
        i.amounts[0].value: i.by or i.to for i in _extract(text + "\n").investments if i.amounts
    }


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the work's noun alone, the supplier's kit told between
        (
            "Harnby Ferries Ltd will convert its ferry Quellan to hybrid propulsion, the company "
            "said.\n\n" + _SUPPLIER + "The conversion will cost £31 million and take place "
            "over the winter.",
            31e6,
        ),
        # the sum before the noun, the yard named after it, another currency
        (
            "Harnby Ferries Ltd will retrofit the ferry Quellan with a 4 MWh battery.\n\n"
            "The NZ$18 million retrofit will be carried out by Vantry Shipyard Ltd from "
            "October.",
            18e6,
        ),
        # another verb and noun, "Its", a figure in full, a clause between
        (
            "Under a plan agreed on Monday, Harnby Rail Ltd will electrify its shunting fleet."
            "\n\n" + _SUPPLIER + "Its electrification, which Oskavel Engineering Ltd will "
            "manage, is expected to cost €12,500,000.",
            12.5e6,
        ),
    ],
)
def test_a_sum_opening_on_the_work_is_its_owners(text, value):
    spenders = _spenders(text)
    assert value in spenders
    assert spenders[value][0].startswith("harnby-")


@pytest.mark.parametrize(
    "text",
    [
        # the work of another's thing, named after "of"
        "Harnby Ferries Ltd will convert its ferry Quellan to hybrid propulsion.\n\n"
        "The conversion of Vantry Shipyard Ltd's dry dock will cost £5 million, Vantry "
        "Shipyard Ltd said.",
        # the work told too far back
        "Harnby Ferries Ltd will convert its ferry Quellan to hybrid propulsion.\n\n"
        + "".join(
            f"Skelmor Marine Ltd built its system number {n} in {2010 + n}.\n\n" for n in range(9)
        )
        + "The conversion will cost £5 million and take a year.",
        # a sum that opens on no work
        "Harnby Ferries Ltd will convert its ferry Quellan to hybrid propulsion.\n\n"
        "Vantry Shipyard Ltd will invest £5 million in a new dock.",
    ],
)
def test_a_sum_opening_on_no_work_told_near_is_not_the_owners(text):
    spenders = _spenders(text)
    assert not any(s.startswith("harnby-") for s in spenders.get(5e6, ()))


def test_a_work_priced_where_it_is_told_is_no_work_for_later_sums():
    spenders = _spenders(
        "Harnby Ferries Ltd will invest £31 million to convert its ferry Quellan.\n\n"
        "Vantry Shipyard Ltd will invest £5 million in its dock, and its conversion will "
        "take a year."
    )
    assert spenders.get(31e6, ("",))[0].startswith("harnby-")
    assert not any(s.startswith("harnby-") for s in spenders.get(5e6, ()))
