"""Fuzzing the template checker: any reply file gives problems or templates, never an exception."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kbassist.validation import load_checked

# Pieces that reach deep into the loader and the Jinja checker when combined at random.
JINJA_PIECES = [
    "{{ ",
    " }}",
    "{% if ",
    "{% endif %}",
    "{% for x in ",
    "{% endfor %}",
    "{% set y = ",
    " %}",
    "{# ",
    " #}",
    "customer_name",
    "agent.name",
    "order_number",
    " | format_date",
    " | upper",
    " | nope",
    "9**(9**10)",
    "()",
    "[",
    "]",
    "(",
    "'",
    '"',
    "range(10**9)",
    "__class__",
    "{% include 'x' %}",
    "{% macro m() %}",
    "{% endmacro %}",
    "{% raw %}",
    "\n",
    "\r",
    "\x00",
    "\u2028",
    "Dear ",
]

FRONT_PIECES = [
    "title: Late delivery\n",
    "subject: '{{ order_number }}'\n",
    "fields:\n",
    "  customer_name: {label: Name, required: true}\n",
    "  order_number: {label: Order, pattern: '(a+)+$'}\n",
    "  when: {type: date}\n",
    "  store: {type: facility}\n",
    "  reason: {type: choice, choices: [a, b], default: c}\n",
    "  x: 5\n",
    "tags: &a [x, *a]\n",
    "tags: [a, b]\n",
    "kind: !!python/object:os.system ls\n",
    "language: xx-\n",
    "title: !!int abc\n",
    "title: [1, 2]\n",
    "title: 1" + "0" * 50 + "\n",
    "title: Late\n",
    ":\n",
    "- a\n",
    "'\n",
    "\t\n",
]

bodies = st.lists(st.one_of(st.sampled_from(JINJA_PIECES), st.text(max_size=20)), max_size=30).map(
    "".join
)
front_matters = st.one_of(
    st.lists(st.sampled_from(FRONT_PIECES), max_size=10).map("".join),
    st.text(max_size=200),
)


@settings(max_examples=150, deadline=None)
@given(front=front_matters, body=bodies, fenced=st.booleans(), name=st.sampled_from(["a", "b/c"]))
def test_any_reply_file_gives_problems_or_templates(
    front: str, body: str, fenced: bool, name: str
) -> None:
    text = f"---\n{front}\n---\n{body}" if fenced else body
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        path = root / "replies" / f"{name}.md"
        path.parent.mkdir(parents=True)
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        content = load_checked(root)
        reply_id = name
        assert reply_id in content.replies or list(content.problems), (
            "a reply that is not loaded must be named as a problem"
        )
