"""Sending a reply off the GUI thread: keyring look-up and SMTP in a pool thread, told by signal."""

from __future__ import annotations

import logging
from email.message import EmailMessage

import shiboken6
from keyring.backend import KeyringBackend
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from kbassist.mail.credentials import SecretError, get_password, set_password
from kbassist.mail.delivery import MailError, SmtpSettings, scrub, send_smtp

log = logging.getLogger(__name__)


class SendSignals(QObject):
    """How a send job reports back (delivered on the GUI thread by Qt's queued connections)."""

    # The message went out: its Message-ID.
    sent = Signal(str)
    # It did not: a sentence for the writer.
    failed = Signal(str)
    # No password is saved for the login: ask for one (nothing was sent).
    needs_password = Signal()


class SendJob(QRunnable):
    """One message to send; the password is read from the keyring inside the job."""

    def __init__(
        self,
        message: EmailMessage,
        smtp: SmtpSettings,
        keyring_backend: KeyringBackend | None,
        password: str | None = None,
        save_password: bool = False,
    ) -> None:
        super().__init__()
        self.signals = SendSignals()
        self._message = message
        self._smtp = smtp
        self._backend = keyring_backend
        self._password = password
        self._save = save_password
        self.setAutoDelete(True)

    def run(self) -> None:
        """Look up (or keep) the password, send, and report."""
        user, host = self._smtp.user, self._smtp.host
        password = self._password
        try:
            if user and password and self._save:
                try:
                    set_password(user, host, password, self._backend)
                except SecretError as exc:
                    log.warning("The password could not be saved in the keyring: %s", exc)
            elif user and not password:
                password = get_password(user, host, self._backend)
                if not password:
                    self.signals.needs_password.emit()
                    return
            send_smtp(self._message, self._smtp, password)
        except (MailError, SecretError) as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a failed send must never take the window down
            text = QCoreApplication.translate(
                "SendJob", "Sending failed unexpectedly: {error_type}: {exc}"
            ).format(error_type=type(exc).__name__, exc=exc)
            self.signals.failed.emit(scrub(text, user, password))
        else:
            self.signals.sent.emit(str(self._message["Message-ID"]))


class ReplySender(QObject):
    """Sends one reply at a time in a pool thread; sent or failed says how it went."""

    # The message went out: its Message-ID.
    sent = Signal(str)
    # It did not: a sentence for the writer.
    failed = Signal(str)
    # No password is saved: the message that waits for one, and the server settings.
    needs_password = Signal(object, object)

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

    def start(
        self,
        message: EmailMessage,
        smtp: SmtpSettings,
        password: str | None = None,
        save_password: bool = False,
    ) -> None:
        """Send message through smtp; without password the keyring is read inside the job."""
        job = SendJob(message, smtp, self._backend, password, save_password)
        job.signals.sent.connect(self._on_sent)
        job.signals.failed.connect(self._on_failed)
        job.signals.needs_password.connect(lambda: self._on_needs_password(message, smtp))
        self._job = job
        self._pool.start(job)

    def _on_sent(self, message_id: str) -> None:
        # The composer may have closed while the message was on its way.
        if not shiboken6.isValid(self):
            return
        self._job = None
        self.sent.emit(message_id)

    def _on_needs_password(self, message: EmailMessage, smtp: SmtpSettings) -> None:
        if not shiboken6.isValid(self):
            return
        self._job = None
        self.needs_password.emit(message, smtp)

    def _on_failed(self, reason: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._job = None
        self.failed.emit(reason)
