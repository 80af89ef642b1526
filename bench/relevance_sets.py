"""Checks of the labelled relevance sets, without running any search.

    python -m bench.relevance_sets                       # bench/relevance/ and the guard set
    python -m bench.relevance_sets --content DIR FILE... # other sets against another corpus

For every set file: it loads as YAML with `set`, `description` and `queries`; every query has a
non-empty `q` and at least one `relevant` id; every relevant id is an article id (the path of a
.md file under content/articles without .md); `lang`, when given, is one of the content
languages and the first relevant id of a non-English query is in that language, except for a
query marked `cross_language: true`, whose first relevant id must be in another language (the
caller asks in one language about an article that exists only in another); no query appears
twice in one set; and no guard query is also a benchmark query. Prints a count per file and per
language, and exits 1 on any problem.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "bench" / "relevance"
GUARD = ROOT / "tests" / "search" / "relevance_guard.yaml"
LANGUAGES = {"sl", "hr", "el", "zh"}


def article_ids(content: Path) -> set[str]:
    """Every article id: the path under articles/ without .md, with / separators."""
    articles = content / "articles"
    return {p.relative_to(articles).with_suffix("").as_posix() for p in articles.rglob("*.md")}


def language_of(article_id: str) -> str:
    """The language suffix of an id (refunds/refund-policy.sl -> sl), en when there is none."""
    name = article_id.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[1] if "." in name else "en"


def check(path: Path, ids: set[str], problems: list[str]) -> list[tuple[str, str]]:
    """The (query, language) pairs of one set, adding each problem found to problems."""
    data = yaml.safe_load(path.read_text("utf-8"))
    if not isinstance(data, dict):
        problems.append(f"{path}: not a mapping")
        return []
    for key in ("set", "description", "queries"):
        if not data.get(key):
            problems.append(f"{path}: missing {key!r}")
    seen: set[str] = set()
    found = []
    for n, entry in enumerate(data.get("queries") or [], 1):
        q = str(entry.get("q") or "").strip()
        where = f"{path.name} #{n} {q!r}"
        if not q:
            problems.append(f"{where}: empty query")
        if q.lower() in seen:
            problems.append(f"{where}: duplicate query in this set")
        seen.add(q.lower())
        relevant = entry.get("relevant")
        relevant = [relevant] if isinstance(relevant, str) else list(relevant or [])
        if not relevant:
            problems.append(f"{where}: no relevant ids")
        for ident in relevant:
            if ident not in ids:
                problems.append(f"{where}: no article {ident!r}")
        if len(set(relevant)) != len(relevant):
            problems.append(f"{where}: an id is listed twice")
        lang = entry.get("lang")
        if lang is not None and lang not in LANGUAGES:
            problems.append(f"{where}: unknown lang {lang!r}")
        cross = bool(entry.get("cross_language"))
        if cross and not lang:
            problems.append(f"{where}: cross_language needs the query's lang")
        elif cross and relevant and language_of(relevant[0]) == lang:
            problems.append(f"{where}: cross_language, but the first relevant id is in {lang}")
        elif lang and relevant and not cross and language_of(relevant[0]) != lang:
            problems.append(f"{where}: first relevant id is not in {lang}")
        found.append((q, str(lang or "en")))
    return found


def check_all(content: Path, files: list[Path], guard: Path = GUARD) -> list[str]:
    """Every problem of the set files against the articles of content."""
    return _check_all(content, files, guard, quiet=True)


def main() -> int:
    """Check the files given (default: every bench set and the guard set); exit 1 on problems."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    files = args.files or [*sorted(HERE.glob("*.yaml")), GUARD]
    problems = _check_all(args.content, files, GUARD, quiet=False)
    for problem in problems:
        print("PROBLEM:", problem, file=sys.stderr)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


def _check_all(content: Path, files: list[Path], guard: Path, quiet: bool) -> list[str]:
    ids = article_ids(content)
    problems: list[str] = []
    bench_queries: set[str] = set()
    totals: Counter[str] = Counter()
    for path in files:
        found = check(path, ids, problems)
        langs = Counter(lang for _, lang in found)
        totals.update(langs)
        detail = ", ".join(f"{lang} {n}" for lang, n in sorted(langs.items()))
        if not quiet:
            where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            print(f"{where}: {len(found)} queries ({detail})")
        if path.resolve() == guard.resolve():
            for q, _ in found:
                if q.lower() in bench_queries:
                    problems.append(f"{path.name}: {q!r} is also a benchmark query")
        else:
            bench_queries.update(q.lower() for q, _ in found)
    if not quiet:
        print("all files:", ", ".join(f"{lang} {n}" for lang, n in sorted(totals.items())))
    return problems


if __name__ == "__main__":
    sys.exit(main())
