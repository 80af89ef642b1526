"""The usage recorder built from the settings; its messages brought to the GUI thread."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Collection
from pathlib import Path

from keyring.backend import KeyringBackend
from PySide6.QtCore import QObject, Signal

from kbassist.analytics.config import agent_identity, local_usage_file, open_database
from kbassist.analytics.database import EventDatabase
from kbassist.analytics.insights import articles_not_opened, template_ranking
from kbassist.analytics.postgres import PostgresEvents
from kbassist.analytics.recorder import Recorder
from kbassist.ui.settings import (
    ANALYTICS_DATABASE,
    RANK_TEMPLATES_BY_TEAM,
    RECORD_USAGE,
    USAGE_RETENTION_DAYS,
    AppSettings,
)

log = logging.getLogger(__name__)


class UsageStatus(QObject):
    """Carries the recorder's messages (said on its writer thread) to the status bar."""

    # A message for the status bar: recording paused, team database unreachable or back.
    message = Signal(str)


def build_recorder(
    settings: AppSettings,
    status: UsageStatus,
    *,
    data_folder: Path | None = None,
    keyring_backend: KeyringBackend | None = None,
) -> Recorder:
    """A started recorder as the settings ask for it (off means it records nothing)."""
    url = settings.get(ANALYTICS_DATABASE).strip()

    def team() -> EventDatabase:
        return PostgresEvents(url, keyring_backend)

    recorder = Recorder(
        local_usage_file(data_folder),
        agent_identity(data_folder),
        team=team if url else None,
        retention_days=max(settings.get(USAGE_RETENTION_DAYS), 0),
        enabled=settings.get(RECORD_USAGE),
        on_status=status.message.emit,
    )
    recorder.start()
    return recorder


def insights_source(
    settings: AppSettings,
    *,
    data_folder: Path | None = None,
    keyring_backend: KeyringBackend | None = None,
) -> EventDatabase:
    """A new connection to the log the Insights view reads (the team's when configured).

    Raises AnalyticsDatabaseError; call it off the GUI thread (a server may be slow).
    """
    return open_database(settings.get(ANALYTICS_DATABASE).strip(), data_folder, keyring_backend)


# The template picker ranks by use over this many days.
RANKING_DAYS = 90


def template_order(
    settings: AppSettings,
    *,
    data_folder: Path | None = None,
    keyring_backend: KeyringBackend | None = None,
) -> list[str]:
    """Template ids by the agent's use, then the team's (when the setting says so), for
    TemplatePicker.set_order; [] when the log cannot be read. Call it off the GUI thread."""
    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=RANKING_DAYS)
    try:
        database = insights_source(
            settings, data_folder=data_folder, keyring_backend=keyring_backend
        )
    except Exception as exc:  # no ranking is no loss: the picker keeps its order by title
        log.info("Templates not ranked by use: %s", exc)
        return []
    try:
        return template_ranking(
            database,
            agent_identity(data_folder),
            since,
            by_team=settings.get(RANK_TEMPLATES_BY_TEAM),
        )
    except Exception as exc:  # a damaged file or a dropped connection
        log.warning("Templates not ranked by use: %s", exc)
        return []
    finally:
        database.close()


def unopened_articles(
    settings: AppSettings,
    article_ids: Collection[str],
    days: int,
    *,
    data_folder: Path | None = None,
    keyring_backend: KeyringBackend | None = None,
) -> list[str] | None:
    """The articles no search opened in the last days, for the review; None when the log
    cannot tell (recording off, unreadable, or younger than that). Call it off the GUI
    thread."""
    if not settings.get(RECORD_USAGE):
        return None
    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    try:
        database = insights_source(
            settings, data_folder=data_folder, keyring_backend=keyring_backend
        )
    except Exception as exc:  # no such review line is no loss
        log.info("Unopened articles not listed: %s", exc)
        return None
    try:
        return articles_not_opened(database, article_ids, since)
    except Exception as exc:  # a damaged file or a dropped connection
        log.warning("Unopened articles not listed: %s", exc)
        return None
    finally:
        database.close()
