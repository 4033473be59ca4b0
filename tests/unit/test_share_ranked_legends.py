"""A numbered ranking of percentages under a legend: the legend dates its bracketed column
even where the text never says "share"; "same period of 2025" is the ranking's months in that
year (or fiscal year); an unranked closing row ("Others", "Other suppliers") is the rest of
the market."""

from __future__ import annotations

from share_cases import dated_shares as shares

from evkb.kb.records.relative_periods import same_months_within

HEAD = "Suppliers ranked\nPublished 12 November 2026\n\n"
ROWS = (
    ("Ostkel Cells", 21.4, 17.2),
    ("Varnholt Energy", 18.9, 20.5),
    ("Quillbank Power", 14.6, 15.8),
)


def ranking(lead: str, rest: str = "Others", mark: str = " - ") -> str:
    rows = "".join(f"{i}. {n}{mark}{a}% ({b}%)\n" for i, (n, a, b) in enumerate(ROWS, 1))
    return HEAD + lead + "\n" + rows + f"{rest}{mark}14.2% (17.6%)\n\nThe plant opens in 2028.\n"


def test_same_months_within_a_calendar_or_a_fiscal_year() -> None:
    assert same_months_within("2026-09", "2025") == "2025-09"
    assert same_months_within("2026-09", "2026-03") == "2025-09"  # FY26 to March: Apr-Sep 2025
    assert same_months_within("2026-03", "2026-03") == "2026-03"
    assert same_months_within("2026", "2025") == ""  # a year has no months to carry


def test_same_period_of_a_year_in_brackets_is_that_years_months() -> None:
    text = ranking("The other makers, January to September (same period of 2025 in brackets):")
    found = shares(text)
    assert ("Ostkel Cells", 21.4, "2026-09") in found and ("Ostkel Cells", 17.2, "2025-09") in found
    assert ("Others", 14.2, "2026-09") in found and ("Others", 17.6, "2025-09") in found


def test_same_period_of_a_fiscal_year_in_indian_copy() -> None:
    text = ranking(
        "Pack makers ranked, April-September 2026 (the same period of FY26 in brackets):"
    )
    text += "\nOstkel is building a Rs 640 crore pack line.\n"
    found = shares(text)
    # the text never says "share": the legend makes the list a table of two periods
    assert ("Varnholt Energy", 20.5, "2025-09") in found
    assert ("Others", 17.6, "2025-09") in found and len(found) == 8


def test_other_and_a_plural_closing_a_ranking_is_the_rest_of_the_market() -> None:
    text = ranking(
        "Ostkel still leads, though its share is lower. Suppliers for "
        "January-September, with the figure for 2025 in brackets:",
        rest="Other suppliers",
        mark=": ",
    )
    found = shares(text)
    assert ("Other suppliers", 14.2, "2026-09") in found and (
        "Other suppliers",
        17.6,
        "2025",
    ) in found


def test_a_row_of_other_and_no_plural_or_a_total_holds_nothing() -> None:
    for rest in ("Other Asia", "Total"):
        text = ranking(
            "The ranking for January-September, with the share for 2025 in brackets:", rest
        )
        assert all(name != rest for name, _, _ in shares(text)), rest


def test_a_ranking_without_a_legend_or_ranks_is_left_to_the_prose_rules() -> None:
    # no legend: the bracketed figures are not dated as a second column
    text = ranking("Pack makers ranked, April-September 2026:")
    assert all(period != "2025-09" for _, _, period in shares(text))
