"""`evkb init` and `evkb add`: the commands that put documents into a knowledge-base folder.

Neither may leave a folder half-made: `init` fills a staging folder renamed into place, and `add`
puts back every file it wrote when its build fails.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import tempfile
from argparse import Namespace
from pathlib import Path

from evkb.commands import err, literal, report_problems, summary, writable_kb_dir
from evkb.errors import EXIT_OK, UserError

_SLUG = re.compile(r"[^a-z0-9]+")


def _source_id(path: Path, taken: set[str]) -> str:
    base = _SLUG.sub("-", path.stem.lower()).strip("-") or "article"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _content_key_of(path: Path, read) -> str | None:
    """The content key of a source the inputs did not list (a link, say): read it."""
    from evkb.kb.inputs import content_key

    try:
        return content_key(read(path))
    except OSError:
        return None  # refused by the build with its reason


def run_add(args: Namespace) -> int:
    from evkb.kb.build import build_locked
    from evkb.kb.check import out_of_date
    from evkb.kb.files import (
        ReadOnce,
        Refused,
        folder_lock,
        read_regular,
        safe_folder,
        write_atomic,
    )
    from evkb.kb.ingest import (
        ORIGINALS,
        added_days,
        manifest_ids,
        planned_files,
        read_document,
    )
    from evkb.kb.inputs import Inputs, content_key
    from evkb.kb.load import list_sources
    from evkb.kb.pool import default_jobs
    from evkb.kb.store import KB_FILE, row_positions, rows_of
    from evkb.model import Company, column

    kb_dir = writable_kb_dir(args)
    sources_dir = kb_dir / "sources"
    for folder in (sources_dir, sources_dir / ORIGINALS):
        if not safe_folder(folder):
            raise UserError(
                f"{folder}: not a folder (a symbolic link?); "
                "evkb adds documents only inside the knowledge base"
            )
    with folder_lock(kb_dir):
        # Every source is read once for the checks and the build below, not once for each, and
        # only if it changed since the last build recorded it (see `inputs.Inputs`).
        read = ReadOnce(kb_dir)
        inputs = Inputs(kb_dir, read)
        if (
            (kb_dir / KB_FILE).is_file()
            and (kb_dir / "sources").is_dir()
            and out_of_date(kb_dir, read, inputs)
        ):
            # An add killed between copying and building: finish it first, so what is in
            # sources/ is also what search and the panes know. (With no kb.toml yet, the
            # build of this add makes it from everything.)
            finishing: list = []
            build_locked(kb_dir, finishing, default_jobs(), read=read, inputs=inputs)
            report_problems(finishing)
            err.print(
                literal("kb.toml was out of date with sources/ and curated/; rebuilt it first")
            )
        existing = list_sources(kb_dir)
        keys = {f.rel: f.key for f in inputs.files()}
        by_content: dict[str | None, str] = {}
        for source in existing:
            # "" for a file refused (the build says why) or not a text
            key = keys.get(f"sources/{source.name}") or _content_key_of(source, read)
            if key:
                by_content.setdefault(key, source.stem)
        taken = {source.stem for source in existing} | manifest_ids(sources_dir)
        today = dt.date.today().isoformat()
        documents = {}
        for file in args.files:
            try:
                data = read_regular(file)  # a regular file of sane size: not /dev/zero, not a FIFO
            except Refused as exc:
                raise UserError(f"{file}: {exc.reason}") from None
            try:
                document = read_document(file.name, data)
            except ValueError as exc:
                raise UserError(f"{file}: {exc}") from None
            key = content_key(document.stored)
            if key in by_content:
                raise UserError(f"{file}: already in the knowledge base as {by_content[key]!r}")
            source_id = _source_id(file, taken)
            taken.add(source_id)
            by_content[key] = source_id
            documents[source_id] = document
        # The texts, the originals of pages and Markdown, and sources.toml with their metadata.
        planned, replaced = planned_files(sources_dir, documents)
        # the day each was added: a wire's "Dec. 2" dateline is read as the last Dec. 2 up to it
        try:
            added_path, added_data, added_old = added_days(sources_dir, documents, today)
        except ValueError as exc:
            raise UserError(str(exc)) from None
        planned.append((added_path, added_data))
        if added_old is not None:
            replaced[added_path] = added_old
        made_folders = [d for d in (sources_dir / ORIGINALS, sources_dir) if not d.is_dir()]
        written: list[Path] = []
        warnings: list = []
        try:
            for target, data in planned:
                if target.exists() and target not in replaced:  # never replace a user's file
                    raise UserError(f"{target}: already exists; rename the file to add")
                target.parent.mkdir(parents=True, exist_ok=True)
                write_atomic(target, data)
                written.append(target)
            kb, path = build_locked(kb_dir, warnings, default_jobs(), read=read, inputs=inputs)
        except BaseException:
            for target in written:  # the folder is left exactly as it was
                if target in replaced:
                    write_atomic(target, replaced[target])
                else:
                    target.unlink(missing_ok=True)
            for folder in made_folders:
                with contextlib.suppress(OSError):
                    folder.rmdir()  # only ever empty here: nothing else was put in it
            raise
        finally:
            report_problems(warnings)
    for source_id, document in documents.items():
        title = document.metadata.get("title")
        err.print(
            literal(
                f"added {source_id} ({sources_dir / source_id}.txt)"
                + (f": {title}" if title else "")
            )
        )
        for note in document.notes:  # how a page was decoded (a text's are the build's warnings)
            err.print(literal(f"  {note}"))
    new_ids = set(documents)
    # As rows (a citation's source first): a company cited by every document is not made
    # into a record with its thousands of citations to be named here.
    companies = rows_of(kb.companies)
    at = row_positions(Company)
    name, aliases, cites, origin = at["name"], at["aliases"], at["cites"], at["origin"]
    proposed = [
        row[name]
        for row in companies
        if row[origin] == "extracted" and any(cite[0] in new_ids for cite in row[cites])
    ]
    if proposed:
        listed = _some(proposed, "review")
        see = f"evkb review --source {next(iter(new_ids))}" if len(new_ids) == 1 else "evkb review"
        err.print(literal(f"companies proposed (see `{see}`): {listed}"))
    from evkb.kb.records.companies import name_key

    known = {name_key(n) for row in companies for n in (row[name], *row[aliases])}
    # The names of the new documents' candidates, read from two columns: the other documents'
    # candidates (tens of thousands) are not made into records to be passed over.
    found = zip(column(kb.candidates, "source"), column(kb.candidates, "name"), strict=True)
    candidates = sorted(
        {name for source, name in found if source in new_ids and name_key(name) not in known}
    )
    if candidates:
        err.print(
            literal(
                "names no curated company matches (candidates for curated/companies): "
                + _some(candidates, "export")
            )
        )
    err.print(literal(f"built {path}: {summary(kb)}"))
    return EXIT_OK


# The most names an add lists on a line: a document that names hundreds of organisations
# (a directory, an exhibitor list) gets the first ones and a count, not a screenful.
_NAMES_SHOWN = 20


def _some(names: list[str], command: str) -> str:
    """The names, sorted, the first `_NAMES_SHOWN` of them written out and the rest counted
    (`evkb COMMAND` lists them all)."""
    shown = sorted(names)
    rest = len(shown) - _NAMES_SHOWN
    listed = ", ".join(shown[:_NAMES_SHOWN])
    return f"{listed} and {rest} more (`evkb {command}` lists all)" if rest > 0 else listed


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
        for name in ("sources", "curated", "built"):
            # Plain copies: the user's files get the user's permissions, not the installed ones.
            shutil.copytree(
                bundled / name,
                staging / name,
                copy_function=shutil.copyfile,
                # A product's cache entries and temporaries are not the data.
                ignore=shutil.ignore_patterns(".*") if name == "built" else None,
            )
        shutil.copyfile(bundled / "kb.toml", staging / "kb.toml")
        if place.exists():
            place.rmdir()
        staging.rename(place)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    err.print(literal(f"created {target}: add articles with `evkb add FILE --kb {target}`"))
    return EXIT_OK
