"""Every user action and its keyboard shortcuts, window-wide and the composer's, in one place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from kbassist.ui.translatable import QT_TRANSLATE_NOOP

# Where an action's shortcuts work: anywhere in the main window, or only while the focus is in
# the reply composer (where, for one, Ctrl+Return copies the reply), or only in the editor
# (where Ctrl+S saves the file, not the reply).
ShortcutContext = Literal["window", "composer", "editor"]

# The context each context sits inside. The composer is a tab of the main window, so while the
# focus is in it the window's shortcuts work as well as its own.
ENCLOSING_CONTEXT: dict[ShortcutContext, ShortcutContext | None] = {
    "window": None,
    "composer": "window",
    "editor": "window",
}

_QT_CONTEXT: dict[ShortcutContext, Qt.ShortcutContext] = {
    "window": Qt.ShortcutContext.WindowShortcut,
    "composer": Qt.ShortcutContext.WidgetWithChildrenShortcut,
    "editor": Qt.ShortcutContext.WidgetWithChildrenShortcut,
}


@dataclass(frozen=True)
class ActionSpec:
    """A user action: its name in code, its text, its shortcuts, its tooltip and where it works."""

    name: str
    text: str
    shortcuts: tuple[str, ...]
    tip: str
    context: ShortcutContext


def contexts_live_together(first: ShortcutContext, second: ShortcutContext) -> bool:
    """True when the shortcuts of both contexts can work at the same moment.

    That is when they are one context or one sits inside the other; a key bound in both would
    then be ambiguous, and Qt runs neither action.
    """
    return first in _enclosing(second) or second in _enclosing(first)


def _enclosing(context: ShortcutContext) -> list[ShortcutContext]:
    """The context itself and every context around it, innermost first."""
    chain: list[ShortcutContext] = []
    current: ShortcutContext | None = context
    while current is not None:
        chain.append(current)
        current = ENCLOSING_CONTEXT[current]
    return chain


# The nine "open result" actions share one text each for the translations; {n} is the number.
_OPEN_RESULT_TEXT = QT_TRANSLATE_NOOP("Actions", "Open result &{n}")
_OPEN_RESULT_TIP = QT_TRANSLATE_NOOP("Actions", "Open the result number {n}")

ACTION_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "focus_search",
        QT_TRANSLATE_NOOP("Actions", "&Search"),
        ("Ctrl+K", "Ctrl+L"),
        QT_TRANSLATE_NOOP("Actions", "Go to the search box"),
        "window",
    ),
    ActionSpec(
        "back",
        QT_TRANSLATE_NOOP("Actions", "&Back"),
        ("Alt+Left",),
        QT_TRANSLATE_NOOP("Actions", "Previous opened item"),
        "window",
    ),
    ActionSpec(
        "forward",
        QT_TRANSLATE_NOOP("Actions", "&Forward"),
        ("Alt+Right",),
        QT_TRANSLATE_NOOP("Actions", "Next opened item"),
        "window",
    ),
    ActionSpec(
        "copy_answer",
        QT_TRANSLATE_NOOP("Actions", "&Copy answer"),
        ("Ctrl+Shift+C",),
        QT_TRANSLATE_NOOP("Actions", "Copy the answer to read aloud or paste"),
        "window",
    ),
    ActionSpec(
        "toggle_pin",
        QT_TRANSLATE_NOOP("Actions", "&Pin or unpin"),
        ("Ctrl+D",),
        QT_TRANSLATE_NOOP("Actions", "Pin the open item for quick access"),
        "window",
    ),
    ActionSpec(
        "new_reply",
        QT_TRANSLATE_NOOP("Actions", "&Write a reply"),
        ("Ctrl+R",),
        QT_TRANSLATE_NOOP("Actions", "Write a reply from a template"),
        "window",
    ),
    ActionSpec(
        "find_facility",
        QT_TRANSLATE_NOOP("Actions", "F&ind a facility"),
        ("Ctrl+Shift+F",),
        QT_TRANSLATE_NOOP("Actions", "Nearest facility by postcode or town"),
        "window",
    ),
    ActionSpec(
        "show_problems",
        QT_TRANSLATE_NOOP("Actions", "Content &problems"),
        ("Ctrl+Shift+P",),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the content problems"),
        "window",
    ),
    ActionSpec(
        "toggle_search_column",
        QT_TRANSLATE_NOOP("Actions", "Search &column on Reply and Facilities"),
        ("F9",),
        QT_TRANSLATE_NOOP(
            "Actions", "Show or hide the search column while the Reply or Facilities tab is open"
        ),
        "window",
    ),
    ActionSpec(
        "reindex",
        QT_TRANSLATE_NOOP("Actions", "&Re-read content"),
        ("F5",),
        QT_TRANSLATE_NOOP("Actions", "Re-read the content folder and update the index"),
        "window",
    ),
    ActionSpec(
        "settings",
        QT_TRANSLATE_NOOP("Actions", "S&ettings…"),
        ("Ctrl+,",),
        QT_TRANSLATE_NOOP("Actions", "Content folder, your name, text size, language"),
        "window",
    ),
    ActionSpec(
        "text_bigger",
        QT_TRANSLATE_NOOP("Actions", "&Larger text"),
        ("Ctrl++", "Ctrl+="),
        QT_TRANSLATE_NOOP("Actions", "Make the text larger"),
        "window",
    ),
    ActionSpec(
        "text_smaller",
        QT_TRANSLATE_NOOP("Actions", "S&maller text"),
        ("Ctrl+-",),
        QT_TRANSLATE_NOOP("Actions", "Make the text smaller"),
        "window",
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("Actions", "Close KB Assist"),
        "window",
    ),
    ActionSpec(
        "edit_article",
        QT_TRANSLATE_NOOP("Actions", "&Edit article"),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP(
            "Actions", "Edit the open article or reply template, with a live preview"
        ),
        "window",
    ),
    ActionSpec(
        "new_article",
        QT_TRANSLATE_NOOP("Actions", "&New article…"),
        ("Ctrl+N",),
        QT_TRANSLATE_NOOP("Actions", "Start an article in the editor"),
        "window",
    ),
    ActionSpec(
        "duplicate_article",
        QT_TRANSLATE_NOOP("Actions", "D&uplicate article…"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Copy the open article under a new id"),
        "window",
    ),
    ActionSpec(
        "rename_article",
        QT_TRANSLATE_NOOP("Actions", "Rena&me or move article…"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Give the open article a new id; links to it follow"),
        "window",
    ),
    ActionSpec(
        "delete_article",
        QT_TRANSLATE_NOOP("Actions", "&Delete article…"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Remove the open article (a .bak copy is kept)"),
        "window",
    ),
    ActionSpec(
        "open_log_folder",
        QT_TRANSLATE_NOOP("Actions", "Open &log folder"),
        (),
        QT_TRANSLATE_NOOP(
            "Actions", "Show the folder with KB Assist's log files, for a bug report"
        ),
        "window",
    ),
    ActionSpec(
        "article_history",
        QT_TRANSLATE_NOOP("Actions", "&History…"),
        ("Ctrl+Shift+H",),
        QT_TRANSLATE_NOOP(
            "Actions", "Who changed the open article, and how; compare or restore an old version"
        ),
        "window",
    ),
    ActionSpec(
        "commit_content",
        QT_TRANSLATE_NOOP("Actions", "&Commit…"),
        ("Ctrl+Shift+K",),
        QT_TRANSLATE_NOOP("Actions", "Commit your content changes to git, with your git name"),
        "window",
    ),
    ActionSpec(
        "show_review",
        QT_TRANSLATE_NOOP("Actions", "&Review"),
        ("Ctrl+Shift+R",),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the articles that need review"),
        "window",
    ),
    ActionSpec(
        "show_insights",
        QT_TRANSLATE_NOOP("Actions", "&Insights"),
        ("Ctrl+Shift+I",),
        QT_TRANSLATE_NOOP(
            "Actions", "What agents searched for and could not find, and what to add"
        ),
        "window",
    ),
    ActionSpec(
        "rate_answer_yes",
        QT_TRANSLATE_NOOP("Actions", "Answer &helped"),
        ("F7",),
        QT_TRANSLATE_NOOP("Actions", "Did this answer it? Yes"),
        "window",
    ),
    ActionSpec(
        "rate_answer_no",
        QT_TRANSLATE_NOOP("Actions", "Answer did &not help"),
        ("F8",),
        QT_TRANSLATE_NOOP("Actions", "Did this answer it? No"),
        "window",
    ),
    ActionSpec(
        "user_guide",
        QT_TRANSLATE_NOOP("Actions", "&User guide"),
        ("Shift+F1",),
        QT_TRANSLATE_NOOP("Actions", "The user guide, offline"),
        "window",
    ),
    ActionSpec(
        "keyboard_shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        ("F1",),
        QT_TRANSLATE_NOOP("Actions", "Every action and its keys"),
        "window",
    ),
    *(
        ActionSpec(
            f"open_result_{n}",
            _OPEN_RESULT_TEXT.format(n=n),
            (f"Alt+{n}",),
            _OPEN_RESULT_TIP.format(n=n),
            "window",
        )
        for n in range(1, 10)
    ),
    ActionSpec(
        "copy_reply",
        QT_TRANSLATE_NOOP("Actions", "&Copy"),
        ("Ctrl+Return",),
        QT_TRANSLATE_NOOP("Actions", "Copy the reply as plain text"),
        "composer",
    ),
    ActionSpec(
        "copy_reply_rich",
        QT_TRANSLATE_NOOP("Actions", "Copy &rich text"),
        ("Ctrl+Alt+Return",),
        QT_TRANSLATE_NOOP("Actions", "Copy the reply as formatted text, for mail and chat tools"),
        "composer",
    ),
    ActionSpec(
        "open_in_mail_client",
        QT_TRANSLATE_NOOP("Actions", "Open in &mail client"),
        ("Ctrl+Shift+M",),
        QT_TRANSLATE_NOOP("Actions", "Open the reply in your mail client, ready to send"),
        "composer",
    ),
    ActionSpec(
        "send_reply",
        QT_TRANSLATE_NOOP("Actions", "Se&nd"),
        ("Ctrl+Shift+Return",),
        QT_TRANSLATE_NOOP("Actions", "Send the reply from here"),
        "composer",
    ),
    ActionSpec(
        "save_eml",
        QT_TRANSLATE_NOOP("Actions", "Save .&eml…"),
        ("Ctrl+S",),
        QT_TRANSLATE_NOOP("Actions", "Save the reply as an email file (.eml)"),
        "composer",
    ),
    ActionSpec(
        "reopen_draft",
        QT_TRANSLATE_NOOP("Actions", "&Drafts"),
        ("Ctrl+O",),
        QT_TRANSLATE_NOOP("Actions", "Reopen one of your recent drafts"),
        "composer",
    ),
    ActionSpec(
        "find_template",
        QT_TRANSLATE_NOOP("Actions", "Find a &template"),
        ("Ctrl+T",),
        QT_TRANSLATE_NOOP("Actions", "Find a reply template by any word"),
        "composer",
    ),
    ActionSpec(
        "save_document",
        QT_TRANSLATE_NOOP("Actions", "&Save"),
        ("Ctrl+S",),
        QT_TRANSLATE_NOOP("Actions", "Save the file being edited"),
        "editor",
    ),
    ActionSpec(
        "find_in_document",
        QT_TRANSLATE_NOOP("Actions", "&Find and replace"),
        ("Ctrl+F",),
        QT_TRANSLATE_NOOP("Actions", "Find (and replace) text in the file being edited"),
        "editor",
    ),
    ActionSpec(
        "close_document",
        QT_TRANSLATE_NOOP("Actions", "Close &tab"),
        ("Ctrl+W",),
        QT_TRANSLATE_NOOP("Actions", "Close the file being edited"),
        "editor",
    ),
)

# The menu bar, declared once: each menu's title and its actions by name, in order ("" draws a
# separator). Every action of the registry is in a menu (a test checks it), so nothing is
# reachable only by a key someone has to know. The Reply menu lists the composer's actions too,
# File and Edit the editor's.
MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Actions", "&File"),
        (
            "new_article",
            "save_document",
            "close_document",
            "",
            "duplicate_article",
            "rename_article",
            "delete_article",
            "",
            "article_history",
            "commit_content",
            "",
            "reindex",
            "settings",
            "",
            "quit",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Edit"),
        (
            "edit_article",
            "find_in_document",
            "",
            "copy_answer",
            "rate_answer_yes",
            "rate_answer_no",
            "toggle_pin",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&View"),
        (
            "show_problems",
            "show_review",
            "show_insights",
            "toggle_search_column",
            "",
            "text_bigger",
            "text_smaller",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Go"),
        (
            "focus_search",
            "back",
            "forward",
            "find_facility",
            "",
            *(f"open_result_{n}" for n in range(1, 10)),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Repl&y"),
        (
            "new_reply",
            "",
            "find_template",
            "reopen_draft",
            "",
            "copy_reply",
            "copy_reply_rich",
            "open_in_mail_client",
            "send_reply",
            "save_eml",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Help"),
        ("user_guide", "keyboard_shortcuts", "open_log_folder"),
    ),
)

CONTEXT_TITLES: dict[ShortcutContext, str] = {
    "window": QT_TRANSLATE_NOOP("Actions", "Anywhere in the window"),
    "composer": QT_TRANSLATE_NOOP("Actions", "In the reply composer (Reply tab)"),
    "editor": QT_TRANSLATE_NOOP("Actions", "In the editor (Editor tab)"),
}


def translated(text: str) -> str:
    """An action's, menu's or context's text from this module in the user's language."""
    return QCoreApplication.translate("Actions", text)


def action_text(spec: ActionSpec) -> str:
    """spec's text in the user's language."""
    number = spec.name.removeprefix("open_result_")
    if number != spec.name:
        return translated(_OPEN_RESULT_TEXT).format(n=number)
    return translated(spec.text)


def action_tip(spec: ActionSpec) -> str:
    """spec's tooltip in the user's language."""
    number = spec.name.removeprefix("open_result_")
    if number != spec.name:
        return translated(_OPEN_RESULT_TIP).format(n=number)
    return translated(spec.tip)


def plain_text(text: str) -> str:
    """An action's text as read, without its mnemonic mark: "S&ettings…" is "Settings…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def spec_shortcut_text(spec: ActionSpec) -> str:
    """A spec's shortcuts as the user's platform writes them, e.g. "Ctrl+K, Ctrl+L"."""
    return ", ".join(
        QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in spec.shortcuts
    )


def shortcut_text(action: QAction) -> str:
    """The action's shortcuts as the user's platform writes them, e.g. "Ctrl+K, Ctrl+L"."""
    return ", ".join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in action.shortcuts()
    )


def create_actions(parent: QWidget, context: ShortcutContext = "window") -> dict[str, QAction]:
    """A QAction per spec of context, added to parent, whose shortcuts work where the context
    says: anywhere in parent's window, or only while the focus is in parent or its children."""
    actions: dict[str, QAction] = {}
    for spec in ACTION_SPECS:
        if spec.context != context:
            continue
        action = QAction(action_text(spec), parent)
        action.setObjectName(spec.name)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setShortcutContext(_QT_CONTEXT[context])
        keys = shortcut_text(action)
        tip = action_tip(spec)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)
        parent.addAction(action)
        actions[spec.name] = action
    return actions
