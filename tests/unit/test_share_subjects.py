"""Shares proposed for a group the text names as the subject of the verb governing the
figure: a kind of vehicle, cells named by where they are made, a country."""

from __future__ import annotations

import pytest
from share_cases import dated_shares as _shares

from evkb.kb.extract import split_passages
from evkb.kb.records import Lexicon, extract_records

LEAD = "Orvel Trucks held 23% of the European market for electric trucks in 2025.\n"


@pytest.mark.parametrize(
    ("sentence", "holder", "percent"),
    [
        ("Electric trucks were still only 3.4% of heavy truck registrations in 2025.", "Electric trucks", 3.4),
        ("Electric motorcycles made up 8 percent of new motorcycle registrations in 2025.", "Electric motorcycles", 8.0),
        ("Electric buses themselves made up 12 percent of new bus registrations in 2025.", "Electric buses", 12.0),
        ("UK-made cells met less than 10 per cent of the demand from UK car plants in 2025.", "UK-made cells", 10.0),
        ("China accounted for about 80% of global cell manufacturing capacity in 2025, he said.", "China", 80.0),
        ("Electric taxis made up 31 percent of new taxi licences in 2025, up from 12 percent.", "Electric taxis", 31.0),
        ("Electric and hybrid cars made up about 17 percent of new cars sold in 2025.", "Electric and hybrid cars", 17.0),
        ("Chile produced about 24% of the world's mined lithium in 2025, the ministry said.", "Chile", 24.0),
        ("Electrified vehicles, including hybrids, represented 12.5% of new car sales in 2025.", "Electrified vehicles", 12.5),
        ("A survey finds that Zentra batteries, all sold through one importer, held 19 percent of home-battery installations in 2025.", "Zentra", 19.0),
    ],
)  # fmt: skip
def test_a_group_subject_of_the_governing_verb_holds_the_share(
    sentence: str, holder: str, percent: float
):
    assert (holder, percent, "2025") in _shares(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Electric trucks were 20% cheaper to run than diesel ones in 2025.",
        "China accounted for 40% of Orvel Trucks' sales in 2025.",
        "China rose 12% in 2025 as exports grew.",
        "The cells held 80% of their charge after 2,000 cycles in 2025.",
    ],
)
def test_a_group_subject_of_no_share_gives_none(sentence: str):
    assert [s for s in _shares(LEAD + sentence) if s[0] != "Orvel Trucks"] == []


REPORT = """Orvel Denchi Integrated Report 2026
Message from the Head of the Battery Business
Fiscal 2025 was a year of adjustment. Revenue fell 6% as Pellam Motors and Quarry Auto delayed launches. Our share of the global automotive battery market was 4.6% in 2025.
- Share of renewable electricity in our plants: 60%
Risks we watch include price competition from Chinese LFP suppliers, who held more than 60% of the global market in 2025 by our estimate."""


def test_a_company_report_speaks_as_we_for_the_company_its_title_names():
    shares = _shares(REPORT)
    assert ("Orvel Denchi", 4.6, "2025") in shares
    assert ("Chinese LFP suppliers", 60.0, "2025") in shares  # a relative clause's subject
    assert not [s for s in shares if s[0] == "Orvel Denchi" and s[1] == 60.0]  # not a market


LETTER = """Letter to our shareholders
Halden Storage ASA - Annual Report 2025
We ended 2025 as the second-largest supplier of grid batteries in the Nordic countries, with a market share of 17.5%. Fjordane Systems remained the leader with about 29%."""


def test_a_descriptor_after_as_is_the_subjects_own():
    assert ("Halden Storage ASA", 17.5, "2025") in _shares(LETTER)


def test_what_a_group_holds_together_is_a_share_without_the_word():
    text = (
        "Battery installations\n"
        "Installations rose 28% to 259.6 GWh in 2026, Orvel Energy said. "
        "The top two Chinese makers together took 54.9%, up from 52.6% a year earlier. "
        "The three Korean makers in our coverage took 18.9% combined."
    )
    shares = _shares(text)
    assert ("top two Chinese makers", 54.9, "2026") in shares
    assert ("Korean makers", 18.9, "2026") in shares


def test_we_inside_a_quotation_is_the_company_its_paragraph_names():
    text = (
        "Keynote\n"
        "Orvel Cells, the German cell maker, spoke first. "
        '"We are small," its chief executive said. "We had 1.4% of European cell deliveries last year. We want '
        'to be at 5% before the end of the decade."'
    )
    shares = _shares(text)
    assert [s[:2] for s in shares] == [("Orvel Cells", 1.4)]


COUNTED = """Global electric-car battery installations reached 640 GWh in the first half of 2026, Pellam Data said. Orvel Denchi led with a 31.2% share.
{}"""


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("The four Japanese makers together: 11.5%, against 12.9% a year earlier.", "four Japanese makers"),
        ("Four Japanese cell makers held 11.5% between them in the first half of 2026.", "Four Japanese cell makers"),
        ("In the first half of 2026 it trailed two Chinese rivals which together held 11.5%.", "two Chinese rivals"),
        ("The combined share of the four Japanese makers was 11.5% in the first half of 2026.", "Japanese makers"),
        ("The four Japanese makers in the survey held 11.5% of the market in the first half of 2026.", "Japanese makers"),
    ],
)  # fmt: skip
def test_a_counted_group_keeps_its_count_when_the_count_is_the_subjects(sentence: str, holder: str):
    assert (holder, 11.5, "2026-06") in _shares(COUNTED.format(sentence))


def test_a_group_in_the_present_plural_supplies_a_share_of_no_period():
    text = "Orvel Denchi makes copper foil for cells.\nKorean producers supply more than 60 percent of the copper foil used worldwide."
    assert ("Korean producers", 60.0, "") in _shares(text)


ORIGIN = "Orvel Motors leads the market for electric cars.\n{}"


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("By origin, cars made in Japan accounted for 42.5 percent of electric cars registered in 2025.", "Japan"),
        ("Cars from member states of the European Union, mostly used ones, accounted for 42.5 percent in 2025.", "European Union"),
        ("Goods of Korean origin accounted for 42.5 percent of the value declared in 2025.", "South Korea"),
    ],
)  # fmt: skip
def test_goods_named_by_their_origin_give_the_share_to_the_country(sentence: str, holder: str):
    assert (holder, 42.5, "2025") in _shares(ORIGIN.format(sentence))


TWO_LINE_TITLE = """Corvalle Transit, S.A.
Annual Report 2025 | Letter to shareholders | 4
Dear shareholders,
Our trams carried 31.5 percent of the city's public transport passengers in 2025, up from 28.2 percent in 2024. We bought our new trams from Pellam Motors and financed them with a loan from Quarry Bank."""


def test_a_report_title_under_a_line_naming_the_company_speaks_as_we_for_it():
    shares = _shares(TWO_LINE_TITLE)
    assert ("Corvalle Transit", 31.5, "2025") in shares
    assert ("Corvalle Transit", 28.2, "2024") in shares


RUNNING_HEAD_TITLE = """Tervane Transit plc | Annual Report 2026 | 3
Dear shareholders,
Our buses carried 22.5 percent of the region's bus passengers in 2026, up from 19.0 percent in 2025."""


def test_a_report_title_in_a_running_head_taken_for_furniture_still_speaks_as_we():
    passages = split_passages("doc", RUNNING_HEAD_TITLE)
    assert passages[0].kind == "boilerplate"  # the running head is furniture
    shares = _shares(RUNNING_HEAD_TITLE)
    assert ("Tervane Transit plc", 22.5, "2026") in shares


def _ranked(text: str) -> list[tuple[str, float, int]]:
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    names = {c.id: c.name for c in extracted.companies}
    return sorted((names.get(s.holder, s.label), s.percent, s.rank) for s in extracted.shares)


def test_a_figure_after_behind_or_ahead_of_a_name_is_that_names():
    shares = _ranked(
        LEAD
        + "Australia supplied about 22 percent of the world's mined lithium in 2025 and was the "
        "second-largest producer, behind Chile with about 36 percent.\n"
        "Pellam Motors led the market with 40 percent in 2025, ahead of third-placed Kestrel "
        "with 12 percent and Dorvan, fourth with 9 percent."
    )
    assert ("Chile", 36.0, 1) in shares  # the subject is second: the one it trails is first
    assert ("Australia", 22.0, 2) in shares
    assert ("Kestrel", 12.0, 3) in shares
    assert ("Dorvan", 9.0, 4) in shares
    assert [s for s in shares if s[0] == "Pellam Motors"] == [("Pellam Motors", 40.0, 1)]


@pytest.mark.parametrize(
    ("sentence", "holder", "percent"),
    [
        ("Sodium-ion cells made up less than 2 percent of storage installations in 2025.", "Sodium-ion cells", 2.0),
        ("Lead-acid batteries made up 61% of the home batteries sold in 2025.", "Lead-acid batteries", 61.0),
        ("Lithium batteries were 44% of all home batteries imported in 2025.", "Lithium batteries", 44.0),
        ("LFP took 52 per cent of installations in 2025, while nickel-based chemistries fell to 45 per cent.", "nickel-based chemistries", 45.0),
        ("The share of solid-state packs stayed below 1% of cars sold in 2025.", "solid-state packs", 1.0),
        ("Sodium-ion's share of the storage market was about 3% in 2025.", "Sodium-ion", 3.0),
        # the abbreviation the copy defines in brackets stays in the label
        ("Lithium iron phosphate (LFP) batteries made up 81.3% of all installations in 2025.", "Lithium iron phosphate (LFP) batteries", 81.3),
        ("In 2025, after a slow start, lithium iron phosphate (LFP) cells took 52,5 % of the cells installed.", "lithium iron phosphate (LFP) cells", 52.5),
        ("Nickel-rich cells held 30 per cent in 2025, and lithium iron phosphate (LFP) 70 per cent of the cells installed.", "lithium iron phosphate (LFP)", 70.0),
        ("The share of iron phosphate (LFP) packs was 40 percent of cars sold in 2025.", "iron phosphate (LFP) packs", 40.0),
    ],
)  # fmt: skip
def test_a_chemistry_keeps_the_noun_the_copy_names_it_by(
    sentence: str, holder: str, percent: float
):
    assert (holder, percent, "2025") in _shares(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a bracket that is no abbreviation, or an apposition between: the chemistry alone
        "Lithium iron phosphate (cheaper) cells made up 81% of all installations in 2025.",
        "Lithium iron phosphate (LFP), now the cheapest, made up 81% of all installations in 2025.",
    ],
)
def test_a_bracket_of_no_abbreviation_stays_out_of_the_chemistrys_label(sentence: str):
    labels = [s[0] for s in _shares(LEAD + sentence) if s[1] == 81.0]
    assert labels and not any("(" in label for label in labels)


def test_lithium_alone_is_the_metal_not_a_chemistry_holding_a_share():
    text = LEAD + "In the ore from the new pit, lithium made up 1.4% of the rock mined in 2025."
    assert [s for s in _shares(text) if "ithium" in s[0]] == []


def test_an_origin_share_is_the_group_the_text_named_by_that_origin():
    text = (
        "Cathode makers\nOslo, 3 March 2026\n"
        "Orvel Materials said demand was rising. Nordic producers had 4 per cent of the global "
        "cathode market in 2025. In the first half of 2025 the Nordic share was 3 per cent."
    )
    assert ("Nordic producers", 3.0, "2025-06") in _shares(text)


def test_an_origin_share_with_no_group_named_by_that_origin_has_no_holder():
    text = (
        "Cathode makers\nOslo, 3 March 2026\n"
        "Orvel Materials held 9 per cent of the global cathode market in 2025. "
        "In the first half of 2025 the Nordic share was 3 per cent."
    )
    assert all(s[1] != 3.0 for s in _shares(text))


@pytest.mark.parametrize(
    ("sentence", "holder", "percent"),
    [
        # a country's short name, not only its formal one
        ("The UAE produced about 14% of the world's aluminium in 2025, the ministry said.", "UAE", 14.0),
        # a region copy names as a place
        ("Illinois accounted for 6.1 per cent of new electric truck registrations in 2025.", "Illinois", 6.1),
        # a relative clause between the place and its verb
        ("Alabama, whose mines sit near the border, supplied around 10% of the world's tin in 2025.", "Alabama", 10.0),
        # a ranking's description, then the figure after "with"
        ("Alabama remained the biggest supplier with 48% of the tin imports in 2025.", "Alabama", 48.0),
        ("Alabama was the second-largest origin with 9.2% of the imports in 2025.", "Alabama", 9.2),
        # a description, then the verb of holding after "and"
        ("Illinois is the country's largest tin miner and supplied about 11% of the world's tin in 2025.", "Illinois", 11.0),
        # the second clause of a sentence
        ("Orvel Trucks was first in 2025, while Illinois held 21% of the truck imports.", "Illinois", 21.0),
    ],
)  # fmt: skip
def test_a_country_or_region_subject_of_a_verb_of_holding_holds_the_share(
    sentence: str, holder: str, percent: float
):
    assert (holder, percent, "2025") in _shares(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a possessive or a longer name: no place as the subject
        "Alabama's output made up 14% of the world's tin in 2025.",
        "Illinois Power held 21% of the state's electricity sales in 2025.",
        # the share of a company's own sales
        "Alabama accounted for 40% of Orvel Trucks' sales in 2025.",
        "Illinois remained its biggest market with 30% of its sales in 2025.",
        # a change, not a share
        "Alabama rose 12% in 2025 as exports grew.",
    ],
)
def test_a_place_subject_of_no_share_gives_none(sentence: str):
    assert [s for s in _shares(LEAD + sentence) if s[0] != "Orvel Trucks"] == []


@pytest.mark.parametrize(
    ("sentence", "holder", "percent"),
    [
        # a name nothing else makes a company still holds the figure it is given
        ("Pellam Motors was third with 5% of registrations in 2025, behind Brenmark with 31%.", "Brenmark", 31.0),
        ("Pellam Motors held 38% of the market in 2025, ahead of Halvor with 16%.", "Halvor", 16.0),
    ],
)  # fmt: skip
def test_a_name_behind_or_ahead_of_holds_the_figure_after_it(
    sentence: str, holder: str, percent: float
):
    assert (holder, percent, "2025") in _shares(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pellam Motors held 38% of the market in 2025, ahead of Brenmark's Model Y with 16%.",
        "Pellam Motors held 38% of the market in 2025, ahead of September with 16%.",
    ],
)
def test_a_product_or_a_month_behind_or_ahead_of_holds_nothing(sentence: str):
    assert [
        s for s in _shares(LEAD + sentence) if s[0] not in ("Orvel Trucks", "Pellam Motors")
    ] == []


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("Other makers together held 28.9 per cent of the market in 2025.", "Other makers"),
        ("All other makers together accounted for 21.6 per cent of the market in 2025.", "All other makers"),
        ("Pellam Motors led in 2025, while the other brands held 30 percent of the market.", "the other brands"),
    ],
)  # fmt: skip
def test_the_rest_of_a_markets_sellers_hold_a_share_as_a_group(sentence: str, holder: str):
    assert any(s[0] == holder for s in _shares(LEAD + sentence))


def test_other_sellers_given_no_part_of_a_market_hold_nothing():
    shares = _shares(LEAD + "Other makers grew 12 percent in 2025 as prices fell.")
    assert [s for s in shares if s[0] != "Orvel Trucks"] == []


def test_an_adjective_is_no_place():
    # "Emirati miners": the group as written holds it (`share_groups`), no place
    found = _shares(LEAD + "Emirati miners supplied 14% of the world's tin in 2025.")
    assert [s for s in found if s[1] == 14.0] == [("Emirati miners", 14.0, "2025")]
