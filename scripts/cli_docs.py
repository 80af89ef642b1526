"""Writes docs/cli/, one man-page style Markdown page per command, from the argument parser.

Usage: .venv/bin/python scripts/cli_docs.py [--check] [--output DIR]
Run it after changing a command or its options; with --check it only says which pages are
out of date (exit 1), as the tests do.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kbassist.cli import build_parser
from kbassist.commands import manual
from kbassist.common.i18n import SOURCE_LANGUAGE, set_language

DOCS = Path(__file__).resolve().parents[1] / "docs" / "cli"

if __name__ == "__main__":
    # The pages are the reference, in the language the messages are written in, whatever the
    # locale of the machine that makes them.
    set_language(SOURCE_LANGUAGE)
    sys.exit(manual.main(build_parser(), DOCS))
