"""Tests of the Insights view."""
