"""`evkb conflicts` and `evkb review`: the commands that put before a person what needs their
judgement, the figures sources state differently (or alike, `--agreements`) and the extracted
records awaiting a verdict, and record the verdict (`review accept|reject`, then a build).

The consoles, the folder a command works on and loading the knowledge base are shared from
`commands.py`.
"""

from __future__ import annotations

from argparse import Namespace

from evkb.commands import _load, err, literal, out, writable_kb_dir
from evkb.errors import EXIT_OK, UserError
from evkb.text import dumps_json


def _agreements(kb) -> list[dict]:
    from evkb.kb.conflicts import find_corroborations

    return [
        {
            "subject": c.subject,
            "name": c.name,
            "attribute": c.attribute,
            "value": c.value,
            "sources": list(c.sources),
            "quotes": [
                {"source": s.cite.source, "passage": s.cite.passage, "quote": s.cite.quote}
                for s in c.statements
            ],
        }
        for c in find_corroborations(kb)
    ]


def run_conflicts(args: Namespace) -> int:
    from evkb.kb.store import record_to_dict

    _, kb = _load(args)
    if args.agreements:
        agreements = _agreements(kb)
        if args.json:
            print(dumps_json(agreements, indent=2))
            return EXIT_OK
        for a in agreements:
            out.print(literal(f"{a['name']} \u00b7 {a['attribute']}: {a['value']}", "bold"))
            out.print(
                literal(
                    f"  stated alike by {len(a['sources'])} sources: {', '.join(a['sources'])}",
                    "green",
                )
            )
            for q in a["quotes"]:
                out.print(literal(f"    {q['passage']}: \u201c{q['quote']}\u201d", "dim"))
        out.print(literal(f"{len(agreements)} figures stated alike by more than one source", "dim"))
        return EXIT_OK
    if args.json:
        print(dumps_json([record_to_dict(c) for c in kb.conflicts], indent=2))
        return EXIT_OK
    if not kb.conflicts:
        err.print("no conflicts found")
        return EXIT_OK
    from evkb.views.names import subject_name

    for conflict in kb.conflicts:
        about = (
            f"{subject_name(kb, conflict.subject)} \u00b7 {conflict.attribute.replace('_', ' ')}"
        )
        out.print(literal(f"{conflict.kind}: {about}: {conflict.message}", "bold"))
        for side in conflict.sides:
            agree = f" \u00b7 stated by {side.agree} sources" if side.agree > 1 else ""
            written = (
                f" (written \u201c{side.written}\u201d)"
                if side.written and side.written != side.value
                else ""
            )
            out.print(literal(f"  {side.value}{written}{agree}", "yellow"))
            out.print(literal(f"    {side.passage}: \u201c{side.quote}\u201d", "dim"))
        out.print()
    out.print(literal(f"{len(kb.conflicts)} conflicts", "dim"))
    return EXIT_OK


def run_review(args: Namespace) -> int:
    from dataclasses import asdict

    from evkb.kb import review
    from evkb.kb.build import build

    if args.verdict is None:
        if args.ids:
            raise UserError("review: say `accept` or `reject` before the ids")
        _, kb = _load(args)
        items = _review_filtered(args, review.pending(kb))
        if args.json:
            print(dumps_json([asdict(item) for item in items], indent=2))
            return EXIT_OK
        if args.ids_only:
            for item in items:
                print(item.id)
            return EXIT_OK
        for item in items:
            out.print(literal(f"{item.id}  [{item.type}, {item.confidence:.2f}] {item.label}"))
            out.print(literal(f"    {item.passage}: \u201c{item.quote}\u201d", "dim"))
        err.print(literal(review.summary(items)))
        return EXIT_OK
    if args.source or args.type or args.below is not None or args.ids_only:
        raise UserError(f"review {args.verdict}: name the ids; the filters only list records")
    if not args.ids:
        raise UserError(f"review {args.verdict}: name at least one record id")
    kb_dir = writable_kb_dir(args)
    _, kb = _load(args)
    act = review.accept if args.verdict == "accept" else review.reject
    path = act(kb_dir, kb, args.ids)
    build(kb_dir)
    word = "accepted" if args.verdict == "accept" else "rejected"
    err.print(literal(f"{word} {len(set(args.ids))} record(s) in {path}; rebuilt"))
    return EXIT_OK


def _review_filtered(args: Namespace, items: list) -> list:
    """The pending records the filters of `evkb review` leave; an unknown source is an error."""
    if args.below is not None and not 0 <= args.below <= 1:
        raise UserError(f"review --below: {args.below:g} is not a confidence between 0 and 1")
    if args.source:
        known = {item.source for item in items}
        unknown = [s for s in args.source if s not in known]
        if unknown:
            raise UserError(f"review --source: no record awaits review from {', '.join(unknown)}")
        items = [item for item in items if item.source in args.source]
    if args.type:
        items = [item for item in items if item.type in args.type]
    if args.below is not None:
        items = [item for item in items if item.confidence < args.below]
    return items
