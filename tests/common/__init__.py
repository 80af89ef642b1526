"""Tests of kbassist.common."""
