"""A sentence's first word that is no part of the name after it: a role noun ("Newcomer",
"Customers of"), a participle preposition ("Excluding"), a kind noun run into one word with
what it makes ("Packmaker"); a name whose own first word is none of these keeps it."""

from __future__ import annotations

from test_company_rules import _names

from evkb.kb.records.company_openers import compound_kind, opening_words


def _tokens(words: str) -> list[tuple[int, int, str]]:
    return [(i, i + 1, w) for i, w in enumerate(words.split())]


def test_a_role_noun_opening_the_sentence_is_no_part_of_the_name():
    names = _names(
        "Newcomer Quistrand Cathode Materials, which held 1.7% in the region, is building a "
        "plant.\n\n"
        "Upstart Orsanta Power Systems said on Tuesday it would double its output.\n"
    )
    assert {"Quistrand Cathode Materials", "Orsanta Power Systems"} <= names
    assert not any(n.startswith(("Newcomer", "Upstart")) for n in names)


def test_a_plural_role_noun_before_of_is_no_part_of_the_name():
    names = _names(
        "Customers of Brenhal Energy, which pays a rebate for home batteries, accounted for "
        "61% of the installer's revenue.\n"
    )
    assert "Brenhal Energy" in names
    assert not any(n.startswith("Customers") for n in names)
    # other nouns and an article after "of", in a list of words as a parser reads them
    assert opening_words(_tokens("Owners of the Tarvio Motors")) == 3
    assert opening_words(_tokens("Clients of Dunmorrow Cells")) == 2
    assert opening_words(_tokens("Shareholders of Dunmorrow")) == 2


def test_a_participle_preposition_opening_the_sentence_is_no_part_of_the_name():
    names = _names(
        "Excluding Tarvio Motors, which makes its own cathode and sells none, the merchant "
        "market grew 9%.\n\n"
        "Including Dunmorrow Cells AB and two others, the list of suppliers now runs to nine.\n"
    )
    assert "Tarvio Motors" in names and "Dunmorrow Cells" in names
    assert not any(n.startswith(("Excluding", "Including")) for n in names)


def test_a_kind_noun_run_into_a_word_is_no_part_of_the_name():
    names = _names(
        "Packmaker Quistrand Energia unveiled the QX-800, a high-power pack: 83 kWh.\n\n"
        "Cellproducer Orsanta Batteries Ltd, based in the north, opened a second line.\n"
    )
    assert {"Quistrand Energia", "Orsanta Batteries"} <= names
    assert compound_kind("Truckbuilder") is False  # "builder" names no kind of ours
    assert compound_kind("Cellmaker") and compound_kind("Moduleproducer")


def test_words_a_name_starts_with_are_kept():
    # an ordinary word ending as a kind noun does not, nor a role noun too short to be run into
    assert not compound_kind("Power") and not compound_kind("Silver") and not compound_kind("Maker")
    assert not compound_kind("CellMaker")  # a capital inside: a coined name
    # a role noun before a word in lower case, a run with nothing after the word
    assert opening_words(_tokens("Customers said")) == 0
    assert opening_words(_tokens("Newcomer")) == 0
    assert opening_words(_tokens("Customers of the")) == 0
    # a first word of no such kind
    assert opening_words(_tokens("Silver Lake Cells")) == 0
    names = _names("Silver Orsanta Cells opened a plant in the north on Monday.\n")
    assert "Silver Orsanta Cells" in names
