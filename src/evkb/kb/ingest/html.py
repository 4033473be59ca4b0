"""A saved web page -> its article's paragraphs and metadata, by trafilatura's main-text extractor.

trafilatura was chosen by measurement against readability-lxml, jusText and a plain text dump
(tests/bench/bench_ingest.py prints the table): it keeps the article's paragraphs and drops
navigation, related boxes, sidebars, comments and footers, and it reads title, author, site
name, url and date from the page's metadata. Its date search is limited to what the page marks
up as a date: a date merely mentioned in the text is not a publication date.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache
from urllib.parse import urlsplit

from evkb.kb.extract.passages import heading_line
from evkb.kb.ingest.metadata import checked

# The HTML standard reads a <meta charset> within the first 1024 bytes; saved pages often put
# a long <script> or comment first, so look a little further.
_PRESCAN_BYTES = 8192
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
# What browsers decode these labels as (WHATWG Encoding standard): windows-1252, a superset.
_LATIN1_LABELS = {
    "iso-8859-1",
    "iso8859-1",
    "latin1",
    "latin-1",
    "l1",
    "us-ascii",
    "ascii",
    "cp819",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# An article has this much prose (sentences of a few words at least).
_MIN_PROSE_CHARS = 200
_MIN_SENTENCE_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*(?:\s|$)")

NO_ARTICLE = "no article found in this page (an index, a login wall or an empty page?)"


def declared_encoding(data: bytes) -> str | None:
    """The encoding a page declares by its BOM or its <meta charset>, if Python knows it."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    match = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    if label in _LATIN1_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_page(data: bytes) -> tuple[str, list[str]]:
    """The page as text, in the encoding it declares, else UTF-8, else windows-1252."""
    encoding = declared_encoding(data)
    notes: list[str] = []
    if encoding is None:
        try:
            return data.decode("utf-8"), notes
        except UnicodeDecodeError:
            encoding = "cp1252"  # what browsers fall back to for an undeclared Western page
            notes.append("no encoding declared and not UTF-8: read as windows-1252")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        notes.append(f"not {encoding} at byte {error.start} (replaced)")
        text = data.decode(encoding, "replace")
    return text.removeprefix("\ufeff"), notes


@lru_cache(maxsize=1)
def _config():
    from trafilatura.settings import use_config

    config = use_config()
    # The size limit is evkb's to set (the same for pages as for texts), not the extractor's.
    config.set("DEFAULT", "MAX_FILE_SIZE", str(1 << 40))
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def _block_text(element) -> str:
    # Most blocks are one text node: reading it directly halves the cost on a page of many.
    text = element.text if len(element) == 0 else "".join(element.itertext())
    return " ".join((text or "").split())


def _heading_level(element) -> int:
    """A heading's level from the tag it was (trafilatura keeps it as rend="h2"); h3 if unsaid."""
    rend = element.get("rend") or ""
    return int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 3


def _paragraphs(body) -> list[str]:
    """The extracted body as paragraphs: headings (marked "## " by their level, see
    `heading_line`), paragraphs, list items, quotes, table rows."""
    paragraphs: list[str] = []
    for element in body:
        tag = element.tag
        if tag == "head":
            text = _block_text(element)
            if text:
                paragraphs.append(heading_line(text, _heading_level(element)))
        elif tag == "list":
            for item in element.iter("item"):
                text = _block_text(item)
                if text:
                    paragraphs.append(f"- {text}")
        elif tag == "table":
            for row in element.iter("row"):
                cells = [_block_text(cell) for cell in row.iter("cell")]
                if any(cells):
                    paragraphs.append(" | ".join(cells))
        elif tag == "p" and len(element) and element.find(".//lb") is not None:
            # A line break inside a paragraph separates lines that do not run on (an address).
            lines = []
            line: list[str] = [element.text or ""]
            for child in element:
                if child.tag == "lb":
                    lines.append(line)
                    line = [child.tail or ""]
                else:
                    line += ["".join(child.itertext()), child.tail or ""]
            lines.append(line)
            paragraphs += [t for t in (" ".join("".join(part).split()) for part in lines) if t]
        elif tag != "graphic":
            text = _block_text(element)
            if text:
                paragraphs.append(text)
    return paragraphs


def is_article(paragraphs: list[str]) -> bool:
    """Whether the paragraphs hold prose: sentences, not only a list of links or headlines."""
    prose = 0
    for p in paragraphs:
        if (
            not p.startswith(("- ", "#"))  # list items and headings are not prose
            and _SENTENCE_END.search(p)
            and len(p.split()) >= _MIN_SENTENCE_WORDS
        ):
            prose += len(p)
            if prose >= _MIN_PROSE_CHARS:
                return True  # enough: a page of many paragraphs is not read twice
    return False


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


# A page with more paragraphs than this in one element is read in parts of this many: the
# extractor's XPath evaluation (libxml2) grows with the square of the paragraphs, and a 20 MB
# page of 160,000 paragraphs took 77 s whole against 22 s to build the same text. In parts the
# cost is linear: parts of 500, 1,000 and 2,000 paragraphs cost the same (bench_ingest.py).
_PART_PARAGRAPHS = 2000
_PARAGRAPH_TAG = re.compile(r"<p[\s>]", re.IGNORECASE)


def _tree(page: str):
    from lxml import html

    return html.document_fromstring(page)


def _parts(page: str, tree) -> list[str]:
    """The page, or for a page of very many paragraphs, one page per run of them.

    Each part is the whole page (head, navigation, footer) with only a run of the biggest
    paragraph container's children, so the extractor sees the same page furniture each time.
    `tree` is the parsed page, left as it was.
    """
    if sum(1 for _ in _PARAGRAPH_TAG.finditer(page)) < 2 * _PART_PARAGRAPHS:
        return [page]
    from collections import Counter

    from lxml import html

    held = Counter(p.getparent() for p in tree.iter("p"))
    container, count = held.most_common(1)[0]
    if container is None or count < 2 * _PART_PARAGRAPHS:
        return [page]
    children = list(container)
    count = -(-len(children) // _PART_PARAGRAPHS)
    size = -(-len(children) // count)  # parts of even size: no short last part to misjudge
    parts = []
    for start in range(0, len(children), size):
        container[:] = children[start : start + size]
        parts.append(html.tostring(tree, encoding="unicode"))
    container[:] = children
    return parts


# The blocks a heading sits between, as the page has them.
_BLOCKS = "p li blockquote pre td th dd dt figcaption".split()
_NEAREST_BLOCK = {
    axis: f"{axis}::*[{' or '.join(f'self::{tag}' for tag in _BLOCKS)}][normalize-space()][1]"
    for axis in ("preceding", "following")
}
_FURNITURE_CONTAINERS = frozenset({"nav", "aside", "footer", "form", "header"})


def _line(element, last: bool) -> str:
    """The first (or last) line of a block: a line break splits it into paragraphs."""
    if element.find(".//br") is None:
        return _block_text(element)
    from copy import deepcopy

    element = deepcopy(element)
    for br in element.iter("br"):
        br.tail = "\ue000" + (br.tail or "")  # a character no page text carries
    lines = [t for t in (" ".join(t.split()) for t in _block_text(element).split("\ue000")) if t]
    return (lines[-1] if last else lines[0]) if lines else ""


def _restore_headings(tree, paragraphs: list[str]) -> list[str]:
    """The paragraphs with the page's headings put back where the extractor dropped them all.

    trafilatura keeps the headings of an article it recognises (and then its choices stand),
    but a page it reads by its loose paragraphs (a press release without an <article>) loses
    every heading. A heading of the page goes back only where it sits between two paragraphs
    that follow each other in the extracted text, so a heading of something left out (a
    related box, comments, a sidebar) stays out.
    """
    if any(p.startswith("#") for p in paragraphs):
        return paragraphs
    headings = [
        h
        for h in tree.iter("h1", "h2", "h3", "h4", "h5", "h6")
        if not any(a.tag in _FURNITURE_CONTAINERS for a in h.iterancestors())
    ]
    position: dict[str, int] = {}
    inserts: dict[int, str] = {}
    for heading in headings:
        text = _block_text(heading)
        before = heading.xpath(_NEAREST_BLOCK["preceding"]) if text else []
        after = heading.xpath(_NEAREST_BLOCK["following"]) if before else []
        if not after:
            continue
        if not position:
            for index, paragraph in reversed(list(enumerate(paragraphs))):
                position[paragraph.removeprefix("- ")] = index  # the first of equal ones
        at = position.get(_line(after[0], last=False), 0)
        if at and paragraphs[at - 1].removeprefix("- ") == _line(before[0], last=True):
            inserts.setdefault(at, heading_line(text, int(heading.tag[1])))
    if not inserts:
        return paragraphs
    restored: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if index in inserts:
            restored.append(inserts[index])
        restored.append(paragraph)
    return restored


def _extract(page: str, whole: bool = True, favor_precision: bool = False):
    """trafilatura's extraction; a later part of a long page needs no metadata or second opinion."""
    import trafilatura

    return trafilatura.bare_extraction(
        page,
        output_format="txt",  # not "python": its whole text would be made and never read
        fast=not whole,
        with_metadata=whole,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        favor_precision=favor_precision,
        date_extraction_params={"extensive_search": False, "original_date": True},
        config=_config(),
    )


def extract_page(
    data: bytes, favor_precision: bool = False
) -> tuple[str, dict[str, str], list[str]]:
    """(article text, checked metadata, notes) of a saved page; ValueError if it has no article.

    `favor_precision` is trafilatura's setting that drops more doubtful blocks; it is off because
    it also dropped a standfirst, while what it keeps out otherwise (a "Read more" promo line)
    the passage classifier marks as furniture (see tests/bench/bench_ingest.py).
    """
    page, notes = decode_page(data)
    tree = _tree(page)
    parts = _parts(page, tree)
    document = _extract(parts[0], favor_precision=favor_precision)
    body = getattr(document, "body", None)
    if document is None or body is None:
        raise ValueError(NO_ARTICLE)
    paragraphs = _paragraphs(body)
    for part in parts[1:]:
        more = getattr(_extract(part, False, favor_precision), "body", None)
        if more is not None:
            paragraphs += _paragraphs(more)
    paragraphs = _restore_headings(tree, paragraphs)
    title = document.title or ""
    if paragraphs and title and _same(paragraphs[0].lstrip("#"), title):
        paragraphs = paragraphs[1:]  # the headline: it is the source's title in sources.toml
    if not is_article(paragraphs):
        raise ValueError(NO_ARTICLE)
    publisher = document.sitename or ""
    url = document.url or ""
    host = urlsplit(url).hostname or ""
    if publisher and host and publisher.lower().removeprefix("www.") == host.removeprefix("www."):
        publisher = ""  # made from the url, not stated by the page
    raw = {
        "title": title,
        "author": document.author,
        "publisher": publisher,
        "url": url,
        "published": document.date,
    }
    return "\n\n".join(paragraphs) + "\n", checked(raw), notes
