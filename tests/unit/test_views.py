"""The core views: a company's dossier, a battery card, share groups, the overview, merged timeline."""

from __future__ import annotations

from dataclasses import replace

from evkb.kb.store import KB_FILE, read_kb
from evkb.model import Battery, Citation, Claim, Company, Fact, Investment, KnowledgeBase, Share
from evkb.paths import bundled_kb_dir
from evkb.timeline import merge_same, timeline_entries
from evkb.tui.widgets.market import OVERLAP_NOTE, chart_lines
from evkb.views.battery import battery_card
from evkb.views.dossier import company_dossier
from evkb.views.overview import company_rows, overview
from evkb.views.shares import share_groups


def cite(quote: str, source: str = "doc") -> Citation:
    return Citation(source, quote, f"{source}:p0")


def money(
    value: float, quote: str, by: tuple[str, ...], purpose: str = "", ident: str = ""
) -> Investment:
    amount = Fact("amount", value, cite(quote), unit="USD")
    return Investment(ident or quote, "investment", (amount,), cite(quote), by=by, purpose=purpose)


def small_kb() -> KnowledgeBase:
    companies = [
        Company("acme", "Acme Motor", "automaker", ("Acme",), "Japan", (cite("Acme Motor said"),)),
        Company("volt", "Volt Cells", "cell maker", cites=(cite("Volt Cells", "other"),)),
    ]
    investments = [
        money(7e9, "Acme to Invest $7 Billion", ("acme",), "EV batteries"),
        money(
            7e9,
            "Acme and Volt will spend $7 billion to raise output",
            ("acme", "volt"),
            "raise output",
        ),
        money(7e9, "Acme is investing $7 billion", ("acme",)),
        money(2e9, "Acme puts $2 billion into a plant", ("acme",), "a plant"),
    ]
    battery = Battery(
        "acme-solid",
        "Solid One",
        "acme",
        (
            Fact("maker", "the big car group", cite("the big car group unveiled")),
            Fact("range", 1000.0, cite("1,000 km"), unit="km", text="1,000 km"),
            Fact("launch", 2028.0, cite("in 2028"), unit="year", text="in 2028"),
            Fact("launch", 2028.0, cite("by 2028", "other"), unit="year", text="by 2028"),
        ),
    )
    shares = [
        Share(
            "volt", "Volt Cells", 30.0, "=", cite("30% in July"), as_of="2024-07", metric="market"
        ),
        Share(
            "acme", "Acme Motor", 20.0, "=", cite("20% in July"), as_of="2024-07", metric="market"
        ),
        Share("volt", "Volt Cells", 25.0, "=", cite("25% in 2023"), as_of="2023", metric="market"),
    ]
    return KnowledgeBase(
        companies=companies, investments=investments, batteries=[battery], shares=shares
    )


def test_dossier_lists_one_sum_of_money_once_with_every_quote():
    dossier = company_dossier(small_kb(), "acme")
    money = next(s for s in dossier.sections if s.title.startswith("Investments"))
    assert len(money.statements) == 2
    seven = money.statements[0]
    assert len(seven.cites) == 3
    # The fullest wording speaks for the group, as a sentence.
    assert seven.text.startswith("Acme Motor and Volt Cells invest $7 billion")


def test_dossier_rows_keep_their_source():
    dossier = company_dossier(small_kb(), "acme")
    assert [s.sources for s in dossier.about][:2] == [("doc",), ("doc",)]
    assert all(s.origin == "curated" for s in dossier.about)


def test_bundled_seven_billion_is_listed_once():
    kb = read_kb(bundled_kb_dir() / KB_FILE)
    for company in ("toyota", "nissan"):
        section = next(
            s for s in company_dossier(kb, company).sections if s.title.startswith("Investments")
        )
        sevens = [s for s in section.statements if "$7 billion" in s.text]
        assert len(sevens) == 1, [s.text for s in section.statements]


def test_battery_card_states_first_and_names_the_maker():
    card = battery_card(small_kb(), small_kb().battery("acme-solid"))
    assert card.maker == "Acme Motor"
    assert [line.attribute for line in card.lines] == ["launch", "launch", "range"]
    assert "chemistry" in card.unstated and "maker" not in card.unstated


def test_share_groups_never_mix_periods():
    groups = share_groups(small_kb())
    assert [g.as_of for g in groups] == ["2024-07", "2023"]
    assert {s.as_of for s in groups[0].shares} == {"2024-07"}
    assert groups[0].rest is not None and round(groups[0].rest) == 50


def test_a_groups_figure_beside_its_companies_is_drawn_apart_and_not_counted_twice():
    # "Northern makers held 40%" beside the two makers' own figures: the group holds some of
    # the same share, so what the companies leave over is 100 - 60, not 100 - 100.
    def share(holder: str, label: str, percent: float) -> Share:
        return Share(holder, label, percent, "=", cite(f"{percent:g}%"), as_of="2026-09")

    kb = KnowledgeBase(
        shares=[
            share("", "Northern makers", 40.0),
            share("volt", "Volt", 35.0),
            share("acme", "Acme", 25.0),
        ]
    )
    (group,) = share_groups(kb)
    assert [s.label for s in group.parts] == ["Volt", "Acme"]
    assert [s.label for s in group.overlapping] == ["Northern makers"]
    assert [s.label for s in group.shares] == ["Volt", "Acme", "Northern makers"]
    assert group.rest is not None and round(group.rest) == 40
    lines = [line.plain for line in chart_lines(group, 80)]
    assert lines.index(OVERLAP_NOTE) > max(i for i, t in enumerate(lines) if t.startswith("Acme"))
    assert lines[-1].startswith("Northern makers")
    # A label of names alone is a company no document made one of yet, not a group.
    unknown = share("", "Tarvok", 10.0)
    (named,) = share_groups(KnowledgeBase(shares=[*kb.shares, unknown]))
    assert unknown in named.parts and round(named.rest) == 30
    # Groups alone (no company named beside them) split their market between them.
    only_groups = KnowledgeBase(shares=[s for s in kb.shares if not s.holder])
    (alone,) = share_groups(only_groups)
    assert alone.parts == alone.shares and not alone.overlapping and round(alone.rest) == 60


def test_unscoped_figures_of_two_documents_never_share_a_chart():
    # Nothing says two articles' "market share" of no stated scope is one market: a chart of
    # both would show 130 percent. A stated scope is a market any source may measure.
    def share(holder: str, percent: float, source: str, scope: str = "") -> Share:
        quote = f"{percent:g}%"
        return Share(
            holder, holder, percent, "=", cite(quote, source), as_of="2026-09", scope=scope
        )

    kb = KnowledgeBase(
        shares=[
            share("Volt", 70.0, "storage-story"),
            share("Acme", 60.0, "car-story"),
            share("Volt", 30.0, "storage-story", "Europe"),
            share("Acme", 25.0, "car-story", "Europe"),
        ]
    )
    groups = share_groups(kb)
    assert [(g.scope, g.source, len(g.shares)) for g in groups] == [
        ("", "car-story", 1),
        ("", "storage-story", 1),
        ("Europe", "", 2),
    ]
    assert groups[0].title.endswith("· in car-story") and groups[0].market == ""
    assert groups[2].market == "Europe" and groups[2].short_period == "Sep 2026"


def test_a_company_the_build_found_counts_the_sentences_naming_it():
    # Claims know the curated names only: a found company named in two sentences is mentioned
    # twice, not never.
    kb = small_kb()
    found = Company(
        "borel", "Borel Cells", "other", cites=(cite("Borel Cells said"), cite("Borel Cells grew"))
    )
    kb.companies = [*kb.companies, replace(found, origin="extracted")]
    rows = {r.name: r.mentions for r in company_rows(kb, "mentions")}
    assert rows["Borel Cells"] == 2


def test_overview_counts_and_company_orders():
    kb = small_kb()
    view = overview(kb)
    assert dict(view.counts)["companies"] == 2
    assert dict(view.counts)["extracted records awaiting review"] == 0
    assert [r.name for r in company_rows(kb, "kind")] == ["Acme Motor", "Volt Cells"]
    assert company_rows(kb)[1].source == "other"


def test_overview_reads_mentions_and_review_marks_as_every_record_says():
    kb = small_kb()
    names = ["Borealis", "anode works", "Cobalt Co", "Dune"]
    kb.companies = [
        *kb.companies,
        *(Company(n.split()[0].lower(), n, "other", origin="extracted") for n in names),
    ]
    entities = [
        ("volt", "volt"),
        ("acme", "anode"),
        (),
        ("borealis", "volt"),
        ("dune",),
        ("cobalt",),
    ]
    kb.claims = [
        Claim(f"d:c{i}", "d:p0", "d", 0, 1, "x", entities=e) for i, e in enumerate(entities)
    ]
    view = overview(kb, top=4)
    # The same rows, ties by name, as the full list sorted by mentions gives.
    assert list(view.most_mentioned) == company_rows(kb, "mentions")[:4]
    assert [(r.name, r.mentions) for r in view.most_mentioned] == [
        ("Volt Cells", 2),
        ("Acme Motor", 1),
        ("anode works", 1),
        ("Borealis", 1),
    ]
    assert dict(view.counts)["extracted records awaiting review"] == 4


def test_timeline_merges_rows_stating_the_same_thing():
    kb = read_kb(bundled_kb_dir() / KB_FILE)
    rows = merge_same(timeline_entries(kb))
    keys = [(r.entry.record, r.entry.what, r.entry.when) for r in rows]
    assert len(keys) == len(set(keys))
    assert any(len(r.cites) > 1 for r in rows)


def test_a_review_label_names_companies_by_name_not_id():
    from evkb.kb.review import pending

    cite = Citation("s", "s:p0", "quote")
    kb = KnowledgeBase(
        companies=[
            Company("caledon-cells", "Caledon Cells", "cell maker"),
            Company("caledon-cells-group", "Caledon Cells Group", "other"),
        ],
        investments=[
            Investment(
                "i1",
                "investment",
                (Fact("amount", 7.5e8, cite, "GBP", text="£750m"),),
                cite,
                by=("caledon-cells",),
                origin="extracted",
            )
        ],
        batteries=[
            Battery("b1", "Cell", "caledon-cells-group", (Fact("range", 500.0, cite, "km"),))
        ],
    )
    kb.batteries[0] = Battery(
        "b1", "Cell", "caledon-cells-group", (Fact("range", 500.0, cite, "km"),), origin="extracted"
    )
    shown = {p.id: p.label for p in pending(kb)}
    assert shown["i1"].endswith("by Caledon Cells") and "caledon-cells" not in shown["i1"]
    assert shown["b1"].startswith("Cell by Caledon Cells Group:")


def test_every_conflict_kind_has_words():
    from evkb.views.names import conflict_kind

    kb = read_kb(bundled_kb_dir() / KB_FILE)
    kinds = {c.kind for c in kb.conflicts} | {
        "cross-source",
        "internal",
        "heading-vs-body",
        "unit-slip",
        "direction",
        "unit-pair",
        "fx-rate",
        "attribution",
    }
    assert all(conflict_kind(kind) != kind for kind in kinds)
    assert conflict_kind("a-new-rule") == "a-new-rule"
