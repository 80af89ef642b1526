"""The content folder's git history: who changed an article and how, and committing edits."""
