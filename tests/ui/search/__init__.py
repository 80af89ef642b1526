"""Tests of the search column."""
