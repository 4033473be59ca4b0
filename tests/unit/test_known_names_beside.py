"""What the rules read beside a name the folder already knows (a curated company): the names
listed with it, a sentence's first word taken for its product, the names in a share holder's
apposition."""

from __future__ import annotations

from evkb.kb.extract import split_passages
from evkb.kb.records import Extracted, Lexicon, extract_records
from evkb.model import Company

KNOWN = (
    Company("tarnwick", "Tarnwick", "automaker"),
    Company("quellborn-cells", "Quellborn Cells", "cell maker", ("Quellborn",)),
)


def _extract(text: str) -> Extracted:
    return extract_records("doc", split_passages("doc", text), Lexicon(KNOWN))


def _names(text: str) -> set[str]:
    return {c.name for c in _extract(text).companies}


def test_a_name_listed_with_a_known_company_is_read():
    for text in (
        "Quellborn Cells and Varnholt Energy each held 5.1 percent of the market.\n",
        "Tarnwick and Ostkel Motors ranked second and third in the market.\n",
        "Varnholt Energy, Quellborn Cells and Brenmark Power supplied 31, 22 and 11 percent "
        "respectively of the cells fitted.\n",
        "The carmaker already buys such cells from Tarnwick or Vossberg Cells.\n",
    ):
        names = _names(text)
        assert names & {"Varnholt Energy", "Ostkel Motors", "Vossberg Cells"}, text
        assert not names & {"Quellborn Cells", "Tarnwick"}, text  # known: no record made again


def test_a_known_names_longer_form_or_product_makes_no_name_of_its_own():
    names = _names("The Tarnwick Haldor 3 and the Quellborn Cells Orbit pack went on sale.\n")
    assert not names & {"Haldor", "Orbit", "Tarnwick Haldor"}

