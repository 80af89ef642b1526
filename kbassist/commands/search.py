"""`kbassist search`: search the content from the command line, once or one query per line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from typing import Any, TextIO

from kbassist.commands import Subparsers, examples
from kbassist.commands.index import bring_up_to_date
from kbassist.common.i18n import _
from kbassist.content.folder import Content, load_content
from kbassist.content.last_good import LastGoodStore, being_fixed_notice
from kbassist.facilities.placestore import PlaceStore
from kbassist.search.engine import Hit, SearchIndex, SearchResult
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
        **examples(
            (_("Find articles about a topic:"), 'kbassist search "refund without receipt"'),
            (
                _("Only Slovenian reply templates:"),
                'kbassist search "zamuda" --kind reply --lang sl',
            ),
            (_("See why each hit ranks where it does:"), 'kbassist search "return" --explain'),
        ),
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
        "--semantic",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="search by meaning too: --semantic first embeds the sections that need it (slow "
        "the first time); --no-semantic uses words only; by default meaning is used when "
        "its vectors are ready (the app prepares them)",
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
    # Reading the whole folder costs seconds at 10,000 articles: only when a broken article
    # must be found as its last valid version (the index reads single files otherwise).
    store = LastGoodStore(root)
    with PlaceStore() as places:
        content = load_content(root, last_good=store, places=places) if store.in_use() else None
    try:
        index = SearchIndex.open(root, semantic=args.semantic is not False)
        bring_up_to_date(index, content)
    except IndexBusyError as exc:
        print(f"kbassist: {exc}", file=sys.stderr)
        return 1
    try:
        if args.semantic:
            _embed(index)
        if args.stdin:
            for line in sys.stdin:
                result = _search(index, line.rstrip("\r\n"), args)
                _write_json(result, content, sys.stdout, indent=None)
                sys.stdout.flush()
            return 0
        result = _search(index, args.query, args)
        if args.json:
            _write_json(result, content, sys.stdout, indent=2)
        else:
            _write_text(result, content, sys.stdout, say_why=bool(args.semantic))
        return 0
    finally:
        index.close()


def _embed(index: SearchIndex) -> None:
    """Bring the vectors for search by meaning up to date, saying so when it takes a while."""
    # Here, not at the top: every other command starts without numpy and the model.
    from kbassist.search.embedder import EmbedderUnavailableError

    def progress(done: int, total: int) -> None:
        if done == total or done % 80 == 0:
            print(f"Embedding sections for search by meaning: {done} of {total}", file=sys.stderr)

    try:
        index.embed(progress)
    except EmbedderUnavailableError as exc:
        print(f"kbassist: search by meaning is unavailable ({exc}); words only.", file=sys.stderr)


def _search(index: SearchIndex, query: str, args: argparse.Namespace) -> SearchResult:
    return index.search(
        query,
        kind=args.kind,
        lang=args.lang,
        limit=max(args.limit, 0),
        explain=args.explain,
        semantic=args.semantic is not False,
    )


def _write_json(
    result: SearchResult, content: Content | None, out: TextIO, indent: int | None
) -> None:
    rows = []
    for hit in result.hits:
        row = hit.as_dict()
        kept_from = _kept_from(hit, content)
        if kept_from is not None:
            row["kept_from"] = kept_from.isoformat()
        rows.append(row)
    json.dump(rows, out, ensure_ascii=False, indent=indent)
    out.write("\n")


def _kept_from(hit: Hit, content: Content | None) -> dt.datetime | None:
    """When the hit's article file broke, the time of the last valid version shown instead."""
    if content is None or hit.kind != "article":
        return None
    article = content.articles.get(hit.id)
    return article.kept_from if article is not None else None


def plain(snippet: str, bold: bool) -> str:
    """A snippet for a terminal: HTML entities decoded, <b> as bold or nothing."""
    text = _BOLD.sub(
        lambda m: ("\033[1m" if m.group() == "<b>" else "\033[0m") if bold else "", snippet
    )
    for entity, char in _ENTITIES:
        text = text.replace(entity, char)
    return text


def _write_text(
    result: SearchResult, content: Content | None, out: TextIO, *, say_why: bool = False
) -> None:
    bold = out.isatty()
    if result.truncated:
        print(f"Searched the first {MAX_QUERY_CHARS} characters of the query only.", file=out)
    if result.suggestion:
        print(f"Did you mean: {result.suggestion}", file=out)
    if say_why and result.meaning_status:
        print(result.meaning_status, "Words only.", file=out)
    if not result.hits:
        print(f"No results for '{result.query}'.", file=out)
        return
    for hit in result.hits:
        marks = [hit.kind]
        if hit.by_meaning:
            # Meaning crosses languages: say which one the answer is in.
            marks += [hit.language, "found by meaning"] if hit.language else ["found by meaning"]
        print(f"{hit.title}  [{', '.join(marks)}] {hit.id}", file=out)
        kept_from = _kept_from(hit, content)
        if kept_from is not None:
            print(f"    {being_fixed_notice(kept_from)}", file=out)
        if hit.section is not None and hit.section.path:
            print(f"    § {' › '.join(hit.section.path)}", file=out)
        if hit.snippet:
            print(f"    {plain(hit.snippet, bold)}", file=out)
        if hit.explanation is not None:
            _write_explanation(hit.explanation, out)
    print(f"{len(result.hits)} of {result.total} results.", file=out)


def _write_explanation(explanation: dict[str, Any], out: TextIO) -> None:
    """Why a hit ranks: each word with how and where it matched, then the factors."""
    meaning = explanation.get("meaning")
    if meaning is not None:
        ranks = ", ".join(
            f"{label} #{meaning[key]}"
            for label, key in (
                ("by cosine", "cosine_rank"),
                ("across languages", "across_languages_rank"),
            )
            if meaning.get(key)
        )
        cosine = (
            f"cosine {meaning['cosine']:.3f}" if meaning.get("cosine") is not None else "not close"
        )
        print(f"      meaning: {cosine}" + (f" ({ranks})" if ranks else ""), file=out)
        print(f"      fused score {meaning['fused_score']:.4f}", file=out)
    if "words" not in explanation:
        return
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
