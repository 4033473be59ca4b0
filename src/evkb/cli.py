"""The command surface: `evkb build|check|add|init|search|compare|export|conflicts|tui`.

Arguments are parsed (and `--help` answered) before anything heavy is imported. Problems a user
can cause print one clear line each to stderr (`path:line:col: message`) and exit non-zero.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from pathlib import Path


def _commands():
    """The command functions, imported only once arguments are parsed (they import Rich)."""
    from evkb import commands

    return commands


def _judging():
    """`conflicts` and `review`, imported like the other commands."""
    from evkb import judging

    return judging


def _intake():
    """`init` and `add`, imported like the other commands."""
    from evkb import intake

    return intake


@functools.cache  # built once: in-process callers (tests, scripts) call main() many times
def _jobs(text: str) -> int:
    """--jobs N: a count of processes, 1 or more."""
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (1 or more)")
    return jobs


def _parser() -> argparse.ArgumentParser:
    kb_help = "knowledge-base folder (default: the bundled one)"
    parser = argparse.ArgumentParser(
        prog="evkb",
        description="Explore what news articles claim about electric-vehicle batteries.",
    )
    parser.add_argument("--kb", metavar="DIR", type=Path, help=kb_help)
    # Given after the command it is the same option; absent there it must not reset the
    # global one (`evkb --kb DIR search ...`), so the subcommands set no default of their own.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--kb", metavar="DIR", type=Path, help=kb_help, default=argparse.SUPPRESS)
    parser.add_argument("--theme", help="colour theme of the app")
    parser.add_argument("--no-mouse", action="store_true", help="leave the mouse to the terminal")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    tui = sub.add_parser("tui", parents=[common], help="the terminal app (the default)")
    tui.add_argument("--theme", help="colour theme of the app")
    tui.add_argument("--no-mouse", action="store_true", help="leave the mouse to the terminal")
    parser.set_defaults(func=lambda args: _commands().run_tui(args))
    tui.set_defaults(func=lambda args: _commands().run_tui(args))

    build = sub.add_parser(
        "build", parents=[common], help="build kb.toml from sources/ and curated/"
    )
    build.add_argument(
        "--jobs",
        type=_jobs,
        default=0,
        metavar="N",
        help="extract documents in N processes (default: all cores)",
    )
    build.set_defaults(func=lambda args: _commands().run_build(args))
    check = sub.add_parser(
        "check", parents=[common], help="validate everything; problems as path:line:col"
    )
    check.set_defaults(func=lambda args: _commands().run_check(args))

    add = sub.add_parser("add", parents=[common], help="add documents and rebuild")
    add.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="plain text, Markdown or a saved web page (HTML)",
    )
    add.set_defaults(func=lambda args: _intake().run_add(args))

    init = sub.add_parser("init", help="start a new knowledge base, seeded with the bundled one")
    init.add_argument("dir", type=Path, metavar="DIR")
    init.set_defaults(func=lambda args: _intake().run_init(args))

    search = sub.add_parser("search", parents=[common], help="ranked passages for a query")
    search.add_argument("query", nargs="*", help="words to look for (typos are fine)")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument(
        "--limit", type=int, default=10, metavar="N", help="at most N hits (10; at most 1000)"
    )
    search.add_argument(
        "--all",
        action="store_true",
        help="include headings and page furniture (captions, boilerplate, story lists, comments)",
    )
    search.add_argument(
        "--stdin", action="store_true", help="one query a line; one JSON array a line out"
    )
    search.set_defaults(func=lambda args: _commands().run_search(args))

    compare = sub.add_parser("compare", parents=[common], help="battery specs side by side")
    compare.add_argument(
        "batteries", nargs="*", metavar="BATTERY", help="ids or names (default: all)"
    )
    compare.add_argument("--format", choices=("table", "markdown", "csv", "json"), default="table")
    compare.add_argument("--units", choices=("metric", "imperial"), default="metric")
    compare.set_defaults(func=lambda args: _commands().run_compare(args), rest="batteries")

    export = sub.add_parser("export", parents=[common], help="the whole knowledge base as JSON")
    export.add_argument("--format", choices=("json",), default="json")
    export.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE (atomically)"
    )
    export.set_defaults(func=lambda args: _commands().run_export(args))

    conflicts = sub.add_parser(
        "conflicts", parents=[common], help="conflicts and inconsistencies, with both quotes"
    )
    conflicts.add_argument("--json", action="store_true", help="print JSON")
    conflicts.add_argument(
        "--agreements",
        action="store_true",
        help="list figures more than one source states alike instead",
    )
    conflicts.set_defaults(func=lambda args: _judging().run_conflicts(args))

    review = sub.add_parser(
        "review", parents=[common], help="extracted records awaiting review; accept or reject them"
    )
    review.add_argument(
        "verdict",
        nargs="?",
        choices=("accept", "reject"),
        help="accept or reject the records named",
    )
    review.add_argument(
        "ids", nargs="*", metavar="ID", help="ids of extracted records (see `evkb review`)"
    )
    review.add_argument("--json", action="store_true", help="print JSON")
    review.add_argument(
        "--source",
        action="append",
        metavar="ID",
        help="list only the records of this source (repeatable)",
    )
    review.add_argument(
        "--type",
        action="append",
        choices=("company", "battery", "share", "investment"),
        help="list only records of this type (repeatable)",
    )
    review.add_argument(
        "--below",
        type=float,
        metavar="CONFIDENCE",
        help="list only records whose confidence is below this (0-1)",
    )
    review.add_argument(
        "--ids",
        action="store_true",
        dest="ids_only",
        help="print only the ids, one a line (for `xargs evkb review reject`)",
    )
    review.set_defaults(func=lambda args: _judging().run_review(args), rest="ids")
    return parser


def _say(message: object) -> None:
    """One line to stderr, any control or bidi character (from a file name, say) made visible."""
    from evkb.text import safe_line

    print(safe_line(str(message)), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    # argparse ends a list of names at the first option: `review accept --kb DIR ID` would
    # leave ID over. The words after an option still belong to the command's list (`rest`).
    rest = getattr(args, "rest", None)
    if extra and rest and not any(word.startswith("-") for word in extra):
        getattr(args, rest).extend(extra)
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    # After parsing, so `--help` stays quick (the errors' dataclass imports `inspect`).
    from evkb.errors import EXIT_INTERNAL, EXIT_OK, EXIT_PROBLEM, KBError, UserError

    # A command run as the whole process (not called by a test or a script in its own
    # process) may end it without freeing what it made: see `commands.run_build`.
    args.whole_process = argv is None
    try:
        return args.func(args)
    except UserError as exc:
        _say(f"evkb: {exc}")
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: not an error worth a message.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        _say(f"evkb: {where}{exc.strerror or exc}")
        return EXIT_PROBLEM
    except Exception as exc:
        if isinstance(exc, KBError):
            for problem in exc.problems:
                _say(problem)
            return EXIT_PROBLEM
        if os.environ.get("EVKB_DEBUG"):
            raise
        _say(f"evkb: internal error: {type(exc).__name__}: {exc} (set EVKB_DEBUG=1 for details)")
        return EXIT_INTERNAL
