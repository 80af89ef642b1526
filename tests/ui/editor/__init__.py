"""The content editor driven through real widgets over real files."""
