"""Ways a finished reply leaves the composer: the clipboard, the mail client and .eml files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kbassist.common.links import vet_link
from kbassist.mail.delivery import (
    MailError,
    MailProblem,
    build_message,
    draft_file_name,
    mailto_url,
    plain_to_html,
    unused_path,
)
from kbassist.ui.composer.settings import ComposerSettings
from kbassist.ui.links import open_link


@dataclass(frozen=True)
class Reply:
    """The reply as it stands on screen."""

    to: str
    subject: str
    body: str


def copy_plain(body: str) -> None:
    """Put the text on the clipboard as plain text."""
    QGuiApplication.clipboard().setText(body)


def copy_rich(body: str) -> None:
    """Put the text on the clipboard as HTML with a plain-text alternative."""
    data = QMimeData()
    data.setText(body)
    data.setHtml(plain_to_html(body))
    QGuiApplication.clipboard().setMimeData(data)


def open_in_mail_client(reply: Reply, open_url: Callable[[str], object] = open_link) -> str | None:
    """Open the writer's mail client with the reply through open_url; None, or why it did not.

    open_url is the one vetted opener (kbassist.ui.links.open_link) outside tests; a link it
    would refuse is explained here, never handed on.
    """
    url = mailto_url(reply.to, reply.subject, reply.body)
    if vet_link(url) is None:
        if vet_link(mailto_url(reply.to, "", "")) is None:
            return QCoreApplication.translate(
                "output",
                "The To address {address!r} cannot go in a mail link: give plain addresses such as "
                "name@example.org, separated by commas, or copy the text instead.",
            ).format(address=reply.to.strip()[:80])
        return QCoreApplication.translate(
            "output",
            "This reply cannot be handed to the mail client (it is too long, or has characters "
            "a mail link may not carry). Copy the text or save it as an .eml file instead.",
        )
    if not open_url(url):
        return QCoreApplication.translate("output", "No mail client opened. Copy the text instead.")
    return None


def ask_eml_path(parent: QWidget, reply: Reply, now: dt.datetime) -> Path | None:
    """Ask where to save the reply as an .eml file, named after its date and subject.

    The name offered is never an existing file's; the dialog asks before replacing one.
    """
    offered = unused_path(Path.home() / draft_file_name(reply.subject, now))
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("output", "Save the reply as an email file"),
        str(offered),
        QCoreApplication.translate("output", "Email (*.eml)"),
    )
    return Path(path) if path else None


def reply_message(
    reply: Reply,
    settings: ComposerSettings,
    org: Mapping[str, str],
    now: dt.datetime,
    *,
    for_sending: bool,
) -> EmailMessage:
    """The reply as an email; MailError when there is no sender address to put on it."""
    sender = settings.sender or org.get("email", "")
    if not sender:
        raise MailError(
            MailProblem.ADDRESS,
            QCoreApplication.translate(
                "output",
                "There is no sender address: set it in Settings, or email in the [org] table "
                "of kbassist.toml.",
            ),
        )
    return build_message(
        sender=sender,
        sender_name=org.get("name", ""),
        to=reply.to if for_sending or reply.to.strip() else "",
        subject=reply.subject,
        body=reply.body,
        now=now,
    )
