"""The Companies pane: a filterable list and the dossier of the company the cursor is on."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content

from evkb.model import KnowledgeBase
from evkb.tui.literal import literal
from evkb.tui.widgets.cited import CitedList, Entry, heading, origin_mark, statement_entry
from evkb.tui.widgets.pane import FilteredPane, ItemList, NamedRow
from evkb.views.common import origin_of
from evkb.views.dossier import Dossier, company_dossier
from evkb.views.overview import CompanyRow, company_rows

# How the list can be ordered, in the order `s` cycles through them.
ORDERS = {"name": "by name", "mentions": "by mentions", "kind": "by kind"}


def dossier_rows(kb: KnowledgeBase, dossier: Dossier) -> list[Entry | Content]:
    """The dossier as rows: the name, its own statements, then a heading per section."""
    rows: list[Entry | Content] = [literal(dossier.company.name, "bold")]
    rows += [statement_entry(kb, s) for s in dossier.about]
    for section in dossier.sections:
        rows.append(heading(section.title))
        rows += [statement_entry(kb, s) for s in section.statements]
    shown = next(
        (len(s.statements) for s in dossier.sections if s.title.startswith("Mentioned")), 0
    )
    if dossier.mentions > shown:
        rows.append(
            literal(f"… {dossier.mentions - shown} more: search (/) finds them", "$text-muted")
        )
    return rows


def mention_tails(rows: Sequence[CompanyRow]) -> list[str]:
    """ "count · kind" for each row, counts right-aligned and kinds left-aligned in columns, so
    the counts line up whatever the length of the kind beside them."""
    count = max((len(str(r.mentions)) for r in rows), default=1)
    kind = max((len(r.kind) for r in rows), default=0)
    return [f"{r.mentions:>{count}} · {r.kind:<{kind}}" for r in rows]


def company_items(rows: Sequence[CompanyRow], order: str) -> list[tuple[str, NamedRow]]:
    tails = mention_tails(rows) if order == "mentions" else [r.kind for r in rows]
    return [(r.id, NamedRow(r.name, t, origin_mark(r.origin))) for r, t in zip(rows, tails)]


class CompanyList(ItemList):
    """The Companies list."""


class CompaniesPane(FilteredPane):
    """Filter as you type (`f`), order with `s`, read what is known about the company."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "cycle_order", "Order", id="companies.order"),
    ]

    def __init__(self, kb: KnowledgeBase, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.kb = kb
        self.order = "name"
        self._rows: dict[str, list[CompanyRow]] = {}

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield from self.side("company", CompanyList(id="company-list", classes="master"))
            yield CitedList(id="company-detail", classes="detail")

    def rows(self) -> list[CompanyRow]:
        if self.order not in self._rows:
            self._rows[self.order] = company_rows(self.kb, self.order)
        return self._rows[self.order]

    def items(self) -> list[tuple[str, NamedRow]]:
        return company_items(self.rows(), self.order)

    def names(self, item: str) -> Sequence[str]:
        return self.kb.company(item).names

    def note(self, count: str) -> str:
        return f"{count} companies {ORDERS[self.order]} (s)"

    def show(self, company_id: str | None) -> None:
        detail = self.query_one("#company-detail", CitedList)
        if company_id is None:
            detail.set_entries([])
            return
        detail.set_entries(dossier_rows(self.kb, company_dossier(self.kb, company_id)))
        detail.scroll_home(animate=False)

    REVIEWS = True

    def review_target(self) -> str | None:
        """The dossier's row when it is in focus and states an extracted record, else the
        company the list is on, when extraction proposed it."""
        detail = self.query_one("#company-detail", CitedList)
        if detail.has_focus and detail.current is not None and detail.current.record:
            return detail.current.record
        company = self.listing.current
        if company and origin_of(self.kb.company(company)) == "extracted":
            return company
        return None

    def action_cycle_order(self) -> None:
        orders = list(ORDERS)
        self.order = orders[(orders.index(self.order) + 1) % len(orders)]
        self.fill(self.filter_input.value)
