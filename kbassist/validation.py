"""A content folder loaded with every check that needs more than the loaders: its templates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kbassist.content import Content, load_content
from kbassist.replies.checks import check_template


def load_checked(root: Path, today: dt.date | None = None) -> Content:
    """The content of ``root`` with template problems (syntax, names, fields) added."""
    content = load_content(root, today)
    for reply in content.replies.values():
        check_template(reply, content.articles, content.problems)
    return content
