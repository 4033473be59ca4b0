"""Each conflict rule on small records and texts written for it: what it flags and what it must not."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from evkb.kb.conflicts import (
    PassageKinds,
    attributions,
    conversion_conflicts,
    corroborations,
    direction_conflicts,
    exchange_rate_conflicts,
    find_conflicts,
    unit_slips,
    value_conflicts,
)
from evkb.kb.extract import NameMatcher, extract_claims, split_passages
from evkb.kb.statements import statements
from evkb.model import (
    BODY,
    HEADING,
    Battery,
    Citation,
    Fact,
    Figure,
    Investment,
    KnowledgeBase,
    Passage,
    Share,
)


def cite(source: str, quote: str, passage: int = 0) -> Citation:
    return Citation(source, quote, f"{source}:p{passage}")


def fact(
    attribute, value, unit, source, quote, passage=0, qualifier="", text="", value_to=None
) -> Fact:
    return Fact(attribute, value, cite(source, quote, passage), unit, qualifier, value_to, text)


def passages(*specs: tuple[str, int, str]) -> list[Passage]:
    """(source, index, kind) for each passage the records cite."""
    return [Passage(f"{s}:p{i}", s, i, kind, 0, 0, "") for s, i, kind in specs]


def battery_kb(*facts: Fact, kinds=()) -> KnowledgeBase:
    return KnowledgeBase(
        passages=passages(*kinds),
        batteries=[Battery("acme-solid", "Solid", "acme", facts=tuple(facts))],
    )


def values(kb: KnowledgeBase):
    return value_conflicts(statements(kb), PassageKinds(kb))


def claims_of(text: str, source: str = "a"):
    return extract_claims(source, split_passages(source, text), NameMatcher({}))


# value_conflicts -------------------------------------------------------------------------------


def test_different_ranges_from_two_sources_conflict_and_name_subject_attribute_and_values():
    kb = battery_kb(
        fact("range", 500, "km", "a", "a range of 500 km"),
        fact("range", 800, "km", "b", "a range of 800 km"),
    )
    [(kind, subject, attribute, message, sides)] = values(kb)
    assert (kind, subject, attribute) == ("cross-source", "acme-solid", "range")
    assert message == "500 km against 800 km"
    assert [s.value for s in sides] == ["500 km", "800 km"]
    assert [s.quote for s in sides] == ["a range of 500 km", "a range of 800 km"]


def test_the_same_value_in_two_units_is_agreement():
    kb = battery_kb(
        fact("range", 600, "mi", "a", "about 600 miles", qualifier="about"),
        fact("range", 965, "km", "b", "965 km"),
    )
    assert values(kb) == []
    [agreed] = corroborations(statements(kb))
    assert agreed.sources == ("a", "b")


def test_a_bound_agrees_with_a_value_inside_it_but_not_with_one_outside():
    inside = battery_kb(
        fact("range", 720, "mi", "a", "roughly 720 miles", qualifier="roughly"),
        fact("range", 620, "mi", "b", "more than 620 miles", qualifier="more than"),
    )
    assert values(inside) == []
    outside = battery_kb(
        fact("range", 500, "mi", "a", "500 miles"),
        fact("range", 620, "mi", "b", "more than 620 miles", qualifier="more than"),
    )
    [(kind, *_rest, sides)] = values(outside)
    assert kind == "cross-source"
    assert [s.value for s in sides] == ["500 mi", "more than 620 mi"]


def test_a_rounded_value_and_an_approximate_one_agree():
    kb = battery_kb(
        fact("charging", 10, "min", "a", "10 minutes"),
        fact("charging", 10.2, "min", "b", "10.2 minutes"),
        fact("launch", 2028, "year", "a", "around 2028", qualifier="around"),
        fact("launch", 2027, "year", "b", "in 2027"),
    )
    assert values(kb) == []


def test_launch_years_apart_conflict_years_are_not_rounded_by_a_percentage():
    kb = battery_kb(
        fact("launch", 2026, "year", "a", "in 2026"), fact("launch", 2028, "year", "b", "in 2028")
    )
    [(kind, _s, attribute, message, _sides)] = values(kb)
    assert (kind, attribute, message) == ("cross-source", "launch", "2026 against 2028")


def test_heading_against_body_is_its_own_kind_with_values_not_heading_words():
    kb = battery_kb(
        fact(
            "charging",
            10,
            "min",
            "a",
            "Batteries with 10-Minute Charging",
            0,
            text="10-Minute Charging",
        ),
        fact(
            "charging",
            20,
            "min",
            "a",
            "rapid charging in 20 minutes",
            1,
            text="rapid charging in 20 minutes",
        ),
        kinds=[("a", 0, HEADING), ("a", 1, BODY)],
    )
    [(kind, _s, _a, message, sides)] = values(kb)
    assert kind == "heading-vs-body"
    assert message == "10 min (heading) against 20 min (body)"
    assert [s.value for s in sides] == ["10 min", "20 min"]
    assert [s.written for s in sides] == ["10-Minute Charging", "rapid charging in 20 minutes"]
    assert sides[0].quote == "Batteries with 10-Minute Charging"


def test_two_body_statements_of_one_source_are_internal():
    kb = battery_kb(
        fact("charging", 10, "min", "a", "in 10 minutes", 1),
        fact("charging", 20, "min", "a", "in 20 minutes", 2),
        kinds=[("a", 1, BODY), ("a", 2, BODY)],
    )
    assert [v[0] for v in values(kb)] == ["internal"]


def test_different_subjects_never_conflict():
    kb = KnowledgeBase(
        batteries=[
            Battery("one", "One", "acme", facts=(fact("range", 500, "km", "a", "500 km"),)),
            Battery("two", "Two", "acme", facts=(fact("range", 800, "km", "b", "800 km"),)),
        ]
    )
    assert values(kb) == []


def share(
    holder, percent, source, quote, as_of="2024-07", scope="global", bound="=", passage=0
) -> Share:
    return Share(
        holder,
        holder.upper(),
        percent,
        bound,
        cite(source, quote, passage),
        as_of=as_of,
        scope=scope,
        metric="EV battery market",
    )


def test_shares_conflict_only_for_the_same_period_and_place():
    same = KnowledgeBase(shares=[share("catl", 37.6, "a", "37.6%"), share("catl", 30, "b", "30%")])
    [(kind, subject, attribute, message, _sides)] = values(same)
    assert (kind, subject, attribute) == ("cross-source", "catl", "EV battery market")
    assert message == "37.6% against 30%"
    periods = KnowledgeBase(
        shares=[share("catl", 37.6, "a", "37.6%"), share("catl", 30, "b", "30%", as_of="2023")]
    )
    places = KnowledgeBase(
        shares=[share("catl", 37.6, "a", "37.6%"), share("catl", 30, "b", "30%", scope="China")]
    )
    assert values(periods) == [] and values(places) == []


def test_a_share_bound_is_respected():
    kb = KnowledgeBase(
        shares=[share("catl", 50, "a", "more than half", bound=">"), share("catl", 55, "b", "55%")]
    )
    assert values(kb) == []


def test_figures_for_different_years_do_not_conflict_and_for_the_same_year_do():
    def target(n, gwh, year, source):
        return Figure(
            f"t{n}",
            "capacity target",
            "Japan",
            (fact("target", gwh, "GWh", source, f"{gwh} GWh"),),
            cite(source, f"{gwh} GWh"),
            year=year,
        )

    assert (
        values(KnowledgeBase(figures=[target(1, 150, "2030", "a"), target(2, 100, "2027", "b")]))
        == []
    )
    [(kind, subject, attribute, _m, _s)] = values(
        KnowledgeBase(figures=[target(1, 150, "2030", "a"), target(2, 100, "2030", "b")])
    )
    assert (kind, subject, attribute) == ("cross-source", "Japan", "capacity target: target")


def test_investment_amounts_in_two_currencies_are_not_compared_with_each_other():
    c = cite("a", "$7 billion (1 trillion yen)")
    kb = KnowledgeBase(
        investments=[
            Investment(
                "i1",
                "investment",
                (Fact("amount", 7e9, c, "USD"), Fact("amount", 1e12, c, "JPY")),
                c,
            )
        ]
    )
    assert values(kb) == []


@dataclass(frozen=True)
class ExtractedShare:
    """A share as the extractor proposes it, with only the fields the rules read by name: the
    rules must not depend on a record's type or on who made it."""

    holder: str
    label: str
    percent: float
    bound: str
    cite: Citation
    as_of: str = "2024-07"
    scope: str = "global"
    metric: str = "EV battery market"
    text: str = ""
    members: tuple[str, ...] = ()
    origin: str = "extracted"


def test_extracted_records_go_through_the_same_rules_and_keep_their_origin():
    curated = share("catl", 37.6, "a", "37.6%")
    extracted = ExtractedShare("catl", "CATL", 30.0, "=", cite("b", "30%"))
    kb = KnowledgeBase(shares=[curated, extracted])
    assert [s.origin == "extracted" for s in statements(kb)] == [False, True]
    assert [v[0] for v in values(kb)] == ["cross-source"]
    kb = KnowledgeBase(
        shares=[curated, ExtractedShare("catl", "CATL", 37.6, "=", cite("b", "37.6%"))]
    )
    assert values(kb) == []
    [agreed] = corroborations(statements(kb))
    assert (agreed.name, agreed.value, agreed.sources) == ("CATL", "37.6%", ("a", "b"))


def test_two_extracted_records_conflict_like_curated_ones():
    kb = KnowledgeBase(
        shares=[
            ExtractedShare("catl", "CATL", 37.6, "=", cite("a", "37.6%")),
            ExtractedShare("catl", "CATL", 30.0, "=", cite("b", "30%")),
        ]
    )
    [(kind, subject, attribute, message, _sides)] = values(kb)
    assert (kind, subject, attribute, message) == (
        "cross-source",
        "catl",
        "EV battery market",
        "37.6% against 30%",
    )


def test_each_side_counts_the_sources_that_agree_with_it():
    kb = battery_kb(
        fact("range", 500, "km", "a", "500 km"),
        fact("range", 500, "km", "b", "500 km"),
        fact("range", 800, "km", "c", "800 km"),
    )
    [(_k, _s, _a, _m, sides)] = values(kb)
    assert [(s.source, s.agree) for s in sides] == [("a", 2), ("b", 2), ("c", 1)]


# unit_slips ------------------------------------------------------------------------------------


def test_a_number_in_miles_against_the_same_number_in_km_for_one_subject_is_a_suspicion():
    kb = battery_kb(
        fact("range", 600, "mi", "a", "around 600 miles (965 kilometers)", qualifier="around"),
        fact(
            "range", 373, "mi", "b", "approximately 373 miles (600 km)", qualifier="approximately"
        ),
    )
    [(kind, subject, attribute, message, sides)] = unit_slips(statements(kb), PassageKinds(kb))
    assert (kind, subject, attribute) == ("unit-slip", "acme-solid", "range")
    assert "600 is mi in one and km in the other" in message and "suspicion" in message
    assert len(sides) == 2
    # Reported once: the slip, not also as a plain disagreement.
    assert [c.kind for c in find_conflicts(kb)] == ["unit-slip"]


def test_no_unit_slip_between_two_subjects_or_two_attributes():
    kb = KnowledgeBase(
        batteries=[
            Battery(
                "next",
                "Next",
                "acme",
                facts=(
                    fact(
                        "range",
                        600,
                        "mi",
                        "a",
                        "around 600 miles (965 kilometers)",
                        qualifier="around",
                    ),
                ),
            ),
            Battery(
                "pop",
                "Pop",
                "acme",
                facts=(
                    fact(
                        "range",
                        373,
                        "mi",
                        "b",
                        "approximately 373 miles (600 km)",
                        qualifier="approximately",
                    ),
                ),
            ),
        ]
    )
    assert unit_slips(statements(kb), PassageKinds(kb)) == [] and find_conflicts(kb) == []
    other_attribute = battery_kb(
        fact("range", 600, "mi", "a", "600 miles"),
        fact("range_gain", 600, "km", "b", "600 km more"),
    )
    assert unit_slips(statements(other_attribute), PassageKinds(other_attribute)) == []


def test_no_unit_slip_when_the_two_agree():
    kb = battery_kb(
        fact("range", 373, "mi", "a", "373 miles (600 km)"), fact("range", 600, "km", "b", "600 km")
    )
    assert unit_slips(statements(kb), PassageKinds(kb)) == []


# direction_conflicts -----------------------------------------------------------------------------


def test_a_direction_a_few_words_before_its_figures_is_read():
    [(kind, subject, _a, _m, _s)] = direction_conflicts(
        claims_of(
            "The share of electric vans slipped by two points, from 4.1% to 6.3%, data showed.\n"
        )
    )
    assert (kind, subject) == ("direction", "The share of electric vans")


def test_a_direction_followed_by_more_than_two_figures_reads_the_first_two():
    [(kind, *_rest)] = direction_conflicts(
        claims_of("Its share fell from 4% to 6%, then to 9% and 12% by 2025.\n")
    )
    assert kind == "direction"
    assert (
        direction_conflicts(
            claims_of("Its share rose from 4% to 6%, then to 9% and 12% by 2025.\n")
        )
        == []
    )


def test_a_fall_to_a_higher_figure_is_flagged_with_its_subject():
    [(kind, subject, attribute, message, [side])] = direction_conflicts(
        claims_of(
            "From 2023 to 2024, the share of electric cars in new sales fell from 0.7% to 1.6%.\n"
        )
    )
    assert (kind, subject, attribute) == (
        "direction",
        "the share of electric cars in new sales",
        "change",
    )
    assert message == "\u201cfell\u201d but the figures rise from 0.7% to 1.6%"
    assert side.value == "fell: 0.7% \u2192 1.6%" and side.written == "fell from 0.7% to 1.6%"


@pytest.mark.parametrize(
    "text",
    [
        "The share of electric cars fell from 1.6% to 0.7% over the year.\n",
        "Battery prices rose from $100 to $120 per kilowatt-hour.\n",
        "Sales fell from 2023 to 2024 by a tenth.\n",  # years are the period, not the figures
        "Output fell from 10% last year, while imports rose 12% in the same months.\n",
        "Exports fell, but the home share rose from 10% to 12% in the year.\n",
        "Margins fell as the share of cheap cells rose from 10% to 12%.\n",
    ],
)
def test_a_direction_its_figures_agree_with_is_not_flagged(text):
    assert direction_conflicts(claims_of(text)) == []


# conversion_conflicts --------------------------------------------------------------------------


def test_a_conversion_that_does_not_convert_is_flagged():
    [(kind, _subject, attribute, message, [side])] = conversion_conflicts(
        claims_of("The pack gives a range of 600 miles (600 km) on a charge.\n")
    )
    assert (kind, attribute) == ("unit-pair", "distance")
    assert message == "600 mi is 966 km, not 600 km"
    assert side.value == "600 mi = 600 km"


@pytest.mark.parametrize(
    "text",
    [
        "The pack gives a range of 600 miles (965 kilometers) on a charge.\n",
        "The pack gives a range of roughly 720 miles (1,158 km) on a charge.\n",
        "The pack gives a range of 373 miles (600 km) on a charge.\n",
    ],
)
def test_a_conversion_within_rounding_is_not_flagged(text):
    assert conversion_conflicts(claims_of(text)) == []


# exchange_rate_conflicts -----------------------------------------------------------------------


def test_rates_no_rounding_reconciles_are_flagged():
    claims = claims_of(
        "Acme will spend $100 million (15 billion yen) on a plant.\n", "a"
    ) + claims_of("Acme will spend $100 million (10 billion yen) on a plant.\n", "b")
    [(kind, subject, attribute, message, sides)] = exchange_rate_conflicts(claims)
    assert (kind, subject, attribute) == ("fx-rate", "USD/JPY", "exchange rate")
    assert [s.source for s in sides] == ["b", "a"]
    assert "further apart than the rounding" in message


def test_rates_within_the_rounding_of_the_written_figures_are_not_flagged():
    claims = claims_of(
        "Acme gets a roughly $853 million (120 billion yen) subsidy.\n", "a"
    ) + claims_of(
        "Firms will spend $7 billion (1 trillion yen). Nissan will invest approximately $1 billion (150 billion yen).\n",
        "b",
    )
    assert exchange_rate_conflicts(claims) == []


# attributions ----------------------------------------------------------------------------------


def sales_drop(n, subject, value, source, passage) -> Figure:
    c = cite(source, f"sales in {subject} dropped by {abs(value)}%", passage)
    return Figure(f"f{n}", "sales", subject, (Fact("change", value, c, "percent"),), c)


def test_one_unround_figure_given_to_two_neighbouring_subjects_is_a_suspicion():
    kb = KnowledgeBase(
        passages=passages(("a", 5, BODY), ("a", 6, BODY)),
        figures=[sales_drop(1, "United States", -39, "a", 5), sales_drop(2, "Japan", -39, "a", 6)],
    )
    [(kind, subject, attribute, message, _sides)] = attributions(statements(kb), PassageKinds(kb))
    assert (kind, subject, attribute) == ("attribution", "United States / Japan", "sales: change")
    assert "suspicion" in message and "-39%" in message


@pytest.mark.parametrize(
    "figures",
    [
        [
            sales_drop(1, "United States", -39, "a", 1),
            sales_drop(2, "Japan", -39, "b", 1),
        ],  # two sources
        [
            sales_drop(1, "United States", -39, "a", 1),
            sales_drop(2, "Japan", -39, "a", 9),
        ],  # far apart
        [
            sales_drop(1, "United States", -20, "a", 1),
            sales_drop(2, "Japan", -20, "a", 2),
        ],  # a round figure
        [
            sales_drop(1, "United States", -39, "a", 1),
            sales_drop(2, "Japan", -38, "a", 2),
        ],  # different
    ],
)
def test_no_attribution_suspicion_otherwise(figures):
    kb = KnowledgeBase(
        passages=passages(("a", 1, BODY), ("a", 2, BODY), ("a", 9, BODY), ("b", 1, BODY)),
        figures=figures,
    )
    assert attributions(statements(kb), PassageKinds(kb)) == []


def test_a_heading_its_body_and_another_source_contradict_is_heading_vs_body():
    kb = battery_kb(
        fact("charging", 15, "min", "a", "15-Minute Charging", 0),
        fact("charging", 25, "min", "a", "in 25 minutes", 1),
        fact("charging", 25, "min", "b", "in 25 minutes", 3),
        kinds=[("a", 0, HEADING), ("a", 1, BODY), ("b", 3, BODY)],
    )
    [(kind, _s, _a, message, sides)] = values(kb)
    assert kind == "heading-vs-body"
    assert message == "15 min (heading) against 25 min (body)"
    assert [s.agree for s in sides] == [1, 2, 2]


def test_an_approximate_round_figure_allows_its_rounding():
    kb = battery_kb(
        fact("charging", 20, "min", "a", "in about 20 minutes", qualifier="about"),
        fact("charging", 18, "min", "b", "in 18 minutes"),
    )
    assert values(kb) == []
    exact = battery_kb(
        fact("charging", 20, "min", "a", "in 20 minutes"),
        fact("charging", 18, "min", "b", "in 18 minutes"),
    )
    assert [v[0] for v in values(exact)] == ["cross-source"]


def test_one_sentence_giving_two_values_compares_them():
    quote = "It charges in 15 minutes at 25C, or in 26 minutes at -10C."
    kb = battery_kb(
        fact("charging", 15, "min", "a", quote, 1),
        fact("charging", 26, "min", "a", quote, 1),
        kinds=[("a", 1, BODY)],
    )
    assert values(kb) == []


def test_within_one_article_extracted_figures_clash_only_heading_against_body():
    def extracted(value, quote, passage):
        return replace_origin(fact("charging", value, "min", "a", quote, passage), "extracted")

    kinds = [("a", 0, HEADING), ("a", 1, BODY), ("a", 2, BODY)]
    body = battery_kb(
        extracted(15, "in 15 minutes", 1), extracted(26, "in 26 minutes", 2), kinds=kinds
    )
    assert values(body) == []
    heading = battery_kb(
        extracted(10, "10-Minute Charging", 0), extracted(26, "in 26 minutes", 2), kinds=kinds
    )
    assert [v[0] for v in values(heading)] == ["heading-vs-body"]
    across = KnowledgeBase(
        batteries=[
            Battery(
                "acme-solid",
                "Solid",
                "acme",
                facts=(
                    extracted(15, "in 15 minutes", 1),
                    replace_origin(fact("charging", 26, "min", "b", "in 26 minutes"), "extracted"),
                ),
            )
        ]
    )
    assert [v[0] for v in values(across)] == ["cross-source"]


@dataclass(frozen=True)
class ExtractedFact:
    """A fact as the extractor proposes it (the rules read fields by name)."""

    attribute: str
    value: float
    cite: Citation
    unit: str
    qualifier: str = ""
    value_to: float | None = None
    text: str = ""
    origin: str = "extracted"


def replace_origin(f: Fact, origin: str) -> ExtractedFact:
    return ExtractedFact(
        f.attribute, f.value, f.cite, f.unit, f.qualifier, f.value_to, f.text, origin
    )


def test_a_value_for_another_circumstance_in_the_same_sentence_is_no_conflict_across_sources():
    quote = "It charges in 15 minutes at 25C, or in 26 minutes at -10C."
    kb = battery_kb(
        fact("charging", 15, "min", "a", quote, 1),
        fact("charging", 26, "min", "a", quote, 1),
        fact("charging", 15, "min", "b", "It charges in 15 minutes."),
    )
    assert values(kb) == []
    kb = battery_kb(
        fact("charging", 26, "min", "a", quote, 1),
        fact("charging", 15, "min", "b", "It charges in 15 minutes."),
    )
    assert [v[0] for v in values(kb)] == ["cross-source"]  # alone, the 26 minutes do clash


def test_shares_or_figures_that_do_not_say_when_or_where_are_not_compared_across_articles():
    no_place = KnowledgeBase(
        shares=[
            share("catl", 37.6, "a", "37.6%", scope=""),
            share("catl", 30, "b", "30%", scope=""),
        ]
    )
    no_date = KnowledgeBase(
        shares=[
            share("catl", 37.6, "a", "37.6%", as_of=""),
            share("catl", 30, "b", "30%", as_of=""),
        ]
    )
    assert values(no_place) == [] and values(no_date) == []
    drop = KnowledgeBase(
        figures=[sales_drop(1, "Japan", -39, "a", 1), sales_drop(2, "Japan", -20, "b", 1)]
    )
    assert values(drop) == []  # no period on either
