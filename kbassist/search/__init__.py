"""Full-text search over a content folder: the Whoosh index on disk, queries and ranked hits."""

from kbassist.search.engine import Hit, SearchIndex, SearchResult, UpdateReport
from kbassist.search.store import IndexBusyError, IndexDamagedError

__all__ = [
    "Hit",
    "IndexBusyError",
    "IndexDamagedError",
    "SearchIndex",
    "SearchResult",
    "UpdateReport",
]
