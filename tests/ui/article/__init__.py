"""Tests of kbassist.ui.article."""
