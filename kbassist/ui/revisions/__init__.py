"""History and commit dialogs over the content folder's git repository."""
