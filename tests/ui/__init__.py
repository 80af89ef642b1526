"""Qt tests driving real widgets with pytest-qt."""
