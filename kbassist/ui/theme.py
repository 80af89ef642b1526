"""Light and dark palettes and the text size setting, applied to the whole application."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

THEMES = ("system", "light", "dark")
MIN_SCALE, MAX_SCALE = 0.8, 2.0
_BASE_POINT_SIZE = "kbassist_base_point_size"


def dark_palette() -> QPalette:
    """A dark palette with enough contrast for long shifts."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2d2f31",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#3b6fd6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9",
        QPalette.ColorRole.Mid: "#3c4043",
        QPalette.ColorRole.Midlight: "#35373a",
        QPalette.ColorRole.Dark: "#111214",
        QPalette.ColorRole.Light: "#45484c",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#6f7377")
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


# Fusion's light palette draws hints in half-transparent black (4.0:1 on white), visited
# links in magenta (3.1:1) and selected text white on #308cc6 (3.7:1); WCAG AA asks 4.5:1
# for text, so these are darker (tests/ui/test_theme.py computes the ratios).
_LIGHT_FIXES = {
    QPalette.ColorRole.PlaceholderText: "#5f6368",
    QPalette.ColorRole.LinkVisited: "#7b1fa2",
    QPalette.ColorRole.Highlight: "#2a74b8",
}


def light_palette() -> QPalette:
    """The Fusion style's own light palette, with hints and visited links dark enough."""
    app = QApplication.instance()
    style = app.style() if isinstance(app, QApplication) else None
    palette = style.standardPalette() if style is not None else QPalette()
    for role, colour in _LIGHT_FIXES.items():
        palette.setColor(role, QColor(colour))
    return palette


def is_dark(palette: QPalette) -> bool:
    """True when the palette draws light text on a dark page."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def blend(colour: QColor, page: QColor, share: float) -> QColor:
    """colour mixed into page by share: a tint under text that keeps its contrast."""
    return QColor(
        round(colour.red() * share + page.red() * (1 - share)),
        round(colour.green() * share + page.green() * (1 - share)),
        round(colour.blue() * share + page.blue() * (1 - share)),
    )


def set_text_colour(label: QLabel, colour: QColor | None) -> None:
    """Draw label's text in colour; None goes back to the palette's own text colour."""
    if colour is None:
        # An empty palette sets no role: the label follows the window's palette again.
        label.setPalette(QPalette())
        return
    palette = QPalette(label.palette())
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


def apply_theme(app: QApplication, theme: str) -> None:
    """Use the Fusion style (the same on every desktop) with a light, dark or system palette."""
    app.setStyle("Fusion")
    if theme == "dark":
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setPalette(light_palette())
    else:
        scheme = QGuiApplication.styleHints().colorScheme()
        app.setPalette(dark_palette() if scheme.name == "Dark" else light_palette())


def unscaled_font(app: QApplication) -> QFont:
    """The application font at its size before any text scale was applied."""
    font = QFont(app.font())
    base = app.property(_BASE_POINT_SIZE)
    if isinstance(base, float) and base > 0:
        font.setPointSizeF(base)
    return font


def apply_text_scale(app: QApplication, scale: float) -> float:
    """Scale the application font from its size at start-up; returns the scale used."""
    scale = min(MAX_SCALE, max(MIN_SCALE, scale))
    base = app.property(_BASE_POINT_SIZE)
    if not isinstance(base, float):
        base = app.font().pointSizeF()
        app.setProperty(_BASE_POINT_SIZE, base)
    font = QFont(app.font())
    font.setPointSizeF(base * scale)
    app.setFont(font)
    return scale
