"""A body's own spending on roads and other public works around a site ("will spend £4 million
on a new access road") is no investment in the plant and no aid to its builder; a grant for
such works is aid the builder receives, and other uses of a sum stay records."""

from __future__ import annotations

import pytest
from test_company_rules import _paid

_PLANT = (
    "Harnby Cells Ltd will build a £400 million cell plant at Tolwick, with 900 jobs from 2028.\n\n"
)


@pytest.mark.parametrize(
    "works",
    [
        "Tolwick District Council will spend £6 million on a new access road.",
        # another number style, a clause between
        "Tolwick District Council, which approved the plans in May, is putting a further £6m "
        "into the widened roads that lead to the site.",
        "Tolwick District Council will put £6,000,000 into road and jetty works around the site.",
        # a list of works after the sum
        "Tolwick District Council will also spend £6 million on roads, a bridge and a water "
        "connection to the site.",
        "The Vessmoor Port Authority is to invest six million pounds into jetties for the "
        "plant's shipments.",
    ],
)
def test_a_bodys_spending_on_roads_around_the_site_is_no_record(works):
    paid = _paid(_PLANT + works + "\n")
    assert any(value == 400e6 for _, _, value in paid)
    assert not any(value == 6e6 for _, _, value in paid)


@pytest.mark.parametrize(
    "aid",
    [
        "Tolwick District Council has approved a £6 million grant for roads and a water line.",
        "Tolwick District Council will give Harnby Cells a £6 million grant towards road works.",
        "Tolwick District Council will spend £6 million on a new water line and sewer plant.",
        "Harnby Cells will spend £6 million on road freight trucks for its deliveries.",
    ],
)
def test_a_grant_for_roads_and_other_uses_stay_records(aid):
    paid = _paid(_PLANT + aid + "\n")
    assert any(value == 6e6 for _, _, value in paid)


def test_the_plant_told_with_its_road_stays():
    paid = _paid(
        "Harnby Cells Ltd will spend £400 million on a cell plant at Tolwick, on a site beside "
        "a new access road.\n"
    )
    assert any(value == 400e6 and "harnby-cells" in by for by, _, value in paid)
