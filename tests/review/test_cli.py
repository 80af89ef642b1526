"""`kbassist review`, through the command line's own entry point: text, JSON and exit codes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kbassist.cli import main
from tests.contentkit import article, write
from tests.revisions.repokit import RepoBuilder

TODAY = dt.date.today()
CARE = "Customer Care"


def _day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def _content(root: Path, *, overdue: bool = True) -> Path:
    article(
        root,
        "refunds/policy",
        "Refund policy",
        summary="30 days.",
        owner=CARE,
        review_by=_day(-10 if overdue else 200),
    )
    article(root, "refunds/late", "Late refunds", summary="5 days.", owner=CARE, review_by=_day(12))
    article(
        root,
        "billing/credit",
        "Account credit",
        owner="Billing Team",
        review_by=_day(300),
        status="draft",
    )
    article(root, "misc/orphan", "Orphan", summary="Nobody keeps it.", review_by=_day(400))
    return root


def test_text_groups_by_owner_and_exits_1_when_a_review_is_overdue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _content(tmp_path)
    assert main(["review", "--content", str(root)]) == 1
    out = capsys.readouterr().out
    assert out.split("\n\n")[0].splitlines() == [
        "Billing Team (2 items)",
        "  articles/billing/credit.md: Account credit: Draft: agents see it marked as a draft. "
        "Publish it (status: published) [draft]",
        "  articles/billing/credit.md: Account credit: No summary: agents have no one-line "
        "answer to read out. Add 'summary:' [no-summary]",
    ]
    assert (
        f"  articles/refunds/policy.md: Refund policy: Review overdue since {_day(-10)} "
        "(10 days) [overdue]\n"
        f"  articles/refunds/late.md: Late refunds: Review due {_day(12)} (in 12 days) [due-soon]"
    ) in out
    assert out.index("Customer Care (2 items)") < out.index("No owner (1 item)")
    assert out.rstrip().endswith(
        "4 articles to look at, 1 review overdue (due soon: within 30 days)."
    )


def test_nothing_overdue_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _content(tmp_path, overdue=False)
    assert main(["review", "--content", str(root)]) == 0
    assert "overdue" not in capsys.readouterr().out.split("\n\n")[1]


def test_json_for_scripts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _content(tmp_path)
    assert main(["review", "--json", "--within", "5", "--content", str(root)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["today"] == TODAY.isoformat()
    assert data["within_days"] == 5
    assert data["counts"] == {
        "overdue": 1,
        "due-soon": 0,
        "stale-translation": 0,
        "draft": 1,
        "no-summary": 1,
        "no-owner": 1,
        "unopened": 0,
    }
    first = data["items"][0]
    assert (first["id"], first["file"], first["reason"], first["days"]) == (
        "refunds/policy",
        "articles/refunds/policy.md",
        "overdue",
        10,
    )


def test_owner_and_window_filters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _content(tmp_path)
    assert main(["review", "--owner", "billing team", "--content", str(root)]) == 0
    captured = capsys.readouterr()
    assert "Billing Team (2 items)" in captured.out
    assert CARE not in captured.out
    assert captured.err == ""
    assert main(["review", "--owner", "Legal", "--json", "--content", str(root)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["items"] == []
    assert "No article has the owner 'Legal'. Owners: Billing Team, Customer Care." in captured.err
    assert main(["review", "--within", "350", "--json", "--content", str(root)]) == 1
    due = [
        i["id"] for i in json.loads(capsys.readouterr().out)["items"] if i["reason"] == "due-soon"
    ]
    assert due == ["refunds/late", "billing/credit"]
    with pytest.raises(SystemExit) as exited:
        main(["review", "--within", "soon", "--content", str(root)])
    assert exited.value.code == 2
    assert "'soon' is not a whole number above zero" in capsys.readouterr().err


def test_a_broken_article_is_mentioned_and_hides_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _content(tmp_path)
    write(root, "articles/broken.md", "---\ntitle: [unclosed\n---\nBody\n")
    assert main(["review", "--content", str(root)]) == 1
    captured = capsys.readouterr()
    assert "articles/refunds/policy.md" in captured.out
    assert "Not in this review, as it cannot be read: 1 article file." in captured.err


def test_an_unreadable_folder_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "--content", str(tmp_path / "nowhere")]) == 2
    assert "does not exist" in capsys.readouterr().err
    a_file = write(tmp_path, "notes.txt", "not a folder")
    assert main(["review", "--content", str(a_file)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_translations_in_git_are_compared_by_commit_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    builder = RepoBuilder(tmp_path / "repo")
    source = (
        "---\ntitle: Returns\nsummary: 14 days.\nowner: Care\n"
        "translations: {sl: returns.sl}\n---\nText.\n"
    )
    translation = (
        "---\ntitle: Vračila\nsummary: 14 dni.\nowner: Nega\nlanguage: sl\n---\nBesedilo.\n"
    )
    builder.commit(
        "Returns in two languages",
        {"articles/returns.md": source, "articles/returns.sl.md": translation},
    )
    builder.commit("30 days", {"articles/returns.md": source.replace("14 days", "30 days")})
    builder.checkout()
    builder.close()
    assert main(["review", "--json", "--content", str(builder.content_root)]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    assert [(i["id"], i["owner"], i["reason"], i["source"]) for i in items] == [
        ("returns.sl", "Nega", "stale-translation", "returns")
    ]


def test_articles_no_search_opened_are_listed_once_the_usage_log_reaches_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kbassist.analytics.config import local_usage_file
    from kbassist.analytics.recorder import Recorder

    root = _content(tmp_path)
    now = dt.datetime.now(dt.UTC)
    clock = [now - dt.timedelta(days=80)]
    recorder = Recorder(local_usage_file(), "Ana", clock=lambda: clock[0])
    recorder.start()
    recorder.article_opened("billing/credit", 1)  # before the 60 days: does not count
    clock[0] = now - dt.timedelta(days=3)
    recorder.article_opened("refunds/late", 2)
    assert recorder.flush()
    recorder.close()
    main(["review", "--json", "--content", str(root)])
    items = json.loads(capsys.readouterr().out)["items"]
    unopened = {item["id"] for item in items if item["reason"] == "unopened"}
    assert unopened == {"refunds/policy", "billing/credit", "misc/orphan"}


def test_a_usage_log_younger_than_the_window_lists_nothing_as_unopened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kbassist.analytics.config import local_usage_file
    from kbassist.analytics.recorder import Recorder

    root = _content(tmp_path)
    recorder = Recorder(local_usage_file(), "Ana")
    recorder.start()
    recorder.article_opened("refunds/late", 1)
    assert recorder.flush()
    recorder.close()
    main(["review", "--json", "--content", str(root)])
    items = json.loads(capsys.readouterr().out)["items"]
    assert not [item for item in items if item["reason"] == "unopened"]
