"""What the reply composer reads from the user's settings, read afresh each time it is needed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kbassist.mail.delivery import SmtpSettings
from kbassist.ui.settings import (
    AGENT_NAME,
    SMTP_FROM,
    SMTP_HOST,
    SMTP_PORT,
    SMTP_SECURITY,
    SMTP_USER,
    AppSettings,
)


@dataclass(frozen=True)
class ComposerSettings:
    """The writer's name and how replies are sent."""

    agent_name: str = ""
    sender: str = ""
    smtp: SmtpSettings = field(default_factory=lambda: SmtpSettings(host=""))

    @property
    def can_send(self) -> bool:
        """True when a mail server and a sender address are set."""
        return bool(self.smtp.host.strip() and self.sender.strip())


SettingsProvider = Callable[[], ComposerSettings]


def app_settings_provider(settings: AppSettings) -> SettingsProvider:
    """Composer settings from the app's settings file, so changes apply without a restart."""

    def read() -> ComposerSettings:
        return ComposerSettings(
            agent_name=settings.get(AGENT_NAME),
            sender=settings.get(SMTP_FROM),
            smtp=SmtpSettings(
                host=settings.get(SMTP_HOST),
                port=settings.get(SMTP_PORT),
                security=settings.get(SMTP_SECURITY),
                user=settings.get(SMTP_USER),
            ),
        )

    return read
