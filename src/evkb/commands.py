"""What each command does; `cli.py` parses arguments and turns errors into messages.

The commands that put documents into a folder (`init`, `add`) are in `intake.py`, those that
put before a person what needs their judgement (`conflicts`, `review`) in `judging.py`; the
consoles, the folder a command works on and how problems are told are shared from here.
"""

from __future__ import annotations

import os
import sys
from argparse import Namespace
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from evkb.errors import EXIT_OK, EXIT_PROBLEM, UserError
from evkb.text import dumps_json, safe_line, safe_text

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def literal(text: str, style: str = "") -> Text:
    return Text(safe_text(text), style=style)


# -- the knowledge-base folder ------------------------------------------------------------


def kb_dir_of(args: Namespace) -> Path:
    if args.kb is not None:
        if not args.kb.is_dir():
            raise UserError(f"{args.kb}: no such knowledge-base folder")
        return args.kb
    from evkb.paths import bundled_kb_dir

    return bundled_kb_dir()


def writable_kb_dir(args: Namespace) -> Path:
    from evkb.paths import is_bundled

    kb_dir = kb_dir_of(args)
    if is_bundled(kb_dir):
        raise UserError(
            "the bundled knowledge base is read-only; start your own with `evkb init DIR` "
            "and use `--kb DIR`"
        )
    return kb_dir


# -- the app ---------------------------------------------------------------------------------


def run_tui(args: Namespace) -> int:
    from evkb.tui.app import run_app

    return run_app(kb_dir_of(args), theme=args.theme, mouse=not args.no_mouse) or EXIT_OK


# -- building and checking -------------------------------------------------------------------


def summary(kb) -> str:
    return (
        f"{len(kb.sources)} sources, {len(kb.passages)} passages, {len(kb.claims)} claims, "
        f"{len(kb.companies)} companies, {len(kb.batteries)} batteries, "
        f"{len(kb.conflicts)} conflicts"
    )


def report_problems(problems) -> None:
    """Located problems to stderr, one line each, whatever characters a file name holds."""
    for problem in problems:
        print(safe_line(str(problem)), file=sys.stderr)


def _build_progress():
    """A Rich progress bar over the documents on a terminal; nothing when stderr is piped."""
    from contextlib import nullcontext

    if not err.is_terminal:
        return nullcontext(None)
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    )


def run_build(args: Namespace) -> int:
    from evkb.kb.build import build
    from evkb.kb.pool import default_jobs

    warnings: list = []
    try:
        with _build_progress() as bar:
            task = bar.add_task("extracting", total=None) if bar else None

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            jobs = getattr(args, "jobs", 0) or default_jobs()
            kb, path = build(writable_kb_dir(args), warnings, jobs, progress if bar else None)
    finally:
        report_problems(warnings)  # also when the build fails: they may explain why
    err.print(literal(f"built {path}: {summary(kb)}"))
    if getattr(args, "whole_process", False):
        _exit_keeping()
    return EXIT_OK


def _exit_keeping() -> None:
    """End the process without freeing the knowledge base a build made, one object at a time
    (~0.2 s after 2,500 documents, for memory the process gives back whole). Only once the
    build has written, flushed and closed every file, its workers have ended and the folder's
    lock is released: the output is flushed here, and nothing else waits for the exit."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(EXIT_OK)


def run_check(args: Namespace) -> int:
    from evkb.kb.check import check_kb

    kb_dir = kb_dir_of(args)
    problems = check_kb(kb_dir)
    report_problems(problems)
    errors = sum(1 for p in problems if p.severity == "error")
    if errors:
        print(f"evkb: {errors} problem{'s' if errors != 1 else ''} found", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"{kb_dir}: ok", file=sys.stderr)
    return EXIT_OK


# -- reading -----------------------------------------------------------------------------------


def _tell(notices: list[str]) -> None:
    """One line each to stderr: a cache entry ignored and rebuilt, a query cut short ..."""
    for notice in notices:
        print(f"evkb: {safe_line(notice)}", file=sys.stderr)
    notices.clear()


def _load(args: Namespace):
    from evkb.kb.store import load_kb

    kb_dir = kb_dir_of(args)
    notices: list[str] = []
    kb = load_kb(kb_dir, notices)
    _tell(notices)
    return kb_dir, kb


def _hit_json(hit, kb) -> dict:
    p = hit.passage
    return {
        "passage": p.id,
        "source": p.source,
        "title": kb.source(p.source).title,
        "kind": p.kind,
        "score": round(hit.score, 2),
        "text": p.text,
        "spans": [list(s) for s in hit.spans],
    }


def run_search(args: Namespace) -> int:
    from evkb.kb.store import KB_FILE
    from evkb.search import MAX_LIMIT, SearchIndex, bounded_query

    if args.limit < 1:
        raise UserError("--limit must be at least 1")
    notices: list[str] = []
    if args.limit > MAX_LIMIT:
        notices.append(f"--limit {args.limit} cut to {MAX_LIMIT}")
        args.limit = MAX_LIMIT
    if not args.stdin and not args.query:
        raise UserError("give a query (or --stdin to read one query a line)")
    _tell(notices)
    kb_dir, kb = _load(args)
    index = SearchIndex.open(kb, kb_dir / KB_FILE, digest=kb.digest, notices=notices)
    _tell(notices)
    if args.stdin:
        for number, line in enumerate(sys.stdin, 1):
            query, notice = bounded_query(line.strip())
            if notice:
                _tell([f"line {number}: {notice}"])
            hits = index.search(query, limit=args.limit, include_all=args.all)
            sys.stdout.write(dumps_json([_hit_json(h, kb) for h in hits]) + "\n")
            sys.stdout.flush()
        return EXIT_OK
    query, notice = bounded_query(" ".join(args.query))
    if notice:
        _tell([notice])
    hits = index.search(query, limit=args.limit, include_all=args.all)
    if args.json:
        print(dumps_json([_hit_json(h, kb) for h in hits], indent=2))
        return EXIT_OK
    if not hits:
        err.print(literal(f"no passage matches {query!r}"))
        return EXIT_OK
    table = Table(show_lines=True, expand=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("passage", no_wrap=True)
    table.add_column("text", ratio=1)
    for hit in hits:
        text = literal(hit.passage.text)
        for start, end in hit.spans:
            text.stylize("bold reverse", start, end)
        where = literal(f"{hit.passage.id}\n{hit.passage.kind}")
        table.add_row(f"{hit.score:.0f}", where, text)
    out.print(table)
    return EXIT_OK


def _pick_batteries(kb, wanted: list[str]) -> list[str]:
    from evkb.kb.load import did_you_mean

    ids = []
    for name in wanted:
        key = name.casefold()
        matches = [
            b.id for b in kb.batteries if key in (b.id.casefold(), *(n.casefold() for n in b.names))
        ]
        if not matches:
            matches = [
                b.id for b in kb.batteries if key in b.id.casefold() or key in b.name.casefold()
            ]
        if len(matches) == 1:
            ids.append(matches[0])
            continue
        if matches:
            raise UserError(f"{name!r} matches several batteries: {', '.join(matches)}")
        hint = did_you_mean(name, [b.id for b in kb.batteries])
        hint = hint or f"; known: {', '.join(b.id for b in kb.batteries)}"
        raise UserError(f"no battery {name!r}{hint}")
    return ids


# The narrowest a compared generation's column gets before the table is split in groups.
COMPARE_COLUMN = 22


def run_compare(args: Namespace) -> int:
    from evkb import compare

    _, kb = _load(args)
    if not kb.batteries:
        raise UserError("this knowledge base has no battery generations to compare")
    ids = _pick_batteries(kb, args.batteries) if args.batteries else None
    cmp = compare.compare_batteries(kb, ids, system=args.units)
    if args.format == "markdown":
        sys.stdout.write(safe_text(compare.to_markdown(cmp)))
    elif args.format == "csv":
        sys.stdout.write(safe_text(compare.to_csv(cmp)))
    elif args.format == "json":
        print(dumps_json(compare.to_json(cmp), indent=2))
    else:
        rows = compare.to_rows(cmp)
        # Generations side by side in groups the terminal can show: squeezed into one table,
        # a dozen of them leave every cell an ellipsis. The row labels repeat in each group.
        label_width = max(len(row[0]) for row in rows) + 3
        per_table = max(1, (out.width - label_width) // COMPARE_COLUMN)
        count = len(rows[0]) - 1
        for first in range(0, count, per_table):
            last = min(first + per_table, count)
            title = "Battery generations"
            if count > per_table:
                title += f" ({first + 1}-{last} of {count})"
            table = Table(title=title, show_lines=True)
            table.add_column(literal(rows[0][0]))
            for header in rows[0][1 + first : 1 + last]:
                table.add_column(literal(header))
            for row_cells, row in zip(rows[1:], cmp.rows):
                cells = [literal(row_cells[0], "bold")]
                for label, cell in zip(row_cells[1 + first : 1 + last], row.cells[first:last]):
                    style = (
                        "dim"
                        if cell.unknown
                        else "yellow"
                        if cell.conflict
                        else "green"
                        if cell.best
                        else ""
                    )
                    cells.append(literal(label, style))
                table.add_row(*cells)
            out.print(table)
        legend = (
            f"{compare.BEST_MARK} best in row   {compare.CONFLICT_MARK} sources disagree   "
            f"{compare.APPROX} converted here   ({cmp.system})"
        )
        out.print(literal(legend, "dim"))
    return EXIT_OK


def export_json(kb) -> dict:
    from evkb.kb.company_keys import holder_of
    from evkb.kb.store import record_to_dict

    def records(items):
        return [record_to_dict(item) for item in items]

    claims = []
    for claim in kb.claims:
        data = record_to_dict(claim)
        data["quantities"] = [
            record_to_dict(q) | {"qualifier": q.qualifier} for q in claim.quantities
        ]
        data["entities"] = list(claim.entities)
        claims.append(data)
    shares = [
        {
            "id": s.id,
            "company": holder_of(kb, s) or s.label,
            **s.stated(),
            "members": list(s.members),
            "source": s.cite.source,
            "passage": s.cite.passage,
            "quote": s.cite.quote,
            "origin": s.origin,
            "confidence": s.confidence,
            "rule": s.rule,
        }
        for s in kb.shares
    ]
    return {
        "sources": records(kb.sources),
        "passages": records(kb.passages),
        "claims": claims,
        "companies": records(kb.companies),
        "relations": records(kb.relations),
        "terms": records(kb.terms),
        "batteries": records(kb.batteries),
        "market_share": shares,
        "investments": records(kb.investments),
        "figures": records(kb.figures),
        "conflicts": records(kb.conflicts),
        "candidates": records(kb.candidates),
    }


def run_export(args: Namespace) -> int:
    from evkb.kb.files import write_atomic

    _, kb = _load(args)
    text = dumps_json(export_json(kb), indent=2) + "\n"
    if args.output:
        write_atomic(args.output, text)
        err.print(literal(f"wrote {args.output}"))
    else:
        sys.stdout.write(text)
    return EXIT_OK
