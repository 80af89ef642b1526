"""Tests of kbassist.tone."""
