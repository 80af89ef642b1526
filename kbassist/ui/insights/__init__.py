"""The Insights view, the answer rating, and the usage recorder as the app builds it."""
