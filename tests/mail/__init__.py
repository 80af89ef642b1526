"""Tests of kbassist.mail."""
