"""Every user action and its keyboard shortcuts, window-wide and the composer's, in one place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

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


ACTION_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("focus_search", "&Search", ("Ctrl+K", "Ctrl+L"), "Go to the search box", "window"),
    ActionSpec("back", "&Back", ("Alt+Left",), "Previous opened item", "window"),
    ActionSpec("forward", "&Forward", ("Alt+Right",), "Next opened item", "window"),
    ActionSpec(
        "copy_answer",
        "&Copy answer",
        ("Ctrl+Shift+C",),
        "Copy the answer to read aloud or paste",
        "window",
    ),
    ActionSpec(
        "toggle_pin", "&Pin or unpin", ("Ctrl+D",), "Pin the open item for quick access", "window"
    ),
    ActionSpec(
        "new_reply", "&Write a reply", ("Ctrl+R",), "Write a reply from a template", "window"
    ),
    ActionSpec(
        "find_facility",
        "F&ind a facility",
        ("Ctrl+Shift+F",),
        "Nearest facility by postcode or town",
        "window",
    ),
    ActionSpec(
        "show_problems",
        "Content &problems",
        ("Ctrl+Shift+P",),
        "Show or hide the content problems",
        "window",
    ),
    ActionSpec(
        "toggle_search_column",
        "Search &column on Reply and Facilities",
        ("F9",),
        "Show or hide the search column while the Reply or Facilities tab is open",
        "window",
    ),
    ActionSpec(
        "reindex",
        "&Re-read content",
        ("F5",),
        "Re-read the content folder and update the index",
        "window",
    ),
    ActionSpec(
        "settings",
        "S&ettings…",
        ("Ctrl+,",),
        "Content folder, your name, text size, language",
        "window",
    ),
    ActionSpec(
        "text_bigger", "&Larger text", ("Ctrl++", "Ctrl+="), "Make the text larger", "window"
    ),
    ActionSpec("text_smaller", "S&maller text", ("Ctrl+-",), "Make the text smaller", "window"),
    ActionSpec("quit", "&Quit", ("Ctrl+Q",), "Close KB Assist", "window"),
    ActionSpec(
        "edit_article",
        "&Edit article",
        ("Ctrl+E",),
        "Edit the open article or reply template, with a live preview",
        "window",
    ),
    ActionSpec(
        "new_article", "&New article…", ("Ctrl+N",), "Start an article in the editor", "window"
    ),
    ActionSpec(
        "duplicate_article",
        "D&uplicate article…",
        (),
        "Copy the open article under a new id",
        "window",
    ),
    ActionSpec(
        "rename_article",
        "Rena&me or move article…",
        (),
        "Give the open article a new id; links to it follow",
        "window",
    ),
    ActionSpec(
        "delete_article",
        "&Delete article…",
        (),
        "Remove the open article (a .bak copy is kept)",
        "window",
    ),
    ActionSpec(
        "open_log_folder",
        "Open &log folder",
        (),
        "Show the folder with KB Assist's log files, for a bug report",
        "window",
    ),
    ActionSpec(
        "article_history",
        "&History…",
        ("Ctrl+Shift+H",),
        "Who changed the open article, and how; compare or restore an old version",
        "window",
    ),
    ActionSpec(
        "commit_content",
        "&Commit…",
        ("Ctrl+Shift+K",),
        "Commit your content changes to git, with your git name",
        "window",
    ),
    ActionSpec(
        "show_review",
        "&Review",
        ("Ctrl+Shift+R",),
        "Show or hide the articles that need review",
        "window",
    ),
    ActionSpec(
        "keyboard_shortcuts",
        "&Keyboard shortcuts",
        ("F1",),
        "Every action and its keys",
        "window",
    ),
    *(
        ActionSpec(
            f"open_result_{n}",
            f"Open result &{n}",
            (f"Alt+{n}",),
            f"Open the result number {n}",
            "window",
        )
        for n in range(1, 10)
    ),
    ActionSpec("copy_reply", "&Copy", ("Ctrl+Return",), "Copy the reply as plain text", "composer"),
    ActionSpec(
        "copy_reply_rich",
        "Copy &rich text",
        ("Ctrl+Alt+Return",),
        "Copy the reply as formatted text, for mail and chat tools",
        "composer",
    ),
    ActionSpec(
        "open_in_mail_client",
        "Open in &mail client",
        ("Ctrl+Shift+M",),
        "Open the reply in your mail client, ready to send",
        "composer",
    ),
    ActionSpec(
        "send_reply", "Se&nd", ("Ctrl+Shift+Return",), "Send the reply from here", "composer"
    ),
    ActionSpec(
        "save_eml",
        "Save .&eml…",
        ("Ctrl+S",),
        "Save the reply as an email file (.eml)",
        "composer",
    ),
    ActionSpec(
        "reopen_draft", "&Drafts", ("Ctrl+O",), "Reopen one of your recent drafts", "composer"
    ),
    ActionSpec(
        "find_template",
        "Find a &template",
        ("Ctrl+T",),
        "Find a reply template by any word",
        "composer",
    ),
    ActionSpec("save_document", "&Save", ("Ctrl+S",), "Save the file being edited", "editor"),
    ActionSpec(
        "find_in_document",
        "&Find and replace",
        ("Ctrl+F",),
        "Find (and replace) text in the file being edited",
        "editor",
    ),
    ActionSpec(
        "close_document", "Close &tab", ("Ctrl+W",), "Close the file being edited", "editor"
    ),
)

# The menu bar, declared once: each menu's title and its actions by name, in order ("" draws a
# separator). Every action of the registry is in a menu (a test checks it), so nothing is
# reachable only by a key someone has to know. The Reply menu lists the composer's actions too,
# File and Edit the editor's.
MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "&File",
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
    ("&Edit", ("edit_article", "find_in_document", "", "copy_answer", "toggle_pin")),
    (
        "&View",
        ("show_problems", "show_review", "toggle_search_column", "", "text_bigger", "text_smaller"),
    ),
    (
        "&Go",
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
        "Repl&y",
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
    ("&Help", ("keyboard_shortcuts", "open_log_folder")),
)

CONTEXT_TITLES: dict[ShortcutContext, str] = {
    "window": "Anywhere in the window",
    "composer": "In the reply composer (Reply tab)",
    "editor": "In the editor (Editor tab)",
}


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
        action = QAction(spec.text, parent)
        action.setObjectName(spec.name)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setShortcutContext(_QT_CONTEXT[context])
        keys = shortcut_text(action)
        action.setToolTip(f"{spec.tip} ({keys})" if keys else spec.tip)
        action.setStatusTip(spec.tip)
        parent.addAction(action)
        actions[spec.name] = action
    return actions
