"""A share's holder written after its figure ("With 17.2%, second place went to X", "41 per
cent was supplied by X", "Third, at 9.4%, was the Korean firm, X"), and shares written as a
ratio of counts ("one in three", "two out of every five")."""

from __future__ import annotations

from share_cases import dated_shares, held_shares

from evkb.kb.extract.quantities import extract_quantities

LEAD = (
    "Scooter battery market shares\n\n"
    "Quorrin Energy led the scooter battery market in 2025 with 38.2 per cent, figures show. "
)


def test_a_figure_handed_on_by_the_verb_after_it_is_the_named_holders():
    shares = held_shares(
        LEAD + "At 21.3 percent, the biggest slice of the market went to Pellwick Cells.\n"
    )
    assert ("Pellwick Cells", 21.3) in shares
    shares = held_shares(LEAD + "Some 12 per cent was claimed by Zorvex Energy.\n")
    assert ("Zorvex Energy", 12.0) in shares
    # a clause between, with the figure it is compared with
    shares = held_shares(
        LEAD + "With 17.4% - up from 15.2% - second place belonged to Pellwick Cells.\n"
    )
    assert ("Pellwick Cells", 17.4) in shares and ("Pellwick Cells", 15.2) in shares


def test_after_a_place_opening_the_sentence_a_plain_was_or_came_hands_it_on():
    shares = held_shares(LEAD + "Fourth, with 6.1%, came Zorvex Energy.\n")
    assert ("Zorvex Energy", 6.1) in shares
    shares = held_shares(
        LEAD + "In second place at 19.9% was the Tarnby assembler Pellwick Cells.\n"
    )
    assert ("Pellwick Cells", 19.9) in shares
    # a description in apposition before the name
    shares = held_shares(LEAD + "Third, at 9.4%, was the Brenvale firm, Zorvex Energy.\n")
    assert ("Zorvex Energy", 9.4) in shares


def test_a_name_before_the_figure_keeps_it_and_the_verb_hands_on_only_its_own():
    shares = held_shares(
        LEAD + "Pellwick Cells had 19.0 percent of the market, and 7.5 percent went to Zorvex "
        "Energy.\n"
    )
    assert ("Pellwick Cells", 19.0) in shares and ("Zorvex Energy", 7.5) in shares
    assert ("Zorvex Energy", 19.0) not in shares


def test_two_figures_before_one_verb_go_to_no_one_of_the_names():
    shares = held_shares(LEAD + "Another 12% and 8% went to Pellwick Cells and Zorvex Energy.\n")
    assert ("Pellwick Cells", 12.0) not in shares and ("Zorvex Energy", 8.0) not in shares


def test_without_a_place_opening_a_plain_was_hands_nothing_on():
    shares = held_shares(LEAD + "At 9 percent, growth was a record, Pellwick Cells said.\n")
    assert ("Pellwick Cells", 9.0) not in shares


def test_a_ratio_of_counts_is_a_percent():
    read = [(q.value, q.qualifier) for q in extract_quantities("Roughly one in three cells")]
    assert read == [(33.33, "roughly")]
    assert [q.value for q in extract_quantities("two out of every five packs")] == [40.0]
    assert [q.value for q in extract_quantities("three in every ten buses")] == [30.0]
    assert [q.value for q in extract_quantities("one in six of the boats")] == [16.67]


def test_a_ratio_of_time_or_of_a_scale_or_counted_things_is_none():
    for text in ("one in three years", "one in ten thousand", "the top three in ten markets"):
        assert all(q.unit != "percent" for q in extract_quantities(text)), text
    assert all(q.unit != "percent" for q in extract_quantities("five in three"))


def test_a_ratio_holds_a_share_of_the_name_it_is_said_of():
    shares = dated_shares(LEAD + "Pellwick Cells supplied one in five of the packs in 2025.\n")
    assert ("Pellwick Cells", 20.0, "2025") in shares


def test_a_list_with_its_verb_gapped_gives_the_next_figure_to_the_next_name_not_the_first():
    shares = held_shares(
        LEAD
        + "Pellwick Cells, a Tarnby assembler, had 3.4 per cent, and Brenvale Ko 2.6 per cent.\n"
    )
    assert ("Pellwick Cells", 3.4) in shares and ("Pellwick Cells", 2.6) not in shares
    shares = held_shares(LEAD + "Pellwick Cells has 1.8%; Brenvale's Zorvex 1.2%, a newcomer.\n")
    assert ("Pellwick Cells", 1.8) in shares and ("Pellwick Cells", 1.2) not in shares
    # a name the text also names as a company keeps its figure
    shares = held_shares(LEAD + "Pellwick Cells took 9.0%, and Zorvex Energy about 4.0%.\n")
    assert ("Zorvex Energy", 4.0) in shares


def test_a_name_after_a_figure_with_no_list_before_it_takes_nothing_away():
    shares = held_shares(LEAD + "Pellwick Cells had 3.4%, Chief Executive Ana Brel said.\n")
    assert ("Pellwick Cells", 3.4) in shares


def test_a_fifth_is_a_share_and_a_fifth_less_a_change():
    shares = held_shares(LEAD + "Pellwick Cells took just over a fifth of the market in 2025.\n")
    assert ("Pellwick Cells", 20.0) in shares
    shares = held_shares(LEAD + "Pellwick Cells packs cost about a fifth less than in 2024.\n")
    assert ("Pellwick Cells", 20.0) not in shares


def test_a_phrase_fronting_the_figure_gives_it_to_the_subject_of_the_clause_after():
    for sentence in (
        "With 31.2% of the market in the first nine months, Tulkara Cells stayed ahead of "
        "Vessaro Power (20.1%).",
        "On about 31.2 per cent, the Hefei-based Tulkara Cells kept second place.",
        "With 31.2%, Tulkara Cells was the clear number two.",
    ):
        shares = held_shares(LEAD + sentence + "\n")
        assert ("Tulkara Cells", 31.2) in shares, sentence
    # a fronted phrase whose clause opens with no name: no holder from the words after it
    shares = held_shares(
        LEAD + "With 31.2% of the market, the region's biggest supplier is far ahead of Tulkara "
        "Cells.\n"
    )
    assert ("Tulkara Cells", 31.2) not in shares


def test_a_verb_of_making_hands_the_figure_on_and_a_gapped_list_goes_on_with_it():
    shares = held_shares(
        LEAD + "Of all scooter batteries sold in 2025, 31.2% were made by Tulkara Cells and "
        "20.1% by Vessaro Power.\n"
    )
    assert ("Tulkara Cells", 31.2) in shares and ("Vessaro Power", 20.1) in shares
    assert ("Tulkara Cells", 20.1) not in shares
    shares = held_shares(
        LEAD + "In 2025 some 18 per cent of the packs came from Hollinbeck Energy.\n"
    )
    assert ("Hollinbeck Energy", 18.0) in shares
    # "by" after a figure with no verb of handing before it names no holder
    shares = held_shares(LEAD + "Tulkara Cells grew 31.2% by volume in 2025.\n")
    assert ("Tulkara Cells", 31.2) not in shares


def test_a_company_that_says_what_it_holds_holds_it_and_an_unknown_name_leaves_it_unknown():
    text = (
        "Storage league\nPublished 2 December 2026\n\nVessaro Energia builds storage parks. "
        "Vessaro Energia supplied 4% of the battery cells installed in grid-storage projects "
        "last year. Its larger rival, {name} (BME: TLKR), says it had 11%, which would put it "
        "second.\n"
    )
    shares = held_shares(text.format(name="Tulkara Energy"))
    assert ("Tulkara Energy", 11.0) in shares and ("Vessaro Energia", 11.0) not in shares
    # a name the text never makes a company: the figure is no one's it can tell
    shares = held_shares(text.format(name="Tulkara Speicherwerk"))
    assert ("Vessaro Energia", 11.0) not in shares


def test_that_compares_with_goes_on_with_the_one_holder_of_the_sentence_before():
    for opening in ("That compares with", "This is up from", "The figure was down from"):
        shares = held_shares(
            LEAD + f"Pellwick Cells reached 21.3 percent in 2026. {opening} 24.0 percent in 2024.\n"
        )
        assert ("Pellwick Cells", 24.0) in shares, opening
    # two holders before: whose figure it compares with is not said
    shares = held_shares(
        LEAD + "Pellwick Cells reached 21.3 percent and Zorvex Energy 9.1 percent in 2026. That "
        "compares with 24.0 percent in 2024.\n"
    )
    assert not any(p == 24.0 for _, p in shares if _)
