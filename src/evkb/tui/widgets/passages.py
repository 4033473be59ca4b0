"""A Line-API view of one source's passages, paged, so a source of any size opens at once."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual

from evkb.model import FURNITURE_KINDS, KnowledgeBase, Passage
from evkb.tui.literal import literal
from evkb.tui.messages import OpenPassage

PAGE = 200
DIMMED_KINDS = FURNITURE_KINDS


def name_pattern(kb: KnowledgeBase) -> re.Pattern[str] | None:
    """One regex for every known company name and alias, longest first."""
    names = sorted({n for c in kb.companies for n in c.names if len(n) > 1}, key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def passage_content(kb: KnowledgeBase, passage: Passage, names: re.Pattern[str] | None) -> Content:
    """The passage text, literal, dimmed if it carries no claims, figures and names highlighted."""
    if passage.kind in DIMMED_KINDS:
        return literal(passage.text, "$text-muted")
    content = literal(passage.text)
    length = len(passage.text)
    for claim in kb.claims_of(passage.id):
        for q in claim.quantities:
            start, end = q.start - passage.start, q.end - passage.start
            if 0 <= start < end <= length:
                content = content.stylize("bold $text-warning", start, end)
    if names is not None:
        for match in names.finditer(passage.text):
            content = content.stylize("bold $text-accent", match.start(), match.end())
    return content


def passage_painter(kb: KnowledgeBase) -> Callable[[Passage], Content]:
    """How a view paints a passage of `kb` (the names pattern made on first use)."""
    names: list[re.Pattern[str] | None] = []

    def paint(passage: Passage) -> Content:
        if not names:
            names.append(name_pattern(kb))
        return passage_content(kb, passage, names[0])

    return paint


class PassageView(ScrollView, can_focus=True):
    """Passages of one source with a cursor; `[`/`]` page through sources of any length."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "move(1)", "Next passage", show=False, id="passages.down"),
        Binding("k,up", "move(-1)", "Previous passage", show=False, id="passages.up"),
        Binding("g,home", "jump(0)", "First", show=False, id="passages.first"),
        Binding("G,end", "jump(-1)", "Last", show=False, id="passages.last"),
        Binding("right_square_bracket", "page(1)", "Next page", id="passages.next-page"),
        Binding(
            "left_square_bracket",
            "page(-1)",
            "Previous page",
            id="passages.previous-page",
        ),
        Binding("enter", "open", "Open in context", id="open"),
        Binding("y", "copy_passage", "Copy", id="copy"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "passage-view--label",
        "passage-view--cursor",
    }

    def __init__(
        self,
        paint: Callable[[Passage], Content],
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.paint = paint
        self.where = ""  # the source's title, for the citation `y` copies
        self.passages: list[Passage] = []
        self.cursor = 0
        self._page_lines: list[Strip | int] = []
        self._starts: list[int] = []  # first line of each passage on the page
        self._layout_key: tuple | None = None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "page":
            return len(self.passages) > PAGE  # paging keys only where there are pages
        return True

    @property
    def page(self) -> int:
        return self.cursor // PAGE

    def show_passages(self, passages: list[Passage], where: str = "") -> None:
        self.passages = passages
        self.where = where
        self.cursor = 0
        self.refresh_bindings()
        self._layout_key = None
        self.scroll_to(0, 0, animate=False)
        self.refresh()

    def _layout(self) -> None:
        """Wrap the current page's passages to the width (the cursor is drawn at render time)."""
        width = self.scrollable_content_region.width
        key = (id(self.passages), self.page, width, self.app.theme)
        if key == self._layout_key or width <= 0:
            return
        self._layout_key = key
        first = self.page * PAGE
        shown = self.passages[first : first + PAGE]
        style = self.visual_style
        lines: list[Strip | int] = []  # an int stands for the label line of that passage
        starts: list[int] = []
        total = len(self.passages)
        if total > PAGE:
            note = f"passages {first + 1}-{first + len(shown)} of {total}   [ ] change page"
            lines.append(Strip(literal(note, "$text-muted").render_segments(style)))
        for index, passage in enumerate(shown, first):
            starts.append(len(lines))
            lines.append(index)
            for strip in Visual.to_strips(self, self.paint(passage), width, None, style):
                lines.append(strip.extend_cell_length(width, style.rich_style))
            lines.append(Strip.blank(width, style.rich_style))
        self._page_lines, self._starts = lines, starts
        self.virtual_size = Size(width, len(lines))

    def _label(self, index: int, width: int) -> Strip:
        passage = self.passages[index]
        if index == self.cursor:
            label = literal(f"▶ {passage.id} · {passage.kind}", "bold reverse")
        else:
            label = literal(f"{passage.id} · {passage.kind}", "$text-muted")
        strips = Visual.to_strips(
            self, label.truncate(width, ellipsis=True), width, 1, self.visual_style
        )
        # No strip at all while the view has no width yet (drawn before its first layout).
        return strips[0] if strips else Strip.blank(width, self.visual_style.rich_style)

    def render_line(self, y: int) -> Strip:
        self._layout()
        line = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        rich_style = self.visual_style.rich_style
        if 0 <= line < len(self._page_lines):
            item = self._page_lines[line]
            strip = self._label(item, width) if isinstance(item, int) else item
            return strip.crop_extend(0, width, rich_style)
        return Strip.blank(width, rich_style)

    def on_resize(self) -> None:
        self._layout_key = None
        self._layout()

    def _set_cursor(self, index: int) -> None:
        if not self.passages:
            return
        self.cursor = max(0, min(len(self.passages) - 1, index))
        self._layout()
        top = self._starts[self.cursor - self.page * PAGE]
        bottom = len(self._page_lines)
        following = self.cursor - self.page * PAGE + 1
        if following < len(self._starts):
            bottom = self._starts[following]
        height = self.scrollable_content_region.height
        if top < self.scroll_offset.y:
            self.scroll_to(y=top, animate=False)
        elif bottom > self.scroll_offset.y + height:
            self.scroll_to(y=min(top, bottom - height), animate=False)
        self.refresh()

    def action_move(self, step: int) -> None:
        self._set_cursor(self.cursor + step)

    def action_jump(self, index: int) -> None:
        self._set_cursor(index if index >= 0 else len(self.passages) - 1)

    def action_page(self, step: int) -> None:
        self._set_cursor((self.page + step) * PAGE)
        self.scroll_to(y=0, animate=False)

    @property
    def current(self) -> Passage | None:
        return self.passages[self.cursor] if self.passages else None

    def action_open(self) -> None:
        if self.current is not None:
            self.post_message(OpenPassage(self.current.id))

    def action_copy_passage(self) -> None:
        passage = self.current
        if passage is None:
            return
        where = f"{self.where or passage.source}, {passage.id}"
        self.app.copy_to_clipboard(f"“{passage.text}”\n— {where}")
        self.notify("Copied with its citation.", markup=False)
