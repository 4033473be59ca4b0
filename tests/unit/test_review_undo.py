"""`review.undo`: verdicts taken back, with the records an accept wrote, in one atomic write."""

from __future__ import annotations

from pathlib import Path

import pytest

from evkb.kb import review
from evkb.kb.build import build
from evkb.kb.store import load_kb


@pytest.fixture
def kb(kb_folders, tmp_path: Path) -> Path:
    """A copy of the built tests/data/review/: two articles, every record extracted."""
    return kb_folders.copy("review", tmp_path / "kb")


def test_undo_of_an_accept_brings_the_records_back_as_extracted(kb: Path):
    built = load_kb(kb)
    share = next(s.id for s in built.shares if s.origin == "extracted" and s.as_of == "2024-03")
    before = review.reviewed_ids(kb)
    review.accept(kb, built, ["halvorsen-power-tundra", share])
    written = review.reviewed_ids(kb) - before
    # The maker and the holder came along.
    assert written == {"halvorsen-power-tundra", "halvorsen-power", "nordvik-battery", share}
    assert review.undo(kb, written) == kb / "curated" / review.REVIEW_FILE
    text = (kb / "curated" / review.REVIEW_FILE).read_text(encoding="utf-8")
    assert text.startswith("# Records accepted or rejected")
    assert "[[review]]" not in text and "[[share]]" not in text and "Tundra" not in text
    build(kb)
    pending = {p.id for p in review.pending(load_kb(kb))}
    assert written <= pending


def test_undo_keeps_other_verdicts_and_ignores_unknown_ids(kb: Path):
    built = load_kb(kb)
    review.reject(kb, built, ["brightline-insights"])
    review.accept(kb, built, ["marlow-motors"])
    assert review.undo(kb, ["no-such-record"]) is None
    review.undo(kb, ["marlow-motors"])
    assert review.reviewed_ids(kb) == {"brightline-insights"}
    build(kb)
    pending = {p.id for p in review.pending(load_kb(kb))}
    assert "marlow-motors" in pending and "brightline-insights" not in pending


def test_undo_without_a_review_file_does_nothing(kb: Path):
    assert review.undo(kb, ["marlow-motors"]) is None
    assert not (kb / "curated" / review.REVIEW_FILE).exists()


def test_a_verdict_waits_for_no_build_it_refuses_while_one_holds_the_folder(kb: Path):
    from evkb.errors import KBError, UserError
    from evkb.kb.files import folder_lock

    built = load_kb(kb)
    with folder_lock(kb), pytest.raises((KBError, UserError)):
        review.reject(kb, built, ["brightline-insights"])
    assert not (kb / "curated" / review.REVIEW_FILE).exists()
    review.reject(kb, built, ["brightline-insights"])  # once the folder is free, it is written
    assert "brightline-insights" in review.reviewed_ids(kb)
