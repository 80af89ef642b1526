"""The sandboxed Jinja2 environment every reply template runs in."""

from __future__ import annotations

import datetime as dt
from functools import partial

from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from kbassist.dates import add_business_days, add_days, format_date

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
    env.globals["add_days"] = add_days
    env.globals["add_business_days"] = add_business_days
    return env


def _format_date_filter(value: dt.date | str, language: str) -> str:
    return format_date(value, language)
