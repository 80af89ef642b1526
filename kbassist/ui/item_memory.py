"""Pinned and recently opened items, kept in the settings so they survive restarts."""

from __future__ import annotations

from kbassist.ui.settings import PINNED_KEY, RECENT_KEY, AppSettings

RECENT_LIMIT = 15


class ItemMemory:
    """The agent's pins (in the order pinned) and recent items (newest first)."""

    def __init__(self, settings: AppSettings) -> None:
        self._settings = settings

    @property
    def pinned(self) -> list[str]:
        """Pinned item keys."""
        return self._settings.get_list(PINNED_KEY)

    @property
    def recent(self) -> list[str]:
        """Recently opened item keys, newest first."""
        return self._settings.get_list(RECENT_KEY)

    def is_pinned(self, key: str) -> bool:
        """True when key is pinned."""
        return key in self.pinned

    def toggle_pin(self, key: str) -> bool:
        """Pin key, or unpin it when pinned; returns whether it is pinned now."""
        pins = self.pinned
        if key in pins:
            pins.remove(key)
        else:
            pins.append(key)
        self._settings.set_list(PINNED_KEY, pins)
        self._settings.sync()
        return key in pins

    def opened(self, key: str) -> None:
        """Remember that key was opened."""
        recent = [k for k in self.recent if k != key]
        recent.insert(0, key)
        self._settings.set_list(RECENT_KEY, recent[:RECENT_LIMIT])
        self._settings.sync()
