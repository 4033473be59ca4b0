"""A list of figures with no name of its own goes on, in order, from as many figures given to
as many companies just before it: "Quenton had 3.0% and Fenlock 2.7%, up from 2.6% and 2.2%";
"Quenton ranked third with 7.1%, Fenlock fourth with 4.6%. Over the ten months the two held
6.8% and 4.4% respectively"; "the two had 4.0% and 6.6% a year earlier, in that order". The
list's earlier period is every figure's of it."""

from __future__ import annotations

from share_cases import dated_shares as shares

HEAD = "Cell league\nPublished 12 November 2026\n\n"


def test_a_comparison_list_goes_on_from_the_figures_before_it() -> None:
    found = shares(
        HEAD + "Dunkarra Power led the market in October with 41.2% of installations. For the "
        "ten months, Quenton Cells had 3.0% and Fenlock Energy 2.7%, up from 2.6% and 2.2% a "
        "year earlier.\n"
    )
    assert ("Quenton Cells", 2.6, "2025-10") in found
    assert ("Fenlock Energy", 2.2, "2025-10") in found
    assert ("Fenlock Energy", 2.6, "2025-10") not in found


def test_a_list_said_to_be_respective_goes_on_from_the_sentence_before() -> None:
    found = shares(
        HEAD + "Quenton Cells ranked third in October with 7.1%, Fenlock Energy fourth with "
        "4.6% and Dunkarra Power fifth with 3.2%. Over January-October the three held 6.8%, "
        "4.4% and 3.0% respectively, compared with 6.3%, 4.1% and 2.3% a year before.\n"
    )
    assert ("Quenton Cells", 6.8, "2026-10") in found
    assert ("Fenlock Energy", 4.4, "2026-10") in found
    assert ("Dunkarra Power", 3.0, "2026-10") in found
    assert ("Quenton Cells", 6.3, "2025-10") in found
    assert ("Fenlock Energy", 4.1, "2025-10") in found
    assert ("Dunkarra Power", 2.3, "2025-10") in found


def test_in_that_order_pairs_a_later_list_like_respectively() -> None:
    found = shares(
        HEAD + "Quenton Cells and Fenlock Energy held 6.5% and 5.1% of the storage market in "
        "January-October respectively; the two had 4.0% and 6.6% a year earlier, in that "
        "order.\n"
    )
    assert ("Quenton Cells", 4.0, "2025-10") in found
    assert ("Fenlock Energy", 6.6, "2025-10") in found
    assert ("Fenlock Energy", 4.0, "2026-10") not in found


def test_a_list_with_a_name_of_its_own_is_not_the_earlier_holders() -> None:
    # "Dunkarra Power" stands before the later list: its figures are not read as going on
    found = shares(
        HEAD + "In October Quenton Cells had 3.0% of installations and Fenlock Energy 2.7%, "
        "while Dunkarra Power and Harnwick Cells held 2.6% and 2.2% respectively.\n"
    )
    assert ("Quenton Cells", 2.6, "2026-10") not in found
    assert ("Fenlock Energy", 2.2, "2026-10") not in found


def test_a_list_neither_compared_nor_said_to_be_in_order_is_not_paired() -> None:
    # no "respectively", no "up from": the two figures are not said to go on from the names
    found = shares(
        HEAD + "Quenton Cells ranked third in October with 7.1% and Fenlock Energy fourth with "
        "4.6%. Smaller makers held 1.2% and 0.9%.\n"
    )
    assert not [
        s for s in found if s[1] in (1.2, 0.9) and s[0] in ("Quenton Cells", "Fenlock Energy")
    ]
