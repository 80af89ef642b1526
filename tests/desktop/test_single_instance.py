"""One KB Assist per user, with real processes: later starts and links reach the running window."""

from __future__ import annotations

import os
import pty
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.contentkit import article

# Starting the app on a loaded machine takes seconds; the whole test stays well under a minute.
STARTUP_SECONDS = 90


class Desktop:
    """A user's session in throwaway folders, where kbassist processes are started."""

    def __init__(self, home: Path, runtime: Path) -> None:
        self.home = home
        self.runtime = runtime
        self.log = home / "data" / "kbassist" / "logs" / "kbassist.log"
        self.apps: list[subprocess.Popen[bytes]] = []
        content = home / "kb"
        article(content, "returns/late-returns", "Late returns", "Returns after 30 days.")
        settings = home / "config" / "kbassist" / "kbassist.ini"
        settings.parent.mkdir(parents=True)
        # Search by meaning would spend the test's time computing vectors in the background.
        settings.write_text("[General]\nsemantic_search=false\n", "utf-8")
        self.env = {
            **os.environ,
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_RUNTIME_DIR": str(runtime),
            "KBASSIST_CONTENT": str(content),
            "QT_QPA_PLATFORM": "offscreen",
        }

    def start_app(self, *args: str) -> subprocess.Popen[bytes]:
        """kbassist ARGS in the background, as the desktop would start it."""
        app = subprocess.Popen(
            [sys.executable, "-m", "kbassist", *args],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.apps.append(app)
        return app

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """kbassist ARGS, waited for."""
        return subprocess.run(
            [sys.executable, "-m", "kbassist", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def wait_for_log(self, text: str, app: subprocess.Popen[bytes]) -> None:
        """Until the log holds text (written by the running app); fails if the app ended."""
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.log.is_file() and text in self.log.read_text("utf-8", "replace"):
                return
            assert app.poll() is None, f"the app ended ({app.returncode}) before logging {text!r}"
            time.sleep(0.1)
        pytest.fail(f"the app did not log {text!r} in {STARTUP_SECONDS} s:\n{self.log_text()}")

    def log_text(self) -> str:
        return self.log.read_text("utf-8", "replace") if self.log.is_file() else "(no log)"


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    # A socket's path has a length limit (108 bytes): the runtime folder is a short one.
    runtime = Path(tempfile.mkdtemp(prefix="kb-run-", dir="/tmp"))
    runtime.chmod(0o700)
    session = Desktop(tmp_path, runtime)
    yield session
    for app in session.apps:
        if app.poll() is None:
            app.send_signal(signal.SIGKILL)
            app.wait(10)
    shutil.rmtree(runtime, ignore_errors=True)


def test_later_starts_and_links_reach_the_running_window(desktop: Desktop) -> None:
    # No app runs: `kbassist open` starts one, which opens the article once content is read.
    first = desktop.start_app("open", "kbassist://article/returns/late-returns")
    desktop.wait_for_log("Opened the article returns/late-returns", first)

    started = time.monotonic()
    searched = desktop.run("open", "late returns", "--lang", "en")
    handed_over = time.monotonic() - started
    assert searched.returncode == 0, searched.stderr
    desktop.wait_for_log("Searching for 'late returns' (language filter 'en')", first)
    # The second process hands the request over without loading Qt.
    assert handed_over < 30

    link = desktop.run("open", "kbassist://search?q=refund%20policy")
    assert link.returncode == 0, link.stderr
    desktop.wait_for_log("Searching for 'refund policy' (language filter '')", first)

    near = desktop.run("open", "kbassist://facility?near=NW1%207AA")
    assert near.returncode == 0, near.stderr
    desktop.wait_for_log("Finding facilities near 'NW1 7AA'", first)

    # As a CRM fills in `q={topic}`: the space is not encoded.
    topic = desktop.run("open", "kbassist://search?q=late delivery&lang=en")
    assert topic.returncode == 0, topic.stderr
    desktop.wait_for_log("Searching for 'late delivery' (language filter 'en')", first)

    again = desktop.run()
    assert again.returncode == 0, again.stderr
    assert "already running" in again.stdout
    assert first.poll() is None  # still the one app


def test_hostile_requests_are_refused_by_both_sides(desktop: Desktop) -> None:
    first = desktop.start_app()
    desktop.wait_for_log("Ready for requests from other programs", first)

    refused = desktop.run("open", "kbassist://search?q=x&exec=rm%20-rf")
    assert refused.returncode == 2
    assert "does not know: exec=" in refused.stderr and "Traceback" not in refused.stderr
    # Opened from a softphone nobody reads stderr: the running window says it, and the log.
    desktop.wait_for_log("Showed why a link was not opened: kbassist://search?q=x&exec=", first)
    assert "kbassist open refused 'kbassist://search?q=x&exec=rm%20-rf'" in desktop.log_text()

    # A program that skips `kbassist open` and writes to the socket itself is refused too.
    socket_file = desktop.runtime / "kbassist" / "instance.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as raw:
        raw.settimeout(30)
        raw.connect(str(socket_file))
        raw.sendall(b"kbassist://article/../../etc/passwd\n")
        answer = raw.makefile("rb").readline().decode("utf-8")
    assert answer.startswith("error: ") and "'..' part" in answer
    assert first.poll() is None
    assert "Refused a request from another program" in desktop.log_text()


def test_a_socket_left_by_a_crash_does_not_stop_the_next_start(desktop: Desktop) -> None:
    crashed = desktop.start_app()
    desktop.wait_for_log("Ready for requests from other programs", crashed)
    crashed.send_signal(signal.SIGKILL)
    crashed.wait(10)
    assert (desktop.runtime / "kbassist" / "instance.sock").exists()  # nobody cleaned up

    after = desktop.start_app("open", "after the crash")
    desktop.wait_for_log("Searching for 'after the crash'", after)
    assert desktop.run("open", "still one app").returncode == 0
    desktop.wait_for_log("Searching for 'still one app'", after)


def test_two_starts_at_the_same_moment_make_one_app(desktop: Desktop) -> None:
    # As `for n in a b; do setsid kbassist open "$n" & done`: neither finds a running app
    # when it starts; the claim on the socket decides which one becomes it.
    apps = [desktop.start_app("open", "first words"), desktop.start_app("open", "second words")]
    deadline = time.monotonic() + STARTUP_SECONDS
    while all(app.poll() is None for app in apps) and time.monotonic() < deadline:
        time.sleep(0.1)
    ended = [app for app in apps if app.poll() is not None]
    assert len(ended) == 1, f"two apps run side by side:\n{desktop.log_text()}"
    assert ended[0].returncode == 0
    running = next(app for app in apps if app is not ended[0])
    # The one that ended handed its search to the one that runs.
    desktop.wait_for_log("Searching for 'first words'", running)
    desktop.wait_for_log("Searching for 'second words'", running)
    assert desktop.log_text().count("Ready for requests from other programs") == 1


def test_a_refused_link_with_no_app_running_starts_one_that_says_why(desktop: Desktop) -> None:
    # The desktop runs `kbassist open %u` with no terminal (Terminal=false).
    app = desktop.start_app("open", "kbassist://article/../../etc/passwd")
    desktop.wait_for_log("Showed why a link was not opened (in a message box):", app)
    assert "'..' part" in desktop.log_text()
    assert "kbassist open refused 'kbassist://article/../../etc/passwd'" in desktop.log_text()
    assert app.poll() is None  # the window stays, with the reason, for the agent to read


def test_a_refused_link_typed_in_a_terminal_starts_no_app(desktop: Desktop) -> None:
    # On a terminal the sentence is read there: no window is started for a typo.
    terminal, other_end = pty.openpty()
    try:
        typed = subprocess.run(
            [sys.executable, "-m", "kbassist", "open", "kbassist://serch?q=refund"],
            env=desktop.env,
            stdout=subprocess.PIPE,
            stderr=other_end,
            timeout=60,
            check=False,
        )
        said = os.read(terminal, 4096).decode("utf-8", "replace")
    finally:
        os.close(terminal)
        os.close(other_end)
    assert typed.returncode == 2
    assert "does not know what kbassist://serch?q=refund asks for" in said
    assert "Ready for requests" not in desktop.log_text()
    assert not (desktop.runtime / "kbassist" / "instance.sock").exists()
