"""Collects the translatable strings from the code into the catalogues, keeping what is
translated: `python -m kbassist.i18n.update [LANGUAGE ...]` (run after changing the words of the
interface; with languages named, only their catalogues are touched)."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from kbassist.i18n import CATALOGUE_DIR, LANGUAGES, core_source, qt_source

PACKAGE = CATALOGUE_DIR.parent
UI = PACKAGE / "ui"

# The calls whose literal arguments are core messages: name -> (singular, plural) positions.
# count() and noun() are the plural helper's (kbassist.common.plural), whose nouns are
# translated through the same catalogue wherever they are called from, the interface too;
# their plural defaults to the singular + "s", as the helper's does.
MESSAGE_CALLS: dict[str, tuple[int, int | None]] = {
    "_": (0, None),
    "ngettext": (0, 1),
    "count": (1, 2),
    "noun": (1, 2),
}


@dataclass(frozen=True)
class Message:
    """A message found in the code: its text, its plural when counted, and where it is."""

    text: str
    plural: str | None
    path: Path
    line: int


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _called(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and func.attr in ("_", "count", "noun", "ngettext"):
        # i18n._(...) and plural.count(...) as well as _(...) and count(...); str.count and
        # list.count take no strings in second place, so they never match below.
        return func.attr
    return ""


def messages_in(path: Path) -> Iterator[Message]:
    """The core messages and counted nouns written as literals in path."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or _called(call) not in MESSAGE_CALLS:
            continue
        first, second = MESSAGE_CALLS[_called(call)]
        args = call.args
        text = _literal(args[first]) if len(args) > first else None
        if text is None:
            continue
        if second is None:
            yield Message(text, None, path, call.lineno)
            continue
        plural = _literal(args[second]) if len(args) > second else None
        if _called(call) in ("count", "noun"):
            plural = plural or text + "s"
        if plural is not None:
            yield Message(text, plural, path, call.lineno)


def core_template() -> Catalog:
    """Every core message and counted noun of the package, with where each is used."""
    template = Catalog(project="KB Assist", fuzzy=False)
    for path in sorted(PACKAGE.rglob("*.py")):
        if CATALOGUE_DIR in path.parents:
            continue
        for message in messages_in(path):
            key: str | tuple[str, str] = (
                message.text if message.plural is None else (message.text, message.plural)
            )
            where = (path.relative_to(PACKAGE.parent).as_posix(), message.line)
            existing = template.get(message.text)
            if existing is not None:
                existing.locations.append(where)
            else:
                template.add(key, locations=[where])
    return template


def update_core(language: str, template: Catalog) -> Path:
    """Brings language's .po up to date with template, keeping every translation it has."""
    target = core_source(language)
    if target.exists():
        with target.open("rb") as stream:
            catalogue = read_po(stream, locale=language)
    else:
        catalogue = Catalog(locale=language, project="KB Assist", fuzzy=False)
    # No fuzzy guesses: a message that changed its words waits for a translator.
    catalogue.update(template, no_fuzzy_matching=True)
    with target.open("wb") as stream:
        write_po(stream, catalogue, width=100, omit_header=False, ignore_obsolete=True)
    return target


def lupdate() -> Path:
    """The pyside6-lupdate beside this Python (the one PySide6 installs in the venv)."""
    return Path(sys.executable).with_name("pyside6-lupdate")


def update_qt(language: str) -> Path:
    """Brings language's .ts up to date with the interface's tr() and translate() strings."""
    target = qt_source(language)
    sources = sorted(str(path) for path in UI.rglob("*.py"))
    subprocess.run(
        [
            str(lupdate()),
            *sources,
            "-no-obsolete",
            "-locations",
            "relative",
            "-target-language",
            language,
            "-ts",
            str(target),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


def main(argv: list[str] | None = None) -> int:
    """Updates the catalogues of the languages named (every language when none is); prints
    each file it wrote."""
    named = argv if argv is not None else sys.argv[1:]
    unknown = [language for language in named if language not in LANGUAGES]
    if unknown:
        print(f"no catalogue for {', '.join(unknown)}; the languages are {', '.join(LANGUAGES)}")
        return 2
    template = core_template()
    for language in named or LANGUAGES:
        print(update_qt(language))
        print(update_core(language, template))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
