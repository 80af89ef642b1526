"""The SMTP password in a real Secret Service keyring, and clear errors when there is none."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from kbassist.mail.credentials import (
    SERVICE,
    NoKeyringAvailableError,
    SecretError,
    account,
    delete_password,
    get_password,
    set_password,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def user() -> str:
    """A user name no other test uses, so runs never see each other's passwords."""
    return f"writer-{uuid.uuid4().hex[:8]}"


def test_the_tests_run_against_a_real_keyring() -> None:
    backend = keyring.get_keyring()
    assert type(backend).__module__ == "keyring.backends.SecretService"


def test_store_read_replace_delete(user: str) -> None:
    host = "smtp.larkspur.example"
    assert get_password(user, host) is None
    set_password(user, host, "first pässword ✓")
    assert get_password(user, host) == "first pässword ✓"
    set_password(user, host, "second")
    assert get_password(user, host) == "second"
    # The entry is where other tools look for it: service kbassist-smtp, user@host.
    assert keyring.get_password(SERVICE, f"{user}@{host}") == "second"
    assert delete_password(user, host) is True
    assert get_password(user, host) is None
    assert delete_password(user, host) is False


def test_passwords_are_per_user_and_host(user: str) -> None:
    set_password(user, "a.example", "for a")
    set_password(user, "b.example", "for b")
    try:
        assert get_password(user, "a.example") == "for a"
        assert get_password(user, "b.example") == "for b"
        assert get_password(user + "x", "a.example") is None
    finally:
        delete_password(user, "a.example")
        delete_password(user, "b.example")


def test_account_name() -> None:
    assert account(" writer@larkspur.example ", "smtp.example ") == (
        "writer@larkspur.example@smtp.example"
    )


def test_missing_user_or_host_is_refused() -> None:
    with pytest.raises(SecretError, match=r"Enter the (?:mail )?server and user name"):
        set_password("", "smtp.example", "pw")


NO_KEYRING: list[KeyringBackend] = [fail.Keyring(), null.Keyring()]


@pytest.mark.parametrize("backend", NO_KEYRING)
def test_no_keyring_backend_says_what_to_do(backend: KeyringBackend) -> None:
    for call in (
        lambda: get_password("u", "h", backend),
        lambda: set_password("u", "h", "never-shown", backend),
        lambda: delete_password("u", "h", backend),
    ):
        with pytest.raises(NoKeyringAvailableError) as caught:
            call()
        message = str(caught.value)
        assert message.startswith("No system keyring is available")
        assert "Open in mail client" in message
        assert "never-shown" not in message


LOCKED_SCRIPT = """
import secretstorage
from kbassist.mail.credentials import KeyringLockedError, get_password, set_password

set_password("u", "h", "pw")
connection = secretstorage.dbus_init()
secretstorage.get_default_collection(connection).lock()
try:
    get_password("u", "h")
except KeyringLockedError as exc:
    print("LOCKED:", exc)
"""


def test_locked_keyring_says_unlock_it(tmp_path: Path) -> None:
    # Locking is for the whole keyring daemon, and unlocking needs a person at a prompt, so this
    # runs in a D-Bus session and keyring of its own.
    script = tmp_path / "locked.py"
    script.write_text(textwrap.dedent(LOCKED_SCRIPT), "utf-8")
    command = (
        "echo locked-test | gnome-keyring-daemon --unlock >/dev/null 2>&1; "
        f'exec "{sys.executable}" "{script}"'
    )
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    environment.pop("DBUS_SESSION_BUS_ADDRESS", None)
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", command],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
        check=False,
    )
    assert "LOCKED: The system keyring is locked. Unlock it" in done.stdout, done.stderr
