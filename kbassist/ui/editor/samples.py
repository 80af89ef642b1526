"""Made-up field values a reply template's preview renders with while it is edited."""

from __future__ import annotations

import datetime as dt

from kbassist.content.folder import Content
from kbassist.content.replies import FieldSpec, ReplyTemplate


def sample_value(spec: FieldSpec, content: Content, today: dt.date) -> object:
    """The field's `sample`, else its `default`, else a value of its type where one is
    obvious; None leaves the field to show its marker ("[Customer name]") in the preview."""
    for given in (spec.sample, spec.default):
        if given is not None and str(given).strip():
            return given
    if spec.type == "choice" and spec.choices:
        return spec.choices[0]
    if spec.type == "date":
        return today.isoformat()
    if spec.type == "number":
        return "12"
    if spec.type == "facility" and content.facilities:
        return min(content.facilities)
    if spec.type == "article" and content.articles:
        return min(content.articles)
    return None


def sample_values(template: ReplyTemplate, content: Content, today: dt.date) -> dict[str, object]:
    """A sample value for every field of template that has one."""
    values: dict[str, object] = {}
    for spec in template.fields:
        value = sample_value(spec, content, today)
        if value is not None:
            values[spec.name] = value
    return values
