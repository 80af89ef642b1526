"""Article markdown to sanitised HTML: no scripts, no remote loads, article links as kb: URLs."""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Collection
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import Element, SubElement

import markdown
import nh3
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE

from kbassist.content.articles import Article

ARTICLE_SCHEME = "kb"
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
MISSING_NOTE = "(missing article)"

# What QTextBrowser can show and nothing that loads: no img, no style, no link, no form.
ALLOWED_TAGS = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "b", "i",
        "code", "pre", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "a", "hr",
        "br", "del", "kbd", "sub", "sup",
    }
)  # fmt: skip
_HEADING_IDS = {f"h{n}": {"id"} for n in range(1, 7)}
ALLOWED_ATTRIBUTES = {
    "a": {"href"},
    "th": {"align"},
    "td": {"align"},
    "ol": {"start"},
    **_HEADING_IDS,
}
_ATX_H1 = re.compile(r"\A\s*#[ \t]+(?P<title>.+?)[ \t]*#*[ \t]*(?:\n|\Z)")
_SETEXT_H1 = re.compile(r"\A\s*(?P<title>[^\n]+?)[ \t]*\n=+[ \t]*(?:\n|\Z)")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d+\.)[ \t]+\S")
_TABLE_ROW = re.compile(r"^ {0,3}\|")


def article_html(article: Article, known_ids: Collection[str]) -> str:
    """The article body as safe HTML, without the leading title heading the view shows apart."""
    return markdown_to_html(
        drop_title_heading(article.body, article.title), known_ids, base=article.id
    )


def markdown_to_html(text: str, known_ids: Collection[str], *, base: str = "") -> str:
    """Markdown as safe HTML; relative article links resolve from the folder of article base."""
    md = markdown.Markdown(
        extensions=["tables", "fenced_code", "sane_lists", "toc"],
        extension_configs={"tables": {"use_align_attribute": True}},
    )
    # After fenced code (25) and raw HTML (20) are set aside, so their lines are left alone.
    md.preprocessors.register(_BlockStarts(md), "kbassist-block-starts", 15)
    # After 'unescape' (priority 0), so hrefs and alt texts are final.
    md.treeprocessors.register(_LinkRewriter(md, known_ids, base), "kbassist-links", -1)
    rendered = md.convert(text)

    def keep_href(tag: str, attribute: str, value: str) -> str | None:
        # Links in raw HTML never went through _LinkRewriter: apply the same rules here.
        if tag == "a" and attribute == "href":
            return link_target(value, known_ids, base)
        return value

    return nh3.clean(
        rendered,
        tags=set(ALLOWED_TAGS),
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=keep_href,
        url_schemes={ARTICLE_SCHEME, *EXTERNAL_SCHEMES},
        link_rel=None,
        strip_comments=True,
    )


def drop_title_heading(body: str, title: str) -> str:
    """body without a first-level heading at its start that repeats title."""
    for pattern in (_ATX_H1, _SETEXT_H1):
        match = pattern.match(body)
        if match and _same_title(match.group("title"), title):
            return body[match.end() :]
    return body


def _same_title(heading: str, title: str) -> bool:
    return " ".join(heading.split()).casefold() == " ".join(title.split()).casefold()


def link_target(href: str, known_ids: Collection[str], base: str = "") -> str | None:
    """What a link may point to: kb:<id>, an http(s)/mailto URL, #anchor, or None (not a link)."""
    href = href.strip()
    parts = urlsplit(href)
    scheme = parts.scheme.lower()
    if scheme in EXTERNAL_SCHEMES:
        return href
    if scheme == ARTICLE_SCHEME:
        ident = article_id_for(unquote(parts.path), known_ids, base="")
        return f"{ARTICLE_SCHEME}:{ident}" if ident else None
    if scheme or parts.netloc:
        return None  # javascript:, data:, file:, //host/... and anything else
    if not parts.path:
        return f"#{parts.fragment}" if parts.fragment else None
    ident = article_id_for(unquote(parts.path), known_ids, base)
    return f"{ARTICLE_SCHEME}:{ident}" if ident else None


def article_id_for(path: str, known_ids: Collection[str], base: str) -> str | None:
    """The known article id a link path names, relative to base's folder or to articles/."""
    path = path.removesuffix(".md")
    if not path or path.endswith("/"):
        return None
    candidates = []
    if not path.startswith("/"):
        folder = posixpath.dirname(base)
        candidates.append(posixpath.normpath(posixpath.join(folder, path)))
    # Ids are written from articles/ too ("returns/how-to-return"), with or without a leading /.
    candidates.append(posixpath.normpath(path.lstrip("/")))
    return next((c for c in candidates if c in known_ids), None)


class _BlockStarts(Preprocessor):
    """A list or table straight after a paragraph line starts a new block, as on GitHub.

    Python-Markdown needs a blank line first and would run them into the paragraph; editors
    preview their articles on git hosts, which do not.
    """

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        in_list = False
        for line in lines:
            previous = out[-1] if out else ""
            if _LIST_ITEM.match(line):
                if previous.strip() and not in_list:
                    out.append("")
                in_list = True
            elif _TABLE_ROW.match(line):
                if previous.strip() and not _TABLE_ROW.match(previous) and not in_list:
                    out.append("")
            elif not line.strip():
                in_list = False
            out.append(line)
        return out


class _LinkRewriter(Treeprocessor):
    """Turns article links into kb: URLs, unusable links into text and images into their alt."""

    def __init__(self, md: markdown.Markdown, known_ids: Collection[str], base: str) -> None:
        super().__init__(md)
        self.known_ids = known_ids
        self.base = base

    def run(self, root: Element) -> None:
        for element in root.iter():
            if element.tag == "a":
                self._link(element)
            elif element.tag == "img":
                alt = (element.get("alt") or "").strip()
                _make_text(element, f"[image: {alt}]" if alt else "[image]")

    def _link(self, element: Element) -> None:
        # Autolinked e-mail addresses arrive entity-encoded; decode before judging the URL.
        href = html.unescape((element.get("href") or "").replace(AMP_SUBSTITUTE, "&"))
        target = link_target(href, self.known_ids, self.base)
        if target is not None:
            element.set("href", target)
            return
        parts = urlsplit(href.strip())
        relative = not parts.scheme and not parts.netloc and bool(parts.path)
        element.tag = "span"
        element.attrib.clear()
        if relative or parts.scheme.lower() == ARTICLE_SCHEME:
            _append_note(element, MISSING_NOTE)


def _make_text(element: Element, text: str) -> None:
    # The span tag is not allowed, so the sanitiser keeps only its text.
    element.tag = "span"
    element.attrib.clear()
    element.text = text


def _append_note(element: Element, note: str) -> None:
    if len(element):
        last = element[-1]
        last.tail = f"{last.tail or ''} "
    else:
        element.text = f"{element.text or ''} "
    SubElement(element, "em").text = note
