"""The reply composer: pick a template, fill in its fields, adjust the text, copy or send it."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import shiboken6
from keyring.backend import KeyringBackend
from PySide6.QtCore import QEvent, QMimeData, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kbassist.content import Content
from kbassist.drafts import Draft, DraftError, DraftStore, new_draft_id
from kbassist.edits import Conflict, merge_edits
from kbassist.mail import MailError, MailProblem, build_message, mailto_url, plain_to_html, save_eml
from kbassist.render import (
    AGENT_MARKER,
    Rendered,
    marker_spans,
    outgoing_problems,
    quotable_parts,
    render,
)
from kbassist.replies import ReplyTemplate
from kbassist.tone import ToneChecker
from kbassist.ui.composer_form import FieldForm
from kbassist.ui.composer_picker import TemplatePicker
from kbassist.ui.composer_send import SendJob
from kbassist.ui.composer_settings import SettingsProvider
from kbassist.ui.composer_style import (
    MARKER_BACKGROUND,
    MARKER_TEXT,
    ElidedLabel,
    error_colour,
    ok_colour,
    set_text_colour,
)
from kbassist.ui.tone_panel import TonePanel

AUTOSAVE_MS = 3000
RENDER_DELAY_MS = 120
RECENT_DRAFTS = 10
# The tallest the tone findings list grows, in lines of text.
_TONE_LIST_LINES = 8
_SHORT_COMBO = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
SET_YOUR_NAME = "Set your name in Settings (Ctrl+,)."

Clock = Callable[[], dt.datetime]


class ComposerWidget(QWidget):
    """Writes one reply at a time; every way out is blocked until the text is complete."""

    # The reply text (subject and body as they stand) changed and was checked.
    checked = Signal()
    # Plain or rich text went to the clipboard.
    copied = Signal()
    # A send finished: True and the Message-ID, or False and the reason.
    send_finished = Signal(bool, str)
    # The draft was written to disk.
    draft_saved = Signal(str)

    def __init__(
        self,
        content: Content | None,
        search_index: object | None,
        drafts: DraftStore,
        settings_provider: SettingsProvider,
        keyring_backend: KeyringBackend | None,
        clock: Clock,
        thread_pool: QThreadPool | None = None,
        *,
        tone_checker: ToneChecker | None = None,
    ) -> None:
        super().__init__()
        # The search index is kept for a ranked picker; the word filter needs nothing else.
        self.search_index = search_index
        self.content = content
        self.drafts = drafts
        self.settings_provider = settings_provider
        self.keyring_backend = keyring_backend
        self.clock = clock
        self.pool = thread_pool or QThreadPool.globalInstance()
        self.template: ReplyTemplate | None = None
        self.rendered: Rendered | None = None
        self.draft_id = ""
        self.edited = False
        # The text as last rendered: the common ancestor for merging the writer's edits.
        self._base_subject = ""
        self._base_body = ""
        self._dirty = False
        self._updating = False
        self._sending: SendJob | None = None
        self._restored_once = False
        self.tone_panel: TonePanel | None = None
        self._build()
        if tone_checker is not None:
            # Tone findings underline the reply as it is written, with fixes one click away.
            self.tone_panel = TonePanel(tone_checker, self.body_edit)
            # Under the reply: one summary line, and a short list only when there are findings.
            self._fit_tone_list()
            self.draft_layout.insertWidget(
                self.draft_layout.indexOf(self.body_edit) + 1, self.tone_panel
            )
            self._order_tabs()
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self.refresh)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._autosave_timer.start()
        if content is not None:
            self.set_content(content)
        self._update_state()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.picker = TemplatePicker()
        self.picker.chosen.connect(self.open_template)
        self.title_label = ElidedLabel("No template chosen")
        self.title_label.setAccessibleName("Chosen template")
        title_font = self.title_label.font()
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addSpacing(12)
        top.addWidget(self.title_label, 1)

        self.form = FieldForm(lambda: self.clock().date())
        self.form.values_changed.connect(self._schedule_render)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        # Labels and help wrap to the column's width: it scrolls down, never sideways.
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(self.form)
        # The column is part of the page, not a panel of its own (setWidget fills it in).
        self.form.setAutoFillBackground(False)
        self.form_scroll.viewport().setAutoFillBackground(False)
        self.form_scroll.setMinimumWidth(220)

        self.to_edit = QLineEdit()
        self.to_edit.setPlaceholderText("customer@example.com")
        self.to_edit.setAccessibleName("To")
        self.subject_edit = QLineEdit()
        self.subject_edit.setAccessibleName("Subject")
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName("Reply text")
        self.body_edit.setPlaceholderText("The reply appears here as you fill in the fields.")
        # Tab moves on to the next control, as everywhere else in the composer.
        self.body_edit.setTabChangesFocus(True)
        self.to_edit.textChanged.connect(self._on_text_edited)
        self.subject_edit.textEdited.connect(self._on_text_edited)
        self.body_edit.textChanged.connect(self._on_text_edited)
        headers = QFormLayout()
        headers.setContentsMargins(0, 0, 0, 0)
        headers.addRow("&To:", self.to_edit)
        headers.addRow("&Subject:", self.subject_edit)

        self.insert_article = QComboBox()
        self.insert_article.setEditable(True)
        self.insert_article.setAccessibleName("Article to quote")
        self.insert_article.setSizeAdjustPolicy(_SHORT_COMBO)
        self.insert_article.setMinimumContentsLength(12)
        article_line = self.insert_article.lineEdit()
        if article_line is not None:
            article_line.setPlaceholderText("Article to quote…")
        self.insert_part = QComboBox()
        self.insert_part.setAccessibleName("Part of the article")
        self.insert_part.setSizeAdjustPolicy(_SHORT_COMBO)
        self.insert_part.setMinimumContentsLength(8)
        self.insert_button = QPushButton("&Insert at cursor")
        self.insert_button.setToolTip("Insert the chosen part of the article where the cursor is")
        self.insert_article.currentIndexChanged.connect(self._list_parts)
        self.insert_button.clicked.connect(self.insert_quote)
        insert_row = QHBoxLayout()
        insert_row.addWidget(self.insert_article, 3)
        insert_row.addWidget(self.insert_part, 2)
        insert_row.addWidget(self.insert_button)

        draft_box = QWidget()
        self.draft_layout = QVBoxLayout(draft_box)
        self.draft_layout.setContentsMargins(0, 0, 0, 0)
        self.draft_layout.addLayout(headers)
        self.draft_layout.addWidget(self.body_edit, 1)
        self.draft_layout.addLayout(insert_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.form_scroll)
        self.splitter.addWidget(draft_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        # Sizes are shares: the form gets two fifths of the width, the reply the rest.
        self.splitter.setSizes([400, 600])

        self.status_label = ElidedLabel()
        self.status_label.setAccessibleName("Why the reply cannot go out yet")
        self._status_tone = ""
        self.copy_button = QPushButton("&Copy")
        self.copy_rich_button = QPushButton("Copy &rich text")
        self.mail_button = QPushButton("Open in &mail client")
        self.send_button = QPushButton("Se&nd")
        self.eml_button = QPushButton("Save .&eml…")
        self.drafts_button = QToolButton()
        self.drafts_button.setText("&Drafts")
        self.drafts_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.drafts_menu = QMenu(self.drafts_button)
        self.drafts_menu.aboutToShow.connect(self._fill_drafts_menu)
        self.drafts_button.setMenu(self.drafts_menu)
        self.copy_button.clicked.connect(self.copy_plain)
        self.copy_rich_button.clicked.connect(self.copy_rich)
        self.mail_button.clicked.connect(self.open_in_mail_client)
        self.send_button.clicked.connect(self.send)
        self.eml_button.clicked.connect(self._ask_eml_path)
        self.copy_button.setDefault(True)
        buttons = QHBoxLayout()
        for button in (
            self.copy_button,
            self.copy_rich_button,
            self.mail_button,
            self.send_button,
            self.eml_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.drafts_button)
        self._add_shortcuts()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self._order_tabs()

    def _add_shortcuts(self) -> None:
        """Keys that work while the focus is anywhere in the composer (and not elsewhere)."""
        self.shortcuts: dict[str, QShortcut] = {}
        self._tips: dict[QWidget, str] = {}
        for name, keys, target, tip in (
            ("copy", "Ctrl+Return", self.copy_button, "Copy the reply as plain text"),
            (
                "copy_rich",
                "Ctrl+Alt+Return",
                self.copy_rich_button,
                "Copy the reply as formatted text, for mail and chat tools",
            ),
            (
                "mail",
                "Ctrl+Shift+M",
                self.mail_button,
                "Open the reply in your mail client, ready to send",
            ),
            ("send", "Ctrl+Shift+Return", self.send_button, "Send the reply from here"),
            ("eml", "Ctrl+S", self.eml_button, "Save the reply as an email file (.eml)"),
            ("drafts", "Ctrl+O", self.drafts_button, "Reopen one of your recent drafts"),
            ("template", "Ctrl+T", self.picker.filter_box, "Find a reply template by any word"),
        ):
            sequence = QKeySequence(keys)
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.shortcuts[name] = shortcut
            shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            self._tips[target] = f"{tip} ({shown})"
            target.setToolTip(self._tips[target])
        self.shortcuts["copy"].activated.connect(self.copy_button.click)
        self.shortcuts["copy_rich"].activated.connect(self.copy_rich_button.click)
        self.shortcuts["mail"].activated.connect(self.mail_button.click)
        self.shortcuts["send"].activated.connect(self.send_button.click)
        self.shortcuts["eml"].activated.connect(self.eml_button.click)
        self.shortcuts["drafts"].activated.connect(self.drafts_button.showMenu)
        self.shortcuts["template"].activated.connect(self.focus_template_search)

    def _order_tabs(self) -> None:
        """Tab goes down the fields, then through the reply and out by the buttons.

        The fields are made afresh for each template; without this they would come last.
        """
        tone = self.tone_panel
        chain: list[QWidget] = [
            self.picker.filter_box,
            self.picker.kind_filter,
            *self.form.focus_order(),
            self.to_edit,
            self.subject_edit,
            self.body_edit,
            *((tone.findings_view, tone.fix_button) if tone is not None else ()),
            self.insert_article,
            self.insert_part,
            self.insert_button,
            self.copy_button,
            self.copy_rich_button,
            self.mail_button,
            self.send_button,
            self.eml_button,
            self.drafts_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown by Ctrl+R or a click on its tab: the keys come here, where the writer left off
        (or to the template search when no reply is started)."""
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if event.spontaneous() or (focus is not None and self.isAncestorOf(focus)):
            return
        last = self.focusWidget()
        if self.template is not None and last is not None and last.isVisibleTo(self):
            last.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.template is not None and self.form.editors:
            next(iter(self.form.editors.values())).input.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.picker.filter_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_template_search(self) -> None:
        """Put the cursor in the template search field and open its list."""
        self.picker.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.picker.show_list()

    # -- content and templates ------------------------------------------------------------

    def set_content(self, content: Content) -> None:
        """Use this content; the open template is re-read from it, if it still exists."""
        self.content = content
        self.picker.set_templates(content.replies.values())
        self._fill_articles(content)
        if self.template is not None:
            fresh = content.replies.get(self.template.id)
            if fresh is not None and fresh != self.template:
                values = self.form.values()
                self.template = fresh
                self.form.set_template(fresh, content)
                self._order_tabs()
                self.form.set_values(values)
            self._schedule_render()
        elif not self._restored_once:
            self._restored_once = True
            self._restore_latest_draft()

    def open_template(self, template_id: str) -> None:
        """Start a new reply from the template (the current draft stays in Drafts)."""
        content = self.content
        if content is None or template_id not in content.replies:
            self._say(f"There is no reply template '{template_id}'.", "error")
            return
        self.save_draft()
        self._start(content.replies[template_id], new_draft_id())
        self.refresh()
        first = next(iter(self.form.editors.values()), None)
        if first is not None:
            first.input.setFocus()

    def use_facility(self, facility_id: str) -> bool:
        """Put a facility into the reply's facility field, opening a referral template if the
        reply has none; False (with the reason shown) when no template can take it."""
        content = self.content
        if content is None or facility_id not in content.facilities:
            return False
        if self.template is None or not any(f.type == "facility" for f in self.template.fields):
            referral = next(
                (
                    t
                    for t in sorted(content.replies.values(), key=lambda t: t.id)
                    if any(f.type == "facility" for f in t.fields)
                ),
                None,
            )
            if referral is None:
                self._say("No reply template has a facility field.", "error")
                return False
            self.open_template(referral.id)
        assert self.template is not None
        name = next(f.name for f in self.template.fields if f.type == "facility")
        self.form.editors[name].set_value(facility_id)
        self.refresh()
        return True

    def _start(self, template: ReplyTemplate, draft_id: str) -> None:
        assert self.content is not None
        self.template = template
        self.draft_id = draft_id
        self.edited = False
        self._dirty = False
        self._base_subject = self._base_body = ""
        self.title_label.setText(template.title)
        self.title_label.set_detail(
            f"{template.title}\n{template.id} · {template.kind} · {template.language}"
        )
        self.picker.select(template.id)
        if self.tone_panel is not None:
            self.tone_panel.set_language(template.language)
            self.tone_panel.set_kind(template.kind)
            self.tone_panel.set_max_words(template.max_words)
        self.form.set_template(template, self.content)
        self._order_tabs()
        self._set_text(self.subject_edit, "")
        self._set_text(self.body_edit, "")

    # -- rendering and edits --------------------------------------------------------------

    def _schedule_render(self) -> None:
        self._dirty = True
        self._render_timer.start()

    def refresh(self) -> None:
        """Render the template with the form's values now, keeping the writer's edits."""
        self._render_timer.stop()
        template, content = self.template, self.content
        if template is None or content is None:
            self._update_state()
            return
        settings = self.settings_provider()
        result = render(template, self.form.values(), content, settings.agent_name, self._today())
        self.rendered = result
        self.form.show_issues(result.field_issues)
        if not result.errors:
            # A broken template renders nothing: the text on screen stays as it is.
            self._apply(result)
        self._update_state()

    def _apply(self, result: Rendered) -> None:
        subject = self._merged(self._base_subject, self.subject_edit.text(), result.subject)
        body = self._merged(self._base_body, self.body_edit.toPlainText(), result.body)
        self._base_subject, self._base_body = result.subject, result.body
        if subject != self.subject_edit.text():
            self._set_text(self.subject_edit, subject)
        if body != self.body_edit.toPlainText():
            self._set_text(self.body_edit, body)

    def _merged(self, base: str, current: str, new: str) -> str:
        if not self.edited:
            return new
        merged = merge_edits(base, current, new)
        if isinstance(merged, Conflict):
            return merged.keep_edits if self.ask_keep_edits(merged) else merged.take_new
        return merged.text

    def ask_keep_edits(self, conflict: Conflict) -> bool:
        """Ask whether the writer's wording or the new field value wins where both changed."""
        shown = "\n".join(
            f"• your “{h.edited.strip()}” / new “{h.rendered.strip()}”" for h in conflict.hunks[:5]
        )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Keep your wording?")
        box.setText("You changed words that the new field value also changes.")
        box.setInformativeText(shown)
        keep = box.addButton("Keep my wording", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Use the new text", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is keep

    def _on_text_edited(self) -> None:
        if self._updating:
            return
        if self.sender() is not self.to_edit:
            self.edited = True
        self._dirty = True
        self._update_state()

    def _set_text(self, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
        self._updating = True
        try:
            if isinstance(widget, QLineEdit):
                widget.setText(text)
            else:
                # One edit through a cursor, not setPlainText: Ctrl+Z can still undo it.
                position = widget.textCursor().position()
                cursor = QTextCursor(widget.document())
                cursor.select(QTextCursor.SelectionType.Document)
                cursor.insertText(text)
                cursor.setPosition(min(position, widget.document().characterCount() - 1))
                widget.setTextCursor(cursor)
        finally:
            self._updating = False

    # -- checks ---------------------------------------------------------------------------

    def blocked_reasons(self) -> list[str]:
        """Why the reply cannot be copied or sent as it stands, briefly; empty when it can."""
        return [short for short, _detail in self._blocking()]

    def _blocking(self) -> list[tuple[str, str]]:
        """Each reason the reply is held back: a short sentence and the full story."""
        result = self.rendered
        if self.template is None or result is None:
            return [("Choose a template.", "Choose a template.")]
        found = [(e.message, e.message) for e in result.errors]
        missing = [i.label for i in result.field_issues if i.missing]
        if missing:
            text = "Fill in: " + ", ".join(missing) + "."
            found.append((text, text))
        invalid = [i for i in result.field_issues if not i.missing]
        if invalid:
            # The form shows what is wrong beside each field; the line only says where to look.
            found.append(
                (
                    "Check: " + ", ".join(i.label for i in invalid) + ".",
                    "\n".join(f"{i.label}: {i.message}" for i in invalid),
                )
            )
        shown = {result.markers[i.field] for i in result.field_issues if i.field in result.markers}
        no_name = not self.settings_provider().agent_name.strip()
        subject, body = self.subject_edit.text(), self.body_edit.toPlainText()
        for problem in outgoing_problems(subject, body, result.markers.values()):
            if any(marker in problem for marker in shown):
                continue
            if no_name and AGENT_MARKER in problem:
                # [Your name] stands in for the writer's own name, which only Settings can fill.
                if all(short != SET_YOUR_NAME for short, _ in found):
                    found.append((SET_YOUR_NAME, f"{problem} {SET_YOUR_NAME}"))
                continue
            found.append((problem, problem))
        return found

    def _update_state(self) -> None:
        blocking = self._blocking()
        ready = not blocking
        for button in (self.copy_button, self.copy_rich_button, self.mail_button, self.eml_button):
            button.setEnabled(ready)
        settings = self.settings_provider()
        send_reason = ""
        if ready and not settings.can_send:
            send_reason = "To send from here, set the mail server and sender in Settings (Ctrl+,)."
        elif ready and not self.to_edit.text().strip():
            send_reason = "Enter the customer's address to send."
        self.send_button.setEnabled(ready and not send_reason and self._sending is None)
        send_tip = self._tips[self.send_button]
        self.send_button.setToolTip(f"{send_tip}\n{send_reason}" if send_reason else send_tip)
        if self.template is None:
            self._say(
                "Choose a template: type in the Template field (Ctrl+T), or search kind:reply."
            )
        elif blocking:
            self._say(
                "Not ready: " + " ".join(short for short, _ in blocking),
                "error",
                "\n".join(detail for _, detail in blocking),
            )
        else:
            self._say("Ready. " + send_reason if send_reason else "Ready to send.", "ok")
        self._highlight_markers()
        self.insert_button.setEnabled(self.template is not None)
        self.checked.emit()

    def _say(self, text: str, tone: str = "", detail: str = "") -> None:
        """Show text on the status line; tone "error" or "ok" colours it, detail is the tooltip."""
        self._status_tone = tone
        self.status_label.setText(text)
        self.status_label.set_detail(detail)
        self._colour_status()

    def _colour_status(self) -> None:
        palette = self.palette()
        colours = {"error": error_colour(palette), "ok": ok_colour(palette)}
        set_text_colour(self.status_label, colours.get(self._status_tone))

    def changeEvent(self, event: QEvent) -> None:
        """A switch between light and dark picks the status colour that reads on it; a new
        text size resizes the tone list."""
        super().changeEvent(event)
        palettes = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        fonts = (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange)
        if event.type() in palettes and hasattr(self, "status_label"):
            self._colour_status()
        elif event.type() in fonts and getattr(self, "tone_panel", None) is not None:
            self._fit_tone_list()

    def _fit_tone_list(self) -> None:
        if self.tone_panel is not None:
            lines = self.tone_panel.fontMetrics().lineSpacing()
            self.tone_panel.findings_view.setMaximumHeight(lines * _TONE_LIST_LINES + 8)

    def _highlight_markers(self) -> None:
        result = self.rendered
        markers = list(result.markers.values()) if result is not None else []
        selections = []
        text = self.body_edit.toPlainText()
        for start, end in marker_spans(text, markers):
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(MARKER_BACKGROUND)
            fmt.setForeground(MARKER_TEXT)
            fmt.setToolTip("Fill in this field")
            selection.format = fmt
            cursor = QTextCursor(self.body_edit.document())
            cursor.setPosition(_utf16(text, start))
            cursor.setPosition(_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.body_edit.setExtraSelections(selections)

    @property
    def sendable(self) -> bool:
        """True when the text as it stands may be copied or sent."""
        return not self.blocked_reasons()

    # -- ways out -------------------------------------------------------------------------

    def copy_plain(self) -> None:
        """Put the reply text on the clipboard as plain text."""
        if not self.sendable:
            return
        QGuiApplication.clipboard().setText(self.body_edit.toPlainText())
        self._say("Copied as plain text.", "ok")
        self.copied.emit()

    def copy_rich(self) -> None:
        """Put the reply text on the clipboard as HTML with a plain-text alternative."""
        if not self.sendable:
            return
        body = self.body_edit.toPlainText()
        data = QMimeData()
        data.setText(body)
        data.setHtml(plain_to_html(body))
        QGuiApplication.clipboard().setMimeData(data)
        self._say("Copied as formatted text.", "ok")
        self.copied.emit()

    def open_in_mail_client(self) -> None:
        """Open the writer's mail client with the reply filled in."""
        if not self.sendable:
            return
        url = mailto_url(
            self.to_edit.text(), self.subject_edit.text(), self.body_edit.toPlainText()
        )
        if not QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode)):
            self._say("No mail client opened. Copy the text instead.", "error")

    def _ask_eml_path(self) -> None:
        name = (self.template.id.replace("/", "-") if self.template else "reply") + ".eml"
        path, _ = QFileDialog.getSaveFileName(
            self, "Save the reply as an email file", str(Path.home() / name), "Email (*.eml)"
        )
        if path:
            self.save_eml_to(Path(path))

    def save_eml_to(self, path: Path) -> bool:
        """Save the reply as an .eml file; False (with the reason shown) when it cannot be."""
        if not self.sendable:
            return False
        try:
            save_eml(self._message(for_sending=False), path)
        except MailError as exc:
            self._say(exc.message, "error")
            return False
        self._say(f"Saved {path}.", "ok")
        return True

    def send(self) -> None:
        """Send over SMTP in a pool thread; send_finished reports the outcome."""
        if not self.sendable or self._sending is not None:
            return
        settings = self.settings_provider()
        try:
            message = self._message(for_sending=True)
        except MailError as exc:
            self._say(exc.message, "error")
            return
        job = SendJob(message, settings.smtp, self.keyring_backend)
        job.signals.sent.connect(self._on_sent)
        job.signals.failed.connect(self._on_send_failed)
        self._sending = job
        self._say("Sending…")
        self.send_button.setEnabled(False)
        self.pool.start(job)

    def _message(self, *, for_sending: bool) -> EmailMessage:
        settings = self.settings_provider()
        org = self.content.settings.org if self.content is not None else {}
        sender = settings.sender or org.get("email", "")
        if not sender:
            raise MailError(
                MailProblem.ADDRESS,
                "There is no sender address: set it in Settings, or email in the [org] table "
                "of kbassist.toml.",
            )
        return build_message(
            sender=sender,
            sender_name=org.get("name", ""),
            to=self.to_edit.text() if for_sending or self.to_edit.text().strip() else "",
            subject=self.subject_edit.text(),
            body=self.body_edit.toPlainText(),
            now=self.clock(),
        )

    def _on_sent(self, message_id: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._sending = None
        try:
            self.drafts.delete(self.draft_id)
        except DraftError as exc:
            self._say(str(exc), "error")
        self._dirty = False
        self._say(f"Sent to {self.to_edit.text()}.", "ok")
        self.send_button.setEnabled(True)
        self.send_finished.emit(True, message_id)

    def _on_send_failed(self, reason: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._sending = None
        self._update_state()
        self._say(reason, "error")
        self.send_finished.emit(False, reason)

    # -- quoting articles -----------------------------------------------------------------

    def _fill_articles(self, content: Content) -> None:
        self.insert_article.blockSignals(True)
        self.insert_article.clear()
        for item in sorted(content.articles.values(), key=lambda a: a.title.casefold()):
            self.insert_article.addItem(item.title, item.id)
        self.insert_article.setCurrentIndex(-1)
        self.insert_article.blockSignals(False)
        self._list_parts()

    def _list_parts(self) -> None:
        self.insert_part.clear()
        content, ident = self.content, self.insert_article.currentData()
        if content is None or ident not in content.articles:
            return
        for part in quotable_parts(content.articles[ident]):
            self.insert_part.addItem(part.title, part.text)

    def insert_quote(self) -> None:
        """Insert the chosen article part at the cursor in the reply text."""
        text = self.insert_part.currentData()
        if not text:
            return
        cursor = self.body_edit.textCursor()
        cursor.insertText(str(text))
        self.body_edit.setFocus()

    # -- drafts ---------------------------------------------------------------------------

    def current_draft(self) -> Draft | None:
        """The reply in progress as a draft (None before a template is chosen)."""
        if self.template is None or not self.draft_id:
            return None
        return Draft(
            id=self.draft_id,
            template_id=self.template.id,
            values=self.form.values(),
            subject=self.subject_edit.text(),
            body=self.body_edit.toPlainText(),
            edited=self.edited,
            to=self.to_edit.text(),
            base_body=self._base_body,
        )

    def save_draft(self) -> None:
        """Write the draft now if it changed since the last save."""
        draft = self.current_draft()
        if draft is None or not self._dirty:
            return
        try:
            self.drafts.save(draft, now=self.clock())
        except DraftError as exc:
            self._say(str(exc), "error")
            return
        self._dirty = False
        self.draft_saved.emit(draft.id)

    def autosave(self) -> None:
        """Called by the autosave timer."""
        self.save_draft()

    def open_draft(self, draft_id: str) -> bool:
        """Reopen a saved draft: its template, values, text and recipient."""
        content = self.content
        try:
            draft = self.drafts.load(draft_id)
        except DraftError as exc:
            self._say(str(exc), "error")
            return False
        if content is None or draft.template_id not in content.replies:
            self._say(
                f"The draft's template '{draft.template_id}' is not in the content any more.",
                "error",
            )
            return False
        self.save_draft()
        self._start(content.replies[draft.template_id], draft.id)
        self.form.set_values(draft.values)
        self._render_timer.stop()
        self._set_text(self.to_edit, draft.to)
        self._set_text(self.subject_edit, draft.subject)
        self._set_text(self.body_edit, draft.body)
        self.edited = draft.edited
        self._base_body = draft.base_body or draft.body
        self._base_subject = draft.subject
        self.refresh()
        self._dirty = False
        return True

    def _restore_latest_draft(self) -> None:
        recent = self.drafts.recent(1)
        if recent:
            self.open_draft(recent[0].id)

    def _fill_drafts_menu(self) -> None:
        self.drafts_menu.clear()
        recent = self.drafts.recent(RECENT_DRAFTS)
        if not recent:
            self.drafts_menu.addAction("No drafts").setEnabled(False)
        for draft in recent:
            title = draft.template_id
            if self.content is not None and draft.template_id in self.content.replies:
                title = self.content.replies[draft.template_id].title
            first = next((line for line in draft.body.splitlines() if line.strip()), "")
            action = self.drafts_menu.addAction(f"{title} — {first[:40]}")
            action.triggered.connect(lambda _checked=False, i=draft.id: self.open_draft(i))
        for problem in self.drafts.problems:
            self.drafts_menu.addAction(f"⚠ {problem.message}").setEnabled(False)

    def _today(self) -> dt.date:
        return self.clock().date()

    def shutdown(self) -> None:
        """Save the draft and stop the timers (the window calls this when it closes)."""
        self._autosave_timer.stop()
        self._render_timer.stop()
        self.save_draft()


def _utf16(text: str, index: int) -> int:
    """The document position of text[index]: Qt counts UTF-16 units, so an emoji counts twice."""
    return len(text[:index].encode("utf-16-le")) // 2
