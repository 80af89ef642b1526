"""Language variants of a reply template: the one to fill in for a customer's language, and
the checks that keep every variant asking for what its original asks for.

A template lists its variants as an article lists its translations
(``translations: {sl: apology/late-delivery.sl}``); the variants may list it back. The
templates linked so, either way, are one family; its original is the one in the content's
default language (else the one that lists the most variants).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kbassist.common.i18n import _
from kbassist.common.languages import normalise_tag, primary_language, same_language
from kbassist.content.folder import Content
from kbassist.content.replies import FieldSpec, ReplyTemplate
from kbassist.content.settings import SETTINGS_FILE
from kbassist.problems import ProblemList

Replies = Mapping[str, ReplyTemplate]


@dataclass(frozen=True)
class Variant:
    """The template to fill in for a language, and the language that was asked for."""

    template: ReplyTemplate
    wanted: str

    @property
    def fallback(self) -> bool:
        """True when the family has no variant in the wanted language: this is the original."""
        return not same_language(self.template.language, self.wanted)


def family(replies: Replies, template_id: str, default_language: str = "en") -> list[ReplyTemplate]:
    """Every variant of template_id's reply (itself included), the original first, then by
    language; [] for an unknown id."""
    if template_id not in replies:
        return []
    return next(
        members for members in families(_reachable(replies, template_id), default_language).values()
    )


def _reachable(replies: Replies, template_id: str) -> dict[str, ReplyTemplate]:
    """The templates linked to template_id, directly or through others."""
    linked = _links(replies)
    seen = {template_id}
    waiting = [template_id]
    while waiting:
        for other in linked[waiting.pop()]:
            if other not in seen:
                seen.add(other)
                waiting.append(other)
    return {ident: replies[ident] for ident in seen}


def original(replies: Replies, template_id: str, default_language: str = "en") -> ReplyTemplate:
    """The original of template_id's family (template_id itself when it has no variants)."""
    return family(replies, template_id, default_language)[0]


def variant_for(
    replies: Replies, template_id: str, language: str, default_language: str = "en"
) -> Variant:
    """The variant of template_id's reply for language: one in that very tag (zh-Hant), else
    in its language (zh), else the original, which the caller says is a fallback."""
    members = family(replies, template_id, default_language)
    if not members:
        raise KeyError(template_id)
    tag = normalise_tag(language)
    exact = [t for t in members if normalise_tag(t.language) == tag]
    close = [t for t in members if same_language(t.language, tag)]
    asked = replies[template_id]
    # The template asked for wins among equals: a draft reopens in the variant it was.
    for found in (exact, close):
        if found:
            return Variant(asked if asked in found else found[0], language)
    return Variant(members[0], language)


def families(replies: Replies, default_language: str = "en") -> dict[str, list[ReplyTemplate]]:
    """Every family by its original's id, each as family() gives it, in one pass."""
    linked = _links(replies)
    found: dict[str, list[ReplyTemplate]] = {}
    done: set[str] = set()
    for ident in sorted(replies):
        if ident in done:
            continue
        seen = {ident}
        waiting = [ident]
        while waiting:
            for other in linked[waiting.pop()]:
                if other not in seen:
                    seen.add(other)
                    waiting.append(other)
        done |= seen
        members = [replies[member] for member in seen]
        first = _original(members, default_language)
        rest = sorted((t for t in members if t is not first), key=lambda t: (t.language, t.id))
        found[first.id] = [first, *rest]
    return dict(sorted(found.items()))


def originals(replies: Replies, default_language: str = "en") -> list[ReplyTemplate]:
    """One template per family, its original: what a list of templates to choose from shows."""
    return [members[0] for members in families(replies, default_language).values()]


def _links(replies: Replies) -> dict[str, set[str]]:
    """Each template's neighbours by a translations entry, in either direction."""
    linked: dict[str, set[str]] = {ident: set() for ident in replies}
    for template in replies.values():
        for target in template.translations.values():
            if target in replies and target != template.id:
                linked[template.id].add(target)
                linked[target].add(template.id)
    return linked


def _original(members: list[ReplyTemplate], default_language: str) -> ReplyTemplate:
    def rank(template: ReplyTemplate) -> tuple[bool, int, str]:
        return (
            not same_language(template.language, default_language),
            -len(template.translations),
            template.id,
        )

    return min(members, key=rank)


def check_variants(content: Content, problems: ProblemList, only: Iterable[str] = ()) -> None:
    """Report broken translations entries and variants whose fields differ from their
    original's, in problems; only: limit the report to these template ids (an edited file)."""
    replies = content.replies
    wanted = set(only)
    original_of = {
        member.id: members[0]
        for members in families(replies, content.settings.default_language).values()
        for member in members
    }
    for template in sorted(replies.values(), key=lambda t: t.id):
        if wanted and template.id not in wanted:
            continue
        _check_entries(template, replies, problems)
        first = original_of[template.id]
        if first is not template:
            _check_fields(template, first, problems)
    if not wanted:
        _check_unlisted(replies, problems)
        _check_org_languages(content, problems)


def _check_entries(template: ReplyTemplate, replies: Replies, problems: ProblemList) -> None:
    for language, target in template.translations.items():
        line = template.ref_lines.get(language)
        other = replies.get(target)
        if other is None:
            problems.error(
                template.path,
                line,
                "unknown-translation",
                _(
                    "The {language} variant '{target}' is not a reply template. Use its path "
                    "under replies/ without .md, or remove the line."
                ).format(language=language, target=target),
            )
        elif other is template:
            problems.error(
                template.path,
                line,
                "unknown-translation",
                _("The {language} entry names this template itself. Remove the line.").format(
                    language=language
                ),
            )
        elif not same_language(other.language, language):
            problems.error(
                template.path,
                line,
                "translation-language",
                _(
                    "'{target}' is listed as the {language} variant, but it says "
                    "'language: {actual}'. Fix the entry or that template's language."
                ).format(target=target, language=language, actual=other.language),
            )


def _check_fields(variant: ReplyTemplate, source: ReplyTemplate, problems: ProblemList) -> None:
    """A variant asks for exactly its original's fields: the same names, types, required
    ones, patterns and number of choices, so switching language keeps what was filled in."""
    theirs = {spec.name: spec for spec in source.fields}
    ours = {spec.name: spec for spec in variant.fields}
    where = variant.ref_lines.get("fields") or None
    for name, spec in theirs.items():
        if name not in ours:
            problems.warning(
                variant.path,
                where,
                "variant-fields",
                _(
                    "This {language} variant has no field '{name}', which its original "
                    "{source} asks for ({source_file} line {line}). Add it, with the same type."
                ).format(
                    language=variant.language,
                    name=name,
                    source=source.id,
                    source_file=source.path.name,
                    line=spec.line,
                ),
            )
    for name, spec in ours.items():
        other = theirs.get(name)
        if other is None:
            problems.warning(
                variant.path,
                spec.line,
                "variant-fields",
                _(
                    "Field '{name}' is not in the original {source}. Add it there too, or "
                    "remove it here: every variant asks for the same fields."
                ).format(name=name, source=source.id),
            )
            continue
        difference = _difference(spec, other)
        if difference:
            problems.warning(
                variant.path,
                spec.line,
                "variant-fields",
                _(
                    "Field '{name}' differs from the original {source} ({source_file} line "
                    "{line}): {difference}. Make them match."
                ).format(
                    name=name,
                    source=source.id,
                    source_file=source.path.name,
                    line=other.line,
                    difference=difference,
                ),
            )


def _difference(ours: FieldSpec, theirs: FieldSpec) -> str:
    """How a variant's field differs from the original's, in what makes a value carry over;
    labels, help and choice wording are translated and may differ."""
    if ours.type != theirs.type:
        return _("it is a {ours} field, the original's is a {theirs} field").format(
            ours=ours.type, theirs=theirs.type
        )
    if ours.required != theirs.required:
        if ours.required:
            return _("it is required here, optional in the original")
        return _("it is optional here, required in the original")
    if ours.pattern != theirs.pattern:
        return _("its pattern is '{ours}', the original's '{theirs}'").format(
            ours=ours.pattern, theirs=theirs.pattern
        )
    if len(ours.choices) != len(theirs.choices):
        return _("it has {ours} choices, the original {theirs}").format(
            ours=len(ours.choices), theirs=len(theirs.choices)
        )
    return ""


def _check_unlisted(replies: Replies, problems: ProblemList) -> None:
    """late-delivery.sl.md beside late-delivery.md but in no translations entry: a variant
    nobody will be offered."""
    for template in replies.values():
        stem, dot, suffix = template.id.rpartition(".")
        base = replies.get(stem) if dot else None
        if base is None or not same_language(suffix, template.language):
            continue
        if template.id in base.translations.values() or stem in template.translations.values():
            continue
        problems.warning(
            template.path,
            1,
            "unlisted-variant",
            _(
                "This looks like the {language} variant of {base}, but neither lists the "
                "other, so the composer never offers it. Add '{language}: {ident}' under "
                "translations in {base_file}."
            ).format(
                language=template.language,
                base=stem,
                ident=template.id,
                base_file=base.path.name,
            ),
        )


def _check_org_languages(content: Content, problems: ProblemList) -> None:
    """A language that has templates but no [org.xx] table, while other languages have one,
    signs its replies with the shared [org] values: most likely in the wrong language."""
    settings = content.settings
    if not settings.org_by_language:
        return
    languages: dict[str, list[str]] = {}
    for template in content.replies.values():
        language = primary_language(template.language)
        if not same_language(language, settings.default_language):
            languages.setdefault(language, []).append(template.id)
    for language, ids in sorted(languages.items()):
        if settings.has_org_language(language):
            continue
        listed = ", ".join(sorted(ids)[:3]) + (", …" if len(ids) > 3 else "")
        problems.warning(
            content.root / SETTINGS_FILE,
            None,
            "org-language",
            _(
                "Replies in '{language}' ({listed}) have no [org.{language}] table, so they "
                "are signed with the [org] values ('{signature}'). Add [org.{language}] with "
                "name, signature and sign_off in that language."
            ).format(language=language, listed=listed, signature=settings.org.get("signature", "")),
        )


def carried_values(
    values: Mapping[str, str], old: ReplyTemplate, new: ReplyTemplate
) -> dict[str, str]:
    """The writer's values for old as new asks for them: by field name, and a choice by its
    place in the list, since each variant words its choices in its own language."""
    carried: dict[str, str] = {}
    for name, value in values.items():
        theirs, ours = old.field(name), new.field(name)
        if ours is None:
            continue
        if theirs is not None and theirs.type == ours.type == "choice":
            folded = [choice.casefold() for choice in theirs.choices]
            at = folded.index(value.casefold()) if value.casefold() in folded else -1
            if 0 <= at < len(ours.choices):
                carried[name] = ours.choices[at]
            continue  # an unknown choice is left to the variant's default
        carried[name] = value
    return carried
