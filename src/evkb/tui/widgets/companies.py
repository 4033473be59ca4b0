"""The Companies pane: a filterable list and everything the knowledge base says about one."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Input
from textual.widgets.option_list import Option, OptionDoesNotExist

from evkb.model import Citation, Company, KnowledgeBase
from evkb.tui.literal import literal
from evkb.tui.widgets.cited import (
    CitedList,
    Entry,
    claim_citation,
    copy_text,
    fact_value,
    heading,
    source_tag,
)
from evkb.tui.widgets.finder.vim_list import VimOptionList
from evkb.tui.widgets.pane import ListPane

# A company in a big knowledge base can be mentioned thousands of times: show the first ones
# and say how many more there are (search finds the rest).
MAX_CLAIMS = 100


class CompanyList(VimOptionList):
    """The pane's list (its name heads its keys in the help)."""


def _entry(kb: KnowledgeBase, text: str, cite) -> Entry:
    return Entry(literal(text) + source_tag(cite), cite, copy_text(kb, text, cite))


def company_rows(kb: KnowledgeBase, company: Company) -> list[Entry | Content]:
    """Everything about `company`, each statement with its source, grouped under headings."""
    name = {c.id: c.name for c in kb.companies}.get
    rows: list[Entry | Content] = [literal(company.name, "bold")]
    first = company.cites[0] if company.cites else None
    rows.append(_entry(kb, f"Kind: {company.kind}", first))
    if company.country:
        rows.append(_entry(kb, f"Country: {company.country}", first))
    if company.aliases:
        rows.append(_entry(kb, "Also called: " + ", ".join(company.aliases), first))
    for cite in company.cites:
        rows.append(_entry(kb, f"Named: “{cite.quote}”", cite))

    relations = []
    for rel in kb.relations:
        if rel.subject == company.id:
            relations.append(_entry(kb, f"{rel.type} {name(rel.object, rel.object)}", rel.cite))
        elif rel.object == company.id:
            relations.append(
                _entry(
                    kb,
                    f"{name(rel.subject, rel.subject)} {rel.type} {company.name}",
                    rel.cite,
                )
            )
    if relations:
        rows += [heading("Relations"), *relations]

    money = []
    for inv in kb.investments:
        if company.id in inv.by or company.id in inv.to:
            amounts = [fact_value(f) for f in inv.amounts] or ["amount unknown"]
            text = f"{inv.kind}: {amounts[0]}"
            if len(amounts) > 1:
                text += f" ({', '.join(amounts[1:])})"
            if inv.by:
                text += " by " + ", ".join(name(c, c) for c in inv.by)
            if inv.to:
                text += " to " + ", ".join(name(c, c) for c in inv.to)
            if inv.purpose:
                text += f", for {inv.purpose}"
            if inv.year:
                text += f" ({inv.year})"
            money.append(_entry(kb, text, inv.cite))
    if money:
        rows += [heading("Investments and subsidies"), *money]

    figures = []
    for fig in kb.figures:
        if fig.subject != company.id:
            continue
        label = fig.description or fig.kind
        for fact in fig.facts:
            figures.append(_entry(kb, f"{label}: {fact_value(fact)}", fact.cite))
        if not fig.facts:
            figures.append(_entry(kb, label, fig.cite))
    if figures:
        rows += [heading("Figures"), *figures]

    shares = []
    for share in kb.shares:
        if share.holder == company.id or company.id in share.members:
            shares.append(_entry(kb, share_text(share), share.cite))
    if shares:
        rows += [heading("Market share"), *shares]

    batteries = []
    for battery in kb.batteries:
        if battery.maker == company.id:
            cite = battery.facts[0].cite if battery.facts else None
            batteries.append(_entry(kb, f"battery: {battery.name}", cite))
    if batteries:
        rows += [heading("Batteries"), *batteries]

    conflicts = [c for c in kb.conflicts if c.subject == company.id]
    if conflicts:
        rows.append(heading("Where the sources disagree"))
        for conflict in conflicts:
            rows.append(literal(f"⚠ {conflict.message}", "$text-warning"))
            for side in conflict.sides:
                cite = Citation(side.source, side.quote, side.passage)
                rows.append(_entry(kb, f"  {side.value}: “{side.quote}”", cite))

    claims = kb.claims_mentioning(company.id)
    if claims:
        rows.append(heading(f"Mentioned in {len(claims)} claim{'s' if len(claims) != 1 else ''}"))
        for claim in claims[:MAX_CLAIMS]:
            rows.append(_entry(kb, claim.text, claim_citation(claim)))
        if len(claims) > MAX_CLAIMS:
            rows.append(
                literal(
                    f"… {len(claims) - MAX_CLAIMS} more: search (/) finds them",
                    "$text-muted",
                )
            )
    return rows


def share_text(share) -> str:
    """A share as its bound says it: "< 10%" stays a bound, never a plain number."""
    from evkb.kb.units import format_bound

    text = f"{share.label}: {format_bound(share.percent, share.bound)}"
    details = [d for d in (share.metric, share.scope, share.as_of) if d]
    if details:
        text += f" ({', '.join(details)})"
    return text


class CompaniesPane(ListPane, Vertical):
    """Filter as you type (`f` to focus the filter), pick a company, read what is known."""

    LIST = "#company-list"
    DETAIL = "#company-detail"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("f", "focus_filter", "Filter", id="filter")]

    def compose(self) -> ComposeResult:
        with Horizontal():
            with Vertical(id="company-side", classes="side"):
                yield Input(placeholder="filter", id="company-filter", compact=True)
                yield CompanyList(id="company-list", classes="master")
            yield CitedList(id="company-detail", classes="detail")

    def on_mount(self) -> None:
        self.fill("")

    def fill(self, needle: str) -> None:
        needle = needle.casefold().strip()
        listing = self.query_one("#company-list", CompanyList)
        companies = sorted(self.app.kb.companies, key=lambda c: c.name.casefold())
        options = [
            Option(literal(c.name) + literal(f"  {c.kind}", "$text-muted"), id=c.id)
            for c in companies
            if not needle or any(needle in n.casefold() for n in c.names)
        ]
        listing.set_options(options)
        if options:
            listing.highlighted = 0

    @on(Input.Changed, "#company-filter")
    def _filter(self, event: Input.Changed) -> None:
        self.fill(event.value)

    @on(Input.Submitted, "#company-filter")
    def _to_list(self) -> None:
        self.query_one("#company-list").focus()

    def show(self, company_id: str | None) -> None:
        detail = self.query_one("#company-detail", CitedList)
        if company_id is None:
            detail.set_entries([])
            return
        detail.set_entries(company_rows(self.app.kb, self.app.kb.company(company_id)))
        detail.scroll_home(animate=False)

    def select(self, company_id: str) -> None:
        """Show `company_id`, clearing a filter that hides it."""
        try:
            self.listing.get_option_index(company_id)
        except OptionDoesNotExist:
            self.query_one("#company-filter", Input).value = ""
            self.fill("")
        super().select(company_id)

    def action_focus_filter(self) -> None:
        self.query_one("#company-filter").focus()
