"""Static checks of reply templates: syntax, unknown names, unused fields, kb fact references,
and block tags that swallow a line break."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from jinja2 import Environment, TemplateSyntaxError, meta, nodes

from kbassist.common.i18n import _
from kbassist.content.articles import Article
from kbassist.content.replies import ReplyTemplate
from kbassist.problems import ProblemList
from kbassist.replies.budget import BudgetExceeded, check_binop
from kbassist.replies.sandbox import CONTEXT_NAMES, deepest_line, make_environment


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
            used |= _check_part(env, template, articles, (part, source, first_line), problems)
        except (RecursionError, MemoryError, SyntaxError):
            # Nested thousands deep: too deep for Jinja's parser or for Python to compile.
            problems.error(
                template.path,
                first_line + deepest_line(env, source) - 1,
                "template-too-deep",
                _(
                    "The {part} nests too deep (brackets, filters or blocks inside each other "
                    "thousands of times) to be read. Simplify it there."
                ).format(part=part),
            )
    for spec in template.fields:
        if spec.required and spec.name not in used:
            problems.error(
                template.path,
                spec.line,
                "unused-field",
                _(
                    "Required field '{name}' is never used in the subject or body, so the writer "
                    "would fill it in for nothing. Use it, or remove it."
                ).format(name=spec.name),
            )


def _check_part(
    env: Environment,
    template: ReplyTemplate,
    articles: Mapping[str, Article],
    where: tuple[str, str, int],
    problems: ProblemList,
) -> set[str]:
    """Check one part (name, source, first line): subject or body; the names it uses."""
    part, source, first_line = where
    try:
        tree = env.parse(source)
        env.compile(source)
    except TemplateSyntaxError as exc:
        line = first_line + (exc.lineno or 1) - 1
        problems.error(
            template.path,
            line,
            "template-syntax",
            _(
                "Template syntax error in the {part}: {message}. Check that every '{{{{' has "
                "'}}}}' and every '{{%' block is closed."
            ).format(part=part, message=exc.message),
        )
        return set()
    if part == "body":
        _check_swallowed_newlines(template, source, first_line, problems)
    names = meta.find_undeclared_variables(tree)
    declared = {f.name for f in template.fields}
    for name in sorted(names - declared - CONTEXT_NAMES):
        problems.error(
            template.path,
            first_line + _first_use(tree, name) - 1,
            "unknown-name",
            _(
                "The {part} uses '{name}', which is neither a declared field nor provided "
                "context ({join}). Declare it under 'fields' or fix the spelling."
            ).format(part=part, name=name, join=", ".join(sorted(CONTEXT_NAMES))),
        )
    for node, article_id, fact in _kb_references(tree):
        line = first_line + (node.lineno or 1) - 1
        _check_fact(template, articles, article_id, fact, line, problems)
    _check_constant_arithmetic(template, tree, part, first_line, problems)
    return set(names)


_OPERATORS: dict[type[nodes.BinExpr], tuple[str, Callable[[Any, Any], object]]] = {
    nodes.Add: ("+", operator.add),
    nodes.Sub: ("-", operator.sub),
    nodes.Mul: ("*", operator.mul),
    nodes.Div: ("/", operator.truediv),
    nodes.FloorDiv: ("//", operator.floordiv),
    nodes.Mod: ("%", operator.mod),
    nodes.Pow: ("**", operator.pow),
}


def _check_constant_arithmetic(
    template: ReplyTemplate, tree: nodes.Template, part: str, first_line: int, problems: ProblemList
) -> None:
    """Report arithmetic on literals that rendering would refuse (9 ** (9 ** 10))."""
    for node in tree.find_all(nodes.BinExpr):
        try:
            _constant(node)
        except BudgetExceeded as exc:
            problems.error(
                template.path,
                first_line + (node.lineno or 1) - 1,
                "template-too-big",
                _("The {part} works out something too big: {exc}. Remove or shrink it.").format(
                    part=part, exc=exc
                ),
            )
            return
        except (ArithmeticError, TypeError, ValueError):
            continue  # not for this check: rendering reports it with its own message


def _constant(node: nodes.Node) -> object:
    """The value of arithmetic on literals, refused before it grows too big; TypeError when
    it is not all literals."""
    if isinstance(node, nodes.Const):
        return node.value
    known = _OPERATORS.get(type(node)) if isinstance(node, nodes.BinExpr) else None
    if known is None or not isinstance(node, nodes.BinExpr):
        raise TypeError(_("not a constant"))
    symbol, function = known
    left, right = _constant(node.left), _constant(node.right)
    check_binop(symbol, left, right)
    return function(left, right)


# A block tag ending a line; "+%}" keeps the line break after it and "-%}" asks to lose it.
_TAG_AT_END = re.compile(r"\{%(?:(?!%\}).)*?(?<![-+])%\}[ \t]*$")
_BLOCK_TAG = re.compile(r"\{%.*?%\}")


def _check_swallowed_newlines(
    template: ReplyTemplate, source: str, first_line: int, problems: ProblemList
) -> None:
    """Warn where text ends with a block tag: the sandbox trims the line break after a block
    tag (so a tag on a line of its own leaves no blank line), and here that joins this line
    to the next one, while the template's other lines keep their breaks."""
    lines = source.split("\n")
    for number, line in enumerate(lines[:-1]):
        match = _TAG_AT_END.search(line)
        if match is None or not _BLOCK_TAG.sub("", line).strip():
            continue  # no tag at the end, or a line of tags only: meant to leave nothing
        tag = match.group(0).strip()
        fixed = tag[:-2].rstrip() + " +%}"
        problems.warning(
            template.path,
            first_line + number,
            "swallowed-newline",
            _(
                "The line ends with {tag}, which swallows the line break after it, so this line "
                "and the next run together in the reply. Write {fixed} to keep the line break, "
                "or put the tag on a line of its own."
            ).format(tag=tag, fixed=fixed),
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
            _(
                'kb["{article_id}"] refers to an article that does not exist. Use the article\'s '
                "path under articles/ without .md."
            ).format(article_id=article_id),
        )
    elif fact is not None and fact not in article.facts:
        known = ", ".join(sorted(article.facts)) or "none"
        problems.error(
            template.path,
            line,
            "unknown-fact",
            _(
                "Article '{article_id}' has no fact '{fact}' (its facts: {known}). Add it to the "
                "article's 'facts' or fix the name."
            ).format(article_id=article_id, fact=fact, known=known),
        )
