"""The article's front matter as a compact form above the source, written back in place."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kbassist.common.languages import SUPPORTED_LANGUAGES
from kbassist.content.front_matter_edit import (
    FrontMatterEdit,
    FrontMatterError,
    same,
    scalar_from_text,
    scalar_to_text,
)
from kbassist.ui.languages import endonym
from kbassist.ui.plaintext import plain_tooltip
from kbassist.ui.row_model import RoleSpec, RowModel

ArticleChoices = Callable[[], list[tuple[str, str]]]
ArticleIdRole = Qt.ItemDataRole.UserRole + 1
LanguageRole = Qt.ItemDataRole.UserRole + 2
# The values the article loader accepts (kbassist/content/articles.py); "" leaves the key out.
AUDIENCES = ("public", "internal")
STATUSES = ("published", "draft")
# Rows the multi-line fields and lists show before they scroll: enough to read, little height.
_TEXT_ROWS = 3
_LIST_ROWS = 3
_LINK_ROWS = 2
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Link:
    """One entry of related or translations: the article it names, and under which language."""

    article_id: str
    title: str
    language: str = ""


def _link_text(link: _Link) -> str:
    name = f"{link.title} ({link.article_id})" if link.title else link.article_id
    return f"{link.language} → {name}" if link.language else name


_LINK_ROLES: tuple[RoleSpec[_Link], ...] = (
    RoleSpec("display", Qt.ItemDataRole.DisplayRole, _link_text),
    RoleSpec("toolTip", Qt.ItemDataRole.ToolTipRole, _link_text),
    RoleSpec("articleId", ArticleIdRole, lambda link: link.article_id),
    RoleSpec("language", LanguageRole, lambda link: link.language),
)
_CHOICE_ROLES: tuple[RoleSpec[_Link], ...] = (
    RoleSpec("display", Qt.ItemDataRole.DisplayRole, _link_text),
    RoleSpec("articleId", ArticleIdRole, lambda link: link.article_id),
)


class ArticlePicker(QComboBox):
    """An editable box that completes article titles (or ids) and gives the chosen id."""

    def __init__(self, choices: Callable[[], list[_Link]], parent: QWidget | None = None):
        super().__init__(parent)
        self._choices = choices
        self.model_rows: RowModel[_Link] = RowModel(_CHOICE_ROLES, self)
        self.setModel(self.model_rows)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        completer = QCompleter(self.model_rows, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type part of a title"))
            line.installEventFilter(self)
            line.textEdited.connect(self._typed)
        self.setCurrentIndex(-1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fetch the article list when the box is entered, so it is fresh and costs nothing
        until someone picks."""
        if event.type() == QEvent.Type.FocusIn:
            self.refresh()
        return super().eventFilter(watched, event)

    def showPopup(self) -> None:
        """Fetch the article list before showing it."""
        self.refresh()
        super().showPopup()

    def _typed(self) -> None:
        # Focus may have come without a focus event (a window not yet active).
        if self.model_rows.rowCount() == 0:
            self.refresh()

    def refresh(self) -> None:
        """Fill the list from the current articles, keeping what is typed."""
        typed = self.currentText()
        self.model_rows.set_rows(self._choices())
        self.setCurrentIndex(-1)
        self.setEditText(typed)

    def chosen_id(self) -> str:
        """The id of the article typed or chosen: a listed title, or an id as typed."""
        typed = self.currentText().strip()
        if typed and self.model_rows.rowCount() == 0:
            self.refresh()
        rows = self.model_rows.rows()
        for link in rows:
            if typed in (_link_text(link), link.article_id):
                return link.article_id
        # A title alone names an article only when no other article has it.
        titled = [link.article_id for link in rows if link.title == typed]
        return titled[0] if len(titled) == 1 else typed

    def clear_choice(self) -> None:
        """Empty the box after its article was added."""
        self.setCurrentIndex(-1)
        self.setEditText("")


class _LinkList(QWidget):
    """A short list of article links with a picker to add one and a button to remove one."""

    edited = Signal()

    def __init__(
        self,
        name: str,
        choices: Callable[[], list[_Link]],
        titles: Callable[[], dict[str, str]],
        *,
        with_language: bool,
    ) -> None:
        super().__init__()
        self._titles = titles
        self.with_language = with_language
        self.model = RowModel(_LINK_ROLES, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(name)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        _rows_high(self.view, _LINK_ROWS)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("{name}: language").format(name=name))
        for tag in SUPPORTED_LANGUAGES:
            self.language.addItem(tag, tag)
        self.language.setVisible(with_language)
        self.picker = ArticlePicker(choices)
        self.picker.setAccessibleName(self.tr("{name}: article to add").format(name=name))
        self.add_button = _small_button("+", self.tr("Add the article to {name}").format(name=name))
        self.remove_button = _small_button(
            "−", self.tr("Remove the selected entry from {name}").format(name=name)
        )
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        line = self.picker.lineEdit()
        if line is not None:
            line.returnPressed.connect(self._add)
        adder = QHBoxLayout()
        adder.setContentsMargins(0, 0, 0, 0)
        adder.addWidget(self.language)
        adder.addWidget(self.picker, 1)
        adder.addWidget(self.add_button)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view, 0, 0)
        layout.addWidget(self.remove_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(adder, 1, 0, 1, 2)

    def set_links(self, pairs: list[tuple[str, str]]) -> None:
        """Show (language, article id) pairs; language is '' for related articles."""
        titles = self._titles() if pairs else {}
        self.model.set_rows(_Link(ident, titles.get(ident, ""), lang) for lang, ident in pairs)

    def links(self) -> list[tuple[str, str]]:
        """The (language, article id) pairs shown, in order."""
        return [(link.language, link.article_id) for link in self.model.rows()]

    def _add(self) -> None:
        ident = self.picker.chosen_id()
        if not ident:
            return
        language = str(self.language.currentData()) if self.with_language else ""
        pairs = self.links()
        if language:
            # One translation per language: a new one replaces the old.
            pairs = [pair for pair in pairs if pair[0] != language]
        elif ("", ident) in pairs:
            self.picker.clear_choice()
            return
        self.set_links([*pairs, (language, ident)])
        self.picker.clear_choice()
        self.edited.emit()

    def _remove(self) -> None:
        row = self.view.currentIndex().row()
        pairs = self.links()
        if 0 <= row < len(pairs):
            del pairs[row]
            self.set_links(pairs)
            self.edited.emit()


class ElidedLabel(QLabel):
    """One line of plain text, cut with '…' to the width it has; the whole text as tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        """Show text, cut to fit."""
        self.full_text = text
        self.setToolTip(plain_tooltip(text))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Cut the text again for the new width."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, self.width()))


class FrontMatterForm(QWidget):
    """Title, summary, questions, tags and every other front matter field of one article.

    load() fills it from an article's source; apply() writes the fields the user changed
    here into a source, leaving every other byte as it is (front_matter_edit does the
    writing). It stays one line high until "Details" is opened, so the source keeps the room.
    """

    # The user changed a field (never emitted by load()); apply() gives the new source.
    changed = Signal()

    def __init__(self, article_choices: ArticleChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._article_choices = article_choices
        self._titles_cache: dict[str, str] | None = None
        self._loading = False
        # What the widgets showed for the loaded source, so apply() writes only real edits.
        self._shown: dict[str, Any] = {}
        self._summary_key = "summary"
        self._offered: dict[QComboBox, int] = {}
        self._closed_keys: list[QShortcut] = []
        self._build()
        self._closed_keys = self._keys_of_closed_fields()
        self.set_details_visible(False)

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.notice = ElidedLabel()
        self.notice.setAccessibleName(self.tr("Front matter notice"))
        self.notice.hide()
        self.fields_box = QWidget()

        self.details_button = QToolButton()
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleName(self.tr("Show all front matter fields"))
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.details_button.toggled.connect(self.set_details_visible)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.status_combo = self._choice_combo(
            self.tr("Status"), STATUSES, self.tr("not set: published")
        )
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.details_button)
        header.addWidget(_buddy(self.tr("T&itle:"), self.title_edit))
        header.addWidget(self.title_edit, 1)
        header.addWidget(_buddy(self.tr("&Status:"), self.status_combo))
        header.addWidget(self.status_combo)

        self.details = QWidget()
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setAccessibleName(self.tr("Summary"))
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setPlaceholderText(self.tr("The answer in one or two sentences"))
        _lines_high(self.summary_edit, _TEXT_ROWS)
        self.questions_edit = QPlainTextEdit()
        self.questions_edit.setAccessibleName(self.tr("Questions"))
        self.questions_edit.setTabChangesFocus(True)
        self.questions_edit.setPlaceholderText(self.tr("How callers ask for this, one per line"))
        _lines_high(self.questions_edit, _TEXT_ROWS)
        self.tags_edit = QLineEdit()
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("Words, separated by commas"))
        text_fields = QFormLayout()
        text_fields.setContentsMargins(0, 0, 0, 0)
        text_fields.addRow(self.tr("Su&mmary:"), self.summary_edit)
        text_fields.addRow(self.tr("&Questions:"), self.questions_edit)
        text_fields.addRow(self.tr("&Tags:"), self.tags_edit)

        self.category_edit = QLineEdit()
        self.category_edit.setAccessibleName(self.tr("Category"))
        self.language_combo = self._choice_combo(
            self.tr("Language"),
            SUPPORTED_LANGUAGES,
            self.tr("not set: the folder's"),
            lambda tag: f"{endonym(tag)} ({tag})",
        )
        self.audience_combo = self._choice_combo(
            self.tr("Audience"), AUDIENCES, self.tr("not set: public")
        )
        self.owner_edit = QLineEdit()
        self.owner_edit.setAccessibleName(self.tr("Owner"))
        self.owner_edit.setPlaceholderText(self.tr("Team that keeps it right"))
        self.review_edit = QDateEdit()
        self.review_edit.setAccessibleName(self.tr("Review by"))
        self.review_edit.setCalendarPopup(True)
        self.review_edit.setDisplayFormat("yyyy-MM-dd")
        self.review_edit.setDate(QDate.currentDate().addYears(1))
        self.no_review = QCheckBox(self.tr("No date"))
        self.no_review.setAccessibleName(self.tr("No review date"))
        self.no_review.toggled.connect(self.review_edit.setDisabled)
        review = QHBoxLayout()
        review.setContentsMargins(0, 0, 0, 0)
        review.addWidget(self.review_edit, 1)
        review.addWidget(self.no_review)
        short_fields = QFormLayout()
        short_fields.setContentsMargins(0, 0, 0, 0)
        short_fields.addRow(self.tr("Categ&ory:"), self.category_edit)
        short_fields.addRow(self.tr("La&nguage:"), self.language_combo)
        short_fields.addRow(self.tr("A&udience:"), self.audience_combo)
        short_fields.addRow(self.tr("O&wner:"), self.owner_edit)
        short_fields.addRow(_buddy(self.tr("Review &by:"), self.review_edit), review)

        self.facts_model = QStandardItemModel(0, 2, self)
        self.facts_model.setHorizontalHeaderLabels([self.tr("Fact"), self.tr("Value")])
        self.facts_view = QTableView()
        self.facts_view.setAccessibleName(self.tr("Facts"))
        self.facts_view.setModel(self.facts_model)
        self.facts_view.verticalHeader().hide()
        # Fact names are the longer part ("complaint_final_response_weeks"); values are short.
        header_view = self.facts_view.horizontalHeader()
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header_view.resizeSection(1, self.fontMetrics().horizontalAdvance("0" * 8))
        self.facts_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        _rows_high(self.facts_view, _LIST_ROWS, header=True)
        self.add_fact_button = _small_button("+", self.tr("Add a fact"))
        self.remove_fact_button = _small_button("−", self.tr("Remove the selected fact"))
        self.add_fact_button.clicked.connect(self._add_fact)
        self.remove_fact_button.clicked.connect(self._remove_fact)
        fact_buttons = QVBoxLayout()
        fact_buttons.setContentsMargins(0, 0, 0, 0)
        fact_buttons.setSpacing(2)
        fact_buttons.addWidget(self.add_fact_button)
        fact_buttons.addWidget(self.remove_fact_button)
        fact_buttons.addStretch(1)
        facts = QHBoxLayout()
        facts.setSpacing(2)
        facts.addWidget(self.facts_view, 1)
        facts.addLayout(fact_buttons)

        self.related_list = _LinkList(
            self.tr("Related"), self._choices, self._titles, with_language=False
        )
        self.translations_list = _LinkList(
            self.tr("Translations"), self._choices, self._titles, with_language=True
        )
        short_fields.addRow(_buddy(self.tr("Fa&cts:"), self.facts_view), facts)
        links = QFormLayout()
        links.setContentsMargins(0, 0, 0, 0)
        links.addRow(_buddy(self.tr("&Related:"), self.related_list.picker), self.related_list)
        links.addRow(self.tr("Translations:"), self.translations_list)

        grid = QGridLayout(self.details)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        for column, (fields, stretch) in enumerate(
            ((text_fields, 3), (short_fields, 3), (links, 4))
        ):
            fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addLayout(fields, 0, column, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(column, stretch)

        box = QVBoxLayout(self.fields_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addLayout(header)
        box.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addWidget(self.notice)
        layout.addWidget(self.fields_box)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        for line_edit in (self.title_edit, self.tags_edit, self.category_edit, self.owner_edit):
            line_edit.textEdited.connect(self._user_changed)
        for text_edit in (self.summary_edit, self.questions_edit):
            text_edit.textChanged.connect(self._user_changed)
        for combo in (self.status_combo, self.language_combo, self.audience_combo):
            combo.activated.connect(self._user_changed)
        self.review_edit.dateChanged.connect(self._user_changed)
        self.no_review.toggled.connect(self._user_changed)
        self.facts_model.dataChanged.connect(self._user_changed)
        self.related_list.edited.connect(self._user_changed)
        self.translations_list.edited.connect(self._user_changed)

    def _choice_combo(
        self,
        name: str,
        values: tuple[str, ...],
        not_set: str,
        label: Callable[[str], str] = str,
    ) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        # Leaving the key out is a choice of its own: the loader then uses its default.
        combo.addItem(not_set, "")
        for value in values:
            combo.addItem(label(value), value)
        self._offered[combo] = combo.count()
        return combo

    def _keys_of_closed_fields(self) -> list[QShortcut]:
        """Alt+letter of each field under Details, working while Details is closed too.

        A hidden label's mnemonic is off, so its Alt+letter would otherwise reach the source
        and type the letter into the article: here it opens Details at that field instead."""
        keys = []
        for label in self.details.findChildren(QLabel):
            buddy = label.buddy()
            letter = QKeySequence.mnemonic(label.text())
            if buddy is None or letter.isEmpty():
                continue
            key = QShortcut(letter, self)
            key.setContext(Qt.ShortcutContext.WindowShortcut)
            key.activated.connect(lambda field=buddy: self._open_at(field))
            keys.append(key)
        return keys

    def _open_at(self, field: QWidget) -> None:
        self.set_details_visible(True)
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- the public face -----------------------------------------------------------------------

    def set_details_visible(self, visible: bool) -> None:
        """Open or close the fields below the title line."""
        self.details.setVisible(visible)
        # Open, the labels' own mnemonics work; two keys for one letter would run neither.
        for key in self._closed_keys:
            key.setEnabled(not visible)
        self.details_button.setText(self.tr("&Details ▾") if visible else self.tr("&Details ▸"))
        if self.details_button.isChecked() != visible:
            self.details_button.setChecked(visible)

    def load(self, source: str) -> None:
        """Show the front matter of source; a broken one disables the form with a notice."""
        try:
            fields = FrontMatterEdit(source).fields
        except FrontMatterError as exc:
            self.notice.set_full_text(
                self.tr(
                    "⚠ The form is off until the front matter is fixed in the source: {message}"
                ).format(message=exc.message)
            )
            self.notice.show()
            self.fields_box.setEnabled(False)
            return
        self.notice.hide()
        self.fields_box.setEnabled(True)
        self._loading = True
        try:
            self._fill(fields)
        finally:
            self._loading = False
        self._shown = self._values()

    def apply(self, source: str) -> str:
        """source with the fields changed in this form since load() written into it.

        Fields the form did not change keep their text in source, even when source was
        edited since; a source whose front matter is broken comes back unchanged.
        """
        values = self._values()
        edits = {k: v for k, v in values.items() if not same(v, self._shown.get(k))}
        if not edits:
            return source
        try:
            edit = FrontMatterEdit(source)
        except FrontMatterError:
            return source
        for key, value in edits.items():
            if value is None:
                edit.remove(key)
            else:
                edit.set(key, value)
        self._shown = values
        return edit.text()

    # -- between fields and widgets ------------------------------------------------------------

    def _fill(self, fields: dict[str, Any]) -> None:
        self._summary_key = (
            "description" if "description" in fields and "summary" not in fields else "summary"
        )
        self.title_edit.setText(_text(fields.get("title")))
        self.summary_edit.setPlainText(_text(fields.get(self._summary_key)))
        self.questions_edit.setPlainText("\n".join(_texts(fields.get("questions"))))
        self.tags_edit.setText(", ".join(_texts(fields.get("tags"))))
        self.category_edit.setText(_text(fields.get("category")))
        self.owner_edit.setText(_text(fields.get("owner")))
        for combo, offered in self._offered.items():
            # A value only the previous article had is not offered for this one.
            while combo.count() > offered:
                combo.removeItem(combo.count() - 1)
        _choose(self.status_combo, _text(fields.get("status")))
        _choose(self.language_combo, _text(fields.get("language")))
        _choose(self.audience_combo, _text(fields.get("audience")))
        review = fields.get("review_by")
        if isinstance(review, dt.date) and not isinstance(review, dt.datetime):
            self.review_edit.setDate(QDate(review.year, review.month, review.day))
            self.no_review.setChecked(False)
            self.review_edit.setToolTip("")
        else:
            # A review_by that is no date stays in the source until a date is picked here.
            self.no_review.setChecked(True)
            shown = _text(review)
            self.review_edit.setToolTip(
                self.tr("'{shown}' is not a date (YYYY-MM-DD): pick one.").format(shown=shown)
                if shown
                else ""
            )
        self._fill_facts(fields.get("facts"))
        related = fields.get("related")
        self.related_list.set_links([("", ident) for ident in _texts(related)])
        translations = fields.get("translations")
        pairs = translations.items() if isinstance(translations, dict) else []
        self.translations_list.set_links([(str(k), _text(v)) for k, v in pairs])

    def _fill_facts(self, facts: object) -> None:
        self.facts_model.removeRows(0, self.facts_model.rowCount())
        if not isinstance(facts, dict):
            return
        for key, value in facts.items():
            name = QStandardItem(str(key))
            name.setToolTip(str(key))
            self.facts_model.appendRow([name, QStandardItem(scalar_to_text(value))])

    def _values(self) -> dict[str, Any]:
        """Each field as the widgets show it; None means the key is left out."""
        questions = [q.strip() for q in self.questions_edit.toPlainText().split("\n")]
        tags = [t.strip() for t in self.tags_edit.text().split(",")]
        review: Any = None
        if not self.no_review.isChecked():
            day = self.review_edit.date()
            review = dt.date(day.year(), day.month(), day.day())
        related = [ident for _, ident in self.related_list.links()]
        translations = dict(self.translations_list.links())
        facts = self._facts()
        return {
            "title": self.title_edit.text().strip(),
            self._summary_key: " ".join(self.summary_edit.toPlainText().split()),
            "questions": [q for q in questions if q] or None,
            "tags": [t for t in tags if t] or None,
            "category": self.category_edit.text().strip() or None,
            "language": self.language_combo.currentData() or None,
            "audience": self.audience_combo.currentData() or None,
            "owner": self.owner_edit.text().strip() or None,
            "review_by": review,
            "status": self.status_combo.currentData() or None,
            "facts": facts or None,
            "related": related or None,
            "translations": translations or None,
        }

    def _facts(self) -> dict[str, Any]:
        facts: dict[str, Any] = {}
        for row in range(self.facts_model.rowCount()):
            key_item = self.facts_model.item(row, 0)
            value_item = self.facts_model.item(row, 1)
            key = key_item.text().strip() if key_item is not None else ""
            if key:
                facts[key] = scalar_from_text(value_item.text() if value_item else "")
        return facts

    def _add_fact(self) -> None:
        self.facts_model.appendRow([QStandardItem(""), QStandardItem("")])
        index = self.facts_model.index(self.facts_model.rowCount() - 1, 0)
        self.facts_view.setCurrentIndex(index)
        self.facts_view.edit(index)

    def _remove_fact(self) -> None:
        row = self.facts_view.currentIndex().row()
        if 0 <= row < self.facts_model.rowCount():
            self.facts_model.removeRow(row)
            self._user_changed()

    def _user_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _titles(self) -> dict[str, str]:
        if self._titles_cache is None:
            self._titles_cache = dict(self._article_choices())
        return self._titles_cache

    def _choices(self) -> list[_Link]:
        pairs = self._article_choices()
        self._titles_cache = dict(pairs)
        return [_Link(ident, title) for ident, title in pairs]


def _small_button(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _choose(combo: QComboBox, value: str) -> None:
    """Select value, adding it first when the source holds one the list does not offer."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def _text(value: object) -> str:
    if value is None:
        return ""
    return scalar_to_text(value) if not isinstance(value, str) else value


def _texts(value: object) -> list[str]:
    if isinstance(value, list):
        return [_text(item) for item in value]
    return [_text(value)] if value not in (None, "") else []


def _lines_high(edit: QPlainTextEdit, lines: int) -> None:
    margins = edit.contentsMargins()
    frame = 2 * edit.frameWidth() + margins.top() + margins.bottom()
    doc_margin = int(2 * edit.document().documentMargin())
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + frame + doc_margin)


def _rows_high(view: QAbstractItemView, rows: int, *, header: bool = False) -> None:
    row_height = view.fontMetrics().height() + 6
    extra = row_height if header else 0
    view.setFixedHeight(row_height * rows + extra + 2 * view.frameWidth())
