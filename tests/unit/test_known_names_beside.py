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


def _products(text: str, known: bool = True) -> set[tuple[str, str]]:
    lexicon = Lexicon(KNOWN if known else ())
    extracted = extract_records("doc", split_passages("doc", text), lexicon)
    return {(b.maker, b.name) for b in extracted.batteries}


def test_a_sentences_first_word_written_in_lower_case_elsewhere_is_no_product():
    text = (
        "The house draws no grid power in winter.\n\n"
        "Power is stored in two Tarnwick wall batteries, each holding 13.5 kWh of usable "
        "energy in lithium iron phosphate cells.\n"
    )
    assert not any(name == "Power" for _, name in _products(text))
    text = (
        "Varnholt Energy launched its van pack on Monday. It is built at pack level in Wales.\n\n"
        "At pack level the energy density is 178Wh/kg.\n"
    )
    for known in (True, False):
        assert not any(name == "At" for _, name in _products(text, known))


def test_a_name_capitalised_inside_a_sentence_or_never_written_in_lower_case_stays():
    # "standard" in lower case elsewhere: the name inside the sentence is still one.
    text = (
        "We drove on our standard route.\n\n"
        "The Standard pack is a 68 kWh LFP unit rated at 262 miles, Tarnwick says.\n"
    )
    assert ("tarnwick", "Standard") in _products(text)
    # A first word the text never writes in lower case may still be a product's name.
    text = "Haldor stores 13.5 kWh in LFP cells and is made by Tarnwick.\n"
    assert any(name == "Haldor" for _, name in _products(text))


def _holders(text: str) -> dict[float, str]:
    return {s.percent: s.holder for s in _extract(text).shares}


def test_names_in_a_holders_apposition_do_not_hold_its_share():
    assert _holders(
        "In the battery market, Varnholt Energy, once the leader thanks to Tarnwick, is down to "
        "sixth place with a 3.1% share.\n"
    ) == {3.1: "varnholt-energy"}
    assert _holders(
        "Quellborn Cells, the country's largest battery maker and a supplier to Ostkel Motors, "
        "Brenmark Power and Vossberg Cells, had 27.4 per cent of the battery market in 2026.\n"
    ) == {27.4: "quellborn-cells"}


def test_a_name_after_an_aside_that_closes_before_it_still_holds():
    # "in its note" closes before the name; "meanwhile" is no apposition of a name.
    assert _holders(
        "Varnholt Energy, in its note, said that Ostkel Motors, the leader, held 40 percent of "
        "the battery market in 2026.\n"
    ) == {40.0: "ostkel-motors"}
    assert _holders(
        "Tarnwick, meanwhile, said Ostkel Motors held 20 percent of the battery market in 2026.\n"
    ) == {20.0: "ostkel-motors"}
