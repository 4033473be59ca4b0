"""The scope and metric a sentence states for its shares, whatever a clause about the holder
says of its plants or customers."""

from __future__ import annotations

import pytest

from evkb.kb.records.share_words import scope_metric


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause that describes the holder says nothing of the figure's market
        (
            "Ostkel, whose factories in Germany and Hungary supply most carmakers, was second "
            "with 23.8 per cent.",
            ("", "market share"),
        ),
        ("Ostkel, which sells only its own cars in Britain, took 9.6 per cent.", ("", "market share")),
        # a clause that states a figure is kept: the figure may be the share
        (
            "Ostkel, which holds 30% of the European market, said on Monday it would expand.",
            ("", "european market"),
        ),
        # no clause: as before
        ("Ostkel held 12% of battery installations in Germany.", ("Germany", "battery installations")),
        ("Ostkel held 38% of the global market.", ("global", "market")),
    ],
)  # fmt: skip
def test_scope_and_metric(text, expected):
    assert scope_metric(text) == expected
