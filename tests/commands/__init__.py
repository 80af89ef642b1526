"""Tests of the command line: CI report formats, --changed, pre-commit hooks, help pages."""
