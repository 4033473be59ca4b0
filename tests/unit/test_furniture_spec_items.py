"""A list whose items each carry their own spec lines ("Range: 220 miles", "Battery: 52kWh")
is the article's own, as a spec sheet is: the spec lines, and the items' names and words
between them, are never weighed as a list of other stories."""

from __future__ import annotations

from evkb.kb.extract import split_passages
from evkb.kb.extract.furniture_rows import repeated_specs
from evkb.model import FURNITURE_KINDS


def test_labels_that_recur_with_figures_are_spec_lines():
    lines = [
        "- Tarnvik Lume (from €29,900)",
        "Pack: 61 kWh, LFP",
        "Range (WLTP): 402 km",
        "- Opalis Verro (from €34,500)",
        "Range (WLTP): 455 km",
        "Pack: 70.5 kWh",
        "Weight: 1,690 kg",
    ]
    assert repeated_specs(lines) == {1, 2, 4, 5}


def test_labels_in_other_cases_and_number_styles_recur():
    lines = [
        "Brisca Wendra",
        "BATTERY: seventy-two kWh (usable 68)",
        "Charge time : 18 min to 80%",
        "Selvik Marrick",
        "Battery: 2 x 40 kWh modules",
        "Charge time: about 25 min",
    ]
    assert repeated_specs(lines) == {1, 2, 4, 5}


def test_headlines_with_labels_and_single_repeated_labels_are_no_spec_lines():
    # a label recurring without a figure, or only one label recurring
    assert not repeated_specs(
        [
            "Analysis: why the grid cannot wait",
            "Opinion: the harbour needs a plan",
            "Analysis: what the vote means",
            "Opinion: a tram for the old town",
        ]
    )
    assert not repeated_specs(["Watch: 3 ways to save", "Watch: 5 bridges", "Range: 300 km"])
    # a value too long for a spec, and a sentence
    assert not repeated_specs(
        [
            "Update: the council met 3 times this week and voted against the new harbour plan",
            "Price: 12 euros.",
            "Update: the council met 4 times this week and voted against the new harbour plan",
            "Price: 14 euros.",
        ]
    )


def _guide(tail: str) -> str:
    items = []
    for number, (name, line) in enumerate(
        [
            ("Tarnvik Lume", "The cheapest here, and it feels it inside."),
            ("Opalis Verro", "Roomy, and the quickest to charge."),
            ("Brisca Wendra", "Not on sale until spring, but orders are open."),
        ],
        start=1,
    ):
        kwh, km, minutes = 50 + 6 * number, 300 + 40 * number, 35 - 4 * number
        items.append(
            f"{number}. {name} — from €{27 + number},450\n{line}\n"
            f"Battery: {kwh}kWh LFP, cells from Calden\nRange: {km} km\n"
            f"Charging: 10-80 per cent in {minutes} minutes"
        )
    return (
        "Three small electric cars to shortlist this spring\n\n"
        "Small electric cars now make up a fifth of new-car sales in the Lune valley, and "
        "prices have come down with them. Here are three we would shortlist.\n\n"
        + "\n\n".join(items)
        + tail
    )


def test_a_buyers_guide_keeps_its_items_and_their_specs():
    passages = split_passages(
        "doc",
        _guide(
            "\n\nRead more\n\n"
            "Harbour strike ends after ten days\nRain delays the grape harvest in Yarrowby\n"
            "Pelvane Bank cuts its rate again\n"
        ),
    )
    kinds = {p.text: p.kind for p in passages}
    for text, kind in kinds.items():
        if "kWh" in text or "km" in text or "minutes" in text or "€" in text:
            assert kind not in FURNITURE_KINDS, text
    assert kinds["Roomy, and the quickest to charge."] not in FURNITURE_KINDS
    assert kinds["Rain delays the grape harvest in Yarrowby"] in FURNITURE_KINDS
