"""What a bare "$" and a bare "dollars" are in copy about a country with its own dollar: that
country's, when the copy names it twice or more and the United States less often ("North
America" is a continent); a "US$" or "U.S. dollars" stays American."""

from __future__ import annotations

from evkb.kb.documents import DocumentExtractor

CANADIAN = (
    "Quorrin Energy to build graphite plant near Tarnby\n\n"
    "Quorrin Energy, a Canadian battery materials start-up, will build a $540-million anode "
    "plant near Tarnby, the company said on Tuesday. Export Pellwick Canada will lend it "
    "$75 million and a provincial fund will grant 25 million dollars. The plant will cost the "
    'equivalent of about US$390 million. "Every carmaker in North America wants a second '
    'source," the chief executive said. Canada imports most of its graphite today, much of '
    "it through the United States.\n"
)


def amounts(text: str) -> set[tuple[float, str]]:
    products = DocumentExtractor([])("x", text, "2026-11-20")
    return {(f.value, f.unit) for record in products.extracted.investments for f in record.amounts}


def test_a_bare_dollar_in_canadian_copy_is_canadian():
    found = amounts(CANADIAN)
    assert (75_000_000, "CAD") in found and (25_000_000, "CAD") in found
    assert not any(unit == "USD" and value in (75_000_000, 25_000_000) for value, unit in found)


def test_copy_naming_the_united_states_as_often_keeps_the_us_dollar():
    text = CANADIAN.replace(
        "much of it through the United States.",
        "much of it through the United States, and U.S. buyers take most of its cells; "
        "American carmakers want more.",
    )
    assert (75_000_000, "USD") in amounts(text)


def test_a_province_names_its_country_and_one_mention_of_the_united_states_is_a_neighbour():
    text = (
        "Cathode plant for Quebec\n\n"
        "Pellwick Energy will build a cathode plant in Quebec for 2.4 billion dollars, the "
        "Quebec government said. Investissement Tarnby, Quebec's fund, will lend it 290 million "
        "dollars. \"This links Quebec's mines to the assembly plants of Ontario and the United "
        'States," the minister said. Quebec wants a second plant by 2030.\n'
    )
    assert (290_000_000, "CAD") in amounts(text)


def test_copy_from_a_small_dollar_country_about_money_spent_in_the_united_states():
    text = (
        "New Zealand's Pellwick Recycling will spend $38 million on a battery plant in the "
        "United States, the New Zealand company said.\n"
    )
    assert {unit for _, unit in amounts(text)} == {"USD"}
