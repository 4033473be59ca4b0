"""A share whose document held it only by a label belongs to the company the collection knows,
and the company cites that document."""

from __future__ import annotations

from evkb.commands import export_json
from evkb.kb.company_keys import company_keys, holder_of
from evkb.kb.merge import named_by_figures
from evkb.kb.statements import statements
from evkb.kb.store import records_of, rows_of
from evkb.model import Citation, Company, KnowledgeBase, Share
from evkb.timeline import timeline_entries
from evkb.views.dossier import company_dossier


def cite(quote: str, source: str) -> Citation:
    return Citation(source, quote, f"{source}:p0")


def label_share(label: str, percent: float, members: tuple[str, ...] = ()) -> Share:
    """A table row's figure as a document that did not know its holder proposes it."""
    quote = f"{label} | {percent}%"
    return Share("", label, percent, "=", cite(quote, "table-story"), members, as_of="2026-09")


def collection() -> KnowledgeBase:
    companies = [
        # known as companies from other documents of the collection
        Company("quellborn-cells", "Quellborn Cells", "cell maker", ("Quellborn",),
                cites=(cite("the cell maker Quellborn Cells", "profile"),)),
        Company("tarnwick", "Tarnwick", "automaker", cites=(cite("carmaker Tarnwick", "launch"),)),
        # two companies a short name could mean
        Company("orla-motors", "Orla Motors", "automaker", ("Orla",),
                cites=(cite("Orla Motors", "a"),)),
        Company("orla-energy", "Orla Energy", "cell maker", ("Orla",),
                cites=(cite("Orla Energy", "b"),)),
    ]  # fmt: skip
    shares = [
        label_share("Quellborn Cells", 21.5),
        label_share("Quellborn", 20.0),
        label_share("TARNWICK", 9.0),
        label_share("Orla", 4.0),
        label_share("Others", 16.0),
        label_share("Korean makers", 30.0, members=("quellborn-cells",)),
        Share(
            "tarnwick", "Tarnwick", 8.0, "=", cite("Tarnwick held 8%", "launch"), as_of="2026-08"
        ),
    ]
    return KnowledgeBase(companies=companies, shares=shares)


def test_a_label_the_collection_knows_names_the_company_by_name_alias_or_case():
    kb = collection()
    holders = [holder_of(kb, s) for s in kb.shares]
    assert holders == ["quellborn-cells", "quellborn-cells", "tarnwick", "", "", "", "tarnwick"]


def test_a_short_name_two_companies_share_resolves_to_neither():
    keys = company_keys(collection())
    assert "orla" not in keys and keys["orla-motors"] == "orla-motors"


def test_the_dossier_lists_a_figure_held_only_by_its_label():
    kb = collection()
    shares = [
        s for s in company_dossier(kb, "quellborn-cells").sections if s.title == "Market share"
    ]
    quotes = [st.cite.quote for st in shares[0].statements]
    assert "Quellborn Cells | 21.5%" in quotes and "Quellborn | 20.0%" in quotes
    assert "Korean makers | 30.0%" in quotes  # a group that names its members, as before


def test_export_comparison_and_timeline_name_the_company():
    kb = collection()
    exported = {s["quote"]: s["company"] for s in export_json(kb)["market_share"]}
    assert exported["TARNWICK | 9.0%"] == "tarnwick"
    assert exported["Orla | 4.0%"] == "Orla" and exported["Others | 16.0%"] == "Others"
    subjects = {st.cite.quote: st.subject for st in statements(kb) if st.family == "share"}
    assert subjects["TARNWICK | 9.0%"] == subjects["Tarnwick held 8%"] == "tarnwick"
    records = {e.cite.quote: e.record for e in timeline_entries(kb) if e.kind == "share"}
    assert records["Quellborn | 20.0%"] == "quellborn-cells"


def company_rows(*companies: Company) -> list[tuple]:
    return rows_of(list(companies))


def test_a_company_cites_the_documents_whose_figures_hold_it_by_its_label():
    rows = company_rows(
        Company("quellborn-cells", "Quellborn Cells", "cell maker", ("Quellborn",),
                cites=(cite("the cell maker Quellborn Cells", "profile"),)),
        Company("orla-motors", "Orla Motors", "automaker", ("Orla",), cites=(cite("Orla", "a"),)),
        Company("orla-energy", "Orla Energy", "cell maker", ("Orla",), cites=(cite("Orla", "b"),)),
    )  # fmt: skip
    table = [label_share("Quellborn", 21.5), label_share("Quellborn Cells", 20.0)]
    table += [label_share("Orla", 4.0), label_share("Others", 16.0)]
    own = [Share("quellborn-cells", "Quellborn Cells", 9.0, "=", cite("held 9%", "profile"))]
    merged = named_by_figures(rows, ["table-story", "profile"], [table, own])
    [quellborn, *orla] = records_of(Company, len(merged), merged)
    assert [(c.source, c.quote) for c in quellborn.cites] == [
        ("profile", "the cell maker Quellborn Cells"),
        ("table-story", "Quellborn | 21.5%"),  # the first figure of a document, once
    ]
    assert [len(c.cites) for c in orla] == [1, 1]  # a name two companies share names neither
    assert named_by_figures(rows, ["profile"], [own]) is rows  # nothing new: the same rows
    # a label a curated company also goes by is neither's
    shared = named_by_figures(rows, ["table-story", "profile"], [table, own], {"quellborn"})
    assert [len(c.cites) for c in records_of(Company, len(shared), shared)][:1] == [2]
    shared = named_by_figures(rows, ["table-story"], [table[:1]], {"quellborn"})
    assert shared is rows
