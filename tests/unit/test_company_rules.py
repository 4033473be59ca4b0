"""Rules of the companies and investments extraction, each on a sentence or two of news copy."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.records import Extracted, Lexicon, extract_records


def _extract(text: str) -> Extracted:
    passages = split_passages("doc", text)
    return extract_records("doc", passages, Lexicon([]))


def _names(text: str) -> set[str]:
    return {c.name for c in _extract(text).companies}


def test_a_legal_form_makes_a_company():
    assert "Iberia Celdas" in _names("Iberia Celdas SA runs a plant near Valmonte.\n")


def test_a_public_body_keeps_its_place_and_its_nationality():
    names = _names(
        "The Government of Canada will lend C$300 million.\n\n"
        "The Swedish Energy Agency is expected to confirm a grant.\n\n"
        "A loan came from the Department for Business and Trade.\n"
    )
    assert {"Government of Canada", "Swedish Energy Agency"} <= names
    assert "Department for Business and Trade" in names
    assert "Energy Agency" not in names and "Government" not in names


def test_a_kind_before_a_name_outweighs_a_speech_verb():
    found = _extract(
        "Voltstrand, the German cell maker backed by the carmaker Brenner Werke, said its plant "
        "was on schedule.\n"
    ).companies
    kinds = {c.name: (c.kind, c.country) for c in found}
    assert kinds["Brenner Werke"][0] == "automaker"
    assert kinds["Voltstrand"] == ("cell maker", "Germany")


def test_a_unit_of_and_makers_such_as_name_organisations():
    names = _names(
        "Daewon will buy cathodes from Seorim Materials, a unit of steelmaker Seorim Steel.\n\n"
        "Cheaper materials help cell makers such as Portland-based Cascadia Cells.\n"
    )
    assert {"Seorim Steel", "Cascadia Cells"} <= names


def test_datelines_labels_headlines_and_models_are_not_companies():
    names = _names(
        "SEOUL, Feb. 11 (Yonsan) -- Hwaseong Energy Co. said it will build a plant.\n\n"
        "SOURCE Hwaseong Energy Co.\n\n"
        "The Brisk Motors Arlo comes with an 82 kWh battery, Brisk Motors said.\n\n"
        "The piece ran under the headline Treasury Tightens Rules On Batteries.\n"
    )
    assert "Yonsan" not in names  # (a wire's own name there is one: test_company_outlets.py)
    assert not any(n.startswith(("SOURCE", "Treasury")) for n in names)
    assert "Brisk Motors" in names and not any("Arlo" in n for n in names)


def test_a_ranking_names_holders_by_their_places():
    names = _names(
        "Jiangyuan Power held 37.5% of the global market share.\n\n"
        "Daesan SDI ranked fifth with 4.9%.\n\n"
        "Gotion High-Tech was sixth with 4.4%, and Hefeng Lithium had 2.2%.\n"
    )
    assert {"Gotion High-Tech", "Hefeng Lithium"} <= names


def test_defined_names_and_short_forms_are_aliases():
    found = _extract(
        'Kestway Materials Inc. (TSX: KWM) ("Kestway" or "the Company") and Orland Automotive '
        "Group today announced a joint venture.\n\n"
        "Orland will hold 49% of the venture, with Kestway holding the rest.\n"
    ).companies
    aliases = {c.name: set(c.aliases) for c in found}
    assert "Kestway" in aliases["Kestway Materials"]
    assert "Orland" in aliases["Orland Automotive Group"]


def test_a_defined_name_that_is_the_name_less_its_legal_form_keeps_the_company():
    names = _names(
        'Kestry Cells, Inc. ("Kestry Cells"), a developer of packs for aircraft, today announced '
        "a $40 million financing.\n\n"
        'HALVENBY -- Orlet Energia S.p.A. (the "Orlet Energia" or the "Company") opened a line.\n\n'
        "Quenby Power Ltd (\u201cQuenby Power\u201d), the Leeds maker of bus packs, said on "
        "Monday it would hire 200 people.\n\n"
        'Brindle Holdings Plc ("Brindle Holdings" or "we") and Tamsford Metals AG '
        '("Tamsford Metals") signed a supply agreement.\n'
    )
    assert {"Kestry Cells", "Quenby Power", "Brindle Holdings", "Tamsford Metals"} <= names, names


def test_a_quoted_name_in_brackets_after_another_thing_stays_a_product():
    names = _names(
        'Kestry Cells launched its new pack ("Orlet One"), which holds 80 kWh, Kestry Cells, '
        "a maker of cells, said.\n"
    )
    assert "Orlet One" not in names, names


def test_a_table_row_is_an_investment_with_its_place():
    (record,) = _extract(
        "The plants that moved forward this quarter:\n\n"
        "Voltstrand GmbH, Eisenfeld (Germany): €2.3bn, 32 GWh, 2,400 jobs, start of production "
        "2027.\n"
    ).investments
    facts = {f.attribute: f.value for f in record.facts}
    assert record.by == ("voltstrand",)
    assert [(a.value, a.unit) for a in record.amounts] == [(2.3e9, "EUR")]
    assert facts == {"capacity": 32, "jobs": 2400, "place": "Eisenfeld"}


def test_money_the_next_sentence_builds_is_the_builders_and_the_council_only_approves():
    (record,) = _extract(
        "Plans for a £640 million battery factory have been approved by Harrowdale County "
        "Council.\n\n"
        "Fenmoor Cells Ltd will build the plant and expects to employ 1,100 people when it "
        "opens in 2028.\n"
    ).investments
    assert record.by == ("fenmoor-cells",)
    assert [a.value for a in record.amounts] == [640e6]
    assert record.year == "2028"


def test_two_sums_in_one_sentence_are_two_records():
    records = _extract(
        "Redfern Cells makes cells in Texas.\n\n"
        "It raised $1.1 billion from investors including Pinecrest Capital and received a "
        "$1.4 billion loan from the U.S. Department of Energy.\n"
    ).investments
    parties = {(r.amounts[0].value, r.by, r.to) for r in records}
    assert (1.1e9, ("pinecrest-capital",), ("redfern-cells",)) in parties
    assert (1.4e9, ("u-s-department-of-energy",), ("redfern-cells",)) in parties


def test_won_after_a_figure_is_a_currency_not_a_verb():
    (record,) = _extract(
        "Korea's Hwaseong Energy Co. said it will invest 2.1 trillion won to build a plant in "
        "Tennessee.\n"
    ).investments
    assert record.by == ("hwaseong-energy",) and record.to == ()
    assert record.amounts[0].unit == "KRW"


def test_we_is_the_company_the_text_is_about():
    (record,) = _extract(
        "Welcome to the Nordfors Batteri earnings call.\n\n"
        "Our plant in Lulea ships cells to Aldermark Trucks.\n\n"
        "We will invest 1.2 billion euros in a third plant in Vaasa.\n"
    ).investments
    assert record.by == ("nordfors-batteri",)


def test_a_plant_announced_then_costed_then_described_is_one_record():
    records = _extract(
        "Elbwerk Energie GmbH will build its second cell factory in Schwarzheide. The "
        "investment totals around €1.4 billion.\n\n"
        "The state of Brandenburg will contribute €210 million in regional aid, while the "
        "federal government is providing a further €150 million.\n\n"
        "Production is due to start in 2027 with an annual output of 18 GWh. Around 1,300 jobs "
        "are to be created.\n"
    ).investments
    plant, *aid = records
    facts = {f.attribute: f.value for f in plant.facts}
    assert plant.by == ("elbwerk-energie",) and plant.year == "2027"
    assert facts == {"place": "Schwarzheide", "capacity": 18, "jobs": 1300}
    assert [(r.kind, r.by, r.to, r.amounts[0].value) for r in aid] == [
        ("subsidy", (), ("elbwerk-energie",), 210e6),
        ("subsidy", (), ("elbwerk-energie",), 150e6),
    ]


def test_a_company_and_its_suffixes_are_one_name():
    names = _names(
        "Shenzhen-listed Qingshan New Energy Technology Co., Ltd. said it plans to invest 6.5 "
        "billion yuan.\n\n"
        "Qingshan New Energy said the line would open in 2027, Qingshan said.\n"
    )
    assert names == {"Qingshan New Energy Technology"}


def test_a_lede_naming_its_company_in_the_next_sentence():
    (record,) = _extract(
        "CHATHAM COUNTY, Ga. (WKRT) — A battery recycling company says it will spend $450 "
        "million on a new plant in Chatham County that will create about 300 jobs.\n\n"
        "Cyclone Materials Recovery, a Boston startup, will recover lithium at the site.\n"
    ).investments
    assert record.by == ("cyclone-materials-recovery",)
    assert {f.attribute: f.value for f in record.facts}["jobs"] == 300


def test_government_money_towards_a_project_is_a_subsidy_to_its_company():
    records = _extract(
        "ASX-listed Coolabah Lithium has made a final investment decision on a A$1.1 billion "
        "refinery at Kwinana.\n\n"
        "Premier Roger Cook said the State Government would contribute A$45 million towards "
        "road and port upgrades.\n\n"
        "Shares in Coolabah jumped 8 per cent.\n"
    ).investments
    kinds = {(r.kind, r.by, r.to, r.amounts[0].value) for r in records}
    assert ("investment", ("coolabah-lithium",), (), 1.1e9) in kinds
    assert ("subsidy", ("state-government",), ("coolabah-lithium",), 45e6) in kinds


def test_an_ampersand_joins_one_name_and_a_country_name_belongs_to_it():
    names = _names(
        "Marwar Power & Mobility Ltd said on Monday it will build a cell plant.\n\n"
        "Korea Acme & Securities raised its target price for Marwar Power & Mobility.\n\n"
        "The Competition and Markets Authority will look at the deal, and UK Research and "
        "Innovation will fund the lab; competition is fierce.\n"
    )
    assert {"Marwar Power & Mobility", "Korea Acme & Securities"} <= names
    assert {"Competition and Markets Authority", "UK Research and Innovation"} <= names
    assert not names & {"Marwar Power", "Mobility", "Markets Authority", "Innovation"}


def test_a_second_name_after_a_complete_public_body_is_its_own():
    names = _names(
        "The plan was drawn up by the Department for Business and Trade and HM Treasury.\n"
    )
    assert {"Department for Business and Trade", "HM Treasury"} <= names


def test_funders_and_units_are_organisations_and_nordic_forms_are_suffixes():
    found = _extract(
        "Acme Cells AB has closed a €1.9bn debt package from a group of banks led by Skogby "
        "Bankhus.\n\n"
        "Its precursor plant is part-funded by a €45m grant from Tekna Suomi.\n\n"
        "Harlow Group said its battery unit, Harlow Cellworks, will build the line.\n\n"
        "Fjordvest SF has taken a stake in Nordkat AS.\n"
    ).companies
    kinds = {c.name: c.kind for c in found}
    assert {"Skogby Bankhus", "Tekna Suomi", "Harlow Cellworks"} <= set(kinds)
    assert kinds["Harlow Cellworks"] == "cell maker"


def test_a_price_target_or_a_valuation_is_no_investment():
    records = _extract(
        "Analysts at Kotwal Securities said the unit could be valued at Rs 14,000 crore.\n\n"
        "Korea Acme & Securities raised its target price for Hanul Chemical to 520,000 won.\n"
    ).investments
    assert records == []


def test_the_plant_and_its_jobs_follow_the_money_for_the_project():
    (record,) = _extract(
        "County commissioners voted to grant a tax abatement to Brookfell Cell Co., clearing "
        "the way for a battery plant near the city of Ashby.\n\n"
        "The company plans to spend $1.1 billion on the first phase of the project.\n\n"
        "It expects to hire 1,250 people by 2029.\n\n"
        "The plant would make enough cells each year for about 20 GWh of packs.\n"
    ).investments
    facts = {f.attribute: f.value for f in record.facts}
    assert record.by == ("brookfell-cell",)
    assert facts == {"place": "Ashby", "jobs": 1250, "capacity": 20}


def test_a_tax_break_a_debt_package_and_the_two_companies_have_their_receivers():
    records = _extract(
        "Brookfell Cell will build a plant in Ashby.\n\n"
        "Brookfell would pay 40 percent of its property taxes, a break worth $62 million.\n\n"
        "Brookfell also said it will form a joint venture with Ardent Motors.\n\n"
        "The two companies will each put in $1.3 billion.\n"
    ).investments
    parties = {(r.kind, r.by, r.to, r.amounts[0].value) for r in records if r.amounts}
    assert ("subsidy", (), ("brookfell-cell",), 62e6) in parties
    assert any(v == 1.3e9 and "brookfell-cell" in by for _, by, _, v in parties)


def test_a_headline_place_gives_way_to_the_town_the_lede_names():
    (record,) = _extract(
        "Marwar Power to invest Rs 8,500 crore in Gujarat cell plant\n\n"
        "Marwar Power Ltd said it will set up a cell plant at Sanand in Gujarat at an investment "
        "of Rs 8,500 crore.\n"
    ).investments
    assert {f.attribute: f.value for f in record.facts}["place"] == "Sanand"


def test_a_call_breaks_ground_then_costs_and_sizes_the_plant():
    records = _extract(
        "Operator: Welcome to the Corvane Storage second-quarter call.\n\n"
        "Dana Pruitt: We broke ground in Meriwether County in May. Total capex for phase one is "
        "$1.2bn, and we have secured a $400 million term loan from Harbor State Bank.\n\n"
        "Dana Pruitt: The site will run at 12 GWh. We expect to employ about 900 people there.\n\n"
        "Raj Iyer, Analyst, Pelham Brothers: Thanks.\n\n"
        "Mark Osei: We expect roughly $210 million in advanced manufacturing production credits.\n"
    )
    assert "Pelham Brothers" in {c.name for c in records.companies}
    found = {(r.kind, r.by, r.to, r.amounts[0].value): r for r in records.investments}
    plant = found[("investment", ("corvane-storage",), (), 1.2e9)]
    assert {f.attribute: f.value for f in plant.facts} == {
        "place": "Meriwether County",
        "capacity": 12,
        "jobs": 900,
    }
    assert ("loan", ("harbor-state-bank",), ("corvane-storage",), 400e6) in found
    assert ("subsidy", (), ("corvane-storage",), 210e6) in found


def test_rows_of_a_plant_table_and_a_venture_called_so_are_companies():
    records = _extract(
        "Who builds what in the north:\n\n"
        "Voltaris | Dunkirk | 24 GWh | 2026\n\n"
        "Ostrava Cellworks | Ostrava | 16 GWh | 2027\n\n"
        "The two will form a venture, to be called Ultiva, to recycle scrap.\n"
    )
    assert {"Voltaris", "Ostrava Cellworks", "Ultiva"} <= {c.name for c in records.companies}
    places = {
        r.by: [f.value for f in r.facts if f.attribute == "place"] for r in records.investments
    }
    assert places[("voltaris",)] == ["Dunkirk"]


def test_in_the_county_is_the_county_named_before():
    (record,) = _extract(
        "Harlan County commissioners met on Tuesday.\n\n"
        "Brookfell Cell Co. will invest $1.1 billion in a battery plant in the county.\n"
    ).investments
    assert {f.attribute: f.value for f in record.facts}["place"] == "Harlan County"


def test_companies_listed_as_customers_and_by_their_legal_form():
    names = _names(
        "Its customers include Ostrava Trucks, Velmar and Kestin Bus.\n\n"
        "Rivals such as Norrvik have cut prices.\n\n"
        "Skarva Kraft AS will supply the power, and the European Parliament has yet to vote.\n"
    )
    assert {"Ostrava Trucks", "Velmar", "Kestin Bus", "Norrvik"} <= names
    assert {"Skarva Kraft", "European Parliament"} <= names


def test_what_a_project_will_cost_is_its_investment():
    (record,) = _extract(
        "Norrvik Batteri AB plans a cell plant in Lulea.\n\n"
        "The project will cost about €2.1 billion, the company said.\n"
    ).investments
    assert record.by == ("norrvik-batteri",) and record.amounts[0].value == 2.1e9


def test_a_town_the_text_places_is_no_company_on_a_verb_alone():
    names = _names(
        "Sahyadri Cells will build its plant near Chakan.\n\n"
        "Chakan will host three suppliers, and Varda will supply the separators.\n"
    )
    assert "Chakan" not in names and "Varda" in names


def test_partners_in_a_deal_and_customers_supplied_are_companies():
    names = _names(
        "Varda Energy signed a supply deal with Kestrel Bus Works on Monday.\n\n"
        "It already supplies cells to Ostrava Trucks.\n"
    )
    assert {"Kestrel Bus Works", "Ostrava Trucks"} <= names


def test_initials_a_figure_is_sourced_to_are_a_body_and_the_station_told_is_media():
    found = _extract(
        "Installations rose 30 percent, according to SNE.\n\n"
        "Prices fell again, data from EVTank showed.\n\n"
        "The plant is on schedule, its chief executive told WKRT.\n\n"
        "The chief executive told Battery Metals Daily the money was in place.\n"
    )
    kinds = {c.name: c.kind for c in found.companies}
    assert {"SNE", "EVTank"} <= set(kinds)
    assert kinds["WKRT"] == kinds["Battery Metals Daily"] == "media"


def test_whom_a_speaker_tells_by_a_persons_name_is_no_outlet():
    assert _names("The plant is on schedule, its chief executive told Jane Roe.\n") == set()


def test_a_german_legal_form_an_institute_for_and_a_development_bank():
    found = _extract(
        "The automotive supplier Brandt Leichtbau GmbH & Co. KG is investing €310 million in a "
        "new plant in the district of Oberhavel.\n\n"
        "The Federal Ministry for Economic Affairs (BMWK) is supporting the project with €48 "
        "million, while the state-owned development bank KfW is providing a loan of €120 "
        "million.\n\n"
        "A study by the Fraunhofer Institute for Systems and Innovation Research expects demand "
        "to triple.\n"
    )
    names = {c.name for c in found.companies}
    assert {
        "Brandt Leichtbau",
        "KfW",
        "Fraunhofer Institute for Systems and Innovation Research",
    } <= names
    assert not any(n in ("KG", "Innovation Research") for n in names)
    parties = {(r.kind, r.by, r.to, r.amounts[0].value) for r in found.investments}
    assert ("investment", ("brandt-leichtbau",), (), 310e6) in parties
    assert ("loan", ("kfw",), ("brandt-leichtbau",), 120e6) in parties
    assert any(v == 48e6 and to == ("brandt-leichtbau",) for _, _, to, v in parties)


def test_spanish_legal_forms_connectors_and_heads():
    found = _extract(
        "Celdas Ibéricas S.L., a joint venture of the utility Energía del Ebro and a cell maker, "
        "will build a plant in the industrial estate of Tafalla at a cost of €1.1 billion.\n\n"
        "Its first customer will be Automóviles Ribera S.A., which makes vans.\n\n"
        "The regional employers' association, the Confederación de Empresarios de Navarra, "
        "called the project historic.\n"
    )
    kinds = {c.name: c.kind for c in found.companies}
    assert {"Celdas Ibéricas", "Energía del Ebro", "Automóviles Ribera"} <= set(kinds)
    assert "Confederación de Empresarios de Navarra" in kinds
    assert kinds["Automóviles Ribera"] != "association"
    (record,) = found.investments
    assert record.by == ("celdas-ibericas",)
    assert {f.attribute: f.value for f in record.facts}["place"] == "Tafalla"


def test_a_complex_is_a_plant_and_a_bank_that_lends_gives_a_loan():
    records = _extract(
        "Daehan-Kumho Chemical said it will invest 1.2 trillion won in a cathode materials "
        "complex in Pohang.\n\n"
        "The complex will hire 600 workers, the company said.\n\n"
        "The state-run Korea Development Bank (KDB) will lend 300 billion won for the project.\n"
    ).investments
    parties = {(r.kind, r.by, r.to): r for r in records}
    plant = parties[("investment", ("daehan-kumho-chemical",), ())]
    assert {f.attribute: f.value for f in plant.facts}["jobs"] == 600
    assert ("loan", ("korea-development-bank",), ("daehan-kumho-chemical",)) in parties


def test_a_ticker_or_a_listing_makes_a_company():
    names = _names(
        "Solvane (NYSE: SLVN) is our top pick.\n\n"
        "Shenzhen-listed Tianrui trades at a discount, as does Norvik (5711.T).\n"
    )
    assert {"Solvane", "Tianrui", "Norvik"} <= names


def test_a_body_named_with_its_country_speaks_as_a_body():
    names = _names("Homes England said the site was ready.\n\nThe council agreed.\n")
    assert "Homes England" in names


def test_a_clause_ending_in_a_kind_does_not_describe_the_name_that_says_it():
    found = _extract(
        "Kestral Energy moved up one place after a new contract with a European carmaker, "
        "Harwick Analytics said.\n\n"
        "Demand was strong, the cell maker, Ordway Cells, said on Monday.\n"
    ).companies
    kinds = {c.name: c.kind for c in found}
    assert kinds["Harwick Analytics"] == "research firm"  # its own name's word, not "carmaker"
    assert kinds["Ordway Cells"] == "cell maker"  # an apposition closed by a comma still tells


def test_a_pronoun_or_a_span_of_months_is_never_a_company():
    from evkb.kb.records.company_nameable import is_nameable

    # "We supplied 8.5 percent of the market" in a call; "April-June shipments rose".
    assert not is_nameable("We", set()) and not is_nameable("April-June", set())
    assert not is_nameable("They", set())
    assert is_nameable("Velling", set()) and is_nameable("May Energy", set())


def test_a_rating_or_a_day_after_a_name_is_not_part_of_it():
    names = _names(
        "We keep Tarn Power Systems Overweight as its plant ramps up.\n\n"
        "Morel Energy listed on the Seoul Exchange Tuesday, the company said.\n"
    )
    assert "Tarn Power Systems" in names and "Tarn Power Systems Overweight" not in names
    assert "Seoul Exchange Tuesday" not in names


def test_bodies_of_a_legislature_and_an_office_keep_their_whole_names():
    found = _extract(
        "Members of the Senate Committee on Energy and Natural Resources questioned the delay.\n\n"
        "The House Energy and Commerce Committee will hold a hearing.\n\n"
        "A report from the Government Accountability Office found delays, the GAO said.\n\n"
        "The Inflation Reduction Act made the programme more attractive.\n"
    ).companies
    names = {c.name for c in found}
    assert "Senate Committee on Energy and Natural Resources" in names
    assert "House Energy and Commerce Committee" in names
    assert "Government Accountability Office" in names
    assert not names & {"GAO", "Inflation Reduction Act", "Accountability Office", "House Energy"}
    office = next(c for c in found if c.name == "Government Accountability Office")
    assert "GAO" in office.aliases


def test_kronor_lakh_crore_and_a_canadian_dollar():
    found = _extract(
        "HALIFAX, N.S. — Harbour Cells Inc. will invest $1.4-billion in a cell plant.\n\n"
        "Kvarn Batteri AB will invest SEK 1.2 billion in a cathode plant.\n\n"
        "Orvik Cells AS will invest NOK 600m (€52m) in a second line.\n\n"
        "Sahyadri Cells Ltd will invest Rs 1 lakh crore in cell plants.\n"
    ).investments
    amounts = {(a.value, a.unit) for i in found for a in i.amounts}
    assert (1.4e9, "CAD") in amounts
    assert (1.2e9, "SEK") in amounts
    assert {(6e8, "NOK"), (5.2e7, "EUR")} <= amounts
    assert (1e12, "INR") in amounts


def test_an_office_holder_or_members_in_the_possessive_stay_in_a_body_name():
    names = _names(
        "The Nevada Governor's Office of Economic Development approved the tax credits.\n\n"
        "The Federation of Automobile Dealers' Associations said sales rose.\n\n"
        "The guarantee is administered by the Swedish National Debt Office, it said.\n"
    )
    assert "Nevada Governor's Office of Economic Development" in names
    assert "Federation of Automobile Dealers' Associations" in names
    assert "Swedish National Debt Office" in names
    assert not names & {"Office of Economic Development", "National Debt Office"}


def test_an_apposition_going_on_with_a_participle_describes_the_name():
    found = _extract(
        "Marden Cell Works, the battery start-up spun out of a university, is to build a "
        "£1.6bn plant at Teesford.\n"
    ).companies
    assert [(c.name, c.kind) for c in found] == [("Marden Cell Works", "cell maker")]


def test_money_for_a_class_of_companies_a_question_or_a_market_forecast_is_no_investment():
    found = _extract(
        "The Ministry of Industry will provide 300 billion won in policy loans to battery firms.\n\n"
        "The Tarn Research Office said compliance would cost the industry $300 million a year.\n\n"
        "Should you invest $1,000 in Kessel Motors right now?\n\n"
        "The country's EV market could draw investment of Rs 4 lakh crore by 2030.\n\n"
        "Kessel Motors will invest $2 billion in a cell plant to supply carmakers.\n"
    ).investments
    assert [[a.value for a in i.amounts] for i in found] == [[2e9]]


def test_a_venture_named_in_passing_and_the_works_that_follow_belong_to_the_plant():
    found = _extract(
        "Kessel Battery Corp and Arden Motor Co will spend $3.4 billion on a cell plant in "
        "Marlow County, the companies said.\n\n"
        "The joint venture, to be called KA Cells, will have an annual capacity of 30 GWh and "
        "will employ about 1,800 people.\n\n"
        "Production is scheduled to start in 2028, with the first cells going to Arden Motor.\n"
    ).investments
    plant = next(i for i in found if any(a.value == 3.4e9 for a in i.amounts))
    facts = {(f.attribute, f.value) for f in plant.facts}
    assert {("capacity", 30.0), ("jobs", 1800.0)} <= facts
    assert plant.year == "2028"


def test_a_named_plant_with_what_it_makes_between_is_the_place():
    found = _extract(
        "Kessel Motors is expanding the Brookhaven cell plant with a $1.1 billion investment, "
        "with the new lines running in 2028.\n"
    ).investments
    assert [(f.value, i.year) for i in found for f in i.facts if f.attribute == "place"] == [
        ("Brookhaven", "2028")
    ]


def test_a_law_firm_and_a_company_rated_by_an_analyst_are_companies():
    names = _names(
        "Lawyers at Whitcombe Harlan LLP, who advise several applicants, said the rules helped.\n\n"
        "We cut Shuguang Cathode to Underweight after the plant was delayed.\n\n"
        "Officials in Tokyo to hold talks on the plant were named.\n"
    )
    assert {"Whitcombe Harlan", "Shuguang Cathode"} <= names
    assert "Tokyo" not in names


def test_a_fund_an_institute_a_state_enterprise_and_a_union_named_by_their_kind():
    names = _names(
        "Equity came from shareholders, among them the Nordic pension fund Fjellkassa.\n\n"
        "It got a loan from state enterprise Envara for the line.\n\n"
        "Costs are higher, says Dr. Anna Weil from the research institute Zellhaus Rhein.\n\n"
        "The plant was welcomed by the trade union Metallbund.\n"
    )
    assert {"Fjellkassa", "Envara", "Zellhaus Rhein", "Metallbund"} <= names


def test_a_parent_of_the_same_name_family_is_a_company_of_its_own():
    found = _extract(
        "Norwegian cell start-up Skarnes Cells AS has secured a loan for a second line.\n\n"
        "Its Oslo-listed parent, Skarnes, said the expansion would cost NOK 3.1 billion.\n"
    )
    assert {c.name for c in found.companies} >= {"Skarnes Cells", "Skarnes"}
    assert [i.by for i in found.investments] == [("skarnes",)]


def test_a_legislature_is_a_body_and_a_legal_notice_company_or_a_unit_is_none():
    found = _extract(
        "Congress set aside the loan authority in 2022, the agency said.\n\n"
        "The Company expects its plant to open in 2027.\n\n"
        "The cells reach 190 Wh per kilogram and 300 Wh/kg in the lab.\n"
    ).companies
    assert [(c.name, c.kind) for c in found] == [("Congress", "government")]


def test_a_dateline_a_ruled_out_opposition_an_exchange_and_a_members_union():
    found = _extract(
        "ADELAIDE, SA — The South Australian Government will lend $120 million to Spencer Gulf "
        "Minerals for a plant at Whyalla, Energy Minister Tom Kearney said on Monday.\n\n"
        "The Australian Workers' Union welcomed the decision, while the Opposition said the "
        "state was taking on too much risk.\n\n"
        "Shares in Spencer Gulf rose 11 per cent on the ASX.\n"
    )
    names = {c.name for c in found.companies}
    assert {"Spencer Gulf Minerals", "Australian Workers' Union", "ASX"} <= names
    assert not names & {"ADELAIDE", "Opposition", "Workers' Union"}
    loan = found.investments[0]
    assert [(a.value, a.unit) for a in loan.amounts] == [(1.2e8, "AUD")]
    assert [f.value for f in loan.facts if f.attribute == "place"] == ["Whyalla"]


def test_a_board_that_approves_a_wage_and_a_seat_are_not_the_plant():
    found = _extract(
        "Tarn County commissioners OK tax break for $2.1 billion battery plant\n\n"
        "MILLBROOK - The Tarn County Board of Commissioners voted 4-1 to approve a tax abatement "
        "for Kessel Cell Co., clearing the way for a $2.1 billion battery plant at the Millbrook "
        "Industrial Park.\n\n"
        "The company, which is based in Columbus, plans to build a 25-gigawatt-hour plant that "
        "would employ 1,600 people, with an average wage of $27.40 an hour. Construction would "
        "begin this fall and the first cells would roll off the line in 2028.\n"
    ).investments
    assert len(found) == 1
    plant = found[0]
    assert "tarn-county-board-of-commissioners" not in (*plant.by, *plant.to)
    facts = {(f.attribute, f.value) for f in plant.facts}
    assert {("capacity", 25.0), ("jobs", 1600.0), ("place", "Millbrook Industrial Park")} <= facts
    assert plant.year == "2028"


def test_a_year_label_is_not_a_company():
    found = _extract(
        "Cell makers hold their ground\n\n"
        "Analysts at Harwick Securities expect Dovren Cells to keep its lead.\n\n"
        "Our estimates: we see the top three holding 68% of the market in 2026 (2025E: 65.9%). "
        "We keep Buy on Ostler Power; FY26: flat.\n"
    )
    names = {c.name for c in found.companies}
    assert {"Dovren Cells", "Ostler Power"} <= names
    assert not names & {"2025E", "FY26"}


def test_legal_forms_of_other_jurisdictions_and_a_state_cabinet():
    names = _names(
        "Karoo Volt (Pty) Ltd, the battery start-up, raised money from Perak Lithium Sdn Bhd.\n\n"
        "Its unit, Lumen Grid Energy Pte. Ltd., will buy cells.\n\n"
        "The Kentucky Cabinet for Economic Development offered up to $90 million.\n"
    )
    assert {"Karoo Volt", "Perak Lithium", "Lumen Grid Energy"} <= names
    assert "Kentucky Cabinet for Economic Development" in names


def test_a_figure_a_closing_quote_and_a_company_that_says_are_read_right():
    names = _names(
        "The Industrial Development Corporation will lend the company R1.1bn.\n\n"
        '"We are ready," Karoo Volt chief executive Nomsa Dlamini said.\n\n'
        "Karoo Volt, the Eastern Cape battery start-up, will build the plant.\n\n"
        "A plant that Ardent Cellworks says will bring 1,600 jobs.\n\n"
        "Ardent Cellworks, a Michigan-based startup, said it will spend $2.4 billion.\n"
    )
    assert {"Karoo Volt", "Ardent Cellworks"} <= names
    assert not any(n.startswith("R1") for n in names)


def _paid(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], float]]:
    return [(i.by, i.to, i.amounts[0].value) for i in _extract(text).investments if i.amounts]


def test_a_partner_after_with_joins_the_spender_the_article_is_about():
    paid = _paid(
        "Daesan Battery Co., the South Korean battery maker, said it will invest 700 billion "
        "won in its plant in Gyor.\n\n"
        "The remaining 500 billion won will fund a joint plant in Ohio with Summit Motor Corp., "
        "the U.S. carmaker.\n"
    )
    assert (("daesan-battery",), (), 500e9) in paid


def test_a_government_is_never_the_company():
    paid = _paid(
        "The Harbour State Government will lend $120 million to Gulf Minerals Ltd for a "
        "precursor plant at Whyalla.\n\n"
        "The company will spend $640 million on the plant.\n"
    )
    assert any(by == ("gulf-minerals",) and value == 640e6 for by, _, value in paid)


def test_a_grant_for_the_project_goes_to_the_plant_builder_and_an_expansion_commits_money():
    paid = _paid(
        "Tanjong Cell Technologies will build a battery module plant in Tuas with an annual "
        "capacity of 3 GWh.\n\n"
        "The Economic Development Board has supported the project with a S$25 million grant.\n\n"
        "The Jurong site will be expanded by 1 GWh for about S$40 million, the company said.\n"
    )
    assert any(to == ("tanjong-cell-technologies",) and v == 25e6 for _, to, v in paid)
    assert any(by == ("tanjong-cell-technologies",) and v == 40e6 for by, _, v in paid)


def test_a_programme_a_site_a_class_and_a_qualifier_are_no_companies():
    names = _names(
        "The government will contribute $322 million through the Strategic Innovation Fund, "
        "while the National Wealth Fund will lend $200 million.\n\n"
        "Halden Cells plans to raise output at its Tyneside plant by 40 per cent.\n\n"
        "The company supplied 11.3% of the batteries installed in new European EVs last year.\n\n"
        "Voltreg, founded as a spin-off of a Karlsruhe research institute, makes cells.\n"
    )
    assert "National Wealth Fund" in names and "Halden Cells" in names
    assert not names & {"Strategic Innovation Fund", "Tyneside", "European EVs", "Karlsruhe"}


def test_a_person_of_an_organisation_is_the_organisation():
    names = _names(
        '"The cell giant needs growth," said Lee Dong-hoon of Hanul Securities.\n\n'
        "Orvane Energy shares fell.\n"
    )
    assert "Hanul Securities" in names
    assert not any("Lee" in n for n in names)


def test_rows_of_a_share_table_in_aligned_columns_and_a_company_in_what_was_said():
    names = _names(
        "Corella Power has overtaken Redgum Energy in market share, according to Southerly "
        "Insights.\n\n"
        "Corella Power       27.4            24.1\n"
        "Wattle Storage      14.3            13.7\n"
        "Others              25.8            26.2\n\n"
        "Southerly said Wattle Storage had gained from cheaper units.\n"
    )
    assert "Wattle Storage" in names
    assert "Others" not in names


def test_rand_and_a_korean_wire_s_trillions_are_money():
    paid = _paid(
        "Karoo Volt (Pty) Ltd, the battery start-up, has secured a R2.3bn funding package.\n\n"
        "The Industrial Development Corporation will lend the company R1.1bn.\n\n"
        "Hanseong Energy, the battery maker, signed a 2.5 trillion-won deal to build cells in "
        "Georgia.\n\n"
        "Daehan Chemical, the cathode maker, will invest 1.2 tril. won in a plant.\n"
    )
    values = {v for _, _, v in paid}
    assert {2.3e9, 1.1e9, 2.5e12, 1.2e12} <= values
    # A model's code is no sum of rand.
    from evkb.kb.extract import extract_quantities

    figures = extract_quantities("Orvane will build the R2 at its plant for $5 billion.")
    assert [(q.value, q.unit) for q in figures] == [(5e9, "USD")]


def test_a_government_by_its_place_initials_and_words_of_trade_make_companies():
    names = _names(
        "The Anhui provincial government will give a subsidy of 300 million yuan to the "
        "project.\n\n"
        "Xuyang Energy overtook Sunrise Lithium and Seorim SDX in the quarter.\n\n"
        "Hanul Chem lost 1.2 points as two customers cut builds.\n\n"
        "Launch customer Tollhouse Logistics, which operates a delivery fleet, will buy vans.\n\n"
        "The Office of Clean Vehicle Standards, a new unit, will require audits.\n\n"
        "Shares of Sahyadri Motors closed 2.3 per cent higher at Rs 1,184.60 on the BSE.\n\n"
        "Analysts at Pelham Bros said My OBD is a reader that works.\n"
    )
    assert {"Anhui provincial government", "Seorim SDX", "Hanul Chem"} <= names
    assert {"Tollhouse Logistics", "Office of Clean Vehicle Standards", "BSE"} <= names
    assert "My OBD" not in names


def test_a_plant_by_place_and_start_a_capacity_in_a_place_and_a_year_s_capex():
    found = _extract(
        "Jiangyuan Power Technology, the Chinese battery maker, is also expanding. Its plant in "
        "Debrecen, Hungary is scheduled to start production in 2026.\n\n"
        "Xuyang Energy overtook Sunrise Lithium. Its capacity in Hungary (40 GWh, start 2027) "
        "should widen its reach.\n\n"
        "Corvane Motors, the carmaker, said: We still expect capex of $3.2 billion to $3.5 "
        "billion for the year.\n"
    ).investments
    places = {(i.by, f.value) for i in found for f in i.facts if f.attribute == "place"}
    assert (("jiangyuan-power-technology",), "Debrecen, Hungary") in places
    assert any(f.value == 40 for i in found if i.by == ("xuyang-energy",) for f in i.facts)
    assert not any(i.amounts for i in found)


def test_a_tab_parts_a_name_from_the_next_cell_of_its_row():
    found = _extract(
        "Cell plants announced this year, by investor (GWh, EUR):\n\n"
        "Company\tCountry\tCapacity\tInvestment\n"
        "Voltaris Energy\tFrance\t24 GWh\tEUR 2.1 billion\n"
        "Nordlys Cells\tNorway\t16 GWh\tEUR 1.3 billion\n"
        "Brenner Batterie GmbH  Germany  12 GWh  EUR 900 million\n"
    )
    assert {"Voltaris Energy", "Nordlys Cells"} <= {c.name for c in found.companies}
    assert not any("\t" in c.name or "France" in c.name for c in found.companies)
    places = {f.value for i in found.investments for f in i.facts if f.attribute == "place"}
    assert {"France", "Norway"} <= places


def test_naira_a_loan_for_the_facility_and_another_maker_s_plant_has_no_place_of_the_last():
    found = _extract(
        "Lagos — Niger Delta Power Cells Ltd, a Nigerian battery start-up, will build a pack "
        "plant in Ogun State.\n\n"
        "The Bank of Industry has approved a N45bn loan for the facility.\n\n"
        "The county approved a tax break for a $2.1 billion battery plant by Orvane Cells, the "
        "cell maker.\n"
    ).investments
    loan = next(i for i in found if i.amounts[0].value == 45e9)
    assert loan.kind == "loan" and loan.amounts[0].unit == "NGN"
    assert loan.to == ("niger-delta-power-cells",)
    other = next(i for i in found if i.amounts[0].value == 2.1e9)
    assert not any(f.attribute == "place" for f in other.facts)


def test_euros_written_the_german_way():
    from evkb.kb.extract import extract_quantities

    read = [
        (q.value, q.unit)
        for text in ("invest EUR 1,2 Mrd. in the plant", "with 120 Mio. Euro from the state")
        for q in extract_quantities(text)
    ]
    assert read == [(1.2e9, "EUR"), (1.2e8, "EUR")]


def test_an_american_headline_s_capital_m_and_b():
    from evkb.kb.extract import extract_quantities

    read = [(q.value, q.unit) for q in extract_quantities("County OKs $48M, not a $2.4B plant")]
    assert read == [(48e6, "USD"), (2.4e9, "USD")]


def test_aid_that_names_only_its_giver_goes_to_the_joint_venture():
    paid = _paid(
        "Tervan Motor Corp, the Japanese automaker, and Koryo Cell Co said they would form a joint "
        "venture to build a $3.5 billion battery plant in Bartow County, Georgia.\n\n"
        "The venture, to be called TK Battery Partners, will be owned 51% by Koryo Cell.\n\n"
        "Georgia's Department of Economic Development said the state had offered an incentive "
        "package worth $280 million.\n"
    )
    assert any(to == ("tk-battery-partners",) and v == 280e6 for _, to, v in paid)


def test_what_a_start_up_makes_says_its_kind_and_where_it_was_said_is_no_place():
    found = _extract(
        "Karoo Volt (Pty) Ltd, the Eastern Cape battery start-up, has won a grant.\n\n"
        "Spreewerk Energie GmbH, the cell maker, is building its second factory in "
        "Schwarzheide. The company plans to invest EUR 1.2 billion in the plant, managing "
        "director Jens Kowalke announced on Monday in Potsdam.\n"
    )
    kinds = {c.name: c.kind for c in found.companies}
    assert kinds["Karoo Volt"] == "cell maker"
    places = {f.value for i in found.investments for f in i.facts if f.attribute == "place"}
    assert "Potsdam" not in places and "Schwarzheide" in places


def test_money_of_an_unnamed_builder_does_not_go_to_the_next_maker_with_its_own_plant():
    found = _extract(
        "Plans for a $410 million graphite facility outside Chattanooga have been approved.\n\n"
        "Veltra Motors, the carmaker, opened its 8 GWh pack plant in Pune on Friday.\n"
    ).investments
    assert not any(i.amounts and i.by == ("veltra-motors",) for i in found)


def test_a_grant_we_received_from_a_department_is_the_department_s_to_give():
    found = _extract(
        "Orvane Cells, the battery maker, held its earnings call on Tuesday.\n\n"
        "Maria Voss: We also received a $200 million grant from the Department of Energy.\n"
    ).investments
    grant = next(i for i in found if i.amounts)
    assert grant.by == ("department-of-energy",) and grant.to == ("orvane-cells",)


def test_a_minister_with_initials_is_a_person_and_a_bank_tied_up_with_is_a_company():
    found = _extract(
        "Sahyadri Cells Pvt Ltd will invest Rs 4,500 crore in a 5 GWh cell plant at Hosur, the "
        "company said.\n\n"
        "The facility will generate 2,000 direct jobs, Industries Minister T.R.B. Rajaa said.\n\n"
        "Meanwhile, rival Varuna Energy Storage has tied up with SBI for a Rs 800-crore loan.\n"
    )
    names = {c.name for c in found.companies}
    assert "SBI" in names and "Rajaa" not in names
    plant = next(i for i in found.investments if i.by == ("sahyadri-cells",))
    assert any(f.attribute == "jobs" and f.value == 2000 for f in plant.facts)


def test_a_filing_s_hereinafter_name_its_first_word_and_a_battery_base():
    found = _extract(
        "According to the announcement, Jiangxi Ganlu Tianli Energy Co., Ltd. (hereinafter "
        'referred to as "Tianli Energy") plans to invest 5 billion yuan to build a 20GWh '
        "solid-state battery base in Lushan, Jiangxi.\n\n"
        "The project is expected to be put into production in 2026 and will create about 3,000 "
        "jobs.\n\n"
        "In addition, Tianli signed a strategic cooperation agreement with KelvoDrive Battery.\n"
    )
    companies = {c.name: c.aliases for c in found.companies}
    assert "Tianli" not in companies
    aliases = companies["Jiangxi Ganlu Tianli Energy"]
    assert "Tianli Energy" in aliases and "Tianli" in aliases and "Jiangxi" not in aliases
    facts = {(f.attribute, f.value) for i in found.investments for f in i.facts}
    assert {("capacity", 20), ("jobs", 3000)} <= facts


def test_a_plant_named_whole_in_capitals_is_its_place():
    found = _extract(
        "Kurobane Electric Co., Ltd. announced today that it will invest approximately 120 "
        "billion yen to establish a new production line at its Himeji Plant (Himeji City, Hyogo "
        "Prefecture).\n"
    ).investments
    assert [f.value for f in found[0].facts if f.attribute == "place"] == ["Himeji"]


def test_an_adverb_of_place_opening_a_sentence_is_no_company():
    names = _names(
        "Dorim Energy, the battery maker, grew 4.1%. Outside China, it remained the second-largest "
        "supplier with 22.6% of the market.\n\n"
        "AASEN: There our share is smaller, about 3 percent of European deliveries.\n"
    )
    assert not names & {"Outside China", "There", "China"}


@pytest.mark.parametrize(
    "text",
    [
        "HOME BATTERY WANTED\n\nI want a used home battery of about 10 kWh. Call after six.",
        "1) SCOOTER BATTERY PLANT FOR DREMMEL\n\nQuenby Motos, the scooter assembler, will "
        "build a scooter battery plant in Dremmel, its chief executive said.",
    ],
)
def test_a_line_in_capitals_of_words_the_text_writes_small_is_no_company(text):
    assert not {n for n in _names(text) if n.isupper()}


def test_a_company_written_in_capitals_stays_a_company():
    text = "QUENBY ENERGY SOLUTIONS said on Monday that its plant would open in May."
    assert "QUENBY ENERGY SOLUTIONS" in _names(text) or "Quenby Energy Solutions" in _names(text)


def test_a_sentence_adverb_opening_a_sentence_is_no_name():
    names = _names(
        "Officials approved a tax abatement. Separately, the Department of Commerce awarded "
        "$12 million to Kestova Cells to build a training centre.\n"
    )
    assert "Separately" not in names and "Kestova Cells" in names


@pytest.mark.parametrize(
    "sentence",
    [
        "Behind Varkon Energi, ferry yards booked most of the new packs.",
        "Alongside Varkon Energi, two yards signed supply deals.",
        "Including Varkon Energi, four firms bid for the contract.",
    ],
)
def test_a_preposition_opening_the_sentence_is_no_part_of_the_name(sentence):
    text = f"Ferry packs\n\nThe Norwegian cell maker Varkon Energi opened a line.\n\n{sentence}\n"
    assert "Varkon Energi" in _names(text)
    assert not any(n.split()[0] in {"Behind", "Alongside", "Including"} for n in _names(text))
