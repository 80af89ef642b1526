"""Replies as email: building the message, sending it by SMTP, mailto links and .eml files."""

from __future__ import annotations

import base64
import contextlib
import copy
import datetime as dt
import enum
import html
import logging
import re
import smtplib
import socket
import ssl
import threading
import time
import unicodedata
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from kbassist.common.atomicfile import write_atomic, write_failure_reason
from kbassist.common.i18n import _

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

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
    """One email address (optionally 'Name <addr>'); MailError when it is not one.

    An international domain comes back in its ASCII (punycode) form, the one every mail
    server understands; parts longer than RFC 5321 allows are refused here, not by the server.
    """
    cleaned = text.strip()
    if not cleaned or _line_break(cleaned):
        raise MailError(MailProblem.ADDRESS, f"The {what} is empty or spans lines. Enter one.")
    shown = _shorten(cleaned)
    try:
        message = EmailMessage()
        message["To"] = cleaned
        addresses = message["To"].addresses
    except (ValueError, TypeError, IndexError) as exc:
        raise MailError(
            MailProblem.ADDRESS, f"'{shown}' is not an email address ({exc})."
        ) from None
    if len(addresses) != 1 or "@" not in addresses[0].addr_spec or not addresses[0].domain:
        raise MailError(
            MailProblem.ADDRESS,
            f"'{shown}' is not one email address. Write it like name@example.com.",
        )
    found: Address = addresses[0]
    local = found.username
    local_length = len(local.encode("utf-8"))
    if not local or local_length > MAX_LOCAL_PART:
        raise MailError(
            MailProblem.ADDRESS,
            f"The part before @ in '{shown}' is {local_length} characters long; mail servers "
            f"accept 1 to {MAX_LOCAL_PART}. Check the {what}.",
        )
    try:
        domain = ascii_domain(found.domain)
    except ValueError as exc:
        raise MailError(
            MailProblem.ADDRESS,
            f"'{shown}' does not end in a valid domain name: {exc}. Check the {what}.",
        ) from None
    length = local_length + 1 + len(domain)
    if length > MAX_ADDRESS:
        raise MailError(
            MailProblem.ADDRESS,
            f"'{shown}' is {length} characters long; mail servers accept at most "
            f"{MAX_ADDRESS}. Check the {what}.",
        )
    return Address(_single_line(found.display_name), local, domain)


_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\Z")


def ascii_domain(domain: str) -> str:
    """domain as ASCII (IDNA 'xn--' labels for international names); ValueError says why not."""
    if domain.startswith("[") and domain.endswith("]"):
        return domain  # an address literal, [192.0.2.1]: nothing to convert
    labels = domain.removesuffix(".").split(".")
    converted = []
    for label in labels:
        if not label:
            raise ValueError(_("it has an empty part between dots"))
        if label.isascii():
            ascii_label = label
        else:
            try:
                ascii_label = label.encode("idna").decode("ascii")
            except UnicodeError:
                raise ValueError(
                    _("'{label}' is not a valid international name").format(label=label)
                ) from None
        if len(ascii_label) > 63:
            raise ValueError(
                _("the part '{shorten}' is longer than 63 characters").format(
                    shorten=_shorten(label)
                )
            )
        if not _LABEL.match(ascii_label):
            raise ValueError(
                f"'{label}' may hold only letters, digits and inner hyphens"
                if ascii_label == label
                else f"'{label}' is not a valid international name"
            )
        converted.append(ascii_label)
    result = ".".join(converted)
    if len(result) > MAX_DOMAIN:
        raise ValueError(
            _("it is longer than {MAX_DOMAIN} characters").format(MAX_DOMAIN=MAX_DOMAIN)
        )
    return result


# Every character str.splitlines() breaks at: a mail client may show any of them as a new line.
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _line_break(text: str) -> str:
    """The first line-breaking character in text, or ''."""
    return next((char for char in text if char in _LINE_BREAKS), "")


def _single_line(text: str) -> str:
    """text on one line: line breaks and other control characters become single spaces."""
    spaced = "".join(
        " " if unicodedata.category(char) == "Cc" or char in _LINE_BREAKS else char for char in text
    )
    return " ".join(spaced.split())


def _char_name(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'control character')}"


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
    """A UTF-8 text/plain message (with an HTML alternative when html_body is given).

    A subject with a line break is refused (it would hide text or forge headers in some mail
    clients); the sender's name, from kbassist.toml, is put on one line.
    """
    breaking = _line_break(subject)
    if breaking:
        raise MailError(
            MailProblem.ADDRESS,
            f"The subject must be a single line, but it has a line break ({_char_name(breaking)})."
            " Remove it from the subject (or from the template's subject line).",
        )
    from_address = parse_address(sender, "sender address")
    message = EmailMessage()
    message["From"] = Address(
        _single_line(sender_name) or from_address.display_name,
        from_address.username,
        from_address.domain,
    )
    if to.strip():  # a message saved as .eml may leave the recipient to the mail client
        message["To"] = parse_address(to, "recipient address")
    if reply_to:
        message["Reply-To"] = parse_address(reply_to, "reply-to address")
    message["Subject"] = _single_line(subject)
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


def secret_forms(user: str, password: str | None) -> list[str]:
    """Every way password may appear in a server's echo: as typed and base64 (PLAIN, LOGIN)."""
    if not password:
        return []
    forms = [password]
    for raw in (password, f"\0{user}\0{password}", f"{user}\0{user}\0{password}"):
        encoded = base64.b64encode(raw.encode("utf-8")).decode("ascii")
        forms.append(encoded)
        forms.append(encoded.rstrip("="))
    return sorted(set(forms), key=len, reverse=True)


def scrub(text: str, user: str, password: str | None) -> str:
    """text with every form of password replaced by '••••' (servers echo what they were sent)."""
    for form in secret_forms(user, password):
        text = text.replace(form, "••••")
    return text


def send_smtp(message: EmailMessage, settings: SmtpSettings, password: str | None) -> None:
    """Send message; MailError says what went wrong in words a writer can act on.

    The whole conversation has one deadline (settings.timeout). Once the server has said 250
    to the message it has it: what happens after that (a 421 or a dropped line at QUIT) does
    not make the send a failure. A line lost after the message was handed over but before the
    server's answer is reported as such, so the writer checks before sending it twice.
    """
    if settings.user and not password:
        raise MailError(
            MailProblem.AUTH,
            f"No password is saved for {settings.user} on {settings.host}. "
            "Enter it in Settings (it is kept in the system keyring).",
        )
    if not message["To"]:
        raise MailError(MailProblem.ADDRESS, "Enter the customer's email address to send to.")
    _converse(settings, password, message)


def check_connection(settings: SmtpSettings, password: str | None) -> str:
    """Connect, log in when a user is set, and say how it went; MailError when it did not."""
    _converse(settings, password, None)
    how = {"starttls": "STARTTLS", "ssl": "SSL/TLS", "none": "no encryption"}[settings.security]
    login = f" and logged in as {settings.user}" if settings.user else " (no login set)"
    return f"Connected to {settings.host}:{settings.port} with {how}{login}. Ready to send."


def _converse(settings: SmtpSettings, password: str | None, message: EmailMessage | None) -> None:
    if settings.security not in SECURITY_MODES:
        raise MailError(
            MailProblem.TLS,
            f"Unknown connection security '{settings.security}'. "
            "Choose starttls, ssl or none in Settings.",
        )
    client = _Client(settings)
    try:
        try:
            client.open()
            if settings.user and password:
                _login(client, settings.user, password)
            if message is not None:
                client.send_message(message)
        finally:
            client.stop_watch()
    except MailError as exc:
        client.close()
        raise MailError(exc.kind, scrub(exc.message, settings.user, password)) from None
    except Exception as exc:
        client.close()
        if not isinstance(exc, smtplib.SMTPException | ssl.SSLError | OSError):
            raise
        failure = _explain(exc, settings, client)
        raise MailError(failure.kind, scrub(failure.message, settings.user, password)) from None
    try:
        client.quit()
    except (smtplib.SMTPException, OSError) as exc:
        # The server already has the message (or the test is done): its goodbye is a courtesy.
        log.info("The mail server's goodbye failed after it had answered: %s", exc)
    finally:
        client.close()


class _Client(smtplib.SMTP):
    """smtplib's client with one deadline for the whole conversation and a record of the phase.

    Each read and write gets the time left as its timeout, and a watchdog closes the line when
    the deadline passes, so a server that trickles one byte at a time is stopped too.
    """

    def __init__(self, settings: SmtpSettings) -> None:
        super().__init__(timeout=settings.timeout)
        self.settings = settings
        self.deadline = time.monotonic() + settings.timeout
        self.expired = False
        # The server said 354 and the message went on its way, but no final answer yet.
        self.handed_over = False
        self.accepted = False
        self._in_data = False
        self._watchdog = threading.Timer(settings.timeout, self._expire)
        self._watchdog.daemon = True
        self._lock = threading.Lock()

    def open(self) -> None:
        self._watchdog.start()
        settings = self.settings
        self._host = settings.host  # what STARTTLS checks the certificate against
        self.connect(settings.host, settings.port)
        if settings.security == "starttls":
            self.ehlo()
            self.starttls(context=_tls_context(settings))
            self.ehlo()

    def stop_watch(self) -> None:
        self._watchdog.cancel()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            sock = self.sock
            if sock is not None:
                with contextlib.suppress(OSError):  # already closed: nothing to wake
                    sock.shutdown(socket.SHUT_RDWR)

    def out_of_time(self) -> bool:
        """True once the deadline has passed (smtplib reports a read timeout as a hang-up)."""
        # A socket timeout may fire a hair before the clock reaches the deadline it was set to.
        return self.expired or time.monotonic() >= self.deadline - 0.05

    def _time_left(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0 or self.expired:
            self.expired = True
            raise TimeoutError(_("the deadline for the conversation passed"))
        return left

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        # What smtplib.SMTP._get_socket does, with the time left; wrapped for implicit TLS.
        sock = socket.create_connection((host, port), self._time_left(), self.source_address)
        if self.settings.security != "ssl":
            return sock
        try:
            return _tls_context(self.settings).wrap_socket(sock, server_hostname=host)
        except BaseException:
            sock.close()
            raise

    def send(self, s: ReadableBuffer | str) -> None:
        if self.sock is not None:
            self.sock.settimeout(self._time_left())
        super().send(s)

    def getreply(self) -> tuple[int, bytes]:
        if self.sock is not None:
            self.sock.settimeout(self._time_left())
        code, reply = super().getreply()
        if self._in_data and code == 354:
            self.handed_over = True
        return code, reply

    def data(self, msg: ReadableBuffer | str) -> tuple[int, bytes]:
        self._in_data = True
        try:
            code, reply = super().data(msg)
        finally:
            self._in_data = False
        self.handed_over = False
        self.accepted = code == 250
        return code, reply


def _explain(exc: BaseException, settings: SmtpSettings, client: _Client) -> MailError:
    """A failed conversation in words, from the exception and how far it got."""
    where = f"{settings.host}:{settings.port}"
    # A server's answer to the message, even a refusal, ends the doubt; anything else does not.
    if client.handed_over and not isinstance(exc, smtplib.SMTPResponseException):
        return MailError(
            MailProblem.UNREACHABLE,
            f"The connection to {where} was lost after the reply was handed over and before "
            f"the server confirmed it: {MAY_HAVE_ARRIVED} (look in the mailbox's sent folder or "
            "ask the customer).",
        )
    if client.out_of_time() or isinstance(exc, TimeoutError):
        return MailError(
            MailProblem.UNREACHABLE,
            f"The mail server {where} did not answer within {settings.timeout:g} seconds, so "
            "nothing was sent. Check the server name, port and connection security (465 is "
            "usually ssl, 587 starttls) and your network, then try again.",
        )
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return MailError(
            MailProblem.AUTH,
            f"Authentication failed on {where}: the server rejected the user name or password "
            f"({exc.smtp_code} {_reply_text(exc.smtp_error)}). Check them in Settings.",
        )
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = ", ".join(
            f"{addr} ({code} {_reply_text(text)})" for addr, (code, text) in exc.recipients.items()
        )
        return MailError(
            MailProblem.REFUSED,
            f"The server refused the recipient: {refused}. Check the address.",
        )
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return MailError(
            MailProblem.REFUSED,
            f"The server refused the sender address {exc.sender} ({exc.smtp_code} "
            f"{_reply_text(exc.smtp_error)}). Check the sender address in Settings.",
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return MailError(
            MailProblem.SERVER,
            f"The server at {where} does not support what was asked ({exc}). "
            "Check the connection security and user name in Settings.",
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        return MailError(
            MailProblem.SERVER,
            f"The server at {where} refused the message ({exc.smtp_code} "
            f"{_reply_text(exc.smtp_error)}). Nothing was sent.",
        )
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return MailError(
            MailProblem.UNREACHABLE,
            f"The server at {where} closed the connection before the message was sent. Check "
            "the port and the connection security (465 is usually ssl, 587 starttls).",
        )
    if isinstance(exc, smtplib.SMTPException):
        return MailError(MailProblem.SERVER, f"Sending through {where} failed: {exc}.")
    if isinstance(exc, ssl.SSLError):
        return MailError(
            MailProblem.TLS,
            f"The secure connection to {where} failed ({exc.reason or exc}). Check the "
            "connection security setting; the server's certificate must be valid.",
        )
    if isinstance(exc, socket.gaierror):
        return MailError(
            MailProblem.UNREACHABLE,
            f"Cannot reach the mail server: the name '{settings.host}' does not resolve. "
            "Check the server name in Settings and your network.",
        )
    if isinstance(exc, ConnectionRefusedError):
        return MailError(
            MailProblem.UNREACHABLE,
            f"Cannot reach the mail server {where}: the connection was refused. "
            "Check the server name and port in Settings.",
        )
    strerror = exc.strerror if isinstance(exc, OSError) else None
    return MailError(
        MailProblem.UNREACHABLE,
        f"Cannot reach the mail server {where}: {strerror or exc}. "
        "Check the server name, port and your network.",
    )


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


# Outlook and Apple Mail open a message marked so as a draft to edit and send, not as mail
# received; Thunderbird offers "Edit as new message" for any .eml.
UNSENT_HEADER = "X-Unsent"
# Characters no file name may hold on Windows, macOS or Linux, and the control characters.
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_FILE_STEM = 80
# File systems count a name's bytes (255 at most): 80 Chinese characters are 240 in UTF-8.
MAX_FILE_STEM_BYTES = 200


def draft_file_name(subject: str, when: dt.datetime) -> str:
    """A file name for a reply saved as .eml: its date and subject, '2026-03-05 Your refund.eml'."""
    # Format characters (a right-to-left override, a zero-width space) would make the name
    # show something other than what it is: "…\u202eLME.exe" reads as "…exe.EML".
    visible = "".join(c for c in _single_line(subject) if unicodedata.category(c) != "Cf")
    cleaned = " ".join(_NOT_IN_FILE_NAMES.sub(" ", visible).split())
    stem = cleaned.strip(" .")[:MAX_FILE_STEM]
    while len(stem.encode("utf-8")) > MAX_FILE_STEM_BYTES:
        stem = stem[:-1]
    stem = stem.rstrip(" .") or "reply"
    return f"{when.strftime('%Y-%m-%d')} {stem}.eml"


def unused_path(path: Path) -> Path:
    """path, or the first of 'name (2).eml', 'name (3).eml'... that does not exist yet."""
    if not path.exists():
        return path
    number = 2
    while True:
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        if not candidate.exists():
            return candidate
        number += 1


def save_eml(message: EmailMessage, path: Path) -> Path | None:
    """Write message to path atomically as a draft (X-Unsent: 1); an existing file, which the
    writer chose to replace, is kept as path + '.bak'.

    Returns the backup's path when there was a previous file.
    """
    if not str(path).strip() or path == Path():
        raise MailError(MailProblem.FILE, "No file name was given for the .eml file. Name one.")
    if path.is_dir():
        raise MailError(
            MailProblem.FILE,
            f"Could not save {path}: it is a folder. Give a file name, such as "
            f"{path / 'reply.eml'}.",
        )
    try:
        return write_atomic(path, as_draft(message).as_bytes(policy=SMTP_POLICY))
    except OSError as exc:
        raise MailError(
            MailProblem.FILE,
            f"Could not save {path}: {write_failure_reason(exc)}. Nothing was overwritten; "
            "choose another folder or free some space.",
        ) from None


def as_draft(message: EmailMessage) -> EmailMessage:
    """A copy of message marked unsent, so mail clients open it as a draft to send."""
    draft = copy.deepcopy(message)
    del draft[UNSENT_HEADER]
    draft[UNSENT_HEADER] = "1"
    return draft
