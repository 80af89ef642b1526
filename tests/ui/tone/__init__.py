"""Tests of kbassist.ui.tone."""
