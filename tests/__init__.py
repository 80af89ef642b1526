"""Tests for KB Assist."""
