"""Reading content files as UTF-8 text, reporting bad bytes and empty files as problems."""

from __future__ import annotations

from pathlib import Path

from kbassist.problems import ProblemList


def read_text(path: Path, problems: ProblemList, allow_empty: bool = False) -> str | None:
    """The file's text, or None (with a problem recorded) when it cannot be used."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.error(path, None, "unreadable", f"Cannot read the file: {exc.strerror}.")
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.error(
            path,
            line,
            "not-utf8",
            f"The file is not UTF-8 text (byte 0x{data[exc.start]:02x} at line {line}). "
            "Open it in your editor and save it with UTF-8 encoding.",
        )
        return None
    if not text.strip() and not allow_empty:
        problems.error(path, None, "empty-file", "The file is empty. Add content or delete it.")
        return None
    return text.replace("\r\n", "\n")
