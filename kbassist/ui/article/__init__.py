"""The answer pane: the answer card, the article's facts, translations and text."""
