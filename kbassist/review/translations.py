"""Translations older than their source: the source changed after the translation last did."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from kbassist.content.articles import Article
from kbassist.content.folder import Content
from kbassist.review.report import Reason, ReviewItem
from kbassist.revisions.repository import (
    ContentRepository,
    DamagedRepositoryError,
    RevisionsError,
    open_repository,
)

# When a content file last changed, as an aware datetime; None when that is not known. The
# content's git history gives it (commit times survive a clone); file_modified is the fallback.
ChangedAt = Callable[[Path], dt.datetime | None]
log = logging.getLogger(__name__)


def file_modified(path: Path) -> dt.datetime | None:
    """The file's modification time in the local zone; None when it cannot be read."""
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return None
    return dt.datetime.fromtimestamp(stamp).astimezone()


def history_times(repository: ContentRepository, paths: Iterable[Path] = ()) -> ChangedAt:
    """When each file was last committed; a file with no commit yet (new) by its file time.

    paths, the files that will be asked about, are looked up together in one walk of the
    history; any other file is looked up when asked about.
    """
    wanted = list(paths)
    try:
        known = repository.last_changes(wanted)
    except RevisionsError as exc:
        # Each file is then looked up alone, so one that cannot be hides no other.
        log.warning("No change times for %d files at once: %s", len(wanted), exc)
        wanted, known = [], {}
    looked_up = set(wanted)

    def changed_at(path: Path) -> dt.datetime | None:
        if path in looked_up:
            change = known.get(path)
        else:
            try:
                change = repository.last_change(path)
            except RevisionsError as exc:
                # Unknown, so this pair is not judged; one unreadable history hides no other.
                log.warning("No change time for %s: %s", path, exc)
                return None
        return change.when if change is not None else file_modified(path)

    return changed_at


def translation_pairs(content: Content) -> list[tuple[Article, Article]]:
    """(source, translation) for every translation an article lists that exists.

    Two articles that list each other are both a source and a translation; the one in the
    content's default language is then taken as the source, and without one the pair is
    left out, as neither can be said to be behind the other.
    """
    default = content.settings.default_language
    pairs = []
    for source in sorted(content.articles.values(), key=lambda a: a.id):
        for target_id in source.translations.values():
            translation = content.articles.get(target_id)
            if translation is None or translation is source:
                continue
            mutual = source.id in translation.translations.values()
            if mutual and not (source.language == default != translation.language):
                continue
            pairs.append((source, translation))
    return pairs


def stale_translations(
    content: Content, changed_at: ChangedAt, *, by_day: bool = False
) -> list[ReviewItem]:
    """An item for each translation whose source changed after it.

    A translation's `translated_from` date, when set, is when it last matched its source:
    a source changed on a later day makes it stale, however recently its own file changed.
    Without it the translation's own change time is compared with the source's; by_day
    compares only their days, for file times (a copy or a checkout writes every file anew,
    seconds apart in no telling order, so only an edit on a later day says anything).
    """
    items = []
    for source, translation in translation_pairs(content):
        source_changed = changed_at(source.path)
        if source_changed is None:
            continue
        source_day = source_changed.date()
        if translation.translated_from is not None:
            if source_day <= translation.translated_from:
                continue
            since = f"its translated_from date {translation.translated_from.isoformat()}"
            when = f"on {source_day.isoformat()}"
            lag = (source_day - translation.translated_from).days
        else:
            translation_changed = changed_at(translation.path)
            if translation_changed is None:
                continue
            if by_day:
                if source_day <= translation_changed.date():
                    continue
            elif source_changed <= translation_changed:
                continue
            translation_day = translation_changed.date()
            lag = (source_day - translation_day).days
            if lag == 0:
                # Both on one day: the times are what tells them apart.
                when = f"on {source_day.isoformat()} at {_time(source_changed)}"
                since = f"this translation last changed (at {_time(translation_changed)})"
            else:
                when = f"on {source_day.isoformat()}"
                since = f"this translation last changed ({translation_day.isoformat()})"
        then = " and set translated_from to the day you do" if translation.translated_from else ""
        message = (
            f"Source '{source.id}' changed {when}, after {since}. "
            f"Bring the translation up to date{then}."
        )
        items.append(
            ReviewItem.of(
                translation, Reason.STALE_TRANSLATION, message, days=lag, source_id=source.id
            )
        )
    return items


def _time(moment: dt.datetime) -> str:
    """A change time as the editor reads it: local hours and minutes."""
    return moment.astimezone().strftime("%H:%M")


def content_stale_translations(content: Content) -> tuple[list[ReviewItem], str]:
    """stale_translations by commit times when the folder is in git, else by the days the
    files changed; and a note for the user, "" unless the repository could not be read."""
    note = ""
    try:
        repository = open_repository(content.root)
    except DamagedRepositoryError as exc:
        note = f"{exc} Translations are compared by file dates instead."
        repository = None
    if repository is None:
        return stale_translations(content, file_modified, by_day=True), note
    compared = [article.path for pair in translation_pairs(content) for article in pair]
    with repository:
        return stale_translations(content, history_times(repository, compared)), note
