"""A list of names and a list of as many figures meeting at one verb are paired in order
wherever the two stand in the sentence ("X held 3.8% and Y 2.7%, while Z and W had 2.5% and
2.1%"), and a name in the apposition of the first listed name is no name of the list ("X, the
battery unit of the group V, and Y held 7.9% and 6.8%")."""

from __future__ import annotations

from share_cases import dated_shares as shares

HEAD = "Cell makers in Europe\nPublished 12 November 2026\n\n"


def _held(text: str) -> set[tuple[str, float]]:
    return {(name, figure) for name, figure, _ in shares(HEAD + text)}


def test_a_later_list_of_figures_goes_to_the_list_of_names_just_before_it():
    found = _held(
        "In the first nine months Ostkel Cells held 3.8% of the European market and Pellwick "
        "Energy 2.7%, while Quillbank Power and Brindlemoor Cells had 2.5% and 2.1%.\n"
    )
    assert ("Quillbank Power", 2.5) in found and ("Brindlemoor Cells", 2.1) in found
    assert ("Brindlemoor Cells", 2.5) not in found


def test_another_verb_a_clause_between_and_another_number_style():
    # "took ... per cent", after a semicolon and an aside on the first clause
    found = _held(
        "Ostkel Cells, the market leader, took 31 per cent of the European market in the first "
        "nine months; Quillbank Power and Brindlemoor Cells took 4.5 per cent and 3 per cent.\n"
    )
    assert ("Quillbank Power", 4.5) in found and ("Brindlemoor Cells", 3.0) in found
    # three names and three figures, after two figures of their own list
    found = _held(
        "Ostkel Cells and Pellwick Energy led the European market in the first nine months "
        "with 30.2% and 18.4%, and Quillbank Power, Brindlemoor Cells and Tarrowby Cells "
        "followed with 6.1%, 5.2% and 4.0%.\n"
    )
    assert {("Quillbank Power", 6.1), ("Brindlemoor Cells", 5.2), ("Tarrowby Cells", 4.0)} <= (
        found
    )


def test_a_name_in_the_first_names_apposition_is_no_name_of_the_list():
    found = _held(
        "Quillbank Power, the battery unit of the industrial group Hexmoor Group, and "
        "Brindlemoor Cells held 7.9% and 6.8% of the European market in the first nine months "
        "respectively.\n"
    )
    assert ("Quillbank Power", 7.9) in found and ("Brindlemoor Cells", 6.8) in found
    assert not any(name == "Hexmoor Group" for name, _ in found)
    # without "respectively": the lists still meet at one verb
    found = _held(
        "Quillbank Power, a supplier to the carmaker Hexmoor Group, and Brindlemoor Cells had "
        "7.9 percent and 6.8 percent of the European market in the first nine months.\n"
    )
    assert ("Quillbank Power", 7.9) in found and ("Brindlemoor Cells", 6.8) in found


def test_lists_that_do_not_meet_at_one_verb_or_differ_in_length_are_not_paired():
    # a list of names whose figures are changes, not at a verb of holding
    found = _held(
        "Ostkel Cells held 3.8% of the European market in the first nine months, while "
        "Quillbank Power and Brindlemoor Cells raised prices by 2.5% and 2.1%.\n"
    )
    assert ("Quillbank Power", 2.5) not in found
    # three names before two figures: no pairing in order of the last two
    found = _held(
        "Ostkel Cells held 3.8% of the European market in the first nine months, while "
        "Quillbank Power, Brindlemoor Cells and Tarrowby Cells had 2.5% and 2.1%.\n"
    )
    assert ("Brindlemoor Cells", 2.5) not in found
    # names of another figure's clause between: the later list names no one of its own
    found = _held(
        "Ostkel Cells and Pellwick Energy held 3.8% and 2.7% of the European market in the "
        "first nine months, up from 3.1% and 2.2%.\n"
    )
    assert ("Ostkel Cells", 3.1) in found and ("Pellwick Energy", 2.2) in found
