"""Replies saved as .eml open as drafts: X-Unsent, the recipient when known, a telling name."""

from __future__ import annotations

import datetime as dt
import email
from email import policy
from pathlib import Path

import pytest

from kbassist.mail.delivery import (
    as_draft,
    build_message,
    draft_file_name,
    save_eml,
    unused_path,
)

NOW = dt.datetime(2026, 3, 5, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def _saved(path: Path) -> email.message.EmailMessage:
    parsed = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(parsed, email.message.EmailMessage)
    return parsed


@pytest.mark.parametrize("to", ["ana@example.com", ""])
def test_a_saved_reply_is_an_unsent_draft_with_its_recipient_when_known(
    tmp_path: Path, to: str
) -> None:
    message = build_message(
        sender="help@larkspur.example",
        sender_name="Larkspur Home",
        to=to,
        subject="Your refund",
        body="Hello Ana,\n\nYour refund is on its way.\n",
        now=NOW,
    )
    target = tmp_path / draft_file_name("Your refund", NOW)
    save_eml(message, target)
    saved = _saved(target)
    assert saved["X-Unsent"] == "1"
    assert saved["To"] == (to or None)
    assert saved["Subject"] == "Your refund"
    assert "Your refund is on its way." in saved.get_content()
    # The message itself is not changed: only the file is a draft (a sent one is not).
    assert message["X-Unsent"] is None
    assert len(as_draft(as_draft(message)).get_all("X-Unsent", [])) == 1


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("Your refund", "2026-03-05 Your refund.eml"),
        ("Re: order A/1001 <urgent>?", "2026-03-05 Re order A 1001 urgent.eml"),
        ("Naročilo \u2028 že poslano", "2026-03-05 Naročilo že poslano.eml"),
        ("...", "2026-03-05 reply.eml"),
        ("", "2026-03-05 reply.eml"),
        ("x" * 200, "2026-03-05 " + "x" * 80 + ".eml"),
        # A right-to-left override would show "Refund exe.EML" for this name.
        ("Refund \u202elme.exe", "2026-03-05 Refund lme.exe.eml"),
        ("Zero\u200bwidth", "2026-03-05 Zerowidth.eml"),
        # 80 four-byte characters would pass the 255 bytes a file name may have.
        ("😀" * 100, "2026-03-05 " + "😀" * 50 + ".eml"),
    ],
)
def test_the_file_name_comes_from_the_date_and_subject(subject: str, name: str) -> None:
    assert draft_file_name(subject, NOW) == name


def test_an_existing_file_is_never_the_name_offered(tmp_path: Path) -> None:
    first = tmp_path / "2026-03-05 Your refund.eml"
    assert unused_path(first) == first
    first.write_text("kept", "utf-8")
    second = unused_path(first)
    assert second.name == "2026-03-05 Your refund (2).eml"
    second.write_text("kept too", "utf-8")
    assert unused_path(first).name == "2026-03-05 Your refund (3).eml"
    assert first.read_text("utf-8") == "kept"
