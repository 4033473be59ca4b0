"""What rules a name out as a company whatever else the text says of it, read from the words
around one mention: a product (named after a maker's possessive, before "battery" or "pack", in
quotes, a car's trim), a programme money runs "through" ("the Harbour Renewal Fund") or a named
owner's ("Acme's Harbour Renewal Fund"), a place ("at its Fernmoor plant", a city whose company
the text names next, "in" before a place's name). `companies.py` weighs these vetoes against
the evidence for the name.
"""

from __future__ import annotations

from evkb.kb.records import company_cues as cue
from evkb.kb.records import company_ends as ends
from evkb.kb.records import company_relations as rel
from evkb.kb.records.company_names import owns_a_company
from evkb.kb.records.context import PLACE_WORDS, country_of

# The heads of a programme's name, as written: "the Acme Fund", "the Kelso Scheme".
_PROGRAMME_NAMES = frozenset("Fund Programme Program Scheme".split())


def vetoes(
    name: str,
    words: list[str],
    before: str,
    after: str,
    tail: str,
    last: str,
    org_word: bool,
) -> list[str]:
    """What the words around this mention of `name` say it is instead of a company ("product",
    "programme", "place"), in the order the tests run; `before` and `after` are the text around
    it, `tail` and `last` the word before it as written and folded, `org_word` whether its own
    words name an organisation."""
    found: list[str] = []
    if (
        (cue.product_after(before, after) and not cue.maker_head(words))
        or ends.quote_before(before)
        or (tail.endswith(("the", "its", "their")) and cue.PRODUCT_APPOSED_BEFORE.search(before))
        or (after[:1] == "," and cue.PRODUCT_APPOSITION_AFTER.match(after))
        or name.casefold().endswith(cue.TRIMS)
        or (
            last.endswith(("'s", "’s"))
            and not country_of(last[:-2])
            and last[:-2] not in PLACE_WORDS
            and cue.OWNED.search(before)
            # "the Department of Energy's Loan Programs Office": a body inside a body;
            # "Vasadi's Devgiri Cells": a company of a city
            and words[-1].casefold() not in cue.ORG_HEADS
            and not org_word
        )
    ):
        found.append("product")
    if words[-1].casefold() in cue.PROGRAMME_HEADS and cue.THROUGH_BEFORE.search(before):
        # "support through the Harbour Renewal Fund"
        found.append("programme")
    if (
        words[-1] in _PROGRAMME_NAMES
        and tail.endswith(("'s", "’s"))
        and not country_of(tail[:-2])
        and last[:-2] not in PLACE_WORDS
        and cue.OWNED.search(before)
    ):
        # "EECA's Low Emission Transport Fund": a named owner's programme, wherever it stands
        # ("the UK's National Wealth Fund", a country's fund, may be a body of its own)
        found.append("owned programme")
    if not org_word and cue.OWN_SITE.match(after) and cue.ITS_BEFORE.search(before):
        found.append("place")  # "at its Fernmoor plant": where the plant is
    if (
        len(words) == 1
        and not org_word
        and owns_a_company(after)
        and not rel.PROGRAMME_OWNED_AFTER.match(after)  # "Acme's Green Fund": who pays from it
    ):
        found.append("place")  # "Vasadi's Devgiri Cells": a city's company
    if (
        last in cue.PLACE_LAST
        and cue.PLACE_BEFORE.search(before)
        and not rel.FINANCES_BEFORE.search(before)  # "shares in Acme" is no place
    ):
        found.append("place")
    return found
