"""A company's kind from the part it plays: the markets it holds shares of, a public lender's
name, a remit and a country; never over a kind the text states."""

from __future__ import annotations

from evkb.kb.extract import split_passages
from evkb.kb.records import Lexicon, extract_records
from evkb.kb.records.company_roles import kinds_by_grants, kinds_by_role, market_kind
from evkb.model import Citation, Company, Investment, Share


def share(holder: str, metric: str, scope: str = "", quote: str = "12%") -> Share:
    cite = Citation("doc", quote, "doc:p1")
    return Share(holder, holder, 12.0, "=", cite, metric=metric, scope=scope)


def quoted(quote: str) -> str:
    """The market kind of a share that names no market, stated in `quote`."""
    return market_kind(share("a", "market share", "global", quote))


def kinds(companies: list[Company], shares: list[Share]) -> dict[str, str]:
    return {c.name: c.kind for c in kinds_by_role(companies, shares)}


def test_the_market_a_share_is_of_says_cells_or_cars():
    assert market_kind(share("a", "ev battery installations", "global")) == "cell maker"
    assert market_kind(share("a", "cylindrical cell shipments")) == "cell maker"
    assert market_kind(share("a", "electric-vehicle sales")) == "automaker"
    assert market_kind(share("a", "market share")) == ""
    # A storage league mixes cell makers with the integrators who buy cells; home batteries
    # are sold by installers.
    assert market_kind(share("a", "storage-cell shipments")) == ""
    assert market_kind(share("a", "home battery sales")) == ""


def test_a_holder_of_battery_installations_is_a_cell_maker_and_of_car_sales_an_automaker():
    companies = [Company("kestova", "Kestova", "other"), Company("velt", "Veltrano", "other")]
    found = kinds(
        companies, [share("kestova", "ev battery installations"), share("velt", "ev sales")]
    )
    assert found == {"Kestova": "cell maker", "Veltrano": "automaker"}


def test_a_stated_kind_a_name_word_or_two_markets_keep_the_kind():
    companies = [
        Company("kestova", "Kestova", "automaker"),
        Company("halmar", "Halmar Materials", "other"),
        Company("orlen", "Orlenta", "other"),
    ]
    shares = [
        share("kestova", "battery installations"),
        share("halmar", "battery installations"),
        share("orlen", "battery installations"),
        share("orlen", "car registrations"),
    ]
    assert kinds(companies, shares) == {
        "Kestova": "automaker",
        "Halmar Materials": "other",
        "Orlenta": "other",
    }


def test_a_public_lenders_name_makes_a_government_body():
    companies = [
        Company("ndb", "Nordvik Development Bank", "other"),
        Company("ib", "Invest Braska", "other"),
        Company("ef", "Export Finance Braska", "other"),
        Company("bank", "Braska Savings Bank", "other"),
    ]
    assert kinds(companies, []) == {
        "Nordvik Development Bank": "government",
        "Invest Braska": "government",
        "Export Finance Braska": "government",
        "Braska Savings Bank": "other",
    }


def test_a_share_of_no_named_market_is_of_the_documents_one_market():
    companies = [Company("kestova", "Kestova", "other"), Company("orlen", "Orlenta", "other")]
    shares = [share("kestova", "ev battery installations"), share("orlen", "market share")]
    assert kinds(companies, shares) == {"Kestova": "cell maker", "Orlenta": "cell maker"}
    # A document of two markets says nothing of a share that names neither.
    shares.append(share("kestova", "car sales"))
    assert kinds(companies, shares)["Orlenta"] == "other"


def test_a_public_bodys_head_word_makes_it_a_government_body():
    # The head words of public bodies: a directorate, customs, a court, a metropolitan city.
    text = (
        "The Veltrano Customs Directorate said on Monday that battery imports rose.\n\n"
        "The Braska Metropolitan City said it will give the plant a grant.\n"
    )
    found = extract_records("doc", split_passages("doc", text), Lexicon([])).companies
    assert {c.name: c.kind for c in found} == {
        "Veltrano Customs Directorate": "government",
        "Braska Metropolitan City": "government",
    }


def test_a_supplier_in_a_league_of_cells_is_a_cell_maker_unless_its_name_says_otherwise():
    companies = [
        Company("kestova", "Kestova", "supplier"),
        Company("halmar", "Halmar Nickel", "supplier"),
    ]
    shares = [share("kestova", "cell installations"), share("halmar", "cell installations")]
    assert kinds(companies, shares) == {"Kestova": "cell maker", "Halmar Nickel": "supplier"}


def test_a_share_that_names_no_market_is_of_what_its_sentence_measures():
    assert quoted("Kestova led with 38.1% of global installations, up from 37.4%.") == "cell maker"
    assert quoted("Kestova's share of China's LFP power-battery installations reached 4.3%.") == (
        "cell maker"
    )
    assert quoted("Kestova's share of Japan's battery market for cars was 7.8%.") == "cell maker"
    assert quoted("Kestova's share of cylindrical EV cells installed abroad rose.") == "cell maker"
    assert (
        quoted(
            "Kestova and Orlenta supplied 31.4 and 22.8 per cent respectively of the battery "
            "capacity fitted to new cars."
        )
        == "cell maker"
    )
    assert quoted("Veltrano took 20% of new car sales in May.") == "automaker"
    # A market of vehicles is one of their sales.
    assert quoted("Veltrano held 9% of the European car market.") == "automaker"
    assert quoted("Veltrano's share of India's electric two-wheeler market was 9%.") == (
        "automaker"
    )


def test_what_a_sentence_measures_is_its_head_noun_not_a_word_beside_it():
    # The head is what is measured: packs, systems and nickel are a supplier's, containers
    # no maker's.
    assert quoted("Kestova supplied 12.5 per cent of the battery packs fitted to vans.") == (
        "supplier"
    )
    assert quoted("Kestova held 40% of the battery systems installed on ships.") == "supplier"
    assert quoted("Kestova supplied about 8% of the nickel used in EV batteries.") == "supplier"
    assert quoted("Kestova carried 18% of the lithium-ion cell containers shipped.") == ""
    assert quoted("Kestova had 15 per cent of the Canadian market for bus battery packs.") == ""
    # Cars carried, insured or registered are no sales: a carrier or insurer is no carmaker.
    assert quoted("Kestova carried 35 percent of the new cars landed at the port.") == ""
    assert quoted("Kestova insures about 17 per cent of Britain's electric cars.") == ""
    # Storage and a sentence with no "of" phrase say nothing.
    assert quoted("Kestova holds 30% of home storage batteries.") == ""
    assert quoted("Kestova leads with 29.5%.") == ""


def extracted_kinds(text: str) -> dict[str, str]:
    found = extract_records("doc", split_passages("doc", text), Lexicon([])).companies
    return {c.name: c.kind for c in found}


def test_the_rivals_a_ranking_puts_a_holder_behind_make_what_its_market_is_of():
    found = extracted_kinds(
        "Kestova Energy said its share of global EV battery installations was 7.8% in 2025, "
        "ranking it fourth behind Orlenta, Braska's Halvik Power and Dunmere.\n"
    )
    # "Braska's Halvik Power": the possessor names the rival's owner, the rival is Halvik.
    assert found == {name: "cell maker" for name in found}
    assert set(found) >= {"Orlenta", "Halvik Power", "Dunmere"}
    # The ranking may follow in the next sentence of the paragraph; a car market's rivals
    # are carmakers.
    found = extracted_kinds(
        "Kestova Energy said its share of global EV battery installations was 7.8% in 2025. "
        "That puts it fourth behind Orlenta and Dunmere.\n"
    )
    assert found["Orlenta"] == found["Dunmere"] == "cell maker"
    found = extracted_kinds(
        "Kestova Motors said its share of new car sales in Braska was 7.8% in 2025, ranking it "
        "third behind Orlenta and Dunmere.\n"
    )
    assert found["Orlenta"] == found["Dunmere"] == "automaker"
    found = extracted_kinds(
        "Kestova Energy said its share of the battery packs fitted to vans was 7.8% in 2025, "
        "ranking it third behind Orlenta and Dunmere.\n"
    )
    assert found["Orlenta"] == found["Dunmere"] == "supplier"


def test_names_no_ranking_of_a_makers_market_puts_beside_the_holder_keep_their_kind():
    # A share of containers is no makers' market; "after" with no place ranks nothing;
    # another paragraph's names are not the ranking's.
    for text in (
        "Kestova Energy said its share of the cell containers shipped was 7.8% in 2025, "
        "ranking it third behind Orlenta and Dunmere.\n",
        "Kestova Energy said its share of global EV battery installations was 7.8% in 2025, "
        "after Orlenta and Dunmere agreed to buy its cells.\n",
        "Kestova Energy said its share of global EV battery installations was 7.8% in 2025.\n\n"
        "The plant opened after Orlenta and Dunmere said they would buy cells.\n",
    ):
        found = extracted_kinds(text)
        assert found["Orlenta"] == found["Dunmere"] == "other", text


def test_a_body_its_own_sentence_has_give_a_grant_is_a_government_body():
    found = extracted_kinds(
        "Kestova Energy will build a cell plant in Braska for 400 million euros.\n\n"
        "Halvik Futures awarded a grant of 30 million euros to the project.\n"
    )
    assert found["Halvik Futures"] == "government"
    assert found["Kestova Energy"] != "government"


def test_a_firm_that_invests_or_lends_or_a_giver_the_sentence_does_not_name_keeps_its_kind():
    companies = [Company("orlen", "Orlenta", "other"), Company("dun", "Dunmere", "other")]
    cite = Citation("doc", "A grant of 30 million euros supports the plant.", "doc:p1")
    investments = [
        Investment("i1", "subsidy", (), cite, by=("orlen",)),  # the story's subject, unnamed
        Investment("i2", "loan", (), Citation("doc", "Dunmere lends 5m.", "doc:p2"), by=("dun",)),
    ]
    assert {c.name: c.kind for c in kinds_by_grants(companies, investments)} == {
        "Orlenta": "other",
        "Dunmere": "other",
    }


def test_a_lithium_name_holding_a_share_of_cells_makes_them_a_materials_name_does_not():
    companies = [
        Company("hl", "Halvik Lithium Power", "supplier"),
        Company("hm", "Halmar Materials", "supplier"),
        Company("dl", "Dunmere Lithium", "supplier"),
    ]
    shares = [share("hl", "ev battery installations"), share("hm", "ev battery installations")]
    assert kinds(companies, shares) == {
        "Halvik Lithium Power": "cell maker",
        "Halmar Materials": "supplier",
        "Dunmere Lithium": "supplier",  # no share of cells: the metal's name
    }


def test_a_lender_or_investor_the_state_owns_is_a_government_body():
    found = extracted_kinds(
        "The state development bank Halvik is lending it 250 million euros.\n\n"
        "Dunmere Capital, the regional public investor, put in 10 million euros.\n\n"
        "Orlenta Bank, a commercial lender, added 40 million euros.\n"
    )
    assert found["Halvik"] == "government"
    assert found["Dunmere Capital"] == "government"
    # A lender the text does not say the state owns is no government body.
    assert found["Orlenta Bank"] != "government"


def test_a_groups_share_names_the_market_when_no_companys_share_does():
    found = extracted_kinds(
        "Chinese brands took 31.2 percent of electric bus registrations in Braska. "
        "Orlenta Vehicles had a market share of 15.2 percent, ahead of Dunmere at 7.1 percent.\n"
    )
    assert found["Dunmere"] == "automaker"
    # A company's own share that names a market outweighs the group's.
    found = extracted_kinds(
        "Chinese cells went into 40 percent of the packs sold in Braska. "
        "Orlenta Vehicles supplied 12.5 percent of the battery packs fitted to vans, and "
        "Dunmere had a market share of 7.1 percent.\n"
    )
    assert found["Dunmere"] == "supplier"


def test_a_remit_and_a_country_name_a_public_body():
    def kinds_in(text: str) -> dict[str, str]:
        passages = split_passages("doc", text + "\n")
        return {c.name: c.kind for c in extract_records("doc", passages, Lexicon([])).companies}

    said = kinds_in(
        "Statistics Malta said 14% of new cars were electric in May.\n\n"
        "Transport Norway said on Friday the recall covers 4,000 pickups.\n\n"
        "Enterprise Chile has offered the start-up a grant of €2 million."
    )
    assert said.get("Statistics Malta") == "government", said
    assert said.get("Transport Norway") == "government", said
    assert said.get("Enterprise Chile") == "government", said
    # a firm's local arm, or a coined name, is no public body
    said = kinds_in(
        "Ardmore Canada, the local arm of the carmaker, said 14% of its cars were electric.\n\n"
        "Shares of Voltara Sweden rose 4% on Monday after it won an order."
    )
    assert "government" not in said.values(), said
