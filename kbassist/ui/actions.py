"""Every window action and its keyboard shortcuts, declared in one place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class ActionSpec:
    """A user action: its name in code, its menu text, its shortcuts and its tooltip."""

    name: str
    text: str
    shortcuts: tuple[str, ...]
    tip: str


ACTION_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("focus_search", "&Search", ("Ctrl+K", "Ctrl+L"), "Go to the search box"),
    ActionSpec("back", "&Back", ("Alt+Left",), "Previous opened item"),
    ActionSpec("forward", "&Forward", ("Alt+Right",), "Next opened item"),
    ActionSpec(
        "copy_answer", "&Copy answer", ("Ctrl+Shift+C",), "Copy the answer to read aloud or paste"
    ),
    ActionSpec("toggle_pin", "&Pin or unpin", ("Ctrl+D",), "Pin the open item for quick access"),
    ActionSpec("new_reply", "&Reply composer", ("Ctrl+R",), "Write a reply from a template"),
    ActionSpec(
        "find_facility",
        "Find a &facility",
        ("Ctrl+Shift+F",),
        "Nearest facility by postcode or town",
    ),
    ActionSpec(
        "show_problems", "Content &problems", ("Ctrl+Shift+P",), "Show the content problems"
    ),
    ActionSpec(
        "reindex", "&Re-read content", ("F5",), "Re-read the content folder and update the index"
    ),
    ActionSpec(
        "settings", "S&ettings…", ("Ctrl+,",), "Content folder, your name, text size, language"
    ),
    ActionSpec("text_bigger", "&Larger text", ("Ctrl++", "Ctrl+="), "Make the text larger"),
    ActionSpec("text_smaller", "S&maller text", ("Ctrl+-",), "Make the text smaller"),
    ActionSpec("quit", "&Quit", ("Ctrl+Q",), "Close KB Assist"),
    *(
        ActionSpec(
            f"open_result_{n}", f"Open result {n}", (f"Alt+{n}",), f"Open the result number {n}"
        )
        for n in range(1, 10)
    ),
)


def create_actions(parent: QWidget) -> dict[str, QAction]:
    """A QAction per spec, added to parent so its shortcuts work anywhere in the window."""
    actions: dict[str, QAction] = {}
    for spec in ACTION_SPECS:
        action = QAction(spec.text, parent)
        action.setObjectName(spec.name)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setToolTip(f"{spec.tip} ({', '.join(spec.shortcuts)})")
        action.setStatusTip(spec.tip)
        parent.addAction(action)
        actions[spec.name] = action
    return actions
