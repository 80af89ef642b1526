"""Tests of kbassist.content."""
