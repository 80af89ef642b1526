"""Tests of the content review: the report, old translations, and `kbassist review`."""
