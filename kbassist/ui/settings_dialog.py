"""The Settings dialog: content folder, name, text size, language, colours, mail server."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtWidgets import (
    QCheckBox,
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

from kbassist.common.i18n import system_language
from kbassist.i18n import LANGUAGES
from kbassist.mail.delivery import SmtpSettings
from kbassist.paths import starter_content
from kbassist.ui.insights.usage_settings import UsageSettingsBox
from kbassist.ui.languages import endonym
from kbassist.ui.mail_password import PasswordRow
from kbassist.ui.settings import (
    AGENT_NAME,
    CONTENT_FOLDER,
    DISTANCE_UNIT,
    EDITOR_COMMAND,
    INTERFACE_LANGUAGE,
    LANGUAGE,
    SMTP_FROM,
    SMTP_HOST,
    SMTP_PORT,
    SMTP_SECURITY,
    SMTP_USER,
    TEXT_SCALE,
    THEME,
    TRAY_ICON,
    AppSettings,
    Setting,
)
from kbassist.ui.theme import MAX_SCALE, MIN_SCALE, THEMES


def _with_help(
    widget: QWidget, setting: Setting[str] | Setting[int] | Setting[float] | Setting[bool]
) -> QWidget:
    help_text = QCoreApplication.translate("settings", setting.help)
    widget.setToolTip(help_text)
    widget.setAccessibleDescription(help_text)
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
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.content_folder = QLineEdit(settings.get(CONTENT_FOLDER))
        self.content_folder.setPlaceholderText(
            self.tr("Starter content ({starter_content})").format(starter_content=starter_content())
        )
        self.content_folder.setAccessibleName(self.tr("Content folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose content folder"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.content_folder, 1)
        folder_row.addWidget(browse)
        self.agent_name = QLineEdit(settings.get(AGENT_NAME))
        self.agent_name.setAccessibleName(self.tr("Your name"))
        self.text_scale = QDoubleSpinBox()
        self.text_scale.setRange(MIN_SCALE * 100, MAX_SCALE * 100)
        self.text_scale.setSingleStep(10)
        self.text_scale.setDecimals(0)
        self.text_scale.setSuffix(" %")
        self.text_scale.setValue(settings.get(TEXT_SCALE) * 100)
        self.text_scale.setAccessibleName(self.tr("Text size"))
        self.language = QLineEdit(settings.get(LANGUAGE))
        self.language.setAccessibleName(self.tr("Your language"))
        self.interface_language = QComboBox()
        self.interface_language.setAccessibleName(self.tr("Interface language"))
        system = endonym(system_language())
        self.interface_language.addItem(
            self.tr("As the system ({language})").format(language=system), ""
        )
        for code in ("en", *LANGUAGES):
            # zh_CN is Simplified Chinese, whose own name differs from that of Chinese at large.
            self.interface_language.addItem(endonym("zh-Hans" if code == "zh_CN" else code), code)
        self.interface_language.setCurrentIndex(
            max(0, self.interface_language.findData(settings.get(INTERFACE_LANGUAGE)))
        )
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Colours"))
        theme_names = {
            "system": self.tr("System"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for name in THEMES:
            self.theme.addItem(theme_names.get(name, name.capitalize()), name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get(THEME))))
        self.distance_unit = QComboBox()
        self.distance_unit.setAccessibleName(self.tr("Distance unit"))
        self.distance_unit.addItem(self.tr("Kilometres"), "km")
        self.distance_unit.addItem(self.tr("Miles"), "miles")
        self.distance_unit.setCurrentIndex(
            max(0, self.distance_unit.findData(settings.get(DISTANCE_UNIT)))
        )
        self.editor_command = QLineEdit(settings.get(EDITOR_COMMAND))
        self.editor_command.setAccessibleName(self.tr("Editor command"))
        self.editor_command.setPlaceholderText(
            self.tr("$VISUAL or $EDITOR, else the system's handler")
        )
        general = QWidget()
        form = QFormLayout(general)
        # A row around a layout gets no buddy from QFormLayout, and a label without a buddy
        # shows its "&" as a literal character: give it the field it names.
        folder_label = QLabel(self.tr("&Content folder:"))
        folder_label.setBuddy(self.content_folder)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("Your &name:"), _with_help(self.agent_name, AGENT_NAME))
        form.addRow(self.tr("&Text size:"), _with_help(self.text_scale, TEXT_SCALE))
        form.addRow(self.tr("&Language:"), _with_help(self.language, LANGUAGE))
        form.addRow(
            self.tr("Int&erface language:"),
            _with_help(self.interface_language, INTERFACE_LANGUAGE),
        )
        # Every window would have to re-set its texts to switch at once; the next start does.
        restart_note = QLabel(self.tr("The interface language changes when KB Assist next starts."))
        restart_note.setWordWrap(True)
        form.addRow("", restart_note)
        form.addRow(self.tr("C&olours:"), _with_help(self.theme, THEME))
        form.addRow(self.tr("&Distances:"), _with_help(self.distance_unit, DISTANCE_UNIT))
        form.addRow(
            self.tr("Ed&itor for problems:"), _with_help(self.editor_command, EDITOR_COMMAND)
        )
        # The tray icon is made once, at start (see kbassist/ui/tray.py).
        self.tray_icon = QCheckBox(
            self.tr("Show an icon in the s&ystem tray (from the next start of KB Assist)")
        )
        self.tray_icon.setChecked(settings.get(TRAY_ICON))
        form.addRow("", _with_help(self.tray_icon, TRAY_ICON))
        self.smtp_host = QLineEdit(settings.get(SMTP_HOST))
        self.smtp_host.setAccessibleName(self.tr("Mail server"))
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(settings.get(SMTP_PORT))
        self.smtp_port.setAccessibleName(self.tr("Mail server port"))
        self.smtp_security = QComboBox()
        self.smtp_security.setAccessibleName(self.tr("Connection security"))
        for label, value in (
            ("STARTTLS", "starttls"),
            ("SSL/TLS", "ssl"),
            (self.tr("None (local test servers)"), "none"),
        ):
            self.smtp_security.addItem(label, value)
        self.smtp_security.setCurrentIndex(
            max(0, self.smtp_security.findData(settings.get(SMTP_SECURITY)))
        )
        self.smtp_user = QLineEdit(settings.get(SMTP_USER))
        self.smtp_user.setAccessibleName(self.tr("Mail user name"))
        self.smtp_from = QLineEdit(settings.get(SMTP_FROM))
        self.smtp_from.setAccessibleName(self.tr("Sender address"))
        mail = QWidget()
        mail_form = QFormLayout(mail)
        mail_form.addRow(self.tr("&Server:"), _with_help(self.smtp_host, SMTP_HOST))
        mail_form.addRow(self.tr("&Port:"), _with_help(self.smtp_port, SMTP_PORT))
        mail_form.addRow(self.tr("S&ecurity:"), _with_help(self.smtp_security, SMTP_SECURITY))
        mail_form.addRow(self.tr("&User:"), _with_help(self.smtp_user, SMTP_USER))
        mail_form.addRow(self.tr("&From:"), _with_help(self.smtp_from, SMTP_FROM))
        # The password is kept in the system keyring only, never in the settings file.
        self.smtp_password = QLineEdit()
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_password.setAccessibleName(self.tr("Mail password"))
        self.smtp_password.setToolTip(
            self.tr("Kept in the system keyring, never in the settings file.")
        )
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
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setAccessibleName(self.tr("Test the mail server connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.password_row.tested.connect(lambda _ok, _said: self.test_button.setEnabled(True))
        mail_form.addRow(self.tr("Pass&word:"), self.smtp_password)
        mail_form.addRow(self.test_button, self.password_status)
        self.password_row.show_state(self.smtp_user.text(), self.smtp_host.text())
        self.smtp_user.editingFinished.connect(self._refresh_password_state)
        self.smtp_host.editingFinished.connect(self._refresh_password_state)
        tabs = QTabWidget()
        tabs.addTab(general, self.tr("&General"))
        tabs.addTab(mail, self.tr("Sending &mail"))
        # What the usage log records, for how long, and where (Insights reads it).
        self.usage = UsageSettingsBox(settings)
        tabs.addTab(self.usage, self.tr("Us&age log"))
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
            self, self.tr("Content folder"), self.content_folder.text()
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
            self.password_status.setText(self.tr("Enter the mail server first."))
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
        s.set(INTERFACE_LANGUAGE, str(self.interface_language.currentData() or ""))
        s.set(THEME, str(self.theme.currentData()))
        s.set(DISTANCE_UNIT, str(self.distance_unit.currentData()))
        s.set(EDITOR_COMMAND, self.editor_command.text().strip())
        s.set(TRAY_ICON, self.tray_icon.isChecked())
        s.set(SMTP_HOST, self.smtp_host.text().strip())
        s.set(SMTP_PORT, self.smtp_port.value())
        s.set(SMTP_SECURITY, str(self.smtp_security.currentData()))
        s.set(SMTP_USER, self.smtp_user.text().strip())
        s.set(SMTP_FROM, self.smtp_from.text().strip())
        self.usage.apply()
        s.sync()
        super().accept()
