"""Rows of fields a page repeats at intervals (a running head on every page, a member's row over
each post) are furniture, with the rows of their form and a handle above a member's row; a
record's rows, a table's rows and a repeated line that is no row stay the article's."""

from __future__ import annotations

from evkb.kb.extract import split_passages
from evkb.kb.extract.furniture_repeats import repeated_rows
from evkb.model import BODY, FURNITURE_KINDS


def _kinds(text: str) -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for passage in split_passages("doc", text):
        kinds.setdefault(passage.text, []).append(passage.kind)
    return kinds


def _furniture(kinds: dict[str, list[str]], line: str) -> bool:
    return all(kind in FURNITURE_KINDS for kind in kinds[line])


def test_member_rows_in_another_order_with_bullets_and_their_handles():
    text = (
        "Sorrelby Cells doubles its output\n\n"
        "tern_watcher\n"
        "Posts: 88 \u2022 Joined 2019 \u2022 Moderator\n"
        "Sorrelby Cells said its line in Kettlewick now makes 4 GWh a year, twice last year's.\n\n"
        "QuayRunner\n"
        "Posts: 12 \u2022 Joined 2024 \u2022 Member\n"
        "Good news for the town, the plant hired 300 people in the spring.\n\n"
        "tern_watcher\n"
        "Posts: 88 \u2022 Joined 2019 \u2022 Moderator\n"
        "They expect to reach 6 GWh by 2028, according to the company.\n"
    )
    kinds = _kinds(text)
    for line in (
        "Posts: 88 \u2022 Joined 2019 \u2022 Moderator",
        "Posts: 12 \u2022 Joined 2024 \u2022 Member",
        "tern_watcher",
        "QuayRunner",
    ):
        assert _furniture(kinds, line), line
    assert kinds["Good news for the town, the plant hired 300 people in the spring."] == [BODY]


def test_a_running_head_repeated_on_every_page_of_a_report():
    head = "Kettlewick Harbour Board | Annual Review 2027"
    text = (
        f"{head}\n\n"
        "The board approved a 40 MWh battery at the ferry quay in March, to be built by "
        "Sorrelby Cells.\n\n"
        f"{head}\n\n"
        "Work on the battery starts in the autumn, with the first 20 MWh due in 2028.\n\n"
        f"{head}\n\n"
        "The second half follows a year later.\n"
    )
    assert _furniture(_kinds(text), head)


def test_a_repeated_row_of_two_labelled_figures_between_bars():
    row = "Rep 4,210 | Since 2018 | Rank 3"
    text = (
        "Who makes the cells for the Kettlewick buses?\n\n"
        "ohm4ever\n"
        f"{row}\n"
        "Sorrelby Cells supplies all 40 of them, each with a 350 kWh pack.\n\n"
        "ohm4ever\n"
        f"{row}\n"
        "The contract runs until 2030.\n"
    )
    kinds = _kinds(text)
    assert _furniture(kinds, row)
    assert _furniture(kinds, "ohm4ever")
    assert kinds["The contract runs until 2030."] == [BODY]


def test_a_records_rows_of_one_form_that_never_repeat_stay_body():
    rows = [
        "Capacity: 20 GWh | Jobs: 1,500 | Start: 2027",
        "Capacity: 12 GWh | Jobs: 800 | Start: 2028",
        "Capacity: 8 GWh | Jobs: 450 | Start: 2029",
    ]
    text = (
        "Sorrelby Cells plans three plants\n\n"
        "Sorrelby Cells named the sites of its three plants on Monday.\n\n"
        f"Kettlewick\n{rows[0]}\n\nNorth Quay\n{rows[1]}\n\nHarbour Road\n{rows[2]}\n"
    )
    kinds = _kinds(text)
    assert all(kinds[row] == [BODY] for row in rows)


def test_rows_of_a_table_and_repeated_lines_that_are_no_rows_stay():
    lines = [
        "Operator",
        "Good morning and welcome to the call.",
        "Supplier | 2026 | 2025",
        "Sorrelby Cells | 31 | 29",
        "Operator",
        "Our next question comes from the line of a bank.",
        "Supplier | 2026 | 2025",
        "Sorrelby Cells | 33 | 30",
    ]
    assert repeated_rows(lines, [BODY] * len(lines)) == set()


def test_a_word_above_a_running_head_is_no_handle():
    head = "Kettlewick Harbour Board | Annual Review 2027"
    lines = [head, "Outlook", head, "The board expects more ferry traffic.", "Summary", head]
    assert repeated_rows(lines, [BODY] * len(lines)) == {0, 2, 5}
