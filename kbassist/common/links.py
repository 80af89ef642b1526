"""Which links the app may open: web pages over http(s), plain e-mail addresses, phone numbers.

Content is shared through git, so a link in it is distrusted: file:, smb:, javascript:,
custom handlers and mailto tricks (attach=, attachment=, headers that add recipients or
read files) are refused, here, in one place.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlsplit

WEB_SCHEMES = frozenset({"http", "https"})
# What a mailto link may carry besides its addresses: the parts of a message a writer sees.
MAILTO_FIELDS = frozenset({"subject", "body", "cc", "bcc", "to"})
# One address: local part, @, a domain with a dot. No display names, quotes or brackets, and
# none of the characters that mean something in a URL (?, &, =, %, /, #).
_PLAIN_EMAIL = re.compile(r"^[A-Za-z0-9._+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_PHONE = re.compile(r"^\+?[0-9]{1,20}$")
# Control characters and spaces have no place in a link: they hide what it really says.
_UNSAFE_CHARACTERS = re.compile(r"[\x00-\x20\x7f-\x9f\u2028\u2029]")
_MAX_LINK = 8_000


def is_plain_email(text: str) -> bool:
    """True for one bare address (name@example.org), nothing around it."""
    return len(text) <= 254 and bool(_PLAIN_EMAIL.match(text))


def web_address_problem(url: str) -> str | None:
    """Why url is not a web address a customer can be sent to; None when it is one."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in WEB_SCHEMES:
        return "it must start with https:// or http://"
    if _UNSAFE_CHARACTERS.search(url):
        return "it contains spaces or control characters"
    if not parts.hostname:
        return "it names no host"
    if parts.username is not None or parts.password is not None:
        return "it has a user name or password in it (the part before @)"
    return None


def vet_link(url: str) -> str | None:
    """url when the app may open it (http, https, a plain mailto, tel digits); None when not."""
    url = url.strip()
    if not url or len(url) > _MAX_LINK:
        return None
    scheme = urlsplit(url).scheme.lower()
    if scheme in WEB_SCHEMES:
        return url if web_address_problem(url) is None else None
    if scheme == "mailto":
        return url if _safe_mailto(url) else None
    if scheme == "tel":
        return url if _PHONE.match(url[len("tel:") :]) else None
    return None


def _safe_mailto(url: str) -> bool:
    if _UNSAFE_CHARACTERS.search(url):
        return False  # %0A and friends are decoded below; raw ones are refused here
    rest = url[len("mailto:") :]
    addresses, _, query = rest.partition("?")
    if not all(_addresses(unquote(addresses), allow_empty=True)):
        return False
    try:
        fields = parse_qsl(query, keep_blank_values=True, strict_parsing=bool(query))
    except ValueError:
        return False
    for key, value in fields:
        name = key.lower()
        if name not in MAILTO_FIELDS:
            return False  # attach=, attachment=, in-reply-to=, x-... and anything unknown
        if name in ("to", "cc", "bcc") and not all(_addresses(value, allow_empty=False)):
            return False
        if name == "subject" and re.search(r"[\r\n]", value):
            return False  # a line break in the subject starts a new header
    return True


def _addresses(text: str, *, allow_empty: bool) -> list[bool]:
    items = [item.strip() for item in text.split(",")]
    if items == [""]:
        return [allow_empty]
    return [is_plain_email(item) for item in items]
