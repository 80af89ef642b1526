"""Packaging: the kbassist packages, with the starter content, the user docs and translations."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

HERE = Path(__file__).resolve().parent

# content/ and docs/ live at the top of the repository and are copied into the built package
# as kbassist/starter and kbassist/docs, so an installed kbassist starts (and shows its Help)
# without a checkout; in a checkout (an editable install) kbassist reads them where they are.
# They are copied as folders of data, not declared as packages: they hold no Python code.
DATA_TREES = {"content": "starter", "docs": "docs"}


def compile_translations() -> None:
    """Run kbassist.i18n.build (.ts to .qm needs Qt's lrelease, .po to .mo babel), when the
    checkout has translations."""
    folder = HERE / "kbassist" / "i18n"
    sources = sorted([*folder.glob("*.ts"), *folder.glob("*.po")])
    if not sources or not (HERE / "kbassist" / "i18n" / "build.py").is_file():
        return
    done = subprocess.run(
        [sys.executable, "-m", "kbassist.i18n.build"],
        cwd=HERE,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode == 0:
        return
    # Built from an sdist, the .qm files come compiled already; only a missing one is an error
    # (the core reads a .po itself when its .mo is missing).
    missing = [s.name for s in sources if s.suffix == ".ts" and not s.with_suffix(".qm").is_file()]
    if missing:
        reason = done.stderr.strip() or done.stdout.strip()
        sys.exit(
            f"Cannot compile the translations {', '.join(missing)}: {reason}\n"
            "Build with PySide6-Essentials installed: pip wheel --no-build-isolation ."
        )


class BuildWithData(build_py):
    """build_py that compiles the translations first and copies the data folders in."""

    def run(self) -> None:
        # An editable install reads the checkout, where the set-up compiles the translations.
        if self.editable_mode:
            super().run()
            return
        compile_translations()
        super().run()
        for source, target in DATA_TREES.items():
            destination = Path(self.build_lib, "kbassist", target)
            shutil.rmtree(destination, ignore_errors=True)
            shutil.copytree(HERE / source, destination)


class SdistWithTranslations(sdist):
    """sdist that carries the compiled translations, so a wheel built from it needs no Qt."""

    def run(self) -> None:
        compile_translations()
        super().run()


setup(
    # A plain flat layout: an editable install then simply puts the checkout on sys.path.
    package_dir={"": "."},
    packages=find_packages(include=["kbassist", "kbassist.*"]),
    cmdclass={"build_py": BuildWithData, "sdist": SdistWithTranslations},
)
