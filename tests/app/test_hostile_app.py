"""The app over a knowledge base holding a hostile document: markup is shown literally, no text
becomes an action, and no escape code from the document reaches the terminal."""

from __future__ import annotations

import html
import os
import re
import select
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.app import laid_out, settle, started

from evkb.cli import main

ESC = "\x1b"
HOSTILE = (
    "Zorblax [bold red]Energy[/] Unveils a Battery\n\n"
    "Zorblax Energy says [link=https://evil.example]click[/link] and [@click=app.quit]quit[/] "
    "and a stray [/] tag.\n\n"
    f"Zorblax says its {ESC}[5;41mSolid{ESC}[0m battery reaches 500 km{ESC}]0;pwned\x07 and "
    f"{ESC}[2J clears, with C1 \x85\x9b31m and \u202eevil\u202c and \u2066iso\u2069 and DEL\x7f.\n"
)
# What the document would make a terminal do if its bytes got through.
DOCUMENT_SEQUENCES = [
    b"\x1b]0;pwned",
    b"\x1b[5;41m",
    b"\x1b[2J clears",
    b"\xc2\x85",
    b"\xc2\x9b",
    "\u202e".encode(),
    "\u2066".encode(),
]


@pytest.fixture
def hostile_kb(tmp_path) -> Path:
    kb = tmp_path / "kb"
    (kb / "sources").mkdir(parents=True)
    # The first source in the list, so the Sources pane shows it at once.
    (kb / "sources" / "a-hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (kb / "sources" / "b-plain.txt").write_text(
        "Acme Motors plans a battery with 620 miles of range.\n", encoding="utf-8"
    )
    assert main(["build", "--kb", str(kb)]) == 0
    return kb


def screen_text(app) -> str:
    """What the terminal shows, as text (from the app's own screenshot of itself)."""
    svg = app.export_screenshot()
    return html.unescape("".join(re.findall(r">([^<>]*)</text>", svg))).replace("\xa0", " ")


async def test_sources_pane_and_search_show_the_document_literally(hostile_kb):
    from textual.widgets import Input

    from evkb.tui.app import EvkbApp
    from evkb.tui.widgets.passages import PassageView

    app = EvkbApp(hostile_kb)
    async with app.run_test(size=(160, 40)) as pilot:
        await started(pilot)
        await pilot.press("4")
        await laid_out(pilot, "PassageView", PassageView)
        shown = screen_text(app)
        assert "Zorblax [bold red]Energy[/] Unveils" in shown
        assert (
            "[@click=app.quit]quit[/]" in shown
            and "[link=https://evil.example]click[/link]" in shown
        )
        assert "\u241b[5;41mSolid\u241b[0m" in shown and "\u241b]0;pwned\u2407" in shown
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", shown)
        # Click all along the line that would hold the action if it were read as markup.
        view = app.screen.query_one(PassageView)
        for y in range(view.size.height):
            line = view.render_line(y).text
            if "[@click=app.quit]" in line:
                start = line.index("[@click=app.quit]")
                for x in range(start, start + len("[@click=app.quit]quit[/]"), 4):
                    await pilot.click(view, offset=(x, y))
                break
        else:
            raise AssertionError("the passage with the action markup is not on screen")
        await pilot.pause()
        assert app.is_running and app.return_code is None

        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"zorblax quit")
        await settle(pilot)
        assert app.screen.query_one("#search-input", Input).value == "zorblax quit"
        shown = screen_text(app)
        assert "[@click=app.quit]quit[/]" in shown
        await pilot.press("enter")  # open the hit: the passage screen shows it literally too
        await pilot.pause()
        assert "[@click=app.quit]quit[/]" in screen_text(app)
        assert app.is_running and app.return_code is None


def test_the_real_app_sends_no_escape_code_from_the_document(hostile_kb, tmp_path):
    """Run `evkb` in a pseudo-terminal, show the document, and read every byte it writes."""
    import fcntl
    import pty
    import termios

    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "EVKB_CONFIG_DIR": str(tmp_path / "config"),
        "EVKB_CACHE_DIR": str(tmp_path / "cache"),
    }
    for name in ("NO_COLOR", "TEXTUAL_THEME", "TEXTUAL"):
        env.pop(name, None)
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "evkb", "--kb", str(hostile_kb)],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
        close_fds=True,
        start_new_session=True,
    )
    os.close(follower)
    received = bytearray()

    def read_until(done, seconds: float) -> bool:
        """Collect output until `done(output)` or the time is up; False if the app has gone."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not done(received):
            ready, _, _ = select.select([leader], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # the app has exited and the terminal is gone
                    return False
                if not chunk:
                    return False
                received.extend(chunk)
        return True

    shown = "\u241b]0;pwned\u2407".encode()
    try:
        # Each step waits for what it brings to the screen (with a generous time-out), never
        # for a fixed time.
        assert read_until(lambda out: b"Sources" in out and b"Quit" in out, 20), bytes(received)[
            -2000:
        ]
        os.write(leader, b"4")  # the Sources pane, on the hostile document
        read_until(lambda out: shown in out, 10)
        mark = len(received)
        os.write(leader, b"/")
        read_until(lambda out: b"Search passages" in out[mark:], 10)
        mark = len(received)
        os.write(leader, b"zorblax quit")
        read_until(lambda out: b"in body passages" in out[mark:], 10)  # the search has answered
        mark = len(received)
        os.write(leader, b"\x1b")  # back
        read_until(lambda out: b"Companies" in out[mark:], 10)
        os.write(leader, b"q")
        read_until(lambda out: False, 20)  # until the app has gone (the terminal closes)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
        os.close(leader)
    assert process.returncode == 0  # `q` quit it normally: nothing in the document did
    output = bytes(received)
    # The document was on screen (its controls as pictures) ...
    assert shown in output, output[-2000:]
    assert b"[@click=app.quit]quit[/]" in output
    # ... and none of its own sequences reached the terminal.
    for sequence in DOCUMENT_SEQUENCES:
        assert sequence not in output, sequence
