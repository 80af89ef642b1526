"""Relevance benchmark: labelled caller questions against KB Assist and plain Whoosh, as JSON lines.

    python -m bench.relevance                      # every set in bench/relevance/ on the starter
    python -m bench.relevance --sets paraphrases   # one set
    python -m bench.relevance --content DIR --sets-dir DIR   # another corpus and its own sets
    python -m bench.relevance --misses             # also print each query that missed the top 3
    python -m bench.relevance --cache DIR          # keep the index and its vectors between runs
    python -m bench.relevance --no-semantic        # words only (skips embedding the sections)

Each set is a YAML file of queries, each with the ids of the articles that answer it. For each
set and engine it prints recall@1, recall@3 (a relevant article in the top 1 / 3) and MRR@10.
`kbassist` is word matching alone (what each keystroke shows); `kbassist+meaning` is the search
the app runs once typing pauses, with search by meaning fused in.
The baseline is what a team would get from Whoosh out of the box: a stemming analyzer over
title, summary, headings and body, and its query parser with OR between words. Nothing here
passes or fails: the test suite guards a smaller set with a threshold.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from kbassist.content.folder import load_content
from kbassist.content.plaintext import headings, plain_markdown
from kbassist.paths import starter_content
from kbassist.search.engine import SearchIndex

SETS_DIR = Path(__file__).parent / "relevance"
DEPTH = 10


@dataclass(frozen=True)
class Labelled:
    """One query as a caller would say it, and the articles that answer it."""

    query: str
    relevant: frozenset[str]
    language: str | None = None


@dataclass(frozen=True)
class Scores:
    """How well an engine ranked one set."""

    recall_at_1: float
    recall_at_3: float
    mrr_at_10: float
    misses: tuple[tuple[str, tuple[str, ...]], ...]


Ranker = Callable[[str], list[str]]


def load_set(path: Path) -> list[Labelled]:
    """The queries of one set file; every query needs at least one relevant id."""
    data = yaml.safe_load(path.read_text("utf-8"))
    queries = []
    for entry in data["queries"]:
        relevant = entry["relevant"]
        ids = frozenset([relevant] if isinstance(relevant, str) else relevant)
        if not ids:
            raise ValueError(f"{path}: {entry['q']!r} has no relevant ids")
        queries.append(Labelled(str(entry["q"]), ids, entry.get("lang")))
    return queries


def score(queries: Sequence[Labelled], rank: Ranker) -> Scores:
    """recall@1, recall@3 and MRR@10 of rank over queries."""
    at1 = at3 = reciprocal = 0.0
    misses = []
    for labelled in queries:
        ranked = rank(labelled.query)[:DEPTH]
        positions = [n for n, ident in enumerate(ranked, 1) if ident in labelled.relevant]
        first = positions[0] if positions else None
        at1 += first == 1
        at3 += first is not None and first <= 3
        reciprocal += 1 / first if first else 0.0
        if first is None or first > 3:
            misses.append((labelled.query, tuple(ranked[:3])))
    n = max(len(queries), 1)
    return Scores(round(at1 / n, 3), round(at3 / n, 3), round(reciprocal / n, 3), tuple(misses))


def kbassist_ranker(index: SearchIndex, *, semantic: bool = False) -> Ranker:
    """KB Assist as the app searches: every kind, the top ten (with semantic, as it searches
    once typing pauses)."""
    return lambda query: [
        hit.id for hit in index.search(query, limit=DEPTH, semantic=semantic).hits
    ]


def plain_whoosh_ranker(content_root: Path, folder: Path) -> Ranker:
    """Whoosh out of the box over the same articles."""
    from whoosh import index as whoosh_index
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.qparser import MultifieldParser, OrGroup

    schema = Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=StemmingAnalyzer()),
        summary=TEXT(analyzer=StemmingAnalyzer()),
        headings=TEXT(analyzer=StemmingAnalyzer()),
        body=TEXT(analyzer=StemmingAnalyzer()),
    )
    ix = whoosh_index.create_in(str(folder), schema)
    writer = ix.writer()
    for article in load_content(content_root).articles.values():
        writer.add_document(
            id=article.id,
            title=article.title,
            summary=article.summary,
            headings=headings(article.body),
            body=plain_markdown(article.body),
        )
    writer.commit()
    fields = ["title", "summary", "headings", "body"]
    parser = MultifieldParser(fields, schema, group=OrGroup)
    searcher = ix.searcher()

    def rank(query: str) -> list[str]:
        parsed = parser.parse(query)
        return [hit["id"] for hit in searcher.search(parsed, limit=DEPTH)]

    return rank


def set_files(folder: Path, names: Iterable[str] | None) -> list[Path]:
    """The set files to run, by name (file stem) or all of them."""
    files = sorted(folder.glob("*.yaml"))
    if names:
        wanted = set(names)
        files = [f for f in files if f.stem in wanted]
        if missing := wanted - {f.stem for f in files}:
            raise SystemExit(f"no such set in {folder}: {', '.join(sorted(missing))}")
    return files


def main(argv: Sequence[str] | None = None) -> int:
    """Print one JSON line per set and engine, then a line per engine over all queries."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--content", type=Path, default=starter_content())
    parser.add_argument("--sets-dir", type=Path, default=SETS_DIR)
    parser.add_argument("--sets", nargs="*", help="set names (file stems); default: all")
    parser.add_argument("--misses", action="store_true", help="print the queries that missed")
    parser.add_argument("--cache", type=Path, help="keep the index and vectors here (reused)")
    parser.add_argument(
        "--no-semantic", dest="semantic", action="store_false", help="word matching only"
    )
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="kbassist-relevance-"))
    try:
        started = time.perf_counter()
        index = SearchIndex.open(args.content, args.cache or work / "kbassist")
        if index.semantic is not None:
            # Relevance, not speed, is measured here: on a busy machine the layer's pause for
            # slow questions would leave the rest of the run to words alone.
            index.semantic.slow_seconds = float("inf")
        index.update()
        built = time.perf_counter() - started
        (work / "plain").mkdir()
        # Words alone from an index without the model: a keystroke's search would otherwise
        # start the question's vector on the model's thread (see SemanticLayer.anticipate).
        words = SearchIndex.open(args.content, args.cache or work / "kbassist", semantic=False)
        engines: dict[str, Ranker] = {"kbassist": kbassist_ranker(words)}
        row: dict[str, Any] = {"content": str(args.content), "index_seconds": round(built, 2)}
        if args.semantic:
            report = index.embed()
            if report is not None:
                row.update(
                    sections_embedded=report.embedded,
                    sections_reused=report.reused,
                    embed_seconds=report.seconds,
                )
            engines["kbassist+meaning"] = kbassist_ranker(index, semantic=True)
        engines["whoosh-plain"] = plain_whoosh_ranker(args.content, work / "plain")
        print(json.dumps(row))
        everything: dict[str, list[Labelled]] = {}
        for path in set_files(args.sets_dir, args.sets):
            queries = load_set(path)
            for engine, rank in engines.items():
                result = score(queries, rank)
                everything.setdefault(engine, []).extend(queries)
                _print_scores(path.stem, engine, len(queries), result)
                if args.misses and engine.startswith("kbassist"):
                    for query, top in result.misses:
                        miss = {"engine": engine, "miss": query, "top3": top}
                        print(json.dumps(miss, ensure_ascii=False))
        for engine, queries in everything.items():
            _print_scores("all", engine, len(queries), score(queries, engines[engine]))
        index.close()
        words.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _print_scores(name: str, engine: str, count: int, result: Scores) -> None:
    row: dict[str, Any] = {
        "set": name,
        "engine": engine,
        "queries": count,
        "recall@1": result.recall_at_1,
        "recall@3": result.recall_at_3,
        "mrr@10": result.mrr_at_10,
    }
    print(json.dumps(row), flush=True)


if __name__ == "__main__":
    sys.exit(main())
