"""The usage log's part of Settings: on or off, how long it keeps events, the team database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from kbassist.ui.settings import (
    ANALYTICS_DATABASE,
    RANK_TEMPLATES_BY_TEAM,
    RECORD_USAGE,
    USAGE_RETENTION_DAYS,
    AppSettings,
)

MAX_RETENTION_DAYS = 3650


class UsageSettingsBox(QGroupBox):
    """The four usage settings and "Delete my usage history"; apply() stores them."""

    # The agent confirmed "Delete my usage history" (connect to Recorder.delete_my_history).
    delete_requested = Signal()

    def __init__(
        self,
        settings: AppSettings,
        confirm: Callable[[QWidget], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Usage log"), parent)
        self._settings = settings
        self._confirm = confirm or _ask
        self.record = QCheckBox(self.tr("&Record searches and use for Insights"))
        self.record.setToolTip(QCoreApplication.translate("settings", RECORD_USAGE.help))
        self.record.setChecked(settings.get(RECORD_USAGE))
        self.retention = QSpinBox()
        self.retention.setRange(0, MAX_RETENTION_DAYS)
        self.retention.setSpecialValueText(self.tr("Keep everything"))
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setValue(settings.get(USAGE_RETENTION_DAYS))
        self.retention.setAccessibleName(self.tr("Keep usage events for"))
        self.rank_by_team = QCheckBox(self.tr("Rank templates by the &team's use too"))
        self.rank_by_team.setChecked(settings.get(RANK_TEMPLATES_BY_TEAM))
        self.database = QLineEdit(settings.get(ANALYTICS_DATABASE))
        self.database.setPlaceholderText(self.tr("Empty: on this computer only"))
        self.database.setAccessibleName(self.tr("Team usage database"))
        self.database.setToolTip(QCoreApplication.translate("settings", ANALYTICS_DATABASE.help))
        self.stored = QLabel(
            self.tr(
                "Stored: searches (personal data scrubbed), opened articles and their rank, "
                "copied summaries, templates used, how replies went out, the kind of place "
                "looked up, and your Yes/No ratings. Never: reply texts, field values, "
                "customers' addresses."
            )
        )
        self.stored.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("&Delete my usage history…"))
        self.delete_button.clicked.connect(self._delete)
        form = QFormLayout(self)
        form.addRow(self.record)
        form.addRow(self.tr("Keep for:"), self.retention)
        form.addRow(self.rank_by_team)
        form.addRow(self.tr("Team database:"), self.database)
        form.addRow(self.stored)
        form.addRow(self.delete_button)

    def apply(self) -> None:
        """Store the values shown (they take effect at the next start)."""
        self._settings.set(RECORD_USAGE, self.record.isChecked())
        self._settings.set(USAGE_RETENTION_DAYS, self.retention.value())
        self._settings.set(RANK_TEMPLATES_BY_TEAM, self.rank_by_team.isChecked())
        self._settings.set(ANALYTICS_DATABASE, self.database.text().strip())

    def _delete(self) -> None:
        if self._confirm(self):
            self.delete_requested.emit()


def _ask(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("usage_settings", "Delete my usage history"),
        QCoreApplication.translate(
            "usage_settings",
            "Delete every search and use recorded under your name, on this computer and in "
            "the team database? The team's Insights lose them too. This cannot be undone.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
