"""Tests of the content folder's git history."""
