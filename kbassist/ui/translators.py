"""Puts the interface in the user's language: our catalogue, Qt's own and the core's, chosen
once at start from the interface_language setting or, when it is empty, the system's locale."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kbassist.common import i18n
from kbassist.i18n import CATALOGUE_DIR, QT_PREFIX
from kbassist.ui.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# The texts of Qt's standard buttons, declared here so that our catalogues carry them too: Qt
# asks every installed translator, its own first, so where Qt ships a catalogue (hr, zh_CN)
# its words win, and where it has none for these (sl's older catalogue predates them, el) ours
# translate OK, Cancel and the rest.
# Each is written out: lupdate reads literal calls only.
QT_STANDARD_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
)

# Qt's own catalogues, first found wins: qtbase_<lang> (hr, zh_CN in PySide6-Essentials), else
# the older all-in-one qt_<lang> (sl). For hr and zh_CN qt_<lang> is only an index of the
# modules' files, several of which Essentials lacks, so it does not load. Qt ships none for el,
# whose standard buttons then stay in English.
QT_OWN_PREFIXES = ("qtbase", "qt")


def install_translators(app: QCoreApplication, setting: str = "") -> str:
    """Translates app into setting's language (the system's when empty) and returns the
    catalogue language used; English, the source language, needs no translator."""
    language = i18n.set_language(setting or None)
    # QLocale drives Qt's own formatting (spin boxes, date edits); babel formats ours.
    QLocale.setDefault(QLocale(language))
    if language == i18n.SOURCE_LANGUAGE:
        return language
    ours = QTranslator(app)
    if ours.load(f"{QT_PREFIX}_{language}", str(CATALOGUE_DIR)):
        app.installTranslator(ours)
    else:
        log.warning(
            "no compiled %s interface catalogue in %s: run python -m kbassist.i18n.build",
            language,
            CATALOGUE_DIR,
        )
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for prefix in QT_OWN_PREFIXES:
        qt_own = QTranslator(app)
        if qt_own.load(f"{prefix}_{language}", qt_folder):
            app.installTranslator(qt_own)
            break
        qt_own.deleteLater()
    return language
