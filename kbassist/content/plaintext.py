"""Markdown and Jinja2 templates as plain text, for the index, snippets and quoting."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$", re.MULTILINE)
_MARKUP = [
    (re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE), ""),
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.MULTILINE), ""),
    (re.compile(r"^\s*>\s?", re.MULTILINE), ""),
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"</?[A-Za-z][^>\n]*>"), ""),
    (re.compile(r"(\*\*|__|`+)"), ""),
    (re.compile(r"(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)"), ""),
    (re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*$", re.MULTILINE), ""),
    # A table row "| a | b |" reads "a · b", without empty cells at its edges.
    (re.compile(r"^[ \t]*\|[ \t]*|[ \t]*\|[ \t]*$", re.MULTILINE), ""),
    (re.compile(r"\s*\|\s*"), " · "),
    (re.compile(r"\n{3,}"), "\n\n"),
]
_JINJA_VALUE = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_JINJA_OTHER = re.compile(r"\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_NAME = re.compile(r"[A-Za-z_]\w*")


def plain_markdown(text: str) -> str:
    """Markdown without its markup, for snippets and the body field."""
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    return text.strip()


def headings(markdown: str) -> str:
    """The text of every heading, one per line."""
    return "\n".join(m.group(2) for m in _HEADING.finditer(markdown))


def plain_template(text: str) -> str:
    """A Jinja2 template as readable text: {{ order_number }} becomes [order number]."""

    def placeholder(match: re.Match[str]) -> str:
        names = _NAME.findall(match.group(1).split("|")[0])
        return f"[{names[-1].replace('_', ' ')}]" if names else ""

    return _JINJA_OTHER.sub("", _JINJA_VALUE.sub(placeholder, text)).strip()
