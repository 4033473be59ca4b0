"""The core (knowledge base, extraction, search, compare) never imports Textual."""

import subprocess
import sys

CORE = [
    "evkb.model",
    "evkb.text",
    "evkb.kb.load",
    "evkb.kb.build",
    "evkb.kb.store",
    "evkb.kb.extract",
    "evkb.kb.units",
    "evkb.kb.check",
    "evkb.kb.conflicts",
    "evkb.search",
    "evkb.compare",
    "evkb.timeline",
    "evkb.views.battery",
    "evkb.views.dossier",
    "evkb.views.overview",
    "evkb.views.shares",
    "evkb.cli",
]


def test_core_imports_no_textual():
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in CORE)
        + "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        + "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
