"""A clock the tests move by hand, and a day of an agent's searches to record."""

from __future__ import annotations

import datetime as dt

from kbassist.analytics.events import ReplyOutcome
from kbassist.analytics.recorder import Recorder

START = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)


class HandClock:
    """Returns the time it was set to; advance() moves it on."""

    def __init__(self, now: dt.datetime = START) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def a_day_of_searches(recorder: Recorder, clock: HandClock) -> None:
    """Searches of one agent: some find nothing and are asked again, some are rated."""
    # "parcel lost" finds nothing; asked again as "missing delivery", the agent opens the
    # article on lost parcels from the second place. Twice in the day.
    for _ in range(2):
        recorder.search_settled("parcel lost", [])
        clock.advance(20)
        recorder.search_settled("missing delivery", ["returns-policy", "lost-parcel"])
        clock.advance(5)
        recorder.article_opened("lost-parcel", 2)
        recorder.rated("lost-parcel", answered=True)
        clock.advance(600)
    # Found, opened, rated "No"; then rephrased and answered by another article.
    recorder.search_settled("money back", ["returns-policy"])
    clock.advance(3)
    recorder.article_opened("returns-policy", 1)
    recorder.rated("returns-policy", answered=False)
    clock.advance(10)
    recorder.search_settled("refund card payment", ["refunds"])
    clock.advance(4)
    recorder.article_opened("refunds", 1)
    recorder.summary_copied("refunds")
    recorder.template_used("refund-confirmation")
    recorder.reply_done("refund-confirmation", ReplyOutcome.SENT)
    clock.advance(900)
    # Results, none opened.
    recorder.search_settled("opening hours", ["store-hours"])
    clock.advance(30)
    recorder.facility_looked_up("ljubljana-center", "postcode")
    clock.advance(3600)
    # Nothing found, never rephrased.
    recorder.search_settled("gift wrapping", [])
    clock.advance(60)
