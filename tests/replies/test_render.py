"""Rendering replies: every field type, markers for missing fields, sandbox escapes, safety."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from kbassist.content.folder import Content
from kbassist.content.replies import ReplyTemplate
from kbassist.replies.quoting import Quotable, quotable_parts
from kbassist.replies.render import (
    build_context,
    marker_spans,
    outgoing_problems,
    render,
)
from kbassist.validation import load_checked
from tests.contentkit import LONDON_STORES, ORG_SETTINGS, article, load_clean, write

TODAY = dt.date(2026, 3, 10)  # a Tuesday

SETTINGS = ORG_SETTINGS + 'signature = "Larkspur Customer Care"\n'

# A Ljubljana store without hours, beside the London ones.
FACILITIES = (
    LONDON_STORES
    + """
- id: lj-center
  name: Larkspur Ljubljana
  address: [Slovenska cesta 1]
  city: Ljubljana
  postcode: "1000"
  country: SI
  lat: 46.05
  lon: 14.50
"""
)

EVERYTHING = """
---
title: Every field type
kind: apology
subject: "Order {{ order_number }} for {{ customer_name }}"
fields:
  customer_name: {label: Customer's first name, required: true}
  order_number:
    label: Order number
    required: true
    pattern: "LK-[0-9]{6}"
    help: Starts with LK- followed by six digits
  new_date: {label: New delivery date, type: date, required: true}
  amount: {label: Refund amount, type: number, required: true}
  reason:
    label: Reason
    type: choice
    required: true
    default: a courier delay
    choices: [a courier delay, bad weather]
  note: {label: Note, type: multiline}
  store: {label: Store, type: facility, required: true}
  policy: {label: Policy, type: article, required: true}
---
Dear {{ customer_name }},

Order {{ order_number }} is late because of {{ reason }}.
It arrives by {{ new_date | format_date }}; we refund £{{ amount }} within
{{ kb["refunds/policy"].refund_days }} days, by {{ add_business_days(today, 3) | format_date }}.
{% if note %}{{ note }}
{% endif %}

Visit {{ store.name }}:
{{ store.address_block }}
Today: {{ store.hours_today }}
Map: {{ store.map_url }}

{{ policy.title }}: {{ policy.summary }}

{{ agent.name }}
{{ org.signature }}
"""

FILLED = {
    "customer_name": "Ana",
    "order_number": "LK-123456",
    "new_date": "2026-03-14",
    "amount": "12.50",
    "store": "camden",
    "policy": "refunds/policy",
}


@pytest.fixture
def content(tmp_path: Path) -> Content:
    root = tmp_path / "content"
    write(root, "kbassist.toml", SETTINGS)
    write(root, "facilities/stores.yaml", FACILITIES)
    article(
        root,
        "refunds/policy",
        "Refund policy",
        summary="Full refund within 30 days.",
        facts="{refund_days: 30}",
    )
    write(root, "replies/everything.md", EVERYTHING)
    return load_clean(root, today=TODAY)


def _template(content: Content, body: str, name: str = "adhoc", **front: str) -> ReplyTemplate:
    """Write a template into the content folder and load it back as the loader would."""
    meta = {"title": "Ad hoc", "subject": "Hello", **front}
    lines = "\n".join(f"{k}: {v}" for k, v in meta.items())
    write(content.root, f"replies/{name}.md", f"---\n{lines}\n---\n{body}")
    reloaded = load_checked(content.root, today=TODAY)
    return reloaded.replies[name]


def test_every_field_type_renders(content: Content) -> None:
    result = render(content.replies["everything"], FILLED, content, "Maja", TODAY)
    assert result.errors == []
    assert result.subject == "Order LK-123456 for Ana"
    assert result.body == (
        "Dear Ana,\n\n"
        "Order LK-123456 is late because of a courier delay.\n"
        "It arrives by 14 March 2026; we refund £12.50 within\n"
        "30 days, by 13 March 2026.\n\n"
        "Visit Larkspur Camden:\n"
        "12 Parkway\nLondon\nNW1 7AA\n"
        "Today: 09:00–17:30\n"
        "Map: https://www.openstreetmap.org/?mlat=51.53900&mlon=-0.14260#map=17/51.53900/-0.14260\n"
        "\n"
        "Refund policy: Full refund within 30 days.\n\n"
        "Maja\nLarkspur Customer Care"
    )
    assert result.sendable
    assert result.reasons == []


def test_context_converts_values_by_type(content: Content) -> None:
    values = {**FILLED, "amount": "4,5", "reason": "BAD WEATHER", "note": "Line one\r\nLine two  "}
    context, issues = build_context(content.replies["everything"], values, content, "M", TODAY)
    assert issues == []
    assert context["new_date"] == dt.date(2026, 3, 14)
    assert context["amount"] == Decimal("4.5")
    assert context["reason"] == "bad weather"  # the choice as the template wrote it
    assert context["note"] == "Line one\nLine two"
    assert context["today"] == TODAY
    assert str(context["store"]) == "Larkspur Camden"
    whole, _ = build_context(content.replies["everything"], {"amount": "12"}, content, "M", TODAY)
    assert whole["amount"] == 12 and isinstance(whole["amount"], int)


def test_missing_required_fields_show_markers_and_block(content: Content) -> None:
    values = {"order_number": "LK-123456", "amount": "3"}
    result = render(content.replies["everything"], values, content, "Maja", TODAY)
    assert result.errors == []
    assert result.missing == ["customer_name", "new_date", "store", "policy"]
    assert not result.sendable
    assert result.subject == "Order LK-123456 for [Customer's first name]"
    assert "Dear [Customer's first name]," in result.body
    assert "It arrives by [New delivery date];" in result.body
    assert "Visit [Store]:\n[Store]\nToday: [Store]" in result.body
    assert "[Policy]: [Policy]" in result.body
    assert result.reasons[0] == (
        "Fill in: Customer's first name, New delivery date, Store, Policy."
    )
    labels = [i.label for i in result.field_issues if i.missing]
    assert labels == ["Customer's first name", "New delivery date", "Store", "Policy"]


def test_default_fills_an_empty_choice(content: Content) -> None:
    result = render(content.replies["everything"], FILLED, content, "Maja", TODAY)
    assert "because of a courier delay." in result.body
    chosen = render(
        content.replies["everything"], {**FILLED, "reason": "bad weather"}, content, "M", TODAY
    )
    assert "because of bad weather." in chosen.body


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("order_number", "LK-12", "not in the expected form (Starts with LK- followed by six"),
        ("order_number", "xLK-123456", "not in the expected form"),
        ("new_date", "14/03/2026", "is not a date. Write it as YYYY-MM-DD"),
        ("amount", "twelve", "is not a number"),
        ("amount", "nan", "is not a number"),
        ("reason", "the moon", "not one of the choices: a courier delay, bad weather"),
        ("store", "nowhere", "no facility with the id 'nowhere'"),
        ("policy", "refunds/nope", "no article with the id 'refunds/nope'"),
    ],
)
def test_invalid_values_are_reported_and_block(
    content: Content, field: str, value: str, message: str
) -> None:
    result = render(content.replies["everything"], {**FILLED, field: value}, content, "M", TODAY)
    issues = [i for i in result.field_issues if i.field == field]
    assert len(issues) == 1 and message in issues[0].message
    assert not issues[0].missing
    assert not result.sendable
    assert result.errors == []


def test_empty_optional_fields_are_blank_and_false(content: Content) -> None:
    template = _template(
        content,
        "A{% if note %} {{ note }}{% endif %}{% if when %} {{ when | format_date }}{% endif %}.\n",
        fields="{note: {label: Note}, when: {label: When, type: date}}",
    )
    result = render(template, {}, content, "M", TODAY)
    assert result.body == "A."
    assert result.sendable
    filled = render(template, {"note": "hi", "when": "2026-01-02"}, content, "M", TODAY)
    assert filled.body == "A hi 2 January 2026."


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "14 March 2026"),
        ("en-US", "March 14, 2026"),
        ("sl", "14. 3. 2026"),
        ("hr", "14. ožujka 2026."),
        ("el", "14 Μαρτίου 2026"),
        ("zh", "2026年3月14日"),
    ],
)
def test_dates_are_written_for_the_template_language(
    content: Content, language: str, expected: str
) -> None:
    template = _template(
        content,
        "{{ day | format_date }} / {{ add_days(day, 1) | format_date }}\n",
        language=language,
        fields="{day: {label: Day, type: date, required: true}}",
    )
    result = render(template, {"day": "2026-03-14"}, content, "M", TODAY)
    assert result.body.startswith(expected + " / ")
    assert result.errors == []


def test_business_days_skip_the_weekend(content: Content) -> None:
    template = _template(content, "{{ add_business_days(today, 4) }}\n")
    assert render(template, {}, content, "M", dt.date(2026, 3, 13)).body == "2026-03-19"


def test_facility_without_hours_and_other_country(content: Content) -> None:
    template = _template(
        content,
        "{{ s.name }}\n{{ s.address_block }}\n{{ s.hours_today }}\n",
        fields="{s: {label: Store, type: facility, required: true}}",
    )
    result = render(template, {"s": "lj-center"}, content, "M", TODAY)
    assert result.body == "Larkspur Ljubljana\nSlovenska cesta 1\n1000 Ljubljana\nHours unknown"


def test_undefined_name_names_the_file_line(content: Content) -> None:
    body = "Dear {{ customer_name }},\n\nThanks.\n{{ custmer_name }}\n"
    template = _template(content, body, fields="{customer_name: {label: Name}}")
    # The front matter takes lines 1-5 (---, title, subject, fields, ---): the body starts at 6.
    assert template.body_line == 6
    result = render(template, {"customer_name": "Ana"}, content, "M", TODAY)
    assert [e.line for e in result.errors] == [9]
    assert result.errors[0].message == (
        "Line 9: 'custmer_name' is not defined — declare it under fields or fix the spelling."
    )
    assert (result.subject, result.body) == ("", "")
    assert not result.sendable


def test_syntax_error_in_the_subject(content: Content) -> None:
    template = _template(content, "Body\n", subject='"Order {{ order"')
    result = render(template, {}, content, "M", TODAY)
    assert len(result.errors) == 1
    assert result.errors[0].line == template.subject_line == 3
    assert result.errors[0].message.startswith("Line 3 (subject): syntax error:")
    assert (result.subject, result.body) == ("", "")


def test_missing_org_key_and_kb_fact_are_named(content: Content) -> None:
    org = render(_template(content, "{{ org.fax }}\n"), {}, content, "M", TODAY)
    assert "org has no 'fax'" in org.errors[0].message
    assert "[org] table of kbassist.toml" in org.errors[0].message
    fact = render(_template(content, '{{ kb["refunds/policy"].days }}\n'), {}, content, "M", TODAY)
    assert "Article 'refunds/policy' has no fact 'days' (its facts: refund_days)" in (
        fact.errors[0].message
    )
    nowhere = render(_template(content, '{{ kb["gone"].x }}\n'), {}, content, "M", TODAY)
    assert "kb has no article 'gone'" in nowhere.errors[0].message


def test_kb_facts_by_item_and_attribute(content: Content) -> None:
    template = _template(
        content,
        '{{ kb["refunds/policy"]["refund_days"] }}/{{ kb["refunds/policy"].refund_days }}\n',
    )
    assert render(template, {}, content, "M", TODAY).body == "30/30"


@pytest.mark.parametrize(
    "escape",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ self._TemplateReference__context }}",
        "{{ org._values }}",
        "{{ lipsum.__globals__['os'] }}",
        "{{ ''.format.__self__ }}",
    ],
)
def test_sandbox_escapes_render_nothing(content: Content, escape: str) -> None:
    template = _template(content, f"Dear customer,\nSecret: {escape}\n")
    result = render(template, {}, content, "M", TODAY)
    assert (result.subject, result.body) == ("", "")
    assert len(result.errors) == 1
    assert result.errors[0].line == template.body_line + 1
    assert not result.sendable


def test_runtime_error_is_reported_not_raised(content: Content) -> None:
    template = _template(content, "Hi\n{{ 1 // 0 }}\n")
    result = render(template, {}, content, "M", TODAY)
    assert result.errors[0].line == template.body_line + 1
    assert "ZeroDivisionError" in result.errors[0].message


def test_blank_agent_name_blocks(content: Content) -> None:
    result = render(content.replies["everything"], FILLED, content, "  ", TODAY)
    assert "\n[Your name]\n" in result.body
    assert not result.sendable
    assert result.reasons == ["The body still has the placeholder [Your name]. Fill it in."]


def test_values_are_not_rendered_as_template_code(content: Content) -> None:
    values = {**FILLED, "customer_name": "{{ org.name }}"}
    result = render(content.replies["everything"], values, content, "M", TODAY)
    assert "Dear {{ org.name }}," in result.body
    assert not result.sendable
    assert any("'{{'" in p for p in result.problems)


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Hi", "Dear None,", "The body contains 'None' where a value should be"),
        ("Order None", "Fine.", "The subject contains 'None'"),
        ("Hi", "Dear {{ name }},", "contains '{{'"),
        ("Hi", "Dear }} name,", "contains '}}'"),
        ("Hi", "{% if x %}", "contains '{%'"),
        ("Hi", "Value: Undefined.", "contains 'Undefined'"),
        ("Hi", "<function str.format at 0x7f00>", "program text"),
        ("", "Body", "The subject is empty."),
        ("Hi", "  \n", "The body is empty."),
        ("Hi", "Dear [Customer's first name],", "still has the placeholder"),
    ],
)
def test_outgoing_problems_block(subject: str, body: str, expected: str) -> None:
    found = outgoing_problems(subject, body, ["[Customer's first name]"])
    assert any(expected in p for p in found), found


def test_outgoing_problems_allow_ordinary_english() -> None:
    body = "None of the items were damaged. Nonetheless, none is missing. Brackets [1] stay."
    assert outgoing_problems("Your refund", body, ["[Customer's first name]"]) == []


def test_quotable_parts_of_an_article(content: Content) -> None:
    write(
        content.root,
        "articles/refunds/long.md",
        """
        ---
        title: Long policy
        summary: The short answer.
        ---
        # Long policy

        Intro.

        ## Details
        Refunds are paid to the card
        used for the order.

        - The 30 days start on delivery. Parcels sent
          separately each have their own 30 days.
        - See [how to return](../returns/how.md) for **labels**.

        ### Small print
        1. Gift cards are not refundable.

        ## Questions to ask
        """,
    )
    article = load_checked(content.root, today=TODAY).articles["refunds/long"]
    assert quotable_parts(article) == [
        Quotable("Summary", "The short answer."),
        Quotable(
            "Details",
            "Refunds are paid to the card used for the order.\n\n"
            "- The 30 days start on delivery. Parcels sent separately each have their own 30 "
            "days.\n- See how to return for labels.\n\nSmall print\n1. Gift cards are not "
            "refundable.",
        ),
        Quotable("Small print", "1. Gift cards are not refundable."),
    ]


def test_marker_spans() -> None:
    text = "Dear [Name], order [Order] for [Name]."
    assert marker_spans(text, ["[Name]", "[Order]", "[Name]", ""]) == [(5, 11), (19, 26), (31, 37)]
