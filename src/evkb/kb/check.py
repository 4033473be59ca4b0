"""`evkb check`: every problem of a knowledge-base folder, all at once, each at its place."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from evkb.kb.cite import (
    closest_excerpt,
    closest_passage,
    compatible,
    fold,
    locate_quote,
    quote_quantities,
    value_in_quote,
)
from evkb.kb.load import (
    CiteCheck,
    Curated,
    Problem,
    load_added,
    load_curated,
    load_manifest,
    read_sources,
    sort_problems,
)
from evkb.kb.store import KB_FILE
from evkb.model import Company, Fact, Passage, Term
from evkb.text import safe_text


def equivalent_names(curated: Curated) -> dict[str, tuple[str, ...]]:
    """Folded name or id -> every name of the same company or term."""
    names: dict[str, tuple[str, ...]] = {}
    records: list[Company | Term] = [*curated.companies, *curated.terms]
    for record in records:
        for key in (record.id, *record.names):
            names[fold(key)] = names.get(fold(key), ()) + record.names
    return names


def _stated(fact: Fact, quote: str) -> str:
    from evkb.kb.units import format_value

    quantities = quote_quantities(quote)
    same = [q for q in quantities if compatible(fact.unit, q.unit)]
    shown = [
        format_value(q.value, q.unit, value_to=q.value_to, iso=q.iso) for q in same or quantities
    ]
    if not shown:
        return "it states no figure"
    kind = "" if same else " (no figure in that unit)"
    return "it states " + ", ".join(dict.fromkeys(shown)) + kind


def value_problem(check: CiteCheck, names: Mapping[str, Sequence[str]]) -> Problem | None:
    fact, quote = check.fact, check.cite.quote
    if fact is None:
        return None
    if not value_in_quote(fact, quote, names):
        if isinstance(fact.value, str):
            message = f"{check.label}: value {fact.value!r} not in quote"
        else:
            from evkb.kb.units import format_value

            shown = format_value(fact.value, fact.unit, value_to=fact.value_to)
            message = f"{check.label}: value {shown} not in quote: {_stated(fact, quote)}"
        return Problem(check.path, check.line, check.col, message)
    if fact.text and locate_quote(fact.text, quote) is None:
        message = f"{check.label}: text {fact.text!r} is not written in the quote"
        return Problem(check.path, check.line, check.col, message, "warning")
    return None


def quote_not_found(check: CiteCheck, passages: Sequence[Passage]) -> Problem:
    """The located problem for a quote its source does not contain, with the closest passage."""
    message = f"{check.label}: quote not found in source {check.cite.source!r}"
    best = closest_passage(check.cite.quote, passages)
    if best is not None:
        excerpt = safe_text(closest_excerpt(check.cite.quote, best))
        message += f'; closest passage {best.id}: "{excerpt}"'
    return Problem(check.path, check.line, check.col, message)


def _passage_at(passages: Sequence[Passage], offset: int) -> Passage | None:
    for p in passages:
        if p.start <= offset < p.end:
            return p
    return None


def check_quotes(
    curated: Curated,
    texts: Mapping[str, str],
    problems: list[Problem],
    passages_of: Mapping[str, Sequence[Passage]] | None = None,
) -> dict[tuple[str, str], tuple[int, int, Passage | None]]:
    """Every citation checked: its quote is in its source, the fact's value in its quote.

    Appends a located problem for each failure (a quote not found once per place) and returns
    where each quote was found: (source, quote) -> (start, end, passage). Given the sources'
    passages (the build has them), a quote must also start in one, which is returned with it.
    """
    from evkb.kb.extract import split_passages

    names = equivalent_names(curated)
    passages: dict[str, Sequence[Passage]] = dict(passages_of or {})
    found: dict[tuple[str, str], tuple[int, int, Passage | None]] = {}
    not_found: set[tuple[str, int, int]] = set()
    for check in curated.checks:
        source = check.cite.source
        if source not in texts:
            continue  # a missing or refused source is reported already
        key = (source, check.cite.quote)
        if key not in found:
            span = locate_quote(check.cite.quote, texts[source])
            passage = None
            if span is not None and passages_of is not None:
                passage = _passage_at(passages_of[source], span[0])
            if span is None or (passages_of is not None and passage is None):
                where = (check.path, check.line, check.col)
                if where in not_found:
                    continue  # facts inheriting one quote: report it once
                not_found.add(where)
                if source not in passages:
                    passages[source] = split_passages(source, texts[source])
                problems.append(quote_not_found(check, passages[source]))
                continue
            found[key] = (span[0], span[1], passage)
        problem = value_problem(check, names)
        if problem is not None:
            problems.append(problem)
    return found


def out_of_date(kb_dir: Path, read=None, inputs=None) -> bool:
    """Whether kb.toml is missing or was built from other inputs (an add killed before its
    build, a file changed by hand): the next build brings it up to date. `read` reads the
    inputs that changed since the last build (see `inputs.Inputs`, or give one in `inputs`)."""
    from evkb.kb.inputs import Inputs, up_to_date

    try:
        return not up_to_date(Path(kb_dir), inputs or Inputs(Path(kb_dir), read))
    except Exception:
        return True


def _check_built(kb_dir: Path, problems: list[Problem]) -> None:
    import os

    from evkb.kb.built import verify_built

    if not os.path.lexists(kb_dir / KB_FILE):
        return
    damage = verify_built(kb_dir)
    problems += damage
    if not any(p.severity == "error" for p in damage) and out_of_date(kb_dir):
        message = "out of date with sources/ and curated/: run `evkb build`"
        problems.append(Problem(str(kb_dir / KB_FILE), 1, 1, message, "warning"))


def check_kb(kb_dir: Path) -> list[Problem]:
    """Every problem of the folder (errors and warnings), sorted by (path, line, col)."""
    kb_dir = Path(kb_dir)
    if not kb_dir.is_dir():
        return [Problem(str(kb_dir), 1, 1, "no such knowledge-base folder")]
    problems: list[Problem] = []
    ids, files = read_sources(kb_dir, problems)
    texts = {f.id: f.text for f in files}
    problems += load_manifest(kb_dir, ids)[1]
    problems += load_added(kb_dir, ids)[1]
    curated, found = load_curated(kb_dir, ids)
    problems += found
    check_quotes(curated, texts, problems)
    _check_built(kb_dir, problems)
    return sort_problems(problems)
