"""Language variants of reply templates: the one chosen for a language, values carried across,
the check of their fields, and every starter variant rendered through the real sandbox."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest

from kbassist.cli import main
from kbassist.content.folder import Content
from kbassist.content.replies import ReplyTemplate
from kbassist.replies.numbers import format_money, format_number
from kbassist.replies.render import render
from kbassist.replies.variants import carried_values, family, originals, variant_for
from kbassist.validation import check_source, load_checked
from tests.conftest import STARTER
from tests.contentkit import write

TODAY = dt.date(2026, 3, 10)

ORIGINAL = """
---
title: Late order
kind: apology
language: en
subject: "Order {{ order_number }}"
translations:
  sl: apology/late.sl
fields:
  customer_name: {label: Name, required: true}
  order_number: {label: Order, required: true, pattern: "LK-[0-9]{6}"}
  reason:
    label: Reason
    type: choice
    required: true
    choices: [a courier delay, bad weather]
  new_date: {label: New date, type: date, required: true}
---
Dear {{ customer_name }}, order {{ order_number }} is late because of {{ reason }}.
It arrives by {{ new_date | format_date }}.
"""

# A Slovenian variant that forgot new_date, made reason free text and added a field.
DIFFERENT = """
---
title: Zamuda
kind: apology
language: sl
subject: "Naročilo {{ order_number }}"
translations:
  en: apology/late
fields:
  customer_name: {label: Ime, required: true}
  order_number: {label: Naročilo, required: true, pattern: "LK-[0-9]{6}"}
  reason: {label: Razlog, required: true}
  extra: {label: Dodatno}
---
Pozdravljeni, {{ customer_name }}, naročilo {{ order_number }} zamuja: {{ reason }}. {{ extra }}
"""


@pytest.fixture(scope="module")
def starter() -> Content:
    content = load_checked(STARTER, today=TODAY)
    assert not content.problems.has_errors
    return content


def _folder(tmp_path: Path, variant: str = DIFFERENT, toml: str = "") -> Path:
    root = tmp_path / "content"
    write(root, "kbassist.toml", toml or '[org]\nname = "Larkspur Home"\n')
    write(root, "replies/apology/late.md", ORIGINAL)
    write(root, "replies/apology/late.sl.md", variant)
    return root


def _line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").split("\n")
    return next(n for n, line in enumerate(lines, start=1) if text in line)


def test_each_language_gets_its_own_variant_of_the_starter_apology(starter: Content) -> None:
    replies = starter.replies
    for language in ("en", "sl", "hr", "el", "zh"):
        chosen = variant_for(replies, "apology/late-delivery", language)
        assert chosen.template.language == language
        assert not chosen.fallback
    # A region or script narrows nothing the content lacks: the language's variant serves.
    assert variant_for(replies, "apology/late-delivery", "sl-SI").template.id.endswith(".sl")
    assert variant_for(replies, "apology/late-delivery", "zh_Hans").template.id.endswith(".zh")
    # Asking from any member of the family gives the same answer.
    assert variant_for(replies, "apology/late-delivery.hr", "el").template.language == "el"


def test_a_language_without_a_variant_falls_back_to_the_original(starter: Content) -> None:
    chosen = variant_for(starter.replies, "information/refund-timeline", "hr")
    assert chosen.fallback
    assert chosen.template.id == "information/refund-timeline"
    assert chosen.wanted == "hr"


def test_a_family_is_listed_once_by_its_original(starter: Content) -> None:
    listed = [t.id for t in originals(starter.replies)]
    assert "apology/late-delivery" in listed
    assert not any(ident.startswith("apology/late-delivery.") for ident in listed)
    # A template with no English original stands on its own.
    assert "information/return-instructions.zh" in listed
    members = family(starter.replies, "apology/late-delivery.zh")
    assert members[0].id == "apology/late-delivery"
    assert sorted(t.language for t in members) == ["el", "en", "hr", "sl", "zh"]


def test_starter_content_has_every_kind_in_slovenian_and_apologies_and_escalations_in_all_five(
    starter: Content,
) -> None:
    replies = starter.replies.values()
    kinds = {t.kind for t in replies}
    assert {t.kind for t in replies if t.language == "sl"} == kinds
    for template in originals(starter.replies):
        if template.kind in ("apology", "escalation") and template.language == "en":
            languages = {t.language for t in family(starter.replies, template.id)}
            assert languages == {"en", "sl", "hr", "el", "zh"}, template.id


def test_check_reports_variant_fields_that_differ_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _folder(tmp_path)
    variant = root / "replies/apology/late.sl.md"
    content = load_checked(root, today=TODAY)
    found = {(p.line, p.message) for p in content.problems if p.code == "variant-fields"}
    assert all(p.path == variant for p in content.problems if p.code == "variant-fields")
    lines = {line for line, _ in found}
    assert _line_of(variant, "fields:") in lines  # new_date is missing: named at fields
    assert _line_of(variant, "reason:") in lines
    assert _line_of(variant, "extra:") in lines
    messages = " ".join(message for _, message in found)
    assert "no field 'new_date'" in messages and "late.md line" in messages
    assert "it is a text field, the original's is a choice field" in messages
    assert "'extra' is not in the original apology/late" in messages
    # The command line says the same, file and line first.
    assert main(["check", "--content", str(root)]) == 0  # warnings only
    out = capsys.readouterr().out
    expected = f"replies/apology/late.sl.md:{_line_of(variant, 'reason:')}: warning:"
    assert expected in out and "[variant-fields]" in out


def test_matching_variants_pass_and_choices_may_be_worded_in_their_language(
    tmp_path: Path,
) -> None:
    same = ORIGINAL.replace("language: en", "language: sl").replace(
        "translations:\n  sl: apology/late.sl", "translations:\n  en: apology/late"
    )
    same = same.replace("[a courier delay, bad weather]", "[zamuda dostavne službe, slabo vreme]")
    content = load_checked(_folder(tmp_path, same), today=TODAY)
    assert [p for p in content.problems if p.code.startswith("variant")] == []


def test_an_edited_variant_is_checked_against_its_original_before_it_is_saved(
    tmp_path: Path,
) -> None:
    root = _folder(tmp_path)
    content = load_checked(root, today=TODAY)
    path = root / "replies/apology/late.sl.md"
    text = path.read_text(encoding="utf-8")
    checked = check_source(text, path, content, today=TODAY)
    assert {p.code for p in checked.problems} >= {"variant-fields"}
    fixed = text.replace(
        "  reason: {label: Razlog, required: true}\n  extra: {label: Dodatno}\n",
        "  reason: {label: Razlog, type: choice, required: true, choices: [a, b]}\n"
        "  new_date: {label: Datum, type: date, required: true}\n",
    ).replace("{{ extra }}", "{{ new_date | format_date }}")
    assert list(check_source(fixed, path, content, today=TODAY).problems) == []


def test_broken_translations_entries_are_errors_at_their_line(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    original = root / "replies/apology/late.md"
    text = original.read_text(encoding="utf-8")
    write(
        root,
        "replies/apology/late.md",
        text.replace("  sl: apology/late.sl", "  hr: apology/late.sl\n  el: apology/nope"),
    )
    content = load_checked(root, today=TODAY)
    problems = {(p.code, p.line) for p in content.problems if p.path == original}
    assert ("translation-language", _line_of(original, "hr: apology/late.sl")) in problems
    assert ("unknown-translation", _line_of(original, "el: apology/nope")) in problems


def test_a_variant_file_nobody_lists_is_pointed_out(tmp_path: Path) -> None:
    root = _folder(tmp_path, DIFFERENT.replace("translations:\n  en: apology/late\n", ""))
    original = root / "replies/apology/late.md"
    write(
        root,
        "replies/apology/late.md",
        original.read_text(encoding="utf-8").replace("translations:\n  sl: apology/late.sl\n", ""),
    )
    content = load_checked(root, today=TODAY)
    unlisted = [p for p in content.problems if p.code == "unlisted-variant"]
    assert len(unlisted) == 1
    assert "sl: apology/late.sl" in unlisted[0].message


def test_a_language_without_its_own_org_table_is_reported(tmp_path: Path) -> None:
    toml = (
        '[org]\nname = "Larkspur Home"\nsignature = "Larkspur Customer Care"\n\n'
        '[org.hr]\nsignature = "x"\n'
    )
    content = load_checked(_folder(tmp_path, toml=toml), today=TODAY)
    [problem] = [p for p in content.problems if p.code == "org-language"]
    assert problem.path.name == "kbassist.toml"
    assert "[org.sl]" in problem.message and "Larkspur Customer Care" in problem.message


def test_values_carry_across_variants_with_choices_by_their_place(starter: Content) -> None:
    english = starter.replies["apology/late-delivery"]
    slovenian = starter.replies["apology/late-delivery.sl"]
    values = {
        "customer_name": "Ana",
        "order_number": "LK-123456",
        "reason": "severe weather on the delivery route",
        "goodwill": "yes, EU order (€)",
        "new_date": "2026-03-14",
    }
    carried = carried_values(values, english, slovenian)
    assert carried["reason"] == "slabo vreme na poti dostave"
    assert carried["goodwill"] == "da, naročilo v EU (€)"
    assert carried["order_number"] == "LK-123456" and carried["new_date"] == "2026-03-14"
    assert carried_values(carried, slovenian, english) == values


def _sample_values(template: ReplyTemplate, content: Content) -> dict[str, str]:
    """A value for every field, as a writer would fill them in."""
    values: dict[str, str] = {}
    for spec in template.fields:
        if spec.type == "choice":
            values[spec.name] = spec.choices[-1]
        elif spec.type == "date":
            values[spec.name] = "2026-03-14"
        elif spec.type == "number":
            values[spec.name] = "1234.50"
        elif spec.type == "facility":
            values[spec.name] = sorted(content.facilities)[0]
        elif spec.type == "article":
            values[spec.name] = sorted(content.articles)[0]
        elif spec.pattern.startswith("LK-"):
            values[spec.name] = "LK-123456"
        elif spec.pattern.startswith("[0-9]{8}"):
            values[spec.name] = "12345678"
        elif "+" in spec.pattern:
            values[spec.name] = "+386 1 234 5678"
        else:
            values[spec.name] = "Ana"
    return values


def test_every_starter_template_renders_in_its_language_through_the_sandbox(
    starter: Content,
) -> None:
    settings = starter.settings
    for template in starter.replies.values():
        result = render(template, _sample_values(template, starter), starter, "Maja", TODAY)
        assert result.sendable, (template.id, result.reasons)
        org = settings.org_for(template.language)
        # Signed in the reply's language, with its sign-off: never the English one elsewhere.
        assert result.body.endswith(f"{org['sign_off']}\nMaja\n{org['signature']}"), template.id
        if template.language != "en":
            assert "Larkspur Customer Care" not in result.body, template.id
            assert "Kind regards" not in result.body, template.id


def test_a_slovenian_reply_writes_dates_numbers_and_money_in_slovenian(starter: Content) -> None:
    template = starter.replies["apology/billing-error.sl"]
    values = _sample_values(template, starter) | {"currency": "€", "correct_amount": "0"}
    body = render(template, values, starter, "Maja", TODAY).body
    assert "zaračunali 1.234,50 €" in body
    assert "v 7 delovnih dneh, torej do 19. 3. 2026" in body
    late = starter.replies["apology/late-delivery.hr"]
    values = _sample_values(late, starter)
    croatian = render(late, values, starter, "Maja", TODAY).body
    assert "najkasnije 14. ožujka 2026. Čim" in croatian  # one full stop, not two
    assert "12\u00a0€" in croatian  # the EU goodwill credit, as Croatian writes an amount
    assert re.search(r"Srdačan pozdrav,\nMaja\nLarkspur služba za korisnike$", croatian)


@pytest.mark.parametrize(
    ("language", "number", "money"),
    [
        ("en", "1,234.50", "£10"),
        ("sl", "1.234,50", "10\u00a0GBP"),
        ("hr", "1.234,50", "10\u00a0GBP"),
        ("el", "1.234,50", "10\u00a0£"),  # CLDR keeps the amount and its sign together
        ("zh", "1,234.50", "£10"),
    ],
)
def test_numbers_keep_their_digits_in_each_language(language: str, number: str, money: str) -> None:
    assert format_number(Decimal("1234.50"), language) == number
    assert format_money(10, "GBP", language) == money


def test_a_currency_nobody_prices_in_is_refused() -> None:
    with pytest.raises(ValueError, match="not a currency"):
        format_money(10, "GPB", "en")
