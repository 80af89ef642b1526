"""kbassist:// links: what another program (a softphone, a CRM, a shortcut) may ask to be shown.

    kbassist://search?q=refund%20policy&lang=sl   search, optionally in one language
    kbassist://article/returns/how-to-return      open an article by its id
    kbassist://facility?near=NW1%207AA            the facilities nearest a postcode or town
    kbassist://show                               bring the window forward

Anything on any web page can open such a link, so each one is parsed strictly: an unknown
action, an unknown or repeated parameter, a user name, port or fragment, control characters
or an oversized value is refused with a sentence that says why, and nothing is run. A literal
space after the ? is taken as %20: CRMs fill in `q={topic}` without encoding it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from kbassist.common.i18n import _
from kbassist.common.languages import normalise_tag

SCHEME = "kbassist"
MAX_LINK = 2_000
MAX_QUERY = 500
MAX_PLACE = 100
MAX_ARTICLE_ID = 300
# A refusal's reason: the sentence parse_link wrote, with the link shortened in it.
MAX_REASON = 400
# BCP 47 as far as KB Assist needs it: a language, then script, region or variant parts.
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")
# Characters that cannot stand in a file name on some system (see content/article_files.py).
_RESERVED_IN_ID = re.compile(r'[<>:"|?*\\]')
# Text direction overrides can make a link show something other than what it says.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# The action of a RefusedRequest's link, which only the app's own socket takes.
_REFUSED = "refused"


class LinkError(ValueError):
    """A link or request KB Assist will not run, with the reason in words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ShowRequest:
    """Bring the window forward, nothing else (a second start of the app)."""


@dataclass(frozen=True)
class SearchRequest:
    """Search for query, in one language when language is set."""

    query: str
    language: str = ""


@dataclass(frozen=True)
class ArticleRequest:
    """Open the article with this id (its path under articles/, without .md)."""

    article_id: str


@dataclass(frozen=True)
class FacilityRequest:
    """Find the facilities nearest a postcode or town."""

    near: str


@dataclass(frozen=True)
class RefusedRequest:
    """Show why a link was refused, for a user who has no terminal to read it on.

    Only KB Assist's own `kbassist open` sends it to the running app (over the user's private
    socket): parse_link refuses it in a link from anywhere else, so no web page can put its
    own words in the window as if they were KB Assist's.
    """

    reason: str


Request = ShowRequest | SearchRequest | ArticleRequest | FacilityRequest | RefusedRequest


def to_link(request: Request) -> str:
    """The kbassist:// link for request; parse_link(to_link(r)) == r."""
    if isinstance(request, SearchRequest):
        fields = {"q": request.query, **({"lang": request.language} if request.language else {})}
        return f"{SCHEME}://search?{urlencode(fields, quote_via=quote)}"
    if isinstance(request, ArticleRequest):
        return f"{SCHEME}://article/{quote(request.article_id, safe='/')}"
    if isinstance(request, FacilityRequest):
        return f"{SCHEME}://facility?{urlencode({'near': request.near}, quote_via=quote)}"
    if isinstance(request, RefusedRequest):
        return f"{SCHEME}://{_REFUSED}?{urlencode({'reason': request.reason}, quote_via=quote)}"
    return f"{SCHEME}://show"


def refusal(reason: str) -> RefusedRequest:
    """The RefusedRequest for a LinkError's reason: printable, and short enough that its own
    link is within MAX_LINK however many bytes its characters take."""
    text = _shorten(" ".join(reason.split()), MAX_REASON) or _("The link was not understood.")
    while len(to_link(RefusedRequest(text))) > MAX_LINK:
        text = _shorten(text, len(text) * 3 // 4)
    return RefusedRequest(text)


def request_from_argument(text: str, language: str = "") -> Request:
    """What `kbassist open TEXT` asks for: a kbassist:// link, or else words to search for."""
    if text.strip().lower().startswith(f"{SCHEME}:"):
        if language:
            raise LinkError(_("--lang goes with words to search for, not with a link."))
        return parse_link(text.strip())
    return SearchRequest(
        _clean_text(text, _("The search"), MAX_QUERY), _language(language) if language else ""
    )


def parse_link(link: str, *, refusals: bool = False) -> Request:
    """The request a kbassist:// link makes; LinkError says why it is refused.

    refusals=True (the running app reading its socket) also takes a RefusedRequest's link.
    """
    shown = _shorten(link)
    if len(link) > MAX_LINK:
        raise LinkError(
            _(
                "The link is {length} characters long; KB Assist opens links of at most {most}."
            ).format(length=len(link), most=MAX_LINK)
        )
    if _unsafe_character(link):
        raise LinkError(
            _("The link {link} contains control characters; KB Assist does not open it.").format(
                link=shown
            )
        )
    before_query, question_mark, query = link.partition("?")
    if " " in before_query:
        raise LinkError(
            _(
                "The link {link} has a space before the ?; write it as %20 (an article id "
                "has no spaces)."
            ).format(link=shown)
        )
    try:
        # A space in the query is the %20 a program forgot to write: `q={topic}` filled in.
        parts = urlsplit(before_query + question_mark + query.replace(" ", "%20"))
        port = parts.port
    except ValueError as exc:
        raise LinkError(
            _("{link} is not a valid link ({reason}).").format(link=shown, reason=exc)
        ) from None
    if parts.scheme.lower() != SCHEME:
        raise LinkError(_("{link} is not a kbassist:// link.").format(link=shown))
    if not link[len(SCHEME) + 1 :].startswith("//"):
        raise LinkError(
            _("{link} must start with kbassist:// followed by search, article or facility.").format(
                link=shown
            )
        )
    if parts.username is not None or parts.password is not None or port is not None:
        raise LinkError(
            _(
                "{link} has a user name, password or port in it; kbassist:// links have none."
            ).format(link=shown)
        )
    if parts.fragment or link.endswith("#"):
        raise LinkError(
            _("{link} ends in a #fragment; kbassist:// links have none.").format(link=shown)
        )
    action = (parts.hostname or "").lower()
    fields = _fields(parts.query, shown)
    if action == "search":
        _only(fields, {"q", "lang"}, shown)
        _no_path(parts.path, shown)
        if "q" not in fields:
            raise LinkError(_("{link} has no q= with the words to search for.").format(link=shown))
        query = _clean_text(fields["q"], _("The search"), MAX_QUERY)
        language = _language(fields["lang"]) if "lang" in fields else ""
        return SearchRequest(query, language)
    if action == "article":
        _only(fields, set(), shown)
        return ArticleRequest(_article_id(parts.path, shown))
    if action == "facility":
        _only(fields, {"near"}, shown)
        _no_path(parts.path, shown)
        if "near" not in fields:
            raise LinkError(
                _("{link} has no near= with the customer's postcode or town.").format(link=shown)
            )
        return FacilityRequest(_clean_text(fields["near"], _("The place"), MAX_PLACE))
    if action == "show":
        _only(fields, set(), shown)
        _no_path(parts.path, shown)
        return ShowRequest()
    if action == _REFUSED and refusals:
        _only(fields, {"reason"}, shown)
        _no_path(parts.path, shown)
        return RefusedRequest(_clean_text(fields.get("reason", ""), _("The reason"), MAX_REASON))
    raise LinkError(
        _(
            "KB Assist does not know what {link} asks for. Links start with kbassist://search, "
            "kbassist://article or kbassist://facility."
        ).format(link=shown)
    )


def _fields(query: str, shown: str) -> dict[str, str]:
    try:
        pairs = parse_qsl(
            query, keep_blank_values=True, strict_parsing=bool(query), errors="strict"
        )
    except (ValueError, UnicodeDecodeError):
        raise LinkError(
            _("The part of {link} after ? is not name=value pairs joined by &.").format(link=shown)
        ) from None
    fields: dict[str, str] = {}
    for name, value in pairs:
        if name in fields:
            raise LinkError(_("{link} gives {name}= twice.").format(link=shown, name=name))
        fields[name] = value
    return fields


def _only(fields: dict[str, str], allowed: set[str], shown: str) -> None:
    unknown = sorted(set(fields) - allowed)
    if unknown:
        raise LinkError(
            _("{link} has a parameter KB Assist does not know: {name}=.").format(
                link=shown, name=unknown[0]
            )
        )


def _no_path(path: str, shown: str) -> None:
    if path not in ("", "/"):
        raise LinkError(
            _("{link} has a path after the action; put the words in q= or near=.").format(
                link=shown
            )
        )


def _article_id(path: str, shown: str) -> str:
    try:
        ident = unquote(path, errors="strict").strip("/").removesuffix(".md")
    except UnicodeDecodeError:
        raise LinkError(
            _("The article id in {link} is not valid UTF-8.").format(link=shown)
        ) from None
    if not ident:
        raise LinkError(
            _("{link} names no article. Write kbassist://article/ and the article's id.").format(
                link=shown
            )
        )
    if len(ident) > MAX_ARTICLE_ID or _unsafe_character(ident) or _RESERVED_IN_ID.search(ident):
        raise LinkError(_("{link} does not name an article id.").format(link=shown))
    if any(part in ("", ".", "..") for part in ident.split("/")):
        raise LinkError(
            _("The article id in {link} has an empty, '.' or '..' part.").format(link=shown)
        )
    return ident


def _clean_text(value: str, what: str, most: int) -> str:
    # Checked before spaces are tidied: a line break could otherwise hide in a query.
    if _unsafe_character(value):
        raise LinkError(_("{what} contains control characters.").format(what=what))
    text = " ".join(value.split())
    if not text:
        raise LinkError(_("{what} is empty.").format(what=what))
    if len(text) > most:
        raise LinkError(
            _("{what} is {length} characters long; at most {most} are taken.").format(
                what=what, length=len(text), most=most
            )
        )
    return text


def _language(tag: str) -> str:
    if not _LANGUAGE_TAG.match(tag) or len(tag) > 35:
        raise LinkError(
            _("'{tag}' is not a language tag. Write one such as en, sl or zh-Hans.").format(
                tag=_shorten(tag, 40)
            )
        )
    return normalise_tag(tag)


def _unsafe_character(text: str) -> bool:
    return any(unicodedata.category(char) == "Cc" or char in _BIDI_CONTROLS for char in text)


def _shorten(text: str, limit: int = 120) -> str:
    printable = "".join(
        char if char.isprintable() else "\N{REPLACEMENT CHARACTER}" for char in text
    )
    return printable if len(printable) <= limit else printable[: limit - 1] + "…"
