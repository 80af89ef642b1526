"""A broken article file leaves agents its last valid version; editors still see the problem."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kbassist.cli import main
from kbassist.content.folder import Content, load_content
from kbassist.content.last_good import STORE_FOLDER, LastGoodStore, being_fixed_notice
from kbassist.problems import Severity
from kbassist.replies.render import render
from kbassist.search.engine import SearchIndex
from kbassist.search.store import IndexStore
from kbassist.validation import load_checked
from tests.contentkit import ORG_SETTINGS, article, write
from tests.searchkit import labelled_content
from tests.test_drafts import file_size_limit

POLICY = "refunds/policy"
VALID = """
---
title: Refund policy
summary: Money back within 30 days.
review_by: 2030-01-31
facts:
  refund_days: 30
---
Customers get their money back within 30 days of delivery.
"""
BROKEN_YAML = """
---
title: Refund policy
facts: [refund_days: 45
---
Customers get their money back within 45 days of delivery.
"""
BAD_DATE = VALID.replace("2030-01-31", "2030-02-31").replace("30 days of", "31 days of")
TEMPLATE = """
---
title: Refund timing
subject: Your refund
---
Your money arrives within {{ kb["refunds/policy"].refund_days }} days.
"""
START = dt.datetime(2026, 3, 2, 9, 15, tzinfo=dt.UTC)


class Ticking:
    """A clock that moves on an hour each time it is read, so each save has its own time."""

    def __init__(self) -> None:
        self.moment = START - dt.timedelta(hours=1)

    def __call__(self) -> dt.datetime:
        self.moment += dt.timedelta(hours=1)
        return self.moment


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    write(folder, "kbassist.toml", ORG_SETTINGS)
    write(folder, f"articles/{POLICY}.md", VALID)
    article(folder, "delivery/late", "Late delivery", "The courier is late.")
    write(folder, "replies/refund-timing.md", TEMPLATE)
    return folder


@pytest.fixture
def store(root: Path, tmp_path: Path) -> LastGoodStore:
    return LastGoodStore(root, tmp_path / "cache" / STORE_FOLDER, clock=Ticking())


@pytest.fixture
def logged(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.INFO, logger="kbassist.content.last_good"):
        yield caplog


def _policy_file(root: Path) -> Path:
    return root / "articles" / f"{POLICY}.md"


def _errors(content: Content) -> list[str]:
    return [f"{p.code}: {p.message}" for p in content.problems if p.severity is Severity.ERROR]


def _kept_ids(store: LastGoodStore) -> frozenset[str]:
    with store.session() as session:
        return session.ids


def test_a_broken_file_shows_its_last_valid_version_until_fixed(
    root: Path, store: LastGoodStore
) -> None:
    first = load_content(root, last_good=store)
    assert first.problems == [] and first.articles[POLICY].kept_from is None
    load_content(root, last_good=store)  # unchanged: the kept version keeps its time
    write(root, f"articles/{POLICY}.md", BROKEN_YAML)

    broken = load_content(root, last_good=store)

    policy = broken.articles[POLICY]
    assert policy.kept_from == START
    assert policy.path == _policy_file(root)  # "open file" opens the real file
    assert policy.facts == {"refund_days": 30}
    assert "30 days of delivery" in policy.body
    [error] = [p for p in broken.problems if p.severity is Severity.ERROR]
    assert error.path == _policy_file(root) and error.code == "yaml-syntax"
    shown = START.astimezone().strftime("%Y-%m-%d %H:%M")
    assert error.message.endswith(f"Agents see the version from {shown} until it is fixed.")
    assert being_fixed_notice(START) == f"Being fixed: this is the version from {shown}"

    write(root, f"articles/{POLICY}.md", VALID.replace("30", "60"))
    fixed = load_content(root, last_good=store)
    assert fixed.problems == []
    assert fixed.articles[POLICY].kept_from is None
    assert fixed.articles[POLICY].facts == {"refund_days": 60}


def test_a_bad_date_shows_the_last_valid_version(root: Path, store: LastGoodStore) -> None:
    load_content(root, last_good=store)
    write(root, f"articles/{POLICY}.md", BAD_DATE)
    content = load_content(root, last_good=store)
    policy = content.articles[POLICY]
    assert policy.kept_from == START
    assert policy.review_by == dt.date(2030, 1, 31)
    assert "30 days of" in policy.body
    [error] = _errors(content)
    assert error.startswith("invalid-date: 'review_by' is '2030-02-31'")
    assert "Agents see the version from" in error


def test_without_a_store_loading_is_unchanged(root: Path, store: LastGoodStore) -> None:
    load_content(root, last_good=store)
    write(root, f"articles/{POLICY}.md", BAD_DATE)
    content = load_content(root)
    # The file as it is now: loaded where it can be, the problem without a note.
    assert content.articles[POLICY].kept_from is None
    assert content.articles[POLICY].review_by is None
    assert "Agents see" not in " ".join(_errors(content))
    write(root, f"articles/{POLICY}.md", BROKEN_YAML)
    assert POLICY not in load_content(root).articles


def test_a_broken_file_without_a_kept_version_is_reported_as_today(
    root: Path, store: LastGoodStore
) -> None:
    write(root, f"articles/{POLICY}.md", BROKEN_YAML)
    content = load_content(root, last_good=store)
    assert POLICY not in content.articles
    [error] = _errors(content)
    assert "Agents see" not in error


def test_check_still_fails_on_the_broken_file(
    root: Path, store: LastGoodStore, capsys: pytest.CaptureFixture[str]
) -> None:
    load_content(root, last_good=store)
    write(root, f"articles/{POLICY}.md", BROKEN_YAML)
    assert load_content(root, last_good=store).articles[POLICY].kept_from is not None
    assert main(["check", "--content", str(root)]) == 1
    assert f"articles/{POLICY}.md:3" in capsys.readouterr().out


def test_a_deleted_article_is_gone_and_its_version_dropped(
    root: Path, store: LastGoodStore
) -> None:
    load_content(root, last_good=store)
    assert _kept_ids(store) == {POLICY, "delivery/late"}
    _policy_file(root).unlink()
    content = load_content(root, last_good=store)
    assert POLICY not in content.articles
    assert _kept_ids(store) == {"delivery/late"}
    # Back with a broken file: nothing valid to fall back to any more.
    write(root, f"articles/{POLICY}.md", BROKEN_YAML)
    assert POLICY not in load_content(root, last_good=store).articles


def test_a_file_that_cannot_be_read_keeps_its_version(root: Path, store: LastGoodStore) -> None:
    load_content(root, last_good=store)
    path = _policy_file(root)
    path.unlink()
    os.mkfifo(path)  # there, but not something that can be read
    content = load_content(root, last_good=store)
    assert content.articles[POLICY].kept_from == START
    [error] = _errors(content)
    assert error.startswith("not-a-file:") and "Agents see the version from" in error
    assert POLICY in _kept_ids(store)


def test_a_kept_version_never_displaces_a_valid_file(root: Path, store: LastGoodStore) -> None:
    load_content(root, last_good=store)
    # Refund.md sorts first and is used; the broken policy.md now clashes with it by case.
    write(root, "articles/refunds/Policy.md", VALID.replace("Refund policy", "New policy"))
    write(root, f"articles/{POLICY}.md", BROKEN_YAML)
    content = load_content(root, last_good=store)
    assert "refunds/Policy" in content.articles and POLICY not in content.articles
    assert content.articles["refunds/Policy"].kept_from is None
    [clash] = content.problems
    assert clash.code == "duplicate-id" and "Agents see" not in clash.message


def test_templates_keep_the_facts_of_the_kept_version(root: Path, store: LastGoodStore) -> None:
    load_checked(root, last_good=store)
    write(root, f"articles/{POLICY}.md", BROKEN_YAML)
    # Without the kept version the template names an article that is not there.
    assert "refund-timing.md" in {p.path.name for p in load_checked(root).problems}
    content = load_checked(root, last_good=store)
    assert [p.path.name for p in content.problems] == ["policy.md"]
    rendered = render(content.replies["refund-timing"], {}, content, "Maja", START.date())
    assert rendered.sendable and "within 30 days." in rendered.body


def test_cli_render_uses_the_kept_version(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    command = ["render", "--content", str(root), "refund-timing", "--agent", "Maja"]
    assert main(command) == 0  # kept in the cache folder, as the app keeps it
    write(root, f"articles/{POLICY}.md", BROKEN_YAML)
    capsys.readouterr()
    assert main(command) == 0
    assert "Your money arrives within 30 days." in capsys.readouterr().out


def test_a_kept_article_is_still_found_by_search(tmp_path: Path) -> None:
    content_root = labelled_content(tmp_path / "content")
    store = LastGoodStore(content_root, tmp_path / "cache" / STORE_FOLDER)
    index = SearchIndex.open(content_root, tmp_path / "cache" / "index")
    index.update(load_content(content_root, last_good=store))
    assert index.search("refund").hits[0].id == "refunds/refund-policy"
    path = content_root / "articles" / "refunds" / "refund-policy.md"
    path.write_text(path.read_text("utf-8").replace("title:", "title: [", 1), "utf-8")

    content = load_content(content_root, last_good=store)
    assert content.articles["refunds/refund-policy"].kept_from is not None
    index.update(content)
    hit = index.search("refund").hits[0]
    assert (hit.id, hit.title) == ("refunds/refund-policy", "Refund policy")
    index.close()


def test_cli_search_marks_a_kept_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content_root = labelled_content(tmp_path / "content")
    assert main(["index", "--content", str(content_root)]) == 0
    path = content_root / "articles" / "refunds" / "refund-policy.md"
    path.write_text(path.read_text("utf-8").replace("title:", "title: [", 1), "utf-8")
    capsys.readouterr()
    assert main(["search", "refund", "--content", str(content_root)]) == 0
    out = capsys.readouterr().out.splitlines()
    [first] = [n for n, line in enumerate(out) if line.startswith("Refund policy  [article")]
    assert out[first].endswith(" refunds/refund-policy")
    assert out[first + 1].strip().startswith("Being fixed: this is the version from ")
    assert sum("Being fixed" in line for line in out) == 1
    assert main(["search", "refund", "--content", str(content_root), "--json"]) == 0
    assert '"kept_from": "' in capsys.readouterr().out


def test_an_index_built_at_open_still_holds_the_kept_version(
    tmp_path: Path, user_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content_root = labelled_content(tmp_path / "content")
    load_content(content_root, last_good=LastGoodStore(content_root))
    path = content_root / "articles" / "refunds" / "refund-policy.md"
    path.write_text(path.read_text("utf-8").replace("title:", "title: [", 1), "utf-8")
    # No index yet: opening builds it from the files, the broken one included.
    assert main(["search", "refund", "--content", str(content_root), "--json"]) == 0
    assert '"id": "refunds/refund-policy"' in capsys.readouterr().out


def _overwrite_all(path: Path) -> None:
    path.write_bytes(b"not a database at all" * 100)


def _overwrite_tables(path: Path) -> None:
    # The header stays: SQLite opens the file and finds its pages malformed when it reads.
    data = path.read_bytes()
    path.write_bytes(data[:4096] + b"\xff" * (len(data) - 4096))


@pytest.mark.parametrize("damage", [_overwrite_all, _overwrite_tables])
def test_a_damaged_store_is_logged_and_started_afresh(
    root: Path,
    store: LastGoodStore,
    logged: pytest.LogCaptureFixture,
    damage: Callable[[Path], None],
) -> None:
    load_content(root, last_good=store)
    damage(store.path)
    content = load_content(root, last_good=store)
    assert content.problems == [] and set(content.articles) == {POLICY, "delivery/late"}
    assert "damaged" in logged.text and str(store.path) in logged.text
    # Started afresh: the next break is covered again.
    write(root, f"articles/{POLICY}.md", BROKEN_YAML)
    assert load_content(root, last_good=store).articles[POLICY].kept_from is not None


def test_a_damaged_entry_is_ignored_and_logged(
    root: Path, store: LastGoodStore, logged: pytest.LogCaptureFixture
) -> None:
    load_content(root, last_good=store)
    with sqlite3.connect(store.path) as db:
        db.execute("UPDATE kept SET source = ? WHERE id = ?", (b"---\ntitle: x\n", POLICY))
    db.close()
    write(root, f"articles/{POLICY}.md", BROKEN_YAML)
    content = load_content(root, last_good=store)
    assert POLICY not in content.articles
    assert f"Ignoring the damaged last valid version of {POLICY}" in logged.text
    assert POLICY not in _kept_ids(store)  # dropped, so it is not read again


def test_a_full_cache_does_not_stop_loading(
    root: Path, store: LastGoodStore, logged: pytest.LogCaptureFixture
) -> None:
    with file_size_limit(1024):
        content = load_content(root, last_good=store)
    assert content.problems == [] and set(content.articles) == {POLICY, "delivery/late"}
    assert "Cannot" in logged.text and str(store.path) in logged.text
    # Saved by the next load that can write.
    load_content(root, last_good=store)
    assert _kept_ids(store) == {POLICY, "delivery/late"}


def test_an_unchanged_load_writes_nothing(root: Path, store: LastGoodStore) -> None:
    load_content(root, last_good=store)
    before = store.path.stat()
    load_content(root, last_good=store)
    after = store.path.stat()
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)


def test_the_store_lives_in_the_cache_folder_not_the_content(root: Path, user_dirs: Path) -> None:
    store = LastGoodStore(root)
    load_content(root, last_good=store)
    assert store.path.is_relative_to(user_dirs / "cache" / "kbassist" / STORE_FOLDER)
    assert store.path.is_file()
    assert sorted(p.name for p in root.rglob("*") if p.is_file()) == [
        "kbassist.toml",
        "late.md",
        "policy.md",
        "refund-timing.md",
    ]


def test_a_kept_version_is_not_cross_checked(root: Path, store: LastGoodStore) -> None:
    write(
        root, f"articles/{POLICY}.md", VALID.replace("facts:", "related: [delivery/late]\nfacts:")
    )
    load_content(root, last_good=store)
    (root / "articles" / "delivery" / "late.md").unlink()
    write(root, f"articles/{POLICY}.md", BROKEN_YAML)
    content = load_content(root, last_good=store)
    assert content.articles[POLICY].related == ("delivery/late",)
    # Only what the file says now: its old 'related' line is not there to fix.
    assert [p.code for p in content.problems] == ["yaml-syntax"]


def test_the_store_is_keyed_like_the_search_index(root: Path, tmp_path: Path) -> None:
    # The same folder, however it is written, shares one key with its index.
    store = LastGoodStore(root / "articles" / "..", tmp_path)
    index_folder = IndexStore(root, tmp_path).folder
    assert store.path.name == f"{index_folder.name}.sqlite"
    assert LastGoodStore(tmp_path / "other", tmp_path).path.name != store.path.name


def test_in_use_says_when_a_broken_article_needs_its_kept_version(
    root: Path, store: LastGoodStore
) -> None:
    assert not store.in_use()  # nothing kept yet
    load_content(root, last_good=store)
    assert not store.in_use()
    write(root, f"articles/{POLICY}.md", VALID.replace("30 days", "45 days"))
    assert not store.in_use()  # changed, and valid
    write(root, f"articles/{POLICY}.md", BAD_DATE)
    assert store.in_use()
    _policy_file(root).unlink()
    assert not store.in_use()  # deleted: nothing to show
    os.mkfifo(_policy_file(root))
    assert store.in_use()
