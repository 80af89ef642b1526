"""The Review view: the articles that need their owner, grouped, for content editors."""
