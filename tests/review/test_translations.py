"""Translations older than their source, from file times and the translated_from date."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from kbassist.content.folder import Content, load_content
from kbassist.review.report import Reason, build_report
from kbassist.review.translations import (
    content_stale_translations,
    file_modified,
    history_times,
    stale_translations,
    translation_pairs,
)
from kbassist.revisions.repository import open_repository
from tests.contentkit import article
from tests.revisions.repokit import RepoBuilder

TODAY = dt.date(2026, 12, 1)
OWNER = "Customer Care"


def _touch(path: Path, when: dt.datetime) -> None:
    os.utime(path, (when.timestamp(), when.timestamp()))


def _at(day: int, hour: int = 12) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour).astimezone()


def _pair(root: Path, **translation_meta: str) -> tuple[Path, Path]:
    source = article(
        root,
        "refunds/refund-policy",
        "Refund policy",
        summary="30 days.",
        owner=OWNER,
        translations="{sl: refunds/refund-policy.sl}",
    )
    translation = article(
        root,
        "refunds/refund-policy.sl",
        "Politika vračil",
        summary="30 dni.",
        owner="Ekipa za stranke",
        language="sl",
        **translation_meta,
    )
    return source, translation


def _load(root: Path) -> Content:
    content = load_content(root, TODAY)
    assert [p.message for p in content.problems] == []
    return content


def test_a_source_changed_after_its_translation_makes_the_translation_stale(
    tmp_path: Path,
) -> None:
    source, translation = _pair(tmp_path)
    _touch(translation, _at(3))
    _touch(source, _at(20))
    items = stale_translations(_load(tmp_path), file_modified)
    assert len(items) == 1
    item = items[0]
    assert item.reason is Reason.STALE_TRANSLATION
    assert (item.article_id, item.owner, item.path) == (
        "refunds/refund-policy.sl",
        "Ekipa za stranke",
        translation,
    )
    assert item.source_id == "refunds/refund-policy"
    assert item.days == 17
    assert item.message == (
        "Source 'refunds/refund-policy' changed on 2026-11-20, after this translation last "
        "changed (2026-11-03). Bring the translation up to date."
    )


def test_changes_on_one_day_are_told_apart_by_their_times(tmp_path: Path) -> None:
    source, translation = _pair(tmp_path)
    _touch(translation, _at(20, 9))
    _touch(source, _at(20, 17))
    [item] = stale_translations(_load(tmp_path), file_modified)
    assert item.message == (
        "Source 'refunds/refund-policy' changed on 2026-11-20 at 17:00, after this translation "
        "last changed (at 09:00). Bring the translation up to date."
    )


def test_a_translation_changed_after_its_source_is_up_to_date(tmp_path: Path) -> None:
    source, translation = _pair(tmp_path)
    _touch(source, _at(3))
    _touch(translation, _at(20))
    assert stale_translations(_load(tmp_path), file_modified) == []


def test_by_day_file_times_of_the_same_day_say_nothing(tmp_path: Path) -> None:
    # As after a checkout or a copy: every file written anew, seconds apart.
    source, translation = _pair(tmp_path)
    _touch(translation, _at(20, 9))
    _touch(source, _at(20, 17))
    content = _load(tmp_path)
    assert len(stale_translations(content, file_modified)) == 1
    assert stale_translations(content, file_modified, by_day=True) == []
    _touch(source, _at(21, 9))
    assert len(stale_translations(content, file_modified, by_day=True)) == 1


def test_translated_from_wins_over_a_newer_translation_file(tmp_path: Path) -> None:
    source, translation = _pair(tmp_path, translated_from="2026-11-05")
    _touch(source, _at(20))
    # A typo fixed in the translation later does not make it a translation of the new source.
    _touch(translation, _at(25))
    items = stale_translations(_load(tmp_path), file_modified)
    assert [i.article_id for i in items] == ["refunds/refund-policy.sl"]
    assert items[0].days == 15
    assert "after its translated_from date 2026-11-05" in items[0].message
    assert items[0].message.endswith("and set translated_from to the day you do.")


def test_translated_from_on_or_after_the_source_change_is_up_to_date(tmp_path: Path) -> None:
    source, translation = _pair(tmp_path, translated_from="2026-11-20")
    _touch(translation, _at(2))
    _touch(source, _at(20, 18))
    assert stale_translations(_load(tmp_path), file_modified) == []


def test_an_unknown_change_time_says_nothing(tmp_path: Path) -> None:
    source, translation = _pair(tmp_path)
    _touch(translation, _at(3))
    _touch(source, _at(20))
    content = _load(tmp_path)
    translation.unlink()  # gone since the content was read: no time to compare
    assert file_modified(translation) is None
    assert stale_translations(content, file_modified) == []


def test_articles_that_list_each_other_take_the_default_language_as_the_source(
    tmp_path: Path,
) -> None:
    _pair(tmp_path, translations="{en: refunds/refund-policy}")
    article(tmp_path, "a.de", "A", summary="x", language="de", translations="{fr: a.fr}")
    article(tmp_path, "a.fr", "A", summary="x", language="fr", translations="{de: a.de}")
    pairs = [(s.id, t.id) for s, t in translation_pairs(_load(tmp_path))]
    assert pairs == [("refunds/refund-policy", "refunds/refund-policy.sl")]


def test_stale_translations_join_the_report_under_the_translation_owner(tmp_path: Path) -> None:
    source, translation = _pair(tmp_path)
    _touch(translation, _at(3))
    _touch(source, _at(20))
    content = _load(tmp_path)
    report = build_report(content, TODAY, more=stale_translations(content, file_modified))
    assert [(o, [i.reason for i in items]) for o, items in report.by_owner()] == [
        ("Ekipa za stranke", [Reason.STALE_TRANSLATION])
    ]
    assert not report.has_overdue


SOURCE_TEXT = """
---
title: Refund policy
summary: 30 days.
owner: Customer Care
translations: {sl: refund-policy.sl}
---
Refunds within 30 days.
"""
TRANSLATION_TEXT = """
---
title: Politika vračil
summary: 30 dni.
owner: Ekipa za stranke
language: sl
---
Vračila v 30 dneh.
"""
NOV = dt.timezone(dt.timedelta(hours=1))


def test_in_git_the_commit_times_count_not_the_checkout_times(tmp_path: Path) -> None:
    builder = RepoBuilder(tmp_path / "repo")
    builder.commit(
        "Add the refund policy in two languages",
        {
            "articles/refund-policy.md": SOURCE_TEXT,
            "articles/refund-policy.sl.md": TRANSLATION_TEXT,
        },
        when=dt.datetime(2026, 11, 2, 10, tzinfo=NOV),
    )
    builder.commit(
        "Refunds within 45 days",
        {"articles/refund-policy.md": SOURCE_TEXT.replace("30 days", "45 days")},
        when=dt.datetime(2026, 11, 20, 10, tzinfo=NOV),
    )
    builder.checkout()
    builder.close()
    root = builder.content_root
    content = _load(root)
    # A fresh checkout wrote both files just now: their file days say nothing.
    assert stale_translations(content, file_modified, by_day=True) == []
    repository = open_repository(root)
    assert repository is not None
    with repository:
        items = stale_translations(content, history_times(repository))
        assert [(i.article_id, i.source_id, i.days) for i in items] == [
            ("refund-policy.sl", "refund-policy", 18)
        ]
        assert "changed on 2026-11-20, after this translation last changed (2026-11-02)" in (
            items[0].message
        )
        # A translation git has not seen yet is judged by its file time: just written, so
        # newer than the source's last commit.
        article(
            root,
            "refund-policy.hr",
            "Politika povrata",
            summary="45 dana.",
            owner="Tim za kupce",
            language="hr",
        )
        source = root / "articles/refund-policy.md"
        text = source.read_text("utf-8").replace(
            "{sl: refund-policy.sl}", "{sl: refund-policy.sl, hr: refund-policy.hr}"
        )
        source.write_text(text, "utf-8")
        changed_at = history_times(repository)
        assert changed_at(root / "articles/refund-policy.hr.md") == file_modified(
            root / "articles/refund-policy.hr.md"
        )
        assert changed_at(root / "articles/never-written.md") is None
        again = stale_translations(_load(root), changed_at)
        assert [i.article_id for i in again] == ["refund-policy.sl"]


def _two_commits(root: Path) -> RepoBuilder:
    builder = RepoBuilder(root)
    builder.commit(
        "Add the refund policy in two languages",
        {
            "articles/refund-policy.md": SOURCE_TEXT,
            "articles/refund-policy.sl.md": TRANSLATION_TEXT,
        },
        when=dt.datetime(2026, 11, 2, 10, tzinfo=NOV),
    )
    builder.commit(
        "Refunds within 45 days",
        {"articles/refund-policy.md": SOURCE_TEXT.replace("30 days", "45 days")},
        when=dt.datetime(2026, 11, 20, 10, tzinfo=NOV),
    )
    builder.checkout()
    builder.close()
    return builder


def test_the_files_asked_about_up_front_get_their_commit_times(tmp_path: Path) -> None:
    root = _two_commits(tmp_path / "repo").content_root
    source, translation = root / "articles/refund-policy.md", root / "articles/refund-policy.sl.md"
    items, note = content_stale_translations(_load(root))
    assert [(i.article_id, i.days) for i in items] == [("refund-policy.sl", 18)]
    assert note == ""
    repository = open_repository(root)
    assert repository is not None
    with repository:
        changed_at = history_times(repository, [source, translation])
        assert changed_at(source) == dt.datetime(2026, 11, 20, 10, tzinfo=NOV)
        assert changed_at(translation) == dt.datetime(2026, 11, 2, 10, tzinfo=NOV)
        # A file no commit holds, asked about up front or not, goes by its file time.
        new = article(root, "refund-policy.hr", "Politika", summary="45.", language="hr")
        assert history_times(repository, [new])(new) == file_modified(new)
        assert changed_at(new) == file_modified(new)


def test_a_file_outside_the_repository_hides_no_other_file_asked_about(tmp_path: Path) -> None:
    root = _two_commits(tmp_path / "repo").content_root
    source = root / "articles/refund-policy.md"
    elsewhere = article(tmp_path / "elsewhere", "loose", "Loose", summary="Loose.")
    repository = open_repository(root)
    assert repository is not None
    with repository:
        changed_at = history_times(repository, [elsewhere, source])
        assert changed_at(source) == dt.datetime(2026, 11, 20, 10, tzinfo=NOV)
        assert changed_at(elsewhere) is None


def test_outside_git_file_days_are_compared(tmp_path: Path) -> None:
    source, translation = _pair(tmp_path)
    _touch(translation, _at(20, 9))
    _touch(source, _at(20, 17))
    assert content_stale_translations(_load(tmp_path)) == ([], "")
    _touch(source, _at(21))
    items, note = content_stale_translations(_load(tmp_path))
    assert [i.article_id for i in items] == ["refunds/refund-policy.sl"]
    assert note == ""


def test_a_damaged_repository_is_said_and_file_days_are_used(tmp_path: Path) -> None:
    source, translation = _pair(tmp_path)
    (tmp_path / ".git").mkdir()  # a .git that is no repository at all
    _touch(translation, _at(3))
    _touch(source, _at(20))
    items, note = content_stale_translations(_load(tmp_path))
    assert [i.article_id for i in items] == ["refunds/refund-policy.sl"]
    assert note.startswith(f"The git repository at {tmp_path} cannot be read")
    assert note.endswith("Translations are compared by file dates instead.")
