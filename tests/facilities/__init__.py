"""Tests of kbassist.facilities."""
