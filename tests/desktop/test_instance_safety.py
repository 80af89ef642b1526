"""The single-instance socket is private: no request goes to, or comes from, another user."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kbassist.desktop.instance import (
    SOCKET_NAME,
    is_running,
    is_trusted_socket,
    prepare_socket_folder,
    send_to_running,
    socket_path,
)
from kbassist.desktop.links import SearchRequest, ShowRequest
from kbassist.ui.single_instance import InstanceServer

# A user id that is not this process's: nobody on Debian.
OTHER_UID = 65534
needs_root = pytest.mark.skipif(
    os.geteuid() != 0, reason="handing a file or a process to another user needs root"
)
# The other user's client runs the system's Python: the project's may be under /root.
SYSTEM_PYTHON = "/usr/bin/python3"


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private $XDG_RUNTIME_DIR with a short path (a socket's path is at most 108 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="kb-safe-", dir="/tmp"))
    folder.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


class Listener:
    """A plain socket listening where the app would, counting who connects to it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.connections = 0
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(str(path))
        self.server.listen(4)
        self.server.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _address = self.server.accept()
            except TimeoutError:
                continue
            self.connections += 1
            with connection:
                connection.sendall(b"ok\n")

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.server.close()


def test_a_runtime_folder_others_can_open_is_not_used(runtime: Path) -> None:
    assert socket_path() == runtime / "kbassist" / SOCKET_NAME
    runtime.chmod(0o755)
    # After `su`, $XDG_RUNTIME_DIR may still name a folder that is not this user's own.
    assert socket_path() == runtime / "cache" / "kbassist" / "run" / SOCKET_NAME


def test_no_request_goes_to_a_socket_in_a_folder_others_can_open(runtime: Path) -> None:
    folder = runtime / "kbassist"
    folder.mkdir()
    folder.chmod(0o777)
    listener = Listener(folder / SOCKET_NAME)
    try:
        assert not is_trusted_socket(listener.path)
        assert not is_running()
        assert send_to_running(SearchRequest("customer postcode NW1 7AA")) is False
        assert listener.connections == 0
        # The app, about to listen, closes the folder again: it is this user's own.
        assert prepare_socket_folder() == listener.path
        assert folder.stat().st_mode & 0o777 == 0o700
        assert is_trusted_socket(listener.path)
        assert send_to_running(ShowRequest()) is True
        assert listener.connections == 1
    finally:
        listener.close()


def test_a_socket_folder_that_is_a_link_is_refused(runtime: Path, qtbot: QtBot) -> None:
    elsewhere = runtime / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    (runtime / "kbassist").symlink_to(elsewhere)
    listener = Listener(elsewhere / SOCKET_NAME)
    try:
        with pytest.raises(PermissionError, match="not a folder of this user's own"):
            prepare_socket_folder()
        assert send_to_running(ShowRequest()) is False
        assert listener.connections == 0
        server = InstanceServer()
        assert server.listen() is False  # the app then runs on its own
    finally:
        listener.close()


def test_a_stale_socket_is_not_taken_for_a_running_app(runtime: Path, qtbot: QtBot) -> None:
    path = prepare_socket_folder()
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))
    stale.close()  # bound, never listening: the file a crashed app leaves
    assert path.exists() and is_trusted_socket(path)
    assert not is_running()
    assert send_to_running(ShowRequest()) is False
    server = InstanceServer()
    try:
        assert server.listen() is True
        assert is_running()
    finally:
        server.close()


@needs_root
def test_a_socket_of_another_user_gets_no_request(runtime: Path) -> None:
    listener = Listener(prepare_socket_folder())
    try:
        os.chown(listener.path, OTHER_UID, OTHER_UID)
        assert not is_trusted_socket(listener.path)
        assert send_to_running(SearchRequest("refund")) is False
        assert listener.connections == 0
    finally:
        listener.close()


@needs_root
@pytest.mark.skipif(not Path(SYSTEM_PYTHON).is_file(), reason="no system Python")
def test_the_app_refuses_a_process_of_another_user(runtime: Path, qtbot: QtBot) -> None:
    server = InstanceServer()
    received: list[object] = []
    server.requested.connect(received.append)
    assert server.listen()
    path = socket_path()
    # Opened up by mistake: the folder and the socket no longer keep other users out.
    path.parent.chmod(0o777)
    path.chmod(0o777)
    runtime.chmod(0o755)
    client = (
        "import socket, sys\n"
        "s = socket.socket(socket.AF_UNIX)\n"
        "s.settimeout(20)\n"
        "s.connect(sys.argv[1])\n"
        "try:\n"
        "    s.sendall(b'kbassist://search?q=intruder\\n')\n"
        "    print(repr(s.recv(100)))\n"
        "except (ConnectionResetError, BrokenPipeError):\n"
        "    print('reset')\n"
    )
    try:
        other = subprocess.Popen(
            [SYSTEM_PYTHON, "-c", client, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            user=OTHER_UID,
            group=OTHER_UID,
            extra_groups=[],
            cwd="/",
        )
        qtbot.waitUntil(lambda: other.poll() is not None, timeout=30_000)
        output, errors = other.communicate()
        assert other.returncode == 0, errors
        assert output.strip() in ("b''", "reset")  # cut off, never an "ok"
        qtbot.wait(100)
        assert received == []
    finally:
        server.close()


def _ask(path: Path, data: bytes, answers: list[bytes]) -> None:
    """Send data to the app's socket and keep what comes back (from a thread: the app's
    server answers on the Qt event loop the test runs)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(20)
        client.connect(str(path))
        # The app stops reading after the longest line it accepts and answers at once.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            client.sendall(data)
        try:
            answers.append(client.makefile("rb").readline())
        except (ConnectionResetError, TimeoutError):
            answers.append(b"")


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"kbassist://search?q=" + b"a" * 10_000_000, b"characters long"),
        (b"kbassist://search?q=\xff\xfe\n", b"not UTF-8"),
        (b"kbassist://search?q=a\rb\n", b"control characters"),
        (b"\x00" * 100 + b"\n", b"control characters"),
    ],
)
def test_oversized_or_broken_lines_are_answered_with_an_error(
    runtime: Path, qtbot: QtBot, data: bytes, says: bytes
) -> None:
    server = InstanceServer()
    received: list[object] = []
    server.requested.connect(received.append)
    assert server.listen()
    answers: list[bytes] = []
    client = threading.Thread(target=_ask, args=(socket_path(), data, answers))
    try:
        client.start()
        qtbot.waitUntil(lambda: not client.is_alive(), timeout=30_000)
        assert answers and answers[0].startswith(b"error: ") and says in answers[0], answers
        assert received == []
    finally:
        client.join(5)
        server.close()


def test_a_request_that_comes_while_the_window_is_built_waits_for_it(
    runtime: Path, qtbot: QtBot
) -> None:
    server = InstanceServer()
    received: list[object] = []
    server.requested.connect(received.append)
    assert server.listen()
    answers: list[bytes] = []
    client = threading.Thread(
        target=_ask, args=(socket_path(), b"kbassist://search?q=early%20bird\n", answers)
    )
    try:
        client.start()
        qtbot.waitUntil(lambda: not client.is_alive(), timeout=30_000)
        assert answers == [b"ok\n"]
        assert received == []  # nothing runs it yet
        server.ready()
        assert received == [SearchRequest("early bird")]
    finally:
        client.join(5)
        server.close()
