"""A lender or a grant-giver makes no batteries: a product the text hands to one is the product
of the company its money goes to, as the investment records read it, not of the company the
text named before the lender (a customer, a neighbour)."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

from evkb.kb.records.battery_funded import funded_companies
from evkb.model import Citation, Investment


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Cell plant news\nBy the Industry Desk\n"


def test_a_ministry_subsidy_for_the_project_hands_the_line_to_the_company(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Quenby Cells, a maker of lithium-ion cells for hybrid cars, said profit rose "
        "20 per cent.\n"
        "Orders from the carmaker Ardmoor Motors stayed strong.\n"
        "The Ministry of Industry has approved a subsidy of up to 40 million euros for the "
        "project.\n"
        "The new line will make only the QB-4 cell, an NMC cell with an energy density of "
        "270 Wh/kg.\n",
    )
    assert got["quenby-cells/QB-4"]["energy_density"] == [270.0]
    assert not [k for k in got if k.startswith(("ardmoor", "ministry"))]


def test_a_bank_loan_before_a_list_of_two_cells(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Quenby Cells, a maker of storage cells, is building a cell factory near Veldris.\n"
        "Ardmoor Motors' assembly plant stands next door.\n"
        "In May, Lumbra Development Bank closed a $400 million loan for the project.\n"
        "The factory will make two cells: a 280 Ah cell it calls the Pellow and a 560 Ah cell "
        "called the Pellow Max, rated for 9,000 cycles.\n",
    )
    assert "quenby-cells/Pellow" in got
    assert got["quenby-cells/Pellow Max"]["cycles"] == [9000.0]
    assert not [k for k in got if k.startswith(("ardmoor", "lumbra"))]


def test_a_loan_written_with_the_sum_first(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Quenby Cells, a maker of sodium-ion cells, plans a new cell line at Veldris.\n"
        "Its largest customer is Ardmoor Motors.\n"
        "For the line, 90 million euros will come as a loan from Lumbra Development Bank.\n"
        "The line will produce one product only, the QB-4, a sodium-ion cell of 160 Wh/kg.\n",
    )
    assert got["quenby-cells/QB-4"]["energy_density"] == [160.0]
    assert not [k for k in got if k.startswith(("ardmoor", "lumbra"))]


def _money(kind: str, by: tuple[str, ...], to: tuple[str, ...]) -> Investment:
    cite = Citation(source="a", quote="q", passage="a:p1", start=0, end=1)
    return Investment(id=f"{kind}-{by}-{to}", kind=kind, amounts=(), cite=cite, by=by, to=to)


def test_whom_each_giver_pays():
    funded = funded_companies(
        [
            _money("subsidy", ("ministry-of-industry",), ("quenby-cells",)),
            _money("loan", ("lumbra-development-bank",), ("quenby-cells",)),
            _money("loan", ("lumbra-development-bank",), ("quenby-cells",)),  # said twice
        ]
    )
    assert funded == {
        "ministry-of-industry": "quenby-cells",
        "lumbra-development-bank": "quenby-cells",
    }


def test_a_giver_paying_two_companies_hands_over_nothing():
    funded = funded_companies(
        [
            _money("subsidy", ("ministry-of-industry",), ("quenby-cells",)),
            _money("subsidy", ("ministry-of-industry",), ("pellington-energy",)),
            _money("subsidy", ("ministry-of-industry",), ("quenby-cells",)),
        ]
    )
    assert funded == {}


def test_a_receiver_that_lends_itself_is_no_maker():
    # The bank the text names beside the grant, read as the grant's receiver when the company
    # the project is for went unread: a lender makes nothing either.
    funded = funded_companies(
        [
            _money("subsidy", ("veldris-region",), ("lumbra-development-bank",)),
            _money("loan", ("lumbra-development-bank",), ()),
        ]
    )
    assert funded == {}


def test_money_given_by_several_or_to_several_names_no_one():
    funded = funded_companies(
        [
            _money("investment", ("quenby-cells", "pellington-energy"), ("veldris-cells",)),
            _money("subsidy", ("ministry-of-industry",), ("quenby-cells", "pellington-energy")),
        ]
    )
    assert funded == {}


def test_a_maker_named_in_the_product_sentence_keeps_it(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Quenby Cells, a maker of storage cells, is building a cell factory near Veldris.\n"
        "In May, Lumbra Development Bank closed a $400 million loan for the project.\n"
        "Pellington Energy, a rival, sells the PX-2 cell, rated for 6,000 cycles.\n",
    )
    assert got["pellington-energy/PX-2"]["cycles"] == [6000.0]


def test_a_bank_of_no_public_name_lending_takes_no_product(tmp_path, lex):
    # The company itself goes unread; the lender named last must not get its pack: a product
    # with no maker is dropped, never handed to the bank.
    got = batteries(
        tmp_path,
        lex,
        HEAD + "The Ostrand Region has awarded a grant of 9 million euros to the project, and "
        "Velden Trust has granted a 40 million euro loan.\n"
        "It replaces the VX-55, a 55 kWh LFP pack launched in 2023.\n",
    )
    assert not [k for k in got if k.startswith(("velden", "ostrand"))]


def test_a_grant_giver_of_no_public_name_hands_the_product_to_whom_it_pays(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvell Packs, a maker of battery packs for delivery trucks, will double its "
        "plant.\n"
        "Pellack Innovation has awarded Corvell Packs a $2.5 million grant for the work.\n"
        "The company also launched the CP-90, a 90 kWh pack rated for 4,000 cycles.\n",
    )
    assert got["corvell-packs/CP-90"]["cycles"] == [4000.0]
    assert not [k for k in got if k.startswith("pellack")]


def test_a_sum_written_first_for_the_company_s_next_cell(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Kestova Cells, a maker of sodium-ion cells, opened a pilot line in 2024.\n"
        "2025 - A grant of SEK 180 million from Pellack Growth for the company's "
        "second-generation cell.\n"
        "2026 - Launches the Frost 2 with 168 Wh/kg and 5,000 cycles.\n",
    )
    assert [k for k in got if k.startswith("kestova-cells/")]
    assert not [k for k in got if k.startswith("pellack")]


def test_a_carmaker_investing_in_another_still_makes_its_own_pack(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "The carmaker Ardmoor Motors has invested $50 million in Kestova Cells.\n"
        "Ardmoor Motors' new Vesta pack stores 82 kWh and charges in 19 minutes.\n",
    )
    assert "ardmoor-motors/Vesta" in got


def test_lenders_are_who_lends_or_pays_another_and_spends_nothing_of_its_own():
    funded = funded_companies(
        [
            _money("loan", ("velden-trust",), ()),
            _money("investment", ("pellack-growth",), ("kestova-cells",)),
            # read the wrong way round: the company that spends on its plant stays a maker
            _money("subsidy", ("corvell-packs",), ("ministry-of-industry",)),
            _money("investment", ("corvell-packs",), ()),
            # a grant whose receiver went unread names no giver surely
            _money("subsidy", ("quenby-cells",), ()),
        ]
    )
    assert funded.lenders == frozenset(["velden-trust", "pellack-growth"])


def _quoted(by: str, quote: str) -> Investment:
    cite = Citation(source="a", quote=quote, passage="a:p1", start=0, end=len(quote))
    return Investment(id=f"i-{by}", kind="investment", amounts=(), cite=cite, by=(by,), to=())


@pytest.mark.parametrize(
    "quote",
    [
        "Tarnlow Cells closed a $40 million Series B led by Brackwater Capital on Monday.",
        # the leader in apposition to a kind, the round in words, a clause after
        "The start-up's seed funding, led by the Oslo fund Brackwater Capital, came to "
        "NOK 90 million.",
        # another currency and order: the round after its sum, "round" then a comma
        "EUR 12m in a growth round, led by Brackwater Capital AS and two family offices.",
    ],
)
def test_the_leader_of_a_round_makes_nothing_even_read_as_the_spender(quote: str) -> None:
    funded = funded_companies([_quoted("brackwater-capital", quote)])
    assert "brackwater-capital" in funded.lenders


@pytest.mark.parametrize(
    "quote",
    [
        # the company leads the words, another name follows "led by": not the spender's round
        "Brackwater Capital will invest $40 million in a plant, a project led by its chief "
        "executive Anna Halsey.",
        # led by, but no round: a consortium building its own plant
        "Brackwater Energy will spend $300 million on a cell plant led by a new team.",
        # the spender named before a round another leads
        "Brackwater Energy invested $5 million in the round.",
    ],
)
def test_a_spender_no_round_names_as_its_leader_stays_a_maker(quote: str) -> None:
    by = "brackwater-capital" if quote.startswith("Brackwater Capital") else "brackwater-energy"
    assert by not in funded_companies([_quoted(by, quote)]).lenders


def test_a_product_after_a_round_is_the_raisers_not_the_leaders(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        HEAD + "2024 - Raises a EUR 20 million Series A led by the fund Brackwater Capital.\n"
        "2025 - Launches its first cell, the TX-40, a sodium-ion cell of 150 Wh/kg.\n",
    )
    assert not [k for k in got if k.startswith("brackwater")]
