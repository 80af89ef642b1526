"""The translations of KB Assist: Qt catalogues (.ts/.qm) for the interface, gettext (.po/.mo)
for the core and the command line, one pair per language, all kept in this folder."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

CATALOGUE_DIR = Path(__file__).resolve().parent

# The languages KB Assist is translated into, as gettext and Qt name them (English is the
# language of the source text and needs no catalogue).
LANGUAGES: tuple[str, ...] = ("sl", "hr", "el", "zh_CN")

# The Qt catalogues hold the interface's strings; the core ones what the core and the CLI say.
QT_PREFIX = "kbassist"
CORE_PREFIX = "core"


def qt_source(language: str) -> Path:
    """The Qt Linguist source of language's interface strings."""
    return CATALOGUE_DIR / f"{QT_PREFIX}_{language}.ts"


def core_source(language: str) -> Path:
    """The gettext source of language's core and command-line messages."""
    return CATALOGUE_DIR / f"{CORE_PREFIX}_{language}.po"


def compile_po(source: Path, language: str, stream: BinaryIO) -> None:
    """Writes source (.po) to stream as a gettext .mo, leaving out every message that is not
    fully translated, so the program shows it in English rather than as an empty string."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with source.open("rb") as po:
        catalogue = read_po(po, locale=language)
    for message in list(catalogue):
        if not message.id:
            continue
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(forms):
            catalogue.delete(message.id, context=message.context)
    write_mo(stream, catalogue, use_fuzzy=False)
