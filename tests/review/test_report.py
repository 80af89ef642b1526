"""The review report: review dates, drafts, missing summaries and owners, grouped and filtered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kbassist.content.folder import Content, load_content
from kbassist.review.report import (
    NO_OWNER_LABEL,
    Reason,
    ReviewItem,
    ReviewReport,
    build_report,
    owner_label,
)
from tests.contentkit import article, write

TODAY = dt.date(2026, 12, 1)
CARE = "Customer Care"
BILLING = "Billing Team"


def _load(root: Path, today: dt.date) -> Content:
    """The content of root, which must load without an error (overdue reviews are warnings)."""
    content = load_content(root, today)
    assert [p.message for p in content.problems if p.code != "stale-article"] == []
    return content


def _folder(root: Path) -> Path:
    article(
        root,
        "refunds/refund-policy",
        "Refund policy",
        summary="30 days.",
        owner=CARE,
        review_by="2026-10-01",
    )
    article(
        root,
        "refunds/late-refunds",
        "Late refunds",
        summary="5 days.",
        owner=CARE,
        review_by="2026-12-15",
    )
    article(
        root,
        "billing/invoices",
        "Invoices",
        summary="Monthly.",
        owner=BILLING,
        review_by="2027-03-01",
    )
    article(
        root,
        "billing/credit",
        "Account credit",
        owner=BILLING,
        review_by="2026-12-01",
        status="draft",
    )
    article(root, "misc/orphan", "Orphan", summary="Nobody keeps it.")
    return root


def test_each_reason_names_the_article_its_owner_file_and_what_is_wrong(tmp_path: Path) -> None:
    report = build_report(_load(_folder(tmp_path), TODAY), TODAY)
    found = {(item.article_id, item.reason): item for item in report.items}
    overdue = found["refunds/refund-policy", Reason.OVERDUE]
    assert overdue.message == "Review overdue since 2026-10-01 (61 days)"
    assert (overdue.title, overdue.owner, overdue.days) == ("Refund policy", CARE, 61)
    assert overdue.path == tmp_path / "articles/refunds/refund-policy.md"
    assert overdue.due == dt.date(2026, 10, 1)
    soon = found["refunds/late-refunds", Reason.DUE_SOON]
    assert soon.message == "Review due 2026-12-15 (in 14 days)"
    assert soon.days == 14
    assert found["billing/credit", Reason.DUE_SOON].message == "Review due 2026-12-01 (today)"
    assert ("billing/credit", Reason.DRAFT) in found
    assert ("billing/credit", Reason.NO_SUMMARY) in found
    assert ("misc/orphan", Reason.NO_OWNER) in found
    # Reviewed until March, owned, summarised and published: nothing to say.
    assert not [item for item in report.items if item.article_id == "billing/invoices"]
    assert report.has_overdue


def _soon(report: ReviewReport) -> set[str]:
    return {i.article_id for i in report.items if i.reason is Reason.DUE_SOON}


def test_the_window_decides_what_is_due_soon(tmp_path: Path) -> None:
    content = _load(_folder(tmp_path), TODAY)
    narrow = build_report(content, TODAY, within_days=7)
    wide = build_report(content, TODAY, within_days=90)

    assert _soon(narrow) == {"billing/credit"}
    assert _soon(wide) == {"billing/credit", "refunds/late-refunds", "billing/invoices"}
    assert wide.within_days == 90


def test_nothing_overdue_once_every_date_is_ahead(tmp_path: Path) -> None:
    article(tmp_path, "a", "A", summary="Yes.", owner=CARE, review_by="2027-06-01")
    report = build_report(_load(tmp_path, TODAY), TODAY)
    assert report.items == ()
    assert not report.has_overdue
    assert report.summary() == "0 articles to look at, 0 reviews overdue"


def test_items_come_most_urgent_first_and_group_by_owner_with_no_owner_last(
    tmp_path: Path,
) -> None:
    report = build_report(_load(_folder(tmp_path), TODAY), TODAY)
    reasons = [item.reason for item in report.items]
    assert reasons == sorted(reasons, key=list(Reason).index)
    assert reasons[0] is Reason.OVERDUE
    groups = report.by_owner()
    assert [owner for owner, _ in groups] == [BILLING, CARE, ""]
    assert owner_label("") == NO_OWNER_LABEL
    care = dict(groups)[CARE]
    assert [(i.article_id, i.reason) for i in care] == [
        ("refunds/refund-policy", Reason.OVERDUE),
        ("refunds/late-refunds", Reason.DUE_SOON),
    ]
    by_reason = dict(report.by_reason())
    assert set(by_reason) == {
        Reason.OVERDUE,
        Reason.DUE_SOON,
        Reason.DRAFT,
        Reason.NO_SUMMARY,
        Reason.NO_OWNER,
    }
    assert report.counts()[Reason.STALE_TRANSLATION] == 0
    assert report.counts()[Reason.DUE_SOON] == 2
    assert report.summary() == "4 articles to look at, 1 review overdue"


def test_the_owner_filter_ignores_case_accents_and_spaces(tmp_path: Path) -> None:
    content = _load(_folder(tmp_path), TODAY)
    article(
        tmp_path,
        "sl/vracila",
        "Vračila",
        summary="30 dni.",
        owner="Služba  za stranke",
        review_by="2026-11-01",
    )
    content = _load(tmp_path, TODAY)
    care = build_report(content, TODAY, owner="customer care")
    assert {i.owner for i in care.items} == {CARE}
    assert len(care.items) == 2
    slovene = build_report(content, TODAY, owner="sluzba za STRANKE")
    assert [i.article_id for i in slovene.items] == ["sl/vracila"]
    nobody = build_report(content, TODAY, owner="")
    assert {i.article_id for i in nobody.items} == {"misc/orphan"}
    assert build_report(content, TODAY, owner="Legal").items == ()
    assert build_report(content, TODAY).for_owner(None).items == build_report(content, TODAY).items


def test_items_from_elsewhere_join_the_report_in_order(tmp_path: Path) -> None:
    content = _load(_folder(tmp_path), TODAY)
    source = content.articles["billing/invoices"]
    extra = ReviewItem.of(
        source, Reason.STALE_TRANSLATION, "Older than its source.", source_id="billing/invoices.en"
    )
    report = build_report(content, TODAY, more=[extra])
    reasons = [item.reason for item in report.items]
    assert reasons.index(Reason.STALE_TRANSLATION) == reasons.index(Reason.DUE_SOON) + 2
    assert extra in dict(report.by_owner())[BILLING]


def test_the_json_form_names_files_inside_the_folder(tmp_path: Path) -> None:
    report = build_report(_load(_folder(tmp_path), TODAY), TODAY)
    data = report.as_dict()
    assert data["today"] == "2026-12-01"
    assert data["within_days"] == 30
    counts = data["counts"]
    assert isinstance(counts, dict)
    assert counts["overdue"] == 1
    items = data["items"]
    assert isinstance(items, list)
    assert items[0] == {
        "id": "refunds/refund-policy",
        "title": "Refund policy",
        "owner": CARE,
        "file": "articles/refunds/refund-policy.md",
        "reason": "overdue",
        "message": "Review overdue since 2026-10-01 (61 days)",
        "review_by": "2026-10-01",
        "days": 61,
        "source": None,
    }


def test_a_broken_article_never_hides_the_others(tmp_path: Path) -> None:
    _folder(tmp_path)
    write(tmp_path, "articles/broken.md", "---\ntitle: [unclosed\n---\nBody\n")
    content = load_content(tmp_path, TODAY)
    assert content.problems.has_errors
    report = build_report(content, TODAY)
    assert {i.article_id for i in report.items} >= {"refunds/refund-policy", "misc/orphan"}
