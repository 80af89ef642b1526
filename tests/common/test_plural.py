"""Counted nouns: one helper, singular for one, plural otherwise, a rule a translation can swap."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kbassist.common import plural
from kbassist.common.plural import count, english, use_rule


@pytest.fixture
def restore_rule() -> Iterator[None]:
    yield
    use_rule(english)


def test_one_is_singular_and_zero_and_many_are_plural() -> None:
    assert count(1, "result") == "1 result"
    assert count(0, "warning") == "0 warnings"
    assert count(2, "file") == "2 files"
    assert count(1, "match", "matches") == "1 match"
    assert count(3, "facility", "facilities") == "3 facilities"


def test_a_translation_plugs_its_own_rule_in_for_every_caller(restore_rule: None) -> None:
    # Slovenian has a dual: 2 of something is neither singular nor plural.
    use_rule(lambda n, one, many: one if n == 1 else ("dual" if n == 2 else many))
    assert count(2, "rezultat", "rezultatov") == "2 dual"
    assert plural.noun(5, "rezultat", "rezultatov") == "rezultatov"


def test_the_cli_counts_through_the_same_helper() -> None:
    import kbassist.commands as commands
    from kbassist.commands import check, facilities
    from kbassist.common import i18n

    assert not hasattr(commands, "count")
    # Whole counted phrases go through the catalogue's ngettext, counted nouns through count():
    # both choose the form by the catalogue's plural rule.
    assert getattr(check, "ngettext") is i18n.ngettext  # noqa: B009 - not re-exported
    assert getattr(facilities, "count") is count  # noqa: B009
