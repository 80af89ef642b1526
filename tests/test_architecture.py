"""The core stays headless: nothing outside kbassist/ui imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import kbassist

PACKAGE = Path(kbassist.__file__).parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


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


def test_every_module_starts_with_a_docstring() -> None:
    folders = [PACKAGE, *(PACKAGE.parent / name for name in ("tests", "bench", "scripts"))]
    paths = [path for folder in folders for path in folder.rglob("*.py")]
    assert len(paths) > 100
    for path in paths:
        tree = ast.parse(path.read_text("utf-8"))
        assert ast.get_docstring(tree), f"{path} has no module docstring"
