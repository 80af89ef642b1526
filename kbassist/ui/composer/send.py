"""Sending a reply off the GUI thread: keyring look-up and SMTP in a pool thread, told by signal."""

from __future__ import annotations

from email.message import EmailMessage

import shiboken6
from keyring.backend import KeyringBackend
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kbassist.mail.credentials import SecretError, get_password
from kbassist.mail.delivery import MailError, SmtpSettings, send_smtp


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


class ReplySender(QObject):
    """Sends one reply at a time in a pool thread; sent or failed says how it went."""

    # The message went out: its Message-ID.
    sent = Signal(str)
    # It did not: a sentence for the writer.
    failed = Signal(str)

    def __init__(
        self, pool: QThreadPool, keyring_backend: KeyringBackend | None, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._pool = pool
        self._backend = keyring_backend
        self._job: SendJob | None = None

    @property
    def busy(self) -> bool:
        """True while a message is on its way."""
        return self._job is not None

    def start(self, message: EmailMessage, smtp: SmtpSettings) -> None:
        """Send message through smtp; the keyring is read inside the job."""
        job = SendJob(message, smtp, self._backend)
        job.signals.sent.connect(self._on_sent)
        job.signals.failed.connect(self._on_failed)
        self._job = job
        self._pool.start(job)

    def _on_sent(self, message_id: str) -> None:
        # The composer may have closed while the message was on its way.
        if not shiboken6.isValid(self):
            return
        self._job = None
        self.sent.emit(message_id)

    def _on_failed(self, reason: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._job = None
        self.failed.emit(reason)
