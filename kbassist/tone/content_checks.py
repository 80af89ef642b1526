"""Tone findings in reply templates as content warnings, for `kbassist check`."""

from __future__ import annotations

from kbassist.content.folder import Content
from kbassist.tone.checker import ToneChecker


def check_tone(content: Content, checker: ToneChecker | None = None) -> None:
    """Add a warning per tone finding in each reply template, and any rule-file problem."""
    if checker is None:
        checker = ToneChecker.load(content.root, content.settings, content.problems)
    for reply in sorted(content.replies.values(), key=lambda r: r.id):
        report = checker.check(
            reply.body, language=reply.language, kind=reply.kind, max_words=reply.max_words
        )
        for finding in report.findings:
            suggestion = f" (suggest: {finding.replacement})" if finding.replacement else ""
            content.problems.warning(
                reply.path,
                reply.body_line + finding.line - 1,
                f"tone-{finding.rule}",
                f"{finding.message}{suggestion}",
            )
