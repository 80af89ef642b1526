"""The list model behind the tone panel: one row per finding, with named roles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from kbassist.tone.checker import Finding
from kbassist.ui.row_model import RoleSpec, RowModel
from kbassist.ui.tone.highlighter import SEVERITY_COLOURS
from kbassist.ui.translatable import QT_TRANSLATE_NOOP

RuleRole = Qt.ItemDataRole.UserRole + 1
CategoryRole = Qt.ItemDataRole.UserRole + 2
SeverityRole = Qt.ItemDataRole.UserRole + 3
StartRole = Qt.ItemDataRole.UserRole + 4
EndRole = Qt.ItemDataRole.UserRole + 5
MessageRole = Qt.ItemDataRole.UserRole + 6
ReplacementRole = Qt.ItemDataRole.UserRole + 7
FindingRole = Qt.ItemDataRole.UserRole + 8

SEVERITY_LABELS = {
    "error": QT_TRANSLATE_NOOP("model", "Must fix"),
    "warning": QT_TRANSLATE_NOOP("model", "Risky"),
    "suggestion": QT_TRANSLATE_NOOP("model", "Suggestion"),
}
CATEGORY_LABELS = {
    "personal-data": QT_TRANSLATE_NOOP("model", "personal data"),
    "plain-language": QT_TRANSLATE_NOOP("model", "plain language"),
    "next-step": QT_TRANSLATE_NOOP("model", "next step"),
}


def category_label(category: str) -> str:
    """The words users see for a finding category."""
    label = CATEGORY_LABELS.get(category)
    return QCoreApplication.translate("model", label) if label else category.replace("-", " ")


def severity_label(severity: str) -> str:
    """The words users see for a finding severity."""
    label = SEVERITY_LABELS.get(severity)
    return QCoreApplication.translate("model", label) if label else severity


def _display_text(finding: Finding) -> str:
    """Severity and category, then the message and the fix, one per line."""
    title = f"{severity_label(finding.severity)} · {category_label(finding.category)}"
    fix = (
        QCoreApplication.translate("model", "\nFix: {replacement}").format(
            replacement=finding.replacement
        )
        if finding.replacement
        else ""
    )
    return f"{title}\n{finding.message}{fix}"


FINDING_ROLES: tuple[RoleSpec[Finding], ...] = (
    RoleSpec("display", Qt.ItemDataRole.DisplayRole, _display_text),
    RoleSpec("toolTip", Qt.ItemDataRole.ToolTipRole, lambda f: f.message),
    RoleSpec(
        "accessibleText",
        Qt.ItemDataRole.AccessibleTextRole,
        lambda f: f"{severity_label(f.severity)}, {category_label(f.category)}: {f.message}",
    ),
    RoleSpec(
        "decoration", Qt.ItemDataRole.DecorationRole, lambda f: SEVERITY_COLOURS.get(f.severity)
    ),
    RoleSpec("rule", RuleRole, lambda f: f.rule),
    RoleSpec("category", CategoryRole, lambda f: f.category),
    RoleSpec("severity", SeverityRole, lambda f: f.severity),
    RoleSpec("start", StartRole, lambda f: f.start),
    RoleSpec("end", EndRole, lambda f: f.end),
    RoleSpec("message", MessageRole, lambda f: f.message),
    RoleSpec("replacement", ReplacementRole, lambda f: f.replacement),
    RoleSpec("finding", FindingRole, lambda f: f),
)


class ToneFindingsModel(RowModel[Finding]):
    """Rows of Finding, replaced as a whole after each check or edit."""

    def __init__(self) -> None:
        super().__init__(FINDING_ROLES)
