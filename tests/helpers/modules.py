"""The evkb modules a piece of code imports, found in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys


def modules_run(code: str) -> dict[str, str]:
    """Module name -> file of every evkb module (packages' `__init__` aside) that `code`
    imports when run alone in a new process: what a digest of "the code that ran" must cover."""
    script = (
        f"{code}\n"
        "import json as _json, sys as _sys\n"
        "_mods = [m for m in _sys.modules if m.startswith('evkb')]\n"
        "print(_json.dumps({m: getattr(_sys.modules[m], '__file__', None) for m in _mods}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return {
        name: file
        for name, file in json.loads(done.stdout).items()
        if file and not file.endswith("__init__.py")
    }
