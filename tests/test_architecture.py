"""The tree is the architecture: package boundaries are enforced here, not just described."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import kbassist

PACKAGE = Path(kbassist.__file__).parent
ROOT = PACKAGE.parent
FEATURES = ("content", "search", "replies", "tone", "facilities", "mail")
SHARED = ("common", "problems", "paths")

# Which parts of kbassist each part may import. A part is a package (kbassist/search) or
# a top-level module (kbassist/paths.py). Imports inside a part are always allowed.
ALLOWED: dict[str, frozenset[str]] = {
    # Shared building blocks know no feature.
    "problems": frozenset(),
    "paths": frozenset(),
    "common": frozenset({"problems", "i18n"}),
    # The translation catalogues and the tools that update and compile them.
    "i18n": frozenset(),
    "history": frozenset(),
    "logs": frozenset({"paths"}),
    "shared_settings": frozenset({"common", "paths"}),
    "drafts": frozenset({"common", "paths"}),
    # Features, from the bottom up: each may use the ones below it, never the reverse.
    "facilities": frozenset(SHARED),
    "content": frozenset({*SHARED, "facilities"}),
    "tone": frozenset({*SHARED, "content"}),
    "replies": frozenset({*SHARED, "content", "facilities"}),
    "mail": frozenset(SHARED),
    "search": frozenset({*SHARED, "content", "facilities"}),
    # Compositions of features.
    "validation": frozenset({"content", "replies", "facilities", "problems"}),
    # The content folder's git history, and the review of what is stale built on it.
    "revisions": frozenset({*SHARED, "content"}),
    "review": frozenset({*SHARED, "content", "revisions"}),
    # The usage log: the team database password in the keyring,
    # suggested questions written into an article's front matter.
    "analytics": frozenset({*SHARED, "content", "mail"}),
    "commands": frozenset(
        {
            *SHARED,
            *FEATURES,
            *("validation", "shared_settings", "logs", "drafts", "history"),
            *("revisions", "review", "analytics", "desktop"),
        }
    ),
    # kbassist:// links, the running instance and the desktop entry.
    "desktop": frozenset({"common", "paths"}),
    "cli": frozenset({"commands", "logs", "ui"}),
    "__main__": frozenset({"cli"}),
    "__init__": frozenset(),
    "ui": frozenset(
        {
            *SHARED,
            *FEATURES,
            *("validation", "shared_settings", "logs", "drafts", "history"),
            *("revisions", "review", "analytics", "desktop", "i18n"),
        }
    ),
}


def _imports(path: Path, package: str | None = None) -> set[str]:
    """Every module path imports, at the top or inside functions, relative imports and
    `from kbassist import x` included. package: the dotted package path is in."""
    tree = ast.parse(path.read_text("utf-8"))
    if package is None:
        package = ".".join(("kbassist", *path.relative_to(PACKAGE).parent.parts))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, module] if module else base)
            names.add(module)
            if module == "kbassist":
                names.update(f"kbassist.{alias.name}" for alias in node.names)
    return names


def _part(path: Path) -> str:
    relative = path.relative_to(PACKAGE).parts
    return relative[0] if len(relative) > 1 else relative[0].removesuffix(".py")


def _edges() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        source = _part(path)
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "kbassist" and len(parts) > 1 and parts[1] != source:
                edges.setdefault(source, set()).add(parts[1])
    return edges


def test_every_part_of_the_package_is_in_the_table() -> None:
    parts = {_part(p) for p in PACKAGE.rglob("*.py")} - {"starter"}
    assert parts - ALLOWED.keys() == set(), "add the new part to ALLOWED"


def test_imports_follow_the_allowed_edges() -> None:
    edges = _edges()
    assert len(edges) > 8
    unexpected = {
        source: sorted(targets - ALLOWED[source])
        for source, targets in edges.items()
        if targets - ALLOWED[source]
    }
    assert unexpected == {}


def test_the_rules_the_table_encodes() -> None:
    core = [name for name in ALLOWED if name not in ("ui", "cli", "__main__")]
    for name in core:
        assert not ALLOWED[name] & {"ui", "commands"}, name
    assert not ALLOWED["common"] & set(FEATURES)
    assert not ALLOWED["search"] & {"replies", "tone", "mail"}


def test_relative_and_package_imports_are_seen(tmp_path: Path) -> None:
    module = tmp_path / "probe.py"
    module.write_text("from . import ranking\nfrom ..ui import app\nfrom kbassist import ui\n")
    found = _imports(module, package="kbassist.search")
    assert {"kbassist.search", "kbassist.ui"} <= found


def test_core_never_imports_qt() -> None:
    core = [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts]
    assert len(core) > 10
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(
            n for n in _imports(p) if n.split(".")[0] in ("PySide6", "shiboken6")
        )
        for p in core
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_tests_mirror_the_packages() -> None:
    for name in (*FEATURES, "common"):
        assert (ROOT / "tests" / name / "__init__.py").is_file(), name
    for panel in ("search", "article", "composer", "tone", "finder"):
        assert (PACKAGE / "ui" / panel / "__init__.py").is_file(), panel


def test_the_architecture_document_names_only_what_exists() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text("utf-8")
    named = set(re.findall(r"`(kbassist(?:/[\w.]+)+/?)`", text))
    assert len(named) > 10
    missing = sorted(name for name in named if not (ROOT / name.rstrip("/")).exists())
    assert missing == []
    for name in (*FEATURES, "common", "commands", "ui"):
        assert f"`kbassist/{name}/`" in text, name


def test_every_module_starts_with_a_docstring() -> None:
    folders = [PACKAGE, *(ROOT / name for name in ("tests", "bench", "scripts"))]
    paths = [path for folder in folders for path in folder.rglob("*.py")]
    assert len(paths) > 100
    for path in paths:
        tree = ast.parse(path.read_text("utf-8"))
        assert ast.get_docstring(tree), f"{path} has no module docstring"
