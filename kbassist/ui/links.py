"""The one way the app opens a link outside itself: vetted first, then handed to the desktop."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from kbassist.common.links import vet_link

log = logging.getLogger(__name__)


def open_link(url: QUrl | str, opener: Callable[[QUrl], object] = QDesktopServices.openUrl) -> bool:
    """Open url with the desktop (browser, mail client, dialer) when it is safe; True if opened.

    Only http, https, a plain mailto and tel digits pass (see kbassist.common.links.vet_link);
    anything else, file: or a mailto with attach=, is refused and logged, never opened.
    """
    text = (
        url.toString(QUrl.ComponentFormattingOption.FullyEncoded) if isinstance(url, QUrl) else url
    )
    vetted = vet_link(text)
    if vetted is None:
        log.warning("Refused to open the link %r: not http(s), mailto or tel", text[:200])
        return False
    return bool(opener(QUrl(vetted, QUrl.ParsingMode.StrictMode)))
