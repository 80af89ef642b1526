"""The SMTP password in the app: the Settings field, the connection test and the first-send ask."""

from __future__ import annotations

import shiboken6
from keyring.backend import KeyringBackend
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kbassist.mail.credentials import SecretError, get_password, set_password
from kbassist.mail.delivery import MailError, SmtpSettings, check_connection, scrub


class TestSignals(QObject):
    """How a connection test reports back (on the GUI thread, by queued connection)."""

    # True and what worked, or False and what to do: a sentence either way.
    finished = Signal(bool, str)


class ConnectionTestJob(QRunnable):
    """Connect and log in once, in a pool thread; password None means the keyring's."""

    def __init__(
        self, smtp: SmtpSettings, password: str | None, backend: KeyringBackend | None
    ) -> None:
        super().__init__()
        self.signals = TestSignals()
        self._smtp = smtp
        self._password = password
        self._backend = backend
        self.setAutoDelete(True)

    def run(self) -> None:
        """Test the connection and report."""
        password = self._password
        try:
            if self._smtp.user and not password:
                password = get_password(self._smtp.user, self._smtp.host, self._backend)
                if not password:
                    self.signals.finished.emit(
                        False,
                        QCoreApplication.translate(
                            "ConnectionTestJob",
                            "Enter the password first: none is saved in the keyring.",
                        ),
                    )
                    return
            said = check_connection(self._smtp, password)
        except (MailError, SecretError) as exc:
            self.signals.finished.emit(False, str(exc))
        except Exception as exc:  # a failed test must never take the dialog down
            text = QCoreApplication.translate(
                "ConnectionTestJob", "The test failed unexpectedly: {error_type}: {exc}"
            ).format(error_type=type(exc).__name__, exc=exc)
            self.signals.finished.emit(False, scrub(text, self._smtp.user, password))
        else:
            self.signals.finished.emit(True, said)


class PasswordRow(QObject):
    """The password field's state in Settings: saved in the keyring, or not, and tests."""

    # A connection test finished: True and what worked, or False and what went wrong.
    tested = Signal(bool, str)

    def __init__(
        self,
        field: QLineEdit,
        status: QLabel,
        backend: KeyringBackend | None,
        pool: QThreadPool,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.status = status
        self._backend = backend
        self._pool = pool
        self.busy = False

    def show_state(self, user: str, host: str) -> None:
        """Say whether a password is saved for user on host (the password is never shown)."""
        self.field.clear()
        if not user.strip() or not host.strip():
            self.field.setPlaceholderText(self.tr("Enter the server and user name first"))
            self.status.setText("")
            return
        try:
            saved = get_password(user, host, self._backend)
        except SecretError as exc:
            self.field.setPlaceholderText(self.tr("The keyring cannot be used"))
            self.status.setText(str(exc))
            return
        if saved:
            self.field.setPlaceholderText(self.tr("Saved in the keyring (type to replace it)"))
            self.status.setText(
                self.tr("A password for {user} on {host} is saved in the keyring.").format(
                    user=user, host=host
                )
            )
        else:
            self.field.setPlaceholderText(self.tr("Not saved yet"))
            self.status.setText(
                self.tr("No password is saved for {user} on {host}.").format(user=user, host=host)
            )

    def save(self, user: str, host: str) -> str:
        """Keep a typed password in the keyring; '' when saved or nothing typed, else why not."""
        typed = self.field.text()
        if not typed:
            return ""
        try:
            set_password(user, host, typed, self._backend)
        except SecretError as exc:
            return str(exc)
        return ""

    def test(self, smtp: SmtpSettings) -> None:
        """Test smtp with the typed password (or the saved one) in a pool thread."""
        if self.busy:
            return
        self.busy = True
        self.status.setText(
            self.tr("Connecting to {host}:{port}…").format(host=smtp.host, port=smtp.port)
        )
        job = ConnectionTestJob(smtp, self.field.text() or None, self._backend)
        job.signals.finished.connect(self._on_finished)
        self._pool.start(job)

    def _on_finished(self, ok: bool, said: str) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.status):
            return  # the dialog closed while the test ran
        self.busy = False
        self.status.setText(said)
        self.tested.emit(ok, said)


class PasswordPrompt(QDialog):
    """Asks for the SMTP password at the first send, offering to keep it in the keyring."""

    def __init__(self, user: str, host: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail password"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Mail password"))
        self.keep = QCheckBox(self.tr("&Save it in the system keyring"))
        self.keep.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        explain = QLabel(
            self.tr("No password is saved for {user} on {host}. Enter it to send.").format(
                user=user, host=host
            )
        )
        explain.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(explain)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.keep)
        form.addRow(buttons)
