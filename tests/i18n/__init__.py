"""Tests of the translations: every string translatable, every catalogue complete."""
