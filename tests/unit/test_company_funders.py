"""Organisations named by what they do with money and with other companies: who offers,
contributes or agrees to lend a sum, who is lent or paid one, who joins a raise another leads,
where a company files its news; whatever words the name is made of."""

from __future__ import annotations

from test_company_rules import _extract, _names


def test_who_offers_contributes_or_agrees_to_lend_a_sum_is_an_organisation():
    names = _names(
        "Halvik Enterprise has offered a grant of £18m towards training.\n\n"
        "The Morrane Region is contributing a grant of 7.5 million euros to the quay.\n\n"
        "The climate fund Ostergaard Mobiliteit contributes €12 million to the chargers.\n\n"
        "Quenby Capital has agreed to lend $420 million for the refinery.\n"
    )
    assert {
        "Halvik Enterprise",
        "Morrane Region",
        "Ostergaard Mobiliteit",
        "Quenby Capital",
    } <= names


def test_an_offer_of_no_sum_makes_no_organisation():
    names = _names(
        "Kestwick Tavira has offered advice to the workers.\n\n"
        "Chief executive Ilvana Brannagh has offered €2 million of her own money.\n"
    )
    assert "Kestwick Tavira" not in names
    assert not any("Brannagh" in n for n in names)  # a person, named by the title before


def test_who_joins_a_raise_another_leads_is_an_organisation():
    names = _names(
        "Drumvale Swap raised $6.5 million in a raise led by Varnhold Ventures, with Selkirra "
        "taking part.\n\n"
        "The raise was led by Varnhold Ventures, with Ostraven coming in beside them.\n"
    )
    assert {"Varnhold Ventures", "Selkirra", "Ostraven"} <= names


def test_a_name_after_with_and_no_raise_led_is_not_taken():
    names = _names(
        "Drumvale Swap opened ten stations, with Selkirra taking part in the launch.\n\n"
        "The raise was led by Varnhold Ventures, with Ostraven as the market.\n"
    )
    assert "Selkirra" not in names and "Ostraven" not in names


def test_where_a_company_files_its_news_is_an_organisation():
    names = _names(
        "Harsk Cells will put in $25 million, according to a filing with Pellavan Bourse.\n\n"
        "Harsk Cells said so in a statement to the Vindeln exchange, where its shares rose.\n"
    )
    assert {"Pellavan Bourse", "Vindeln"} <= names


def test_a_visit_to_a_name_is_no_filing():
    names = _names("Harsk Cells paid a visit to Vindeln in May, the first since 2019.\n")
    assert "Vindeln" not in names


def test_a_kind_said_of_a_name_that_remained_it_or_has_been_it_since():
    names = _names(
        "Ormesk Cell remained the largest supplier of automotive cells in Norway.\n\n"
        "Tallgren Vesta, the largest supplier since the start of this year, gained again.\n"
    )
    assert {"Ormesk Cell", "Tallgren Vesta"} <= names


def test_a_name_that_remained_no_kind_of_organisation_is_not_taken():
    names = _names("Brisvale Heights remained the largest town in the valley.\n")
    assert "Brisvale Heights" not in names


def test_who_is_lent_or_paid_a_sum_is_an_organisation():
    names = _names(
        "The state bank agreed to lend 300 million pounds to Kelbrook Gigafactory.\n\n"
        "In exchange, the company agreed to pay $14 million to the Hessary City School District "
        "over ten years.\n"
    )
    assert {"Kelbrook Gigafactory", "Hessary City School District"} <= names


def test_a_lone_word_a_sum_goes_to_is_no_organisation():
    names = _names("The company will pay $2 million to Dornfield over five years.\n")
    assert "Dornfield" not in names  # as often a town as a body


def test_who_gives_a_sum_a_few_words_on_is_an_organisation():
    names = _names(
        "In addition, the Dravenholt Region is granting it a subsidy of 12 million euros.\n\n"
        "Invest Calderra is putting in a C$12-million grant for the second line.\n\n"
        "The Tessary Credit Bank (TCB) will lend a further 40 million dollars, the ministry "
        "said.\n\n"
        "Pellinor Kapital, the state bank of the province, is supporting the project with a "
        "loan of EUR 15 million.\n\n"
        "It raised 65 million euros in a round led by the public investor Ulvane Partners, "
        "which is contributing 20 million euros.\n"
    )
    assert {
        "Dravenholt Region",
        "Invest Calderra",
        "Tessary Credit Bank",
        "Pellinor Kapital",
        "Ulvane Partners",
    } <= names


def test_a_lenders_one_word_name_that_gives_a_sum_is_an_organisation():
    names = _names(
        "Mirrowbank has agreed to lend $420 million for the refinery.\n\n"
        "Q-Bank, the state bank of the province, is supporting the line with a loan of EUR 9 "
        "million.\n"
    )
    assert {"Mirrowbank", "Q-Bank"} <= names


def test_giving_no_sum_or_a_city_giving_one_makes_no_organisation():
    names = _names(
        "The Harrowfield Region is adding two more bus routes in the spring.\n\n"
        "Kelsing Heights is supporting the team with advice and a new pitch.\n\n"
        "Ostrevin is contributing $110 million through its innovation programme.\n"
    )
    assert not {"Harrowfield Region", "Kelsing Heights", "Ostrevin"} & names


def test_a_place_s_body_that_gives_or_supports_is_a_government_organisation():
    # Its head capitalised ("Kelso County") or in lower case after the place ("the Ardvale
    # region"), a sum or none, the verb straight after it or after "also".
    extracted = _extract(
        "Kelso County has offered a 50% cut in property tax for ten years.\n\n"
        "The Ardvale region is contributing €2.5 million to the new line.\n\n"
        "Support came quickly: Tornby province will support the line with a subsidy.\n\n"
        "Halsgrove Prefecture also granted the land for the depot.\n"
    )
    kinds = {c.name: c.kind for c in extracted.companies}
    for name in ("Kelso County", "Ardvale region", "Tornby province", "Halsgrove Prefecture"):
        assert kinds.get(name) == "government", (name, kinds)


def test_a_place_s_body_named_where_things_are_is_no_organisation():
    names = _names(
        "Kelso County is home to the plant and its 400 workers.\n\n"
        "The plant stands in the Ardvale region, which has good roads.\n\n"
        "Tornby province has 40,000 factory workers.\n"
    )
    assert not names & {"Kelso County", "Ardvale region", "Tornby province", "Kelso", "Ardvale"}


def test_who_offers_grants_or_arranges_a_loan_a_guarantee_or_a_tax_break_is_an_organisation():
    # No sum needed: the thing given says the giver, after a relative clause's "which" or
    # its initials, with an adverb or "agreed to" between.
    names = _names(
        "The importer said Quellby, which has arranged a trade finance line for it, named its "
        "terms.\n\n"
        "The plant was cheap to build, and Dornacre will also extend a new credit line to it.\n\n"
        "The operator said Mervish (mvs) approved the grant in May.\n\n"
        "For the new depot, Tallowmere has agreed to provide a tax break worth 12% of the cost.\n"
    )
    assert {"Quellby", "Dornacre", "Mervish", "Tallowmere"} <= names


def test_who_is_offered_or_secures_a_loan_or_a_person_approving_it_is_not_taken_so():
    names = _names(
        "The plant was offered a loan by the state.\n\n"
        "Portugal has offered a tax break to the plant, the operator said.\n\n"
        "Minister Jane Okoro has approved the grant for the depot.\n"
    )
    assert not names & {"Portugal", "Jane Okoro", "Okoro", "Minister Jane Okoro"}


def test_a_coined_one_word_name_that_gives_a_sum_opens_its_sentence():
    names = _names(
        "Pellow-QX is putting in €20 million in equity.\n\n"
        "Osric-NL has agreed to lend $40 million for the line.\n\n"
        "Wendmoor-ABC will contribute a grant of 12 million euros.\n"
    )
    assert {"Pellow-QX", "Osric-NL", "Wendmoor-ABC"} <= names


def test_an_ordinary_hyphened_word_or_a_coined_name_that_gives_nothing_is_no_company():
    names = _names(
        "Anglo-Saxon is putting in €20 million in equity.\n\n"
        "Pellow-QX said the line would open in 2028.\n"
    )
    assert "Anglo-Saxon" not in names and "Pellow-QX" not in names
