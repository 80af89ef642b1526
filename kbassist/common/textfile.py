"""Reading content files as UTF-8 text, reporting bad bytes and empty files as problems."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from kbassist.common.i18n import _
from kbassist.problems import ProblemList

# Open without blocking, so a FIFO that slipped in is refused instead of waiting for a writer.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def read_text(path: Path, problems: ProblemList, allow_empty: bool = False) -> str | None:
    """The file's text, or None (with a problem recorded) when it cannot be used."""
    data = _read_regular(path, problems)
    if data is None:
        return None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _utf16(data, path, problems, allow_empty)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1
        problems.error(
            path,
            line,
            "not-utf8",
            _(
                "The file is not UTF-8 text (byte 0x{data:02x} at line {line}). Open it in your "
                "editor and save it with UTF-8 encoding."
            ).format(data=data[exc.start], line=line),
        )
        return None
    if not text.strip() and not allow_empty:
        problems.error(path, None, "empty-file", _("The file is empty. Add content or delete it."))
        return None
    # Old Mac editors end lines with a lone CR; every reader expects "\n".
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_text(data: bytes) -> str:
    """Bytes read from a content file as text, whatever they hold: a UTF-8 or UTF-16 byte
    order mark honoured, undecodable bytes shown as U+FFFD, line ends made "\n" (for showing a
    file's other version, where a problem report would have nowhere to go)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        text = data.decode("utf-8-sig", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _utf16(data: bytes, path: Path, problems: ProblemList, allow_empty: bool) -> str | None:
    # Excel's "Unicode text" export is UTF-16 with a byte order mark: read it, and say so.
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        problems.error(
            path,
            None,
            "not-utf8",
            _(
                "The file starts like UTF-16 text but is damaged. Save it again with UTF-8 "
                "encoding."
            ),
        )
        return None
    problems.warning(
        path,
        None,
        "utf16-file",
        _(
            "The file is UTF-16 text; it was read, but save it as UTF-8 so that every tool "
            "(and git) reads it as text."
        ),
    )
    if not text.strip() and not allow_empty:
        problems.error(path, None, "empty-file", _("The file is empty. Add content or delete it."))
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_regular(path: Path, problems: ProblemList) -> bytes | None:
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        problems.error(
            path,
            None,
            "unreadable",
            _(
                "Cannot read the file: {value}. Check that it exists and that you may read it."
            ).format(value=exc.strerror or exc),
        )
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            problems.error(
                path,
                None,
                "not-a-file",
                _(
                    "This is not an ordinary file (a pipe, device or socket), so it is not read. "
                    "Remove it from the content folder."
                ),
            )
            return None
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    except OSError as exc:
        problems.error(
            path,
            None,
            "unreadable",
            _("Cannot read the file: {value}.").format(value=exc.strerror or exc),
        )
        return None
    finally:
        os.close(fd)
