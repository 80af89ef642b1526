"""Scaling benchmark: KB Assist beside plain Whoosh, tantivy and SQLite FTS5, by corpus size.

    python -m bench.bench_scaling                       # 1k, 5k, 10k, 20k and 50k articles
    python -m bench.bench_scaling --sizes 1000,5000 --queries 40
    python -m bench.bench_scaling --engines kbassist,fts5

Every engine gets the same generated corpus (bench/corpus.py, realistic: long documents with
many sections, near-duplicates, five languages) and types the same queries character by
character: callers' sentences in the five languages and words from titles, at the app's own
result limit, with snippets. Each engine runs in a process of its own, so its memory is its
own. Per engine and size it measures:

- build: a new index of the whole folder (reading the content included);
- load: opening the existing index again until its first result;
- update: one changed file until a search finds its new word (for KB Assist the app's
  watcher path: the content read again and the index updated);
- keystroke p50 / p95 / p99 in milliseconds, and resident memory after typing.

It prints one JSON line per engine and size, then the table. The references (tantivy from the
"bench" extra, SQLite's FTS5 from Python's sqlite3) are there to measure against; the app
depends on neither. Nothing here passes or fails on time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.bench_search import percentiles
from bench.bench_search import queries as title_queries
from bench.corpus import CALLER_QUERIES, generate

ENGINES = ("kbassist", "whoosh-plain", "tantivy", "fts5")
SIZES = "1000,5000,10000,20000,50000"
# The app's own result limit (kbassist/ui/main_window.py RESULT_LIMIT).
UI_LIMIT = 30
_WORDS = re.compile(r"\w+")


def queries(root: Path, count: int, seed: int = 11) -> list[str]:
    """Callers' sentences first, then one to three words from the titles of the corpus."""
    return title_queries(root, count, seed, first=CALLER_QUERIES)


def typing(search: Callable[[str], int], typed: list[str]) -> dict[str, Any]:
    """Search after every character of every query; the latency of each keystroke."""
    latencies = []
    # Processor time too: on a machine shared with other work, the wall clock also counts
    # the time other processes had the processor.
    processor = []
    for query in typed:
        for end in range(1, len(query) + 1):
            start, used = time.perf_counter(), time.process_time()
            search(query[:end])
            latencies.append(time.perf_counter() - start)
            processor.append(time.process_time() - used)
    return {
        "keystrokes": len(latencies),
        **percentiles(latencies),
        "cpu_p95_ms": percentiles(processor)["p95_ms"],
        "cpu_p99_ms": percentiles(processor)["p99_ms"],
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


def peak_mb() -> float:
    """Peak resident memory of this process, in MB."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def change_one_file(root: Path) -> tuple[Path, str]:
    """Append a new word to one article; the word to search for."""
    files = sorted(root.glob("articles/*/*.md"))
    path = files[len(files) // 2]
    word = f"zebracorn{random.randrange(10**6)}"
    path.write_text(path.read_text("utf-8") + f"\n\nA {word} was seen.\n", "utf-8")
    return path, word


def _loaded(root: Path) -> list[dict[str, str]]:
    """The articles and reply templates as the references index them (loaded by KB Assist)."""
    from kbassist.content import load_content

    content = load_content(root)
    return [
        _reference_doc(item) for item in [*content.articles.values(), *content.replies.values()]
    ]


def _reference_doc(item: Any) -> dict[str, str]:
    return {
        "id": item.id,
        "title": item.title,
        "summary": getattr(item, "summary", "") or getattr(item, "subject", ""),
        "tags": " ".join(item.tags),
        "body": item.body,
    }


def _changed_doc(root: Path, path: Path) -> dict[str, str]:
    from kbassist.content import load_article
    from kbassist.problems import ProblemList

    article = load_article(path, root / "articles", "en", ProblemList())
    assert article is not None
    return _reference_doc(article)


def _or_words(text: str) -> list[str]:
    return _WORDS.findall(text)


# KB Assist


def run_kbassist(root: Path, cache: Path, typed: list[str]) -> dict[str, Any]:
    """The index as the app uses it: built, reopened, updated on a change, typed into."""
    from kbassist.content import load_content
    from kbassist.search.engine import SearchIndex

    # Built in a process of its own, so the memory figures are those of a window that opens
    # the built index, as the app does after its first start.
    build_script = (
        "import sys\nfrom pathlib import Path\nfrom kbassist.search.engine import SearchIndex\n"
        "SearchIndex.open(Path(sys.argv[1]), Path(sys.argv[2]), semantic=False).close()\n"
    )
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", build_script, str(root), str(cache)], check=True)
    build = time.perf_counter() - start
    start = time.perf_counter()
    content = load_content(root)
    content_load = time.perf_counter() - start
    start = time.perf_counter()
    index = SearchIndex.open(root, cache, semantic=False)
    index.search("refund", limit=UI_LIMIT)
    load = time.perf_counter() - start
    index.warm_up()
    keys = typing(lambda q: len(index.search(q, limit=UI_LIMIT).hits), typed)
    top10 = typing(lambda q: len(index.search(q, limit=10).hits), typed[:10])
    memory = resident_mb()
    _path, word = change_one_file(root)
    start = time.perf_counter()
    content = load_content(root)
    index.update(content)
    while not index.search(word, limit=10).hits:
        time.sleep(0.001)  # pragma: no cover - the update is seen at once
    update = time.perf_counter() - start
    index.close()
    return {
        "build_s": round(build, 2),
        "content_load_s": round(content_load, 2),
        "load_s": round(load, 3),
        "update_ms": round(update * 1000, 1),
        **keys,
        "p95_ms_limit_10": top10["p95_ms"],
        "rss_mb": memory,
    }


# Plain Whoosh: its standard analyzer, OR of the words, a wildcard for the word being typed.


def run_whoosh(root: Path, folder: Path, typed: list[str]) -> dict[str, Any]:
    """A plain Whoosh index of the same content, searched with its own highlighter."""
    from whoosh import index as whoosh_index
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.qparser import MultifieldParser, OrGroup

    schema = Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(stored=True),
        summary=TEXT(stored=True),
        tags=TEXT(),
        body=TEXT(stored=True),
    )
    start = time.perf_counter()
    docs = _loaded(root)
    folder.mkdir(parents=True)
    ix = whoosh_index.create_in(str(folder), schema)
    writer = ix.writer()
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    build = time.perf_counter() - start

    def searcher_of(ix: Any) -> Callable[[str], int]:
        searcher = ix.searcher()
        parser = MultifieldParser(["title", "summary", "tags", "body"], ix.schema, group=OrGroup)

        def search(text: str) -> int:
            words = _or_words(text)
            if not words:
                return 0
            if not text[-1:].isspace():
                words[-1] += "*"
            results = searcher.search(parser.parse(" ".join(words)), limit=UI_LIMIT)
            for hit in results:
                hit.highlights("body")
            return len(results)

        return search

    start = time.perf_counter()
    search = searcher_of(whoosh_index.open_dir(str(folder)))
    search("refund")
    load = time.perf_counter() - start
    keys = typing(search, typed)
    memory = resident_mb()
    path, word = change_one_file(root)
    start = time.perf_counter()
    writer = ix.writer()
    writer.update_document(**_changed_doc(root, path))
    writer.commit()
    while not searcher_of(whoosh_index.open_dir(str(folder)))(word):
        time.sleep(0.001)  # pragma: no cover
    update = time.perf_counter() - start
    return _reference_figures(build, load, update, keys, memory)


def _reference_figures(
    build: float, load: float, update: float, keys: dict[str, Any], memory: float
) -> dict[str, Any]:
    return {
        "build_s": round(build, 2),
        "load_s": round(load, 3),
        "update_ms": round(update * 1000, 1),
        **keys,
        "rss_mb": memory,
    }


# tantivy: its default tokenizer, OR of the words (its parser's default), its snippets.


def run_tantivy(root: Path, folder: Path, typed: list[str]) -> dict[str, Any]:
    """A tantivy index of the same content (python package `tantivy`, the "bench" extra)."""
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    for name in ("title", "summary", "tags", "body"):
        builder.add_text_field(name, stored=True)
    schema = builder.build()
    start = time.perf_counter()
    docs = _loaded(root)
    folder.mkdir(parents=True)
    index = tantivy.Index(schema, path=str(folder))
    writer = index.writer()
    for doc in docs:
        writer.add_document(tantivy.Document(**{k: [v] for k, v in doc.items()}))
    writer.commit()
    writer.wait_merging_threads()
    build = time.perf_counter() - start

    def searcher_of(index: Any) -> Callable[[str], int]:
        index.reload()
        searcher = index.searcher()

        def search(text: str) -> int:
            words = _or_words(text)
            if not words:
                return 0
            query = index.parse_query(" ".join(words), ["title", "summary", "tags", "body"])
            hits = searcher.search(query, UI_LIMIT).hits
            snippets = tantivy.SnippetGenerator.create(searcher, query, schema, "body")
            for _score, address in hits:
                snippets.snippet_from_doc(searcher.doc(address)).to_html()
            return len(hits)

        return search

    start = time.perf_counter()
    search = searcher_of(tantivy.Index.open(str(folder)))
    search("refund")
    load = time.perf_counter() - start
    keys = typing(search, typed)
    memory = resident_mb()
    path, word = change_one_file(root)
    start = time.perf_counter()
    writer = index.writer()
    writer.delete_documents("id", _changed_doc(root, path)["id"])
    writer.add_document(tantivy.Document(**{k: [v] for k, v in _changed_doc(root, path).items()}))
    writer.commit()
    writer.wait_merging_threads()
    while not searcher_of(index)(word):
        time.sleep(0.001)  # pragma: no cover
    update = time.perf_counter() - start
    return _reference_figures(build, load, update, keys, memory)


# SQLite FTS5: unicode61 without diacritics, OR of quoted words, the last one as a prefix.


def run_fts5(root: Path, folder: Path, typed: list[str]) -> dict[str, Any]:
    """An SQLite FTS5 table of the same content, ranked by bm25(), with snippet()."""
    folder.mkdir(parents=True)
    database = folder / "fts5.sqlite"
    start = time.perf_counter()
    docs = _loaded(root)
    connection = sqlite3.connect(database)
    connection.execute(
        "CREATE VIRTUAL TABLE docs USING fts5("
        "id UNINDEXED, title, summary, tags, body, tokenize='unicode61 remove_diacritics 2')"
    )
    with connection:
        connection.executemany(
            "INSERT INTO docs VALUES (:id, :title, :summary, :tags, :body)", docs
        )
    connection.close()
    build = time.perf_counter() - start

    def searcher_of(connection: sqlite3.Connection) -> Callable[[str], int]:
        def search(text: str) -> int:
            words = _or_words(text)
            if not words:
                return 0
            terms = [f'"{w}"' for w in words]
            if not text[-1:].isspace():
                terms[-1] += "*"
            rows = connection.execute(
                "SELECT id, snippet(docs, 4, '<b>', '</b>', '…', 24) FROM docs "
                "WHERE docs MATCH ? ORDER BY bm25(docs, 0, 2.5, 1.5, 1.5, 1.0) LIMIT ?",
                (" OR ".join(terms), UI_LIMIT),
            ).fetchall()
            return len(rows)

        return search

    start = time.perf_counter()
    reader = sqlite3.connect(database)
    search = searcher_of(reader)
    search("refund")
    load = time.perf_counter() - start
    keys = typing(search, typed)
    memory = resident_mb()
    path, word = change_one_file(root)
    start = time.perf_counter()
    changed = _changed_doc(root, path)
    with sqlite3.connect(database) as writer:
        writer.execute("DELETE FROM docs WHERE id = ?", (changed["id"],))
        writer.execute("INSERT INTO docs VALUES (:id, :title, :summary, :tags, :body)", changed)
    while not search(word):
        time.sleep(0.001)  # pragma: no cover
    update = time.perf_counter() - start
    return _reference_figures(build, load, update, keys, memory)


RUNNERS = {
    "kbassist": run_kbassist,
    "whoosh-plain": run_whoosh,
    "tantivy": run_tantivy,
    "fts5": run_fts5,
}


def worker(engine: str, root: Path, cache: Path, count: int) -> dict[str, Any]:
    """One engine in its own process: its figures, with its peak memory."""
    figures = RUNNERS[engine](root, cache, queries(root, count))
    figures["peak_rss_mb"] = peak_mb()
    return figures


def measure(size: int, count: int, engines: list[str], folder: Path) -> list[dict[str, Any]]:
    """Every engine on one corpus size, each on a fresh copy (the update edits a file)."""
    root = generate(folder / f"corpus-{size}", size, realistic=True)
    rows = []
    for engine in engines:
        copy = folder / f"{engine}-{size}"
        shutil.copytree(root, copy)
        env = dict(os.environ, XDG_CACHE_HOME=str(folder / f"xdg-{engine}-{size}"))
        done = subprocess.run(
            [
                *(sys.executable, "-m", "bench.bench_scaling", "--worker", engine),
                *("--root", str(copy), "--cache", str(folder / f"index-{engine}-{size}")),
                *("--queries", str(count)),
            ],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if done.returncode != 0:
            row: dict[str, Any] = {"error": done.stderr.strip().splitlines()[-1:]}
        else:
            row = json.loads(done.stdout.strip().splitlines()[-1])
        row = {"articles": size, "engine": engine, **row}
        print(json.dumps(row), flush=True)
        rows.append(row)
        shutil.rmtree(copy, ignore_errors=True)
    return rows


COLUMNS = (
    ("articles", "articles"),
    ("engine", "engine"),
    ("build_s", "build s"),
    ("load_s", "load s"),
    ("update_ms", "update ms"),
    ("p50_ms", "key p50"),
    ("p95_ms", "key p95"),
    ("p99_ms", "key p99"),
    ("cpu_p95_ms", "key p95 cpu"),
    ("rss_mb", "RSS MB"),
    ("peak_rss_mb", "peak MB"),
)


def table(rows: list[dict[str, Any]]) -> str:
    """The figures as a Markdown table."""
    lines = [
        "| " + " | ".join(title for _key, title in COLUMNS) + " |",
        "|" + "---|" * len(COLUMNS),
    ]
    for row in rows:
        lines.append("| " + " | ".join(str(row.get(key, "—")) for key, _title in COLUMNS) + " |")
    return "\n".join(lines)


def main() -> None:
    """Parse the options and run the benchmark (or one worker of it)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=SIZES, help=f"article counts (default {SIZES})")
    parser.add_argument("--queries", type=int, default=60, help="queries typed per engine")
    parser.add_argument("--engines", default=",".join(ENGINES), help="comma-separated")
    parser.add_argument("--worker", choices=ENGINES, help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.root, args.cache, args.queries)))
        return
    engines = [e for e in args.engines.split(",") if e]
    unknown = sorted(set(engines) - set(ENGINES))
    if unknown:
        parser.error(f"unknown engines: {', '.join(unknown)} (choose from {', '.join(ENGINES)})")
    print(json.dumps({"machine_cpus": os.cpu_count(), "python": sys.version.split()[0]}))
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="kbassist-scaling-") as folder:
        for size in (int(s) for s in args.sizes.split(",") if s.strip()):
            rows += measure(size, args.queries, engines, Path(folder))
    print(table(rows))


if __name__ == "__main__":
    main()
