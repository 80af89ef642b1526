"""Static checks of reply templates: syntax, unknown names, unused fields, kb fact references."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from jinja2 import TemplateSyntaxError, meta, nodes

from kbassist.content.articles import Article
from kbassist.content.replies import ReplyTemplate
from kbassist.problems import ProblemList
from kbassist.replies.sandbox import CONTEXT_NAMES, make_environment


def check_template(
    template: ReplyTemplate, articles: Mapping[str, Article], problems: ProblemList
) -> None:
    """Report everything in template that would make rendering fail or go out wrong."""
    env = make_environment(template.language)
    used: set[str] = set()
    sources = (
        ("subject", template.subject, template.subject_line),
        ("body", template.body, template.body_line),
    )
    for part, source, first_line in sources:
        if not source:
            continue
        try:
            tree = env.parse(source)
            env.compile(source)
        except TemplateSyntaxError as exc:
            line = first_line + (exc.lineno or 1) - 1
            problems.error(
                template.path,
                line,
                "template-syntax",
                f"Template syntax error in the {part}: {exc.message}. "
                "Check that every '{{' has '}}' and every '{%' block is closed.",
            )
            continue
        names = meta.find_undeclared_variables(tree)
        used |= names
        declared = {f.name for f in template.fields}
        for name in sorted(names - declared - CONTEXT_NAMES):
            problems.error(
                template.path,
                first_line + _first_use(tree, name) - 1,
                "unknown-name",
                f"The {part} uses '{name}', which is neither a declared field nor provided "
                f"context ({', '.join(sorted(CONTEXT_NAMES))}). Declare it under 'fields' or fix "
                "the spelling.",
            )
        for node, article_id, fact in _kb_references(tree):
            line = first_line + (node.lineno or 1) - 1
            _check_fact(template, articles, article_id, fact, line, problems)
    for spec in template.fields:
        if spec.required and spec.name not in used:
            problems.error(
                template.path,
                spec.line,
                "unused-field",
                f"Required field '{spec.name}' is never used in the subject or body, so the writer "
                "would fill it in for nothing. Use it, or remove it.",
            )


def _first_use(tree: nodes.Template, name: str) -> int:
    for node in tree.find_all(nodes.Name):
        if node.name == name:
            return node.lineno or 1
    return 1


def _kb_references(tree: nodes.Template) -> Iterator[tuple[nodes.Node, str, str | None]]:
    """Each kb["article-id"].fact (or kb["id"]["fact"]) in tree, fact None when not named."""
    for node in tree.find_all(nodes.Getitem):
        if not (isinstance(node.node, nodes.Name) and node.node.name == "kb"):
            continue
        if not isinstance(node.arg, nodes.Const) or not isinstance(node.arg.value, str):
            continue
        yield node, node.arg.value, _fact_name(tree, node)


def _fact_name(tree: nodes.Template, lookup: nodes.Getitem) -> str | None:
    for parent in tree.find_all(nodes.Getattr):
        if parent.node is lookup:
            return str(parent.attr)
    for item in tree.find_all(nodes.Getitem):
        if item.node is lookup and isinstance(item.arg, nodes.Const):
            return str(item.arg.value)
    return None


def _check_fact(
    template: ReplyTemplate,
    articles: Mapping[str, Article],
    article_id: str,
    fact: str | None,
    line: int,
    problems: ProblemList,
) -> None:
    article = articles.get(article_id)
    if article is None:
        problems.error(
            template.path,
            line,
            "unknown-fact",
            f'kb["{article_id}"] refers to an article that does not exist. '
            "Use the article's path under articles/ without .md.",
        )
    elif fact is not None and fact not in article.facts:
        known = ", ".join(sorted(article.facts)) or "none"
        problems.error(
            template.path,
            line,
            "unknown-fact",
            f"Article '{article_id}' has no fact '{fact}' (its facts: {known}). "
            "Add it to the article's 'facts' or fix the name.",
        )
