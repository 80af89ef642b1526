"""Replies as email: building the message, sending it by SMTP, mailto links and .eml files."""

from __future__ import annotations

import base64
import datetime as dt
import enum
import html
import logging
import smtplib
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, make_msgid
from pathlib import Path
from urllib.parse import quote

from kbassist.common.atomicfile import write_atomic, write_failure_reason

SECURITY_MODES = ("starttls", "ssl", "none")
# One deadline for a whole send or connection test, from connecting to the server's last word.
DEFAULT_DEADLINE = 60.0
# RFC 5321 section 4.5.3.1: the longest local part, domain and path a server must accept.
MAX_LOCAL_PART = 64
MAX_DOMAIN = 255
MAX_ADDRESS = 254
MAY_HAVE_ARRIVED = "the server may have received it: check before sending again"

log = logging.getLogger(__name__)


class MailProblem(enum.StrEnum):
    """What kind of failure a MailError is, so the app can point at the right setting."""

    ADDRESS = "address"
    UNREACHABLE = "unreachable"
    AUTH = "auth"
    REFUSED = "refused"
    TLS = "tls"
    SERVER = "server"
    FILE = "file"


class MailError(Exception):
    """A message that cannot be built, sent or saved, with a sentence saying what to do."""

    def __init__(self, kind: MailProblem, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass(frozen=True)
class SmtpSettings:
    """How to reach the mail server; the password is not here, it lives in the keyring."""

    host: str
    port: int = 587
    security: str = "starttls"
    user: str = ""
    # Seconds for the whole send (not for each read): a stalled server is reported by then.
    timeout: float = DEFAULT_DEADLINE
    # Extra certificate authorities (a PEM file) for servers signed by a company's own CA.
    cafile: str = ""


def parse_address(text: str, what: str = "address") -> Address:
    """One email address (optionally 'Name <addr>'); MailError when it is not one."""
    cleaned = text.strip()
    if not cleaned or "\n" in cleaned or "\r" in cleaned:
        raise MailError(MailProblem.ADDRESS, f"The {what} is empty or spans lines. Enter one.")
    try:
        message = EmailMessage()
        message["To"] = cleaned
        addresses = message["To"].addresses
    except (ValueError, TypeError, IndexError) as exc:
        raise MailError(
            MailProblem.ADDRESS, f"'{cleaned}' is not an email address ({exc})."
        ) from None
    if len(addresses) != 1 or "@" not in addresses[0].addr_spec or not addresses[0].domain:
        raise MailError(
            MailProblem.ADDRESS,
            f"'{cleaned}' is not one email address. Write it like name@example.com.",
        )
    found: Address = addresses[0]
    return found


def build_message(
    *,
    sender: str,
    sender_name: str,
    to: str,
    subject: str,
    body: str,
    now: dt.datetime,
    html_body: str | None = None,
    reply_to: str = "",
) -> EmailMessage:
    """A UTF-8 text/plain message (with an HTML alternative when html_body is given)."""
    if "\n" in subject or "\r" in subject:
        raise MailError(MailProblem.ADDRESS, "The subject must be a single line.")
    from_address = parse_address(sender, "sender address")
    message = EmailMessage()
    message["From"] = Address(
        sender_name or from_address.display_name,
        from_address.username,
        from_address.domain,
    )
    if to.strip():  # a message saved as .eml may leave the recipient to the mail client
        message["To"] = parse_address(to, "recipient address")
    if reply_to:
        message["Reply-To"] = parse_address(reply_to, "reply-to address")
    message["Subject"] = subject
    when = now if now.tzinfo is not None else now.astimezone()
    message["Date"] = format_datetime(when)
    message["Message-ID"] = make_msgid(domain=from_address.domain)
    message.set_content(body, charset="utf-8")
    if html_body is not None:
        message.add_alternative(html_body, subtype="html", charset="utf-8")
    return message


def plain_to_html(text: str) -> str:
    """Plain text as simple HTML paragraphs, for the rich-text alternative."""
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    parts = ["<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paragraphs]
    return "<!DOCTYPE html>\n<html><body>\n" + "\n".join(parts) + "\n</body></html>\n"


def send_smtp(message: EmailMessage, settings: SmtpSettings, password: str | None) -> None:
    """Send message; MailError says what went wrong in words a writer can act on."""
    if settings.security not in SECURITY_MODES:
        raise MailError(
            MailProblem.TLS,
            f"Unknown connection security '{settings.security}'. "
            "Choose starttls, ssl or none in Settings.",
        )
    if settings.user and not password:
        raise MailError(
            MailProblem.AUTH,
            f"No password is saved for {settings.user} on {settings.host}. "
            "Enter it in Settings (it is kept in the system keyring).",
        )
    if not message["To"]:
        raise MailError(MailProblem.ADDRESS, "Enter the customer's email address to send to.")
    where = f"{settings.host}:{settings.port}"
    try:
        with _connect(settings) as server:
            if settings.user and password:
                _login(server, settings.user, password)
            server.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(
            MailProblem.AUTH,
            f"Authentication failed on {where}: the server rejected the user name or password "
            f"({exc.smtp_code} {_reply_text(exc.smtp_error)}). Check them in Settings.",
        ) from None
    except smtplib.SMTPRecipientsRefused as exc:
        refused = ", ".join(
            f"{addr} ({code} {_reply_text(text)})" for addr, (code, text) in exc.recipients.items()
        )
        raise MailError(
            MailProblem.REFUSED,
            f"The server refused the recipient: {refused}. Check the address.",
        ) from None
    except smtplib.SMTPSenderRefused as exc:
        raise MailError(
            MailProblem.REFUSED,
            f"The server refused the sender address {exc.sender} ({exc.smtp_code} "
            f"{_reply_text(exc.smtp_error)}). Check the sender address in Settings.",
        ) from None
    except smtplib.SMTPNotSupportedError as exc:
        raise MailError(
            MailProblem.SERVER,
            f"The server at {where} does not support what was asked ({exc}). "
            "Check the connection security and user name in Settings.",
        ) from None
    except smtplib.SMTPResponseException as exc:
        raise MailError(
            MailProblem.SERVER,
            f"The server at {where} refused the message ({exc.smtp_code} "
            f"{_reply_text(exc.smtp_error)}).",
        ) from None
    except smtplib.SMTPServerDisconnected:
        raise MailError(
            MailProblem.UNREACHABLE,
            f"The server at {where} closed the connection. Check the port and the connection "
            "security (465 is usually ssl, 587 starttls).",
        ) from None
    except smtplib.SMTPException as exc:
        raise MailError(MailProblem.SERVER, f"Sending through {where} failed: {exc}.") from None
    except ssl.SSLError as exc:
        raise MailError(
            MailProblem.TLS,
            f"The secure connection to {where} failed ({exc.reason or exc}). Check the "
            "connection security setting; the server's certificate must be valid.",
        ) from None
    except socket.gaierror:
        raise MailError(
            MailProblem.UNREACHABLE,
            f"Cannot reach the mail server: the name '{settings.host}' does not resolve. "
            "Check the server name in Settings and your network.",
        ) from None
    except TimeoutError:
        raise MailError(
            MailProblem.UNREACHABLE,
            f"Cannot reach the mail server {where}: no answer within {settings.timeout:g} "
            "seconds. Check the server name, port and your network.",
        ) from None
    except ConnectionRefusedError:
        raise MailError(
            MailProblem.UNREACHABLE,
            f"Cannot reach the mail server {where}: the connection was refused. "
            "Check the server name and port in Settings.",
        ) from None
    except OSError as exc:
        raise MailError(
            MailProblem.UNREACHABLE,
            f"Cannot reach the mail server {where}: {exc.strerror or exc}. "
            "Check the server name, port and your network.",
        ) from None


def _connect(settings: SmtpSettings) -> smtplib.SMTP:
    if settings.security == "ssl":
        return smtplib.SMTP_SSL(
            settings.host,
            settings.port,
            timeout=settings.timeout,
            context=_tls_context(settings),
        )
    server = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    try:
        if settings.security == "starttls":
            server.ehlo()
            server.starttls(context=_tls_context(settings))
            server.ehlo()
    except BaseException:
        server.close()
        raise
    return server


def _login(server: smtplib.SMTP, user: str, password: str) -> None:
    try:
        (user + password).encode("ascii")
    except UnicodeEncodeError:
        pass
    else:
        server.login(user, password)
        return
    # smtplib encodes credentials as ASCII (CPython issue 73936); AUTH PLAIN is UTF-8 (RFC 4616).
    server.ehlo_or_helo_if_needed()
    if "PLAIN" not in server.esmtp_features.get("auth", "").upper().split():
        raise MailError(
            MailProblem.AUTH,
            "The user name or password has characters beyond ASCII, and the server does not "
            "offer the login method (AUTH PLAIN) that can carry them.",
        )
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")
    code, reply = server.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def _tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if settings.cafile:
        try:
            context.load_verify_locations(cafile=settings.cafile)
        except (OSError, ssl.SSLError) as exc:
            raise MailError(
                MailProblem.TLS,
                f"The certificate file {settings.cafile} cannot be used ({exc}). "
                "Choose a PEM file in Settings or clear the setting.",
            ) from None
    return context


def _reply_text(raw: bytes | str) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return " ".join(text.split())


def mailto_url(to: str, subject: str, body: str) -> str:
    """A mailto: link (RFC 6068) that opens the mail client with the reply filled in."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    body_crlf = "\r\n".join(lines)
    address = quote(to.strip(), safe="@!$'*+,;=:")
    query = f"subject={quote(subject, safe='')}&body={quote(body_crlf, safe='')}"
    return f"mailto:{address}?{query}"


def save_eml(message: EmailMessage, path: Path) -> Path | None:
    """Write message to path atomically; an existing file is kept as path + '.bak'.

    Returns the backup's path when there was a previous file.
    """
    try:
        return write_atomic(path, message.as_bytes(policy=SMTP_POLICY))
    except OSError as exc:
        raise MailError(
            MailProblem.FILE,
            f"Could not save {path}: {write_failure_reason(exc)}. Nothing was overwritten; "
            "choose another folder or free some space.",
        ) from None
