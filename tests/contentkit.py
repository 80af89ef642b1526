"""Helpers that write small content folders for tests."""

from __future__ import annotations

import textwrap
from pathlib import Path


def write(root: Path, relative: str, text: str | bytes) -> Path:
    """Write a file under root (creating folders); str is dedented and UTF-8 encoded."""
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(textwrap.dedent(text).lstrip("\n"), "utf-8")
    return path


def article(root: Path, ident: str, title: str, body: str = "Body text.", **meta: str) -> Path:
    """Write a simple article with front matter."""
    lines = [f"title: {title}", *(f"{k}: {v}" for k, v in meta.items())]
    front = "\n".join(lines)
    return write(root, f"articles/{ident}.md", f"---\n{front}\n---\n# {title}\n\n{body}\n")
