"""`kbassist search`: search the content from the command line, once or one query per line."""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any, TextIO

from kbassist.commands import Subparsers
from kbassist.search.engine import SearchIndex, SearchResult
from kbassist.search.query import MAX_QUERY_CHARS
from kbassist.search.store import IndexBusyError
from kbassist.shared_settings import resolve_content

_BOLD = re.compile(r"</?b>")
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&#x27;", "'"), ("&amp;", "&"))


def register(
    subparsers: Subparsers[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the search command."""
    parser = subparsers.add_parser(
        "search",
        parents=[common],
        help="search articles, reply templates and facilities",
        description="Search the content. Operators: kind: lang: tag: category:, "
        '"quoted phrases". See docs/search.md.',
    )
    parser.add_argument("query", nargs="?", default="", help="what to look for")
    parser.add_argument("--kind", help="article, reply or facility")
    parser.add_argument("--lang", help="only this language (BCP 47, e.g. en, sl)")
    parser.add_argument("--limit", type=int, default=10, help="at most this many hits")
    parser.add_argument("--json", action="store_true", help="print a JSON list of hits")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="show why each hit ranks where it does: words, fields, coverage, bonuses",
    )
    parser.add_argument(
        "--stdin",
        action="store_true",
        help="read one query per line and print one JSON list per line",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Open (and update) the index once, then answer the query or every line of input."""
    root = resolve_content(args.content)
    if not root.is_dir():
        print(f"kbassist: {root}: no such content folder. Check --content.", file=sys.stderr)
        return 2
    if not args.stdin and not args.query.strip():
        print("kbassist search: give a query, or --stdin to read queries.", file=sys.stderr)
        return 2
    try:
        index = SearchIndex.open(root)
        if index.open_report is None:
            index.update()
    except IndexBusyError as exc:
        print(f"kbassist: {exc}", file=sys.stderr)
        return 1
    try:
        if args.stdin:
            for line in sys.stdin:
                result = _search(index, line.rstrip("\r\n"), args)
                _write_json(result, sys.stdout, indent=None)
                sys.stdout.flush()
            return 0
        result = _search(index, args.query, args)
        if args.json:
            _write_json(result, sys.stdout, indent=2)
        else:
            _write_text(result, sys.stdout)
        return 0
    finally:
        index.close()


def _search(index: SearchIndex, query: str, args: argparse.Namespace) -> SearchResult:
    return index.search(
        query, kind=args.kind, lang=args.lang, limit=max(args.limit, 0), explain=args.explain
    )


def _write_json(result: SearchResult, out: TextIO, indent: int | None) -> None:
    json.dump([h.as_dict() for h in result.hits], out, ensure_ascii=False, indent=indent)
    out.write("\n")


def plain(snippet: str, bold: bool) -> str:
    """A snippet for a terminal: HTML entities decoded, <b> as bold or nothing."""
    text = _BOLD.sub(
        lambda m: ("\033[1m" if m.group() == "<b>" else "\033[0m") if bold else "", snippet
    )
    for entity, char in _ENTITIES:
        text = text.replace(entity, char)
    return text


def _write_text(result: SearchResult, out: TextIO) -> None:
    bold = out.isatty()
    if result.truncated:
        print(f"Searched the first {MAX_QUERY_CHARS} characters of the query only.", file=out)
    if result.suggestion:
        print(f"Did you mean: {result.suggestion}", file=out)
    if not result.hits:
        print(f"No results for '{result.query}'.", file=out)
        return
    for hit in result.hits:
        print(f"{hit.title}  [{hit.kind}] {hit.id}", file=out)
        if hit.section is not None and hit.section.path:
            print(f"    § {' › '.join(hit.section.path)}", file=out)
        if hit.snippet:
            print(f"    {plain(hit.snippet, bold)}", file=out)
        if hit.explanation is not None:
            _write_explanation(hit.explanation, out)
    print(f"{len(result.hits)} of {result.total} results.", file=out)


def _write_explanation(explanation: dict[str, Any], out: TextIO) -> None:
    """Why a hit ranks: each word with how and where it matched, then the factors."""
    for word in explanation["words"]:
        fields = ", ".join(f"{name} {score:.2f}" for name, score in word["fields"].items())
        print(
            f"      {word['word']!r}: {word['matched']} = {word['score']:.2f} ({fields})", file=out
        )
    print(
        f"      base {explanation['base']:.2f} × coverage {explanation['coverage']:.2f}"
        f" × (1 + proximity {explanation['proximity_bonus']:.2f})"
        f" + section {explanation['section_bonus']:.2f}"
        f" × language {explanation['language_boost']:.2f} = {explanation['score']:.2f}",
        file=out,
    )
