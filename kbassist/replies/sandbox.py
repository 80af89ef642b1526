"""The sandboxed Jinja2 environment every reply template runs in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from functools import partial, wraps
from typing import Any

from jinja2 import StrictUndefined, nodes, pass_eval_context
from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import EvalContext
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from kbassist.common.plural import plural_form
from kbassist.facilities.wording import cldr_locale
from kbassist.replies.budget import (
    check_binop,
    check_format_string,
    check_length,
    check_size_arguments,
)
from kbassist.replies.dates import add_business_days, add_days, format_date
from kbassist.replies.numbers import format_money, format_number

# Names a template may use besides its declared fields.
CONTEXT_NAMES = frozenset({"org", "agent", "today", "add_days", "add_business_days", "kb"})


# Filters whose arguments are widths or counts the result is built from.
_SIZED_FILTERS = ("center", "indent", "batch", "slice")
# String methods that pad to a width.
_SIZED_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})


class _Generator(CodeGenerator):
    """Jinja's code generator with "~" joined through the environment, so its size is checked."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:  # noqa: N802 -- Jinja's name
        self.write("environment.call_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class BudgetedEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox with arithmetic, joins, padding and formats that cannot exhaust memory.

    Nothing is worked out while compiling (Jinja would otherwise fold `9**(9**10)` into a
    constant and hang `kbassist check`); at render time each operator that can build a huge
    value is checked before it runs.
    """

    code_generator_class = _Generator
    intercepted_binops = frozenset({"**", "*", "+", "%"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call_concat(self, values: tuple[Any, ...]) -> str:
        """The values joined as text, as "~" does."""
        parts = [str(value) for value in values]
        check_length(sum(len(part) for part in parts))
        return "".join(parts)

    def call(
        __self,  # noqa: N805 -- Jinja's own signature, so no argument can be called "self"
        __context: Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        name = getattr(__obj, "__name__", "")
        # str.format arrives wrapped by the sandbox's own safe formatter.
        owner = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)
        if isinstance(owner, str):
            if name in _SIZED_METHODS:
                check_size_arguments(name, args + tuple(kwargs.values()))
            elif name in ("format", "format_map"):
                check_format_string(owner)
            elif name == "replace" and len(args) >= 2:
                _check_replace(owner, args[0], args[1])
        return super().call(__context, __obj, *args, **kwargs)


def _check_replace(text: object, old: object, new: object) -> None:
    if isinstance(text, str) and isinstance(old, str) and isinstance(new, str):
        count = text.count(old) if old else len(text) + 1
        check_length(len(text) + count * max(0, len(new) - len(old)))


def _finalizer(language: str) -> Callable[..., object]:
    """What {{ value }} writes: a number with a fraction in the reply's language (4,50 in
    Slovenian), anything else as it is. Whole numbers stay as they are: a year is one."""

    @pass_eval_context
    def finalize(eval_ctx: EvalContext, value: object) -> object:
        # Taking the evaluation context keeps Jinja from working out {{ ... }} at compile time.
        if isinstance(value, Decimal | float) and not isinstance(value, bool):
            return format_number(value, language)
        return value

    return finalize


def make_environment(language: str = "en") -> ImmutableSandboxedEnvironment:
    """A sandbox (no access to Python internals, no mutation) where an unknown name is an error."""
    env = BudgetedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
        optimized=False,  # no constant folding: see BudgetedEnvironment
        finalize=_finalizer(language),
    )
    env.globals.pop("lipsum", None)  # lipsum(n) writes n paragraphs
    for name in _SIZED_FILTERS:
        env.filters[name] = _sized(name, env.filters[name])
    env.filters["join"] = _checked_join(env.filters["join"])
    env.filters["replace"] = _checked_replace_filter(env.filters["replace"])
    env.filters["format"] = _checked_format_filter(env.filters["format"])
    env.filters["format_date"] = partial(_format_date_filter, language=language)
    env.filters["format_number"] = partial(_format_number_filter, language=language)
    env.filters["format_money"] = partial(_format_money_filter, language=language)
    env.filters["plural"] = partial(_plural_filter, language=language)
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


def _sized(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        # The value is the first argument, or the second after the context or environment.
        check_size_arguments(name, args[1:] + tuple(kwargs.values()))
        return function(*args, **kwargs)

    return wrapper


def _checked_join(function: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        check_length(len(result))
        return result

    return wrapper


def _checked_replace_filter(function: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(function)
    def wrapper(eval_ctx: EvalContext, text: Any, old: Any, new: Any, *rest: Any) -> Any:
        _check_replace(str(text), str(old), str(new))
        return function(eval_ctx, text, old, new, *rest)

    return wrapper


def _checked_format_filter(function: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(function)
    def wrapper(value: Any, *args: Any, **kwargs: Any) -> Any:
        check_binop("%", str(value), ())
        return function(value, *args, **kwargs)

    return wrapper


def _format_date_filter(
    value: dt.date | str | StandIn, style: str = "long", *, language: str
) -> str | StandIn:
    if isinstance(value, StandIn):
        return value
    return format_date(value, language, style)


def _format_number_filter(value: object, *, language: str) -> str | StandIn:
    if isinstance(value, StandIn):
        return value
    return format_number(value, language)


def _plural_filter(number: object, *, language: str, **forms: str) -> str | StandIn:
    """The word form that goes with number by the language's CLDR plural rules:
    {{ days | plural(one="dan", two="dneva", few="dni", other="dni") }}."""
    if isinstance(number, StandIn):
        return number
    if "other" not in forms:
        raise ValueError(
            'plural needs at least other="...", the form for any number without its own'
        )
    if isinstance(number, bool) or not isinstance(number, int | Decimal | float | str):
        raise ValueError(f"plural counts a number, not {number!r}")
    try:
        count = int(Decimal(str(number)))
    except ArithmeticError:
        raise ValueError(f"plural counts a number, not {number!r}") from None
    return plural_form(count, forms, cldr_locale(language or "en"))


def _format_money_filter(value: object, currency: str, *, language: str) -> str | StandIn:
    if isinstance(value, StandIn):
        return value
    return format_money(value, currency, language)


# Block tags that open a level closed by their "end" tag.
_OPENING_TAGS = frozenset(
    {"if", "for", "macro", "call", "filter", "block", "with", "autoescape", "trans"}
)
_OPENING_BRACKETS = frozenset("([{")
_CLOSING_BRACKETS = frozenset(")]}")


def deepest_line(env: ImmutableSandboxedEnvironment, source: str) -> int:
    """The line (from 1) where source nests deepest: where a "nested too deep" problem is.

    Brackets and block tags count as levels; when nothing nests, the line of the longest
    expression (a chain like 1+1+...+1 nests in the parse tree without brackets). Lexing is
    a flat scan, so this works on sources far too deep to parse.
    """
    depth = deepest = 0
    deepest_at = longest_at = 1
    tokens_in_tag = longest = 0
    block_start = False
    try:
        for line, kind, value in env.lex(source):
            if kind in ("block_begin", "variable_begin"):
                tokens_in_tag = 0
                block_start = kind == "block_begin"
                continue
            if kind == "whitespace":
                continue
            tokens_in_tag += 1
            if tokens_in_tag > longest:
                longest, longest_at = tokens_in_tag, line
            if kind == "operator" and value in _OPENING_BRACKETS:
                depth += 1
            elif kind == "operator" and value in _CLOSING_BRACKETS:
                depth -= 1
            elif kind == "name" and block_start:
                if value in _OPENING_TAGS:
                    depth += 1
                elif value.startswith("end") and value != "endset":
                    depth -= 1
            block_start = False
            if depth > deepest:
                deepest, deepest_at = depth, line
    except Exception:  # a lexing error is reported by the parser; here any line will do
        return deepest_at
    return deepest_at if deepest > 1 else longest_at
