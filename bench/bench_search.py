"""Search benchmark: KB Assist's index against a plain Whoosh set-up, as JSON lines.

    python -m bench.bench_search --sizes 1000,10000
    python -m bench.bench_search --quick
    python -m bench.bench_search --semantic 150      # search by meaning on 150 generated articles
    python -m bench.bench_search --semantic-content content   # ... on a content folder

For each corpus size and each engine a worker process builds the index, changes one file and
waits until it is searchable, types queries character by character (top 10 with snippets),
and reports its peak memory; a new process is then timed until its first result. --semantic
embeds every section of a generated corpus (timed, extrapolated to 10,000 sections), then times
the search by meaning asked at once and the one the app runs once typing pauses (each keystroke
searched by words first), what meaning adds to each, and the memory the model and the vectors
add. Nothing here passes or fails on time: the figures are printed for people to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.corpus import generate

ENGINES = ("kbassist", "whoosh-plain")
SAMPLE_QUERIES = [
    "refund policy",
    "refund not received",
    "late delivery",
    "lost parcel",
    "warranty claim kettle",
    "password reset",
    "locked account",
    "store opening hours",
    "damaged sofa",
    "click and collect",
    "gift card balance",
    "change account details",
    "cancel subscription",
    "payment declined",
    "double charge",
    "chargeback",
    "exchange in store",
    "large item collection",
    "data deletion request",
    "complaint procedure",
    "money back",
    "missed delivery",
    "repair service",
    "safety recall",
    "invoice receipt",
    "vulnerable customer",
    "escalation supervisor",
    "non returnable items",
    "refnud",
    "warrenty",
    "vračilo kupnine",
    "ispričati",
    "ανατροφοδότηση",
    "退款",
    "kind:reply apology",
    "delivery options express",
    "assisted delivery",
    "marketing preferences",
    "website not loading",
    "partial refund",
]


def queries(
    root: Path, count: int, seed: int = 11, first: Sequence[str] = SAMPLE_QUERIES
) -> list[str]:
    """Realistic queries: first (the samples above), then one to three words from the titles
    of the corpus."""
    rng = random.Random(seed)
    found = list(first[:count])
    titles = sorted(root.glob("articles/*/*.md"))
    while len(found) < count and titles:
        text = rng.choice(titles).read_text("utf-8")
        title = text.split("title:", 1)[1].split("\n", 1)[0].strip().strip('"')
        words = [w for w in title.split(" – ")[0].split() if len(w) > 2]
        if words:
            found.append(" ".join(rng.sample(words, min(len(words), rng.choice((1, 2, 3))))))
    return found


def percentiles(values: list[float]) -> dict[str, float]:
    """p50, p95 and p99 of seconds, in milliseconds."""
    ordered = sorted(values) or [0.0]

    def at(share: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(len(ordered) * share))] * 1000, 2)

    return {"p50_ms": at(0.50), "p95_ms": at(0.95), "p99_ms": at(0.99)}


def typing(search: Callable[[str], int], typed: list[str]) -> dict[str, Any]:
    """Search after every character of every query; the latency of each keystroke."""
    latencies = []
    for query in typed:
        for end in range(1, len(query) + 1):
            start = time.perf_counter()
            search(query[:end])
            latencies.append(time.perf_counter() - start)
    return {"keystrokes": len(latencies), **percentiles(latencies)}


def change_one_file(root: Path) -> tuple[Path, str]:
    """Append a new word to one article; the word to search for."""
    path = sorted(root.glob("articles/*/*.md"))[len(list(root.glob("articles/*/*.md"))) // 2]
    word = f"zebracorn{random.randrange(10**6)}"
    path.write_text(path.read_text("utf-8") + f"\n\nA {word} was seen.\n", "utf-8")
    return path, word


def peak_memory_mb() -> float:
    """Peak resident memory of this process and of any worker processes it waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


# KB Assist


def run_kbassist(root: Path, cache: Path, typed: list[str]) -> dict[str, Any]:
    """Figures for SearchIndex as the app and the command line use it."""
    from kbassist.search.engine import SearchIndex

    start = time.perf_counter()
    index = SearchIndex.open(root, cache)
    build = time.perf_counter() - start
    assert index.open_report is not None
    docs = index.open_report.total
    index.warm_up()
    keys = typing(lambda q: len(index.search(q, limit=10).hits), typed)
    _path, word = change_one_file(root)
    start = time.perf_counter()
    report = index.update()
    while not index.search(word, limit=10).hits:
        index._checked = 0.0  # pragma: no cover - only if the update were not seen at once
    changed = time.perf_counter() - start
    index.close()
    return {
        "build_s": round(build, 2),
        "build_docs_per_s": round(docs / build, 1),
        "docs": docs,
        "changed_file_searchable_ms": round(changed * 1000, 1),
        "changed_items": report.changed,
        **keys,
    }


def resident_mb() -> float:
    """Resident memory of this process now (Linux), in MB."""
    try:
        for line in Path("/proc/self/status").read_text("utf-8").splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return 0.0


# How long typing pauses before the search with meaning runs (as the search box waits: 150 ms).
TYPING_PAUSE = 0.15


def _settled(
    index: Any, typed: list[str], typing_pause: float | None
) -> tuple[list[float], list[float], list[float]]:
    """The search with meaning for each query (total), the same search by words alone, and
    the difference (what meaning adds). With typing_pause, every prefix of the query is
    searched by words first, as typed, then the pause is waited out."""
    totals: list[float] = []
    words: list[float] = []
    meaning: list[float] = []
    for query in typed:
        if typing_pause is not None:
            for end in range(1, len(query) + 1):
                index.search(query[:end], limit=30)
            time.sleep(typing_pause)
        started = time.perf_counter()
        result = index.search(query, limit=30, semantic=True)
        took = time.perf_counter() - started
        if not result.meaning_used:
            continue  # the words were confident, or meaning could not answer
        started = time.perf_counter()
        index.search(query, limit=30)
        alone = time.perf_counter() - started
        totals.append(took)
        words.append(alone)
        meaning.append(max(took - alone, 0.0))
    return totals or [0.0], words or [0.0], meaning or [0.0]


def run_semantic(root: Path, cache: Path, typed: list[str]) -> dict[str, Any]:
    """Search by meaning: embedding every section, then the settled search's cost."""
    import numpy as np

    from kbassist.search.engine import SearchIndex
    from kbassist.search.semantic import _Matrix

    index = SearchIndex.open(root, cache)
    index.update()
    index.warm_up()
    before = resident_mb()
    start = time.perf_counter()
    report = index.embed()
    embedding = time.perf_counter() - start
    assert report is not None and report.complete
    after_embedding = resident_mb()
    layer = index.semantic
    assert layer is not None
    # Asked at once (no typing before): the question's vector is computed during the search.
    cold, words, cold_meaning = _settled(index, typed, typing_pause=None)
    # Typed, then a pause: each keystroke's search started the vector on the model's thread.
    layer.forget_questions()
    typed_total, typed_words, typed_meaning = _settled(index, typed, typing_pause=TYPING_PAUSE)
    # The part of a question's cost that grows with the content: cosine against every row
    # and the best row per article, at 10,000 sections of 2,000 articles.
    rng = np.random.default_rng(3)
    rows = [(f"article:{n // 5}", n % 5, "") for n in range(10_000)]
    matrix = _Matrix("bench", rows, rng.standard_normal((10_000, 384)).astype(np.float32))
    vector = matrix.vectors[0]
    scans = []
    for _ in range(50):
        started = time.perf_counter()
        best = matrix.best_per_key(matrix.vectors @ vector)
        np.argpartition(-best, 20)[:20]
        scans.append(time.perf_counter() - started)
    index.close()
    per_section = embedding / max(report.embedded, 1)
    return {
        "sections": report.total,
        "embed_s": round(embedding, 1),
        "embed_ms_per_section": round(per_section * 1000, 1),
        "embed_10k_sections_min": round(per_section * 10_000 / 60, 1),
        "memory_before_mb": before,
        "memory_after_model_and_vectors_mb": after_embedding,
        "words_only": percentiles(words),
        "asked_at_once": {
            "queries": len(cold),
            "total": percentiles(cold),
            "meaning_part": percentiles(cold_meaning),
        },
        "after_typing_pause": {
            "pause_ms": round(TYPING_PAUSE * 1000),
            "total": percentiles(typed_total),
            "meaning_part": percentiles(typed_meaning),
            "words_only": percentiles(typed_words),
        },
        "cosine_scan_10k_sections": percentiles(scans),
    }


# Plain Whoosh: StandardAnalyzer, a wildcard for the word being typed, default highlighter.


def _plain_schema() -> Any:
    from whoosh.fields import ID, KEYWORD, TEXT, Schema

    return Schema(
        id=ID(stored=True, unique=True),
        kind=ID(stored=True),
        title=TEXT(stored=True),
        summary=TEXT(stored=True),
        tags=KEYWORD(commas=True, scorable=True, lowercase=True),
        body=TEXT(stored=True),
    )


def _plain_doc(item: Any) -> dict[str, str]:
    from kbassist.content.articles import Article

    kind = "article" if isinstance(item, Article) else "reply"
    return {
        "id": item.id,
        "kind": kind,
        "title": item.title,
        "summary": getattr(item, "summary", "") or getattr(item, "subject", ""),
        "tags": ",".join(item.tags),
        "body": item.body,
    }


def _plain_query(text: str) -> str:
    words = [w for w in text.replace('"', " ").split() if w]
    if words and not text[-1:].isspace():
        words[-1] += "*"
    return " ".join(words)


def plain_searcher(index_dir: Path) -> Callable[[str], int]:
    """A search function over the plain index: top 10 with highlights."""
    from whoosh import index as whoosh_index
    from whoosh.qparser import MultifieldParser

    ix = whoosh_index.open_dir(str(index_dir))
    searcher = ix.searcher()
    parser = MultifieldParser(["title", "summary", "tags", "body"], ix.schema)

    def search(text: str) -> int:
        query = parser.parse(_plain_query(text))
        results = searcher.search(query, limit=10)
        for hit in results:
            hit.highlights("body")
        return len(results)

    return search


def run_plain(root: Path, index_dir: Path, typed: list[str]) -> dict[str, Any]:
    """Figures for a plain Whoosh index of the same content."""
    from whoosh import index as whoosh_index

    from kbassist.content.articles import load_article
    from kbassist.content.folder import load_content
    from kbassist.problems import ProblemList

    start = time.perf_counter()
    content = load_content(root)
    index_dir.mkdir(parents=True)
    ix = whoosh_index.create_in(str(index_dir), _plain_schema())
    writer = ix.writer()
    for item in [*content.articles.values(), *content.replies.values()]:
        writer.add_document(**_plain_doc(item))
    writer.commit()
    build = time.perf_counter() - start
    docs = len(content.articles) + len(content.replies)
    search = plain_searcher(index_dir)
    keys = typing(search, typed)
    path, word = change_one_file(root)
    start = time.perf_counter()
    article = load_article(path, root / "articles", "en", ProblemList())
    assert article is not None
    writer = ix.writer()
    writer.update_document(**_plain_doc(article))
    writer.commit()
    while not plain_searcher(index_dir)(word):
        pass  # pragma: no cover
    changed = time.perf_counter() - start
    return {
        "build_s": round(build, 2),
        "build_docs_per_s": round(docs / build, 1),
        "docs": docs,
        "changed_file_searchable_ms": round(changed * 1000, 1),
        "changed_items": 1,
        **keys,
    }


def first_result(engine: str, root: Path, cache: Path) -> float:
    """Seconds from starting a new process until it has printed its first result."""
    env = dict(os.environ, XDG_CACHE_HOME=str(cache))
    if engine == "kbassist":
        command = [sys.executable, "-m", "kbassist", "search", "refund", "--json"]
        command += ["--content", str(root), "--limit", "10"]
    else:
        command = [sys.executable, "-m", "bench.bench_search", "--plain-search", str(cache)]
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    assert json.loads(done.stdout), done.stdout
    return seconds


def worker(engine: str, root: Path, cache: Path, count: int) -> dict[str, Any]:
    """Run in its own process, so peak memory is this engine's alone."""
    typed = queries(root, count)
    if engine == "kbassist":
        figures = run_kbassist(root, cache / "kbassist" / "index", typed)
    else:
        figures = run_plain(root, cache / "plain", typed)
    figures["peak_memory_mb"] = peak_memory_mb()
    return figures


def measure(size: int, count: int, folder: Path) -> None:
    """Both engines on one corpus size; one JSON line each, then their ratios."""
    root = generate(folder / f"corpus-{size}", size)
    rows: dict[str, dict[str, Any]] = {}
    for engine in ENGINES:
        # Each engine gets a fresh copy: the change step edits a file.
        copy = folder / f"{engine}-{size}"
        shutil.copytree(root, copy)
        cache = folder / f"cache-{engine}-{size}"
        done = subprocess.run(
            [
                *(sys.executable, "-m", "bench.bench_search", "--worker", engine),
                *("--root", str(copy), "--cache", str(cache), "--queries", str(count)),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        figures["new_process_first_result_s"] = round(first_result(engine, copy, cache), 3)
        rows[engine] = figures
        print(json.dumps({"size": size, "engine": engine, **figures}), flush=True)
    ours, plain = rows["kbassist"], rows["whoosh-plain"]
    ratios = {
        key: round(ours[key] / plain[key], 3)
        for key in ours
        if isinstance(ours[key], float) and isinstance(plain.get(key), float) and plain[key]
    }
    print(json.dumps({"size": size, "ratio": "kbassist / whoosh-plain", **ratios}), flush=True)


def plain_search_main(cache: Path) -> None:
    """What a new process does with the plain index: open it and search once."""
    search_dir = cache / "plain"
    from whoosh import index as whoosh_index
    from whoosh.qparser import MultifieldParser

    ix = whoosh_index.open_dir(str(search_dir))
    with ix.searcher() as searcher:
        parser = MultifieldParser(["title", "summary", "tags", "body"], ix.schema)
        hits = searcher.search(parser.parse("refund"), limit=10)
        rows = [{"id": h["id"], "snippet": h.highlights("body")} for h in hits]
    print(json.dumps(rows))


def main() -> None:
    """Parse the options and run the benchmark (or one worker of it)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="article counts, comma-separated")
    parser.add_argument("--queries", type=int, default=100, help="queries typed per engine")
    parser.add_argument("--quick", action="store_true", help="300 articles, 15 queries")
    parser.add_argument("--worker", choices=ENGINES, help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--plain-search", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--semantic", type=int, metavar="ARTICLES", help="search by meaning on this many articles"
    )
    parser.add_argument(
        "--semantic-content", type=Path, metavar="DIR", help="search by meaning on this folder"
    )
    args = parser.parse_args()
    if args.semantic or args.semantic_content:
        with tempfile.TemporaryDirectory(prefix="kbassist-bench-") as folder:
            root = args.semantic_content or generate(Path(folder) / "corpus", args.semantic)
            typed = queries(root, args.queries)
            figures = run_semantic(root, Path(folder) / "cache", typed)
        where = {"content": str(root)} if args.semantic_content else {"articles": args.semantic}
        print(json.dumps({**where, **figures, "peak_memory_mb": peak_memory_mb()}))
        return
    if args.plain_search:
        plain_search_main(args.plain_search)
        return
    if args.worker:
        print(json.dumps(worker(args.worker, args.root, args.cache, args.queries)))
        return
    sizes = [300] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    count = 15 if args.quick else args.queries
    print(json.dumps({"machine_cpus": os.cpu_count(), "python": sys.version.split()[0]}))
    with tempfile.TemporaryDirectory(prefix="kbassist-bench-") as folder:
        for size in sizes:
            measure(size, count, Path(folder))


if __name__ == "__main__":
    main()
