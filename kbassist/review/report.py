"""The review report: every article that needs its owner's attention, with the reason why."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from kbassist.common.folding import fold
from kbassist.common.i18n import ngettext
from kbassist.common.plural import count
from kbassist.content.articles import Article
from kbassist.content.folder import Content
from kbassist.problems import shown_path

DEFAULT_WINDOW_DAYS = 30
# What the groups of articles nobody owns are called, in the CLI and the app alike.
NO_OWNER_LABEL = "No owner"


class Reason(enum.StrEnum):
    """Why an article is in the report; the value is the code scripts read in the JSON."""

    OVERDUE = "overdue"
    DUE_SOON = "due-soon"
    STALE_TRANSLATION = "stale-translation"
    DRAFT = "draft"
    NO_SUMMARY = "no-summary"
    NO_OWNER = "no-owner"
    UNOPENED = "unopened"

    @property
    def label(self) -> str:
        """The reason as a group heading."""
        return _LABELS[self]


_LABELS = {
    Reason.OVERDUE: "Review overdue",
    Reason.DUE_SOON: "Review due soon",
    Reason.STALE_TRANSLATION: "Translation older than its source",
    Reason.DRAFT: "Draft",
    Reason.NO_SUMMARY: "No summary",
    Reason.NO_OWNER: "No owner",
    Reason.UNOPENED: "No search opened it",
}

# "No search opened it" looks this far back in the usage log: less than the 90 days the log
# keeps by default, or the log would never reach back far enough to say.
UNOPENED_DAYS = 60


def unopened_items(
    content: Content, article_ids: Iterable[str], days: int = UNOPENED_DAYS
) -> list[ReviewItem]:
    """Review items for the articles no search opened in the last days (from the usage log:
    kbassist.analytics.insights.articles_not_opened), for build_report(more=...)."""
    message = ngettext(
        "No search has opened it in the last {days} day.",
        "No search has opened it in the last {days} days.",
        days,
    ).format(days=days)
    return [
        ReviewItem.of(content.articles[ident], Reason.UNOPENED, message)
        for ident in article_ids
        if ident in content.articles
    ]


@dataclass(frozen=True)
class ReviewItem:
    """One article and one reason it needs attention (an article may have several)."""

    article_id: str
    title: str
    owner: str
    path: Path
    reason: Reason
    message: str
    # The review_by date, for the two date reasons.
    due: dt.date | None = None
    # Days overdue, or days left before the review is due.
    days: int | None = None
    # For an out-of-date translation: the article it was translated from.
    source_id: str | None = None

    @classmethod
    def of(
        cls,
        article: Article,
        reason: Reason,
        message: str,
        *,
        due: dt.date | None = None,
        days: int | None = None,
        source_id: str | None = None,
    ) -> ReviewItem:
        """An item about article."""
        return cls(
            article.id,
            article.title,
            article.owner,
            article.path,
            reason,
            message,
            due=due,
            days=days,
            source_id=source_id,
        )

    def as_dict(self, root: Path | None = None) -> dict[str, object]:
        """The JSON form used by `kbassist review --json`."""
        return {
            "id": self.article_id,
            "title": self.title,
            "owner": self.owner,
            "file": shown_path(self.path, root).as_posix(),
            "reason": self.reason.value,
            "message": self.message,
            "review_by": self.due.isoformat() if self.due else None,
            "days": self.days,
            "source": self.source_id,
        }


@dataclass(frozen=True)
class ReviewReport:
    """The items found on one day, most urgent reason first, then by article id."""

    root: Path
    today: dt.date
    within_days: int
    items: tuple[ReviewItem, ...]

    @property
    def has_overdue(self) -> bool:
        """True when some review date has passed (the CLI then exits 1, for content CI)."""
        return any(item.reason is Reason.OVERDUE for item in self.items)

    def counts(self) -> dict[Reason, int]:
        """How many items each reason has, every reason listed (0 when none)."""
        found = dict.fromkeys(Reason, 0)
        for item in self.items:
            found[item.reason] += 1
        return found

    def owners(self) -> list[str]:
        """Every owner named in the report, sorted; the empty owner last."""
        return sorted({item.owner for item in self.items}, key=_owner_order)

    def by_owner(self) -> list[tuple[str, list[ReviewItem]]]:
        """The items grouped by owner (empty: no owner, last), in report order inside."""
        return [
            (owner, [item for item in self.items if item.owner == owner]) for owner in self.owners()
        ]

    def by_reason(self) -> list[tuple[Reason, list[ReviewItem]]]:
        """The items grouped by reason, most urgent first; reasons with no item left out."""
        return [
            (reason, [item for item in self.items if item.reason is reason])
            for reason in Reason
            if any(item.reason is reason for item in self.items)
        ]

    def for_owner(self, owner: str | None) -> ReviewReport:
        """Only the items of owner (ignoring case and accents; "" is no owner); None: all."""
        if owner is None:
            return self
        wanted = owner_key(owner)
        return replace(
            self, items=tuple(item for item in self.items if owner_key(item.owner) == wanted)
        )

    @property
    def article_count(self) -> int:
        """How many articles the items are about (one may have several reasons)."""
        return len({item.article_id for item in self.items})

    def summary(self) -> str:
        """One line: how many articles, and how many of them are overdue."""
        overdue = self.counts()[Reason.OVERDUE]
        articles = count(self.article_count, "article")
        return f"{articles} to look at, {count(overdue, 'review')} overdue"

    def as_dict(self) -> dict[str, object]:
        """The JSON form used by `kbassist review --json`."""
        return {
            "today": self.today.isoformat(),
            "within_days": self.within_days,
            "counts": {reason.value: n for reason, n in self.counts().items()},
            "items": [item.as_dict(self.root) for item in self.items],
        }


def owner_label(owner: str) -> str:
    """An owner as a group heading."""
    return owner or NO_OWNER_LABEL


def build_report(
    content: Content,
    today: dt.date,
    *,
    within_days: int = DEFAULT_WINDOW_DAYS,
    owner: str | None = None,
    more: Iterable[ReviewItem] = (),
) -> ReviewReport:
    """What needs review in content on today; due soon means within within_days days.

    more: items found from other sources than the articles themselves, such as translations
    older than their source (review.translations, from the content's history); an analytics
    source of articles no search opened would add its items here too.
    """
    items = [
        item
        for article in content.articles.values()
        for item in _article_items(article, today, within_days)
    ]
    items.extend(more)
    order = {reason: n for n, reason in enumerate(Reason)}
    items.sort(key=lambda item: (order[item.reason], item.due or dt.date.min, item.article_id))
    report = ReviewReport(content.root, today, within_days, tuple(items))
    return report.for_owner(owner)


def _article_items(article: Article, today: dt.date, within_days: int) -> list[ReviewItem]:
    found: list[ReviewItem] = []
    due = article.review_by
    if due is not None:
        days = (due - today).days
        if days < 0:
            message = f"Review overdue since {due.isoformat()} ({count(-days, 'day')})"
            found.append(ReviewItem.of(article, Reason.OVERDUE, message, due=due, days=-days))
        elif days <= within_days:
            when = "today" if days == 0 else f"in {count(days, 'day')}"
            message = f"Review due {due.isoformat()} ({when})"
            found.append(ReviewItem.of(article, Reason.DUE_SOON, message, due=due, days=days))
    if article.status == "draft":
        message = "Draft: agents see it marked as a draft. Publish it (status: published)"
        found.append(ReviewItem.of(article, Reason.DRAFT, message))
    if not article.summary.strip():
        message = "No summary: agents have no one-line answer to read out. Add 'summary:'"
        found.append(ReviewItem.of(article, Reason.NO_SUMMARY, message))
    if not article.owner.strip():
        message = "No owner: nobody is asked to keep it right. Add 'owner:'"
        found.append(ReviewItem.of(article, Reason.NO_OWNER, message))
    return found


def owner_key(owner: str) -> str:
    """An owner as compared: without case, accents or extra spaces."""
    return " ".join(fold(owner).split())


def _owner_order(owner: str) -> tuple[bool, str]:
    return (not owner, owner_key(owner))
