"""How complete each catalogue is: `python -m kbassist.i18n.status [--list]` counts, per
language, the messages not yet translated, the translations whose {placeholders} differ from
the source, and the strings of the code the catalogue does not hold yet."""

from __future__ import annotations

import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.pofile import read_po

from kbassist.i18n import LANGUAGES, core_source, qt_source


@dataclass
class CatalogueStatus:
    """What one catalogue still lacks."""

    path: Path
    total: int = 0
    unfinished: list[str] = field(default_factory=list)
    mismatched: list[str] = field(default_factory=list)
    # Strings of the code the catalogue does not hold yet (python -m kbassist.i18n.update).
    absent: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """True when every message is there, translated with the placeholders of its source."""
        return not self.unfinished and not self.mismatched and not self.absent


def placeholders(text: str) -> set[str]:
    """The str.format fields of text ({name}, {count:,}), by name and spec; a text that is not
    a valid format string yields its raw braces, so a broken translation never matches."""
    try:
        return {
            f"{name}:{spec}" if spec else name
            for _literal, name, spec, _conversion in string.Formatter().parse(text)
            if name is not None
        }
    except ValueError:
        return {"<invalid braces>"}


def _check(status: CatalogueStatus, source: str, translations: list[str]) -> None:
    status.total += 1
    if not translations or not all(t.strip() for t in translations):
        status.unfinished.append(source)
        return
    wanted = placeholders(source)
    if any(placeholders(t) != wanted for t in translations):
        status.mismatched.append(source)


def qt_status(path: Path) -> CatalogueStatus:
    """The state of a Qt Linguist .ts file."""
    status = CatalogueStatus(path)
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            continue
        if translation is None or kind == "unfinished":
            status.total += 1
            status.unfinished.append(source)
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")]
        _check(status, source, forms or [translation.text or ""])
    return status


def core_status(path: Path, language: str) -> CatalogueStatus:
    """The state of a gettext .po file."""
    status = CatalogueStatus(path)
    with path.open("rb") as stream:
        catalogue = read_po(stream, locale=language)
    for message in catalogue:
        if not message.id:
            continue
        source = message.id if isinstance(message.id, str) else message.id[0]
        if message.fuzzy:
            status.total += 1
            status.unfinished.append(source)
            continue
        forms = list(message.string) if isinstance(message.string, tuple) else [message.string]
        _check(status, source, [str(form or "") for form in forms])
    return status


def _qt_sources(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every live message of a .ts file."""
    found: set[tuple[str, str]] = set()
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else ""
            if kind not in ("vanished", "obsolete"):
                found.add((context.findtext("name") or "", message.findtext("source") or ""))
    return found


def code_strings() -> tuple[set[tuple[str, str]], set[str]]:
    """The interface's (context, source) pairs and the core's message ids, as the code has
    them now (lupdate into a scratch file; the core's literals by their calls)."""
    from kbassist.i18n import update

    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "fresh.ts"
        sources = sorted(str(path) for path in update.UI.rglob("*.py"))
        subprocess.run(
            [str(update.lupdate()), *sources, "-no-obsolete", "-ts", str(fresh)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        interface = _qt_sources(fresh)
    core = {
        message.id if isinstance(message.id, str) else message.id[0]
        for message in update.core_template()
        if message.id
    }
    return interface, core


def all_status(against_code: bool = True) -> list[CatalogueStatus]:
    """The state of every catalogue of every language, and, against_code, which strings of
    the code each lacks."""
    interface, core = code_strings() if against_code else (set(), set())
    found: list[CatalogueStatus] = []
    for language in LANGUAGES:
        qt = qt_status(qt_source(language))
        qt.absent = sorted(f"{c}: {s}" for c, s in interface - _qt_sources(qt.path))
        found.append(qt)
        po = core_status(core_source(language), language)
        with po.path.open("rb") as stream:
            have = {
                m.id if isinstance(m.id, str) else m.id[0]
                for m in read_po(stream, locale=language)
                if m.id
            }
        po.absent = sorted(core - have)
        found.append(po)
    return found


def main(argv: list[str] | None = None) -> int:
    """Prints each catalogue's state; exit status 1 when any is incomplete."""
    verbose = "--list" in (argv if argv is not None else sys.argv[1:])
    incomplete = False
    for status in all_status():
        done = status.total - len(status.unfinished) - len(status.mismatched)
        print(
            f"{status.path.name}: {done}/{status.total} translated, "
            f"{len(status.unfinished)} unfinished, {len(status.mismatched)} with wrong "
            f"placeholders, {len(status.absent)} in the code but not in the file"
        )
        if verbose:
            for source in status.absent:
                print(f"  not in the file (run update): {source!r}")
            for source in status.unfinished:
                print(f"  unfinished: {source!r}")
            for source in status.mismatched:
                print(f"  placeholders differ: {source!r}")
        incomplete = incomplete or not status.complete
    return 1 if incomplete else 0


if __name__ == "__main__":
    raise SystemExit(main())
