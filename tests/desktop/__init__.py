"""Tests of kbassist.desktop and the desktop integration built on it."""
