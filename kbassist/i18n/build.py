"""Compiles every catalogue in this folder: each .ts to .qm with pyside6-lrelease and each .po
to .mo, beside its source (`python -m kbassist.i18n.build`; the set-up and the wheel run it)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from kbassist.i18n import CATALOGUE_DIR, compile_po


def lrelease() -> Path:
    """The pyside6-lrelease beside this Python (the one PySide6 installs in the venv), else
    the first on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return beside
    return Path(shutil.which("pyside6-lrelease") or shutil.which("lrelease") or beside)


def build_qt(source: Path) -> Path:
    """source (.ts) compiled to the .qm beside it, unfinished messages left out."""
    target = source.with_suffix(".qm")
    subprocess.run(
        [str(lrelease()), "-silent", "-nounfinished", str(source), "-qm", str(target)],
        check=True,
    )
    return target


def build_core(source: Path) -> Path:
    """source (.po, named core_<language>.po) compiled to the .mo beside it."""
    target = source.with_suffix(".mo")
    language = source.stem.split("_", 1)[1]
    with target.open("wb") as stream:
        compile_po(source, language, stream)
    return target


def main(folder: Path = CATALOGUE_DIR) -> int:
    """Compiles every catalogue in folder; prints each file it wrote."""
    built = [build_qt(source) for source in sorted(folder.glob("*.ts"))]
    if importlib.util.find_spec("babel") is not None:
        built += [build_core(source) for source in sorted(folder.glob("*.po"))]
    else:
        # A build environment without babel: the program reads the .po itself at start.
        print("babel is not installed: the .po catalogues are left to be read at run time")
    for target in built:
        print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
