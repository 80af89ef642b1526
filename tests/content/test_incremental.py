"""A content snapshot refreshed file by file gives what a fresh load gives, reading only what
changed: edits, deletes, renames, case clashes, references, kept versions, templates."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from pathlib import Path

import pytest

from kbassist.content.articles import Article
from kbassist.content.folder import Content, load_content
from kbassist.content.last_good import LastGoodStore
from kbassist.content.replies import ReplyTemplate
from kbassist.content.snapshot import ContentSnapshot
from kbassist.problems import ProblemList
from kbassist.replies.checks import check_template
from kbassist.validation import load_checked
from tests.contentkit import article, write

TODAY = dt.date(2026, 6, 1)


def _problems(content: Content) -> list[tuple[str, int, str, str]]:
    return sorted((str(p.path), p.line or 0, p.code, p.message) for p in content.problems)


def _same_as_fresh(content: Content, root: Path, last_good: LastGoodStore | None = None) -> None:
    fresh = load_content(root, TODAY, last_good)
    assert content.articles == fresh.articles
    assert list(content.articles) == list(fresh.articles)
    assert content.replies == fresh.replies
    assert content.facilities == fresh.facilities
    assert content.synonyms == fresh.synonyms
    assert _problems(content) == _problems(fresh)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    article(folder, "refunds/policy", "Refund policy", "Money back in 30 days.")
    article(folder, "refunds/late", "Late refunds", "Ask the bank.", related="[refunds/policy]")
    article(folder, "delivery/times", "Delivery times", "Two days.", questions="[Where is it?]")
    write(folder, "replies/apology/late.md", "---\ntitle: Late\n---\nSorry it is late.\n")
    write(folder, "synonyms.txt", "refund, money back\n")
    return folder


def _snapshot(root: Path, tmp_path: Path, **options: object) -> ContentSnapshot:
    return ContentSnapshot(root, cache_root=tmp_path / "snapshots", **options)  # type: ignore[arg-type]


def _touch_later(path: Path) -> None:
    """A new modification time, as a save a moment later would give."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))


def test_the_first_refresh_is_a_fresh_load(root: Path, tmp_path: Path) -> None:
    snapshot = _snapshot(root, tmp_path)
    _same_as_fresh(snapshot.refresh(today=TODAY), root)


def test_only_the_changed_file_is_read_again(root: Path, tmp_path: Path) -> None:
    snapshot = _snapshot(root, tmp_path)
    snapshot.refresh(today=TODAY)
    path = article(root, "refunds/policy", "Refund policy", "Money back in 60 days.")
    _touch_later(path)
    content = snapshot.refresh(today=TODAY)
    assert snapshot.reread == ["articles/refunds/policy.md"]
    assert "60 days" in content.articles["refunds/policy"].body
    _same_as_fresh(content, root)
    # The watcher's path alone gives the same.
    path = article(root, "refunds/policy", "Refund policy", "Money back in 90 days.")
    _touch_later(path)
    content = snapshot.refresh([path], today=TODAY)
    assert snapshot.reread == ["articles/refunds/policy.md"]
    _same_as_fresh(content, root)


def test_a_touched_file_with_the_same_text_is_not_parsed(root: Path, tmp_path: Path) -> None:
    snapshot = _snapshot(root, tmp_path)
    before = snapshot.refresh(today=TODAY)
    path = root / "articles/refunds/policy.md"
    _touch_later(path)
    after = snapshot.refresh([path], today=TODAY)
    assert snapshot.reread == []
    assert after.articles["refunds/policy"] is before.articles["refunds/policy"]


def test_deletes_and_renames_are_picked_up_and_references_rechecked(
    root: Path, tmp_path: Path
) -> None:
    snapshot = _snapshot(root, tmp_path)
    snapshot.refresh(today=TODAY)
    old = root / "articles/refunds/policy.md"
    new = root / "articles/refunds/refund-policy.md"
    old.rename(new)
    content = snapshot.refresh([old, new, old.parent], today=TODAY)
    assert "refunds/policy" not in content.articles
    assert "refunds/refund-policy" in content.articles
    # refunds/late still points at the old id: said so, as a fresh load says.
    assert ("unknown-related", str(root / "articles/refunds/late.md")) in {
        (p.code, str(p.path)) for p in content.problems
    }
    _same_as_fresh(content, root)
    new.rename(old)
    content = snapshot.refresh([new, old.parent], today=TODAY)  # as the watcher reports it
    assert not [p for p in content.problems if p.code == "unknown-related"]
    _same_as_fresh(content, root)
    old.unlink()
    content = snapshot.refresh([old], today=TODAY)
    assert "refunds/policy" not in content.articles
    _same_as_fresh(content, root)


def test_a_new_folder_of_articles_is_listed(root: Path, tmp_path: Path) -> None:
    snapshot = _snapshot(root, tmp_path)
    snapshot.refresh(today=TODAY)
    article(root, "stores/hours/weekend", "Weekend hours", "Open on Saturdays.")
    content = snapshot.refresh([root / "articles/stores"], today=TODAY)
    assert "stores/hours/weekend" in content.articles
    _same_as_fresh(content, root)


def test_a_case_clash_made_by_a_new_file_is_reported(root: Path, tmp_path: Path) -> None:
    snapshot = _snapshot(root, tmp_path)
    snapshot.refresh(today=TODAY)
    clash = article(root, "refunds/Policy", "Refund policy again", "Copy.")
    content = snapshot.refresh([clash, clash.parent], today=TODAY)
    # "Policy" sorts first, so the older file is the one left out, as in a fresh load.
    old = root / "articles/refunds/policy.md"
    assert [p.code for p in content.problems if p.path == old] == ["duplicate-id"]
    assert content.articles["refunds/Policy"].title == "Refund policy again"
    _same_as_fresh(content, root)


def test_a_broken_file_never_hides_the_good_ones_and_keeps_its_last_version(
    root: Path, tmp_path: Path
) -> None:
    store = LastGoodStore(root, tmp_path / "kept")
    snapshot = _snapshot(root, tmp_path, last_good=store)
    snapshot.refresh(today=TODAY)
    broken = write(root, "articles/refunds/policy.md", "---\ntitle: [unclosed\n---\nText.\n")
    content = snapshot.refresh([broken], today=TODAY)
    kept = content.articles["refunds/policy"]
    assert kept.kept_from is not None and "30 days" in kept.body
    assert {"refunds/late", "delivery/times"} <= set(content.articles)
    assert any(p.path == broken and p.severity.value == "error" for p in content.problems)
    snapshot.save_kept()
    _same_as_fresh(content, root, store)
    fixed = article(root, "refunds/policy", "Refund policy", "Money back in 45 days.")
    content = snapshot.refresh([fixed], today=TODAY)
    assert content.articles["refunds/policy"].kept_from is None
    snapshot.close()
    _same_as_fresh(content, root, store)


def test_shared_questions_follow_the_edits(root: Path, tmp_path: Path) -> None:
    snapshot = _snapshot(root, tmp_path)
    snapshot.refresh(today=TODAY)
    second = article(root, "delivery/late", "Late parcels", "Wait.", questions="[where is IT?]")
    content = snapshot.refresh([second, second.parent], today=TODAY)
    # The warning goes to the article after the first by id: delivery/times.
    times = root / "articles/delivery/times.md"
    assert [p.path for p in content.problems if p.code == "shared-question"] == [times]
    _same_as_fresh(content, root)
    article(root, "delivery/late", "Late parcels", "Wait.", questions="[Is it lost?]")
    _touch_later(second)
    content = snapshot.refresh([second], today=TODAY)
    assert not [p for p in content.problems if p.code == "shared-question"]
    _same_as_fresh(content, root)


def test_stale_reviews_follow_the_day(root: Path, tmp_path: Path) -> None:
    article(root, "old/one", "Old one", "Text.", review_by="2026-06-15")
    snapshot = _snapshot(root, tmp_path)
    assert not [p for p in snapshot.refresh(today=TODAY).problems if p.code == "stale-article"]
    later = snapshot.refresh([], today=dt.date(2026, 7, 1))
    assert [p.code for p in later.problems if p.code == "stale-article"] == ["stale-article"]


def test_templates_are_checked_again_only_when_what_they_read_changed(
    root: Path, tmp_path: Path
) -> None:
    write(
        root,
        "replies/info/days.md",
        "---\ntitle: Days\n---\nWithin {{ kb['refunds/policy'].days }} days.\n",
    )
    article(root, "refunds/policy", "Refund policy", "Money back.", facts="{days: 30}")
    checked: list[str] = []

    def counting(
        reply: ReplyTemplate, articles: Mapping[str, Article], problems: ProblemList
    ) -> None:
        checked.append(reply.id)
        check_template(reply, articles, problems)

    snapshot = _snapshot(root, tmp_path, reply_check=counting)
    first = snapshot.refresh(today=TODAY)
    assert sorted(checked) == ["apology/late", "info/days"]
    checked.clear()
    other = article(root, "delivery/times", "Delivery times", "Three days.")
    snapshot.refresh([other], today=TODAY)
    assert checked == []  # no template reads that article
    policy = article(root, "refunds/policy", "Refund policy", "Money back.", facts="{weeks: 4}")
    _touch_later(policy)
    content = snapshot.refresh([policy], today=TODAY)
    assert checked == ["info/days"]
    expected = load_checked(root, TODAY)
    assert _problems(content) == _problems(expected)
    assert _problems(first) != _problems(content)  # the missing fact is reported


def test_a_saved_snapshot_starts_the_next_run(root: Path, tmp_path: Path) -> None:
    snapshot = _snapshot(root, tmp_path)
    snapshot.refresh(today=TODAY)
    snapshot.save()
    article(root, "refunds/policy", "Refund policy", "Changed while the app was closed.")
    _touch_later(root / "articles/refunds/policy.md")
    again = _snapshot(root, tmp_path)
    restored = again.restore(today=TODAY)
    assert restored is not None
    assert "30 days" in restored.articles["refunds/policy"].body  # as last loaded
    content = again.refresh(today=TODAY)  # compared with the files: only that one is read
    assert again.reread == ["articles/refunds/policy.md"]
    _same_as_fresh(content, root)


def test_a_damaged_or_foreign_snapshot_is_ignored(root: Path, tmp_path: Path) -> None:
    snapshot = _snapshot(root, tmp_path)
    snapshot.refresh(today=TODAY)
    snapshot.save()
    snapshot.path.write_bytes(b"not a snapshot")
    again = _snapshot(root, tmp_path)
    assert again.restore(today=TODAY) is None
    _same_as_fresh(again.refresh(today=TODAY), root)


def test_a_changed_default_language_reads_everything_again(root: Path, tmp_path: Path) -> None:
    snapshot = _snapshot(root, tmp_path)
    snapshot.refresh(today=TODAY)
    settings = write(root, "kbassist.toml", '[content]\ndefault_language = "sl"\n')
    content = snapshot.refresh([settings], today=TODAY)
    assert len(snapshot.reread) >= 3
    _same_as_fresh(content, root)
