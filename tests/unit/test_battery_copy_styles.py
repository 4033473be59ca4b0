"""Battery generations as unseen copy writes them: units spelled out or hyphenated, trade marks,
spec lists under a header, launches dated against the dateline, rows of tab tables, an older
generation's figure, a lede that names its product one sentence later."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

from evkb.kb.extract.quantities import extract_quantities


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Cell makers show new products\nBy the Business Desk | 12 March 2026\n"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("uses a 94.5-kWh pack", 94.5, "kWh"),
        ("stores 240 watt-hours per kilogram", 240.0, "Wh/kg"),
        ("reaches 450 watt-hours per litre", 450.0, "Wh/L"),
        ("rated at 190 Wh/L", 190.0, "Wh/L"),
        ("at 300 Wh per kg", 300.0, "Wh/kg"),
    ],
)
def test_spec_units_as_american_and_british_copy_write_them(text, value, unit):
    [q] = extract_quantities(text)
    assert (q.value, q.unit) == (value, unit)


def test_a_trade_marked_name_and_the_spec_list_under_it(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "OSLO, Norway, Sept. 15, 2026 (BUSINESS WIRE) -- Norvik Cells, a Norwegian cell "
        "developer, today announced the launch of Aurora™ 2, its second-generation pouch cell.\n"
        "Key specifications of Aurora 2:\n"
        "- Gravimetric energy density: 310 Wh/kg\n"
        "- Start of series production: second half of 2027\n",
    )
    aurora = got["norvik-cells/Aurora 2"]
    assert aurora["energy_density"] == [310.0]
    assert aurora["launch"] == [2027]  # not the dateline's 2026


def test_a_launch_next_year_is_dated_by_the_dateline_and_a_founding_year_is_no_launch(
    tmp_path, lex
):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Tianrun Battery showed its Haixing 3 cell, which stores 175 Wh/kg.\n"
        "Tianrun, which was founded in 2019, said Haixing 3 would be in mass production "
        "by the middle of next year.\n",
    )
    assert got["tianrun-battery/Haixing 3"]["launch"] == [2027]


def test_an_older_generations_figure_goes_to_it(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Tianrun Battery showed its Haixing 3 cell. The cell stores 175 Wh/kg, up from "
        "160 Wh/kg for the Haixing 2, and keeps 90% of its capacity in the cold.\n",
    )
    assert got["tianrun-battery/Haixing 3"]["energy_density"] == [175.0]
    assert got["tianrun-battery/Haixing 2"]["energy_density"] == [160.0]


def test_a_lede_gives_its_figures_to_the_product_the_next_sentence_names(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "A battery start-up has unveiled a cell that it says can be recharged from 10 per "
        "cent to 80 per cent in under 12 minutes.\n"
        "Brackwell Energy said its Gen 2 cell stores 240 watt-hours per kilogram.\n",
    )
    assert got["brackwell-energy/Gen 2"]["charging"] == [12.0]


def test_versions_set_against_each_other_and_their_rows_in_a_tab_table(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Kirra Automotive sells its small SUV in two versions.\n"
        "The entry Vale Urban uses a 51.2kWh LFP battery with a range of 345km, while the "
        "Vale Touring gets a 77.4kWh pack rated at 510km.\n"
        "Urban\t51.2kWh\t345km\t26 min\n"
        "Touring\t77.4kWh\t510km\t28 min\n",
    )
    assert got["kirra-automotive/Vale Urban"]["charging"] == [26.0]
    assert got["kirra-automotive/Vale Touring"]["energy"] == [77.4, 77.4]
    assert got["kirra-automotive/Vale Touring"]["charging"] == [28.0]


def test_a_company_described_by_its_batteries_is_no_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Halden Cells, the Anglo-Japanese battery maker, makes 20 GWh of cells a year "
        "and sells a 75 kWh pack.\n",
    )
    assert not any(name.endswith("Anglo-Japanese") for name in got)


def test_a_plural_possessive_names_the_maker_and_known_as_names_the_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Pacer Motors said its next SUV will use Nordvolt Cells' LFP cells, giving the car "
        "a range of 500 km.\n"
        "Pacer Motors said its own sodium-ion battery, known as Sodeon, costs 20% less.\n",
    )
    assert got["nordvolt-cells/LFP cells"]["range"] == [500.0]
    assert got["pacer-motors/Sodeon"]["cost_change"] == [-20.0]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Halcor Brava Long Range is rated at 310 miles (499 km) by the EPA.",
        "Halcor Motors' Brava Long Range ($48,000) carries an 82 kWh pack rated at 310 miles.",
        "Halcor Motors Brava Long Range: 82 kWh, EPA 310 miles (499 km), tested 268 miles.",
    ],
)
def test_a_cars_version_is_named_as_a_test_site_writes_it(tmp_path, lex, sentence):
    got = batteries(
        tmp_path, lex, HEAD + "Halcor Motors builds the Brava family SUV.\n" + sentence + "\n"
    )
    assert 310.0 in got["halcor-motors/Long Range"]["range"]


def test_figures_before_two_names_go_to_each(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Selby Motors' Orla comes with a 64 kWh Standard Range battery or an 87 kWh "
        "Long Range battery.\n",
    )
    assert got["selby-motors/Standard Range"]["energy"] == [64.0]
    assert got["selby-motors/Long Range"]["energy"] == [87.0]


@pytest.mark.parametrize(
    "text",
    [
        "The Vanta Long Range from Kestrel Motors is EPA-rated at 360 miles (579 km).",
        "Kestrel Motors sells the Vanta in two versions. The Long Range gets a 100 kWh battery "
        "rated at 360 miles.",
        "Kestrel Motors makes the Vanta. We also drove the Kestrel Vanta Long Range. It is rated "
        "at 360 miles (579 km).",
        "Kestrel Motors makes the Vanta.\n| Car | Battery | EPA range |\n"
        "| Kestrel Vanta Long Range | 100 kWh | 360 mi |",
        "Kestrel Motors makes the Vanta. We also drove the Vanta Long Range for a week. Its "
        "100 kWh pack is rated at 360 miles.",
        "Kestrel Motors makes the Vanta. The Vanta Long Range with a 100 kWh pack is rated at "
        "360 miles.",
        "Kestrel Motors makes the Vanta.\nKestrel Vanta Long Range: after three months with the "
        "car, we like it more than we expected to.\n"
        "Battery: 100 kWh, NMC\nRated range: 360 miles (579 km)",
    ],
)
def test_a_version_without_its_car_or_its_figures_in_the_same_place(tmp_path, lex, text):
    got = batteries(tmp_path, lex, HEAD + text + "\n")
    assert got["kestrel-motors/Long Range"]["range"][0] == 360.0


def test_a_makers_lines_as_a_profile_writes_them(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Daewon Energy, the Korean battery maker, is changing course.\n"
        "It held 12 percent of the market last year, according to researcher Cellmetric.\n"
        "It plans to start mass production of LFP cells for cars in 2027.\n"
        "Daewon Energy also supplies high-nickel NCMA pouch cells rated at 300 Wh/kg.\n",
    )
    assert got["daewon-energy/LFP cells"]["launch"] == [2027]
    assert got["daewon-energy/NCMA cells"]["energy_density"] == [300.0]
    assert not any(name.startswith("cellmetric/") for name in got)


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme Energy's new battery, the Zephyr, stores 250 Wh/kg.",
        "The Zephyr, Acme Energy's first sodium-ion battery, stores 250 Wh/kg.",
        "Called Zephyr, the cell from Acme Energy stores 250 Wh/kg.",
        "Zephyr batteries will ship in 2027 with 250 Wh/kg, Acme Energy said.",
        "Acme Energy's Zephyr and Tempest cells store 250 Wh/kg and 180 Wh/kg respectively.",
    ],
)
def test_a_name_given_the_ways_news_copy_gives_one(tmp_path, lex, sentence):
    got = batteries(tmp_path, lex, HEAD + sentence + "\n")
    assert got["acme-energy/Zephyr"]["energy_density"] == [250.0]


def test_a_cycle_life_written_before_its_count(tmp_path, lex):
    got = batteries(
        tmp_path, lex, HEAD + "Acme Energy's Zephyr battery has a cycle life of 3,000 and more.\n"
    )
    assert got["acme-energy/Zephyr"]["cycles"] == [3000.0]


def test_a_distance_on_the_clock_is_no_range(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Kestrel Motors makes the Vanta.\n"
        "The Vanta Long Range, now with 12,400 km on the clock, is rated at 579 km.\n",
    )
    assert got["kestrel-motors/Long Range"]["range"] == [579.0]
