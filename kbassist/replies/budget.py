"""The limits a reply template runs within: size of numbers and text, output, steps and time."""

from __future__ import annotations

import math
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from types import FrameType
from typing import Any

# Jinja names the code it compiles from a string "<template>"; its frames carry template lines.
TEMPLATE_FILENAME = "<template>"

# A reply is a few kilobytes; a megabyte of output is a runaway template.
MAX_OUTPUT_CHARS = 1_000_000
# Numbers a template works with: prices, days, counts. 4096 bits is about 1,200 digits.
MAX_NUMBER_BITS = 4096
# A width or count given to a padding method or filter ("x".center(n), batch(n)).
MAX_SIZE_ARGUMENT = 100_000
# Lines of template code run: every loop iteration is at least one.
MAX_STEPS = 2_000_000
# Wall-clock time for one render, subject and body together.
TIME_LIMIT_SECONDS = 1.0
# How many steps go by between looks at the clock (a clock read costs more than a step).
_CLOCK_EVERY = 512
# A %-format or str.format field with a five-digit (or computed) width or precision.
_WIDE_PERCENT = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(?:\*|\d{5,}|\d*\.(?:\*|\d{5,}))")
_WIDE_BRACES = re.compile(r"\{[^{}]*:[^{}]*(?:\d{5,}|\{)")


class BudgetExceeded(Exception):  # noqa: N818 -- a limit reached, not a fault
    """A template went over a limit; the message says which one, for a writer to read."""


@dataclass(frozen=True)
class Budget:
    """How much one render may use."""

    max_output_chars: int = MAX_OUTPUT_CHARS
    max_steps: int = MAX_STEPS
    seconds: float = TIME_LIMIT_SECONDS


class Meter:
    """Counts the steps and output of one render against its budget and deadline."""

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.steps = 0
        self.output = 0
        # The line of compiled template code run last, for a limit hit outside a template frame.
        self.code_line = 0
        self.deadline = time.monotonic() + budget.seconds

    def step(self) -> None:
        """One more line of template code; raises BudgetExceeded when over steps or time."""
        self.steps += 1
        if self.steps > self.budget.max_steps:
            raise BudgetExceeded(
                f"the template runs more than {self.budget.max_steps:,} steps (a loop that is "
                "too long or nested too deep)"
            )
        if self.steps % _CLOCK_EVERY == 0:
            self.check_time()

    def check_time(self) -> None:
        """Raise BudgetExceeded when the deadline has passed."""
        if time.monotonic() > self.deadline:
            raise BudgetExceeded(
                f"the template takes longer than {self.budget.seconds:g} s to render"
            )

    def add_output(self, text: str) -> None:
        """Count text as written; raises BudgetExceeded when the output is too long."""
        self.output += len(text)
        if self.output > self.budget.max_output_chars:
            raise BudgetExceeded(
                f"the template writes more than {self.budget.max_output_chars:,} characters"
            )


@contextmanager
def metered(budget: Budget) -> Iterator[Meter]:
    """Run the block with every line of template code counted and timed.

    A trace function sees each line a template frame runs, so an empty loop nested three
    deep is stopped as surely as one that writes; Python code outside templates is not traced
    line by line. The previous trace function (a debugger, coverage) is put back afterwards.
    """
    meter = Meter(budget)

    def in_template(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            meter.code_line = frame.f_lineno
            meter.step()
        return in_template

    def on_call(frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_code.co_filename == TEMPLATE_FILENAME:
            meter.step()
            return in_template
        return None

    previous = sys.gettrace()
    sys.settrace(on_call)
    try:
        yield meter
    finally:
        sys.settrace(previous)


def _bits(value: object) -> float:
    """About how many bits the whole part of a number takes."""
    if isinstance(value, bool):
        return 1
    if isinstance(value, int):
        return value.bit_length()
    if isinstance(value, float | Decimal):
        number = abs(float(value))
        return max(1.0, math.log2(number)) if math.isfinite(number) and number else 1
    return 0


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal)


def check_binop(operator: str, left: object, right: object) -> None:
    """Refuse arithmetic whose result would be too big to hold, before it is computed."""
    if operator == "**" and _is_number(left) and _is_number(right):
        if abs(left) > 1 and right > 1:  # type: ignore[arg-type, operator]
            exponent = float(right) if right <= MAX_NUMBER_BITS else math.inf  # type: ignore[arg-type, operator]
            if exponent * _bits(left) > MAX_NUMBER_BITS:
                raise BudgetExceeded(
                    f"{_short(left)} ** {_short(right)} is too big a number to work out"
                )
    elif operator == "*":
        _check_times(left, right)
        _check_times(right, left)
        both_whole = isinstance(left, int) and isinstance(right, int)
        if both_whole and _bits(left) + _bits(right) > MAX_NUMBER_BITS:
            raise BudgetExceeded("the multiplication gives too big a number")
    elif operator == "+":
        if isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
            check_length(len(left) + len(right))
    elif operator == "%" and isinstance(left, str) and _WIDE_PERCENT.search(left):
        raise BudgetExceeded("a '%' format in the template asks for too wide a field")


def _check_times(sequence: object, count: object) -> None:
    if isinstance(sequence, str | list | tuple) and isinstance(count, int):
        check_length(len(sequence) * count)


def check_length(length: int) -> None:
    """Refuse text or a list longer than any reply could need."""
    if length > MAX_OUTPUT_CHARS:
        raise BudgetExceeded(
            f"the template builds text or a list of {length:,} items "
            f"(more than {MAX_OUTPUT_CHARS:,})"
        )


def check_format_string(text: str) -> None:
    """Refuse a str.format template with a huge or computed field width."""
    if _WIDE_BRACES.search(text):
        raise BudgetExceeded("a format in the template asks for too wide a field")


def check_size_arguments(name: str, arguments: tuple[object, ...]) -> None:
    """Refuse a width or count argument so large that the result could not be held."""
    for value in arguments:
        whole = isinstance(value, int) and not isinstance(value, bool)
        if whole and abs(value) > MAX_SIZE_ARGUMENT:  # type: ignore[arg-type]
            raise BudgetExceeded(
                f"{name}({_short(value)}) asks for more than {MAX_SIZE_ARGUMENT:,}"
            )


def _short(value: object) -> str:
    text = str(value) if not isinstance(value, int) or value.bit_length() < 64 else "a huge number"
    return text if len(text) <= 20 else text[:17] + "..."
