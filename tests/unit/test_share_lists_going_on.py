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


# A list that names no one and speaks of the sentence before's holders as a group ("they",
# "their shares", "the corresponding figures") gives their figures in that sentence's order.
def test_a_list_of_their_figures_goes_on_from_every_holder_of_the_sentence_before() -> None:
    for second, period in [
        ("Last year they had 28.4% and 22.0%.", "2025"),
        ("A year earlier their shares were 28,4 % and 22,0 %.", "2025-06"),
        ("The corresponding 2025 figures were 28.4 per cent and 22.0 per cent.", "2025"),
        ("In the same months of 2025 the two held 28.4% and 22.0%.", "2025-06"),
    ]:
        found = shares(
            HEAD + "Marrowind Cells and Ostrelia Power held 31.2% and 20.1% of the EV battery "
            "market in the first half of 2026. " + second + "\n"
        )
        assert ("Marrowind Cells", 28.4, period) in found, second
        assert ("Ostrelia Power", 22.0, period) in found, second
        assert ("Marrowind Cells", 31.2, "2026-06") in found, second


def test_a_list_of_their_figures_in_a_table_like_run_of_three() -> None:
    found = shares(
        HEAD + "The top three EV battery makers in the first ten months were Marrowind Cells "
        "(31.2%), Ostrelia Power (20.1%) and Brisandt Energy (9.5%). In the same months of 2025 "
        "the figures were 28.4%, 22.0% and 7.7%.\n"
    )
    assert {("Marrowind Cells", 28.4, "2025-10"), ("Brisandt Energy", 7.7, "2025-10")} <= set(found)


def test_their_list_is_not_taken_when_counts_differ_or_a_name_is_its_own() -> None:
    # three holders before, two figures now: whose they are is not said
    found = shares(
        HEAD + "Marrowind Cells, Ostrelia Power and Brisandt Energy held 31.2%, 20.1% and 9.5% "
        "of the EV battery market in the first half of 2026. Last year they had 28.4% and "
        "22.0%.\n"
    )
    assert not any(p in (28.4, 22.0) and name != "" for name, p, _ in found if name), found
    # a sentence that names its own holder is read as itself
    found = shares(
        HEAD + "Marrowind Cells and Ostrelia Power held 31.2% and 20.1% of the EV battery "
        "market in the first half of 2026. Last year Brisandt Energy and its rivals had 28.4% "
        "and 22.0%.\n"
    )
    assert ("Ostrelia Power", 22.0, "2025") not in found
