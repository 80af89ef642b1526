"""Replies as e-mail: messages, SMTP, mailto links, .eml files, and the keyring-held password."""

from kbassist.mail.credentials import SecretError, delete_password, get_password, set_password
from kbassist.mail.delivery import MailError, MailProblem, SmtpSettings, build_message, send_smtp

__all__ = [
    "MailError",
    "MailProblem",
    "SecretError",
    "SmtpSettings",
    "build_message",
    "delete_password",
    "get_password",
    "send_smtp",
    "set_password",
]
