"""Subcommands of the `kbassist` command line, one module each."""

from __future__ import annotations

import argparse

# argparse exposes no public name for the object add_subparsers() returns.
Subparsers = argparse._SubParsersAction
