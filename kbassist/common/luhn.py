"""The Luhn check: tells a payment card number from any other long number."""

from __future__ import annotations


def luhn_valid(digits: str) -> bool:
    """True when digits pass the Luhn check that every payment card number passes."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0
