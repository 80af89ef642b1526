"""The Settings dialog: content folder, name, text size, language, colours, mail server."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kbassist.mail.delivery import SmtpSettings
from kbassist.paths import starter_content
from kbassist.ui.mail_password import PasswordRow
from kbassist.ui.settings import (
    AGENT_NAME,
    CONTENT_FOLDER,
    DISTANCE_UNIT,
    EDITOR_COMMAND,
    LANGUAGE,
    SMTP_FROM,
    SMTP_HOST,
    SMTP_PORT,
    SMTP_SECURITY,
    SMTP_USER,
    TEXT_SCALE,
    THEME,
    AppSettings,
    Setting,
)
from kbassist.ui.theme import MAX_SCALE, MIN_SCALE, THEMES


def _with_help(widget: QWidget, setting: Setting[str] | Setting[int] | Setting[float]) -> QWidget:
    widget.setToolTip(setting.help)
    widget.setAccessibleDescription(setting.help)
    return widget


class SettingsDialog(QDialog):
    """Edits the settings; nothing is stored until OK."""

    def __init__(
        self,
        settings: AppSettings,
        parent: QWidget | None = None,
        keyring_backend: KeyringBackend | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self._settings = settings
        self.content_folder = QLineEdit(settings.get(CONTENT_FOLDER))
        self.content_folder.setPlaceholderText(f"Starter content ({starter_content()})")
        self.content_folder.setAccessibleName("Content folder")
        browse = QPushButton("&Browse…")
        browse.setAccessibleName("Choose content folder")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.content_folder, 1)
        folder_row.addWidget(browse)
        self.agent_name = QLineEdit(settings.get(AGENT_NAME))
        self.agent_name.setAccessibleName("Your name")
        self.text_scale = QDoubleSpinBox()
        self.text_scale.setRange(MIN_SCALE * 100, MAX_SCALE * 100)
        self.text_scale.setSingleStep(10)
        self.text_scale.setDecimals(0)
        self.text_scale.setSuffix(" %")
        self.text_scale.setValue(settings.get(TEXT_SCALE) * 100)
        self.text_scale.setAccessibleName("Text size")
        self.language = QLineEdit(settings.get(LANGUAGE))
        self.language.setAccessibleName("Your language")
        self.theme = QComboBox()
        self.theme.setAccessibleName("Colours")
        for name in THEMES:
            self.theme.addItem(name.capitalize(), name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get(THEME))))
        self.distance_unit = QComboBox()
        self.distance_unit.setAccessibleName("Distance unit")
        self.distance_unit.addItem("Kilometres", "km")
        self.distance_unit.addItem("Miles", "miles")
        self.distance_unit.setCurrentIndex(
            max(0, self.distance_unit.findData(settings.get(DISTANCE_UNIT)))
        )
        self.editor_command = QLineEdit(settings.get(EDITOR_COMMAND))
        self.editor_command.setAccessibleName("Editor command")
        self.editor_command.setPlaceholderText("$VISUAL or $EDITOR, else the system's handler")
        general = QWidget()
        form = QFormLayout(general)
        # A row around a layout gets no buddy from QFormLayout, and a label without a buddy
        # shows its "&" as a literal character: give it the field it names.
        folder_label = QLabel("&Content folder:")
        folder_label.setBuddy(self.content_folder)
        form.addRow(folder_label, folder_row)
        form.addRow("Your &name:", _with_help(self.agent_name, AGENT_NAME))
        form.addRow("&Text size:", _with_help(self.text_scale, TEXT_SCALE))
        form.addRow("&Language:", _with_help(self.language, LANGUAGE))
        form.addRow("C&olours:", _with_help(self.theme, THEME))
        form.addRow("&Distances:", _with_help(self.distance_unit, DISTANCE_UNIT))
        form.addRow("Ed&itor for problems:", _with_help(self.editor_command, EDITOR_COMMAND))
        self.smtp_host = QLineEdit(settings.get(SMTP_HOST))
        self.smtp_host.setAccessibleName("Mail server")
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(settings.get(SMTP_PORT))
        self.smtp_port.setAccessibleName("Mail server port")
        self.smtp_security = QComboBox()
        self.smtp_security.setAccessibleName("Connection security")
        for label, value in (
            ("STARTTLS", "starttls"),
            ("SSL/TLS", "ssl"),
            ("None (local test servers)", "none"),
        ):
            self.smtp_security.addItem(label, value)
        self.smtp_security.setCurrentIndex(
            max(0, self.smtp_security.findData(settings.get(SMTP_SECURITY)))
        )
        self.smtp_user = QLineEdit(settings.get(SMTP_USER))
        self.smtp_user.setAccessibleName("Mail user name")
        self.smtp_from = QLineEdit(settings.get(SMTP_FROM))
        self.smtp_from.setAccessibleName("Sender address")
        mail = QWidget()
        mail_form = QFormLayout(mail)
        mail_form.addRow("&Server:", _with_help(self.smtp_host, SMTP_HOST))
        mail_form.addRow("&Port:", _with_help(self.smtp_port, SMTP_PORT))
        mail_form.addRow("S&ecurity:", _with_help(self.smtp_security, SMTP_SECURITY))
        mail_form.addRow("&User:", _with_help(self.smtp_user, SMTP_USER))
        mail_form.addRow("&From:", _with_help(self.smtp_from, SMTP_FROM))
        # The password is kept in the system keyring only, never in the settings file.
        self.smtp_password = QLineEdit()
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_password.setAccessibleName("Mail password")
        self.smtp_password.setToolTip("Kept in the system keyring, never in the settings file.")
        self.password_status = QLabel()
        self.password_status.setTextFormat(Qt.TextFormat.PlainText)
        self.password_status.setWordWrap(True)
        self.password_row = PasswordRow(
            self.smtp_password,
            self.password_status,
            keyring_backend,
            pool or QThreadPool.globalInstance(),
            self,
        )
        self.test_button = QPushButton("&Test connection")
        self.test_button.setAccessibleName("Test the mail server connection")
        self.test_button.clicked.connect(self.test_connection)
        self.password_row.tested.connect(lambda _ok, _said: self.test_button.setEnabled(True))
        mail_form.addRow("Pass&word:", self.smtp_password)
        mail_form.addRow(self.test_button, self.password_status)
        self.password_row.show_state(self.smtp_user.text(), self.smtp_host.text())
        self.smtp_user.editingFinished.connect(self._refresh_password_state)
        self.smtp_host.editingFinished.connect(self._refresh_password_state)
        tabs = QTabWidget()
        tabs.addTab(general, "&General")
        tabs.addTab(mail, "Sending &mail")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Content folder", self.content_folder.text()
        )
        if folder:
            self.content_folder.setText(folder)

    def _refresh_password_state(self) -> None:
        if not self.smtp_password.text():
            self.password_row.show_state(self.smtp_user.text(), self.smtp_host.text())

    def smtp_settings(self) -> SmtpSettings:
        """The mail server as the dialog shows it now (stored or not)."""
        return SmtpSettings(
            host=self.smtp_host.text().strip(),
            port=self.smtp_port.value(),
            security=str(self.smtp_security.currentData()),
            user=self.smtp_user.text().strip(),
        )

    def test_connection(self) -> None:
        """Connect and log in off the GUI thread; the outcome is shown in words."""
        smtp = self.smtp_settings()
        if not smtp.host:
            self.password_status.setText("Enter the mail server first.")
            return
        self.test_button.setEnabled(False)
        self.password_row.test(smtp)

    def accept(self) -> None:
        """Store every value; a typed password goes to the keyring only."""
        smtp = self.smtp_settings()
        problem = self.password_row.save(smtp.user, smtp.host)
        if problem:
            self.password_status.setText(problem)
            return
        s = self._settings
        s.set(CONTENT_FOLDER, self.content_folder.text().strip())
        s.set(AGENT_NAME, self.agent_name.text().strip())
        s.set(TEXT_SCALE, round(self.text_scale.value() / 100, 2))
        s.set(LANGUAGE, self.language.text().strip() or "en")
        s.set(THEME, str(self.theme.currentData()))
        s.set(DISTANCE_UNIT, str(self.distance_unit.currentData()))
        s.set(EDITOR_COMMAND, self.editor_command.text().strip())
        s.set(SMTP_HOST, self.smtp_host.text().strip())
        s.set(SMTP_PORT, self.smtp_port.value())
        s.set(SMTP_SECURITY, str(self.smtp_security.currentData()))
        s.set(SMTP_USER, self.smtp_user.text().strip())
        s.set(SMTP_FROM, self.smtp_from.text().strip())
        s.sync()
        super().accept()
