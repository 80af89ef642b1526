"""Back and forward through opened items, like a browser's history."""

from __future__ import annotations


class History:
    """A cursor over a list of opened keys; opening something new drops the forward part."""

    def __init__(self, limit: int = 100) -> None:
        self._items: list[str] = []
        self._position = -1
        self._limit = limit

    def visit(self, key: str) -> None:
        """Record that key was opened (re-opening the current item changes nothing)."""
        if self.current == key:
            return
        del self._items[self._position + 1 :]
        self._items.append(key)
        if len(self._items) > self._limit:
            del self._items[0]
        self._position = len(self._items) - 1

    @property
    def current(self) -> str | None:
        """The item shown now."""
        return self._items[self._position] if self._position >= 0 else None

    def can_go_back(self) -> bool:
        """True when there is an earlier item."""
        return self._position > 0

    def can_go_forward(self) -> bool:
        """True when back was used and there is a later item."""
        return self._position < len(self._items) - 1

    def back(self) -> str | None:
        """Move to the previous item and return it."""
        if not self.can_go_back():
            return None
        self._position -= 1
        return self.current

    def forward(self) -> str | None:
        """Move to the next item and return it."""
        if not self.can_go_forward():
            return None
        self._position += 1
        return self.current
