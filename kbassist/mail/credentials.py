"""The SMTP password, kept only in the system keyring and never written anywhere else."""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import (
    InitError,
    KeyringError,
    KeyringLocked,
    NoKeyringError,
    PasswordDeleteError,
)

from kbassist.common.i18n import _

SERVICE = "kbassist-smtp"


class SecretError(Exception):
    """The keyring cannot be used; the message says why and what to do."""


class NoKeyringAvailableError(SecretError):
    """There is no system keyring to keep the password in."""


class KeyringLockedError(SecretError):
    """The keyring exists but stayed locked (the unlock prompt was dismissed)."""


def account(user: str, host: str) -> str:
    """The keyring user name for an SMTP login: user@host."""
    return f"{user.strip()}@{host.strip()}"


def default_backend() -> KeyringBackend:
    """The keyring the system offers (the failing one when there is none)."""
    return keyring.get_keyring()


def describe(backend: KeyringBackend) -> str:
    """A readable name for backend, for the settings dialog."""
    name = getattr(backend, "name", "") or type(backend).__name__
    return str(name)


def get_password(
    user: str, host: str, backend: KeyringBackend | None = None, *, service: str = SERVICE
) -> str | None:
    """The saved password for user on host, or None when none is saved (service: which
    server's passwords; the mail server's by default)."""
    store = _usable(backend)
    try:
        value = store.get_password(service, account(user, host))
    except Exception as exc:  # backends raise their own D-Bus and OS errors too
        raise _translate(exc, store) from None
    return value if isinstance(value, str) else None


def set_password(
    user: str,
    host: str,
    password: str,
    backend: KeyringBackend | None = None,
    *,
    service: str = SERVICE,
) -> None:
    """Save password for user on host in the keyring, replacing any saved one."""
    if not user.strip() or not host.strip():
        raise SecretError(_("Enter the server and user name before saving a password."))
    store = _usable(backend)
    try:
        store.set_password(service, account(user, host), password)
    except Exception as exc:  # backends raise their own D-Bus and OS errors too
        raise _translate(exc, store) from None


def delete_password(
    user: str, host: str, backend: KeyringBackend | None = None, *, service: str = SERVICE
) -> bool:
    """Forget the password for user on host; False when none was saved."""
    store = _usable(backend)
    try:
        store.delete_password(service, account(user, host))
    except PasswordDeleteError:
        return False
    except Exception as exc:  # backends raise their own D-Bus and OS errors too
        raise _translate(exc, store) from None
    return True


def _usable(backend: KeyringBackend | None) -> KeyringBackend:
    store = backend if backend is not None else default_backend()
    # The null backend accepts a password and silently forgets it: as bad as having none.
    if isinstance(store, fail.Keyring | null.Keyring):
        raise _no_keyring(store)
    return store


def _no_keyring(store: KeyringBackend) -> NoKeyringAvailableError:
    return NoKeyringAvailableError(
        _(
            "No system keyring is available ({describe}), so the mail password cannot be saved. "
            "Install and start a keyring service (GNOME Keyring or KWallet on Linux), or use "
            "'Open in mail client' instead of sending."
        ).format(describe=describe(store))
    )


def _translate(exc: Exception, store: KeyringBackend) -> SecretError:
    # Messages from the backend never contain the password; they name the keyring and the step.
    if isinstance(exc, NoKeyringError):
        return _no_keyring(store)
    if isinstance(exc, KeyringLocked):
        return KeyringLockedError(
            _(
                "The system keyring is locked. Unlock it (log in to your desktop session or open "
                "your keyring manager) and try again."
            )
        )
    if isinstance(exc, InitError):
        return NoKeyringAvailableError(
            _(
                "The system keyring could not be opened ({exc}). Check that the keyring service "
                "is running."
            ).format(exc=exc)
        )
    if isinstance(exc, KeyringError):
        return SecretError(_("The system keyring reported an error: {exc}.").format(exc=exc))
    return SecretError(
        _(
            "The system keyring failed ({error_type}: {exc}). Check that the keyring service is "
            "running and unlocked."
        ).format(error_type=type(exc).__name__, exc=exc)
    )
