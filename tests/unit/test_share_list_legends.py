"""A list of shares whose legend, in a clause of its own, says what its bracketed figures are:
"..., with FY26 in brackets):", "..., with the figure for 2025 in brackets:"."""

from __future__ import annotations

from share_cases import dated_shares as shares

from evkb.kb.records.relative_periods import LEGEND

ROWS = (
    ("Ostkel Cells", 24.8, 28.3),
    ("Varnholt Energy", 17.5, 19.1),
    ("Quillbank Power", 12.2, 21.1),
)


def test_a_legend_after_a_comma_and_before_a_colon_names_the_bracketed_period():
    for lead, period in [
        (
            "The ranking for January-September, with the figure for 2025 in brackets:",
            "the figure for 2025",
        ),
        (
            "Shares of October sales, with their share a year earlier in brackets:",
            "their share a year earlier",
        ),
        ("(share of cell demand, April-September 2026, with FY26 in brackets):", "FY26"),
        ("(H1 2024 in brackets)", "H1 2024"),  # as before
    ]:
        assert LEGEND.search(lead).group("p") == period, lead
    # the legend's clause ends the list's lead: "in brackets" with more text after is none
    assert LEGEND.search("Sales rose, as analysts put it, with margins in brackets") is None


def test_a_numbered_list_reads_both_periods_its_legend_gives():
    text = (
        "Integrators ranked\nPublished 12 November 2026\n\n"
        "Ostkel remains the leader, although its share has fallen. The ranking for "
        "January-September, with the figure for 2025 in brackets:\n\n"
        + "".join(f"{i}. {n}: {a}% ({b}%)\n" for i, (n, a, b) in enumerate(ROWS, 1))
    )
    found = shares(text)
    assert ("Ostkel Cells", 24.8, "2026-09") in found and ("Ostkel Cells", 28.3, "2025") in found
    assert ("Quillbank Power", 21.1, "2025") in found and len(found) == 6


def test_a_bulleted_list_reads_a_year_earlier_in_brackets():
    text = (
        "Scooter makers ranked\nPublished 12 November 2026\n\n"
        "The makers' shares of October sales, with their share a year earlier in brackets:\n\n"
        + "".join(f"• {n} — {a}% ({b}%)\n" for n, a, b in ROWS)
    )
    found = shares(text)
    assert ("Varnholt Energy", 17.5, "2026-10") in found
    assert ("Varnholt Energy", 19.1, "2025-10") in found


def test_a_list_whose_first_bracket_names_its_period_dates_the_bare_brackets_after_it():
    for first in ("(Jan-Sep 2025: {b}%)", "(2025: {b}%)"):
        period = "2025-09" if "Jan" in first else "2025"
        items = [
            f"{i}. {n} - {a}% " + (first.format(b=b) if i == 1 else f"({b}%)")
            for i, (n, a, b) in enumerate(ROWS, 1)
        ]
        found = shares(
            "Integrators ranked\nPublished 12 November 2026\n\n"
            "Top EV battery makers by market share, Jan-Sep 2026:\n" + "\n".join(items) + "\n"
        )
        for name, now, before in ROWS:
            assert (name, now, "2026-09") in found, (first, found)
            assert (name, before, period) in found, (first, found)


def test_a_sentence_list_whose_first_bracket_names_its_period_dates_the_next_bracket():
    found = shares(
        "Integrators ranked\nPublished 12 November 2026\n\n"
        "In the first nine months Ostkel Cells held 24.8% of the EV battery market (2025: "
        "28.3%), Varnholt Energy 17.5% (19.1%).\n"
    )
    assert ("Varnholt Energy", 19.1, "2025") in found
    assert ("Varnholt Energy", 17.5, "2026-09") in found


def test_a_bulleted_list_whose_first_bracket_names_its_period_in_words_without_a_unit():
    found = shares(
        "Integrators ranked\nPublished 12 November 2026\n\nEV battery market share, Q3 2026:\n"
        + "\n".join(
            f"• {n}: {a} per cent " + (f"(Q3 2025: {b})" if i == 0 else f"({b})")
            for i, (n, a, b) in enumerate(ROWS)
        )
        + "\n"
    )
    for name, now, before in ROWS:
        assert (name, now, "2026-09") in found, found
        assert (name, before, "2025-09") in found, found
