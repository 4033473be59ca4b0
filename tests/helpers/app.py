"""A small knowledge base and a bare host app for testing the search, compare and conflicts screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import on
from textual.app import App
from textual.screen import Screen

from evkb.model import (
    BODY,
    BOILERPLATE,
    HEADING,
    UNRELATED,
    Battery,
    Citation,
    Company,
    Conflict,
    ConflictSide,
    Fact,
    KnowledgeBase,
    Passage,
    Source,
)
from evkb.tui.messages import OpenCitation, OpenPassage

SOLID = (
    "Toyota also asserted that it had discovered a technological breakthrough in the form of "
    "all-solid-state electric vehicle batteries. Around 2028, the company anticipates the "
    "release of its initial solid-state batteries, which will feature a WLTP range of more than "
    "620 miles (1,000 km) and a 10-minute rapid charging period."
)
HIGH = (
    "Toyota anticipates introducing its High Performance batteries in 2028. These batteries "
    "will offer a WLTP driving range exceeding 620 miles (1,000 km) and rapid charging in "
    "20 minutes."
)
HEAD = "Toyota Plans 2028 Launch for High-Performance EV Batteries with 620-Mile Range"
NEWSLETTER = "Sign up for our newsletter to get battery news in your inbox every morning."
UNREL = "Startup raises $40 million for drone delivery batteries [/] [@click=app.quit]x[/]"
ROADMAP = (
    "The initial Performance batteries are scheduled for release in 2026. The former is "
    "anticipated to offer a WLTP driving range of nearly 500 miles (800 km)."
)
LFP = (
    "Nissan plans to build lithium iron phosphate batteries in Kyushu, cutting costs by 30% "
    "from 2028 \x1b[31mred\x1b[0m."
)


def _passages(source: str, items: list[tuple[str, str]]) -> list[Passage]:
    out, offset = [], 0
    for index, (kind, text) in enumerate(items):
        out.append(
            Passage(f"{source}:p{index}", source, index, kind, offset, offset + len(text), text)
        )
        offset += len(text) + 1
    return out


def _cite(kb_passages: list[Passage], pid: str, quote: str) -> Citation:
    passage = next(p for p in kb_passages if p.id == pid)
    at = passage.text.index(quote)
    return Citation(passage.source, quote, pid, passage.start + at, passage.start + at + len(quote))


def make_kb() -> KnowledgeBase:
    passages = (
        _passages(
            "solid",
            [
                (HEADING, HEAD),
                (BODY, HIGH),
                (BODY, SOLID),
                (BOILERPLATE, NEWSLETTER),
                (UNRELATED, UNREL),
            ],
        )
        + _passages("lfp", [(BODY, LFP)])
        + _passages("roadmap", [(BODY, ROADMAP)])
    )
    sources = [
        Source("solid", "solid.txt", "0" * 64, 800, title="Toyota solid-state approval"),
        Source("lfp", "lfp.txt", "1" * 64, 200, title=""),
        Source("roadmap", "roadmap.txt", "2" * 64, 200, title="Toyota battery roadmap"),
    ]

    def c(pid, quote):
        return _cite(passages, pid, quote)

    batteries = [
        Battery(
            "performance",
            "Performance",
            "toyota",
            facts=(
                Fact(
                    "launch", 2026.0, c("roadmap:p0", "release in 2026"), unit="year", text="2026"
                ),
                Fact(
                    "range",
                    500.0,
                    c("roadmap:p0", "nearly 500 miles (800 km)"),
                    unit="mi",
                    qualifier="nearly",
                    text="nearly 500 miles",
                ),
            ),
        ),
        Battery(
            "high-performance",
            "High Performance",
            "toyota",
            facts=(
                Fact("launch", 2028.0, c("solid:p1", "in 2028"), unit="year", text="2028"),
                Fact(
                    "range",
                    1000.0,
                    c("solid:p1", "exceeding 620 miles (1,000 km)"),
                    unit="km",
                    qualifier="more than",
                    text="exceeding 620 miles (1,000 km)",
                ),
                Fact(
                    "charging",
                    20.0,
                    c("solid:p1", "rapid charging in 20 minutes"),
                    unit="min",
                    text="20 minutes",
                ),
            ),
        ),
        Battery(
            "solid-state",
            "All-solid-state",
            "toyota",
            facts=(
                Fact("chemistry", "all-solid-state", c("solid:p2", "all-solid-state")),
                Fact(
                    "launch",
                    2028.0,
                    c("solid:p2", "Around 2028"),
                    unit="year",
                    qualifier="around",
                    text="Around 2028",
                ),
                Fact(
                    "range",
                    1000.0,
                    c("solid:p2", "more than 620 miles (1,000 km)"),
                    unit="km",
                    qualifier="more than",
                    text="more than 620 miles (1,000 km)",
                ),
                Fact(
                    "charging",
                    10.0,
                    c("solid:p2", "10-minute rapid charging"),
                    unit="min",
                    text="10-minute",
                ),
                Fact(
                    "charging",
                    20.0,
                    c("solid:p1", "rapid charging in 20 minutes"),
                    unit="min",
                    text="20 minutes",
                ),
            ),
        ),
        Battery(
            "nissan-lfp",
            "Nissan LFP",
            "nissan",
            facts=(
                Fact("chemistry", "lithium iron phosphate", c("lfp:p0", "lithium iron phosphate")),
                Fact(
                    "cost_change",
                    -30.0,
                    c("lfp:p0", "cutting costs by 30%"),
                    unit="percent",
                    text="cutting costs by 30%",
                ),
            ),
        ),
    ]
    conflicts = [
        Conflict(
            "x1",
            "internal",
            "toyota",
            "charging",
            "The same battery charges in 20 minutes in one sentence and 10 in the next.",
            (
                ConflictSide("20 minutes", "solid", "solid:p1", "rapid charging in 20 minutes"),
                ConflictSide("10-minute", "solid", "solid:p2", "10-minute rapid charging period"),
            ),
        ),
        Conflict(
            "x2",
            "attribution",
            "nissan",
            "cost_change",
            "One cut [b]given[/b] to two makers.",
            (
                ConflictSide("30%", "lfp", "lfp:p0", "cutting costs by 30%"),
                ConflictSide("30% [/]", "lfp", "", "a quote [@click=app.quit]x[/] not found"),
            ),
        ),
    ]
    companies = [
        Company("toyota", "Toyota Motor", "automaker", ("Toyota",)),
        Company("nissan", "Nissan", "automaker"),
    ]
    return KnowledgeBase(
        sources=sources,
        passages=passages,
        companies=companies,
        batteries=batteries,
        conflicts=conflicts,
    )


# The one theme every snapshot is taken in.
SNAPSHOT_THEME = "evkb-harbour"


class FinderApp(App[None]):
    """Hosts one screen, built with the knowledge base, and records what it asks for.

    A screen gets its data when it is made and asks for passages by message, so this app
    only has to answer those messages.
    """

    def __init__(
        self, kb: KnowledgeBase, screen: Callable[[KnowledgeBase], Screen], **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.kb = kb
        self._screen = screen
        self.opened: list[tuple] = []
        self.copied: list[str] = []
        self.notices: list[str] = []

    def on_mount(self) -> None:
        self.push_screen(self._screen(self.kb))

    @on(OpenPassage)
    def _passage(self, event: OpenPassage) -> None:
        self.opened.append(("passage", event.passage_id, event.span))

    @on(OpenCitation)
    def _citation(self, event: OpenCitation) -> None:
        self.opened.append(("citation", event.cite))

    def notify(self, message: str, **kwargs: Any) -> None:
        self.notices.append(str(message))
        super().notify(message, **kwargs)

    def copy_to_clipboard(self, text: str) -> None:
        self.copied.append(text)
        super().copy_to_clipboard(text)


def bundled_app(tmp_path, theme: str | None = None):
    """The real app over a copy of the repo's bundled knowledge base (data/), as `evkb` opens it.

    A copy, because opening a knowledge base caches beside its kb.toml; tests write only to
    tmp_path.
    """
    import shutil

    from evkb.paths import bundled_kb_dir
    from evkb.tui.app import EvkbApp

    kb_dir = tmp_path / "bundled"
    shutil.copytree(bundled_kb_dir(), kb_dir, ignore=shutil.ignore_patterns(".evkb-cache"))
    return EvkbApp(kb_dir, theme=theme)


def make_evkb_app(kb_dir, kb: KnowledgeBase | None = None, theme: str | None = None):
    """The real app over the fixture knowledge base, written to `kb_dir` as a built kb.toml."""
    from evkb.kb.store import KB_FILE, write_kb
    from evkb.tui.app import EvkbApp

    kb = kb or make_kb()
    write_kb(kb, kb_dir / KB_FILE, {})
    return EvkbApp(kb_dir, theme=theme)


async def settle(pilot) -> None:
    """Until the app is idle: messages handled and every worker (a debounced search, the command
    palette gathering its hits) finished. A condition to wait on, not a fixed sleep."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
