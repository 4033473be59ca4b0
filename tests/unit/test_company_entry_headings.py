"""Company names as lists and filings write them: a capital with a diacritic opening a name, a
legal form of South-East Europe, a heading that gives a company's full name over its entry, a
filing's definitions; and the staff of a plant the text has told of."""

from __future__ import annotations

from test_company_rules import _extract, _names, _paid


def test_a_name_may_open_with_a_capital_that_carries_a_diacritic():
    names = _names("Élan Stockage signed a supply deal with a bus maker.\n")
    assert "Élan Stockage" in names


def test_legal_forms_of_albanian_and_turkish_copy_end_a_name():
    names = _names(
        "Vardar Moduli Sh.p.k. launched a storage module.\n\n"
        "Karadeniz Akü A.Ş. opened a plant near the port.\n"
    )
    assert {"Vardar Moduli Sh.p.k.", "Karadeniz Akü A.Ş."} <= names
    assert "Vardar Moduli Sh" not in names


def test_an_entry_heading_names_the_company_its_entry_describes():
    names = _names(
        "Trade fair exhibitors\n\n"
        "C11 - Morava Storage L.L.C. (Nis)\n\n"
        "Installer of home batteries. On show: a 10 kWh wall unit.\n\n"
        "C12 - Tessaly Cells Co., Ltd. (Larissa)\n\n"
        "Presents its newest cell. Meetings by appointment.\n"
    )
    assert {"Morava Storage L.L.C.", "Tessaly Cells"} <= names


def test_a_running_head_or_a_letters_address_is_no_entry():
    names = _names(
        "Quarterly Letter to Limited Partners\n\n"
        "Our fund returned little this quarter as prices of cells fell.\n\n"
        "Ostwind Akkus GmbH | Annual Report | 12\n\n"
        "The plant ran at full load all year.\n"
    )
    assert not any("Limited" in n or "Ostwind" in n for n in names)


def test_a_filings_definition_gives_the_short_name_it_then_uses():
    text = (
        "1. Definitions\n\n"
        '"VCL" means Varna Cell Lines AD;\n\n'
        '"NIB" means Northern Industry Bank;\n\n'
        "2. Financing\n\n"
        "NIB has agreed to provide VCL with a loan of EUR 90 million for ten years.\n"
    )
    assert (("northern-industry-bank",), ("varna-cell-lines",), 90e6) in _paid(text)


def test_staff_at_the_plant_just_told_of_are_that_plants():
    investments = _extract(
        "Orvik Energy has approved a cell plant near Sundby at a cost of EUR 800 million.\n\n"
        "The plant will make 6 GWh of cells a year from 2029.\n\n"
        "Its unit Orvik Cells expects to employ 700 people at the plant.\n"
    ).investments
    assert len(investments) == 1
    assert any(f.attribute == "jobs" and f.value == 700 for f in investments[0].facts)


def test_a_titles_word_before_a_bodys_head_is_part_of_its_name():
    names = _names(
        "Last week the Federal Executive Council approved the refinery at Osun.\n\n"
        "The Executive Committee of Varna Cells met on Monday.\n"
    )
    assert "Federal Executive Council" in names
    assert not any(n.startswith("Executive Committee") for n in names)


def test_a_paper_a_body_issues_is_no_part_of_the_bodys_name():
    names = _names(
        "Exhibit 4. Certificate of the Chamber of Trade, Crafts and Industry of Moldova on "
        "the firm's registration.\n\n"
        "A Decision of the Regional Council of Tirol set the terms.\n"
    )
    assert "Chamber of Trade, Crafts and Industry of Moldova" in names
    assert not any(n.startswith(("Certificate", "Decision")) for n in names)


def test_the_day_between_a_name_and_its_verb_leaves_the_verb_its_own():
    names = _names("The Compagnie des Piles de Lomé (CPL) on Tuesday signed an agreement.\n")
    assert "Compagnie des Piles de Lomé" in names


def test_a_numbered_entry_of_a_list_heads_the_body_it_lists():
    names = _names(
        "Hall C exhibitors\n\n"
        "C04 - Morava Savings Bank\n\n"
        "Green loans for homes with solar power and storage.\n"
    )
    assert "Morava Savings Bank" in names


def test_an_elided_article_after_et_goes_on_a_french_name():
    names = _names("The Société de Transport et d'Entreposage du Niger will build a depot.\n")
    assert "Société de Transport et d'Entreposage du Niger" in names


def test_a_romance_firms_kind_opening_its_name_makes_it_a_company():
    names = _names(
        "New members this month: Comercializadora Andina, Talleres Ortiz Vega and nine others.\n"
    )
    assert {"Comercializadora Andina", "Talleres Ortiz Vega"} <= names
