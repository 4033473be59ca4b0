"""Processor seconds of one `evkb add`, in this process, by stage of the build.

Run: python tests/bench/bench_add_stages.py KB FILE. It adds FILE to the knowledge base KB the
way `evkb add` does and prints the load average, the add's processor and wall seconds, and the
processor seconds of the stages that grow with the collection: the products of the other
documents taken from the last build's entries, the merge of extracted records, conflicts (with
the statements and the keys of values), the write (manifest and parts, cache entries).
Extraction of the one new document runs in this process too and counts in the add's total,
not in a stage. On a shared machine, compare two
code versions add by add, alternately, each on its own folder (`EVKB_CACHE_DIR` for each).
"""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import sys
import time
from collections import defaultdict

STAGES = {
    "evkb.kb.build": ("known_products", "_add_extracted", "update_conflicts", "write_built"),
    "evkb.kb.conflict_keys": ("statements", "_statement_keys"),
    "evkb.kb.built": ("write_manifest", "remember"),
}


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__.splitlines()[2])
    began, wall = time.process_time(), time.perf_counter()
    spent: dict[str, float] = defaultdict(float)

    def timed(name: str, real):
        def run(*args, **kwargs):
            start = time.process_time()
            try:
                return real(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - start

        return run

    for module_name, names in STAGES.items():
        module = importlib.import_module(module_name)
        for name in names:
            if hasattr(module, name):  # an older version may lack a stage
                setattr(module, name, timed(name, getattr(module, name)))
    from evkb.cli import main as evkb

    sys.argv = ["evkb", "add", "--kb", sys.argv[1], sys.argv[2]]
    with contextlib.redirect_stderr(io.StringIO()), contextlib.suppress(SystemExit):
        evkb()
    stages = " ".join(f"{name}={seconds:.2f}" for name, seconds in spent.items())
    print(
        f"load {os.getloadavg()[0]:.1f}  processor {time.process_time() - began:.2f} s"
        f"  wall {time.perf_counter() - wall:.2f} s  {stages}"
    )


if __name__ == "__main__":
    main()
