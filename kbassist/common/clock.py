"""The clock that code asks for the time, passed in so that tests can fix it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

# Returns an aware datetime: the instant now, in the zone the user sees times in.
Clock = Callable[[], dt.datetime]
