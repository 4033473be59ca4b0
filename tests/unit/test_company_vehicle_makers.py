"""A vehicle named by its model year, its maker and its model in one run ("my 1998 Quellbrook
Tansy", "2022 ORVELLA SKERRIN e+ - 62 kWh battery"): the first word is the maker, an automaker,
and the run as a whole is no company; a year before a report, a date before a subject, or a
year after a preposition makes no maker."""

from __future__ import annotations

from test_company_rules import _extract, _names

from evkb.kb.records.company_models import maker_end, model_after


def test_a_model_year_before_a_run_makes_its_first_word_the_maker():
    extracted = _extract(
        "When I took the engine out of my 1998 Quellbrook Tansy last winter, everyone laughed.\n\n"
        "2022 ORVELLA SKERRIN e+ - Imported in 2024, one owner. 62 kWh battery, 385 km range.\n\n"
        "2019 DUNMARROW CITY ELECTRIC - 28 kWh, 200 km on a full charge when new.\n"
    )
    kinds = {c.name: c.kind for c in extracted.companies}
    assert {"Quellbrook", "ORVELLA", "DUNMARROW"} <= set(kinds)
    assert kinds["Quellbrook"] == "automaker"
    assert not {"Quellbrook Tansy", "ORVELLA SKERRIN", "DUNMARROW CITY ELECTRIC"} & set(kinds)


def test_a_year_before_a_report_or_a_date_before_a_subject_makes_no_maker():
    names = _names(
        "The 2025 Annual Report of the group was published in May.\n\n"
        "In 2024 Marrowgate Cells Ltd doubled its output.\n\n"
        "Output rose 12% on 2023 Tansy Road figures, the council said.\n"
    )
    assert not {"Annual", "Tansy"} & names
    assert "Marrowgate Cells" in names


def test_a_year_before_a_documents_an_events_or_a_makers_full_name_cuts_nothing():
    kinds = {
        c.name: c.kind
        for c in _extract(
            "Quellbrook Motors said the 2024 Quellbrook Motors sold well, with a 62 kWh pack.\n\n"
            "The 2025 Dunmarrow Battery Summit drew 400 people, its organisers said.\n"
        ).companies
    }
    assert "Quellbrook Motors" in kinds
    assert "Quellbrook" not in kinds
    assert kinds.get("Dunmarrow", "") != "automaker"


def test_the_split_and_the_cue_read_the_year_and_the_model():
    text = "She drives a 2021 Quellbrook Tansy Long Range."
    start = text.index("Quellbrook")
    assert maker_end(["Quellbrook", "Tansy", "Long", "Range"], text, start) == 1
    assert maker_end(["Quellbrook"], text, start) == 0  # the maker alone: nothing to cut
    assert model_after(text, start, text[start + len("Quellbrook") :])
    plain = "She met Quellbrook Tansy in 2021."
    assert maker_end(["Quellbrook", "Tansy"], plain, plain.index("Quellbrook")) == 0
    dated = "Sales in 2021 Quellbrook Tansy figures rose."
    assert maker_end(["Quellbrook", "Tansy"], dated, dated.index("Quellbrook")) == 0


def test_a_dealer_speaking_as_we_keeps_its_share_beside_a_vehicles_maker():
    extracted = _extract(
        "Marrowgate Autos, the dealer, sells used electric cars in Pellstown.\n\n"
        "We registered 27.5 percent of all new electric cars in the country in 2026.\n\n"
        "2022 ORVELLA SKERRIN e+ - one owner, 62 kWh battery, 385 km range.\n"
    )
    names = {c.name for c in extracted.companies}
    assert {"Marrowgate Autos", "ORVELLA"} <= names
    holders = {s.holder for s in extracted.shares}
    assert "marrowgate-autos" in holders
