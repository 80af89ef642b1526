"""Sending a reply off the GUI thread: keyring look-up and SMTP in a pool thread, told by signal."""

from __future__ import annotations

from email.message import EmailMessage

from keyring.backend import KeyringBackend
from PySide6.QtCore import QObject, QRunnable, Signal

from kbassist.mail import MailError, SmtpSettings, send_smtp
from kbassist.secrets import SecretError, get_password


class SendSignals(QObject):
    """How a send job reports back (delivered on the GUI thread by Qt's queued connections)."""

    # The message went out: its Message-ID.
    sent = Signal(str)
    # It did not: a sentence for the writer.
    failed = Signal(str)


class SendJob(QRunnable):
    """One message to send; the password is read from the keyring inside the job."""

    def __init__(
        self, message: EmailMessage, smtp: SmtpSettings, keyring_backend: KeyringBackend | None
    ) -> None:
        super().__init__()
        self.signals = SendSignals()
        self._message = message
        self._smtp = smtp
        self._backend = keyring_backend
        self.setAutoDelete(True)

    def run(self) -> None:
        """Look up the password, send, and report."""
        try:
            password = None
            if self._smtp.user:
                password = get_password(self._smtp.user, self._smtp.host, self._backend)
            send_smtp(self._message, self._smtp, password)
        except (MailError, SecretError) as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a failed send must never take the window down
            self.signals.failed.emit(f"Sending failed unexpectedly: {type(exc).__name__}: {exc}")
        else:
            self.signals.sent.emit(str(self._message["Message-ID"]))
