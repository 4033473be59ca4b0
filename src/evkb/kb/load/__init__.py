"""Read a knowledge-base folder's TOML and documents, validate them, and locate every problem.

Every problem names the file, line and column, the key, and where it helps "did you mean ...?".
Loading collects all problems rather than stopping at the first, and still returns the records
that are valid, so `evkb check` can report everything in one run.
Modules: problems (sorting, "did you mean"), positions (where a TOML key is), reading (files,
sources, the inputs digest), schema, fields and validate (the curated files and sources.toml).
"""

from evkb.kb.load.positions import Positions
from evkb.kb.load.problems import (
    KBError,
    Problem,
    closest_choice,
    did_you_mean,
    sort_problems,
)
from evkb.kb.load.reading import (
    MANIFEST,
    SOURCE_SUFFIXES,
    Reader,
    SourceFile,
    SourceTexts,
    inputs_digest,
    list_sources,
    read_source_file,
    read_sources,
    read_toml,
)
from evkb.kb.load.schema import (
    BATTERY_UNITS,
    BOUNDS,
    INVESTMENT_KINDS,
    TERM_KINDS,
    UNIT_SPELLINGS,
    CiteCheck,
    Curated,
)
from evkb.kb.load.validate import TABLES, load_added, load_curated, load_manifest

__all__ = [
    "BATTERY_UNITS",
    "BOUNDS",
    "INVESTMENT_KINDS",
    "MANIFEST",
    "SOURCE_SUFFIXES",
    "TABLES",
    "TERM_KINDS",
    "UNIT_SPELLINGS",
    "CiteCheck",
    "Curated",
    "KBError",
    "Positions",
    "Problem",
    "Reader",
    "SourceFile",
    "SourceTexts",
    "closest_choice",
    "did_you_mean",
    "inputs_digest",
    "list_sources",
    "load_added",
    "load_curated",
    "load_manifest",
    "read_source_file",
    "read_sources",
    "read_toml",
    "sort_problems",
]
