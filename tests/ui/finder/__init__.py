"""Tests of kbassist.ui.finder."""
