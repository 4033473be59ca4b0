"""The word tests run before costly patterns never rule out a text the pattern matches."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import evkb.kb.extract
import evkb.kb.records
from evkb.kb.extract import quantities, relatedness, split_sentences
from evkb.kb.extract.furniture_forms import FULL_STOP, ends_sentence
from evkb.kb.extract.gates import (
    Gated,
    finditer_at,
    fold,
    folded,
    holds,
    holds_any,
    search_from,
)
from evkb.kb.records import (
    battery_called,
    battery_lines,
    battery_names,
    battery_specs,
    battery_words,
    company_cues,
    context,
    fiscal,
    investment_money,
    investment_places,
    periods,
    share_figures,
    share_subjects,
)
from evkb.kb.records.company_shapes import GAP, RUN, RUN_START

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _texts() -> list[str]:
    """Every line of the article fixtures, every sentence of them, and the 40 characters
    before each figure (what the share rules test for a change)."""
    found: set[str] = set()
    for folder in ("records", "styles", "fourth", "conflicts"):
        for path in sorted((FIXTURES / folder).rglob("*.txt")):
            for line in path.read_text(encoding="utf-8").split("\n"):
                found.add(line)
                found.update(line[s:e] for s, e in split_sentences(line))
                found.update(line[max(0, i - 40) : i] for i, c in enumerate(line) if c.isdigit())
    return sorted(found)


TEXTS = _texts()

GATES = [
    (periods._CALENDAR_HINT, lambda t: holds_any(t, periods._CALENDAR_WORDS)),
    (
        periods._CALENDAR_HINT,
        lambda t: holds_any(t, periods._CALENDAR_NOUNS) or holds(t, periods._CALENDAR_CASED),
    ),
    (periods._PART_OF_YEAR, lambda t: holds(t, periods._PART_WORDS)),
    (periods._RANGE_WITH_YEAR, lambda t: holds(t, periods._RANGE_WORDS)),
    (periods._YEARLESS, lambda t: holds(t, periods._YEARLESS_WORDS)),
    (periods._BARE_MONTH, lambda t: holds(t, periods._RANGE_WORDS)),
    (periods._SPAN_TO, lambda t: holds(t, periods._RANGE_WORDS)),
    (periods._SHORT_PART, lambda t: holds(t, periods._SHORT_WORDS)),
    (investment_places.PLANT, lambda t: holds_any(t, investment_places.PLANT_WORDS)),
    (share_figures._CHANGE_BEFORE, lambda t: holds_any(t, share_figures._CHANGE_WORDS)),
    (context.SHARE_TALK, lambda t: holds_any(t, context._SHARE_TALK_WORDS)),
    (battery_called.ALSO_CALLED, lambda t: "also" in t or "internally" in t),
    (battery_called._GENERATION_APPOSED, lambda t: "generation" in t),
    (
        fiscal._HINT,
        lambda t: holds(fold(t), ("fy", "fiscal", "financial")) or fiscal._SPAN.search(t),
    ),
    (
        battery_lines._LINE,
        lambda t: (
            holds_any(t, battery_lines.LINE_CHEMISTRIES) and holds_any(t, battery_lines._LINE_NOUNS)
        ),
    ),
    (battery_names._NOUN_NAMED, lambda t: battery_names._NAME_AFTER_NOUN.search(t) is not None),
    (battery_names._BRANDED, lambda t: holds(t, battery_names._BRAND_WORDS)),
    (battery_names._APPOSED, lambda t: battery_names._APPOSITION.search(t) is not None),
    (battery_specs._CARS_PACK, lambda t: holds(t, battery_specs._CONTRAST_WORDS)),
]


@pytest.mark.parametrize(("pattern", "gate"), GATES, ids=lambda g: getattr(g, "pattern", "")[:30])
def test_gate_keeps_every_match(pattern, gate) -> None:
    matched = [t for t in TEXTS if pattern.search(t)]
    assert matched, "the fixtures should exercise the pattern"
    assert [t for t in matched if not gate(t)] == []


def test_folded_reads_letters_as_a_case_blind_pattern_does() -> None:
    # The long s, the dotless i, the dotted capital I and the kelvin sign match ASCII letters
    # in a case-blind pattern, so the gates must see them as those letters.
    assert folded("ſame") == "same"
    assert folded("İT ıt") == "it it"
    assert folded("\u212aWh") == "kwh"
    assert holds_any("The ſite", ("site",))
    assert not holds("First Half", ("half",))  # a pattern that heeds case reads it as written


def _gated_patterns() -> list[tuple[str, Gated]]:
    """Every pattern of extraction's modules that `gated` put behind a gate of words, also
    where a pair of patterns holds it (the figures in words of quantities.py)."""
    found = []
    for package in (evkb.kb.extract, evkb.kb.records):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in vars(module).items():
                found += [
                    (f"{info.name}.{name}" + (f"[{i}]" if isinstance(value, tuple) else ""), item)
                    for i, item in enumerate(value if isinstance(value, tuple) else (value,))
                    if isinstance(item, Gated)
                ]
    return found


GATED = _gated_patterns()


def test_patterns_are_gated() -> None:
    assert len(GATED) >= 10


@pytest.mark.parametrize(("name", "gated"), GATED, ids=[name for name, _ in GATED])
def test_gated_pattern_matches_as_the_pattern_does(name, gated) -> None:
    for text in TEXTS:
        found = gated.compiled.search(text)
        assert gated.could_match(text) or found is None, text
        ours = gated.search(text)
        assert (ours and ours.span()) == (found and found.span())
    assert gated.pattern == gated.compiled.pattern


def test_search_from_finds_what_search_finds() -> None:
    pattern = re.compile(r"\bCell\b(?!\s+Pack)")
    for text in ["Cell", "xCell Cell", "Cell Pack, Cell", "Cellar Cell Pack", "no", "aCell"]:
        found = pattern.search(text)
        ours = search_from(pattern, "Cell", text)
        assert (ours and ours.span()) == (found and found.span()), text


def test_ends_sentence_reads_what_full_stop_matches() -> None:
    texts = [*TEXTS, "", ".", "Yes.\n", "Done.\n\n", 'He said "no."', "(see above.)", "x )"]
    for text in texts:
        assert ends_sentence(text) == bool(FULL_STOP.search(text)), text


def test_run_starts_are_where_runs_start() -> None:
    """Capitalised runs found from their possible starts are the runs the pattern finds."""
    invented = [
        "Tarnivo A/S and Delmaro S.A. signed with the U.S. Department of Energy.",
        "O'Brien's x-Ray 3M co-Op .Net e.Gov 2Xcell People's Bank",
        "Österbo Kraft, İzmir Cells and Łódź Power (KZT 300 million) said.",
    ]
    for text in TEXTS + invented:
        starts = [m.start() for m in RUN_START.finditer(text)]
        assert [m.span() for m in finditer_at(RUN, text, starts)] == [
            m.span() for m in RUN.finditer(text)
        ], text


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        (quantities._LOWER_TOKEN, r"[a-z]+"),
        (company_cues.TOKEN, r"\S+"),
        (relatedness.CONTENT, r"[^\W\d_][\w'\u2019-]*|\d[\d,.]*"),
        (battery_words._LEADS, r"['’]|(?:the|its|their|our|an?|new|whose)\s"),
    ],
)
def test_patterns_opening_with_a_character_find_what_their_plain_form_finds(written, plain) -> None:
    """A pattern written to open with a set of characters (so `re` skips to where one stands)
    matches where the plainer form of it does."""
    plain = re.compile(plain)
    for text in [*TEXTS, "x²y 3,5.1 a_b ’s it’s", "Their new-gen ITS 12.5%"]:
        assert [m.span() for m in written.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text


def test_by_before_answers_as_its_pattern_does() -> None:
    """The last-letter test before BY_BEFORE never rules out a text the pattern matches."""
    invented = [
        "sales should double BY THE END OF ",
        "the plant runs until\n ",
        "deliveries start before  the\tend of ",
        "a fifth of ",
        "shipped through ",
        "nearby ",
        "",
        "   ",
    ]
    matched = 0
    for text in TEXTS + invented:
        for end in {len(text), *(i for i, c in enumerate(text) if c.isdigit())}:
            found = share_figures.BY_BEFORE.search(text, 0, end) is not None
            assert share_figures.by_before(text, end) == found, (text, end)
            matched += found
    assert matched > 20


def test_runs_read_the_word_after_a_body_s_noun_first() -> None:
    """RUN with the look-aheads before its look-behinds finds the runs its plain form finds."""
    gap = GAP
    plain = re.compile(
        RUN.pattern.replace(f"(?={gap}for)", "", 1).replace(f"(?=['’]s{gap})", "", 1)
    )
    assert plain.pattern != RUN.pattern
    invented = [
        "The Orvandel Department for Transport and the Ministry for the Environment said.",
        "The Quennet Fund for Clean Energy, the Board for Standards, the Office for Budget",
        "the Governor's Office of Planning, the Mayor’s Council and the President's Cabinet",
        "the Dealers' Association, the Premier's office, Minister's Bureau, Agency\nfor Energy",
    ]
    for text in TEXTS + invented:
        assert [m.span() for m in RUN.finditer(text)] == [m.span() for m in plain.finditer(text)], (
            text
        )


def test_a_place_subject_holds_a_place_s_first_word() -> None:
    """The word test before `_COUNTRY_SUBJECT` never rules out a text the pattern matches."""
    subject = share_subjects._COUNTRY_SUBJECT
    invented = [
        "In cells, Burkina Faso accounted for 12% of output.",
        "Alabama's output rose; Illinois Power held 40%.",
        "Makers in Chadwick held 30% of the market.",
        "and Bosnia and Herzegovina, which mines little, supplied about 3% of the ore.",
    ]
    matched = 0
    for text in TEXTS + invented:
        if subject.search(text):
            matched += 1
            assert not share_subjects._PLACE_FIRSTS.isdisjoint(share_subjects._WORD.findall(text))
    assert matched >= 2


@pytest.mark.parametrize(
    ("found", "words"),
    [
        (periods._RANGE_FINDER, periods._RANGE_WORDS),
        (periods._YEARLESS_FINDER, periods._YEARLESS_WORDS),
        (periods._SHORT_FINDER, periods._SHORT_WORDS),
        (periods._PART_FINDER, periods._PART_WORDS),
        (periods._CASED_FINDER, periods._CALENDAR_CASED),
    ],
)
def test_a_finder_finds_where_one_of_its_words_is(found, words) -> None:
    invented = ["", "Q", "in 9M25", "Janus", "the H2 plan", "jan", "a semester", "1q"]
    for text in TEXTS + invented:
        assert (found.search(text) is not None) == holds(text, words), text


def test_dollar_countries_are_counted_as_findall_counts_them() -> None:
    """Each pattern of _DOLLAR_COUNTRIES opens with one of its words: matched only where one
    stands, it finds as many matches as `findall`."""
    invented = [
        "New Zealanders and a Kiwi firm in New  Zealand; NewZealand, Canadians, Canada.",
        "Australians, Singaporean and Taiwanese makers in Hong Kong, not HongKong or Taiwanx.",
    ]
    documents = ["\n".join(TEXTS[i : i + 40]) for i in range(0, len(TEXTS), 40)]
    for code, words, pattern in investment_places._DOLLAR_COUNTRIES:
        counted = 0
        for text in TEXTS + documents + invented:
            expected = len(pattern.findall(text))
            assert investment_places.count_opening(pattern, words, text) == expected, (code, text)
            counted += expected
        assert counted, code


def test_shared_marks_countries_are_counted_as_findall_counts_them() -> None:
    """The countries of a shared currency mark whose names each open with one of their words
    are counted where a word stands: as many matches as `findall`."""
    invented = [
        "Mexicans in Mexico, Indians, India, Sri Lankan, Faroese, Norwegians, Mauritius.",
        "Iraqi, Libyans, Kuwaitis, Bahraini, Tunisian, Algerians, Serbia, Danish, Greenlanders.",
        "Filipinos in Manila, the Philippines, Chileans, Argentine, Colombians, Pakistani.",
        "Swedes in Sweden, Czechs in Czechia, Icelanders, Icelandic, Denmark, Norway.",
    ]
    documents = ["\n".join(TEXTS[i : i + 40]) for i in range(0, len(TEXTS), 40)]
    for countries in investment_money._HOMES.values():
        for code, words, pattern in countries:
            if code in investment_money._OPENS_OTHERWISE:
                continue
            counted = 0
            for text in TEXTS + documents + invented:
                expected = len(pattern.findall(text))
                assert investment_places.count_opening(pattern, words, text) == expected, text
                counted += expected
            assert counted, code


def test_fiscal_signs_are_found_where_their_words_stand() -> None:
    """Each pattern of fiscal._SIGNS opens with one of its words: searched from them, it finds
    a match in the texts where it finds one itself."""
    invented = ["Tk 500 and BDT, 3 crores, Rs. 40, ₹9, A$ 5, AUD, 40 yen; JPY", "Takayen A$x Rsx"]
    documents = ["\n".join(TEXTS[i : i + 40]) for i in range(0, len(TEXTS), 40)]
    for pattern, words, _ in fiscal._SIGNS:
        found = 0
        for text in TEXTS + documents + invented:
            expected = pattern.search(text) is not None
            assert any(search_from(pattern, word, text) for word in words) == expected, text
            found += expected
        assert found, pattern.pattern
