"""One file open in the editor: source, live preview, problems as you type, safe saving."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QIcon,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kbassist.common.atomicfile import write_atomic, write_failure_reason
from kbassist.common.plural import count
from kbassist.common.textfile import decode_text, read_text
from kbassist.content.article_files import ArticleFileError, check_inside_content
from kbassist.content.articles import Article
from kbassist.content.files import REPLIES_DIR
from kbassist.content.folder import Content
from kbassist.content.markdown_html import MarkdownTooComplexError, drop_title_heading
from kbassist.content.replies import ReplyTemplate
from kbassist.problems import Problem, ProblemList, Severity, shown_path
from kbassist.replies.render import Rendered, render
from kbassist.ui.article.browser import ArticleBrowser
from kbassist.ui.composer.render_worker import RenderWorker
from kbassist.ui.editor.conflict import Choice, ConflictDialog
from kbassist.ui.editor.find_bar import FindBar
from kbassist.ui.editor.front_matter_form import FrontMatterForm
from kbassist.ui.editor.highlighter import MarkdownHighlighter
from kbassist.ui.editor.preview_cache import SectionCache
from kbassist.ui.editor.samples import sample_values
from kbassist.ui.editor.scroll_sync import ScrollMap, body_start, preview_headings
from kbassist.ui.row_model import RoleSpec, RowModel
from kbassist.ui.textscale import scaled_font
from kbassist.ui.theme import blend, unscaled_font
from kbassist.validation import CheckedSource, check_source

# The typing pause after which the preview, the checks and the form catch up.
PAUSE_MS = 120
# The most problems listed under the editor without scrolling.
PROBLEM_ROWS = 4
ProblemRole = Qt.ItemDataRole.UserRole + 1
_WORD = re.compile(r"\w+")
log = logging.getLogger(__name__)


def digest(data: bytes | None) -> str | None:
    """A file's fingerprint, to tell whether it changed on disk; None for no file."""
    return None if data is None else hashlib.sha256(data).hexdigest()


def word_count(text: str) -> int:
    """Words of the text after its front matter."""
    lines = text.split("\n")
    return len(_WORD.findall("\n".join(lines[body_start(lines) :])))


def _utf16_length(text: str) -> int:
    # Qt counts positions in UTF-16 units: an emoji is two of them, one Python character.
    return len(text.encode("utf-16-le")) // 2


def _read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None


class OpenError(Exception):
    """A file that cannot be opened for editing; the message says why and what to do."""


@dataclass(frozen=True)
class Opened:
    """A file as read for editing: its text and the bytes it was read from."""

    text: str
    data: bytes | None
    crlf: bool = False


def read_for_editing(path: Path) -> Opened:
    """The file's text and bytes; raises OpenError naming the file and the fix."""
    problems = ProblemList()
    data = _read_bytes(path)
    if data is None:
        raise OpenError(
            QCoreApplication.translate("document", "{path} does not exist any more.").format(
                path=path
            )
        )
    text = read_text(path, problems, allow_empty=True)
    if text is None:
        raise OpenError(
            f"{path}: {problems[0].message}"
            if problems
            else QCoreApplication.translate("document", "Cannot read {path}.").format(path=path)
        )
    return Opened(text, data, crlf=b"\r\n" in data)


def _problem_text(problem: Problem) -> str:
    where = (
        QCoreApplication.translate("document", "line {line}: ").format(line=problem.line)
        if problem.line
        else ""
    )
    return f"{where}{problem.message}"


def _problem_icon(problem: Problem) -> QIcon:
    # The style's own icons: every font has them, unlike emoji marks.
    icon = (
        QStyle.StandardPixmap.SP_MessageBoxCritical
        if problem.severity is Severity.ERROR
        else QStyle.StandardPixmap.SP_MessageBoxWarning
    )
    return QApplication.style().standardIcon(icon)


PROBLEM_ROLES: tuple[RoleSpec[Problem], ...] = (
    RoleSpec("display", Qt.ItemDataRole.DisplayRole, _problem_text),
    RoleSpec("decoration", Qt.ItemDataRole.DecorationRole, _problem_icon),
    RoleSpec("tooltip", Qt.ItemDataRole.ToolTipRole, lambda p: p.message),
    RoleSpec("problem", ProblemRole, lambda p: p),
)


class SourceEdit(QPlainTextEdit):
    """The markdown source, in a fixed-width font, wrapped at the window's edge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Source"))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)

    def set_scale(self, base: QFont, factor: float) -> None:
        """The fixed-width font at base's size times factor."""
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if base.pointSizeF() > 0:
            font.setPointSizeF(base.pointSizeF())
        self.setFont(scaled_font(font, factor))

    def top_line(self) -> float:
        """The source line at the top of the view, with the share of it scrolled past."""
        block = self.firstVisibleBlock()
        if not block.isValid():
            return 0.0
        geometry = self.blockBoundingGeometry(block).translated(self.contentOffset())
        share = -geometry.top() / geometry.height() if geometry.height() > 0 else 0.0
        return block.blockNumber() + max(0.0, min(1.0, share))

    def go_to_line(self, line: int) -> None:
        """Put the cursor at the start of line (1-based) and show it."""
        block = self.document().findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus(Qt.FocusReason.OtherFocusReason)


class EditorDocument(QWidget):
    """An article or reply template being edited: source beside its preview, its problems
    under them, a status line (words, problems, saved or not) at the bottom."""

    # Unsaved changes appeared (True) or were saved or undone (False).
    dirty_changed = Signal(bool)
    # The preview, problems and form caught up with the text (tests and the benchmark wait).
    refreshed = Signal()
    # Written to disk; the path.
    saved = Signal(object)
    # A message for the window's status bar.
    message = Signal(str)

    def __init__(
        self,
        path: Path,
        content: Content,
        *,
        opened: Opened | None = None,
        new_text: str | None = None,
        agent_name: Callable[[], str] = lambda: "",
        today: Callable[[], dt.date] = dt.date.today,
        pause_ms: int = PAUSE_MS,
        text_scale: float = 1.0,
        article_choices: Callable[[], list[tuple[str, str]]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.content = content
        self._agent_name = agent_name
        self._today = today
        self.is_reply = path.is_relative_to(content.root / REPLIES_DIR)
        if new_text is not None:
            opened = Opened(new_text, None)
        elif opened is None:
            opened = read_for_editing(path)
        # What was on disk when the file was opened or last saved: the base of a merge,
        # and the fingerprint a save compares the disk with.
        self.base_text = opened.text
        self._disk_digest = digest(opened.data)
        self._crlf = opened.crlf
        self.checked: CheckedSource | None = None
        self._scroll_map = ScrollMap([(0.0, 0.0)])
        self._syncing = False
        self.last_html = ""
        self.rendered: Rendered | None = None
        self._sections = SectionCache()

        self.source = SourceEdit()
        self.highlighter = MarkdownHighlighter(self.source.document(), jinja=self.is_reply)
        self.preview = ArticleBrowser()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.anchorClicked.connect(self._follow_link)
        self.find_bar = FindBar(self.source)
        self.problems = RowModel[Problem](PROBLEM_ROLES, self)
        self.problem_view = QListView()
        self.problem_view.setAccessibleName(self.tr("Problems in this file"))
        self.problem_view.setModel(self.problems)
        self.problem_view.setWordWrap(True)
        self.problem_view.activated.connect(self._jump_to_problem)
        self.problem_view.clicked.connect(self._jump_to_problem)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Document status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_bar = self._build_change_bar()

        self.form: FrontMatterForm | None = None
        if not self.is_reply:
            self.form = FrontMatterForm(article_choices or self._article_choices)
            self.form.changed.connect(self._form_changed)

        self.panes = QSplitter(Qt.Orientation.Horizontal)
        self.panes.setChildrenCollapsible(False)
        self.panes.addWidget(self.source)
        self.panes.addWidget(self.preview)
        self.panes.setSizes([500, 500])
        self.outer = QSplitter(Qt.Orientation.Vertical)
        self.outer.setChildrenCollapsible(True)
        if self.form is not None:
            self.outer.addWidget(self.form)
        self.outer.addWidget(self.panes)
        panes_at = self.outer.indexOf(self.panes)
        self.outer.setStretchFactor(panes_at, 1)
        self.outer.setCollapsible(panes_at, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.change_bar)
        layout.addWidget(self.outer, 1)
        layout.addWidget(self.problem_view)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.status)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause_ms = pause_ms
        self._pause.setInterval(pause_ms)
        self._pause.timeout.connect(self.refresh)
        self._renderer = RenderWorker(self)
        self._renderer.finished.connect(self._show_rendered)
        self._renderer.timed_out.connect(
            lambda: self._show_preview_note(self.tr("The template took too long to render."))
        )

        self.source.setPlainText(opened.text)
        self.source.document().setModified(new_text is not None)
        self.source.textChanged.connect(self._pause.start)
        self.source.document().modificationChanged.connect(self._modification_changed)
        self.source.cursorPositionChanged.connect(self._update_status)
        self.source.verticalScrollBar().valueChanged.connect(lambda _value: self.sync_preview())
        self.set_text_scale(text_scale)
        # The source is there to read and type in at once; the preview and the checks
        # follow on the next turn of the event loop (their first render is the slow part).
        self._pause.start(0)

    # -- state ------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """True while the text differs from what was last saved (or it was never saved)."""
        return self.source.document().isModified()

    @property
    def text(self) -> str:
        """The text being edited."""
        return self.source.toPlainText()

    @property
    def display_name(self) -> str:
        """The file's path under the content folder, as the tab and messages name it."""
        return shown_path(self.path, self.content.root).as_posix()

    def set_content(self, content: Content) -> None:
        """Fresh content (the folder was re-read): check against it, and look at the disk.

        Content of another folder (the settings switched it) is not this file's: the file
        stays checked against its own folder until it is closed."""
        if content.root != self.content.root:
            return
        self.content = content
        self.check_disk()
        self._pause.start()

    def _modification_changed(self, modified: bool) -> None:
        self._update_status()
        self.dirty_changed.emit(modified)

    def _article_choices(self) -> list[tuple[str, str]]:
        return sorted((a.id, a.title) for a in self.content.articles.values())

    # -- preview, checks, form ---------------------------------------------------------------

    def refresh(self) -> None:
        """Bring the preview, the problems and the form up to date with the text now."""
        self._pause.stop()
        self._pause.setInterval(self._pause_ms)
        text = self.text
        self.checked = check_source(text, self.path, self.content, self._today())
        self._show_problems(self.checked.problems)
        if self.is_reply:
            self._render_reply(self.checked.reply)
        else:
            self._render_article(self.checked.article, text)
        if self.form is not None and not self._form_has_focus():
            self.form.load(text)
        self._update_status()
        self.refreshed.emit()

    def _form_has_focus(self) -> bool:
        focused = QApplication.focusWidget()
        form = self.form
        return (
            focused is not None
            and form is not None
            and (focused is form or form.isAncestorOf(focused))
        )

    def _render_article(self, article: Article | None, text: str) -> None:
        if article is None:
            self._show_preview_note(
                self.tr(
                    "The front matter cannot be read; the preview shows the "
                    "last version that could. See the problems below."
                )
            )
            return
        known = {*self.content.articles, article.id}
        body_markdown = drop_title_heading(article.body, article.title)
        try:
            # What article_html renders, a section at a time.
            body = self._sections.render(body_markdown, known, base=article.id)
        except MarkdownTooComplexError as exc:
            body = f"<p><i>{html.escape(str(exc))}</i></p>"
        except Exception:  # a formatter bug must never cost the editor its text
            log.exception("%s: formatting failed", self.path)
            body = self.tr("<p><i>This text could not be formatted.</i></p>")
        summary = f"<p><i>{html.escape(article.summary)}</i></p>" if article.summary else ""
        self.last_html = f"<h1>{html.escape(article.title)}</h1>{summary}{body}"
        self.preview.show_html(self.last_html)
        lines = text.split("\n")
        dropped = body_markdown != article.body
        self._build_scroll_map(lines, title_dropped=dropped)

    def _build_scroll_map(self, lines: list[str], *, title_dropped: bool) -> None:
        document = self.preview.document()
        document.setTextWidth(self.preview.viewport().width())
        self._scroll_map = ScrollMap.build(
            lines,
            preview_headings(document),
            document.size().height(),
            title_shown=True,
            title_dropped=title_dropped,
        )
        self.sync_preview()

    def sync_preview(self) -> None:
        """Scroll the preview to the part the source shows at its top."""
        if self._syncing:
            return
        self._syncing = True
        try:
            y = self._scroll_map.preview_y(self.source.top_line())
            self.preview.verticalScrollBar().setValue(round(y))
        finally:
            self._syncing = False

    def _render_reply(self, template: ReplyTemplate | None) -> None:
        if template is None:
            self._show_preview_note(
                self.tr("The front matter cannot be read; see the problems below.")
            )
            return
        content, name, today = self.content, self._agent_name(), self._today()
        values = sample_values(template, content, today)
        result = self._renderer.submit(lambda: render(template, values, content, name, today))
        if result is not None:
            self._show_rendered(result)

    def _show_rendered(self, rendered: object) -> None:
        if not isinstance(rendered, Rendered):
            return
        self.rendered = rendered
        parts = []
        if rendered.errors:
            parts += [f"<p><b>{html.escape(str(error))}</b></p>" for error in rendered.errors]
        if rendered.subject:
            parts.append(
                self.tr("<p><b>Subject:</b> {subject}</p><hr>").format(
                    subject=html.escape(rendered.subject)
                )
            )
        for paragraph in rendered.body.split("\n\n"):
            if paragraph.strip():
                lines = "<br>".join(html.escape(line) for line in paragraph.split("\n"))
                parts.append(f"<p>{lines}</p>")
        note = self.tr(
            "<p><i>Rendered with sample values: each field's <code>sample</code>, else its "
            "<code>default</code>.</i></p>"
        )
        self.last_html = note + "".join(parts)
        self.preview.show_html(self.last_html)
        self._scroll_map = ScrollMap([(0.0, 0.0)])

    def _show_preview_note(self, note: str) -> None:
        self.status.setToolTip(note)
        self.message.emit(note)

    def _show_problems(self, problems: ProblemList) -> None:
        ordered = sorted(problems, key=lambda p: (p.line or 0, p.severity != Severity.ERROR))
        self.problems.set_rows(ordered)
        self.problem_view.setVisible(bool(ordered))
        self._fit_problem_list()
        selections: list[QTextEdit.ExtraSelection] = []
        document = self.source.document()
        for problem in ordered:
            if not problem.line:
                continue
            block = document.findBlockByNumber(problem.line - 1)
            if not block.isValid():
                continue
            mark = QTextCharFormat()
            mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            colour = "#d93025" if problem.severity is Severity.ERROR else "#e37400"
            mark.setUnderlineColor(QColor(colour))
            mark.setToolTip(problem.message)
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            if not cursor.hasSelection():
                # An empty line: mark the whole line's width instead of nothing.
                mark.setProperty(QTextFormat.Property.FullWidthSelection, True)
                mark.setBackground(_tint(self.palette(), colour))
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = mark
            selections.append(selection)
        self.source.setExtraSelections(selections)

    def _jump_to_problem(self, index: QModelIndex) -> None:
        problem = index.data(ProblemRole)
        if isinstance(problem, Problem) and problem.line:
            self.source.go_to_line(problem.line)

    def _update_status(self) -> None:
        problems = self.checked.problems if self.checked is not None else ProblemList()
        errors = sum(p.severity is Severity.ERROR for p in problems)
        warnings = len(problems) - errors
        cursor = self.source.textCursor()
        parts = [
            count(word_count(self.text), "word"),
            self.tr("line {line}, column {column}").format(
                line=cursor.blockNumber() + 1, column=cursor.positionInBlock() + 1
            ),
        ]
        if errors or warnings:
            found = []
            if errors:
                found.append(count(errors, "error"))
            if warnings:
                found.append(count(warnings, "warning"))
            parts.append(", ".join(found))
        else:
            parts.append(self.tr("no problems"))
        parts.append(self.tr("unsaved changes") if self.dirty else self.tr("saved"))
        self.status.setText(" · ".join(parts))

    # -- the front matter form ---------------------------------------------------------------

    def _form_changed(self) -> None:
        if self.form is None:
            return
        text = self.text
        new = self.form.apply(text)
        if new != text:
            self.replace_text(new)

    def replace_text(self, new: str) -> None:
        """Make the text new as one undoable edit, changing only the part that differs, so
        the cursor and the view stay where they are."""
        old = self.text
        start = 0
        limit = min(len(old), len(new))
        while start < limit and old[start] == new[start]:
            start += 1
        end_old, end_new = len(old), len(new)
        while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
            end_old -= 1
            end_new -= 1
        cursor = QTextCursor(self.source.document())
        cursor.setPosition(_utf16_length(old[:start]))
        cursor.setPosition(_utf16_length(old[:end_old]), QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(new[start:end_new])
        cursor.endEditBlock()

    # -- saving ------------------------------------------------------------------------------

    def save(self, *, ask_on_errors: bool = True) -> bool:
        """Write the text to its file; True when it is on disk.

        Errors in the text are asked about first; a file changed on disk since it was opened
        offers both versions. A failed write keeps the text here, unsaved, and says why.
        """
        self.refresh()
        checked = self.checked
        errors = ask_on_errors and checked is not None and checked.problems.has_errors
        if errors and checked is not None and not self._confirm_errors(checked.problems):
            return False
        text = self.text
        try:
            on_disk = _read_bytes(self.path)
        except OSError as exc:
            self._report_failure(exc)
            return False
        # A file deleted or moved meanwhile is written again: the text here is all there is.
        if on_disk is not None and digest(on_disk) != self._disk_digest:
            theirs = decode_text(on_disk)
            choice, merged = self._ask_conflict(text, theirs)
            if choice is Choice.CANCEL:
                return False
            if choice is Choice.TAKE_THEIRS:
                self._take_disk(theirs, on_disk)
                return False
            if choice is Choice.MERGE:
                self._merged(merged, theirs, on_disk)
                return False
        return self._write(text)

    def _write(self, text: str) -> bool:
        data = (text.replace("\n", "\r\n") if self._crlf else text).encode("utf-8")
        try:
            check_inside_content(self.content.root, self.path, shown=self.display_name)
        except ArticleFileError as exc:
            self.message.emit(self.tr("Not saved: {exc}").format(exc=exc))
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("{exc}\n\nYour text is still in the editor.").format(exc=exc),
            )
            return False
        try:
            mode = self.path.stat().st_mode & 0o777 if self.path.exists() else 0o644
            write_atomic(self.path, data, mode=mode)
        except OSError as exc:
            self._report_failure(exc)
            return False
        self.base_text = text
        self._disk_digest = digest(data)
        self.source.document().setModified(False)
        self.change_bar.hide()
        self.message.emit(self.tr("Saved {display_name}").format(display_name=self.display_name))
        self.saved.emit(self.path)
        return True

    def _report_failure(self, exc: OSError) -> None:
        reason = write_failure_reason(exc)
        log.warning("Could not save %s: %s", self.path, exc)
        self.message.emit(
            self.tr(
                "Not saved: {path} could not be written ({reason}). Your text is still here; "
                "free some space or fix the folder's permissions and save again."
            ).format(path=self.path, reason=reason)
        )
        QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr(
                "{path} could not be written: {reason}.\n\nYour text is still in the editor, "
                "unsaved. Fix the cause and save again."
            ).format(path=self.path, reason=reason),
        )

    def _confirm_errors(self, problems: ProblemList) -> bool:
        errors = [p for p in problems if p.severity is Severity.ERROR]
        first = errors[0]
        where = self.tr(" (line {line})").format(line=first.line) if first.line else ""
        box = QMessageBox(self)
        box.setObjectName("save-with-errors")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Save with errors?"))
        box.setText(
            self.tr("{display_name} has {count}: {message}{where}").format(
                display_name=self.display_name,
                count=count(len(errors), "error"),
                message=first.message,
                where=where,
            )
        )
        box.setInformativeText(
            self.tr(
                "Saved as it is, `kbassist check` reports the file, and agents keep seeing the "
                "last "
                "version that had no errors, marked as being fixed, until it is fixed. Save anyway?"
            )
        )
        save = box.addButton(self.tr("&Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        # Enter keeps editing: a broken file is saved only when asked for in so many words.
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is save

    def _ask_conflict(self, mine: str, theirs: str) -> tuple[Choice, str]:
        dialog = ConflictDialog(self.display_name, self.base_text, mine, theirs, self)
        dialog.exec()
        merged = dialog.merged() if dialog.choice is Choice.MERGE else ""
        return dialog.choice, merged

    def _take_disk(self, theirs: str, data: bytes | None) -> None:
        self.replace_text(theirs)
        self.base_text = theirs
        self._disk_digest = digest(data)
        self.source.document().setModified(False)
        self.change_bar.hide()
        self.message.emit(
            self.tr("{display_name}: now the version on disk").format(
                display_name=self.display_name
            )
        )
        self.refresh()

    def _merged(self, merged: str, theirs: str, data: bytes | None) -> None:
        self.replace_text(merged)
        # The disk version is the new base: saving the merge is no longer a conflict.
        self.base_text = theirs
        self._disk_digest = digest(data)
        self.source.document().setModified(merged != theirs)
        self.change_bar.hide()
        self.message.emit(
            self.tr("{display_name}: merged with the version on disk; check, then save").format(
                display_name=self.display_name
            )
        )
        self.refresh()

    # -- the file changing on disk -----------------------------------------------------------

    def _build_change_bar(self) -> QFrame:
        bar = QFrame()
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar.setAccessibleName(self.tr("The file changed on disk"))
        self.change_label = QLabel()
        self.change_label.setWordWrap(True)
        self.compare_button = QPushButton(self.tr("Compare…"))
        self.compare_button.clicked.connect(self.resolve_disk_change)
        row = QHBoxLayout(bar)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.change_label, 1)
        row.addWidget(self.compare_button)
        bar.hide()
        return bar

    def check_disk(self) -> None:
        """The file changed on disk: unchanged text here follows it; edited text is kept
        and a bar offers to compare the two."""
        data = _read_bytes(self.path)
        if digest(data) == self._disk_digest:
            self.change_bar.hide()
            return
        if data is None:
            self.change_label.setText(
                self.tr(
                    "<b>{display_name}</b> is no longer on disk (deleted or moved). Your text is "
                    "kept here; Save writes it again."
                ).format(display_name=html.escape(self.display_name))
            )
            self.compare_button.hide()
            self.change_bar.show()
            return
        theirs = decode_text(data)
        if not self.dirty:
            self._take_disk(theirs, data)
            return
        self.change_label.setText(
            self.tr(
                "<b>{display_name}</b> changed on disk while you edit it. Your text is kept; "
                "compare to keep yours, take theirs or merge."
            ).format(display_name=html.escape(self.display_name))
        )
        self.compare_button.show()
        self.change_bar.show()

    def resolve_disk_change(self) -> None:
        """Compare the text here with the file on disk and apply the choice."""
        data = _read_bytes(self.path)
        theirs = decode_text(data) if data is not None else ""
        choice, merged = self._ask_conflict(self.text, theirs)
        if choice is Choice.KEEP_MINE:
            self._write(self.text)
        elif choice is Choice.TAKE_THEIRS:
            self._take_disk(theirs, data)
        elif choice is Choice.MERGE:
            self._merged(merged, theirs, data)

    # -- closing -----------------------------------------------------------------------------

    def maybe_close(self) -> bool:
        """True when the document may close: saved, or the editor saved or discarded it."""
        if not self.dirty:
            return True
        answer = self._ask_unsaved(
            self.tr("Save the changes to {display_name}?").format(display_name=self.display_name)
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def settle(self, before: str) -> bool:
        """Before an operation on the file (before: "deleting it"): unsaved changes are saved,
        or discarded (the text becomes the file's again); False when the editor cancels."""
        if not self.dirty:
            return True
        answer = self._ask_unsaved(
            self.tr("Save the changes to {display_name} before {before}?").format(
                display_name=self.display_name, before=before
            )
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer != QMessageBox.StandardButton.Discard:
            return False
        data = _read_bytes(self.path)
        if data is None:
            self.source.document().setModified(False)
        else:
            self._take_disk(decode_text(data), data)
        return True

    def moved_to(self, path: Path) -> None:
        """The file was renamed or moved to path: the text, its undo history and the
        fingerprint a save compares with follow it."""
        self.path = path
        self._disk_digest = digest(_read_bytes(path))
        self.change_bar.hide()
        self._pause.start()

    def _ask_unsaved(self, question: str) -> QMessageBox.StandardButton:
        box = QMessageBox(self)
        box.setObjectName("unsaved-changes")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(question)
        box.setInformativeText(self.tr("Discarded changes cannot be brought back."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return QMessageBox.StandardButton(box.exec())

    def _follow_link(self, url: QUrl) -> None:
        if not url.scheme() and url.fragment():
            self.preview.scrollToAnchor(url.fragment())

    def set_text_scale(self, factor: float) -> None:
        """The source and the preview at the text scale, as the article view has it."""
        app = QApplication.instance()
        base = unscaled_font(app) if isinstance(app, QApplication) else QFont(self.font())
        self.preview.set_scale(base, factor)
        self.source.set_scale(base, factor)
        self._fit_problem_list()

    def _fit_problem_list(self) -> None:
        # A few problems at a time (wrapped ones take their lines): source and preview keep
        # the height, the list scrolls.
        view = self.problem_view
        shown = min(PROBLEM_ROWS, self.problems.rowCount())
        line = view.fontMetrics().lineSpacing() + 2
        rows = sum(max(line, view.sizeHintForRow(row)) for row in range(shown)) or line
        view.setMaximumHeight(min(rows, line * PROBLEM_ROWS * 2) + 2 * view.frameWidth() + 4)


def _tint(palette: QPalette, colour: str) -> QColor:
    return blend(QColor(colour), palette.color(QPalette.ColorRole.Base), 0.18)
