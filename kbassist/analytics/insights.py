"""What the usage log shows the team: failed searches, top articles, ratings, templates, days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from kbassist.analytics.database import EVENTS, EventDatabase
from kbassist.analytics.events import EventKind, from_ms, to_ms
from kbassist.analytics.scrub import has_placeholder, normalise

DAY_MS = 86_400_000
# "Then query B opened article X within a minute": how soon after a failed search.
REPHRASE_WINDOW_MS = 60_000
DEFAULT_LIMIT = 20


@dataclass(frozen=True)
class Count:
    """One line of a ranking: what (a query or an id), as shown, and how often."""

    key: str
    label: str
    count: int


@dataclass(frozen=True)
class Rating:
    """How often agents said an article did, or did not, answer the question."""

    article_id: str
    no: int
    yes: int


@dataclass(frozen=True)
class Day:
    """Searches on one day (UTC) and how many of them found nothing."""

    day: dt.date
    searches: int
    no_result: int

    @property
    def no_result_rate(self) -> float:
        """The share of the day's searches that found nothing, 0 to 1."""
        return self.no_result / self.searches if self.searches else 0.0


@dataclass(frozen=True)
class Suggestion:
    """A query that failed, and the article agents opened after asking it another way."""

    query: str
    article_id: str
    times: int

    def yaml(self) -> str:
        """The line to paste under the article's questions in its front matter."""
        quoted = self.query.replace("\\", "\\\\").replace('"', '\\"')
        return f'questions:\n  - "{quoted}"\n'


@dataclass(frozen=True)
class Insights:
    """Everything the Insights view and `kbassist insights` show, for one period."""

    since: dt.datetime | None
    events: int
    agents: int
    searches: int
    no_result: list[Count] = field(default_factory=list)
    nothing_opened: list[Count] = field(default_factory=list)
    top_searches: list[Count] = field(default_factory=list)
    top_articles: list[Count] = field(default_factory=list)
    rated_no: list[Rating] = field(default_factory=list)
    templates: list[Count] = field(default_factory=list)
    facilities: list[Count] = field(default_factory=list)
    days: list[Day] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)

    @property
    def no_result_rate(self) -> float:
        """The share of all searches in the period that found nothing."""
        failed = sum(day.no_result for day in self.days)
        return failed / self.searches if self.searches else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The insights as plain JSON values."""

        def counts(rows: list[Count]) -> list[dict[str, Any]]:
            return [{"key": r.key, "label": r.label, "count": r.count} for r in rows]

        return {
            "since": self.since.isoformat() if self.since else None,
            "events": self.events,
            "agents": self.agents,
            "searches": self.searches,
            "no_result_rate": round(self.no_result_rate, 4),
            "no_result": counts(self.no_result),
            "nothing_opened": counts(self.nothing_opened),
            "top_searches": counts(self.top_searches),
            "top_articles": counts(self.top_articles),
            "rated_no": [
                {"article": r.article_id, "no": r.no, "yes": r.yes} for r in self.rated_no
            ],
            "templates": counts(self.templates),
            "facilities": counts(self.facilities),
            "days": [
                {"day": d.day.isoformat(), "searches": d.searches, "no_result": d.no_result}
                for d in self.days
            ],
            "suggestions": [
                {"query": s.query, "article": s.article_id, "times": s.times}
                for s in self.suggestions
            ],
        }


def read_insights(
    database: EventDatabase,
    since: dt.datetime | None = None,
    *,
    limit: int = DEFAULT_LIMIT,
    questions: Mapping[str, Collection[str]] | None = None,
) -> Insights:
    """The insights of every event since `since` (all when None), `limit` rows per ranking.

    questions: each article's questions as they are now; a suggestion an article already
    has is left out.
    """
    start = to_ms(since) if since is not None else 0
    search, opened = str(EventKind.SEARCH), str(EventKind.OPEN)
    # Every condition names the kind, so each query reads the (kind, at_ms) index only.
    kinds = ", ".join(f"'{kind}'" for kind in EventKind)
    events = database.rows(
        f"SELECT COUNT(*) FROM {EVENTS} WHERE kind IN ({kinds}) AND at_ms >= ?", (start,)
    )[0][0]
    agents = database.rows(
        f"SELECT COUNT(DISTINCT agent) FROM {EVENTS} WHERE kind = ? AND at_ms >= ?",
        (search, start),
    )[0][0]
    days = _days(database, start)
    return Insights(
        since=since,
        events=int(events),
        agents=int(agents),
        searches=sum(day.searches for day in days),
        no_result=_queries(database, "results = 0", start, limit),
        nothing_opened=_queries(
            database,
            # o.search <> '' lets the planner use the partial index on search.
            f"results > 0 AND NOT EXISTS (SELECT 1 FROM {EVENTS} o "
            f"WHERE o.search <> '' AND o.search = s.id AND o.kind = '{opened}')",
            start,
            limit,
        ),
        top_searches=_queries(database, "1 = 1", start, limit),
        top_articles=_items(database, EventKind.OPEN, start, limit),
        rated_no=_ratings(database, start, limit),
        templates=_items(database, EventKind.TEMPLATE, start, limit),
        facilities=_items(database, EventKind.FACILITY, start, limit),
        days=days,
        suggestions=suggestions(database, since, limit=limit, questions=questions),
    )


def _queries(
    database: EventDatabase,
    condition: str,
    start: int,
    limit: int,
    params: tuple[object, ...] = (),
) -> list[Count]:
    rows = database.rows(
        f"SELECT s.query_key, MIN(s.query), COUNT(*) FROM {EVENTS} s "
        f"WHERE s.kind = ? AND s.at_ms >= ? AND {condition} "
        "GROUP BY s.query_key ORDER BY COUNT(*) DESC, s.query_key LIMIT ?",
        (str(EventKind.SEARCH), start, *params, limit),
    )
    return [Count(str(key), str(label), int(n)) for key, label, n in rows]


def _items(database: EventDatabase, kind: EventKind, start: int, limit: int) -> list[Count]:
    rows = database.rows(
        f"SELECT item, COUNT(*) FROM {EVENTS} WHERE kind = ? AND at_ms >= ? AND item <> '' "
        "GROUP BY item ORDER BY COUNT(*) DESC, item LIMIT ?",
        (str(kind), start, limit),
    )
    return [Count(str(item), str(item), int(n)) for item, n in rows]


def _ratings(database: EventDatabase, start: int, limit: int) -> list[Rating]:
    no = "SUM(CASE WHEN detail = 'no' THEN 1 ELSE 0 END)"
    yes = "SUM(CASE WHEN detail = 'yes' THEN 1 ELSE 0 END)"
    rows = database.rows(
        f"SELECT item, {no}, {yes} FROM {EVENTS} WHERE kind = ? AND at_ms >= ? "
        f"GROUP BY item HAVING {no} > 0 ORDER BY {no} DESC, item LIMIT ?",
        (str(EventKind.RATING), start, limit),
    )
    return [Rating(str(item), int(n), int(y)) for item, n, y in rows]


def _days(database: EventDatabase, start: int) -> list[Day]:
    rows = database.rows(
        f"SELECT at_ms / {DAY_MS}, COUNT(*), SUM(CASE WHEN results = 0 THEN 1 ELSE 0 END) "
        f"FROM {EVENTS} WHERE kind = ? AND at_ms >= ? GROUP BY at_ms / {DAY_MS} ORDER BY 1",
        (str(EventKind.SEARCH), start),
    )
    return [
        Day(from_ms(int(day) * DAY_MS).date(), int(n), int(failed or 0)) for day, n, failed in rows
    ]


def suggestions(
    database: EventDatabase,
    since: dt.datetime | None = None,
    *,
    limit: int = DEFAULT_LIMIT,
    questions: Mapping[str, Collection[str]] | None = None,
) -> list[Suggestion]:
    """Query A failed (found nothing, or what it opened was rated "No"), then the same agent
    asked query B within a minute and opened article X from it: add A to X's questions."""
    start = to_ms(since) if since is not None else 0
    search, opened, rating = (str(k) for k in (EventKind.SEARCH, EventKind.OPEN, EventKind.RATING))
    failed = (
        f"(a.results = 0 OR a.id IN (SELECT r.search FROM {EVENTS} r WHERE r.kind = '{rating}' "
        "AND r.at_ms >= ? AND r.detail = 'no' AND r.search <> ''))"
    )
    rows = database.rows(
        f"SELECT a.query_key, MIN(a.query), o.item, COUNT(DISTINCT a.id) FROM {EVENTS} a "
        f"JOIN {EVENTS} o ON o.kind = '{opened}' AND o.agent = a.agent "
        f"AND o.at_ms > a.at_ms AND o.at_ms <= a.at_ms + {REPHRASE_WINDOW_MS} "
        # Only the first article opened after A from another search: the one the rephrase
        # found, not every article read in the minute after (A's own, rated "No", may come
        # first).
        f"AND NOT EXISTS (SELECT 1 FROM {EVENTS} p WHERE p.kind = '{opened}' "
        "AND p.agent = a.agent AND p.at_ms > a.at_ms AND p.at_ms < o.at_ms "
        "AND p.search <> a.id) "
        f"JOIN {EVENTS} b ON b.id = o.search AND b.query_key <> a.query_key "
        f"WHERE a.kind = '{search}' AND a.at_ms >= ? AND a.query_key <> '' AND {failed} "
        "GROUP BY a.query_key, o.item ORDER BY COUNT(DISTINCT a.id) DESC, a.query_key, o.item",
        (start, start),
    )
    known = {article: {normalise(q) for q in asked} for article, asked in (questions or {}).items()}
    found: list[Suggestion] = []
    for key, query, article, times in rows:
        if str(key) in known.get(str(article), set()) or has_placeholder(str(query)):
            continue
        found.append(Suggestion(str(query), str(article), int(times)))
        if len(found) >= limit:
            break
    return found


def template_ranking(
    database: EventDatabase, agent: str, since: dt.datetime, *, by_team: bool = True
) -> list[str]:
    """Template ids by this agent's use since `since`, then (by_team) the team's."""
    mine = "SUM(CASE WHEN agent = ? THEN 1 ELSE 0 END)"
    team = "COUNT(*)" if by_team else "0"
    rows = database.rows(
        f"SELECT item, {mine}, {team} FROM {EVENTS} WHERE kind = ? AND at_ms >= ? "
        f"AND item <> '' GROUP BY item ORDER BY 2 DESC, 3 DESC, item",
        (agent, str(EventKind.TEMPLATE), to_ms(since)),
    )
    return [str(item) for item, used, all_used in rows if int(used) or int(all_used)]


def articles_not_opened(
    database: EventDatabase, article_ids: Collection[str], since: dt.datetime
) -> list[str] | None:
    """The articles no search has opened since `since`, sorted; None when the log does not
    reach back that far yet (every article would look unused)."""
    first = database.rows(f"SELECT MIN(at_ms) FROM {EVENTS}")[0][0]
    if first is None or int(first) > to_ms(since):
        return None
    rows = database.rows(
        f"SELECT DISTINCT item FROM {EVENTS} WHERE kind = ? AND at_ms >= ?",
        (str(EventKind.OPEN), to_ms(since)),
    )
    opened = {str(row[0]) for row in rows}
    return sorted(set(article_ids) - opened)
