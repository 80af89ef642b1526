"""Email: messages built right, sent to a real SMTP server, plain-word errors, mailto, .eml."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import email
import ipaddress
import socket
import ssl
import time
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
    MAY_HAVE_ARRIVED,
    MailError,
    MailProblem,
    SmtpSettings,
    build_message,
    check_connection,
    mailto_url,
    plain_to_html,
    save_eml,
    scrub,
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


# --- Servers that misbehave: one deadline, the truth about what arrived, no password shown ---


@dataclass
class SlowInbox(Inbox):
    """Answers every step after a pause; together the pauses outlast the send's deadline."""

    pause: float = 0.5

    async def handle_EHLO(  # noqa: N802 - the name aiosmtpd calls
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        await asyncio.sleep(self.pause)
        session.host_name = hostname
        return responses

    async def handle_MAIL(  # noqa: N802 - the name aiosmtpd calls
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        await asyncio.sleep(self.pause)
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(  # noqa: N802 - the name aiosmtpd calls
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        await asyncio.sleep(self.pause)
        return await super().handle_RCPT(server, session, envelope, address, options)


class StallAfterData(Inbox):
    """Takes the message and never says whether it was accepted."""

    async def handle_DATA(  # noqa: N802 - the name aiosmtpd calls
        self, server: Any, session: Any, envelope: Any
    ) -> str:
        await super().handle_DATA(server, session, envelope)
        await asyncio.sleep(30)
        return "250 Message accepted"


class DropAfterData(Inbox):
    """Takes the message and hangs up before answering."""

    async def handle_DATA(  # noqa: N802 - the name aiosmtpd calls
        self, server: Any, session: Any, envelope: Any
    ) -> str:
        await super().handle_DATA(server, session, envelope)
        server.transport.abort()
        await asyncio.sleep(0.2)
        return "250 Message accepted"


class QuitWith421(Inbox):
    """Accepts the message, then answers QUIT with 421 (as busy servers do)."""

    async def handle_QUIT(  # noqa: N802 - the name aiosmtpd calls
        self, server: Any, session: Any, envelope: Any
    ) -> str:
        return "421 4.3.2 Service shutting down"


class EchoAuth(Inbox):
    """Refuses every login and repeats what it was sent, decoded, in its reply."""

    async def auth_PLAIN(self, server: Any, args: list[str]) -> AuthResult:  # noqa: N802
        token = args[1] if len(args) > 1 else ""
        decoded = base64.b64decode(token).decode("utf-8", "replace").replace("\0", " ")
        return AuthResult(
            success=False, handled=False, message=f"535 5.7.8 Rejected AUTH {token} ({decoded})"
        )


def _start(handler: Inbox, **options: Any) -> SmtpServer:
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, **options)
    controller.start()
    return SmtpServer(handler, port, controller)


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that takes connections and never says a word (the kernel completes them)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        port: int = listener.getsockname()[1]
        yield port


def test_a_server_that_never_answers_is_a_timeout(silent_port: int) -> None:
    settings = SmtpSettings("127.0.0.1", silent_port, "none", timeout=1)
    started = time.monotonic()
    with pytest.raises(MailError) as caught:
        send_smtp(_message(), settings, None)
    assert time.monotonic() - started < 3
    assert caught.value.kind is MailProblem.UNREACHABLE
    assert "did not answer within 1 seconds, so nothing was sent" in caught.value.message


def test_one_deadline_for_the_whole_send_not_for_each_read() -> None:
    # Each answer comes within the deadline; all of them together do not.
    server = _start(SlowInbox(pause=0.5))
    try:
        settings = SmtpSettings("127.0.0.1", server.port, "none", timeout=1.2)
        started = time.monotonic()
        with pytest.raises(MailError) as caught:
            send_smtp(_message(), settings, None)
        elapsed = time.monotonic() - started
    finally:
        server.controller.stop()
    assert elapsed < 2.5
    assert "did not answer within 1.2 seconds, so nothing was sent" in caught.value.message
    assert server.inbox.messages == []


def test_a_stall_after_the_message_was_handed_over_says_it_may_have_arrived() -> None:
    server = _start(StallAfterData())
    try:
        settings = SmtpSettings("127.0.0.1", server.port, "none", timeout=1)
        with pytest.raises(MailError) as caught:
            send_smtp(_message(), settings, None)
    finally:
        server.controller.stop()
    assert len(server.inbox.messages) == 1
    assert MAY_HAVE_ARRIVED in caught.value.message
    assert "nothing was sent" not in caught.value.message


def test_a_drop_after_the_message_was_handed_over_says_it_may_have_arrived() -> None:
    server = _start(DropAfterData())
    try:
        settings = SmtpSettings("127.0.0.1", server.port, "none", timeout=5)
        with pytest.raises(MailError) as caught:
            send_smtp(_message(), settings, None)
    finally:
        server.controller.stop()
    assert len(server.inbox.messages) == 1
    assert caught.value.kind is MailProblem.UNREACHABLE
    assert MAY_HAVE_ARRIVED in caught.value.message


def test_421_on_quit_after_the_message_was_accepted_is_a_success() -> None:
    server = _start(QuitWith421())
    try:
        send_smtp(_message(), SmtpSettings("127.0.0.1", server.port, "none", timeout=5), None)
    finally:
        server.controller.stop()
    assert server.inbox.messages[0]["Subject"] == SUBJECT


@pytest.mark.parametrize("password", ["hunter2-Secret", "s3cret-pässword"])
def test_a_password_the_server_echoes_is_never_shown(password: str) -> None:
    server = _start(EchoAuth(), auth_require_tls=False, auth_exclude_mechanism=["LOGIN"])
    user = "writer@larkspur.example"
    try:
        settings = SmtpSettings("127.0.0.1", server.port, "none", user, 5)
        with pytest.raises(MailError) as caught:
            send_smtp(_message(), settings, password)
        with pytest.raises(MailError) as tested:
            check_connection(settings, password)
    finally:
        server.controller.stop()
    for text in (caught.value.message, tested.value.message, str(caught.value)):
        assert "Authentication failed" in text
        assert "Rejected AUTH" in text  # the server's words are kept, its echo is not
        assert password not in text
        token = base64.b64encode(f"\0{user}\0{password}".encode()).decode()
        assert token not in text
        assert token.rstrip("=") not in text


def test_check_connection_says_how_it_went(smtp: SmtpServer) -> None:
    settings = SmtpSettings("127.0.0.1", smtp.port, "none", "writer@larkspur.example", 5)
    said = check_connection(settings, "s3cret-pässword")
    assert said == (
        f"Connected to 127.0.0.1:{smtp.port} with no encryption and logged in as "
        "writer@larkspur.example. Ready to send."
    )
    assert smtp.inbox.messages == []


def test_scrub_removes_every_form_of_the_password() -> None:
    token = base64.b64encode(b"\0me\0pw-123").decode()
    text = f"535 {token} pw-123 {base64.b64encode(b'pw-123').decode()}"
    assert "pw-123" not in scrub(text, "me", "pw-123")
    assert token not in scrub(text, "me", "pw-123")
    assert scrub("nothing secret", "me", None) == "nothing secret"


# --- Headers and addresses ---


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x85", "\r"])
def test_a_subject_with_any_line_separator_is_refused_with_its_name(separator: str) -> None:
    with pytest.raises(MailError) as caught:
        _message(subject=f"Your order{separator}Bcc: victim@example.com")
    assert "single line" in caught.value.message
    assert f"U+{ord(separator):04X}" in caught.value.message


@pytest.mark.parametrize("separator", ["\r\n", "\n", "\u2028", "\x0b", "\x1c", "\t"])
def test_a_sender_name_from_kbassist_toml_is_put_on_one_line(separator: str) -> None:
    message = _message(sender_name=f"Larkspur{separator}Bcc: x@evil.example")
    assert message["From"] == '"Larkspur Bcc: x@evil.example" <help@larkspur.example>'
    raw = message.as_bytes(policy=policy.SMTP).split(b"\r\n\r\n")[0]
    assert not any(line.startswith(b"Bcc") for line in raw.split(b"\r\n"))


def test_an_international_domain_is_sent_in_ascii(smtp: SmtpServer) -> None:
    message = _message(to="Ana <ana@bücher.example>")
    assert message["To"] == "Ana <ana@xn--bcher-kva.example>"
    send_smtp(message, SmtpSettings("127.0.0.1", smtp.port, "none", timeout=5), None)
    assert smtp.inbox.envelopes == [("help@larkspur.example", ["ana@xn--bcher-kva.example"])]


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("a" * 65 + "@example.com", "65 characters long; mail servers accept 1 to 64"),
        ("ana@" + "a" * 64 + ".example", "longer than 63 characters"),
        ("ana@" + ".".join(["a" * 60] * 4) + ".example", "accept at most 254"),
        ("ana@-shop.example", "only letters, digits and inner hyphens"),
        ("ana@shop..example", "not one email address"),
        ("ana@\u0627a.example", "not a valid international name"),
    ],
)
def test_over_long_and_malformed_addresses_are_refused(address: str, said: str) -> None:
    with pytest.raises(MailError) as caught:
        _message(to=address)
    assert caught.value.kind is MailProblem.ADDRESS
    assert said in caught.value.message
    assert len(caught.value.message) < 300  # a 1,000-character address is not repeated whole


@pytest.mark.parametrize("where", ["", "."])
def test_save_eml_without_a_file_name_says_so(tmp_path: Path, where: str) -> None:
    with pytest.raises(MailError) as caught:
        save_eml(_message(), Path(where))
    assert caught.value.kind is MailProblem.FILE
    assert "file name" in caught.value.message


def test_save_eml_onto_a_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(MailError) as caught:
        save_eml(_message(), tmp_path)
    assert "it is a folder" in caught.value.message
    assert list(tmp_path.iterdir()) == []
