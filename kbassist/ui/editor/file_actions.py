"""New, duplicate, rename or move, and delete an article: asked, listed, then carried out."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from kbassist.common.folding import fold
from kbassist.common.languages import SUPPORTED_LANGUAGES
from kbassist.content.article_files import (
    ApplyPlanError,
    ArticleFileError,
    FilePlan,
    apply_plan,
    check_new_id,
    new_article_source,
    plan_delete,
    plan_duplicate,
    plan_rename,
    references_to,
)
from kbassist.content.files import ARTICLES_DIR
from kbassist.content.folder import Content
from kbassist.ui.editor.document import EditorDocument
from kbassist.ui.editor.workspace import EditorWorkspace

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def suggested_id(title: str, folder: str = "") -> str:
    """An id made from a title: "Late returns" in folder "returns" is "returns/late-returns"."""
    slug = _NOT_SLUG.sub("-", fold(title)).strip("-")
    return f"{folder}/{slug}" if folder and slug else slug


class ArticleIdDialog(QDialog):
    """Asks for an article id (and, for a new article, its title and language), checking the
    id as it is typed: OK stays off, with the reason shown, until the id can be used."""

    def __init__(
        self,
        content: Content,
        *,
        title: str,
        prompt: str,
        initial: str = "",
        replacing: str = "",
        ask_title: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("article-id")
        self.setWindowTitle(title)
        self._content = content
        self._replacing = replacing
        self._id_typed = False
        self.title_box = QLineEdit()
        self.title_box.setAccessibleName(self.tr("Title"))
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language"))
        default = content.settings.default_language
        languages = [default, *(code for code in SUPPORTED_LANGUAGES if code != default)]
        self.language_box.addItems(languages)
        self.id_box = QLineEdit(initial)
        self.id_box.setAccessibleName(self.tr("Article id"))
        self.id_box.setPlaceholderText(self.tr("folder/name, e.g. returns/late-returns"))
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        note = QLabel(prompt)
        note.setWordWrap(True)
        form.addRow(note)
        if ask_title:
            form.addRow(self.tr("Title:"), self.title_box)
            form.addRow(self.tr("Language:"), self.language_box)
            self.title_box.textChanged.connect(self._suggest)
        else:
            self.title_box.hide()
            self.language_box.hide()
        form.addRow(self.tr("Id:"), self.id_box)
        form.addRow(self.reason)
        form.addRow(self.buttons)
        self.id_box.textEdited.connect(self._typed_id)
        self.id_box.textChanged.connect(lambda _text: self._check())
        self.title_box.textChanged.connect(lambda _text: self._check())
        self._ask_title = ask_title
        self._folder = initial.rpartition("/")[0]
        self._check()
        self.setMinimumWidth(460)

    @property
    def article_id(self) -> str:
        """The id typed, cleaned (a trailing .md dropped)."""
        return self.id_box.text().strip().removesuffix(".md")

    def _typed_id(self, _text: str) -> None:
        self._id_typed = True

    def _suggest(self, title: str) -> None:
        if not self._id_typed:
            self.id_box.setText(suggested_id(title, self._folder))

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        problem = ""
        if self._ask_title and not self.title_box.text().strip():
            problem = self.tr("Give the article a title.")
        else:
            try:
                check_new_id(self._content, self.id_box.text(), replacing=self._replacing)
            except ArticleFileError as exc:
                problem = str(exc)
        self.reason.setText(problem)
        ok.setEnabled(not problem)


def confirm_plan(parent: QWidget, title: str, question: str, plan: FilePlan, action: str) -> bool:
    """Show every change a plan makes and ask before making them."""
    box = QMessageBox(parent)
    box.setObjectName("confirm-plan")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(question)
    box.setInformativeText("\n".join(f"• {line}" for line in plan.describe()))
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


class ArticleFileActions:
    """The File menu's article operations over the editor and the loaded content."""

    def __init__(
        self,
        workspace: EditorWorkspace,
        content: Callable[[], Content | None],
        reload: Callable[[], None],
        owner: Callable[[], str],
    ) -> None:
        self.workspace = workspace
        self._content = content
        self._reload = reload
        self._owner = owner

    def _ready(self) -> Content | None:
        content = self._content()
        if content is None:
            self.workspace.message.emit(
                QCoreApplication.translate(
                    "ArticleFileActions", "The content is still being read; try again in a moment."
                )
            )
        return content

    def new_article(self, folder: str = "") -> EditorDocument | None:
        """Ask a title and id, and open an answer-first skeleton in the editor (unsaved)."""
        content = self._ready()
        if content is None:
            return None
        dialog = ArticleIdDialog(
            content,
            title=QCoreApplication.translate("ArticleFileActions", "New article"),
            prompt=QCoreApplication.translate(
                "ArticleFileActions", "The id is the file's path under articles/, without .md."
            ),
            initial=f"{folder}/" if folder else "",
            ask_title=True,
            parent=self.workspace,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        source = new_article_source(
            dialog.title_box.text(),
            language=dialog.language_box.currentText(),
            owner=self._owner(),
        )
        path = content.root / ARTICLES_DIR / f"{dialog.article_id}.md"
        document = self.workspace.open_new(path, source)
        self.workspace.message.emit(
            QCoreApplication.translate(
                "ArticleFileActions", "New article {article_id}: not on disk until saved"
            ).format(article_id=dialog.article_id)
        )
        return document

    def duplicate(self, article_id: str) -> EditorDocument | None:
        """Copy the article under a new id (as a draft), once confirmed, and open the copy."""
        content = self._ready()
        if content is None or article_id not in content.articles:
            return None
        if not self._settled(
            [content.articles[article_id].path],
            QCoreApplication.translate("ArticleFileActions", "copying it"),
        ):
            return None
        new_id = self._ask_id(
            content,
            QCoreApplication.translate("ArticleFileActions", "Duplicate article"),
            article_id,
            f"{article_id}-copy",
        )
        if new_id is None:
            return None
        if not self._carry_out(
            lambda: plan_duplicate(content, article_id, new_id),
            QCoreApplication.translate("ArticleFileActions", "Duplicate article"),
            QCoreApplication.translate(
                "ArticleFileActions", "Copy {article_id} as {new_id}? These files change:"
            ).format(article_id=article_id, new_id=new_id),
            QCoreApplication.translate("ArticleFileActions", "Duplicate"),
        ):
            return None
        return self.workspace.open_path(content.root / ARTICLES_DIR / f"{new_id}.md")

    def rename(self, article_id: str) -> EditorDocument | None:
        """Give the article a new id; every related/translations entry naming it follows, and
        its open document (unsaved edits settled first) edits the new file."""
        content = self._ready()
        if content is None or article_id not in content.articles:
            return None
        old_path = content.articles[article_id].path
        # The plan rewrites the referring files from disk: their open edits are settled first.
        touched = [old_path, *(reference.path for reference in references_to(content, article_id))]
        if not self._settled(
            touched, QCoreApplication.translate("ArticleFileActions", "renaming the article")
        ):
            return None
        new_id = self._ask_id(
            content,
            QCoreApplication.translate("ArticleFileActions", "Rename or move article"),
            article_id,
            article_id,
            replacing=article_id,
        )
        if new_id is None:
            return None
        if not self._carry_out(
            lambda: plan_rename(content, article_id, new_id),
            QCoreApplication.translate("ArticleFileActions", "Rename article"),
            QCoreApplication.translate(
                "ArticleFileActions", "Rename {article_id} to {new_id}? These files change:"
            ).format(article_id=article_id, new_id=new_id),
            QCoreApplication.translate("ArticleFileActions", "Rename"),
        ):
            return None
        new_path = content.root / ARTICLES_DIR / f"{new_id}.md"
        moved = self.workspace.follow_move(old_path, new_path)
        if moved is not None:
            self.workspace.tabs.setCurrentWidget(moved)
            return moved
        return self.workspace.open_path(new_path)

    def delete(self, article_id: str) -> bool:
        """Move the article aside (a copy is kept), after listing what still refers to it."""
        content = self._ready()
        if content is None or article_id not in content.articles:
            return False
        path = content.articles[article_id].path
        # Settled before the plan: the copy kept is what is on disk when the plan is applied,
        # so an edit saved now is in it.
        if not self._settled(
            [path], QCoreApplication.translate("ArticleFileActions", "deleting it")
        ):
            return False
        if not self._carry_out(
            lambda: plan_delete(content, article_id),
            QCoreApplication.translate("ArticleFileActions", "Delete article"),
            QCoreApplication.translate("ArticleFileActions", "Delete {article_id}?").format(
                article_id=article_id
            ),
            QCoreApplication.translate("ArticleFileActions", "Delete"),
        ):
            return False
        self._close_without_asking(path)
        return True

    def _ask_id(
        self, content: Content, title: str, article_id: str, initial: str, replacing: str = ""
    ) -> str | None:
        dialog = ArticleIdDialog(
            content,
            title=title,
            prompt=QCoreApplication.translate(
                "ArticleFileActions",
                "The new id for '{article_id}': its path under articles/, without .md.",
            ).format(article_id=article_id),
            initial=initial,
            replacing=replacing,
            parent=self.workspace,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.article_id

    def _carry_out(
        self, make: Callable[[], FilePlan], title: str, question: str, action: str
    ) -> bool:
        """Make the plan, show it and ask, then apply it; False when any step stops it."""
        plan = self._plan(make)
        if plan is None or not confirm_plan(self.workspace, title, question, plan, action):
            return False
        return self._apply(plan)

    def _plan(self, make: Callable[[], FilePlan]) -> FilePlan | None:
        try:
            return make()
        except ArticleFileError as exc:
            QMessageBox.warning(
                self.workspace,
                QCoreApplication.translate("ArticleFileActions", "Cannot do that"),
                str(exc),
            )
            return None

    def _apply(self, plan: FilePlan) -> bool:
        try:
            apply_plan(plan)
        except ApplyPlanError as exc:
            QMessageBox.warning(
                self.workspace,
                QCoreApplication.translate("ArticleFileActions", "Not done"),
                str(exc),
            )
            return False
        self._reload()
        return True

    def _settled(self, paths: list[Path], before: str) -> bool:
        """Each open document of paths with unsaved changes is saved or discarded, as the
        editor answers; False when they cancel."""
        for path in dict.fromkeys(paths):
            document = self.workspace.document_for(path)
            if document is None or not document.dirty:
                continue
            self.workspace.tabs.setCurrentWidget(document)
            if not document.settle(before):
                return False
        return True

    def _close_without_asking(self, path: object) -> None:
        document = next((d for d in self.workspace.documents if d.path == path), None)
        if document is not None:
            document.source.document().setModified(False)
            self.workspace.close_document(document)
