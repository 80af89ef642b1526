"""One-line texts about git for the status bar and the article view."""

from __future__ import annotations

from kbassist.common.plural import count
from kbassist.revisions.repository import Change, TrackingStatus, day_text


def last_change_text(change: Change | None) -> str:
    """ "Last changed by Ana Novak on 3 Nov 2026", or that the file is not committed yet."""
    if change is None:
        return "Not committed to git yet"
    return f"Last changed by {change.author_name} on {day_text(change.when)}"


def tracking_text(status: TrackingStatus | None) -> str:
    """How the branch stands against its remote-tracking branch as last fetched ("" if none)."""
    if status is None:
        return ""
    ahead, behind, branch, remote = status
    if ahead and behind:
        return (
            f"{branch} and {remote} have both moved on ({ahead} and {behind} commits) — "
            "pull, then push, with your git tool"
        )
    if behind:
        return f"{branch} is {count(behind, 'commit')} behind {remote} — pull with your git tool"
    if ahead:
        return f"{branch} is {count(ahead, 'commit')} ahead of {remote} — push with your git tool"
    return f"{branch} is up to date with {remote}"
