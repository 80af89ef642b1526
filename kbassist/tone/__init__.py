"""The tone checker: rule packs per language, findings with spans, checks of reply templates."""

from kbassist.tone.checker import Finding, ToneChecker, ToneReport
from kbassist.tone.content_checks import check_tone

__all__ = ["Finding", "ToneChecker", "ToneReport", "check_tone"]
