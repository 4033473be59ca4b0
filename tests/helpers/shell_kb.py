"""The small knowledge base the app shell tests show, built record by record."""

from __future__ import annotations

import re

from evkb.model import (
    BODY,
    BOILERPLATE,
    CAPTION,
    HEADING,
    UNRELATED,
    Battery,
    Citation,
    Claim,
    Company,
    Conflict,
    ConflictSide,
    Fact,
    Figure,
    Investment,
    KnowledgeBase,
    Passage,
    Quantity,
    Relation,
    Share,
    Source,
)

SUBSIDY = [
    (
        BODY,
        (
            "Toyota Motor will receive a roughly $853 million (120 billion yen) subsidy from the "
            "Japanese government to expand the production of electric vehicle batteries."
        ),
    ),
    (
        BODY,
        (
            "Japanese companies – led by Tesla supplier Panasonic – hold less than a 10 percent share "
            "in automotive battery usage, while Chinese suppliers – mainly CATL and BYD – control more "
            "than half, according to SNE Research."
        ),
    ),
    (CAPTION, "Gallery: Toyota bZ Sport Crossover and bZ FlexSpace Concepts"),
    (
        BODY,
        (
            "The Japanese automaker will likely put the next-gen battery into production around 2026 "
            "or 2027 with an advertised range of around 600 miles (965 kilometers) on a single charge."
        ),
    ),
]
SOLID = [
    (HEADING, "Toyota Plans 2028 Launch for High-Performance EV Batteries"),
    (
        BODY,
        (
            "Toyota anticipates introducing its High Performance batteries in 2028. These batteries "
            "will offer a WLTP driving range exceeding 620 miles (1,000 km) and rapid charging in 20 "
            "minutes."
        ),
    ),
    (
        BODY,
        (
            "Around 2028, the company anticipates the release of its initial solid-state batteries, "
            "which will feature a range of more than 620 miles and a 10-minute rapid charging period."
        ),
    ),
    (
        BOILERPLATE,
        "Sign up for our newsletter [b]today[/b] to get battery news every morning.",
    ),
    (
        UNRELATED,
        "Startup raises $40 million for drone batteries [/] [@click=app.quit]x[/] \x1b[31mred",
    ),
]


def _passages(source: str, items: list[tuple[str, str]]) -> list[Passage]:
    out, offset = [], 0
    for index, (kind, text) in enumerate(items):
        out.append(
            Passage(
                f"{source}:p{index}",
                source,
                index,
                kind,
                offset,
                offset + len(text),
                text,
            )
        )
        offset += len(text) + 2
    return out


def _cite(passages: list[Passage], quote: str) -> Citation:
    for passage in passages:
        at = passage.text.find(quote)
        if at >= 0:
            start = passage.start + at
            return Citation(passage.source, quote, passage.id, start, start + len(quote))
    raise AssertionError(f"quote not in fixture: {quote}")


def _claims(passages: list[Passage], names: dict[str, str]) -> list[Claim]:
    """One claim a body passage, its numbers as quantities and its company names as entities."""
    claims = []
    for passage in passages:
        if passage.kind not in (BODY, HEADING):
            continue
        quantities = tuple(
            Quantity(
                float(m.group().replace(",", "")),
                "count",
                m.group(),
                start=passage.start + m.start(),
                end=passage.start + m.end(),
            )
            for m in re.finditer(r"\d[\d,]*", passage.text)
        )
        entities = tuple(cid for name, cid in names.items() if name in passage.text)
        claims.append(
            Claim(
                f"{passage.source}:c{passage.index}",
                passage.id,
                passage.source,
                passage.start,
                passage.end,
                passage.text,
                quantities,
                tuple(dict.fromkeys(entities)),
            )
        )
    return claims


def make_shell_kb() -> KnowledgeBase:
    passages = _passages("toyota-subsidy", SUBSIDY) + _passages("toyota-solid-state", SOLID)

    def c(quote):
        return _cite(passages, quote)

    companies = [
        Company(
            "toyota",
            "Toyota Motor",
            "automaker",
            ("Toyota",),
            "Japan",
            (c("Toyota Motor"),),
        ),
        Company(
            "panasonic",
            "Panasonic",
            "cell maker",
            (),
            "Japan",
            (c("Tesla supplier Panasonic"),),
        ),
        Company("tesla", "Tesla", "automaker", (), "", (c("Tesla supplier"),)),
        Company("catl", "CATL", "cell maker", (), "China", (c("mainly CATL and BYD"),)),
        Company("byd", "BYD", "cell maker", (), "China", (c("mainly CATL and BYD"),)),
        Company("sne", "SNE Research", "research firm", (), "", (c("SNE Research"),)),
    ]
    names = {n: co.id for co in companies for n in co.names}
    relations = [Relation("panasonic", "supplier of", "tesla", c("Tesla supplier Panasonic"))]
    range_600 = c("around 600 miles (965 kilometers)")
    batteries = [
        Battery(
            "bipolar-lfp",
            "Bipolar LFP",
            "toyota",
            (
                Fact(
                    "launch",
                    2026.0,
                    c("around 2026 or 2027"),
                    "year",
                    "around",
                    2027.0,
                    "around 2026 or 2027",
                ),
                Fact("range", 600.0, range_600, "mi", "around", None, "around 600 miles"),
            ),
        ),
        Battery(
            "high-performance",
            "High Performance",
            "toyota",
            (
                Fact("launch", 2028.0, c("High Performance batteries in 2028"), "year"),
                Fact(
                    "range",
                    620.0,
                    c("exceeding 620 miles (1,000 km)"),
                    "mi",
                    "more than",
                    None,
                    "exceeding 620 miles",
                ),
                Fact(
                    "charging",
                    20.0,
                    c("rapid charging in 20 minutes"),
                    "min",
                    "",
                    None,
                    "20 minutes",
                ),
                Fact(
                    "charging",
                    10.0,
                    c("a 10-minute rapid charging period"),
                    "min",
                    "",
                    None,
                    "10-minute",
                ),
            ),
        ),
    ]
    charge_20 = c("rapid charging in 20 minutes")
    charge_10 = c("a 10-minute rapid charging period")
    conflicts = [
        Conflict(
            "conflict-1",
            "internal",
            "high-performance",
            "charging",
            "High Performance: charging stated as 20 min vs 10 min",
            (
                ConflictSide("20 minutes", charge_20.source, charge_20.passage, charge_20.quote),
                ConflictSide("10 minutes", charge_10.source, charge_10.passage, charge_10.quote),
            ),
        )
    ]
    shares = [
        Share(
            "",
            "Japanese companies",
            10.0,
            "<",
            c("less than a 10 percent share"),
            ("panasonic",),
            "",
            "global",
            "battery usage",
            0,
            "less than a 10 percent",
        ),
        Share(
            "",
            "Chinese suppliers",
            50.0,
            ">",
            c("control more than half"),
            ("catl", "byd"),
            "",
            "global",
            "battery usage",
            0,
            "more than half",
        ),
    ]
    subsidy = c("a roughly $853 million (120 billion yen) subsidy")
    investments = [
        Investment(
            "toyota-subsidy",
            "subsidy",
            (
                Fact("amount", 853e6, subsidy, "USD", "roughly"),
                Fact("amount", 120e9, subsidy, "JPY", "roughly"),
            ),
            subsidy,
            by=(),
            to=("toyota",),
            purpose="battery production",
        )
    ]
    figures = [
        Figure(
            "toyota-range",
            "range target",
            "toyota",
            (Fact("range", 600.0, range_600, "mi", "around"),),
            range_600,
            "next-gen EV range",
        )
    ]
    sources = [
        Source(
            "toyota-subsidy",
            "toyota-subsidy.txt",
            "0" * 64,
            passages[3].end,
            title="Toyota gets $853 million subsidy",
            publisher="InsideEVs",
        ),
        Source("toyota-solid-state", "toyota-solid-state.txt", "1" * 64, passages[-1].end),
    ]
    return KnowledgeBase(
        sources=sources,
        passages=passages,
        claims=_claims(passages, names),
        companies=companies,
        relations=relations,
        batteries=batteries,
        shares=shares,
        investments=investments,
        figures=figures,
        conflicts=conflicts,
    )
