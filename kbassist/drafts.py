"""Reply drafts in the user's data folder, saved so that no failed write loses the last good one."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kbassist.common.atomicfile import (
    backup_path,
    backup_paths,
    remove_leftovers,
    write_atomic,
    write_failure_reason,
)
from kbassist.common.i18n import _
from kbassist.common.localformat import format_clock, format_day_month

log = logging.getLogger(__name__)

DRAFTS_DIR = "drafts"
_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class DraftError(Exception):
    """A draft that cannot be saved or read, with what to do about it."""


@dataclass(frozen=True)
class Draft:
    """A reply in progress: the template, the writer's values and the text as it stands.

    base_body is the text as last rendered from the template, so the writer's edits can be
    carried over when a field changes after the draft is reopened.
    """

    id: str
    template_id: str
    values: dict[str, str] = field(default_factory=dict)
    subject: str = ""
    body: str = ""
    edited: bool = False
    to: str = ""
    updated_at: str = ""
    base_body: str = ""

    def as_json(self) -> dict[str, Any]:
        """The stored form."""
        return {
            "id": self.id,
            "template_id": self.template_id,
            "values": dict(self.values),
            "subject": self.subject,
            "body": self.body,
            "edited": self.edited,
            "to": self.to,
            "updated_at": self.updated_at,
            "base_body": self.base_body,
        }

    @classmethod
    def from_json(cls, data: object) -> Draft:
        """A draft from its stored form; ValueError when it is not one."""
        if not isinstance(data, dict):
            raise ValueError(_("not a JSON object"))
        ident, template_id = data.get("id"), data.get("template_id")
        if not isinstance(ident, str) or not _ID.match(ident):
            raise ValueError(_("no valid 'id'"))
        if not isinstance(template_id, str) or not template_id:
            raise ValueError(_("no 'template_id'"))
        values = data.get("values", {})
        if not isinstance(values, dict):
            raise ValueError(_("'values' is not an object"))
        texts = {key: data.get(key, "") for key in ("subject", "body", "to", "updated_at")}
        texts["base_body"] = data.get("base_body", "")
        if not all(isinstance(v, str) for v in texts.values()):
            raise ValueError(_("a text entry is not text"))
        return cls(
            id=ident,
            template_id=template_id,
            values={str(k): "" if v is None else str(v) for k, v in values.items()},
            subject=texts["subject"],
            body=texts["body"],
            edited=bool(data.get("edited", False)),
            to=texts["to"],
            updated_at=texts["updated_at"],
            base_body=texts["base_body"],
        )


@dataclass(frozen=True)
class DraftProblem:
    """A draft file that could not be read; it is left on disk untouched."""

    path: Path
    message: str


def new_draft_id() -> str:
    """A fresh, file-name-safe draft id."""
    return uuid.uuid4().hex[:16]


class DraftStore:
    """Drafts as one JSON file each in folder (normally paths.data_dir() / DRAFTS_DIR)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        # Files skipped by the last recent() call, so the app can say which and why.
        self.problems: list[DraftProblem] = []

    def path_for(self, ident: str) -> Path:
        """The file of draft ident."""
        if not _ID.match(ident):
            raise DraftError(_("'{ident}' is not a draft id.").format(ident=ident))
        return self.folder / f"{ident}.json"

    def save(self, draft: Draft, now: dt.datetime | None = None, *, restamp: bool = True) -> Draft:
        """Write draft atomically, keeping the previous version as .bak; returns it stamped
        (restamp=False keeps its own stamp, to put back a draft deleted by mistake)."""
        stamp = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
        saved = replace(draft, updated_at=stamp) if restamp or not draft.updated_at else draft
        data = json.dumps(saved.as_json(), ensure_ascii=False, indent=2).encode("utf-8")
        path = self.path_for(draft.id)
        try:
            write_atomic(path, data)
        except OSError as exc:
            raise DraftError(save_failure_message(path, exc)) from None
        return saved

    def load(self, ident: str) -> Draft:
        """Draft ident; its .bak when the file itself is damaged; DraftError when neither reads."""
        path = self.path_for(ident)
        try:
            return _read(path)
        except (OSError, ValueError) as first:
            backup = backup_path(path)
            try:
                return _read(backup)
            except (OSError, ValueError) as second:
                log.warning("Draft %s and its backup are unreadable: %s; %s", path, first, second)
            if isinstance(first, FileNotFoundError):
                raise DraftError(_("There is no draft '{ident}'.").format(ident=ident)) from None
            raise DraftError(
                _("The draft {path} cannot be read ({first}).").format(path=path, first=first)
            ) from None

    def recent(self, limit: int = 10) -> list[Draft]:
        """The newest drafts first; unreadable files are skipped and listed in self.problems."""
        self.problems = []
        drafts: list[Draft] = []
        try:
            files = sorted(self.folder.glob("*.json"))
        except OSError as exc:
            self.problems.append(DraftProblem(self.folder, f"Cannot list drafts: {exc}"))
            return []
        for path in files:
            try:
                drafts.append(_read(path))
            except (OSError, ValueError) as exc:
                self.problems.append(
                    DraftProblem(
                        path, f"The draft {path.name} cannot be read ({exc}); it was skipped."
                    )
                )
        drafts.sort(key=lambda d: d.updated_at, reverse=True)
        return drafts[:limit]

    def delete(self, ident: str) -> bool:
        """Remove draft ident and its backup; False when there was no such draft."""
        path = self.path_for(ident)
        existed = path.exists()
        try:
            path.unlink(missing_ok=True)
            for backup in backup_paths(path):
                backup.unlink(missing_ok=True)
        except OSError as exc:
            raise DraftError(
                _("Could not delete the draft {path}: {strerror}.").format(
                    path=path, strerror=exc.strerror
                )
            ) from None
        return existed

    def clean_leftovers(self, now: dt.datetime | None = None) -> int:
        """Remove temporary files that interrupted saves left in the folder (older than a
        minute, so a save under way in another window is left alone); how many went."""
        moment = (now or dt.datetime.now(dt.UTC)).timestamp()
        return remove_leftovers(self.folder, "*.json", now=moment)


def edited_when(updated_at: str, now: dt.datetime) -> str:
    """When a draft was last edited, briefly, in now's time zone: "14:32" today,
    "yesterday 14:32", else "5 Mar 14:32" ("" when the stamp cannot be read)."""
    try:
        stamp = dt.datetime.fromisoformat(updated_at)
    except ValueError:
        return ""
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    local = stamp.astimezone(now.tzinfo)
    clock = format_clock(local)
    days = (now.date() - local.date()).days
    if days == 0:
        return clock
    if days == 1:
        return _("yesterday {time}").format(time=clock)
    return f"{format_day_month(local.date(), with_year=local.year != now.year)} {clock}"


def _read(path: Path) -> Draft:
    try:
        data = json.loads(path.read_text("utf-8"))
    except UnicodeDecodeError as exc:
        raise ValueError(_("not UTF-8 text: {reason}").format(reason=exc.reason)) from None
    except json.JSONDecodeError as exc:
        raise ValueError(_("not valid JSON at line {lineno}").format(lineno=exc.lineno)) from None
    draft = Draft.from_json(data)
    if f"{draft.id}.json" != path.name and f"{draft.id}.json.bak" != path.name:
        raise ValueError(_("it says it is draft '{id}'").format(id=draft.id))
    return draft


def save_failure_message(path: Path, exc: OSError) -> str:
    """What to tell the writer when path could not be written."""
    return (
        f"The draft could not be saved to {path}: {write_failure_reason(exc)}. The previous "
        "version is kept; free some space or check the folder, then save again."
    )
