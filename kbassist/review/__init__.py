"""Content review: which articles need an editor and why: dates, drafts, gaps, old translations."""
