"""Finds user-visible text in the UI code that bypasses Qt's translation system (AST based)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Methods whose string arguments reach the screen, and which argument positions carry text
# (None: every positional argument).
TEXT_METHODS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "showMessage": (0,),
    "setLabelText": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setSpecialValueText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setHtml": (0,),
    "setMarkdown": (0,),
    "setPlainText": (0,),
    "setNameFilter": (0,),
    "setOkButtonText": (0,),
    "setCancelButtonText": (0,),
    "addSection": None,
    "addTab": (1, 2),
    "insertTab": (2, 3),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setItemText": (1,),
    "setItemToolTip": (1,),
    "setButtonText": (1,),
    "addAction": None,
    "addMenu": None,
    "addItem": (0,),  # addItem(text, data): the data is not shown
    "insertItem": (1,),
    "addItems": None,
    "addRow": (0,),
    "insertRow": (1,),
    "setHeaderLabels": None,
    "setHorizontalHeaderLabels": None,
    "setVerticalHeaderLabels": None,
    "addButton": (0,),
    "showText": (1,),
}

# Widgets, items and dialogs whose constructor takes the text they show.
TEXT_CONSTRUCTORS = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QAction",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QMenu",
        "QCommandLinkButton",
        "QStandardItem",
        "QListWidgetItem",
        "QTreeWidgetItem",
        "QMessageBox",
        "QProgressDialog",
        "QErrorMessage",
        "QWidgetAction",
    }
)

# Static dialogs: (class, method) -> argument positions of the title, text and file filter.
STATIC_DIALOGS: dict[tuple[str, str], tuple[int, ...]] = {
    ("QMessageBox", "warning"): (1, 2),
    ("QMessageBox", "information"): (1, 2),
    ("QMessageBox", "critical"): (1, 2),
    ("QMessageBox", "question"): (1, 2),
    ("QMessageBox", "about"): (1, 2),
    ("QFileDialog", "getOpenFileName"): (1, 3),
    ("QFileDialog", "getOpenFileNames"): (1, 3),
    ("QFileDialog", "getSaveFileName"): (1, 3),
    ("QFileDialog", "getExistingDirectory"): (1,),
    ("QInputDialog", "getText"): (1, 2),
    ("QInputDialog", "getItem"): (1, 2),
    ("QInputDialog", "getInt"): (1, 2),
    ("QInputDialog", "getMultiLineText"): (1, 2),
}

# Keyword arguments that carry text to the screen.
TEXT_KEYWORDS = frozenset({"text", "title", "caption", "toolTip", "label", "placeholderText"})

# Strings passed where text goes that are not words: symbols and separators shown as they are
# in every language. Anything else shown on screen goes through tr()/translate().
NOT_WORDS = frozenset({"", " ", "·", "—", "–", "…", "×", "✕", "▲", "▼", "◀", "▶", "⟳", "+", "−"})


@dataclass(frozen=True)
class Literal:
    """A string written into the code where the screen shows it, untranslated."""

    path: Path
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    call: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}({self.text!r}) is not translated"


def _called_name(call: ast.Call) -> str:
    """The name a call is made by: setText for w.setText(...), QLabel for QLabel(...)."""
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _owner_name(call: ast.Call) -> str:
    """QMessageBox for QMessageBox.warning(...), else empty."""
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.value.id
    return ""


def _text_of(node: ast.expr) -> str | None:
    """The words of a literal string (an f-string's fixed parts), None when not a literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            str(part.value) if isinstance(part, ast.Constant) else "{…}" for part in node.values
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text_of(node.left), _text_of(node.right)
        if left is not None or right is not None:
            return (left or "{…}") + (right or "{…}")
    return None


def _is_words(text: str) -> bool:
    """True when text holds something to translate, not only placeholders and symbols."""
    bare = re.sub(r"<[^>]*>|&\w+;", "", text.replace("{…}", "")).strip()
    return bare not in NOT_WORDS and any(ch.isalpha() for ch in bare)


def _literal_nodes(node: ast.expr) -> Iterator[ast.expr]:
    """node when it is a literal; the literals of a list, tuple or conditional expression."""
    if isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from _literal_nodes(element)
    elif isinstance(node, ast.IfExp):
        yield from _literal_nodes(node.body)
        yield from _literal_nodes(node.orelse)
    elif _text_of(node) is not None:
        yield node


def _text_arguments(call: ast.Call) -> Iterator[ast.expr]:
    """The arguments of call that a user reads on screen."""
    name = _called_name(call)
    positions: tuple[int, ...] | None
    if (_owner_name(call), name) in STATIC_DIALOGS:
        positions = STATIC_DIALOGS[(_owner_name(call), name)]
    elif name in TEXT_CONSTRUCTORS:
        positions = None
    elif isinstance(call.func, ast.Attribute) and name in TEXT_METHODS:
        positions = TEXT_METHODS[name]
    else:
        return
    for index, argument in enumerate(call.args):
        if positions is None or index in positions:
            yield argument
    for keyword in call.keywords:
        if keyword.arg in TEXT_KEYWORDS:
            yield keyword.value


def untranslated_literals(path: Path) -> list[Literal]:
    """Every literal in path's code that goes to the screen without tr()/translate()."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[Literal] = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        for argument in _text_arguments(call):
            for node in _literal_nodes(argument):
                text = _text_of(node)
                if text is None or not _is_words(text):
                    continue
                found.append(
                    Literal(
                        path,
                        node.lineno,
                        node.col_offset,
                        node.end_lineno or node.lineno,
                        node.end_col_offset or node.col_offset,
                        text,
                        _called_name(call),
                    )
                )
    return found
