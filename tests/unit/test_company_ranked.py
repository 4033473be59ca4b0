"""Companies named by their place in a ranking and their figure, dotted legal forms written in
capitals, a name in apposition to a rival or customer or on a source line; words of a ranking and
a report's legal notice that name no company of the story."""

from __future__ import annotations

from test_company_rules import _extract, _names


def test_a_name_given_a_place_and_a_figure_holds_a_share():
    names = _names(
        "Imports of electric cars rose again in the nine months.\n\n"
        "Kastelo held 31 per cent of them. Zelvano followed in second place with 14.1 percent, "
        "and Quarnet was third with 9.7 percent.\n\n"
        "Mervoda, once the leader of the segment, is down to sixth place with 3.1%.\n\n"
        "It was ahead of second-placed Talvora with 21 percent and Ondrek, fourth with 6%.\n"
    )
    assert {"Zelvano", "Quarnet", "Mervoda", "Talvora", "Ondrek"} <= names


def test_a_place_in_a_ranking_alone_makes_no_company():
    names = _names(
        "Petrol cars remained first with 61 percent of sales, and diesel was second.\n\n"
        "Exports came second with 12 percent of output, the ministry said.\n\n"
        "The second line runs at 80% of its capacity.\n"
    )
    assert not names & {"Petrol", "Exports", "The"}


def test_a_dotted_legal_form_in_capitals_is_one_word_of_the_name():
    companies = _extract(
        "Beneficiary: Calderon Baterii S.R.L.\n\n"
        "Pirasol Cells S.A.E. is building a cell plant near the port.\n\n"
        "Vestra Stockage S.A.R.L. will supply the modules.\n"
    ).companies
    names = {c.name for c in companies}
    assert {"Calderon Baterii", "Pirasol Cells", "Vestra Stockage"} <= names
    assert not any(name.endswith(" S") for name in names)


def test_a_research_reports_legal_notice_names_no_company_of_the_story():
    names = _names(
        "Vestrel Energy held 31% of installations in the quarter, ahead of Pirona Cells.\n\n"
        "Disclosures: Fenwright Securities does and seeks to do business with companies "
        "covered in its research reports. Oakhurst Partners and its affiliates may hold "
        "positions in the securities mentioned.\n"
    )
    assert "Vestrel Energy" in names
    assert not names & {"Fenwright Securities", "Oakhurst Partners"}


def test_a_name_in_apposition_to_a_companys_rival_or_customer_is_a_company():
    names = _names(
        "Vestrel Energy swapped 1.2 million packs in the quarter.\n\n"
        "Its nearest rival, Brennic, swapped about 400,000.\n\n"
        "When its largest customer, the Perth-based Tarsen Motors, moved to another "
        "supplier, sales fell.\n\n"
        "Her rival, the incumbent, lost the vote.\n"
    )
    assert {"Brennic", "Tarsen Motors"} <= names


def test_a_source_line_under_a_table_names_the_figures_sources():
    names = _names(
        "Vestrel Energy held 31% of installations in the quarter, the figures show.\n\n"
        "Rank | Maker | Share\n"
        "1 | Vestrel Energy | 31.0%\n"
        "2 | Pirona Cells | 18.2%\n"
        "Source: Corvellix, Lindqvar Metrics\n\n"
        "Pirona Cells plans a second plant in 2027, the company said on Monday.\n"
    )
    assert {"Corvellix", "Lindqvar Metrics"} <= names


def test_a_name_the_text_makes_a_markets_leader_or_largest_seller_is_a_company():
    text = (
        "Electric scooters sell well in the capital.\n\n"
        "Quintara remains the leader of the electric scooter market. The company held 41% of "
        "new scooters registered in the first half of 2026.\n\n"
        "Taldor, a brand sold through 140 dealers, is the leader with about 30% of home "
        "batteries sold this year.\n\n"
        "Marlex Cell remained the largest supplier of automotive cells in the region.\n\n"
        "Zorvik, whose scooters the fleet uses, led electric two-wheeler sales in the first half "
        "with a share of 34 percent.\n\n"
        "Nexaro, the largest online marketplace for used electric cars with about 31% of "
        "listings, says sales rose.\n"
    )
    names = _names(text)
    assert {"Quintara", "Taldor", "Marlex Cell", "Zorvik", "Nexaro"} <= names
    shares = {(s.holder, s.percent) for s in _extract(text).shares}
    assert ("quintara", 41.0) in shares and ("zorvik", 34.0) in shares


def test_a_place_or_a_word_made_a_markets_leader_is_no_company():
    names = _names(
        "Lithium prices fell again in the quarter.\n\n"
        "Chile remains the largest producer of lithium in the region.\n\n"
        "Illinois was the leader in registrations with 12% of the total.\n\n"
        "Imports remained the leader of the market in 2025, and exports were second.\n\n"
        "Brastow said the plant, the largest supplier of cells in the region, will expand.\n"
    )
    assert not names & {"Chile", "Illinois", "Imports"}


def test_a_name_opening_a_sentence_with_an_aside_then_a_figure_is_a_company():
    text = (
        "Electric car imports rose again in the nine months.\n\n"
        "Kelvar, which has no official dealer on the island, had less than 5 per cent of "
        "the market for electric cars in the nine months.\n\n"
        "Morvani, whose cars arrive only through parallel imports, fell below 1% of "
        "registrations. The share of buyers who charge mainly at home is about 60%.\n"
    )
    assert {"Kelvar", "Morvani"} <= _names(text)
    shares = {(s.holder, s.percent) for s in _extract(text).shares}
    assert ("kelvar", 5.0) in shares and ("morvani", 1.0) in shares
    assert not [s for s in shares if s[1] == 60.0]  # a share of buyers, no company's


def test_a_place_or_a_word_opening_a_sentence_with_an_aside_is_no_company():
    names = _names(
        "Imports rose again in the nine months.\n\n"
        "Chile, which exports most of its lithium, had less than 5 per cent of the market.\n\n"
        "Diesel, which still fuels most trucks, had less than 5 per cent, while diesel cars "
        "fell.\n"
    )
    assert not names & {"Chile", "Diesel"}


def test_a_name_with_its_place_in_apposition_is_a_company():
    names = _names(
        "Installations of cells rose again in the nine months.\n\n"
        "Dravena held 31 per cent. Korlin, fourth, slipped to 3.9 per cent.\n\n"
        "Sestra, fifth, is the newcomer to the table.\n"
    )
    assert {"Korlin", "Sestra"} <= names


def test_an_ordinal_in_apposition_after_words_makes_no_company():
    names = _names(
        "The plan, first, cuts costs by 4 per cent.\n\n"
        "Prices, second, fell to 3.9 per cent below last year's.\n"
    )
    assert not names & {"The", "Prices"}


def test_the_rivals_a_ranking_puts_one_behind_or_ahead_of_are_companies():
    names = _names(
        "The brand had 9.1 percent of sales, ranking third behind Varnholt and Kestrom.\n\n"
        "Lindqvar alone held 38 percent, ranking first, ahead of Sorvik, Tavrel and Quenmoor.\n\n"
        "Its share reached 9.4% in the quarter, though it remained well behind Ardello.\n\n"
        "The bus maker was second in the first nine months, second only to Brisca Coaches.\n"
    )
    assert {"Varnholt", "Kestrom", "Sorvik", "Tavrel", "Quenmoor", "Ardello"} <= names
    assert "Brisca Coaches" in names


def test_behind_or_ahead_of_with_no_ranking_or_in_a_ranking_of_places_is_no_company():
    names = _names(
        "The plant is running behind Varnholt's schedule, the company said.\n\n"
        "That makes it the first port of entry for these cars, ahead of Kestrom with 19 percent.\n\n"
        "China held 60%, ahead of Europe and Japan.\n"
    )
    assert not {"Varnholt", "Kestrom", "Europe", "Japan"} & names


def test_whom_a_maker_makes_cells_for_or_holds_a_supply_deal_with_is_a_company():
    names = _names(
        "Its rival, which makes cylindrical cells for Vorsk in two states, held 9.4 per cent.\n\n"
        "The Korean firm, which supplies cells for Dallenby's Shanghai-built cars, had 1.6%.\n\n"
        "Its partner makes cells in Stranmoor for Kelvane, the carmaker said.\n"
    )
    assert {"Vorsk", "Dallenby", "Kelvane"} <= names


def test_a_place_cells_are_made_for_is_no_company():
    names = _names(
        "The plant makes cells for Europe and batteries for March deliveries.\n\n"
        "It signed a supply deal with China last year.\n\n"
        "It sells battery packs for Class 8 trucks.\n"
    )
    assert not names & {"Europe", "March", "China", "Class"}


def test_the_rows_of_a_numbered_ranking_name_its_sellers():
    # A list of three rows or more, each a name and its figures alone: a ranking, though no
    # sentence near it says "share" ("1." may stand as a sentence of its own).
    names = _names(
        "Kelvaro overtook Pellucor in the half year. Suppliers, April-September (a year "
        "earlier in brackets):\n\n"
        "1. Kelvaro - 21.4% (17.2%)\n\n"
        "2. Zorvatek - 18.9% (20.5%)\n\n"
        "3. Halvix Varnex - 14.6% (15.8%)\n\n"
        "4. Ludrava: 9.7% (9.9%)\n\n"
        "Others - 35.4% (36.6%)\n"
    )
    assert {"Zorvatek", "Halvix Varnex", "Ludrava"} <= names
    assert "Others" not in names


def test_a_row_alone_or_a_row_of_words_ranks_nothing():
    names = _names(
        "The fleet grew again in October.\n\n"
        "5. Number of the week: 62%\n\n"
        "Trimbell - 14.6%\n\n"
        "Ostavia: 9.7% of the fleet runs on it, Smeltwick - 8% of what it was.\n\n"
        "Quarterly: 4% (3%)\n"
    )
    assert not names & {"Number", "Trimbell", "Ostavia", "Smeltwick", "Quarterly"}


def test_a_rival_or_supplier_the_copula_names_is_a_company():
    names = _names(
        "Q: Who do you compete with?\n\n"
        "A: Our largest competitor here is Brannoc, with its wall battery.\n\n"
        "The largest supplier is still Tesmira, but we have taken projects from it.\n"
    )
    assert {"Brannoc", "Tesmira"} <= names


def test_a_place_or_a_word_the_copula_names_is_no_company():
    names = _names(
        "Our largest supplier is China, and our biggest rival is Germany.\n\n"
        "Their main competitor is Price. The price of the cells fell again.\n"
    )
    assert not names & {"China", "Germany", "Price"}


def test_the_names_a_place_below_them_is_given_after_are_rivals():
    names = _names(
        "Drevmark carries about 19 per cent of passengers, making it the second-largest "
        "operator there after Pacific Solvaki.\n\n"
        "Kelling Packs supplied 12 per cent of the packs, making it the third-largest "
        "supplier after Brisvane and Quarrow Tindle Packs.\n"
    )
    assert {"Pacific Solvaki", "Quarrow Tindle Packs", "Brisvane"} <= names


def test_a_place_a_place_below_it_is_given_after_is_no_rival():
    names = _names(
        "The port handled 19 per cent of the cargo, the second-largest share after "
        "South Korea and Lower Saxony.\n\n"
        "It was the third-biggest market after March, the ministry said.\n"
    )
    assert not names & {"South Korea", "Lower Saxony", "March"}


def test_the_rows_of_a_bulleted_ranking_name_companies():
    names = _names(
        "Here is how the makers stood in October, a year earlier in brackets:\n\n"
        "- Korvath: 24.1% (22.8%)\n"
        "- Mellisand Cells: 21.7% (19.5%)\n"
        "- Drovane: 7.4pc (4.9pc)\n"
        "- Others: 11.9% (5.2%)\n"
    )
    assert {"Korvath", "Drovane"} <= names
    assert "Others" not in names


def test_a_bulleted_list_of_two_rows_or_of_words_ranks_no_one():
    names = _names(
        "The pack in figures:\n\n"
        "- Pelquist: 24.1% (22.8%)\n"
        "- Recycled nickel: 20%\n\n"
        "The cell's capacity, its cobalt content and its lithium content are given below.\n\n"
        "- Capacity: 40%\n"
        "- Cobalt: 5%\n"
        "- Lithium: 8%\n"
    )
    assert "Pelquist" not in names
    assert not {"Capacity", "Cobalt", "Lithium"} & names


def test_a_name_a_ranking_verb_puts_in_front_or_behind_with_its_figure_holds_a_share():
    # No place is written: the verb ("led", "followed", "stayed ahead", "held") and the figure
    # make the name a seller, at a sentence's start, after a colon or a comma, with an aside.
    names = _names(
        "Registrations in the ten months: Qorvella led comfortably with 28 percent.\n\n"
        "Vyndra, once the leader, followed with 9.8 per cent (10.5 per cent).\n\n"
        "Tamsk is still far ahead with roughly two-thirds of the market.\n\n"
        "Ollerby held 4.3 pct, against 4.1 pct a year earlier.\n\n"
        "Among the smaller importers, Brisquet trailed with about 2.1%.\n"
    )
    assert {"Qorvella", "Vyndra", "Tamsk", "Ollerby", "Brisquet"} <= names


def test_a_plural_a_country_or_a_plain_word_leading_with_a_figure_is_no_company():
    names = _names(
        "Imports led with 40 percent of the volume.\n\n"
        "Germany followed with 31% of registrations.\n\n"
        "Diesel held 12% of the fleet; diesel buses are older.\n\n"
        "Hessary led the talks with 12 delegates.\n"
    )
    assert not names & {"Imports", "Germany", "Diesel", "Hessary"}


def test_a_name_whose_relative_clause_or_own_verb_holds_the_share_is_a_company():
    text = (
        "Storage cell shipments rose again in the nine months.\n\n"
        "Velspar, which had 7.4%, slipped to fifth.\n\n"
        # the clause's figure written with a decimal comma and a word of manner
        "Drommel, which still commands roughly 8,9 per cent of the segment, was fourth.\n\n"
        # a fraction for the figure, the clause opened by "that"
        "The rest was split; Quintaro, that held a third of the coastal market, stayed out.\n\n"
        "Asterby commands 3.1 percent.\n"
    )
    names = _names(text)
    assert {"Velspar", "Drommel", "Quintaro", "Asterby"} <= names


def test_a_plural_a_day_or_a_word_of_english_holding_the_share_is_no_company():
    text = (
        "Storage cell shipments rose again in the nine months; imports gained.\n\n"
        "Imports, which had 40%, fell back.\n\n"
        "Monday, which had 12% of the week's deliveries, was the busiest.\n"
    )
    names = _names(text)
    assert not names & {"Imports", "Monday"}
