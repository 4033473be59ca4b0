"""`evkb add` of synthetic articles with record extraction: total time, extraction's share, and
whether the generator's companies reach the Companies table.

    python tests/bench/bench_records.py [--articles 2500]

Writes the articles with gen_articles.py, starts a knowledge base with `evkb init`, times
`evkb add` of them all (build included), then times the extraction stage alone over the same
articles and checks that every company the generator writes is a record (curated or extracted),
and that a filter for "samsung" finds Samsung SDI.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_articles

from evkb.kb.build import name_matcher
from evkb.kb.extract import extract_claims, read_text, split_passages
from evkb.kb.load import load_curated
from evkb.kb.records import Lexicon, extract_records
from evkb.kb.records.companies import name_key
from evkb.kb.store import load_kb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2500)
    args = parser.parse_args()
    evkb = [sys.executable, "-m", "evkb"]
    with tempfile.TemporaryDirectory() as tmp:
        kb_dir = Path(tmp) / "kb"
        subprocess.run([*evkb, "init", str(kb_dir)], check=True, capture_output=True)
        paths = gen_articles.write_articles(Path(tmp) / "new", args.articles)
        began = time.perf_counter()
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(
            [*evkb, "add", "--kb", str(kb_dir), *map(str, paths)], check=True, capture_output=True
        )
        total = time.perf_counter() - began
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        add_cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (
            cpu_after.ru_stime - cpu_before.ru_stime
        )

        curated, _ = load_curated(kb_dir, [p.stem for p in (kb_dir / "sources").glob("*.txt")])
        lexicon = Lexicon(curated.companies)
        matcher = name_matcher(curated.companies)
        texts = [(p.stem, read_text(p.read_bytes())[0]) for p in paths]
        passages = [(sid, split_passages(sid, text)) for sid, text in texts]
        claims = [extract_claims(sid, items, matcher) for sid, items in passages]
        # As in the build: the records stage reuses the claims stage's figures. CPU time, so
        # other work on the machine does not count.
        began = time.process_time()
        for (sid, items), found in zip(passages, claims):
            extract_records(sid, items, lexicon, found)
        extraction = time.process_time() - began

        kb = load_kb(kb_dir)
        names = {name_key(n) for c in kb.companies for n in c.names}
        expected = (
            gen_articles.AUTOMAKERS
            + gen_articles.CELL_MAKERS
            + gen_articles.RESEARCH
            + gen_articles.MEDIA
        )
        missing = [n for n in expected if name_key(n) not in names]
        strays = sorted(
            c.name
            for c in kb.companies
            if c.origin == "extracted" and name_key(c.name) not in {name_key(n) for n in expected}
        )
        samsung = [c.name for c in kb.companies if "samsung" in c.name.casefold()]
        extracted = sum(1 for c in kb.companies if c.origin == "extracted")
        print(f"articles: {args.articles}")
        print(
            f"evkb add (build included): {total:.1f} s wall, {add_cpu:.1f} s CPU (load average {os.getloadavg()[0]:.1f})"
        )
        print(
            f"extraction of records alone: {extraction:.1f} s CPU ({100 * extraction / add_cpu:.0f}% of add's CPU)"
        )
        print(
            f"companies: {len(kb.companies)} ({extracted} extracted); generator's found: {len(expected) - len(missing)}/{len(expected)}"
        )
        print(f"missing: {', '.join(missing) or 'none'}")
        print(
            f"extracted names the generator never wrote as a company: {len(strays)} {strays[:15]}"
        )
        print(f'filter "samsung": {samsung}')
        print(
            f"shares: {sum(1 for s in kb.shares if s.origin == 'extracted')} extracted, "
            f"batteries: {sum(1 for b in kb.batteries if b.origin == 'extracted')} extracted, "
            f"investments: {sum(1 for i in kb.investments if i.origin == 'extracted')} "
            f"(plants among them: {sum(1 for i in kb.investments if i.origin == 'extracted' and (i.kind == 'plant' or i.facts))})"
        )


if __name__ == "__main__":
    main()
