"""Creating, renaming, duplicating and deleting article files, with their references kept whole.

Each operation is planned first (a FilePlan says every file it writes and removes, in words a
user can check) and applied in a second step, so the editor can ask before anything changes.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from kbassist.common.atomicfile import write_atomic, write_failure_reason
from kbassist.common.i18n import _
from kbassist.content.articles import Article
from kbassist.content.files import ARTICLES_DIR
from kbassist.content.folder import Content
from kbassist.content.front_matter_edit import FrontMatterEdit, FrontMatterError
from kbassist.paths import data_dir

log = logging.getLogger(__name__)

# The languages the starter content is written in; the editor offers these first.
# The house sections of an article after its one-paragraph answer, as each language writes them.
_SECTIONS = {
    "en": ("Details", "Questions to ask", "Escalate when"),
    "sl": ("Podrobnosti", "Vprašanja za stranko", "Kdaj zadevo posredovati naprej"),
    "hr": ("Pojedinosti", "Pitanja za kupca", "Kada proslijediti dalje"),
    "zh": ("详细说明", "需要询问的问题", "何时上报"),
    "el": ("Λεπτομέρειες", "Ερωτήσεις προς τον πελάτη", "Πότε να κλιμακώσετε"),
}
# The two fields a reference to another article lives in.
REFERENCE_FIELDS = ("related", "translations")
# Windows cannot create these names, and a content folder is shared with Windows users.
_RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(1, 10)}
)
_RESERVED_CHARACTERS = re.compile(r'[<>:"|?*\\\x00-\x1f\x7f]')
DELETED_FOLDER = "deleted-articles"


class ArticleFileError(ValueError):
    """An operation on article files cannot be planned; the message says why and what to do."""


class ApplyPlanError(OSError):
    """A plan could not be carried out; path names the file, and nothing was lost."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass
class FilePlan:
    """The files an operation writes (path -> whole new text), copies (new path -> file whose
    bytes it gets when the plan is applied) and removes, and why.

    A copy is read when the plan is applied, not when it is made, so an edit saved in
    between is what is kept. steps are the human lines describe() gives; a plan built by
    hand gets plain ones.
    """

    writes: dict[Path, str] = field(default_factory=dict)
    removals: list[Path] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    copies: dict[Path, Path] = field(default_factory=dict)

    def describe(self) -> list[str]:
        """One line per change, for a confirmation dialog or the command line."""
        if self.steps:
            return list(self.steps)
        return (
            [f"Write {path}" for path in self.writes]
            + [f"Copy {source} → {path}" for path, source in self.copies.items()]
            + [f"Remove {path}" for path in self.removals]
        )


@dataclass(frozen=True)
class Reference:
    """A `related:` or `translations:` entry in an article that names another article."""

    path: Path
    line: int
    field: str


def new_article_source(title: str, *, language: str, owner: str) -> str:
    """A new article: front matter with an empty summary and status draft, and house sections.

    The summary is left empty on purpose: it is the answer agents read aloud, and only the
    writer can give it.
    """
    edit = FrontMatterEdit("")
    edit.set("title", title.strip())
    edit.set("summary", "")
    edit.set("questions", [])
    edit.set("tags", [])
    edit.set("language", language)
    edit.set("audience", "public")
    edit.set("owner", owner.strip())
    # A year is what the starter articles give themselves before their owner looks again.
    edit.set("review_by", dt.date.today() + dt.timedelta(days=365))
    edit.set("status", "draft")
    edit.set("related", [])
    details, questions, escalate = _SECTIONS.get(language.split("-")[0].lower(), _SECTIONS["en"])
    body = (
        f"# {title.strip()}\n\n"
        "The answer in one or two sentences, as an agent would say it to the customer.\n\n"
        f"## {details}\n"
        "- **Who it applies to:** which customers, orders or products.\n"
        "- **Steps:** what the agent or the customer does, in order.\n"
        "- **Exceptions:** when the answer is different, and what applies instead.\n\n"
        f"## {questions}\n"
        "- What the agent asks to find the right answer.\n\n"
        f"## {escalate}\n"
        "- When to pass the customer to a supervisor or another team.\n"
    )
    return edit.text() + body


def check_new_id(content: Content, new_id: str, *, replacing: str = "") -> str:
    """new_id cleaned of a trailing .md; raises ArticleFileError when it cannot be used."""
    ident = new_id.strip().removesuffix(".md")
    shown = new_id.strip() or "(empty)"
    if not ident:
        raise ArticleFileError(
            _("The new id is empty. Type a name such as 'returns/late-returns'.")
        )
    if ident.startswith("/") or re.match(r"^[A-Za-z]:", ident):
        raise ArticleFileError(
            _(
                "'{shown}' is an absolute path. Give the path under articles/, such as "
                "'returns/late-returns'."
            ).format(shown=shown)
        )
    bad = _RESERVED_CHARACTERS.search(ident)
    if bad:
        character = bad.group(0)
        what = f"'{character}'" if character.isprintable() else f"U+{ord(character):04X}"
        raise ArticleFileError(
            _(
                "'{shown}' contains {what}, which file names cannot hold on every system. Use "
                "letters, digits, '-', '_' and '/' between folders."
            ).format(shown=shown, what=what)
        )
    parts = ident.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise ArticleFileError(
            _(
                "'{shown}' has an empty, '.' or '..' part. Give the path under articles/ with "
                "one name between each '/', such as 'returns/late-returns'."
            ).format(shown=shown)
        )
    for part in parts:
        if part.endswith((".", " ")) or part.split(".")[0].strip().lower() in _RESERVED_NAMES:
            raise ArticleFileError(
                _(
                    "'{part}' in '{shown}' is not a file or folder name every system accepts. "
                    "Choose another name."
                ).format(part=part, shown=shown)
            )
    check_inside_content(content.root, _article_path(content, ident), shown=shown)
    lowered = ident.lower()
    if lowered == replacing.lower():
        # On Windows and macOS a case-only rename would write the file over itself.
        raise ArticleFileError(
            _(
                "'{ident}' differs from the present id only in case (or not at all). Choose a "
                "different name."
            ).format(ident=ident)
        )
    clash = next((k for k in content.articles if k.lower() == lowered), None)
    if clash is None and _file_exists_ignoring_case(content.root / ARTICLES_DIR, ident):
        clash = ident
    if clash is not None:
        raise ArticleFileError(
            _(
                "An article '{clash}' already exists (ids must be unique, ignoring case). Choose "
                "another id."
            ).format(clash=clash)
        )
    return ident


def check_inside_content(root: Path, path: Path, *, shown: str = "") -> None:
    """Raises ArticleFileError unless path lies under root with no symbolic link (file or
    folder) between them: a link committed to the content folder must not send a write to
    a file elsewhere."""
    named = shown or str(path)
    top = root.resolve()
    try:
        below = path.absolute().relative_to(root.absolute())
    except ValueError:
        below = None
    outside = ArticleFileError(
        _("'{named}' is outside the content folder {root}. Choose a path under articles/.").format(
            named=named, root=root
        )
    )
    if below is None or ".." in below.parts:
        raise outside
    here = root
    for part in below.parts:
        here = here / part
        if here.is_symlink():
            raise ArticleFileError(
                _(
                    "'{named}' goes through {here}, a symbolic link, so the file could be "
                    "written outside the content folder. Choose a path without links, or replace "
                    "the link with a real folder."
                ).format(named=named, here=here)
            )
    if not path.resolve().is_relative_to(top):
        raise outside


def plan_rename(content: Content, old_id: str, new_id: str) -> FilePlan:
    """Move an article to a new id (another name or folder) and rewrite every reference to it."""
    article = _article(content, old_id)
    ident = check_new_id(content, new_id, replacing=old_id)
    new_path = _article_path(content, ident)
    plan = FilePlan(steps=[f"Rename {_shown(content, article.path)} → {_shown(content, new_path)}"])
    rewritten: dict[Path, str] = {}
    for reference in references_to(content, old_id):
        source = rewritten.get(reference.path) or _read(content, reference.path)
        rewritten[reference.path] = _retarget(content, reference.path, source, old_id, ident)
        plan.steps.append(
            f"Update {reference.field}: in {_shown(content, reference.path)} line {reference.line}"
        )
    own = rewritten.pop(article.path, None)
    if own is not None:
        plan.writes[new_path] = own
    else:
        _read(content, article.path)  # refused now, with the reason, rather than when applied
        plan.copies[new_path] = article.path
    plan.writes.update(rewritten)
    plan.removals.append(article.path)
    return plan


def plan_duplicate(content: Content, old_id: str, new_id: str) -> FilePlan:
    """A copy of an article under new_id: title '… (copy)', status draft, no translations."""
    article = _article(content, old_id)
    ident = check_new_id(content, new_id)
    new_path = _article_path(content, ident)
    source = _read(content, article.path)
    try:
        edit = FrontMatterEdit(source)
    except FrontMatterError as exc:
        raise _front_matter_problem(content, article.path, exc) from exc
    edit.set("title", f"{edit.get('title', article.title)} (copy)")
    edit.set("status", "draft")
    # A copy is not a translation of anything, and its originals do not point at it.
    edit.remove("translations")
    edit.remove("translated_from")
    return FilePlan(
        writes={new_path: edit.text()},
        steps=[f"Copy {_shown(content, article.path)} → {_shown(content, new_path)} (as a draft)"],
    )


def references_to(content: Content, article_id: str) -> list[Reference]:
    """Every related/translations entry, in any loaded article, that names article_id."""
    found: list[Reference] = []
    for other in sorted(content.articles.values(), key=lambda a: a.id):
        fields = [name for name, targets in _targets(other).items() if article_id in targets]
        if not fields:
            continue
        lines = _reference_lines(other.path, article_id)
        for name in fields:
            for line in lines.get(name) or [other.ref_lines.get(article_id, 1)]:
                found.append(Reference(other.path, line, name))
    return found


def plan_delete(
    content: Content, article_id: str, *, deleted_folder: Path | None = None
) -> FilePlan:
    """Move an article aside into deleted_folder (a copy the user can restore), listing references.

    deleted_folder defaults to 'deleted-articles' in the user's data folder: outside the
    content folder, so the team's repository does not receive it.
    """
    article = _article(content, article_id)
    stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
    folder = deleted_folder if deleted_folder is not None else data_dir() / DELETED_FOLDER
    kept = folder / stamp / ARTICLES_DIR / f"{article.id}.md"
    _read(content, article.path)  # an unreadable file is refused now, with the reason
    plan = FilePlan(
        copies={kept: article.path},
        removals=[article.path],
        steps=[
            f"Delete {_shown(content, article.path)} (a copy is kept as {kept}; copy it back "
            "to restore the article)"
        ],
    )
    for reference in references_to(content, article_id):
        if reference.path != article.path:
            plan.steps.append(
                f"Still pointing at it: {reference.field}: in "
                f"{_shown(content, reference.path)} line {reference.line}"
            )
    return plan


def apply_plan(plan: FilePlan) -> None:
    """Write every file atomically (keeping a .bak of each), copying each copy's source as it
    is on disk now, then remove what the plan removes.

    When a write or a copy fails, the files already written are put back as they were and
    ApplyPlanError names the file; when a removal fails, every write has happened and the
    file that could not be removed is named (nothing is lost: it is still there).
    """
    done: list[tuple[Path, bytes | None]] = []
    contents = {path: text.encode("utf-8") for path, text in plan.writes.items()}
    for path, source in plan.copies.items():
        try:
            contents[path] = source.read_bytes()
        except OSError as exc:
            raise ApplyPlanError(
                source, f"Could not read {source}: {exc.strerror or exc}. Nothing was changed."
            ) from exc
    for path, data in contents.items():
        try:
            previous = path.read_bytes() if path.exists() else None
            # A rewritten file keeps its permissions; a new one is readable like its siblings.
            mode = path.stat().st_mode & 0o777 if previous is not None else 0o644
            write_atomic(path, data, mode=mode)
        except OSError as exc:
            _undo(done)
            raise ApplyPlanError(
                path,
                f"Could not write {path}: {write_failure_reason(exc)}. Nothing was changed.",
            ) from exc
        done.append((path, previous))
    for path in plan.removals:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise ApplyPlanError(
                path,
                f"The new files were written, but {path} could not be removed: "
                f"{write_failure_reason(exc)}. Remove it yourself.",
            ) from exc


def _undo(done: list[tuple[Path, bytes | None]]) -> None:
    for path, previous in reversed(done):
        try:
            if previous is None:
                path.unlink(missing_ok=True)
            else:
                write_atomic(path, previous, mode=0o644)
        except OSError:
            # The .bak next to it still holds the previous version.
            log.warning("Could not put %s back after a failed operation", path, exc_info=True)


def _article(content: Content, article_id: str) -> Article:
    article = content.articles.get(article_id)
    if article is None:
        raise ArticleFileError(
            _("There is no article '{article_id}'. Reload the content folder.").format(
                article_id=article_id
            )
        )
    return article


def _article_path(content: Content, ident: str) -> Path:
    return content.root / ARTICLES_DIR / f"{ident}.md"


def _shown(content: Content, path: Path) -> str:
    try:
        return path.relative_to(content.root).as_posix()
    except ValueError:
        return str(path)


def _read(content: Content, path: Path) -> str:
    """The file's exact text (line endings and byte order mark kept)."""
    try:
        return path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise ArticleFileError(
            _(
                "Cannot read {shown}: {value}. Check that it exists and that you may read it."
            ).format(shown=_shown(content, path), value=exc.strerror or exc)
        ) from exc
    except UnicodeDecodeError as exc:
        raise ArticleFileError(
            _("{shown} is not UTF-8 text. Save it with UTF-8 encoding first.").format(
                shown=_shown(content, path)
            )
        ) from exc


def _front_matter_problem(content: Content, path: Path, exc: FrontMatterError) -> ArticleFileError:
    return ArticleFileError(
        _("{shown} line {line}: {message} Fix it, then try again.").format(
            shown=_shown(content, path), line=exc.line, message=exc.message
        )
    )


def _targets(article: Article) -> dict[str, list[str]]:
    return {"related": list(article.related), "translations": list(article.translations.values())}


def _retarget(content: Content, path: Path, source: str, old_id: str, new_id: str) -> str:
    """source with every related/translations entry naming old_id naming new_id instead."""
    try:
        edit = FrontMatterEdit(source)
    except FrontMatterError as exc:
        raise _front_matter_problem(content, path, exc) from exc
    related = edit.get("related")
    if isinstance(related, list):
        edit.set("related", [new_id if item == old_id else item for item in related])
    translations = edit.get("translations")
    if isinstance(translations, dict):
        edit.set(
            "translations",
            {lang: new_id if target == old_id else target for lang, target in translations.items()},
        )
    return edit.text()


def _reference_lines(path: Path, article_id: str) -> dict[str, list[int]]:
    """The file lines of each entry naming article_id, per field; empty when unreadable."""
    try:
        edit = FrontMatterEdit(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, FrontMatterError):
        return {}
    lines: dict[str, list[int]] = {}
    for name in REFERENCE_FIELDS:
        value = edit.get(name)
        if not isinstance(value, dict | list):
            continue
        entries = value.items() if isinstance(value, dict) else enumerate(value)
        lines[name] = [edit.line_of(name, key) for key, target in entries if target == article_id]
    return lines


def _file_exists_ignoring_case(folder: Path, ident: str) -> bool:
    """True when folder holds ident.md in any case (a file the loader may have refused)."""
    here = folder
    parts = f"{ident}.md".split("/")
    for part in parts:
        try:
            names = {entry.name.lower(): entry.name for entry in here.iterdir()}
        except OSError:
            return False
        match = names.get(part.lower())
        if match is None:
            return False
        here = here / match
    return True
