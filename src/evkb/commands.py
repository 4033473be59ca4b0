"""What each command does; `cli.py` parses arguments and turns errors into messages."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
import tempfile
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


def _summary(kb) -> str:
    return (
        f"{len(kb.sources)} sources, {len(kb.passages)} passages, {len(kb.claims)} claims, "
        f"{len(kb.companies)} companies, {len(kb.batteries)} batteries, "
        f"{len(kb.conflicts)} conflicts"
    )


def _report(problems) -> None:
    """Located problems to stderr, one line each, whatever characters a file name holds."""
    for problem in problems:
        print(safe_line(str(problem)), file=sys.stderr)


def run_build(args: Namespace) -> int:
    from evkb.kb.build import build

    warnings: list = []
    try:
        kb, path = build(writable_kb_dir(args), warnings)
    finally:
        _report(warnings)  # also when the build fails: they may explain why
    err.print(literal(f"built {path}: {_summary(kb)}"))
    return EXIT_OK


def run_check(args: Namespace) -> int:
    from evkb.kb.check import check_kb

    kb_dir = kb_dir_of(args)
    problems = check_kb(kb_dir)
    _report(problems)
    errors = sum(1 for p in problems if p.severity == "error")
    if errors:
        print(f"evkb: {errors} problem{'s' if errors != 1 else ''} found", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"{kb_dir}: ok", file=sys.stderr)
    return EXIT_OK


_SLUG = re.compile(r"[^a-z0-9]+")


def _source_id(path: Path, taken: set[str]) -> str:
    base = _SLUG.sub("-", path.stem.lower()).strip("-") or "article"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _content_key(data: bytes) -> str | None:
    """What makes two files the same document: their text, whatever the BOM or line ends."""
    from evkb.kb.extract import read_text

    try:
        text, _ = read_text(data)
    except ValueError:
        return None
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def run_add(args: Namespace) -> int:
    from evkb.kb.build import build_locked
    from evkb.kb.extract import read_text
    from evkb.kb.files import folder_lock, write_atomic
    from evkb.kb.load import list_sources

    kb_dir = writable_kb_dir(args)
    sources_dir = kb_dir / "sources"
    with folder_lock(kb_dir):
        existing = list_sources(kb_dir)
        by_content = {}
        for source in existing:
            key = _content_key(source.read_bytes())
            if key is not None:
                by_content.setdefault(key, source.stem)
        taken = {source.stem for source in existing}
        planned: list[tuple[Path, bytes]] = []
        for file in args.files:
            data = file.read_bytes()
            try:
                read_text(data)
            except ValueError as exc:
                raise UserError(f"{file}: {exc}") from None
            key = _content_key(data)
            if key in by_content:
                raise UserError(f"{file}: already in the knowledge base as {by_content[key]!r}")
            source_id = _source_id(file, taken)
            taken.add(source_id)
            by_content[key] = source_id
            suffix = file.suffix.lower() if file.suffix.lower() in (".txt", ".md") else ".txt"
            planned.append((sources_dir / f"{source_id}{suffix}", data))
        made_folder = not sources_dir.is_dir()
        written: list[Path] = []
        warnings: list = []
        try:
            sources_dir.mkdir(parents=True, exist_ok=True)
            for target, data in planned:
                if target.exists():  # never replace a file the user put there
                    raise UserError(f"{target}: already exists; rename the file to add")
                write_atomic(target, data)
                written.append(target)
            kb, path = build_locked(kb_dir, warnings)
        except BaseException:
            for target in written:  # the folder is left exactly as it was
                target.unlink(missing_ok=True)
            if made_folder:
                try:
                    sources_dir.rmdir()  # only ever empty here: nothing else was put in it
                except OSError:
                    pass
            raise
        finally:
            _report(warnings)
    for target, _ in planned:
        err.print(literal(f"added {target.stem} ({target})"))
    new_ids = {t.stem for t, _ in planned}
    candidates = sorted({c.name for c in kb.candidates if c.source in new_ids})
    if candidates:
        err.print(literal("names no curated company matches (candidates for curated/companies): " + ", ".join(candidates)))
    err.print(literal(f"built {path}: {_summary(kb)}"))
    return EXIT_OK


def run_init(args: Namespace) -> int:
    from evkb.paths import bundled_kb_dir

    target: Path = args.dir
    if target.exists() and any(target.iterdir()):
        raise UserError(f"{target}: folder exists and is not empty; pick a new folder")
    bundled = bundled_kb_dir()
    place = target.resolve()  # "." and "sub/.." name a folder too
    place.parent.mkdir(parents=True, exist_ok=True)
    # A fresh folder beside the target, renamed into place when complete: never half a folder.
    staging = Path(tempfile.mkdtemp(prefix=".evkb-init-", dir=place.parent))
    try:
        mask = os.umask(0)
        os.umask(mask)
        staging.chmod(0o777 & ~mask)  # mkdtemp's folder is private; a new folder is not
        for name in ("sources", "curated"):
            # Plain copies: the user's files get the user's permissions, not the installed ones.
            shutil.copytree(bundled / name, staging / name, copy_function=shutil.copyfile)
        shutil.copyfile(bundled / "kb.toml", staging / "kb.toml")
        if place.exists():
            place.rmdir()
        staging.rename(place)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    err.print(literal(f"created {target}: add articles with `evkb add FILE --kb {target}`"))
    return EXIT_OK


# -- reading -----------------------------------------------------------------------------------


def _load(args: Namespace):
    from evkb.kb.store import load_kb

    kb_dir = kb_dir_of(args)
    return kb_dir, load_kb(kb_dir)


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
    from evkb.search import SearchIndex

    if args.limit < 1:
        raise UserError("--limit must be at least 1")
    if not args.stdin and not args.query:
        raise UserError("give a query (or --stdin to read one query a line)")
    kb_dir, kb = _load(args)
    index = SearchIndex.open(kb, kb_dir / KB_FILE, digest=kb.digest)
    if args.stdin:
        for line in sys.stdin:
            hits = index.search(line.strip(), limit=args.limit, include_all=args.all)
            sys.stdout.write(dumps_json([_hit_json(h, kb) for h in hits]) + "\n")
            sys.stdout.flush()
        return EXIT_OK
    query = " ".join(args.query)
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
        matches = [b.id for b in kb.batteries if key in (b.id.casefold(), b.name.casefold())]
        if not matches:
            matches = [b.id for b in kb.batteries if key in b.id.casefold() or key in b.name.casefold()]
        if len(matches) == 1:
            ids.append(matches[0])
            continue
        if matches:
            raise UserError(f"{name!r} matches several batteries: {', '.join(matches)}")
        hint = did_you_mean(name, [b.id for b in kb.batteries])
        hint = hint or f"; known: {', '.join(b.id for b in kb.batteries)}"
        raise UserError(f"no battery {name!r}{hint}")
    return ids


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
        table = Table(title="Battery generations", show_lines=True)
        rows = compare.to_rows(cmp)
        for header in rows[0]:
            table.add_column(literal(header))
        for row_cells, row in zip(rows[1:], cmp.rows):
            cells = [literal(row_cells[0], "bold")]
            for label, cell in zip(row_cells[1:], row.cells):
                style = "dim" if cell.unknown else "yellow" if cell.conflict else "green" if cell.best else ""
                cells.append(literal(label, style))
            table.add_row(*cells)
        out.print(table)
        legend = f"{compare.BEST_MARK} best in row   {compare.CONFLICT_MARK} sources disagree   {compare.APPROX} converted here   ({cmp.system})"
        out.print(literal(legend, "dim"))
    return EXIT_OK


def export_json(kb) -> dict:
    from evkb.kb.store import record_to_dict

    def records(items):
        return [record_to_dict(item) for item in items]

    claims = []
    for claim in kb.claims:
        data = record_to_dict(claim)
        data["quantities"] = [record_to_dict(q) | {"qualifier": q.qualifier} for q in claim.quantities]
        data["entities"] = list(claim.entities)
        claims.append(data)
    shares = [
        {
            "company": s.holder or s.label,
            "label": s.label,
            "members": list(s.members),
            "percent": s.percent,
            "bound": s.bound,
            "as_of": s.as_of,
            "scope": s.scope,
            "metric": s.metric,
            "text": s.text,
            "source": s.cite.source,
            "passage": s.cite.passage,
            "quote": s.cite.quote,
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


def run_conflicts(args: Namespace) -> int:
    from evkb.kb.store import record_to_dict

    _, kb = _load(args)
    if args.json:
        print(dumps_json([record_to_dict(c) for c in kb.conflicts], indent=2))
        return EXIT_OK
    if not kb.conflicts:
        err.print("no conflicts found")
        return EXIT_OK
    for conflict in kb.conflicts:
        out.print(literal(f"{conflict.kind}: {conflict.message}", "bold"))
        for side in conflict.sides:
            out.print(literal(f"  {side.value}", "yellow"))
            out.print(literal(f"    {side.passage}: \u201c{side.quote}\u201d", "dim"))
        out.print()
    out.print(literal(f"{len(kb.conflicts)} conflicts", "dim"))
    return EXIT_OK
