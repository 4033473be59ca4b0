"""The companies a document names bare, known as companies from another document."""

from __future__ import annotations

from evkb import model
from evkb.kb.named_elsewhere import _alternation, named_bare, qualifies
from evkb.kb.store import records_of, rows_of

CUED = "cued"


def company(name: str, kind: str = "cell maker", sources=(CUED,), aliases=(), rule="descriptor"):
    return model.Company(
        id=name.casefold().replace(" ", "-"),
        name=name,
        kind=kind,
        aliases=tuple(aliases),
        cites=tuple(model.Citation(s, f"{name} said so.", f"{s}:p0", 0, 10) for s in sources),
        origin="extracted",
        confidence=0.8,
        rule=rule,
    )


def passages(source: str, *texts: str, kind: str = model.BODY) -> list[model.Passage]:
    out, at = [], 0
    for index, text in enumerate(texts):
        out.append(
            model.Passage(f"{source}:p{index}", source, index, kind, at, at + len(text), text)
        )
        at += len(text) + 2
    return out


def cited(companies: list[model.Company], texts: dict[str, list[str]], own=None) -> dict:
    """Each company's name -> the quotes it cites in the documents of `texts`."""
    sources = sorted(texts)
    rows = named_bare(
        rows_of(companies),
        sources,
        [passages(s, *texts[s]) for s in sources],
        [(own or {}).get(s, []) for s in sources],
    )
    out = {}
    for c in records_of(model.Company, len(rows), rows):
        quotes = [x.quote for x in c.cites if x.source != CUED]
        if quotes:
            out[c.name] = quotes
    return out


def test_a_name_known_by_its_kind_is_found_bare_in_another_document():
    found = cited(
        [company("Ostrelo"), company("Vendrick", kind="automaker")],
        {
            "a": ["The market grew. With Ostrelo and Vendrick in front, prices fell."],
            # a list, a possessive, a figure after the name, a clause between
            "b": ["Behind Ostrelo, which builds cells in two countries, came others."],
            "c": ["Ostrelo's new unit and Vendrick 14% of the rest."],
        },
    )
    assert found == {
        "Ostrelo": [
            "With Ostrelo and Vendrick in front, prices fell.",
            "Behind Ostrelo, which builds cells in two countries, came others.",
            "Ostrelo's new unit and Vendrick 14% of the rest.",
        ],
        "Vendrick": [
            "With Ostrelo and Vendrick in front, prices fell.",
            "Ostrelo's new unit and Vendrick 14% of the rest.",
        ],
    }


def test_a_bare_mention_cites_only_the_first_sentence_of_a_document():
    found = cited([company("Ostrelo")], {"a": ["Ostrelo led. Ostrelo grew."]})
    assert found == {"Ostrelo": ["Ostrelo led."]}


def test_a_nationality_before_the_name_is_no_part_of_a_longer_name():
    found = cited([company("Ostrelo")], {"a": ["Sales rose as Chinese Ostrelo cut prices."]})
    assert found == {"Ostrelo": ["Sales rose as Chinese Ostrelo cut prices."]}


def test_a_name_inside_a_longer_capitalised_run_is_not_the_company():
    texts = {
        "a": ["The car was built on Ostrelo Road last year."],  # a place
        "b": ["The analyst Jane Ostrelo said demand fell."],  # a person
        "c": ["The Vendrick Model 3 sold well."],  # a product
        "d": ["Shares of Ostrelotech rose."],  # a longer word
    }
    assert cited([company("Ostrelo"), company("Vendrick", kind="automaker")], texts) == {}


def test_weak_evidence_does_not_spread():
    weak = company("Talmori", kind="other", rule="corporate verb")
    assert not qualifies(rows_of([weak])[0], 1)
    assert cited([weak], {"a": ["Talmori and others grew."]}) == {}
    # accepted in two documents, or written with a legal form: strong enough
    assert qualifies(rows_of([weak])[0], 2)
    assert qualifies(rows_of([company("Talmori Ltd", kind="other")])[0], 1)


def test_only_body_passages_are_read_and_a_document_with_its_own_record_is_left():
    ostrelo = company("Ostrelo")
    rows = named_bare(
        rows_of([ostrelo]),
        ["a", "b"],
        [
            passages("a", "Ostrelo and others grew.", kind=model.BOILERPLATE),
            passages("b", "Ostrelo and others grew."),
        ],
        [[], [company("Ostrelo", sources=("b",))]],
    )
    assert rows == rows_of([ostrelo])


def test_a_name_two_companies_give_is_neither_s_and_a_word_of_english_is_left():
    texts = {"a": ["Both Quenrel and Ostrelo grew.", "A quenrel flew over the plant."]}
    both = [company("Quenrel Ostrelo", aliases=["Ostrelo"]), company("Ostrelo")]
    assert cited(both, {"a": ["Ostrelo grew."]}) == {}
    assert cited([company("Quenrel")], texts) == {}


def test_the_forms_are_found_longest_first_in_one_pattern():
    import re

    pattern = re.compile(_alternation(["Ostrelo", "Ostrelo Cells", "Vendrick"]) + r"(?![\w&-])")
    text = "Ostrelo Cells, Ostrelo and Vendrick"
    assert [m.group() for m in pattern.finditer(text)] == ["Ostrelo Cells", "Ostrelo", "Vendrick"]


def test_a_short_form_opening_the_name_or_a_place_does_not_spread():
    office = company("Brantow Provincial Energy Office", kind="government", aliases=["Brantow"])
    texts = {"a": ["New lines in Brantow lifted output."]}
    assert cited([office], texts) == {}
    place = company("Ostrelo Cells", aliases=["Germany"])
    assert cited([place], {"a": ["Sales in Germany rose."]}) == {}


def test_a_capitalised_word_ending_the_sentence_before_is_no_part_of_the_name():
    found = cited([company("Ostrelo")], {"a": ["Prices fell in Europe. Ostrelo cut output."]})
    assert found == {"Ostrelo": ["Ostrelo cut output."]}


def test_a_word_is_written_in_lower_case_only_as_a_whole_word():
    from evkb.kb.named_elsewhere import _written

    assert _written("quenrel", "a quenrel flew")
    assert not _written("quenrel", "the quenrels flew, quenrel-like")
    assert _written("quenrel", "quenrel")
