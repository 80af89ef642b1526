"""Article markdown to sanitised HTML: no scripts, no remote loads, article links as kb: URLs."""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Collection, Iterator
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import Element, SubElement

import markdown
import nh3
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE

from kbassist.common.i18n import _
from kbassist.content.articles import Article

ARTICLE_SCHEME = "kb"
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
MISSING_NOTE = "(missing article)"
# Several times the longest real article. Python-Markdown rebuilds a paragraph's text for
# every inline element in it, so its time grows with the square of the size: past this,
# the view shows the text as it is, unformatted.
MAX_MARKDOWN_CHARS = 200_000
# Python-Markdown scans from every "[" and "<" to the end of its paragraph when it is not a
# well-formed link or tag, so thousands of them cost quadratic time (minutes for "[" * 20000
# + "](" * 20000). Past this many in one paragraph, those are written as plain characters.
LOOSE_OPENER_BUDGET = 64

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
# An opener, or a backslash escape to step over.
_OPENER = re.compile(r"\\.|[\[<]", re.DOTALL)
# Links and tags short enough that the parser's scan from their opener ends with them:
# [text], [text](target), [text][ref] and <tag ...> or <https://...>.
_WELL_FORMED = {
    "[": re.compile(
        r"\[[^\[\]\n]{0,300}\](?:\([^()<>\n]{0,2000}\)|\[[^\[\]\n]{0,300}\]|(?![(\[]))"
    ),
    "<": re.compile(r"<[^<>\n]{0,2000}>"),
}
_PLAIN_OPENER = {"[": "\\[", "<": "&lt;"}


class MarkdownTooComplexError(ValueError):
    """The markdown is over the size budget; show it as plain text instead."""


def article_html(article: Article, known_ids: Collection[str]) -> str:
    """The article body as safe HTML, without the leading title heading the view shows apart."""
    return markdown_to_html(
        drop_title_heading(article.body, article.title), known_ids, base=article.id
    )


def markdown_to_html(text: str, known_ids: Collection[str], *, base: str = "") -> str:
    """Markdown as safe HTML; relative article links resolve from the folder of article base.

    Raises MarkdownTooComplexError past MAX_MARKDOWN_CHARS.
    """
    if len(text) > MAX_MARKDOWN_CHARS:
        raise MarkdownTooComplexError(
            _("{text:,} characters is over the {MAX_MARKDOWN_CHARS:,} that are formatted").format(
                text=len(text), MAX_MARKDOWN_CHARS=MAX_MARKDOWN_CHARS
            )
        )
    md = markdown.Markdown(
        extensions=["tables", "fenced_code", "sane_lists", "toc"],
        extension_configs={"tables": {"use_align_attribute": True}},
    )
    # After fenced code (25) is set aside and before raw HTML (20), whose parser is quadratic.
    md.preprocessors.register(_LooseOpeners(md), "kbassist-loose-openers", 22)
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


def loose_openers(block: str) -> list[int]:
    """Where block has a "[" or "<" that starts no short well-formed link or tag."""
    loose = []
    for match in _OPENER.finditer(block):
        opener = match.group()
        if opener in _WELL_FORMED and not _WELL_FORMED[opener].match(block, match.start()):
            loose.append(match.start())
    return loose


def neutralise_openers(block: str, budget: int = LOOSE_OPENER_BUDGET) -> str:
    """block, with its loose openers as plain characters when there are more than budget."""
    loose = loose_openers(block)
    if len(loose) <= budget:
        return block
    parts, start = [], 0
    for position in loose:
        parts += [block[start:position], _PLAIN_OPENER[block[position]]]
        start = position + 1
    parts.append(block[start:])
    return "".join(parts)


def _blocks(lines: list[str]) -> Iterator[list[str]]:
    """lines in runs split at blank lines (kept as runs of their own)."""
    run: list[str] = []
    for line in lines:
        if bool(line.strip()) != bool(run and run[-1].strip()) and run:
            yield run
            run = []
        run.append(line)
    if run:
        yield run


class _LooseOpeners(Preprocessor):
    """Bounds the parser's work: a paragraph with too many loose openers gets them as text.

    Runs after fenced code blocks are set aside, so they are never touched, and changes
    nothing in a paragraph under the budget.
    """

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        for run in _blocks(lines):
            block = "\n".join(run)
            out += neutralise_openers(block).split("\n") if block.strip() else run
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
