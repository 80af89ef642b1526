"""Email: messages built right, sent to a real SMTP server, plain-word errors, mailto, .eml."""

from __future__ import annotations

import datetime as dt
import email
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kbassist.mail.delivery import (
    MailError,
    MailProblem,
    SmtpSettings,
    build_message,
    mailto_url,
    plain_to_html,
    save_eml,
    send_smtp,
)

NOW = dt.datetime(2026, 3, 10, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
SUBJECT = "Opravičilo — naročilo LK-123456 ✓"
BODY = "Spoštovana Ana,\n\n您的订单已发货。\nŽal nam je za zamudo.\n\nLep pozdrav,\nMaja"


def free_port() -> int:
    """A port nothing listens on right now (aiosmtpd cannot pick one itself)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Inbox:
    """What the test SMTP server received."""

    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)

    async def handle_RCPT(  # noqa: N802 - the name aiosmtpd calls
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address.startswith("nobody@"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 - the name aiosmtpd calls
        self, server: Any, session: Any, envelope: Any
    ) -> str:
        parsed = email.message_from_bytes(envelope.original_content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 Message accepted"


def _authenticate(
    server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
) -> AuthResult:
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == b"writer@larkspur.example"
        and auth_data.password == "s3cret-pässword".encode()
    )
    return AuthResult(success=ok, handled=False)


@dataclass
class SmtpServer:
    """A running aiosmtpd server on 127.0.0.1."""

    inbox: Inbox
    port: int
    controller: Controller


def start_server(**options: Any) -> SmtpServer:
    """Start aiosmtpd on a free port; stop it with server.controller.stop()."""
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **options)
    controller.start()
    return SmtpServer(inbox, port, controller)


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = start_server(authenticator=_authenticate, auth_require_tls=False)
    yield server
    server.controller.stop()


def _message(**overrides: Any) -> EmailMessage:
    arguments: dict[str, Any] = {
        "sender": "help@larkspur.example",
        "sender_name": "Larkspur Home",
        "to": "ana@example.com",
        "subject": SUBJECT,
        "body": BODY,
        "now": NOW,
    }
    arguments.update(overrides)
    return build_message(**arguments)


def test_message_headers_and_utf8_body() -> None:
    message = _message()
    assert message["From"] == "Larkspur Home <help@larkspur.example>"
    assert message["To"] == "ana@example.com"
    assert message["Subject"] == SUBJECT
    assert message["Date"] == "Tue, 10 Mar 2026 14:30:00 +0100"
    assert message["Message-ID"].endswith("@larkspur.example>")
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    assert message.get_content().rstrip("\n") == BODY
    raw = message.as_bytes(policy=policy.SMTP)
    assert "Opravičilo".encode() not in raw.split(b"\r\n\r\n")[0]  # headers are 7-bit encoded


def test_html_alternative() -> None:
    message = _message(html_body=plain_to_html("A & B\n\n<i>C</i>"))
    assert message.get_content_type() == "multipart/alternative"
    plain, rich = list(message.iter_parts())
    assert plain.get_content_charset() == "utf-8"
    assert "<p>A &amp; B</p>" in rich.get_content()
    assert "&lt;i&gt;C&lt;/i&gt;" in rich.get_content()


@pytest.mark.parametrize("bad", ["ana", "ana@", "a@b.com, c@d.com", "ana@example.com\nBcc: x@y"])
def test_bad_recipient_is_refused_before_sending(bad: str) -> None:
    with pytest.raises(MailError) as caught:
        _message(to=bad)
    assert caught.value.kind is MailProblem.ADDRESS


def test_subject_on_two_lines_is_refused() -> None:
    with pytest.raises(MailError, match="single line"):
        _message(subject="Hi\nBcc: victim@example.com")


def test_send_plain_reaches_the_server(smtp: SmtpServer) -> None:
    settings = SmtpSettings("127.0.0.1", smtp.port, "none", timeout=5)
    send_smtp(_message(), settings, None)
    assert smtp.inbox.envelopes == [("help@larkspur.example", ["ana@example.com"])]
    received = smtp.inbox.messages[0]
    assert received["Subject"] == SUBJECT
    assert received["From"] == "Larkspur Home <help@larkspur.example>"
    assert received["To"] == "ana@example.com"
    assert received["Date"] == "Tue, 10 Mar 2026 14:30:00 +0100"
    assert received["Message-ID"].startswith("<")
    assert received.get_content_type() == "text/plain"
    assert received.get_content_charset() == "utf-8"
    # On the wire every line ends in CRLF, inside the encoded body too.
    assert received.get_content().replace("\r\n", "\n").rstrip("\n") == BODY


def test_auth_with_the_right_password(smtp: SmtpServer) -> None:
    settings = SmtpSettings("127.0.0.1", smtp.port, "none", "writer@larkspur.example", 5)
    send_smtp(_message(), settings, "s3cret-pässword")
    assert len(smtp.inbox.messages) == 1


def test_auth_with_the_wrong_password(smtp: SmtpServer) -> None:
    settings = SmtpSettings("127.0.0.1", smtp.port, "none", "writer@larkspur.example", 5)
    with pytest.raises(MailError) as caught:
        send_smtp(_message(), settings, "wrong-password")
    assert caught.value.kind is MailProblem.AUTH
    assert caught.value.message.startswith(f"Authentication failed on 127.0.0.1:{smtp.port}")
    assert "535" in caught.value.message
    assert "wrong-password" not in caught.value.message
    assert smtp.inbox.messages == []


def test_user_without_a_saved_password() -> None:
    settings = SmtpSettings("127.0.0.1", 1, "none", "writer@larkspur.example", 5)
    with pytest.raises(MailError, match="No password is saved"):
        send_smtp(_message(), settings, None)


def test_refused_recipient(smtp: SmtpServer) -> None:
    settings = SmtpSettings("127.0.0.1", smtp.port, "none", timeout=5)
    with pytest.raises(MailError) as caught:
        send_smtp(_message(to="nobody@example.com"), settings, None)
    assert caught.value.kind is MailProblem.REFUSED
    assert "refused the recipient: nobody@example.com (550" in caught.value.message


def test_closed_port_cannot_reach() -> None:
    settings = SmtpSettings("127.0.0.1", free_port(), "none", timeout=5)
    with pytest.raises(MailError) as caught:
        send_smtp(_message(), settings, None)
    assert caught.value.kind is MailProblem.UNREACHABLE
    assert caught.value.message.startswith("Cannot reach the mail server 127.0.0.1:")
    assert "refused" in caught.value.message


def test_unresolvable_host_cannot_reach() -> None:
    settings = SmtpSettings("mail.invalid", 25, "none", timeout=5)
    with pytest.raises(MailError) as caught:
        send_smtp(_message(), settings, None)
    assert caught.value.kind is MailProblem.UNREACHABLE
    assert "'mail.invalid' does not resolve" in caught.value.message


def test_no_recipient_is_refused_before_connecting() -> None:
    settings = SmtpSettings("127.0.0.1", free_port(), "none", timeout=5)
    with pytest.raises(MailError, match="Enter the customer's email address"):
        send_smtp(_message(to=""), settings, None)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, as (cert.pem, key.pem)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def _server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    return context


def test_starttls_with_a_trusted_certificate(certificate: tuple[Path, Path]) -> None:
    server = start_server(
        tls_context=_server_context(certificate),
        require_starttls=True,
        authenticator=_authenticate,
    )
    try:
        settings = SmtpSettings(
            "127.0.0.1",
            server.port,
            "starttls",
            "writer@larkspur.example",
            5,
            cafile=str(certificate[0]),
        )
        send_smtp(_message(), settings, "s3cret-pässword")
    finally:
        server.controller.stop()
    assert server.inbox.messages[0]["Subject"] == SUBJECT


def test_ssl_with_an_untrusted_certificate_is_a_tls_failure(
    certificate: tuple[Path, Path],
) -> None:
    server = start_server(ssl_context=_server_context(certificate))
    try:
        settings = SmtpSettings("127.0.0.1", server.port, "ssl", timeout=5)
        with pytest.raises(MailError) as caught:
            send_smtp(_message(), settings, None)
        trusted = SmtpSettings(
            "127.0.0.1", server.port, "ssl", timeout=5, cafile=str(certificate[0])
        )
        send_smtp(_message(), trusted, None)
    finally:
        server.controller.stop()
    assert caught.value.kind is MailProblem.TLS
    assert "CERTIFICATE_VERIFY_FAILED" in caught.value.message
    assert len(server.inbox.messages) == 1


def test_starttls_to_a_server_without_it(smtp: SmtpServer) -> None:
    settings = SmtpSettings("127.0.0.1", smtp.port, "starttls", timeout=5)
    with pytest.raises(MailError) as caught:
        send_smtp(_message(), settings, None)
    assert caught.value.kind is MailProblem.SERVER
    assert "STARTTLS" in caught.value.message


def test_mailto_url_percent_encodes_with_crlf() -> None:
    url = mailto_url("ana@example.com", "Naročilo & več", "Line 1\nLine 2 ✓\n100% done?")
    assert url.startswith("mailto:ana@example.com?subject=")
    assert "Naro%C4%8Dilo%20%26%20ve%C4%8D" in url
    assert "&body=Line%201%0D%0ALine%202%20%E2%9C%93%0D%0A100%25%20done%3F" in url
    assert " " not in url and "\n" not in url
    body = url.split("&body=", 1)[1]
    assert unquote(body) == "Line 1\r\nLine 2 ✓\r\n100% done?"


def test_save_eml_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "reply.eml"
    assert save_eml(_message(subject="First"), target) is None
    backup = save_eml(_message(subject="Second"), target)
    assert backup == tmp_path / "reply.eml.bak"
    first = email.message_from_bytes(backup.read_bytes(), policy=policy.default)
    second = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert (first["Subject"], second["Subject"]) == ("First", "Second")
    assert b"\r\n" in target.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reply.eml", "reply.eml.bak"]


def test_save_eml_into_an_impossible_place_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(MailError) as caught:
        save_eml(_message(), blocker / "reply.eml")
    assert caught.value.kind is MailProblem.FILE
    assert "Nothing was overwritten" in caught.value.message
    assert blocker.read_text() == "a file where a folder should be"
