"""A Markdown article -> plain paragraphs (headings, list items, quotes) and its front matter.

markdown-it-py (CommonMark) reads the structure; it is already installed as Rich's own parser.
Links and emphasis read as their text, images and raw HTML are dropped, headings keep a
Markdown mark of their level ("## ") that the passage splitter reads, and a YAML-style
front matter block (`key: value` lines between `---`) fills title, author, publisher, url and
published date.
"""

from __future__ import annotations

import re

from evkb.kb.extract.passages import heading_line
from evkb.kb.ingest.metadata import checked

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_KEY_VALUE = re.compile(r"^([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$")
# Front-matter keys of common static-site generators, by the manifest field they fill.
_KEYS = {
    "title": "title",
    "author": "author",
    "byline": "author",
    "publisher": "publisher",
    "site": "publisher",
    "site_name": "publisher",
    "sitename": "publisher",
    "source": "publisher",
    "url": "url",
    "link": "url",
    "canonical_url": "url",
    "source_url": "url",
    "date": "published",
    "published": "published",
    "published_date": "published",
    "pubdate": "published",
}


def looks_like_front_matter(text: str) -> bool:
    match = _FRONT_MATTER.match(text)
    return bool(
        match
        and match.group(1)
        and all(
            _KEY_VALUE.match(line) or not line.strip() or line.startswith((" ", "-", "#"))
            for line in match.group(1).splitlines()
        )
    )


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """(the manifest fields the front matter states, the text after it)."""
    match = _FRONT_MATTER.match(text)
    if not match or not looks_like_front_matter(text):
        return {}, text
    found: dict[str, str] = {}
    for line in (match.group(1) or "").splitlines():
        pair = _KEY_VALUE.match(line)
        if not pair:
            continue
        field = _KEYS.get(pair.group(1).lower().replace("-", "_"))
        value = pair.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if value[:1] in ("[", "{", "|", ">"):
            continue  # a list, a mapping or a block: not one plain value
        if field and value and field not in found:
            found[field] = value
    return found, text[match.end() :]


def _inline_text(token) -> str:
    parts = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())


def _paragraphs(body: str) -> tuple[list[str], list[str]]:
    """(paragraphs of the text, the level-1 headings among them)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    paragraphs: list[str] = []
    titles: list[str] = []
    lists: list[str] = []  # the marker of each open list, innermost last
    row: list[str] | None = None
    for index, token in enumerate(tokens):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists.append("-" if kind == "bullet_list_open" else "1.")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            if any(row):
                paragraphs.append(" | ".join(row))
            row = None
        elif kind == "inline":
            text = _inline_text(token)
            opener = tokens[index - 1].type if index else ""
            if row is not None:
                row.append(text)
            elif not text:
                continue
            elif opener == "heading_open":
                level = int(tokens[index - 1].tag[1:])
                if level == 1:
                    titles.append(text)
                paragraphs.append(heading_line(text, level))
            elif lists:
                paragraphs.append(f"{lists[-1]} {text}")
            else:
                paragraphs.append(text)
        elif kind in ("fence", "code_block"):
            paragraphs += [line.strip() for line in token.content.splitlines() if line.strip()]
    return paragraphs, titles


def extract_markdown(text: str) -> tuple[str, dict[str, str]]:
    """(article text, checked metadata) of a Markdown document."""
    found, body = front_matter(text)
    paragraphs, titles = _paragraphs(body)
    opening = heading_line(titles[0], 1) if titles else None
    if "title" not in found and paragraphs and paragraphs[0] == opening:
        found["title"] = titles[0]  # the document opens with its title
    if (
        paragraphs
        and "title" in found
        and paragraphs[0]
        in (
            found["title"],
            heading_line(found["title"], 1),
        )
    ):
        paragraphs = paragraphs[1:]  # kept in sources.toml, not as a passage of its own
    if not paragraphs:
        raise ValueError("empty file: no text")
    return "\n\n".join(paragraphs) + "\n", checked(found)
