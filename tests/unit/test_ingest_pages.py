"""Saved web pages: the article's paragraphs and the page's metadata, never its furniture."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import tomli

from evkb.cli import main
from evkb.kb.extract import NameMatcher, extract_claims, split_passages
from evkb.kb.ingest import detect_format, read_document
from evkb.kb.ingest.html import NO_ARTICLE, declared_encoding
from evkb.kb.ingest.metadata import checked, clean_author, clean_date
from evkb.model import BODY, HEADING

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"

# What each page states about itself, and the words of its furniture.
EXPECTED = tomli.loads((PAGES / "expected.toml").read_text(encoding="utf-8"))
METADATA = EXPECTED["page"]
FURNITURE = EXPECTED["furniture"]["words"]


HEADINGS = EXPECTED["headings"]
_MARK = re.compile(r"^#{1,6} ")


def _paragraphs(text: str) -> list[str]:
    """The paragraphs of a text, a heading's mark left out."""
    return [_MARK.sub("", p.strip()) for p in text.split("\n\n") if p.strip()]


def _marked(text: str) -> list[str]:
    return [_MARK.sub("", p) for p in text.split("\n\n") if _MARK.match(p)]


def _figures(source: str, text: str) -> list[tuple[float, str, str]]:
    claims = extract_claims(source, split_passages(source, text), NameMatcher({}))
    return [(q.value, q.unit, q.text) for claim in claims for q in claim.quantities]


@pytest.mark.parametrize("name", sorted(METADATA))
def test_a_page_gives_its_article_and_its_metadata(name):
    document = read_document(f"{name}.html", (PAGES / f"{name}.html").read_bytes())
    expected = (PAGES / f"{name}.expected.txt").read_text(encoding="utf-8")
    assert document.format == "html"
    assert document.metadata == METADATA[name]
    article = _paragraphs(expected)
    assert [p for p in _paragraphs(document.text) if p in article] == article
    # What the extractor let through besides is furniture the passage classifier marks so.
    passages = split_passages(name, document.text)
    extra = [p for p in passages if p.text not in article]
    assert all(p.kind not in (BODY, HEADING) for p in extra), extra
    claimed = " ".join(p.text for p in passages if p.kind in (BODY, HEADING)).casefold()
    for word in FURNITURE:
        assert word.casefold() not in claimed, word
    # the page's figures are the article text's figures, no more and no fewer
    assert _figures(name, document.text) == _figures(name, expected)
    assert document.original == (PAGES / f"{name}.html").read_bytes()
    # the headings the page marks stay marked, and are heading passages whatever their length
    assert _marked(document.text) == HEADINGS.get(name, [])
    kinds = {p.text: p.kind for p in passages}
    assert all(kinds[heading] == HEADING for heading in HEADINGS.get(name, []))


def test_a_marked_heading_is_a_heading_and_its_passage_is_the_stored_text():
    document = read_document("plant.html", (PAGES / "plant.html").read_bytes())
    passages = split_passages("plant", document.text)
    headings = [p for p in passages if p.kind == HEADING]
    assert [p.text for p in headings] == HEADINGS["plant"]
    for passage in passages:  # the mark is outside every passage: quotes cite the stored text
        assert document.text[passage.start : passage.end] == passage.text
    for heading in headings:
        assert document.text[heading.start - 3 : heading.start] == "## "
    body = [p for p in passages if p.kind == BODY]
    assert [p.heading for p in body[2:]] == [headings[0].id] * 2 + [headings[1].id] * 2
    # The same article as plain text, nothing marked, keeps the plain-text reading: long
    # sentence-case lines and long questions are prose there.
    plain = split_passages("plant", (PAGES / "plant.expected.txt").read_text(encoding="utf-8"))
    assert {p.text: p.kind for p in plain}[HEADINGS["plant"][0]] == BODY
    assert [p.text for p in plain] == [p.text for p in passages]


def test_headings_the_extractor_drops_go_back_only_between_two_kept_paragraphs():
    sentence = "The plant will make {} GWh a year of cells from 2028 onwards, the firm said today."
    paragraphs = [f"<p>{sentence.format(n)}</p>" for n in range(6)]
    page = (
        "<html><head><title>Cells</title></head><body><div class='x'>"
        + "".join(paragraphs[:3])
        + "<h2>Where the cells will go once the plant reaches its full output in 2030</h2>"
        + "".join(paragraphs[3:])
        + "<h3>More on batteries</h3><ul><li><a href='/a'>Zentor raises $900 million</a></li>"
        "<li><a href='/b'>Quillfast recalls scooters</a></li></ul>"
        "</div><aside><h2>Most read</h2><p>A sidebar paragraph, long enough to be prose here.</p>"
        "</aside></body></html>"
    ).encode()
    text = read_document("p.html", page).text
    assert _marked(text) == [
        "Where the cells will go once the plant reaches its full output in 2030"
    ]
    assert "More on batteries" not in text and "Most read" not in text
    assert text.index("## Where") == text.index("The plant will make 3") - len(
        "## Where the cells will go once the plant reaches its full output in 2030\n\n"
    )


def test_a_markdown_article_reads_as_the_same_article_as_its_page():
    page = read_document("plant.html", (PAGES / "plant.html").read_bytes())
    markdown = read_document("plant.md", (PAGES / "plant.md").read_bytes())
    assert markdown.format == "markdown"
    assert (markdown.text, markdown.metadata) == (page.text, page.metadata)


@pytest.mark.parametrize("name", EXPECTED["refused"]["pages"])
def test_an_index_page_is_refused(name):
    with pytest.raises(ValueError) as refused:
        read_document(f"{name}.html", (PAGES / f"{name}.html").read_bytes())
    assert str(refused.value) == NO_ARTICLE


@pytest.mark.parametrize(
    "page",
    [
        b"<html><body><p>Please log in to continue reading.</p><form><input></form></body></html>",
        b"<html><head><title>Empty</title></head><body></body></html>",
        b"<html><body><script>var a = 'It will spend $5 billion on cells in 2030.';</script></body></html>",
    ],
)
def test_a_page_without_an_article_is_refused(page):
    with pytest.raises(ValueError, match="no article found"):
        read_document("page.html", page)


def test_the_declared_encoding_is_read():
    data = (PAGES / "cp1252.html").read_bytes()
    assert b"\x80" in data  # the euro sign, as windows-1252 writes it
    assert declared_encoding(data) == "cp1252"
    # Browsers read a page labelled latin-1 as windows-1252, and so does evkb.
    latin = data.replace(b'charset="windows-1252"', b'charset="ISO-8859-1"')
    assert declared_encoding(latin) == "cp1252"
    assert "€1.5 billion" in read_document("p.html", latin).text
    http_equiv = b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    assert declared_encoding(http_equiv) == "cp1252"
    assert declared_encoding(b"\xef\xbb\xbf<html>") == "utf-8"


def test_scripts_and_styles_never_reach_the_text():
    sentence = "The plant will make cells with a capacity of 30 GWh a year from 2028 onwards, the firm said."
    body = "".join(
        f"<p>{sentence} Paragraph {n}.</p><script>evil{n}('$4 billion')</script>" for n in range(6)
    )
    page = (
        "<html><head><style>p::after{content:'styled'}</style><script>tracker()</script></head>"
        f"<body><article>{body}<noscript>enable javascript</noscript>"
        "<style>.x{color:red}</style></article></body></html>"
    ).encode()
    text = read_document("p.html", page).text
    assert text.count("30 GWh") == 6
    for word in ("evil", "$4 billion", "tracker", "styled", "color", "javascript"):
        assert word not in text


def test_the_format_comes_from_the_content_as_well_as_the_name():
    page = (PAGES / "news.html").read_bytes()
    assert detect_format("saved.txt", page) == "html"
    assert detect_format("saved", page) == "html"
    assert detect_format("notes.html", b"Plain words, no tags at all.\n") == "text"
    assert (
        detect_format("notes.txt", b"---\ntitle: A post\ndate: 2025-01-02\n---\n\nText.\n")
        == "markdown"
    )
    assert detect_format("notes.txt", b"--- a separator, then text\n") == "text"
    assert detect_format("notes.md", b"Text.\n") == "markdown"
    assert detect_format("page.htm", b"<p>A fragment</p>") == "html"


def test_metadata_is_checked_before_it_is_kept():
    assert clean_author("Staff Writer; April 2") == ""
    assert clean_author("Jo Li | 12:30 GMT") == ""
    assert clean_author("By the newsdesk, 3 June") == ""
    assert clean_author("Renée Dubois") == "Renée Dubois"
    assert clean_date("2025-02-30") == "" and clean_date("2025-02-03T10:00") == "2025-02-03"
    assert checked({"url": "javascript:alert(1)", "title": " A\x1b[31m  title\n"}) == {
        "title": "A [31m title"
    }


# -- evkb add, end to end ---------------------------------------------------------------------


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    folder = tmp_path / "kb"
    (folder / "sources").mkdir(parents=True)
    (folder / "curated").mkdir()
    return folder


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _export(capsys, kb: Path) -> dict:
    code, out, err = run(capsys, "export", "--kb", str(kb))
    assert code == 0, err
    return json.loads(out)


def test_add_a_page_gives_the_claims_of_its_text(tmp_path, kb, capsys):
    code, _, err = run(capsys, "add", "--kb", str(kb), str(PAGES / "news.html"))
    assert code == 0, err
    assert (kb / "sources" / "news.txt").read_text(encoding="utf-8") == (
        PAGES / "news.expected.txt"
    ).read_text(encoding="utf-8")
    assert (kb / "sources" / "originals" / "news.html").read_bytes() == (
        PAGES / "news.html"
    ).read_bytes()
    assert not (
        kb / "sources" / "originals" / "news_files"
    ).exists()  # the page's own folder is not copied
    data = _export(capsys, kb)
    assert data["sources"][0]["title"] == METADATA["news"]["title"]
    assert data["sources"][0]["published"] == "2025-03-14"
    assert data["sources"][0]["author"] == "Maria Okafor"
    # The same article as plain text, in another folder, makes the same claims.
    other = tmp_path / "other"
    (other / "sources").mkdir(parents=True)
    (other / "curated").mkdir()
    text = other / "news.txt"
    text.write_bytes((PAGES / "news.expected.txt").read_bytes())
    assert run(capsys, "add", "--kb", str(other), str(text))[0] == 0
    plain = _export(capsys, other)
    assert data["claims"] == plain["claims"]
    assert data["passages"] == plain["passages"]
    # nothing of the page's furniture became a claim or a candidate
    assert {c["name"] for c in data["candidates"]} == {c["name"] for c in plain["candidates"]}
    # the originals folder is no source, and it breaks nothing
    code, _, err = run(capsys, "check", "--kb", str(kb))
    assert code == 0, err
    assert "originals" not in err
    assert run(capsys, "build", "--kb", str(kb))[0] == 0
    # the same page again is refused
    code, _, err = run(capsys, "add", "--kb", str(kb), str(PAGES / "news.html"))
    assert code == 1 and "already in the knowledge base as 'news'" in err


def test_add_refuses_an_index_page_in_one_line_and_changes_nothing(kb, capsys):
    before = sorted(p.name for p in kb.rglob("*"))
    code, out, err = run(capsys, "add", "--kb", str(kb), str(PAGES / "index.html"))
    assert code == 1 and out == ""
    assert err == f"evkb: {PAGES / 'index.html'}: {NO_ARTICLE}\n"
    assert sorted(p.name for p in kb.rglob("*")) == before


def test_add_appends_metadata_and_keeps_what_the_manifest_said(kb, capsys):
    manifest = kb / "sources" / "sources.toml"
    (kb / "sources" / "mine.txt").write_text(
        "An article of my own about cells and packs.\n", encoding="utf-8"
    )
    manifest.write_text('# kept by hand\n[source.mine]\ntitle = "Mine"', encoding="utf-8")
    pages = [str(PAGES / f"{name}.html") for name in ("blog", "cp1252")]
    code, _, err = run(capsys, "add", "--kb", str(kb), *pages)
    assert code == 0, err
    text = manifest.read_text(encoding="utf-8")
    assert text.startswith('# kept by hand\n[source.mine]\ntitle = "Mine"\n')
    sources = {s["id"]: s for s in _export(capsys, kb)["sources"]}
    assert sources["mine"]["title"] == "Mine"
    assert "author" not in sources["blog"]  # "Staff Writer; April 2" is a byline, not a name
    assert sources["cp1252"]["author"] == "Renée Dubois"
    assert sources["cp1252"]["published"] == "2024-11-20"


def test_a_page_of_very_many_paragraphs_reads_the_same_in_parts(monkeypatch):
    import evkb.kb.ingest.html as page_reader

    page = (PAGES / "news.html").read_text(encoding="utf-8")
    extra = "".join(
        f"<p>Paragraph {n}: the plant will make {n + 5} GWh a year of cells from {2026 + n}, it said.</p>"
        for n in range(40)
    )
    data = page.replace('<div class="article-body">', '<div class="article-body">' + extra).encode()
    whole = page_reader.extract_page(data)
    monkeypatch.setattr(page_reader, "_PART_PARAGRAPHS", 10)
    text = data.decode()
    assert len(page_reader._parts(text, page_reader._tree(text))) == 5  # 45 paragraphs, a box
    assert page_reader.extract_page(data) == whole
    assert whole[0].count("GWh a year of cells from") == 40


def test_odd_bytes_in_a_page():
    article = (PAGES / "news.html").read_text(encoding="utf-8")
    utf16 = read_document("p.html", b"\xff\xfe" + article.encode("utf-16-le"))
    assert utf16.text == read_document("p.html", article.encode()).text
    with pytest.raises(ValueError, match="binary file"):
        read_document("p.html", b"<html><body>\x00\x01\x02</body></html>")
    # bytes that are not the declared encoding are replaced and reported, not a crash
    broken = article.encode().replace(b"Friday", b"Fri\xffday")
    document = read_document("p.html", broken)
    at = broken.index(b"\xff")
    assert "Fri\ufffdday" in document.text and document.notes == (
        f"not utf-8 at byte {at} (replaced)",
    )


def test_a_failed_add_leaves_the_folder_and_the_manifest_as_they_were(kb, capsys):
    manifest = kb / "sources" / "sources.toml"
    manifest.write_text("# mine\n", encoding="utf-8")
    (kb / "curated" / "broken.toml").write_text("[company\n", encoding="utf-8")  # fails the build
    before = {p.relative_to(kb).as_posix(): p.read_bytes() for p in kb.rglob("*") if p.is_file()}
    code, _, err = run(capsys, "add", "--kb", str(kb), str(PAGES / "news.html"))
    assert code == 1 and "broken.toml" in err
    after = {p.relative_to(kb).as_posix(): p.read_bytes() for p in kb.rglob("*") if p.is_file()}
    assert after == before
    assert not (kb / "sources" / "originals").exists()
