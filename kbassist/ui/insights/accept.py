"""A suggested question put into its article in the editor: one undoable edit, saved there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kbassist.analytics.questions import with_question
from kbassist.content.folder import Content
from kbassist.content.front_matter_edit import FrontMatterError
from kbassist.ui.editor.workspace import EditorWorkspace


def add_question_in_editor(
    workspace: EditorWorkspace, content: Content, article_id: str, question: str
) -> str | None:
    """Open the article in the editor and add question to its questions (unsaved, so the
    editor's checks and save apply); None when done, else why it could not be done."""
    article = content.articles.get(article_id)
    if article is None:
        return QCoreApplication.translate(
            "accept", "The article {id} is not in the content any more"
        ).format(id=article_id)
    document = workspace.open_path(article.path)
    if document is None:
        return QCoreApplication.translate("accept", "{file} cannot be opened in the editor").format(
            file=article.path.name
        )
    text = document.text
    try:
        new = with_question(text, question)
    except FrontMatterError as exc:
        return QCoreApplication.translate(
            "accept", "The front matter of {file} cannot be changed ({error})"
        ).format(file=article.path.name, error=exc)
    if new != text:
        document.replace_text(new)
    return None
