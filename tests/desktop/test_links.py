"""kbassist:// links: the requests they make, and every hostile or broken link refused."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kbassist.desktop.links import (
    MAX_LINK,
    MAX_REASON,
    ArticleRequest,
    FacilityRequest,
    LinkError,
    Request,
    SearchRequest,
    ShowRequest,
    parse_link,
    refusal,
    request_from_argument,
    to_link,
)
from tests.conftest import STARTER


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("kbassist://search?q=refund%20policy", SearchRequest("refund policy")),
        ("kbassist://search?q=refund+policy&lang=sl", SearchRequest("refund policy", "sl")),
        ("kbassist://search/?q=vra%C4%8Dilo&lang=zh_Hans", SearchRequest("vračilo", "zh-hans")),
        ("KBASSIST://Search?q=x", SearchRequest("x")),
        ("kbassist://article/returns/late-returns", ArticleRequest("returns/late-returns")),
        ("kbassist://article/returns/late-returns.md", ArticleRequest("returns/late-returns")),
        ("kbassist://article/dostava/vra%C4%8Dila", ArticleRequest("dostava/vračila")),
        ("kbassist://facility?near=SW1A%201AA", FacilityRequest("SW1A 1AA")),
        # Filled in by a CRM without encoding: a space after the ? is a %20.
        ("kbassist://facility?near=NW1 7AA", FacilityRequest("NW1 7AA")),
        ("kbassist://search?q=late delivery", SearchRequest("late delivery")),
        ("kbassist://search?q=late  delivery &lang=sl", SearchRequest("late delivery", "sl")),
        ("kbassist://search?q=a+b c", SearchRequest("a b c")),
        ("kbassist://show", ShowRequest()),
    ],
)
def test_links_make_their_requests(link: str, expected: Request) -> None:
    assert parse_link(link) == expected


@pytest.mark.parametrize(
    ("link", "says"),
    [
        ("https://example.com/?q=x", "not a kbassist:// link"),
        ("kbassist:search?q=x", "must start with kbassist://"),
        ("kbassist://delete?all=1", "does not know what"),
        ("kbassist://search?q=x&exec=rm", "does not know: exec="),
        ("kbassist://search?q=a&q=b", "gives q= twice"),
        ("kbassist://search?lang=en", "has no q="),
        ("kbassist://search?q=%20", "The search is empty"),
        ("kbassist://search?q=a%00b", "control characters"),
        ("kbassist://search?q=a%0Ab", "control characters"),
        ("kbassist://search?q=%E2%80%AEtxt.exe", "control characters"),
        ("kbassist://search?q=%FF", "not name=value pairs"),
        ("kbassist://search?q=x&lang=../../etc", "not a language tag"),
        ("kbassist://search/extra?q=x", "has a path after the action"),
        ("kbassist://search?q=x#top", "#fragment"),
        ("kbassist://user:pw@search?q=x", "user name, password or port"),
        ("kbassist://search:80?q=x", "user name, password or port"),
        ("kbassist://search:x?q=x", "not a valid link"),
        ("kbassist://search?q=a\tb", "control characters"),
        ("kbassist://search?q=a b\n", "control characters"),
        ("kbassist://search?q=a \u202eb", "control characters"),
        ("kbassist://search?q=a b#top", "#fragment"),
        ("kbassist://search?q=a b&exec=rm -rf", "does not know: exec="),
        ("kbassist://search?q=a b&q=c d", "gives q= twice"),
        ("kbassist://search?q=   ", "The search is empty"),
        ("kbassist://article/returns/how to return", "space before the ?"),
        ("kbassist://search ?q=x", "space before the ?"),
        ("kbassist://search?q=" + "a " * 300, "at most 500"),
        # Only KB Assist's own `kbassist open` may ask the window to show a refusal.
        ("kbassist://refused?reason=Call%200900%20now", "does not know what"),
        ("kbassist://article/", "names no article"),
        ("kbassist://article/../secrets", "'..' part"),
        ("kbassist://article/a//b", "empty, '.' or '..' part"),
        ("kbassist://article/a%2F..%2Fb", "'..' part"),
        ("kbassist://article/a%3Cb", "does not name an article id"),
        ("kbassist://article/x?q=y", "does not know: q="),
        ("kbassist://facility", "has no near="),
        ("kbassist://facility?near=" + "9" * 101, "at most 100"),
        ("kbassist://search?q=" + "a" * MAX_LINK, "characters long"),
    ],
)
def test_broken_and_hostile_links_are_refused_with_the_reason(link: str, says: str) -> None:
    with pytest.raises(LinkError) as caught:
        parse_link(link)
    assert says in caught.value.message


def test_words_given_to_kbassist_open_are_a_search() -> None:
    assert request_from_argument("  lost   parcel ") == SearchRequest("lost parcel")
    assert request_from_argument("paket", "SL") == SearchRequest("paket", "sl")
    assert request_from_argument("kbassist://show") == ShowRequest()
    with pytest.raises(LinkError, match="--lang goes with words"):
        request_from_argument("kbassist://show", "sl")
    with pytest.raises(LinkError, match="empty"):
        request_from_argument("   ")


_text = st.text(
    st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp")), min_size=1, max_size=80
).filter(lambda text: text.strip() and text == " ".join(text.split()))
_requests = st.one_of(
    st.builds(SearchRequest, _text, st.sampled_from(["", "en", "sl", "zh-hans"])),
    st.builds(FacilityRequest, _text),
    st.builds(
        ArticleRequest,
        st.lists(st.from_regex(r"[a-z0-9čšž_-]{1,12}", fullmatch=True), min_size=1, max_size=3)
        .map("/".join)
        .filter(lambda ident: not ident.endswith(".md")),
    ),
)


@given(_requests)
def test_every_request_survives_its_link(request: Request) -> None:
    # The running app receives requests as links: what is sent is what arrives.
    assert parse_link(to_link(request)) == request


def test_the_app_reads_a_refusal_only_from_its_own_socket() -> None:
    refused = refusal("KB Assist does not know what kbassist://x asks for.")
    link = to_link(refused)
    assert parse_link(link, refusals=True) == refused
    with pytest.raises(LinkError, match="does not know what"):
        parse_link(link)
    with pytest.raises(LinkError, match="control characters"):
        parse_link("kbassist://refused?reason=a%0Ab", refusals=True)


@example("\x1c\u2028")
@example("😀" * 500)
@given(st.text(max_size=3000))
def test_any_reason_makes_a_refusal_the_app_takes(reason: str) -> None:
    # Whatever a refused link held (emoji take 12 characters once encoded), its reason is
    # sent as a link the app accepts: shortened and printable, never longer than a link may be.
    refused = refusal(reason)
    assert len(refused.reason) <= MAX_REASON
    assert parse_link(to_link(refused), refusals=True) == refused


def _documented_links() -> list[str]:
    """Every kbassist:// link in docs/desktop.md and in `kbassist open --help`."""
    from kbassist.cli import build_parser

    page = (Path(__file__).parents[2] / "docs" / "desktop.md").read_text("utf-8")
    help_text = next(
        choice.format_help()
        for action in build_parser()._subparsers._group_actions  # type: ignore[union-attr]
        for name, choice in getattr(action, "choices", {}).items()
        if name == "open"
    )
    found = re.findall(r"kbassist://[^\s`'\"]+(?: [A-Z0-9]{3}(?=[\"'`]))?", page + help_text)
    # Placeholders in the table (ID, PLACE, WORDS, {topic}) are not links to open.
    return [link for link in found if not re.search(r"[/=](?:ID|PLACE|WORDS)\b|\{", link)]


def test_the_documented_links_open_what_the_starter_content_has() -> None:
    links = _documented_links()
    assert any(" " in link for link in links)  # the unencoded form is shown, and works
    articles = {
        path.relative_to(STARTER / "articles").with_suffix("").as_posix()
        for path in (STARTER / "articles").rglob("*.md")
    }
    with (STARTER / "facilities" / "places.csv").open(encoding="utf-8") as places_file:
        places = {row["place"] for row in csv.DictReader(places_file)}
    opened = [parse_link(link) for link in links if "refused" not in link]
    assert any(isinstance(request, ArticleRequest) for request in opened)
    assert any(isinstance(request, FacilityRequest) for request in opened)
    for request in opened:
        if isinstance(request, ArticleRequest):
            assert request.article_id in articles
        if isinstance(request, FacilityRequest):
            assert request.near in places
