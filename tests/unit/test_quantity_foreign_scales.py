"""Scale words of other languages beside a currency: "R$ 3,4 bilhão", "47,3 millones de euros",
"Rp7,25 triliun", "9.1 yi yuan" (a yi is 10^8)."""

from __future__ import annotations

import pytest

from evkb.kb.extract.quantities import extract_quantities


def _read(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The maker will invest R$ 3,4 bilhão in the plant.", 3.4e9, "BRL"),
        ("a loan of R$ 275 milhões from the state bank", 2.75e8, "BRL"),
        ("The winners receive aid of 47,3 millones de euros.", 4.73e7, "EUR"),
        ("It costs 2 mil millones de euros.", 2e9, "EUR"),
        ("Nilai proyeknya Rp7,25 triliun, he said.", 7.25e12, "IDR"),
        ("It will invest 9.1 yi yuan in the base.", 9.1e8, "CNY"),
        ("The chair put the cost at RMB 35 yi on Friday.", 3.5e9, "CNY"),
    ],
)
def test_scale_words_of_other_languages_beside_a_currency(text, value, unit):
    assert (value, unit) in _read(text)


def test_a_foreign_scale_word_alone_is_no_money():
    assert all(unit == "count" for _, unit in _read("the town has 75 millones of trees"))
    assert not any(unit == "CNY" for _, unit in _read("Li Yi said 35 yi were sold"))
    # "de" goes with the scale word only before a word: "millones de" then a currency
    assert (7e6, "EUR") in _read("7 millones de euros")


def test_english_scale_words_read_as_before():
    assert (2.5e9, "USD") in _read("It will spend $2.5 billion.")
    assert (1250.0, "count") in _read("It will employ 1,250 people.")
    assert (3.4e9, "NOK") in _read("The investment is NOK 3,4 billion.")
