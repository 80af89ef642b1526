"""Tests of kbassist.replies."""
