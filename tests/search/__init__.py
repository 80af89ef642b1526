"""Tests of kbassist.search."""
