"""A generated content folder for benchmarks: starter sentences, new products, five languages."""

from __future__ import annotations

import argparse
import random
import re
import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kbassist.common.languages import primary_language
from kbassist.content.folder import load_content
from kbassist.content.settings import SETTINGS_FILE
from kbassist.content.synonyms import SYNONYMS_FILE
from kbassist.paths import starter_content

# Share of generated articles per language; the rest are English.
LANGUAGES = (("sl", 0.04), ("hr", 0.04), ("el", 0.03), ("zh", 0.04))
PRODUCTS = [
    "sofa",
    "kettle",
    "lamp",
    "rug",
    "chair",
    "table",
    "mattress",
    "toaster",
    "blender",
    "wardrobe",
    "desk",
    "shelf",
    "cushion",
    "curtain",
    "duvet",
    "pillow",
    "mirror",
    "fridge",
    "freezer",
    "oven",
    "hob",
    "microwave",
    "dishwasher",
    "washer",
    "dryer",
    "vacuum",
    "fan",
    "heater",
    "bench",
    "stool",
    "cabinet",
    "dresser",
    "bookcase",
    "headboard",
    "bedframe",
    "recliner",
    "armchair",
    "futon",
    "ottoman",
    "sideboard",
    "crockery",
    "cutlery",
    "saucepan",
    "frypan",
    "grinder",
    "juicer",
]
_SYLLABLES = [
    "ar",
    "bel",
    "bri",
    "cal",
    "dor",
    "el",
    "fen",
    "gar",
    "hol",
    "is",
    "jun",
    "kel",
    "lar",
    "mor",
    "nel",
    "or",
    "pel",
    "quin",
    "ros",
    "sal",
    "tor",
    "ul",
    "ven",
    "wil",
    "yar",
    "zan",
    "ash",
    "brin",
    "cor",
    "dal",
    "ern",
    "fal",
    "gle",
    "hen",
    "ivy",
    "lin",
    "mar",
    "nor",
    "oak",
    "pen",
    "ren",
    "sto",
    "tam",
]
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")


@dataclass
class Pools:
    """Sentences, titles, headings and tags of the starter content, per language."""

    sentences: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    # English sentences by category: real articles stay on their topic.
    topical: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    topical_tags: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    titles: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    headings: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    tags: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    categories: list[str] = field(default_factory=list)


def starter_pools() -> Pools:
    """Harvest the starter content's text, so generated articles read like real ones."""
    content = load_content(starter_content())
    pools = Pools()
    for article in content.articles.values():
        lang = primary_language(article.language)
        pools.titles[lang].append(article.title)
        pools.tags[lang].extend(article.tags)
        if lang == "en":
            pools.topical_tags[article.category].extend(article.tags)
        if article.category:
            pools.categories.append(article.category)
        for line in article.body.splitlines():
            line = line.strip()
            if line.startswith("## "):
                pools.headings[lang].append(line[3:].strip())
            elif line and not line.startswith("#"):
                text = line.lstrip("-*0123456789. ").strip()
                found = [s for s in _SENTENCE.split(text) if len(s) > 12]
                pools.sentences[lang].extend(found)
                if lang == "en":
                    pools.topical[article.category].extend(found)
        if article.summary:
            pools.sentences[lang].append(article.summary)
    pools.categories = sorted(set(pools.categories)) or ["general"]
    return pools


def product_names(rng: random.Random, count: int) -> list[str]:
    """Invented product-line names ("Brinmor", "Talquin"): a vocabulary as large as a catalogue."""
    names: set[str] = set()
    while len(names) < count:
        name = "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 2, 3))))
        names.add(name.capitalize())
    return sorted(names)


def _language(rng: random.Random, pools: Pools) -> str:
    roll = rng.random()
    for lang, share in LANGUAGES:
        if roll < share and pools.sentences.get(lang):
            return lang
        roll -= share
    return "en"


def _yaml_text(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def article_text(
    rng: random.Random, pools: Pools, names: list[str], lang: str, category: str
) -> str:
    """One article in lang: front matter, a summary, then sections of starter sentences.

    English articles take most sentences from their own category, as real ones keep to
    their topic; the rest come from anywhere.
    """
    name = rng.choice(names)
    product = rng.choice(PRODUCTS)
    title = f"{rng.choice(pools.titles[lang])} – {name} {product}"
    topical = pools.topical.get(category) if lang == "en" else None
    anywhere = pools.sentences[lang]

    def sentence() -> str:
        return rng.choice(topical if topical and rng.random() < 0.8 else anywhere)

    summary = f"{sentence()} {sentence()}"
    tag_pool = pools.topical_tags.get(category) if lang == "en" else None
    tag_pool = tag_pool or pools.tags[lang]
    tags = rng.sample(tag_pool, min(4, len(tag_pool)))
    tags.append(product)
    lines = [
        "---",
        f"title: {_yaml_text(title)}",
        f"summary: {_yaml_text(summary)}",
        "tags: [" + ", ".join(_yaml_text(t) for t in tags) + "]",
        f"category: {category}",
        f"language: {lang}",
        "---",
        f"# {title}",
        "",
    ]
    for _ in range(rng.randint(3, 6)):
        lines += [f"## {rng.choice(pools.headings[lang] or ['Details'])}", ""]
        for _ in range(rng.randint(2, 6)):
            text = sentence()
            if rng.random() < 0.3:
                text += (
                    f" {rng.choice(names)} {rng.choice(PRODUCTS)} LK-{rng.randint(0, 999999):06d}."
                )
            lines.append(f"- {text}")
        lines.append("")
    return "\n".join(lines)


def generate(root: Path, articles: int, seed: int = 7) -> Path:
    """Write a content folder with this many articles (plus the starter replies and facilities)."""
    rng = random.Random(seed)
    pools = starter_pools()
    names = product_names(rng, max(200, articles // 3))
    if root.exists():
        shutil.rmtree(root)
    starter = starter_content()
    for part in ("replies", "facilities"):
        shutil.copytree(starter / part, root / part)
    for name in (SETTINGS_FILE, SYNONYMS_FILE):
        if (starter / name).is_file():
            shutil.copy(starter / name, root / name)
    for n in range(articles):
        category = pools.categories[n % len(pools.categories)]
        lang = _language(rng, pools)
        suffix = "" if lang == "en" else f".{lang}"
        path = root / "articles" / category / f"article-{n:05d}{suffix}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_text(rng, pools, names, lang, category), "utf-8")
    return root


def main() -> None:
    """`python -m bench.corpus DIR --articles N`: write a corpus to look at."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    generate(args.folder, args.articles)
    print(args.folder)


if __name__ == "__main__":
    main()
