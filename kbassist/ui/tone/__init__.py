"""The tone panel and the underlines in the reply editor."""
