"""The content files changed since a git revision, for `kbassist check --changed`."""

from __future__ import annotations

import os
from pathlib import Path

from kbassist.common.i18n import _
from kbassist.revisions.repository import (
    ContentRepository,
    RevisionsError,
    open_repository,
)

HEAD = "HEAD"


class ChangedFilesError(Exception):
    """What changed cannot be told; the message says why and what to do."""


def files_changed_since(root: Path, revision: str = HEAD) -> set[Path]:
    """The real paths of the content files under root that differ from revision: changed in
    the commits since, staged, changed on disk, or new and not ignored (deleted ones too)."""
    try:
        repository = open_repository(root)
    except RevisionsError as exc:
        raise ChangedFilesError(str(exc)) from exc
    if repository is None:
        raise ChangedFilesError(
            _(
                "{root} is not in a git repository, so --changed cannot tell what changed. "
                "Name the files to check instead, or check the whole folder."
            ).format(root=root)
        )
    with repository:
        try:
            changed = {change.path for change in repository.changed_content_files()}
            if revision.strip() != HEAD:
                since = repository.resolve(revision)
                if since != repository.resolve(HEAD):
                    changed |= _committed_since(repository, since)
        except RevisionsError as exc:
            raise ChangedFilesError(str(exc)) from exc
    return changed


def _committed_since(repository: ContentRepository, since: str) -> set[Path]:
    """The content files changed in the commits from since to HEAD (what changed after HEAD is
    found by changed_content_files)."""
    return {Path(os.path.realpath(path)) for path in repository.changed_since(since)}
