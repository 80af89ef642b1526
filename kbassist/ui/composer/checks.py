"""What holds a reply back, said briefly for the status line and in full for its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kbassist.replies.render import AGENT_MARKER, Rendered, outgoing_problems
from kbassist.ui.composer.settings import ComposerSettings
from kbassist.ui.translatable import QT_TRANSLATE_NOOP

SET_YOUR_NAME = QT_TRANSLATE_NOOP("checks", "Set your name in Settings (Ctrl+,).")


def blocking_reasons(
    result: Rendered | None, subject: str, body: str, agent_name: str
) -> list[tuple[str, str]]:
    """Each reason the reply is held back: a short sentence and the full story.

    result is None until a template is chosen and rendered; subject and body are the text
    as it stands, with the writer's edits.
    """
    if result is None:
        return [
            (
                QCoreApplication.translate("checks", "Choose a template."),
                QCoreApplication.translate("checks", "Choose a template."),
            )
        ]
    found = [(e.message, e.message) for e in result.errors]
    missing = [i.label for i in result.field_issues if i.missing]
    if missing:
        text = QCoreApplication.translate("checks", "Fill in: ") + ", ".join(missing) + "."
        found.append((text, text))
    invalid = [i for i in result.field_issues if not i.missing]
    if invalid:
        # The form shows what is wrong beside each field; the line only says where to look.
        found.append(
            (
                QCoreApplication.translate("checks", "Check: ")
                + ", ".join(i.label for i in invalid)
                + ".",
                "\n".join(f"{i.label}: {i.message}" for i in invalid),
            )
        )
    shown = {result.markers[i.field] for i in result.field_issues if i.field in result.markers}
    no_name = not agent_name.strip()
    for problem in outgoing_problems(subject, body, result.markers.values()):
        if any(marker in problem for marker in shown):
            continue
        if no_name and AGENT_MARKER in problem:
            # [Your name] stands in for the writer's own name, which only Settings can fill.
            set_your_name = QCoreApplication.translate("checks", SET_YOUR_NAME)
            if all(short != set_your_name for short, _ in found):
                found.append((set_your_name, f"{problem} {set_your_name}"))
            continue
        found.append((problem, problem))
    return found


def send_blocker(settings: ComposerSettings, to: str) -> str:
    """Why a ready reply still cannot be sent from here; empty when it can."""
    if not settings.can_send:
        return QCoreApplication.translate(
            "checks", "To send from here, set the mail server and sender in Settings (Ctrl+,)."
        )
    if not to.strip():
        return QCoreApplication.translate("checks", "Enter the customer's address to send.")
    return ""
