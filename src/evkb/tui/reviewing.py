"""Accept, reject and undo from the app: the same writes as `evkb review`, then a rebuild."""

from __future__ import annotations

from pathlib import Path

from evkb.model import KnowledgeBase

READ_ONLY = (
    "The bundled knowledge base is read-only. To review records, start your own with "
    "`evkb init DIR` and open it with `evkb --kb DIR`."
)


def read_only(kb_dir: Path) -> bool:
    """The bundled knowledge base (installed or in a checkout) is never written."""
    from evkb.paths import bundled_kb_dir, is_bundled

    return is_bundled(kb_dir) or Path(kb_dir).resolve() == bundled_kb_dir().resolve()


def apply_verdict(
    kb_dir: Path, kb: KnowledgeBase, verdict: str, ids: list[str]
) -> tuple[KnowledgeBase, set[str]]:
    """Accept or reject `ids` as `evkb review` does and rebuild. Returns the new knowledge base
    and every id the verdict wrote (an accept brings the companies its records name), which
    is what an undo takes back. Raises KBError."""
    from evkb.kb import review
    from evkb.kb.build import build

    before = review.reviewed_ids(kb_dir)
    (review.accept if verdict == "accept" else review.reject)(kb_dir, kb, ids)
    written = review.reviewed_ids(kb_dir) - before
    return build(kb_dir)[0], written


def apply_undo(kb_dir: Path, ids: set[str]) -> KnowledgeBase:
    """Take the verdicts on `ids` back and rebuild. Raises KBError."""
    from evkb.kb import review
    from evkb.kb.build import build

    review.undo(kb_dir, ids)
    return build(kb_dir)[0]
