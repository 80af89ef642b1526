"""Tests of kbassist.ui.composer."""
