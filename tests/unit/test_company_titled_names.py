"""A person named in apposition after a title ("its chief executive, Ximena Zubiría,") is no
company whatever the letters of the name: accented ones and a hyphen's capitalised parts too."""

from __future__ import annotations

from test_company_rules import _names

from evkb.kb.records.company_people import NAME_WORD


def test_a_name_after_a_title_and_a_comma_is_a_person_with_accents_or_hyphens():
    names = _names(
        "Olvedo Cells sells home batteries. Its chief executive, Ximena Zubiría, 51, "
        "receives us at the plant.\n\n"
        '"We lose money on every pack," said Olvedo\'s finance director, Jean-Loup Marveaux.\n\n'
        "The board met twice; the group's new chair, Maëlys Lindqvörn, and its founder, "
        "Mikuláš Horčička, both spoke.\n"
    )
    assert not names & {
        "Ximena Zubiría",
        "Jean-Loup Marveaux",
        "Maëlys Lindqvörn",
        "Mikuláš Horčička",
    }


def test_the_words_of_names_with_accents_and_hyphens():
    for word in ("Zubiría", "Jean-Loup", "Lindqvörn", "Horčička", "Marveaux"):
        assert NAME_WORD.fullmatch(word)
    for word in ("GmbH", "XQT", "eBike", "Éclat-", "van"):
        assert not NAME_WORD.fullmatch(word)


def test_a_firm_after_a_title_keeps_its_name_when_its_words_say_so():
    names = _names(
        "The carmaker named its chief supplier, Éclat Sud Énergie S.A., in May.\n\n"
        "Éclat Sud Énergie S.A. said the first packs ship in June.\n"
    )
    assert "Éclat Sud Énergie" in names
