"""Main-text extractors measured on the saved pages of tests/fixtures/pages; prints the tables.

    .venv/bin/pip install readability-lxml   # the alternative measured (alone: pip's resolver
                                             # trips over its lxml extra beside trafilatura's)
    .venv/bin/python tests/bench/bench_ingest.py          # quality table, then page sizes
    .venv/bin/python tests/bench/bench_ingest.py --quick  # quality table only

For each extractor and page: the share of the article's sentences it keeps, the furniture
words it lets through (navigation, related box, sidebar, comments, footer, scripts), whether
its figures equal those of the article's plain text, whether it refuses the index page, the
metadata fields it gets right, and its time. Then the cost of a 20 MB page against a 20 MB text
(`evkb add`'s two stages, wall and CPU seconds, the CPU figure being the one to compare on a
shared machine), and the same 20 MB page read by each extractor in a process of its own, cut off
after `--peer-limit` seconds (default 120).
"""

from __future__ import annotations

import base64
import os
import re
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

import tomli

from evkb.kb.extract import NameMatcher, extract_claims, split_passages
from evkb.kb.ingest.html import decode_page, extract_page, is_article

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
EXPECTED = tomli.loads((PAGES / "expected.toml").read_text(encoding="utf-8"))
_SENTENCE = re.compile(r"(?<=[.!?\u201d])\s+(?=[A-Z\u201c])")


class _TextDump(HTMLParser):
    """Every text node outside <script>, <style>, <noscript> and <head>: no selection at all."""

    SKIP = frozenset({"script", "style", "noscript", "head", "template"})
    BLOCK = frozenset(
        [
            "p",
            "div",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "br",
            "tr",
            "section",
            "article",
            "aside",
            "header",
            "footer",
            "nav",
            "ul",
            "ol",
            "form",
            "main",
        ]
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def stdlib_dump(data: bytes) -> tuple[list[str], dict]:
    parser = _TextDump()
    parser.feed(decode_page(data)[0])
    return _paragraphs("".join(parser.parts)), {}


def readability(data: bytes) -> tuple[list[str], dict]:
    from readability import Document

    document = Document(decode_page(data)[0])
    parser = _TextDump()
    parser.feed(document.summary(html_partial=True))
    paragraphs, title = _paragraphs("".join(parser.parts)), document.short_title()
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the headline, as evkb drops it after trafilatura
    return paragraphs, {"title": title}


def justext_paragraphs(data: bytes, **settings) -> tuple[list[str], dict]:
    import justext

    found = justext.justext(decode_page(data)[0], justext.get_stoplist("English"), **settings)
    return [" ".join(p.text.split()) for p in found if not p.is_boilerplate], {}


def justext_short(data: bytes) -> tuple[list[str], dict]:
    """jusText set for news copy, whose paragraphs are one or two sentences long."""
    return justext_paragraphs(data, length_low=40, length_high=100)


def trafilatura_evkb(data: bytes, favor_precision: bool = False) -> tuple[list[str], dict]:
    try:
        text, metadata, _ = extract_page(data, favor_precision=favor_precision)
    except ValueError:
        return [], {}
    return _paragraphs(text), metadata


def trafilatura_precision(data: bytes) -> tuple[list[str], dict]:
    return trafilatura_evkb(data, favor_precision=True)


EXTRACTORS = {
    "trafilatura (evkb)": trafilatura_evkb,
    "trafilatura, precision": trafilatura_precision,
    "readability-lxml": readability,
    "jusText": justext_paragraphs,
    "jusText, short paras": justext_short,
    "html.parser dump": stdlib_dump,
}


def _figures(text: str) -> list[tuple[float, str]]:
    claims = extract_claims("page", split_passages("page", text), NameMatcher({}))
    return sorted((q.value, q.unit) for claim in claims for q in claim.quantities)


def _claim_text(text: str) -> str:
    """The passages claims are taken from (body and headings), not those marked as furniture."""
    kinds = {"body", "heading"}
    return "\n".join(p.text for p in split_passages("page", text) if p.kind in kinds)


def quality_table() -> None:
    pages = sorted(EXPECTED["page"])
    furniture = [w.casefold() for w in EXPECTED["furniture"]["words"]]
    print(f"{len(pages)} article pages + {len(EXPECTED['refused']['pages'])} index page(s)")
    header = (
        f"{'extractor':22} {'sentences kept':>14} {'furniture':>9} {'in claims':>9} "
        f"{'figures =':>9} {'index refused':>13} {'metadata':>8} {'ms/page':>8}"
    )
    print(header)
    print("-" * len(header))
    for name, extract in EXTRACTORS.items():
        try:
            extract((PAGES / f"{pages[0]}.html").read_bytes())  # imports outside the timing
        except ImportError as exc:
            print(f"{name:22} not installed ({exc.name})")
            continue
        kept = total = leaked = claimed = same_figures = right_fields = fields = 0
        elapsed = 0.0
        for page in pages:
            data = (PAGES / f"{page}.html").read_bytes()
            expected = (PAGES / f"{page}.expected.txt").read_text(encoding="utf-8")
            start = time.perf_counter()
            paragraphs, metadata = extract(data)
            elapsed += time.perf_counter() - start
            text = "\n\n".join(paragraphs)
            flat = " ".join(text.split())
            sentences = [s for p in _paragraphs(expected) for s in _SENTENCE.split(p)]
            total += len(sentences)
            kept += sum(1 for s in sentences if s in flat)
            leaked += sum(1 for w in furniture if w in text.casefold())
            claimed += sum(1 for w in furniture if w in _claim_text(text).casefold())
            same_figures += _figures(text) == _figures(expected)
            wanted = EXPECTED["page"][page]
            fields += len(wanted)
            right_fields += sum(1 for k, v in wanted.items() if metadata.get(k) == v)
        refused = sum(
            1
            for page in EXPECTED["refused"]["pages"]
            if not is_article(extract((PAGES / f"{page}.html").read_bytes())[0])
        )
        print(
            f"{name:22} {kept:>6}/{total:<3} {100 * kept / total:3.0f}% {leaked:>9} {claimed:>9} "
            f"{same_figures:>5}/{len(pages):<3} {refused:>9}/{len(EXPECTED['refused']['pages']):<3} "
            f"{right_fields:>4}/{fields:<3} {1000 * elapsed / len(pages):8.1f}"
        )


def _timed(work, *args):
    """(result, wall seconds, CPU seconds of this process)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = work(*args)
    return result, time.perf_counter() - start, time.process_time() - cpu


def _big_page(megabytes: int) -> tuple[str, list[str]]:
    """The news page with `megabytes` of short <p> paragraphs in its article, and those <p>s."""
    size = megabytes * 1_000_000
    page = (PAGES / "news.html").read_text(encoding="utf-8")
    paragraphs: list[str] = []
    n = total = 0
    while total < size:
        paragraphs.append(
            f"<p>Paragraph {n}: the firm will spend ${n % 90 + 1}.2 billion on a plant making "
            f"{n % 50 + 5} GWh a year of cells for {n * 3 % 900 + 100},000 cars in {2025 + n % 10}.</p>\n"
        )
        total += len(paragraphs[-1])
        n += 1
    article = page.replace(
        '<div class="article-body">', '<div class="article-body">' + "".join(paragraphs)
    )
    return article, paragraphs


def _peer_read(name: str, path: str) -> None:
    """Read the page at `path` with one extractor and print its wall and CPU seconds."""
    data = Path(path).read_bytes()
    EXTRACTORS[name]((PAGES / "news.html").read_bytes())  # imports outside the timing
    (paragraphs, _), wall, cpu = _timed(EXTRACTORS[name], data)
    print(f"{wall:.2f} {cpu:.2f} {len(paragraphs)}")


def peers_table(article: str, limit: float) -> None:
    """The big page read by each extractor, each in a fresh process cut off after `limit` s."""
    print()
    print(f"{'the same page, read by':44} {'read s':>7} {'cpu s':>7} {'paragraphs':>10}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.html"
        path.write_text(article, encoding="utf-8")
        for name in EXTRACTORS:
            if name == "trafilatura, precision":
                continue  # the same extractor, as costly
            command = [sys.executable, __file__, "--peer", name, str(path)]
            try:
                done = subprocess.run(
                    command, capture_output=True, text=True, timeout=limit, check=False
                )
            except subprocess.TimeoutExpired:
                print(f"{name:44} {'> ' + str(int(limit)):>7}")
                continue
            if done.returncode:
                print(f"{name:44} failed: {done.stderr.strip().splitlines()[-1:]}")
                continue
            wall, cpu, count = done.stdout.split()
            print(f"{name:44} {float(wall):7.2f} {float(cpu):7.2f} {int(count):>10}")


def size_table(megabytes: int = 20) -> str:
    """`evkb add`'s two stages for a big page and a big text: reading the document, building.

    Returns the big page of paragraphs, for the extractors' table.
    """
    from evkb.kb.build import build_kb
    from evkb.kb.extract import read_text
    from evkb.kb.ingest import read_document

    size = megabytes * 1_000_000
    page = (PAGES / "news.html").read_text(encoding="utf-8")
    blob = base64.b64encode(os.urandom(600_000)).decode()
    inline = [f'<img src="data:image/png;base64,{blob}">', f"<script>var s = '{blob}';</script>"]
    resources = page.replace("</main>", "</main>" + "".join(inline * (size // (2 * len(blob)) + 1)))
    article, paragraphs = _big_page(megabytes)
    n = len(paragraphs)
    text = "\n\n".join(p[3:-5] for p in paragraphs).encode()
    read_document("p.html", page.encode())  # the extractor's imports outside the timing
    print()
    print(
        f"{'document':44} {'MB':>5} {'read s':>7} {'build s':>8} {'total s':>8} "
        f"{'cpu s':>7} {'x text':>7}"
    )
    cases = [
        (f"text, {n} paragraphs", text, lambda d: read_text(d)[0]),
        (
            "page: news + inline images/scripts",
            resources.encode(),
            lambda d: read_document("p.html", d).text,
        ),
        (
            f"page: the same {n} paragraphs in <p>",
            article.encode(),
            lambda d: read_document("p.html", d).text,
        ),
    ]
    text_cpu = 0.0
    for label, data, read in cases:
        extracted, read_s, read_cpu = _timed(read, data)
        with tempfile.TemporaryDirectory() as folder:
            kb = Path(folder)
            (kb / "sources").mkdir()
            (kb / "curated").mkdir()
            (kb / "sources" / "doc.txt").write_text(extracted, encoding="utf-8")
            _, build_s, build_cpu = _timed(build_kb, kb)
        cpu = read_cpu + build_cpu
        text_cpu = text_cpu or cpu
        print(
            f"{label:44} {len(data) / 1e6:5.1f} {read_s:7.2f} {build_s:8.2f} "
            f"{read_s + build_s:8.2f} {cpu:7.2f} {cpu / text_cpu:7.2f}"
        )
    return article


if __name__ == "__main__":
    if sys.argv[1:2] == ["--peer"]:
        _peer_read(sys.argv[2], sys.argv[3])
    else:
        quality_table()
        if "--quick" not in sys.argv:
            limit = 120.0
            if "--peer-limit" in sys.argv:
                limit = float(sys.argv[sys.argv.index("--peer-limit") + 1])
            peers_table(size_table(), limit)
