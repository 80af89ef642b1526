"""The search column: the search box, its filters and the results list."""
