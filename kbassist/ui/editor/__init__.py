"""The content editor: articles and reply templates edited with a live preview and checks."""
