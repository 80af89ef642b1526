"""One-line texts about git for the status bar and the article view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kbassist.common.plural import count
from kbassist.revisions.repository import Change, TrackingStatus, day_text


def last_change_text(change: Change | None) -> str:
    """ "Last changed by Ana Novak on 3 Nov 2026", or that the file is not committed yet."""
    if change is None:
        return QCoreApplication.translate("status_text", "Not committed to git yet")
    return QCoreApplication.translate(
        "status_text", "Last changed by {author_name} on {day_text}"
    ).format(author_name=change.author_name, day_text=day_text(change.when))


def tracking_text(status: TrackingStatus | None) -> str:
    """How the branch stands against its remote-tracking branch as last fetched ("" if none)."""
    if status is None:
        return ""
    ahead, behind, branch, remote = status
    if ahead and behind:
        return QCoreApplication.translate(
            "status_text",
            "{branch} and {remote} have both moved on ({ahead} and {behind} commits) — pull, "
            "then push, with your git tool",
        ).format(branch=branch, remote=remote, ahead=ahead, behind=behind)
    if behind:
        return QCoreApplication.translate(
            "status_text", "{branch} is {count} behind {remote} — pull with your git tool"
        ).format(branch=branch, count=count(behind, "commit"), remote=remote)
    if ahead:
        return QCoreApplication.translate(
            "status_text", "{branch} is {count} ahead of {remote} — push with your git tool"
        ).format(branch=branch, count=count(ahead, "commit"), remote=remote)
    return QCoreApplication.translate("status_text", "{branch} is up to date with {remote}").format(
        branch=branch, remote=remote
    )
