"""Filling in reply templates: the sandbox, rendering, dates, edit merging and quoting."""

from kbassist.replies.merge import Conflict, merge_edits
from kbassist.replies.quoting import quotable_parts
from kbassist.replies.render import FieldIssue, Rendered, render

__all__ = ["Conflict", "FieldIssue", "Rendered", "merge_edits", "quotable_parts", "render"]
