"""Products named where notices, filings and lists name them: a model offered with its pack."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Notice of award for electric trucks\nBy the Procurement Office\n"


def test_a_model_under_an_article_with_its_pack_is_the_models_battery(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "The second bidder, Norvale Trucks GmbH (Austria), offered the Tarn 18 with a "
        "412 kWh lithium iron phosphate pack and a range of 330 km.\n",
    )
    assert got["norvale-trucks/Tarn 18"]["energy"] == [412.0]
    assert got["norvale-trucks/Tarn 18"]["range"] == [330.0]


def test_a_company_with_a_pack_is_still_no_model(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Norvale Trucks GmbH with a 412 kWh pack was the only bidder to meet the range.\n",
    )
    assert not any(key.endswith("/Norvale Trucks") for key in got)
