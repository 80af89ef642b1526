"""Numbers and amounts of money in a reply, written the way its language writes them (CLDR)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import babel.numbers

from kbassist.common.languages import normalise_tag
from kbassist.facilities.wording import cldr_locale

# Currencies a reply may name: the ones the content's policies are priced in. Anything else
# is refused, so a typo (GPB) is a template problem rather than a silent "GPB 10.00".
CURRENCIES = frozenset({"GBP", "EUR", "USD", "CNY", "CHF"})


def _locale_tag(language: str) -> str:
    # Plain English is British English, as dates are.
    return "en-GB" if normalise_tag(language or "en") == "en" else language


def _decimal(value: object) -> Decimal:
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a number")
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(f"'{value}' is not a number") from None
    if not number.is_finite():
        raise ValueError(f"'{value}' is not a number")
    return number


def _places(number: Decimal) -> int:
    """Digits after the decimal sign as the number was written (12.50 keeps two)."""
    exponent = number.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def format_number(value: object, language: str = "en") -> str:
    """value with the language's decimal sign and thousands separator, keeping the digits as
    written: 1234.50 is '1,234.50' in English, '1.234,50' in Slovenian."""
    number = _decimal(value)
    places = _places(number)
    pattern = "#,##0" + ("." + "0" * places if places else "")
    locale = cldr_locale(_locale_tag(language))
    return str(babel.numbers.format_decimal(number, format=pattern, locale=locale))


def format_money(value: object, currency: str, language: str = "en") -> str:
    """An amount with its currency as the language writes it: '£10', '10 GBP' in Slovenian,
    '12,50 €'; whole amounts without '.00', as a letter writes them."""
    code = str(currency).strip().upper()
    if code not in CURRENCIES:
        raise ValueError(
            f"'{currency}' is not a currency a reply can name; use one of "
            f"{', '.join(sorted(CURRENCIES))}"
        )
    number = _decimal(value)
    locale = cldr_locale(_locale_tag(language))
    pattern = str(locale.currency_formats["standard"].pattern).split(";", 1)[0]
    if number == number.to_integral_value():
        pattern = pattern.replace(".00", "")
        number = number.quantize(Decimal(1))
    return str(
        babel.numbers.format_currency(
            number, code, format=pattern, locale=locale, currency_digits=False
        )
    )
