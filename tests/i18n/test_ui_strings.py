"""Every text the UI code puts on screen goes through Qt's translation system."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.i18n.ui_literals import untranslated_literals

UI = Path(__file__).resolve().parents[2] / "kbassist" / "ui"


def test_no_ui_module_shows_an_untranslated_literal() -> None:
    found = [
        str(literal) for path in sorted(UI.rglob("*.py")) for literal in untranslated_literals(path)
    ]
    assert not found, "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(
        found
    )


@pytest.mark.parametrize(
    "code",
    [
        'label.setText("Saved")',
        'QPushButton("&Copy")',
        'menu.addAction("Open")',
        'QMessageBox.warning(self, "Not done", message)',
        'box.setToolTip(f"Sent to {name}")',
        'box.setPlaceholderText("Type" + suffix)',
        'combo.addItems(["Kilometres", "Miles"])',
        'button.setText("Yes" if ok else "No")',
        'QLabel(text="Hello")',
    ],
)
def test_the_scan_finds_a_literal_that_bypasses_tr(tmp_path: Path, code: str) -> None:
    module = tmp_path / "module.py"
    module.write_text(code + "\n", encoding="utf-8")
    assert len(untranslated_literals(module)) >= 1


@pytest.mark.parametrize(
    "code",
    [
        'label.setText(self.tr("Saved"))',
        'QPushButton(QCoreApplication.translate("Ctx", "&Copy"))',
        "label.setText(name)",
        'label.setText("")',
        'label.setText(" · ")',
        'label.setText("<br>")',
        'combo.addItem(self.tr("Kilometres"), "km")',
        'widget.setObjectName("searchBox")',
    ],
)
def test_the_scan_lets_translated_and_non_text_arguments_be(tmp_path: Path, code: str) -> None:
    module = tmp_path / "module.py"
    module.write_text(code + "\n", encoding="utf-8")
    assert untranslated_literals(module) == []


def test_tr_is_only_called_on_self() -> None:
    # lupdate files other.tr("…") under the context "other", while Qt looks it up under the
    # class of the object at run time: such a text is never translated. Use
    # QCoreApplication.translate("Context", "…") outside the class.
    found = [
        f"{path}:{node.lineno}"
        for path in sorted(UI.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "tr"
        and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")
    ]
    assert found == []
