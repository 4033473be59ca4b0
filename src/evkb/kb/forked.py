"""Work a build hands to a forked child, so it runs on the other core beside the building process.

After the last document a build has seconds of work left on one core while the other idles.
Work that needs only what the building process holds already (the products, say) is forked
off: the child sees the parent's memory as it was (copy on write, nothing pickled), does the
work, sends back a small JSON answer through a pipe and ends. The parent asks for the answer
when it needs it; a child that failed or was killed answers None with the reason, and the
parent does the work itself. Where there is no fork (`CAN_FORK`), the work is not handed out.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
from collections.abc import Callable
from typing import Any

from evkb.kb.files import release_inherited_locks

CAN_FORK = hasattr(os, "fork")


class Forked:
    """`work()` running in a forked child; `answer()` waits for what it returned."""

    def __init__(self, work: Callable[[], Any]) -> None:
        self.pid = 0
        self.reason = ""
        self._read = -1
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            code = 1
            try:
                os.close(read)
                release_inherited_locks()  # the folder's lock stays the parent's alone
                signal.signal(signal.SIGINT, signal.SIG_DFL)  # ctrl-c ends it with the parent
                data = json.dumps(work()).encode("utf-8")
                view = memoryview(data)
                while view:
                    view = view[os.write(write, view) :]
                code = 0
            finally:
                os._exit(code)  # nothing of the parent's (buffers, exit handlers) runs twice
        os.close(write)
        self.pid, self._read = pid, read

    def answer(self) -> Any:
        """What `work()` returned, once the child has ended; None when it failed (`reason`)."""
        if not self.pid:
            return None
        chunks = []
        try:
            while chunk := os.read(self._read, 1 << 16):
                chunks.append(chunk)
        finally:
            os.close(self._read)
            status = self._wait()
        if status != 0:
            self.reason = _ended(status)
            return None
        try:
            return json.loads(b"".join(chunks))
        except ValueError:
            self.reason = "its answer was damaged"
            return None

    def stop(self) -> None:
        """End the child if it still runs (the build failed meanwhile) and wait for it."""
        if not self.pid:
            return
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        os.close(self._read)
        self._wait()

    def _wait(self) -> int:
        pid, self.pid = self.pid, 0
        try:
            return os.waitpid(pid, 0)[1]  # retried by Python itself when a signal interrupts
        except ChildProcessError:
            return 0


def _ended(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"killed by signal {os.WTERMSIG(status)}"
    return f"ended with status {os.waitstatus_to_exitcode(status)}"
