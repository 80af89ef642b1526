"""The reply composer: pick a template, fill in its fields, adjust the text, copy or send it."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

from keyring.backend import KeyringBackend
from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kbassist.common.clock import Clock
from kbassist.common.plural import count
from kbassist.content.folder import Content
from kbassist.content.replies import ReplyTemplate
from kbassist.drafts import Draft, DraftStore, edited_when, new_draft_id
from kbassist.mail.delivery import MailError, SmtpSettings, save_eml
from kbassist.replies.merge import merged_text
from kbassist.replies.quoting import InternalLine, internal_lines, internal_text_in
from kbassist.replies.render import Rendered, RenderError, render
from kbassist.replies.variants import Variant, carried_values, families, family, variant_for
from kbassist.tone.checker import ToneChecker
from kbassist.tone.findings import Finding, ToneReport
from kbassist.ui.actions import create_actions, shortcut_text
from kbassist.ui.composer import output as output
from kbassist.ui.composer.checks import blocking_reasons, send_blocker
from kbassist.ui.composer.drafts import (
    UNDO_DELETE_MS,
    DraftKeeper,
    draft_label,
    fill_drafts_menu,
)
from kbassist.ui.composer.editor import ReplyEditor
from kbassist.ui.composer.form import FieldForm
from kbassist.ui.composer.language import LanguageChooser, VariantNotice
from kbassist.ui.composer.merge import MergeNotice
from kbassist.ui.composer.picker import TemplatePicker
from kbassist.ui.composer.render_worker import DEADLINE_S, RenderFn, RenderWorker
from kbassist.ui.composer.send import ReplySender
from kbassist.ui.composer.settings import SettingsProvider
from kbassist.ui.composer.style import (
    ElidedLabel,
    error_colour,
    highlight_markers,
    ok_colour,
)
from kbassist.ui.links import open_link
from kbassist.ui.mail_password import PasswordPrompt
from kbassist.ui.plaintext import plain_tooltip
from kbassist.ui.theme import set_text_colour
from kbassist.ui.tone.panel import TonePanel

RENDER_DELAY_MS = 120
# The tallest the tone findings list grows, in lines of text.
_TONE_LIST_LINES = 8


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
    # The reply left the app: (template id, how: "copied", "mailed", "saved" or "sent").
    went_out = Signal(str, str)

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
        render_reply: RenderFn = render,
        render_deadline_s: float = DEADLINE_S,
        open_url: Callable[[str], object] = open_link,
    ) -> None:
        super().__init__()
        # The mail-client link opens through this (the vetted open_link outside tests).
        self.open_url = open_url
        # The search index is kept for a ranked picker; the word filter needs nothing else.
        self.search_index = search_index
        self.content = content
        self.drafts = drafts
        self.settings_provider = settings_provider
        self.keyring_backend = keyring_backend
        self.clock = clock
        self.pool = thread_pool or QThreadPool.globalInstance()
        self.keeper = DraftKeeper(drafts, clock, self.current_draft, self)
        self.keeper.saved.connect(self.draft_saved)
        self.keeper.failed.connect(self._say_error)
        self.outbox = ReplySender(self.pool, keyring_backend, self)
        self.outbox.sent.connect(self._on_sent)
        self.outbox.failed.connect(self._on_send_failed)
        self.outbox.needs_password.connect(self._on_needs_password)
        # Asks for the password at the first send: (password, keep it) or None; tests set it.
        self.ask_password: Callable[[str, str], tuple[str, bool] | None] = self._prompt_password
        self.template: ReplyTemplate | None = None
        self.rendered: Rendered | None = None
        self.draft_id = ""
        self.edited = False
        self._start_values: dict[str, str] = {}
        # The text as last rendered: the common ancestor for merging the writer's edits.
        self._base_subject = ""
        self._base_body = ""
        self._restored_once = False
        self.tone_panel: TonePanel | None = None
        # The last tone report and the text it is about: "Ready" waits for a current one.
        self._tone_report: ToneReport | None = None
        self._tone_text: str | None = None
        # Internal text (agent-only articles and sections) to recognise in the reply, and the
        # sources the writer chose to include anyway.
        self._internal_lines: list[InternalLine] = []
        self._allowed_internal: set[str] = set()
        self._build()
        if tone_checker is not None:
            # Tone findings underline the reply as it is written, with fixes one click away.
            self.tone_panel = TonePanel(tone_checker, self.body_edit)
            self.tone_panel.highlighter.report_changed.connect(self._on_tone_report)
            # Under the reply: one summary line, and a short list only when there are findings.
            self._fit_tone_list()
            self.editor.add_below_text(self.tone_panel)
            self._order_tabs()
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self.refresh)
        # Renders run off the GUI thread; a template that takes too long is given up on.
        self._render_reply = render_reply
        self.renderer = RenderWorker(self, deadline_s=render_deadline_s)
        self.renderer.finished.connect(self._on_rendered)
        self.renderer.timed_out.connect(self._on_render_timed_out)
        if content is not None:
            self.set_content(content)
        self._update_state()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.picker = TemplatePicker()
        self.picker.chosen.connect(self.open_template)
        self.title_label = ElidedLabel(self.tr("No template chosen"))
        self.title_label.setAccessibleName(self.tr("Chosen template"))
        # Only bold: the size still follows the app's text size setting.
        title_font = QFont()
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        # The customer's language picks the template's variant; a missing one is said.
        self.language_chooser = LanguageChooser()
        self.language_chooser.changed.connect(self._on_language_chosen)
        self.language_notice = VariantNotice()
        # True once a language switch left the reply written before it in Drafts.
        self._kept_before_switch = False
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addSpacing(12)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.language_chooser)

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

        self.editor = ReplyEditor()
        self.editor.changed.connect(self._on_text_edited)
        self.to_edit = self.editor.to_edit
        self.subject_edit = self.editor.subject_edit
        self.body_edit = self.editor.body_edit
        # Where a field change clashes with the writer's edits: asked in place, never modal.
        self.merge_notice = MergeNotice(
            {
                "subject": (
                    self.subject_edit.text,
                    lambda text: self.editor.set_text(self.subject_edit, text),
                ),
                "body": (
                    self.body_edit.toPlainText,
                    lambda text: self.editor.set_text(self.body_edit, text),
                ),
            }
        )
        self.merge_notice.applied.connect(lambda: self._on_text_edited(True))
        self.quoter = self.editor.quoter
        self.insert_article = self.quoter.article
        self.insert_part = self.quoter.part
        self.insert_button = self.quoter.button

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.form_scroll)
        self.splitter.addWidget(self.editor)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        # Sizes are shares: the form gets two fifths of the width, the reply the rest.
        self.splitter.setSizes([400, 600])

        self.status_label = ElidedLabel()
        self.status_label.setAccessibleName(self.tr("Why the reply cannot go out yet"))
        self._status_tone = ""
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_rich_button = QPushButton(self.tr("Copy &rich text"))
        self.mail_button = QPushButton(self.tr("Open in &mail client"))
        self.send_button = QPushButton(self.tr("Se&nd"))
        # No Alt+E: that opens the Edit menu; Ctrl+S saves, and so does Reply → Save .eml.
        self.eml_button = QPushButton(self.tr("Save .eml…"))
        self.drafts_button = QToolButton()
        self.drafts_button.setText(self.tr("&Drafts"))
        self.drafts_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.drafts_menu = QMenu(self.drafts_button)
        self.drafts_menu.aboutToShow.connect(
            lambda: fill_drafts_menu(
                self.drafts_menu,
                self.drafts,
                self.content,
                self.clock(),
                self.open_draft,
                self.delete_draft,
            )
        )
        self.drafts_button.setMenu(self.drafts_menu)
        # Shown only while internal text holds the reply back: one deliberate click lets it go.
        self.allow_internal_button = QPushButton(self.tr("Include internal text any&way"))
        self.allow_internal_button.setToolTip(
            self.tr("The reply quotes text meant for the team only. Include it anyway?")
        )
        self.allow_internal_button.clicked.connect(self.allow_internal_text)
        self.allow_internal_button.hide()
        # Offered for a few seconds after a draft is deleted.
        self.undo_delete_button = QPushButton(self.tr("&Undo delete"))
        self.undo_delete_button.setToolTip(self.tr("Put back the draft just deleted"))
        self.undo_delete_button.clicked.connect(self.undo_delete)
        self.undo_delete_button.hide()
        self._deleted: Draft | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_DELETE_MS)
        self._undo_timer.timeout.connect(self._forget_deleted)
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
        buttons.addWidget(self.allow_internal_button)
        buttons.addWidget(self.undo_delete_button)
        buttons.addWidget(self.drafts_button)
        self._add_actions()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.language_notice)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.merge_notice)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self._order_tabs()

    def _add_actions(self) -> None:
        """The composer's actions from the registry: their keys work while the focus is
        anywhere in the composer (and not elsewhere); each button's tooltip shows its keys."""
        self.actions_by_name = create_actions(self, "composer")
        self._tips: dict[QWidget, str] = {}
        # A key clicks its button, so it does nothing while the checks keep the button disabled.
        for name, target, run in (
            ("copy_reply", self.copy_button, self.copy_button.click),
            ("copy_reply_rich", self.copy_rich_button, self.copy_rich_button.click),
            ("open_in_mail_client", self.mail_button, self.mail_button.click),
            ("send_reply", self.send_button, self.send_button.click),
            ("save_eml", self.eml_button, self.eml_button.click),
            ("reopen_draft", self.drafts_button, self.drafts_button.showMenu),
            ("find_template", self.picker.filter_box, self.focus_template_search),
        ):
            action = self.actions_by_name[name]
            action.triggered.connect(run)
            self._tips[target] = action.toolTip()
            target.setToolTip(self._tips[target])

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
            self.allow_internal_button,
            self.undo_delete_button,
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
        """Use this content (after a reload, say): the reply in progress, its fields, edits,
        focus and cursor stay as they are; the open template is updated only if it changed
        on disk, and the form says so."""
        self.content = content
        self._offer_templates(content)
        if self.template is not None:
            self.picker.select(self._listed_id(self.template))
        self.quoter.set_content(content)
        self._internal_lines = internal_lines(content.articles.values())
        if self.template is not None:
            fresh = content.replies.get(self.template.id)
            if fresh is None:
                self.form.set_notice(
                    self.tr(
                        "This template is no longer in the content (removed, or it has an error); "
                        "your reply is kept as it stands."
                    )
                )
            elif fresh != self.template:
                self._update_template(fresh, content)
                self.form.set_notice(
                    self.tr("This template was updated on disk; your edits are kept.")
                )
            # The text follows fresh facts (a facility's new address, say); edits stay.
            self.refresh()
        elif not self._restored_once:
            self._restored_once = True
            latest = self.keeper.latest()
            if latest is not None and self.open_draft(latest.id):
                when = edited_when(latest.updated_at, self.clock())
                self.form.set_notice(
                    self.tr("Restored your unsent reply from {when}.").format(when=when)
                    if when
                    else self.tr("Restored your unsent reply.")
                )

    def _offer_templates(self, content: Content) -> None:
        """One entry per template in the picker, found by the words of any of its variants."""
        variants = families(content.replies, content.settings.default_language)
        self.picker.set_templates([members[0] for members in variants.values()], variants)
        self.language_chooser.set_languages(t.language for t in content.replies.values())

    def _listed_id(self, template: ReplyTemplate) -> str:
        """The id the picker lists template under: its family's original."""
        if self.content is None or template.id not in self.content.replies:
            return template.id
        default = self.content.settings.default_language
        return family(self.content.replies, template.id, default)[0].id

    def customer_language(self) -> str:
        """The language the reply is written for (a tag such as "sl")."""
        return self.language_chooser.language()

    def set_customer_language(self, tag: str, *, switch_open: bool = True) -> None:
        """Write for a customer in tag's language (the language of the article they asked
        about, say): the open reply switches to the template's variant in it, or, with
        switch_open False, only the next template chosen is filled in in that language."""
        self.language_chooser.set_language(tag, quiet=not switch_open)

    def _variant(self, content: Content, template_id: str) -> Variant:
        """The variant to fill in for template_id: the customer's language's, unless
        template_id is itself a variant (chosen on purpose), whose language then counts."""
        default = content.settings.default_language
        members = family(content.replies, template_id, default)
        if members and members[0].id != template_id:
            chosen = content.replies[template_id]
            self.language_chooser.set_language(chosen.language, quiet=True)
            return Variant(chosen, chosen.language)
        return variant_for(content.replies, template_id, self.customer_language(), default)

    def _on_language_chosen(self, language: str) -> None:
        """Switch the open reply to its template's variant in language, keeping the values;
        a reply the writer had edited is kept in Drafts, never lost."""
        template, content = self.template, self.content
        if template is None or content is None or template.id not in content.replies:
            return
        default = content.settings.default_language
        variant = variant_for(content.replies, template.id, language, default)
        if variant.template.id == template.id:
            self.language_notice.show_variant(variant)
            return
        values = carried_values(self.form.values(), template, variant.template)
        kept = self.edited and self.current_draft() is not None
        self.save_draft()
        self._start(variant.template, self.draft_id if not kept else new_draft_id())
        self.form.set_values(values)
        # Said until another template is chosen: the next language tried keeps the note.
        self._kept_before_switch = self._kept_before_switch or kept
        self.language_notice.show_variant(variant, kept_in_drafts=self._kept_before_switch)
        self.refresh()

    def _update_template(self, fresh: ReplyTemplate, content: Content) -> None:
        """Take the template's new version, keeping the values and the writer's place."""
        values = self.form.values()
        focus = self.form.focus_state()
        self.template = fresh
        self._show_template(fresh)
        self.form.set_template(fresh, content)
        self._order_tabs()
        with QSignalBlocker(self.form):
            self.form.set_values(values)
        self.form.restore_focus(focus)

    def _show_template(self, template: ReplyTemplate) -> None:
        self.title_label.setText(template.title)
        self.title_label.set_detail(
            f"{template.title}\n{template.id} · {template.kind} · {template.language}"
        )
        if self.tone_panel is not None:
            self.tone_panel.set_language(template.language)
            self.tone_panel.set_kind(template.kind)
            self.tone_panel.set_max_words(template.max_words)

    def apply_settings(self) -> None:
        """The settings changed (a new name, a mail server): the open reply follows now,
        keeping the writer's edits."""
        self.refresh()

    def open_template(self, template_id: str) -> None:
        """Start a new reply from the template (the current draft stays in Drafts)."""
        content = self.content
        if content is None or template_id not in content.replies:
            self._say(
                self.tr("There is no reply template '{template_id}'.").format(
                    template_id=template_id
                ),
                "error",
            )
            return
        self.save_draft()
        variant = self._variant(content, template_id)
        self._start(variant.template, new_draft_id())
        self._kept_before_switch = False
        self.language_notice.show_variant(variant)
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
                self._say(self.tr("No reply template has a facility field."), "error")
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
        self.keeper.changed = False
        self._allowed_internal = set()
        self.renderer.cancel()
        self._base_subject = self._base_body = ""
        self.merge_notice.clear()
        self._show_template(template)
        self.picker.select(self._listed_id(template))
        self.form.set_notice("")
        self.form.set_template(template, self.content)
        # The values a fresh pick starts with: a draft only once the writer adds to them.
        self._start_values = self.form.values()
        self._order_tabs()
        self.editor.set_text(self.subject_edit, "")
        self.editor.set_text(self.body_edit, "")

    # -- rendering and edits --------------------------------------------------------------

    def _schedule_render(self) -> None:
        self.keeper.changed = True
        self._render_timer.start()

    def refresh(self) -> None:
        """Render the template with the form's values now, keeping the writer's edits."""
        self._render_timer.stop()
        template, content = self.template, self.content
        if template is None or content is None:
            self._update_state()
            return
        settings = self.settings_provider()
        values, name, today = self.form.values(), settings.agent_name, self._today()
        render_reply = self._render_reply
        result = self.renderer.submit(lambda: render_reply(template, values, content, name, today))
        if result is None:
            # A slow template: the reply follows when the render comes, or is given up on.
            self.rendered = _not_rendered(self.tr("Filling in the template…"))
            self._update_state()
            return
        self._on_rendered(result)

    def _on_rendered(self, result: Rendered) -> None:
        # The writer's edits are merged into the text as it stands now, not as it was when
        # the render started.
        self.rendered = result
        self.form.show_issues(result.field_issues)
        if not result.errors:
            # A broken template renders nothing: the text on screen stays as it is.
            self._apply(result)
        self._update_state()

    def _on_render_timed_out(self) -> None:
        path = self.template.path if self.template is not None else ""
        self.rendered = _not_rendered(
            self.tr(
                "This template takes too long to fill in; nothing was rendered. Tell the content "
                "team: {path}"
            ).format(path=path)
        )
        self._update_state()

    def _apply(self, result: Rendered) -> None:
        subject = self._merged(
            "subject", self._base_subject, self.subject_edit.text(), result.subject
        )
        body = self._merged("body", self._base_body, self.body_edit.toPlainText(), result.body)
        self._base_subject, self._base_body = result.subject, result.body
        if subject != self.subject_edit.text():
            self.editor.set_text(self.subject_edit, subject)
        if body != self.body_edit.toPlainText():
            self.editor.set_text(self.body_edit, body)

    def _merged(self, name: str, base: str, current: str, new: str) -> str:
        ask = self.merge_notice.asker(name)
        return merged_text(base, current, new, edited=self.edited, ask=ask)

    def _on_text_edited(self, text: bool) -> None:
        if text:
            self.edited = True
        self.keeper.changed = True
        self._update_state()

    # -- checks ---------------------------------------------------------------------------

    def blocked_reasons(self) -> list[str]:
        """Why the reply cannot be copied or sent as it stands, briefly; empty when it can."""
        return [short for short, _detail in self._blocking()]

    def _blocking(self) -> list[tuple[str, str]]:
        found = blocking_reasons(
            self.rendered if self.template is not None else None,
            self.subject_edit.text(),
            self.body_edit.toPlainText(),
            self.settings_provider().agent_name,
        )
        internal = self._internal_sources()
        if internal:
            sources = "; ".join(internal)
            found.append(
                (
                    self.tr("Internal text in the reply ({sources}).").format(sources=sources),
                    self.tr(
                        "The reply contains text meant for the team only ({sources}). Remove it, "
                        "or choose “Include internal text anyway” if it may go to the customer."
                    ).format(sources=sources),
                )
            )
        errors = [f for f in self._tone_findings() if f.severity == "error"]
        if errors:
            # Tone errors (a card number, say) must not go out; warnings are the writer's call.
            found.append(
                (
                    self.tr("Fix {count}.").format(count=count(len(errors), "tone error")),
                    "\n".join(f"Line {f.line}: {f.message}" for f in errors),
                )
            )
        return found

    def _internal_sources(self) -> list[str]:
        """Where internal text in the reply comes from, less what the writer allowed."""
        if self.template is None:
            return []
        found = internal_text_in(self.body_edit.toPlainText(), self._internal_lines)
        return [source for source in found if source not in self._allowed_internal]

    def allow_internal_text(self) -> None:
        """The writer's deliberate step: the internal text now in the reply may go out."""
        self._allowed_internal |= set(self._internal_sources())
        self._update_state()

    def _tone_findings(self) -> list[Finding]:
        report = self._tone_report
        return list(report.findings) if report is not None and not self._tone_pending() else []

    def _tone_pending(self) -> bool:
        """True while the tone check has not yet seen the text as it stands."""
        return self.tone_panel is not None and self._tone_text != self.body_edit.toPlainText()

    def _on_tone_report(self, report: ToneReport) -> None:
        self._tone_report = report
        self._tone_text = self.body_edit.toPlainText()
        self._update_state()

    def _update_state(self) -> None:
        blocking = self._blocking()
        ready = not blocking
        for button in (self.copy_button, self.copy_rich_button, self.mail_button, self.eml_button):
            button.setEnabled(ready)
        send_reason = send_blocker(self.settings_provider(), self.to_edit.text()) if ready else ""
        self.send_button.setEnabled(ready and not send_reason and not self.outbox.busy)
        send_tip = self._tips[self.send_button]
        self.send_button.setToolTip(
            plain_tooltip(f"{send_tip}\n{send_reason}" if send_reason else send_tip)
        )
        if self.template is None:
            keys = shortcut_text(self.actions_by_name["find_template"])
            self._say(
                self.tr(
                    "Choose a template: type in the Template field ({keys}), or search kind:reply."
                ).format(keys=keys)
            )
        elif blocking:
            self._say(
                self.tr("Not ready: ") + " ".join(short for short, _ in blocking),
                "error",
                "\n".join(detail for _, detail in blocking),
            )
        elif self._tone_pending():
            self._say(self.tr("Checking tone…"))
        else:
            warnings = [f for f in self._tone_findings() if f.severity == "warning"]
            if warnings:
                self._say(
                    self.tr("Ready, {count}.").format(count=count(len(warnings), "tone warning"))
                    + (f" {send_reason}" if send_reason else ""),
                    "",
                    "\n".join(f"Line {f.line}: {f.message}" for f in warnings),
                )
            else:
                self._say(
                    self.tr("Ready. ") + send_reason if send_reason else self.tr("Ready to send."),
                    "ok",
                )
        self.allow_internal_button.setVisible(bool(self._internal_sources()))
        self._highlight_markers()
        self.insert_button.setEnabled(self.template is not None)
        self.checked.emit()

    def _say(self, text: str, tone: str = "", detail: str = "") -> None:
        """Show text on the status line; tone "error" or "ok" colours it, detail is the tooltip."""
        self._status_tone = tone
        self.status_label.setText(text)
        self.status_label.set_detail(detail)
        self._colour_status()

    def _say_error(self, text: str) -> None:
        self._say(text, "error")

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
        highlight_markers(self.body_edit, result.markers.values() if result is not None else [])

    @property
    def sendable(self) -> bool:
        """True when the text as it stands may be copied or sent (its tone checked first)."""
        if self.tone_panel is not None and self._tone_pending():
            self.tone_panel.highlighter.check_now()
        return not self.blocked_reasons()

    # -- ways out -------------------------------------------------------------------------

    def copy_plain(self) -> None:
        """Put the reply text on the clipboard as plain text."""
        if self.sendable:
            output.copy_plain(self.body_edit.toPlainText())
            self._went_out("copied")
            self._say(self.tr("Copied as plain text."), "ok")
            self.copied.emit()

    def copy_rich(self) -> None:
        """Put the reply text on the clipboard as HTML with a plain-text alternative."""
        if self.sendable:
            output.copy_rich(self.body_edit.toPlainText())
            self._went_out("copied")
            self._say(self.tr("Copied as formatted text."), "ok")
            self.copied.emit()

    def open_in_mail_client(self) -> None:
        """Open the writer's mail client with the reply filled in."""
        if not self.sendable:
            return
        problem = output.open_in_mail_client(self.editor.reply(), self.open_url)
        if problem is None:
            self._went_out("mailed")
        else:
            self._say(problem, "error")

    def _ask_eml_path(self) -> None:
        path = output.ask_eml_path(self, self.editor.reply(), self.clock())
        if path is not None:
            self.save_eml_to(path)

    def save_eml_to(self, path: Path) -> bool:
        """Save the reply as an .eml file; False (with the reason shown) when it cannot be."""
        if not self.sendable:
            return False
        try:
            save_eml(self._message(for_sending=False), path)
        except MailError as exc:
            self._say(exc.message, "error")
            return False
        self._went_out("saved")
        self._say(self.tr("Saved {path}.").format(path=path), "ok")
        return True

    def send(self) -> None:
        """Send over SMTP in a pool thread; send_finished reports the outcome."""
        if not self.sendable or self.outbox.busy:
            return
        try:
            message = self._message(for_sending=True)
        except MailError as exc:
            self._say(exc.message, "error")
            return
        self.outbox.start(message, self.settings_provider().smtp)
        self._say(self.tr("Sending…"))
        self.send_button.setEnabled(False)

    def _message(self, *, for_sending: bool) -> EmailMessage:
        # The sender's name as the reply's language gives it ([org.sl] over [org]).
        language = self.template.language if self.template is not None else ""
        org = self.content.settings.org_for(language) if self.content is not None else {}
        return output.reply_message(
            self.editor.reply(),
            self.settings_provider(),
            org,
            self.clock(),
            for_sending=for_sending,
        )

    def _went_out(self, how: str) -> None:
        """The reply left the app (copied, mailed, saved or sent): its draft is done with.
        Editing it again afterwards makes it a draft again."""
        if self.draft_id:
            self.keeper.discard(self.draft_id)
        self.keeper.changed = False
        if self.template is not None:
            self.went_out.emit(self.template.id, how)

    def _on_sent(self, message_id: str) -> None:
        self._went_out("sent")
        self._say(self.tr("Sent to {recipient}.").format(recipient=self.to_edit.text()), "ok")
        self.send_button.setEnabled(True)
        self.send_finished.emit(True, message_id)

    def _prompt_password(self, user: str, host: str) -> tuple[str, bool] | None:
        prompt = PasswordPrompt(user, host, self)
        if prompt.exec() != PasswordPrompt.DialogCode.Accepted or not prompt.password.text():
            return None
        return prompt.password.text(), prompt.keep.isChecked()

    def _on_needs_password(self, message: object, smtp: object) -> None:
        assert isinstance(message, EmailMessage) and isinstance(smtp, SmtpSettings)
        answer = self.ask_password(smtp.user, smtp.host)
        if answer is None:
            self._on_send_failed(
                self.tr(
                    "No password is saved for {user} on {host}, so nothing was sent. Enter it "
                    "when asked, or in Settings (it is kept in the system keyring)."
                ).format(user=smtp.user, host=smtp.host)
            )
            return
        password, keep = answer
        self.outbox.start(message, smtp, password, keep)
        self._say(self.tr("Sending…"))

    def _on_send_failed(self, reason: str) -> None:
        self._update_state()
        self._say(reason, "error")
        self.send_finished.emit(False, reason)

    # -- drafts ---------------------------------------------------------------------------

    def current_draft(self) -> Draft | None:
        """The reply in progress as a draft (None before a template is chosen)."""
        if self.template is None or not self.draft_id:
            return None
        values = self.form.values()
        if not self.edited and not self.to_edit.text().strip() and values == self._start_values:
            return None  # a template picked and nothing added: not a draft
        return Draft(
            id=self.draft_id,
            template_id=self.template.id,
            values=values,
            subject=self.subject_edit.text(),
            body=self.body_edit.toPlainText(),
            edited=self.edited,
            to=self.to_edit.text(),
            base_body=self._base_body,
        )

    def save_draft(self) -> None:
        """Write the draft now if it changed since the last save."""
        self.keeper.save()

    def delete_draft(self, draft_id: str) -> None:
        """Delete a saved draft, offering Undo for a few seconds (the reply on screen stays)."""
        draft = self.keeper.load(draft_id)
        if draft is None:
            return
        self.keeper.discard(draft_id)
        if draft_id == self.draft_id:
            self.keeper.changed = False
        self._deleted = draft
        self.undo_delete_button.show()
        self._undo_timer.start()
        label = draft_label(draft, self.content, self.clock())
        self._say(self.tr("Deleted the draft “{label}”.").format(label=label))

    def undo_delete(self) -> None:
        """Put back the draft deleted last, as it was."""
        draft = self._deleted
        self._forget_deleted()
        if draft is not None and self.keeper.put_back(draft):
            self._say(self.tr("The draft is back in Drafts."), "ok")

    def _forget_deleted(self) -> None:
        self._deleted = None
        self._undo_timer.stop()
        self.undo_delete_button.hide()

    def open_draft(self, draft_id: str) -> bool:
        """Reopen a saved draft: its template, values, text and recipient."""
        content = self.content
        draft = self.keeper.load(draft_id)
        if draft is None:
            return False
        if content is None or draft.template_id not in content.replies:
            self._say(
                self.tr(
                    "The draft's template '{template_id}' is not in the content any more."
                ).format(template_id=draft.template_id),
                "error",
            )
            return False
        self.save_draft()
        self._start(content.replies[draft.template_id], draft.id)
        # A draft reopens in the language it was written in.
        self._kept_before_switch = False
        self.language_chooser.set_language(content.replies[draft.template_id].language, quiet=True)
        self.language_notice.show_variant(None)
        self.form.set_values(draft.values)
        self._render_timer.stop()
        self.editor.set_text(self.to_edit, draft.to)
        self.editor.set_text(self.subject_edit, draft.subject)
        self.editor.set_text(self.body_edit, draft.body)
        self.edited = draft.edited
        self._base_body = draft.base_body or draft.body
        self._base_subject = draft.subject
        self.refresh()
        self.keeper.changed = False
        return True

    def _today(self) -> dt.date:
        return self.clock().date()

    def shutdown(self) -> None:
        """Save the draft and stop the timers (the window calls this when it closes)."""
        self.keeper.stop()
        self._render_timer.stop()
        self.renderer.cancel()
        self.save_draft()


def _not_rendered(message: str) -> Rendered:
    """What stands for a rendering that has not come (yet): it holds the reply back."""
    return Rendered("", "", errors=[RenderError(None, message)])
