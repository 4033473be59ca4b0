"""Text stored in another Unicode form (NFD) is found as typed (NFC), keeping the source bytes;
joiners are drawn, not replaced."""

from __future__ import annotations

import json
import unicodedata

from evkb.cli import main
from evkb.kb.cite import locate_quote
from evkb.text import safe_text

NFD = unicodedata.normalize(
    "NFD", "La Société Générale de Batteries investit 2 milliards d'euros à Douai.\n"
)


def test_an_nfc_quote_is_found_in_nfd_text_at_the_stored_offsets():
    span = locate_quote("Société Générale", NFD)
    assert span is not None
    assert unicodedata.normalize("NFC", NFD[span[0] : span[1]]) == "Société Générale"
    span = locate_quote(
        unicodedata.normalize("NFD", "investit 2 milliards"), "Il investit 2 milliards."
    )
    assert span == (3, 23)


def test_search_finds_nfd_text_typed_in_nfc_and_the_source_keeps_its_bytes(tmp_path, capsys):
    kb = tmp_path / "kb"
    (kb / "sources").mkdir(parents=True)
    (kb / "sources" / "douai.txt").write_text(NFD, encoding="utf-8")
    (kb / "curated").mkdir()
    (kb / "curated" / "companies.toml").write_text(
        '[[company]]\nid = "sgb"\nname = "Société Générale de Batteries"\nkind = "cell maker"\n'
        'cite = [{ source = "douai", quote = "Société Générale de Batteries investit" }]\n',
        encoding="utf-8",
    )
    assert main(["build", "--kb", str(kb)]) == 0
    capsys.readouterr()
    assert main(["search", "--kb", str(kb), "--json", "Société"]) == 0
    (hit,) = json.loads(capsys.readouterr().out)
    assert hit["text"] == NFD.strip() and hit["spans"]
    start, end = hit["spans"][0]
    assert unicodedata.normalize("NFC", hit["text"][start:end]) == "Société"
    assert (kb / "sources" / "douai.txt").read_text(encoding="utf-8") == NFD


def test_joiners_are_kept_for_the_terminal_to_draw():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert safe_text(family) == family and safe_text(persian) == persian
    assert safe_text("a\u202eb") == "a\ufffdb"  # an override is still never passed through
