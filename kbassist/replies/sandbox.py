"""The sandboxed Jinja2 environment every reply template runs in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial, wraps

from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from kbassist.replies.dates import add_business_days, add_days, format_date

# Names a template may use besides its declared fields.
CONTEXT_NAMES = frozenset({"org", "agent", "today", "add_days", "add_business_days", "kb"})


def make_environment(language: str = "en") -> ImmutableSandboxedEnvironment:
    """A sandbox (no access to Python internals, no mutation) where an unknown name is an error."""
    env = ImmutableSandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["format_date"] = partial(_format_date_filter, language=language)
    env.globals["add_days"] = _passes_stand_ins(add_days)
    env.globals["add_business_days"] = _passes_stand_ins(add_business_days)
    return env


class StandIn:
    """What a template sees for a value not filled in: a visible marker or a quiet blank.

    A missing required field shows as its marker ("[Customer's first name]") so a preview
    renders and the gap stands out; an empty optional field is blank and false, so
    `{% if note %}` works. Attribute and item lookups return the stand-in itself, and the date
    helpers pass it through, so `facility.name` or `new_date | format_date` do not fail.
    """

    __slots__ = ("_text",)

    def __init__(self, text: str = "") -> None:
        self._text = text

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return f"StandIn({self._text!r})"

    def __bool__(self) -> bool:
        return bool(self._text)

    def __getattr__(self, name: str) -> StandIn:
        if name.startswith("_"):
            raise AttributeError(name)
        return self

    def __getitem__(self, key: object) -> StandIn:
        return self


def _passes_stand_ins(
    function: Callable[[dt.date, int], dt.date],
) -> Callable[[dt.date | StandIn, int], dt.date | StandIn]:
    @wraps(function)
    def wrapper(day: dt.date | StandIn, days: int) -> dt.date | StandIn:
        return day if isinstance(day, StandIn) else function(day, days)

    return wrapper


def _format_date_filter(value: dt.date | str | StandIn, language: str) -> str | StandIn:
    if isinstance(value, StandIn):
        return value
    return format_date(value, language)
