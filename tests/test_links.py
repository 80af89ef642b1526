"""Which links the app opens: http(s), plain mailto and tel digits; everything else refused."""

from __future__ import annotations

import pytest

from kbassist.common.links import is_plain_email, vet_link, web_address_problem

ALLOWED = [
    "https://larkspur.example/stores/camden",
    "http://larkspur.example/?q=1#top",
    "mailto:camden@larkspur.example",
    "mailto:a@b.example?subject=Your%20order&body=Hello%0Athere",
    "mailto:a@b.example?cc=c@d.example",
    "tel:+442079460101",
]
REFUSED = [
    "file:///etc/passwd",
    "FILE:///dev/zero",
    "javascript:alert(1)",
    "data:text/html,<b>x</b>",
    "smb://host/share",
    "kbassist-evil:run",
    "//host/path",
    "/etc/passwd",
    "https://user:secret@larkspur.example/",
    "https://larkspur.example/a b",
    "https:///no-host",
    "mailto:a@b.example?attach=/etc/passwd",
    "mailto:a@b.example?Attachment=~/.ssh/id_rsa",
    "mailto:a@b.example?x-header=1",
    "mailto:a@b.example?subject=hi%0Abcc:x@y.example",
    "mailto:a@b.example?cc=file:///etc/passwd",
    'mailto:"a b"@b.example',
    "mailto:a@b.example\nbcc:x@y.example",
    "tel:123;phone-context=x",
    "",
]


@pytest.mark.parametrize("url", ALLOWED)
def test_safe_links_pass(url: str) -> None:
    assert vet_link(url) == url


@pytest.mark.parametrize("url", REFUSED)
def test_everything_else_is_refused(url: str) -> None:
    assert vet_link(url) is None


def test_facility_contacts_are_checked_with_the_same_rules() -> None:
    assert is_plain_email("camden@larkspur.example")
    for bad in ("a?attach=/etc/passwd@b.example", "Ann <a@b.example>", "a@b", "a@b.example,c@d"):
        assert not is_plain_email(bad)
    assert web_address_problem("https://larkspur.example/") is None
    assert web_address_problem("file:///etc/passwd") is not None
    assert web_address_problem("javascript:alert(1)") is not None
