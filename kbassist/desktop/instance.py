"""The one running KB Assist per user: where it listens, and handing it a request.

The app listens on a local socket in the user's runtime folder (a QLocalServer, see
kbassist/ui/single_instance.py). A second start, `kbassist open` and a clicked kbassist://
link send it one line, the request's kbassist:// link, and read one line back: "ok", or
"error: " and why. The folder is the user's own (mode 0700), so no other user can connect;
the app parses every line as strictly as a link from anywhere. Neither side trusts a folder
or socket that belongs to someone else: a request (a customer's postcode, say) is never
sent to a stranger's socket, and an app never listens in a folder others can open.

Two starts at the same moment would both find no app and both listen (Qt's listen replaces
the socket file of the other). So every start holds an exclusive lock in the same folder
while it looks for a running app, and the one that becomes the app holds it until it
listens and answers: the other then finds it and hands its request over.
"""

from __future__ import annotations

import logging
import os
import socket
import stat
import struct
from pathlib import Path

import filelock

from kbassist.common.i18n import _
from kbassist.desktop.links import MAX_LINK, Request, to_link
from kbassist.paths import APP_NAME, cache_dir

log = logging.getLogger(__name__)

SOCKET_NAME = "instance.sock"
LOCK_NAME = "instance.lock"
# How long a start waits for another one that is becoming the app: starting takes seconds,
# up to a minute on a loaded machine; after that it goes on without the lock.
CLAIM_TIMEOUT = 120.0
# Long enough for a window busy loading content; short enough that a hung app is noticed.
ANSWER_TIMEOUT = 10.0
# The longest line the app reads: a link at its longest plus its ending.
MAX_MESSAGE = MAX_LINK * 4 + 2
OK = "ok"
ERROR_PREFIX = "error: "


class InstanceError(Exception):
    """The running app could not be reached or refused the request."""


class RequestRefusedError(InstanceError):
    """The running app answered: it refused the request (the reason is the message)."""


def socket_path() -> Path:
    """Where the running app listens: $XDG_RUNTIME_DIR/kbassist/, else the user's cache folder.

    $XDG_RUNTIME_DIR counts only when it is this user's own private folder: after `su` it
    can still name the previous user's one.
    """
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_absolute() and _is_private_folder(Path(runtime)):
        return Path(runtime) / APP_NAME / SOCKET_NAME
    return cache_dir() / "run" / SOCKET_NAME


def prepare_socket_folder() -> Path:
    """The socket's folder, created for this user only; returns the socket's path.

    PermissionError when the folder exists but is not this user's own (or is a link).
    """
    path = socket_path()
    folder = path.parent
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise PermissionError(
            _("{folder} is not a folder of this user's own; remove it.").format(folder=folder)
        )
    if stat.S_IMODE(info.st_mode) != 0o700:
        folder.chmod(0o700)  # made earlier with a looser mode: closed to others now
    return path


def acquire_claim(timeout: float = CLAIM_TIMEOUT) -> filelock.BaseFileLock | None:
    """The exclusive claim on being the running app, held; the caller releases it.

    None when it cannot be had (the folder is not usable, or another start held it for
    timeout seconds): the caller goes on as if there were no lock, and it is logged.
    """
    try:
        lock = filelock.FileLock(
            prepare_socket_folder().with_name(LOCK_NAME), timeout=timeout, mode=0o600
        )
        lock.acquire()
    except filelock.Timeout:
        log.warning("Another KB Assist kept starting for %g s; going on without waiting", timeout)
        return None
    except OSError as exc:
        log.warning("No lock for starting KB Assist once (%s)", exc)
        return None
    return lock


def is_trusted_socket(path: Path) -> bool:
    """True when path is a socket of this user's, in a folder only this user can open."""
    try:
        info = path.lstat()
    except OSError:
        return False
    return (
        stat.S_ISSOCK(info.st_mode)
        and info.st_uid == os.getuid()
        and _is_private_folder(path.parent)
    )


def _is_private_folder(folder: Path) -> bool:
    try:
        info = folder.lstat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
    )


def peer_is_this_user(descriptor: int) -> bool:
    """True when the process at the other end of a connected local socket runs as this user.

    The folder's mode already keeps other users out; this holds even if it was opened up.
    Where the system cannot tell (no SO_PEERCRED), the folder's mode is what protects.
    """
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None or descriptor < 0:
        return option is None
    try:
        with socket.fromfd(descriptor, socket.AF_UNIX, socket.SOCK_STREAM) as duplicate:
            credentials = duplicate.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i"))
    except OSError:
        return False
    uid: int = struct.unpack("3i", credentials)[1]
    return uid == os.getuid()


def is_running() -> bool:
    """True when an app answers on the socket (a stale file from a crash does not)."""
    path = socket_path()
    if not is_trusted_socket(path):
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(2.0)
        try:
            connection.connect(str(path))
        except OSError:
            return False
    return True


def send_to_running(request: Request, timeout: float = ANSWER_TIMEOUT) -> bool:
    """Hand request to the running app; False when none is running.

    RequestRefusedError when one is running and refused the request; InstanceError when it did
    not answer.
    """
    path = socket_path()
    try:
        path.lstat()
    except OSError:
        return False  # no app has listened here
    if not is_trusted_socket(path):
        log.warning("Not handing a request to %s: it is not this user's own socket", path)
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(timeout)
        try:
            connection.connect(str(path))
        except OSError as exc:
            # Refused: left behind by an app that crashed, nobody listens. Any other reason
            # (a path too long for a socket, say): the app cannot be reached there either.
            if not isinstance(exc, ConnectionRefusedError | FileNotFoundError):
                log.warning("Cannot reach a running KB Assist at %s: %s", path, exc)
            return False
        try:
            connection.sendall(to_link(request).encode("utf-8") + b"\n")
            answer = _read_line(connection)
        except TimeoutError:
            raise InstanceError(
                _("KB Assist is running but did not answer within {seconds:g} seconds.").format(
                    seconds=timeout
                )
            ) from None
        except OSError as exc:
            raise InstanceError(
                _("KB Assist is running but the request did not reach it ({reason}).").format(
                    reason=exc.strerror or exc
                )
            ) from None
    if answer == OK:
        return True
    if answer.startswith(ERROR_PREFIX):
        raise RequestRefusedError(answer.removeprefix(ERROR_PREFIX))
    raise InstanceError(
        _("KB Assist is running but gave an answer it should not: {answer}").format(
            answer=answer[:200]
        )
    )


def _read_line(connection: socket.socket) -> str:
    data = b""
    while not data.endswith(b"\n") and len(data) < MAX_MESSAGE:
        chunk = connection.recv(4096)
        if not chunk:
            break
        data += chunk
    return data.decode("utf-8", "replace").strip()
