"""Time from starting the real `evkb` in a pseudo-terminal to its first full screen.

Run: python tests/bench/bench_startup.py [--runs N] [--kb DIR]. Prints each run, the median
and the maximum. The first frame counts as painted when both the first pane's tab title and
the footer's quit key have been written to the terminal.

Opening a knowledge base caches beside its kb.toml, so the benchmark never opens the repo's
`data/`: it opens a temporary copy of it (or of `--kb DIR`), with a temporary cache and config
directory, all removed afterwards.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

from evkb.paths import bundled_kb_dir

MARKERS = (b"Companies", b"Quit")
# What a copy of a knowledge base leaves out: derived data is rebuilt, never copied.
COPY_IGNORE = shutil.ignore_patterns(".evkb-cache", "*.lock")
TIMEOUT = 20.0


def one_run(command: list[str], env: dict[str, str]) -> float:
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 36, 120, 0, 0))
    began = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
        start_new_session=True,
    )
    os.close(follower)
    seen = b""
    painted = None
    try:
        while time.perf_counter() - began < TIMEOUT:
            ready, _, _ = select.select([leader], [], [], 0.05)
            if not ready:
                if process.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            seen += chunk
            if all(marker in seen for marker in MARKERS):
                painted = time.perf_counter() - began
                break
    finally:
        os.write(leader, b"\x11")  # ctrl+q: Textual's own quit
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait()
        os.close(leader)
    if painted is None:
        tail = seen[-400:].decode("utf-8", "replace")
        raise SystemExit(f"no first frame within {TIMEOUT}s; last output: {tail!r}")
    return painted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--kb", help="knowledge-base folder (default: the bundled one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="evkb-startup-") as scratch:
        kb = Path(scratch) / "kb"
        shutil.copytree(Path(args.kb) if args.kb else bundled_kb_dir(), kb, ignore=COPY_IGNORE)
        command = [sys.executable, "-m", "evkb", "--kb", str(kb)]
        env = {
            **os.environ,
            "TERM": "xterm-256color",
            "EVKB_CONFIG_DIR": str(Path(scratch) / "config"),
            "EVKB_CACHE_DIR": str(Path(scratch) / "cache"),
        }
        env.pop("TEXTUAL_THEME", None)
        one_run(command, env)  # warm the caches (parsed kb.toml, .pyc) as a second start would
        times = [one_run(command, env) for _ in range(args.runs)]
    for index, seconds in enumerate(times, 1):
        print(f"run {index}: {seconds * 1000:.0f} ms")
    print(
        f"first screen: median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
