"""A share "in those ten months" or "in the period": the part of a year in view that the words
point back to, not a bare year an aside before left in view."""

from __future__ import annotations

from share_cases import dated_shares as shares

from evkb.kb.records.relative_periods import pointed_back

HEAD = "Scooters ranked\nMonday, December 1, 2026\n\n"
# a share of another market "last year": the ranking in view is that bare year
ASIDE = "Orlavik Mining had about 55 percent of the world's nickel market last year.\n\n"


def test_those_ten_months_are_the_ten_months_in_view() -> None:
    text = (
        HEAD
        + ASIDE
        + (
            "Scooter sales rose 34 percent in the January-October period. Vardemo Cells, the "
            "domestic brand, held 12.5 percent of the market in those ten months, down from 15.8 "
            "percent a year earlier.\n"
        )
    )
    found = [s for s in shares(text) if s[0] == "Vardemo Cells"]
    assert found == [("Vardemo Cells", 12.5, "2026-10"), ("Vardemo Cells", 15.8, "2025-10")]


def test_the_period_is_the_part_of_a_year_in_view_not_an_asides_year() -> None:
    text = (
        HEAD
        + ASIDE
        + (
            "Scooter sales rose 34 percent in the first nine months. Vardemo Cells held 12.5 "
            "percent of the market in the period.\n"
        )
    )
    assert ("Vardemo Cells", 12.5, "2026-09") in shares(text)


def test_months_of_another_count_or_a_span_stated_are_not_pointed_back() -> None:
    opening = HEAD + ASIDE + "Scooter sales rose 34 percent in the January-October period. "
    # six months are not the ten in view: left as they were
    six = opening + "Vardemo Cells held 12.5 percent of the market in the six months.\n"
    assert ("Vardemo Cells", 12.5, "2026-10") not in shares(six)
    # "the nine months to September" states its own span
    stated = opening + "Vardemo Cells held 12.5 percent in the nine months to September.\n"
    assert ("Vardemo Cells", 12.5, "2026-09") in shares(stated)


def test_pointed_back_takes_only_a_part_of_a_year_of_as_many_months() -> None:
    in_view = ("2025", "2026-09", "2026-10")
    assert pointed_back("held 9% in the ten months", [], in_view) == [(8, "2026-10")]
    assert pointed_back("held 9% in the period", [], in_view) == [(8, "2026-10")]
    assert pointed_back("held 9% over the 9 months", [], in_view) == [(8, "2026-09")]
    # no part of a year of as many months in view: nothing pointed back to
    assert pointed_back("held 9% in the six months", [], in_view) == []
    assert pointed_back("held 9% in the period", [], ("2025", "")) == []


def test_a_stated_date_or_a_span_the_words_go_on_to_date_is_not_pointed_back() -> None:
    in_view = ("2026-09",)
    named = [(20, "2026-06")]
    assert pointed_back("held 9% in the period to June 2026", named, in_view) == named
    # "the nine months to September", "the period of 2025", "the same period": not pointing back
    assert pointed_back("held 9% in the nine months to September", [], in_view) == []
    assert pointed_back("held 9% in the period of the plan", [], in_view) == []
    assert pointed_back("held 9% in the same period", [], in_view) == []
    assert pointed_back("held 9% in the period a year earlier", [], in_view) == []


def test_the_latest_part_of_a_year_in_view_not_a_comparisons() -> None:
    in_view = ("2025-10", "2026-10", "2025")
    assert pointed_back("held 4.1% over the ten months", [], in_view) == [(10, "2026-10")]
