"""Command-palette commands that jump to any company, battery generation or source."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from evkb.tui.literal import literal
from evkb.tui.messages import GoTo

if TYPE_CHECKING:
    from evkb.tui.app import EvkbApp

# Names longer than this are matched on their start only: the fuzzy matcher is slow on long text.
MATCH_CHARS = 80


class JumpCommands(Provider):
    """`Company: …`, `Battery: …`, `Source: …` for everything in the knowledge base."""

    def targets(self) -> Iterator[tuple[str, str, str, str]]:
        """(prefix, name, pane, item id) for each place the palette can jump to."""
        kb = cast("EvkbApp", self.app).kb
        for company in kb.companies:
            yield "Company", company.name, "companies", company.id
        for battery in kb.batteries:
            yield "Battery", battery.name, "batteries", battery.id
        for source in kb.sources:
            yield "Source", source.title or source.id, "sources", source.id

    def _command(self, pane: str, item: str):
        # Asked by message, like any other jump: the app brings the main screen back first.
        return partial(self.screen.post_message, GoTo(pane, item))

    async def discover(self) -> Hits:
        for prefix, name, pane, item in self.targets():
            if prefix != "Source":
                yield DiscoveryHit(
                    self._display(prefix, name),
                    self._command(pane, item),
                    text=f"{prefix}: {name}",
                )

    def _display(self, prefix: str, name: str, offsets: tuple[int, ...] = ()) -> Content:
        shown = literal(name)
        for offset in offsets:
            if offset < len(name) and not name[offset].isspace():
                shown = shown.stylize("reverse", offset, offset + 1)
        return literal(f"{prefix}: ", "$text-muted") + shown

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        wanted = set(query.casefold().replace(" ", ""))
        for prefix, name, pane, item in self.targets():
            probe = f"{prefix} {name[:MATCH_CHARS]}"
            if not wanted <= set(probe.casefold()):
                continue  # cheap test first: every letter of the query must occur
            score, offsets = matcher.fuzzy_search.match(query, probe)
            if score <= 0:
                continue
            name_offsets = tuple(o - len(prefix) - 1 for o in offsets if o > len(prefix))
            yield Hit(
                score,
                self._display(prefix, name, name_offsets),
                self._command(pane, item),
                text=f"{prefix}: {name}",
            )
