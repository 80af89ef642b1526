"""The Review view: grouped report, filters, and opening an article from it."""
