"""A company's kind from the part it plays: the markets it holds shares of, a public lender's
name; never over a kind the text states."""

from __future__ import annotations

from evkb.kb.extract import split_passages
from evkb.kb.records import Lexicon, extract_records
from evkb.kb.records.company_roles import kinds_by_role, market_kind
from evkb.model import Citation, Company, Share


def share(holder: str, metric: str, scope: str = "") -> Share:
    cite = Citation("doc", "12%", "doc:p1")
    return Share(holder, holder, 12.0, "=", cite, metric=metric, scope=scope)


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
