"""Benchmarks that print figures as JSON lines; they never pass or fail on time."""
