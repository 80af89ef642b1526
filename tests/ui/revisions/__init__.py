"""Tests of the history and commit dialogs."""
