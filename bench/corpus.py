"""A generated content folder for benchmarks: starter sentences, new products, five languages,
long documents with many sections, near-duplicates, and the questions callers ask of it."""

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
# A realistic mix (generate(..., realistic=True)): this share of articles are long policy
# documents of many sections, and this share are near-copies of an earlier article (a
# product's variant, a region's version) with a few sentences changed.
LONG_SHARE = 0.05
LONG_SECTIONS = (25, 45)
DUPLICATE_SHARE = 0.08
# What callers say, typed as the agent hears it: whole sentences in the five languages, not
# only title words. Keystroke benchmarks type these besides words taken from the corpus.
CALLER_QUERIES = (
    "my parcel never arrived and the tracking has not changed for a week",
    "I want my money back for the sofa that came damaged",
    "the kettle stopped working after two months is it under warranty",
    "how do I return a mattress I already opened",
    "I was charged twice for the same order",
    "can I change the delivery address after I placed the order",
    "my refund has not reached my card yet",
    "what are your opening hours on a bank holiday",
    "I forgot my password and my account is locked",
    "the courier left my parcel with a neighbour and now it is missing",
    "can I cancel my subscription without paying a fee",
    "I would like to make a complaint about the driver",
    "do you collect the old fridge when you deliver the new one",
    "the item I received is not what I ordered",
    "please delete all the data you hold about me",
    "is there a safety recall on the bunk bed I bought",
    "kako lahko vrnem izdelek in dobim vračilo kupnine",
    "paket ni prispel že dva tedna",
    "želim se pritožiti zaradi poškodovanega kavča",
    "kako mogu vratiti proizvod i dobiti povrat novca",
    "pošiljka nije stigla a prošlo je deset dana",
    "jamstvo za perilicu koja se pokvarila",
    "πώς μπορώ να επιστρέψω ένα προϊόν και να πάρω τα χρήματά μου",
    "το δέμα μου δεν έφτασε ακόμα",
    "θέλω να κάνω παράπονο για την παράδοση",
    "我的包裹一直没有送到怎么办",
    "我想退款，商品已经拆了包装",
    "保修期内的电器坏了可以免费维修吗",
    "请删除你们保存的我的个人数据",
    "门店周末几点开门",
)
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
    rng: random.Random,
    pools: Pools,
    names: list[str],
    lang: str,
    category: str,
    sections: tuple[int, int] = (3, 6),
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
    for _ in range(rng.randint(*sections)):
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


def near_duplicate(rng: random.Random, pools: Pools, text: str, lang: str) -> str:
    """A near-copy of an article: the same front matter and sections, a few sentences
    replaced, as a product variant's or a region's version of a policy reads."""
    lines = text.splitlines()
    bullets = [n for n, line in enumerate(lines) if line.startswith("- ")]
    for n in rng.sample(bullets, max(1, len(bullets) // 6)) if bullets else ():
        lines[n] = f"- {rng.choice(pools.sentences[lang])}"
    return "\n".join(lines)


def generate(root: Path, articles: int, seed: int = 7, *, realistic: bool = False) -> Path:
    """Write a content folder with this many articles (plus the starter replies and facilities).

    realistic adds long documents (LONG_SHARE) and near-duplicates (DUPLICATE_SHARE)."""
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
    written: list[tuple[str, str, str]] = []
    for n in range(articles):
        category = pools.categories[n % len(pools.categories)]
        lang = _language(rng, pools)
        roll = rng.random() if realistic else 1.0
        if roll < DUPLICATE_SHARE and written:
            original, lang, category = rng.choice(written)
            text = near_duplicate(rng, pools, original, lang)
        else:
            long = roll < DUPLICATE_SHARE + LONG_SHARE
            sections = LONG_SECTIONS if long else (3, 6)
            text = article_text(rng, pools, names, lang, category, sections)
            if realistic and len(written) < 2000:
                written.append((text, lang, category))
        suffix = "" if lang == "en" else f".{lang}"
        path = root / "articles" / category / f"article-{n:05d}{suffix}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return root


def main() -> None:
    """`python -m bench.corpus DIR --articles N`: write a corpus to look at."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--realistic", action="store_true", help="long documents, near-copies")
    args = parser.parse_args()
    generate(args.folder, args.articles, realistic=args.realistic)
    print(args.folder)


if __name__ == "__main__":
    main()
